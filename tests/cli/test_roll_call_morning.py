"""A whole morning through `cs-console do` with --now: arrivals, call-ins, leave and swaps."""

import json

from tests.cli.conftest import LEADER, ok

LEADER_D = LEADER
LEADER_E = ("--as", "1015")


def points(cli):
    rows = json.loads(cli("export", "json").stdout)["tables"]
    staff = {s["id"]: s["staff_no"] for s in rows["staff"]}
    return sorted((staff[p["staff_id"]], p["rule"], p["delta"]) for p in rows["points_entry"])


def refused(result, rule):
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"refused [{rule}]: "), result.stderr
    return result.stderr.strip()


def test_arrivals_are_classified_to_the_second(desk):
    at = "2026-11-22T07:40"
    assert ok(desk(*LEADER, "do", "arrive 1003 07:45", now=at)) == "1003 present, on time"
    assert ok(desk(*LEADER, "do", "arrive 1004 07:50:00", now=at)) == "1004 present, on time"
    assert ok(desk(*LEADER, "do", "arrive 1005 07:50:01", now=at)) == (
        "1005 late for roll call, 1 min · 5 pts proposed (RC-01)"
    )
    assert ok(desk(*LEADER, "do", "arrive 1006 08:00", now=at)) == (
        "1006 late for roll call, 10 min · 5 pts proposed (RC-01)"
    )
    assert ok(desk(*LEADER, "do", "arrive 1007 08:00:01", now=at)) == (
        "1007 late for shift, 1 min · 5 pts proposed (RC-10)"
    )
    day_team = [p for p in points(desk) if "1001" <= p[0] <= "1014"]
    assert day_team == [("1005", "RC-01", -5), ("1006", "RC-01", -5), ("1007", "RC-10", -5)]


def test_arrival_at_the_clock_time_by_default(desk):
    assert (
        ok(desk(*LEADER, "do", "arrive 1003", now="2026-11-22T07:49:59")) == "1003 present, on time"
    )
    # 1 min 30 s late, partial minutes counted whole: 2 min, however long the start takes
    assert ok(desk(*LEADER, "do", "arrive 1004", now="2026-11-22T07:51:30")).startswith(
        "1004 late for roll call, 2 min"
    )


def test_bad_arrivals_write_nothing(desk):
    at = "2026-11-22T07:45"
    ok(desk(*LEADER, "do", "arrive 1003", now=at))
    before = desk("audit").stdout
    for command, message in [
        ("arrive 1003", "1003 already arrived at 07:45:00 on 2026-11-22/D (present)."),
        ("arrive 9999", "Unknown staff number '9999'."),
        ("arrive 1017", "1017 is not rostered on 2026-11-22/D or 2026-11-22/N."),
        ("arrive 1005 7.50", "'7.50' is not a time; use HH:MM, HH:MM:SS or YYYY-MM-DDTHH:MM."),
    ]:
        result = desk(*LEADER, "do", command, now=at)
        assert result.exit_code == 2, command
        assert result.stderr.strip() == message
    assert desk("audit").stdout == before


def test_call_in_no_show_and_absenteeism_at_shift_end(desk):
    assert ok(
        desk(*LEADER, "do", "callin 1008 07:40 stuck in traffic", now="2026-11-22T07:41")
    ) == (
        "1008 called in at 07:40 for 2026-11-22/D, before shift start: late, not absenteeism "
        "(RC-06)"
    )
    assert "late 1" in ok(desk(*LEADER, "do", "roll", now="2026-11-22T09:00"))
    looked = points(desk)
    summary = ok(desk(*LEADER, "do", "roll 2026-11-22 D", now="2026-11-22T16:00"))
    assert summary == (
        "2026-11-22/D (roll call 07:50): rostered 14 · present 0 · late 1 · missing 13"
        " · on leave 0 · swapped 0 · expected 0"
    )
    assert points(desk) == looked  # convention 14: looking at the ended shift proposes nothing
    assert "1009 absenteeism on 2026-11-22/D · 20 pts proposed (RC-11)" in ok(
        desk("settle", now="2026-11-22T16:00:01")
    )
    got = points(desk)
    assert ("1008", "RC-11", -20) not in got  # RC-06: called in → late, not absenteeism
    assert got.count(("1009", "RC-11", -20)) == 1
    assert ok(desk("settle", now="2026-11-22T16:00:01")) == "Nothing has fallen due."
    assert points(desk) == got  # settling twice proposes nothing new


def test_absent_by_hand_needs_the_shift_to_have_started(desk):
    assert refused(desk(*LEADER_D, "do", "absent 1009", now="2026-11-22T07:55"), "D-03")
    assert ok(desk(*LEADER_D, "do", "absent 1009 no answer", now="2026-11-22T08:20")) == (
        "1009 marked absenteeism on 2026-11-22/D · 20 pts proposed (RC-11)"
    )
    assert desk(*LEADER, "do", "absent 1009", now="2026-11-22T08:21").exit_code == 2


