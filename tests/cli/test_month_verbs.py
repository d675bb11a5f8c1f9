"""The month-end verbs one by one: who may, what they refuse, and what they say (QI, TR, MT,
RP, QI-09, D-12)."""

from __future__ import annotations

from tests.cli.conftest import LEADER, ok

AT = "2026-11-22T09:00"  # the demo's day shift


def test_qi01_inspect_and_qi08_testcall_count_apart_and_mask_the_calling_number(desk):
    assert ok(desk(*LEADER, "do", "inspect 1003 92 call R-77 friendly", now=AT)) == (
        "inspection 1003 92 recorded (1 of 40 in 2026-11)"
    )
    assert ok(desk(*LEADER, "do", "testcall 1003 80 number 13912345678", now=AT)) == (
        "test call 1003 80 from 139****5678 recorded (1 in 2026-11)"
    )
    table = ok(desk("do", "month 2026-11 D", now=AT)).splitlines()
    row = next(line for line in table if line.startswith("1003 "))
    assert row.split()[3:5] == ["1", "18.40"]  # QI-04: 92 × 20 %
    assert "missing: 1003 has 1 of 40 inspections" in table


def test_qi04_a_score_outside_0_100_is_refused_in_one_sentence(desk):
    bad = desk(*LEADER, "do", "inspect 1003 120", now=AT)
    assert bad.exit_code == 2
    assert bad.stderr.strip() == "refused [QI-04]: An inspection score is a number from 0 to 100."


def test_auth_an_agent_neither_inspects_nor_closes_a_month_and_a_leader_does_not_decide(desk):
    refused = desk(*LEADER, "do", "close month 2026-10", now=AT)
    assert (
        refused.stderr.strip() == "refused [AUTH]: closing a month needs a supervisor (signed in)"
    )
    refused = desk(*LEADER, "do", "decide P-1 upheld because", now=AT)
    assert refused.stderr.strip() == (
        "refused [AUTH]: deciding an appeal (QI-09) needs a supervisor (signed in)"
    )


def test_tr04_exam_usage_and_a_second_result_are_refused(desk):
    assert desk(*LEADER, "do", "exam 1003 knowledge 90", now=AT).stderr.strip() == (
        "Usage: exam STAFF knowledge K operation O [cheated|no-show|excused]"
    )
    ok(desk(*LEADER, "do", "exam 1003 knowledge 90 operation 90", now=AT))
    again = desk(*LEADER, "do", "exam 1003 excused", now=AT)
    assert again.stderr.strip() == "refused [TR-04]: 1003 already has a result in exam 2026-11."


def test_tr04_top_three_recomputed_voids_a_proposal_the_new_ranking_no_longer_gives(desk):
    for staff_no, k in (("1003", 90), ("1004", 89), ("1005", 88), ("1006", 95)):
        ok(desk(*LEADER, "do", f"exam {staff_no} knowledge {k} operation 90", now=AT))
    listed = ok(desk("do", "points list 1005 2026-11", now=AT))
    assert "1005 TR-04 +5 voided" in listed  # rank 4 once 1006 scored higher


def test_mt07_conduct_from_the_meeting_and_c12_lateness_stays_with_the_roll_call(desk):
    ok(desk(*LEADER, "do", "arrive 1003 07:55", now=AT))
    ok(desk(*LEADER, "do", "arrive 1004 07:56", now=AT))
    said = ok(desk(*LEADER, "do", "meeting praised 1003 conduct 1004:phone tariffs", now=AT))
    assert said.endswith("pre-shift meeting recorded: 2 present, 1 MT-07 proposal")
    assert "1004 MT-07 -5 proposed" in ok(desk("do", "points list 1004", now=AT))
    late = desk(*LEADER, "do", "meeting conduct 1003:late", now=AT)
    assert late.stderr.strip().startswith("refused [C-12]: lateness for the pre-shift meeting")
    absent = desk(*LEADER, "do", "meeting praised 1009", now=AT)
    assert absent.stderr.strip() == (
        "refused [MT-01]: 1009 did not attend the meeting (not arrived on the roll call)."
    )


