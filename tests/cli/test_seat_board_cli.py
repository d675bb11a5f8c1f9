"""A shift on the seat board through `do` with --now (D-06, ST-05, HO-02)."""

import json

import pytest

from tests.cli.conftest import LEADER, ok


@pytest.fixture
def floor(desk):
    cli = desk
    for staff_no, at in (("1003", "07:45"), ("1005", "07:46"), ("1006", "07:47")):
        assert cli(*LEADER, "do", f"arrive {staff_no} {at}", now="2026-11-22T07:48").exit_code == 0
    return cli


def test_away_clocks_propose_points_and_flag(floor):
    ok(floor(*LEADER, "do", "away 1003", now="2026-11-22T09:00"))
    assert (
        ok(floor(*LEADER, "do", "back 1003", now="2026-11-22T09:05:00"))
        == "1003 ready · away 5 min"
    )
    ok(floor(*LEADER, "do", "away 1003", now="2026-11-22T09:10"))
    assert ok(floor(*LEADER, "do", "back 1003", now="2026-11-22T09:15:01")) == (
        "1003 ready · away 5 min · 5 pts proposed (RC-08)"
    )
    ok(floor(*LEADER, "do", "away 1005", now="2026-11-22T09:20"))
    assert ok(floor(*LEADER, "do", "back 1005", now="2026-11-22T09:40")) == (
        "1005 ready · away 20 min · 5 pts proposed (RC-08) · disciplinary flag for the director "
        "(RC-07)"
    )
    ok(floor(*LEADER, "do", "away 1006 approved", now="2026-11-22T10:00"))
    assert (
        ok(floor(*LEADER, "do", "back 1006", now="2026-11-22T10:45")) == "1006 ready · break 45 min"
    )
    tables = json.loads(floor("export", "json").stdout)["tables"]
    staff = {s["id"]: s["staff_no"] for s in tables["staff"]}
    rc08 = sorted(staff[p["staff_id"]] for p in tables["points_entry"] if p["rule"] == "RC-08")
    assert [no for no in rc08 if no in ("1003", "1005", "1006")] == ["1003", "1005"]


def test_assign_move_free_and_the_refusals(floor):
    at = "2026-11-22T09:00"
    assert ok(floor(*LEADER, "do", "seat B01 1003", now=at)) == "1003 moved from A01 to B01"
    for command, message in [
        ("seat A03 1003", "Seat A03 is taken by 1005 徐婷, who is here; free it first."),
        ("seat Z99 1003", "Unknown seat 'Z99'."),
        ("seat B02 1020", "1020 is not on shift (2026-11-22/D)."),
        ("seat B01 1003", "1003 already sits at B01."),
        ("free C09", "Seat C09 is already free."),
    ]:
        out = floor(*LEADER, "do", command, now=at)
        assert out.exit_code == 2, command
        assert out.stderr.strip() == message
    assert ok(floor(*LEADER, "do", "free B01", now=at)) == "seat B01 freed"


def test_faults_stay_until_fixed(floor):
    at = "2026-11-22T09:00"
    assert ok(floor(*LEADER, "do", "fault B03 pc no boot", now=at)).startswith("seat B03: pc fault")
    assert floor(*LEADER, "do", "fault B03 toaster", now=at).stderr.strip() == (
        "A fault is headset|pc|phone|other, not 'toaster'."
    )
    assert ok(floor(*LEADER, "do", "fixed B03 new PSU", now=at)) == "seat B03: pc fixed"
    assert floor(*LEADER, "do", "fixed B03", now=at).stderr.strip() == "Seat B03 has no open fault."


def test_ho02_sign_out_waits_for_the_incoming_person(floor):
    refused = floor(*LEADER, "do", "signout 1006", now="2026-11-22T16:02")
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "refused [HO-02]: 1006 may not leave seat A04: the incoming 1020 has not arrived; "
        "cover the seat first."
    )
    ok(floor(*LEADER, "do", "arrive 1020 15:49", now="2026-11-22T16:02"))
    assert ok(floor(*LEADER, "do", "signout 1006", now="2026-11-22T16:03")) == (
        "1006 signed out at 16:03 · seat A04 handed to 1020"
    )


def test_ho09_call_in_progress_records_the_actual_handover_time(floor):
    ok(floor(*LEADER, "do", "arrive 1019 15:45", now="2026-11-22T15:46"))
    ok(floor(*LEADER, "do", "state 1005 call", now="2026-11-22T15:55"))
    assert ok(floor(*LEADER, "do", "signout 1005", now="2026-11-22T16:07")) == (
        "1005 signed out at 16:07 · seat A03 handed to 1019 · call in progress held the seat "
        "until 16:07 (HO-09)"
    )