def test_leave_requests_pass_and_fail(desk):
    evening = "2026-11-22T17:00"
    sick = ok(desk(*LEADER, "do", "leave 1010 sick 2026-11-23 by 1011", now=evening))
    assert sick.startswith("L-1 1010 sick leave 2026-11-23 · 1 day → cs_dept_director")
    assert "notice: ordinary" in sick and "certificate pending" in sick
    refused(desk(*LEADER, "do", "leave 1010 personal 2026-11-23 by 1011", now=evening), "LV-04")
    late = ok(desk(*LEADER, "do", "leave 1011 emergency 2026-11-23", now="2026-11-23T07:30"))
    assert "late request" in late and "pending: cs_dept_director, manager" in late
    two_days = ok(
        desk(*LEADER, "do", "leave 1013 personal 2026-11-22 2026-11-23", now="2026-11-21T09:00")
    )
    assert "2 days → cs_centre_director approves (LV-03)" in two_days
    unapproved = desk("do", "approve leave L-1", now=evening)
    assert unapproved.exit_code == 2 and unapproved.stderr.strip() == (
        "refused [AUTH]: recording an approval needs a squad leader or deputy (signed in)"
    )
    assert ok(desk(*LEADER_E, "do", "approve leave L-1", now=evening)) == (
        "L-1 approved by cs_dept_director; leave granted"
    )
    assert ok(desk(*LEADER_E, "do", "approve leave L-2", now=evening)) == (
        "L-2 approved by cs_dept_director; still waiting for manager"
    )
    assert "on leave 1" in ok(desk(*LEADER, "do", "roll 2026-11-23 D", now=evening))
    agent = desk("--as", "1003", "do", "approve leave L-2", now=evening)
    assert agent.exit_code == 2  # 1003 has no PIN: not a desk either


def test_swaps_pass_fail_and_change_the_roster_when_both_leaders_approve(desk):
    at = "2026-11-22T17:00"
    made = ok(desk(*LEADER, "do", "swap 1006 2026-11-23 D with 1020", now=at))
    assert made.startswith("S-1 1006 hands 2026-11-23/D to 1020 · consent and form recorded")
    assert "waiting for 2 squad leader approvals (SW-02)" in made
    assert made.endswith("swaps in 2026-11: 1006 1/2, 1020 1/2")
    refused(desk(*LEADER, "do", "swap 1005 2026-11-23 D with 1020", now=at), "SW-05")
    refused(desk(*LEADER, "do", "swap 1003 2026-11-23 D with 1017", now=at), "SW-04")
    refused(
        desk(*LEADER, "do", "swap 1010 2026-11-23 D with 1024 return 2026-11-22 E", now=at), "SW-04"
    )
    assert desk(*LEADER, "do", "swap 1006 2026-11-23 D with 1006", now=at).stderr.strip() == (
        "A swap needs two different people."
    )
    refused(desk(*LEADER, "do", "leave 1020 sick 2026-11-23", now=at), "SW-07")
    # the roster changes only when the chain is complete (D-05)
    assert "swapped 0" in ok(desk(*LEADER, "do", "roll 2026-11-23 D", now=at))
    assert ok(desk(*LEADER_D, "do", "approve swap S-1", now=at)) == (
        "S-1 approved by 1001; waiting for 1 squad leader approval"
    )
    refused(desk(*LEADER_D, "do", "approve swap S-1", now=at), "SW-02")
    assert ok(desk(*LEADER_E, "do", "approve swap S-1", now=at)) == (
        "S-1 approved; the roster is changed (SW-02)"
    )
    assert "rostered 12 · present 0 · late 0 · missing 0 · on leave 0 · swapped 1" in ok(
        desk(*LEADER, "do", "roll 2026-11-23 D", now=at)
    )


def test_sw03_monthly_limit_from_the_config(desk, config_file):
    config_file.write_text(
        config_file.read_text(encoding="utf-8") + "[rules]\nswap_limit_per_month = 1\n",
        encoding="utf-8",
    )
    at = "2026-11-22T17:00"
    ok(desk(*LEADER, "do", "swap 1006 2026-11-23 D with 1020", now=at))
    message = refused(desk(*LEADER, "do", "swap 1010 2026-11-23 D with 1020", now=at), "SW-03")
    assert message.endswith("1020 already has 1 swap in 2026-11; the limit is 1.")


def test_sw06_uncovered_swapped_shift_is_absenteeism_for_both(desk):
    at = "2026-11-22T17:00"
    ok(desk(*LEADER, "do", "swap 1006 2026-11-23 D with 1020", now=at))
    ok(desk(*LEADER_D, "do", "approve swap S-1", now=at))
    ok(desk(*LEADER_E, "do", "approve swap S-1", now=at))
    ok(desk("settle", now="2026-11-23T16:00"))
    got = points(desk)
    assert ("1020", "SW-06", -20) in got and ("1006", "SW-06", -20) in got


def test_rejections_are_recorded_and_final(desk):
    at = "2026-11-22T17:00"
    ok(desk(*LEADER, "do", "leave 1010 sick 2026-11-23", now=at))
    ok(desk(*LEADER, "do", "swap 1006 2026-11-23 D with 1020", now=at))
    assert ok(desk(*LEADER_E, "do", "reject leave L-1 no cover available", now=at)) == (
        "L-1 rejected: no cover available"
    )
    assert ok(desk(*LEADER_E, "do", "reject swap S-1 not equivalent workload", now=at)) == (
        "S-1 rejected: not equivalent workload"
    )
    again = desk(*LEADER_E, "do", "approve swap S-1", now=at)
    assert again.stderr.strip() == "S-1 is already rejected."
    audit = desk("audit").stdout
    assert "leave.reject" in audit and "swap.reject" in audit