def test_tr03_announced_training_shows_on_the_roll_call_of_its_day(desk):
    """TR-03 "提前三天公布培训内容、培训时间及地点": each session of the day is a line of the roll
    call, with its attendees (TR-11); a day without one keeps its one line."""
    ok(desk(*LEADER, "do", "training 2026-11-22 billing 1003 1004", now=AT))
    ok(desk(*LEADER, "do", "training 2026-11-22 tariffs 1005", now=AT))
    roll = ok(desk(*LEADER, "do", "roll 2026-11-22 D", now=AT)).splitlines()
    assert roll[0].startswith("2026-11-22/D (roll call 07:50): rostered 14 · ")
    assert roll[1:] == ["training: billing (2 attendees)", "training: tariffs (1 attendee)"]
    other = ok(desk(*LEADER, "do", "roll 2026-11-23 D", now=AT))
    assert other.startswith("2026-11-23/D (roll call 07:50): rostered ")
    assert "\n" not in other and "training" not in other


def test_rp04_late_summary_proposes_minus_5_and_a_report_has_its_owner(desk):
    late = ok(
        desk(*LEADER, "do", "submitted RP-04 1003 at 2026-11-29T09:00", now="2026-11-30T09:00")
    )
    assert late == "RP-04 1003 2026-11 submitted (late, -5 proposed)"
    on_time = ok(desk(*LEADER, "do", "submitted RP-01 at 2026-11-20T18:00", now=AT))
    assert on_time == "RP-01 1001 2026-11 submitted (on time)"
    wrong = desk(*LEADER, "do", "submitted RP-05 1003", now=AT)
    assert wrong.stderr.strip() == (
        "refused [RP-05]: RP-05 is the quality inspector's report; 1003's role is agent."
    )


def test_a_month_closes_only_once_it_has_ended(desk, env):
    ok(desk(*LEADER, "staff", "set-pin", "1046", input="5555\n5555\n"))
    env["CS_CONSOLE_PIN"] = "5555"
    early = desk("--as", "1046", "do", "close month 2026-11", now=AT)
    assert early.stderr.strip() == "2026-11 is not over yet; a month closes once it has ended."
    bad = desk("--as", "1046", "do", "close month 2026-13", now=AT)
    assert bad.stderr.strip() == "A month is written YYYY-MM, e.g. 2026-11; '2026-13' is not one."
    anyway = ok(desk("--as", "1046", "do", "close month 2026-10 anyway nothing recorded", now=AT))
    assert anyway.startswith("2026-10 closed: 48 appraisal rows, closed anyway with ")
    env["CS_CONSOLE_PIN"] = "1234"
    frozen = desk(*LEADER, "do", "exam 1003 excused", now="2026-10-30T09:00")
    assert frozen.stderr.strip() == "2026-10 is closed; its records are frozen."


def test_d12_export_json_holds_the_month_tables_with_the_test_call_number_masked(desk):
    import json

    ok(desk(*LEADER, "do", "testcall 1003 80 number 13912345678", now=AT))
    ok(desk(*LEADER, "do", "exam 1005 no-show", now=AT))
    tables = json.loads(desk(*LEADER, "export", "json", now=AT).stdout)["tables"]
    assert [r["calling_number"] for r in tables["inspection"]] == ["139****5678"]
    assert [(r["outcome"], r["exam"]) for r in tables["exam_result"]] == [("no_show", "2026-11")]
    assert [r["sanction"] for r in tables["sanction_entry"]] == ["verbal_warning"]
    for name in ("training_session", "training_attendee", "meeting_record", "report_submission",
                 "points_event", "month_close", "appraisal_record"):  # fmt: skip
        assert tables[name] == []
