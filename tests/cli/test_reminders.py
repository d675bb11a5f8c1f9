"""Every report due in the next 7 days is named (RP-01, RP-04…RP-06, RV-04, MT-06): `status`
ends with the nearest one and a count, `reminders` lists them all."""

from tests.cli.conftest import ok


def test_rp01_status_ends_with_the_nearest_report_and_the_count(demo):
    line = ok(demo("do", "status", now="2026-11-20T10:00"))
    assert line.endswith(" · next report RP-01 by Sat 11-21 23:59 (1d 13h) · 2 reports due")
    line = ok(demo("do", "status", now="2026-11-22T10:00"))
    assert "\n" not in line
    assert line.endswith(" · next report RV-04 by Mon 11-23 18:00 (1d 8h) · 3 reports due")


def test_reminders_lists_every_report_due_in_the_next_7_days(demo):
    listed = ok(demo("do", "reminders", now="2026-11-22T10:00")).splitlines()
    assert listed == [
        "RV-04 satisfaction analysis · squad_leader · by Mon 11-23 18:00 (1d 8h)",
        "RP-04 monthly work summary · agent · by Sat 11-28 23:59 (6d 13h)",
        "RP-05 quality-analysis report · quality_inspector · by Sat 11-28 23:59 (6d 13h)",
    ]
