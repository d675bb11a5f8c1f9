"""Complaints found unfounded: a supervisor rules one invalid, with a reason, and it no longer
counts among the person's complaints of the month (CP-05…CP-07, C-16: "count valid complaints
per agent per month")."""

from __future__ import annotations

import pytest

from tests.cli.conftest import LEADER, ok

AT = "2026-11-22T09:00"  # the demo's day shift
SUPERVISOR = "1046"  # 唐亮 in the demo
PIN = "4321"


@pytest.fixture
def floor(desk, env):
    """The demo with three complaints taken by agent 1003 and a +15 confirmed, so 1003
    scores 95 (★★ but for the complaints); the supervisor's PIN is 4321."""
    refs = []
    for n in range(3):
        said = ok(desk(*LEADER, "do", f"complaint rude answer {n} agent 1003", now=AT))
        refs.append(said.split()[0])
    said = ok(desk(*LEADER, "do", "points 1003 PF-11 +15 extra tasks", now=AT))
    ok(desk(*LEADER, "do", f"confirm {said.split()[0]}", now=AT))
    ok(desk(*LEADER, "staff", "set-pin", SUPERVISOR, input=f"{PIN}\n{PIN}\n", now=AT))
    desk.refs = refs
    return desk


def _stars(desk, staff_no: str) -> tuple[str, str]:
    table = ok(desk("do", "month 2026-11", now=AT)).splitlines()
    row = next(line for line in table if line.startswith(f"{staff_no} ")).split()
    return row[8], row[10]  # final, ★


def test_cp07_a_complaint_ruled_invalid_no_longer_counts_against_the_stars(floor, env):
    """CP-07: "当月投诉不超过两例" counts valid complaints (CP-05, CP-06: "valid complaint")."""
    assert _stars(floor, "1003") == ("95", "0")
    env["CS_CONSOLE_PIN"] = PIN
    ref = floor.refs[0]
    line = f"invalid {ref} the customer called the wrong company"
    said = ok(floor("--as", SUPERVISOR, "do", line, now=AT))
    assert said == f"{ref} complaint ruled invalid: not counted for 1003 (CP-07)"
    assert _stars(floor, "1003") == ("95", "2")
    shown = ok(floor("do", f"show {ref}", now=AT))
    assert shown.endswith(
        " · ruled invalid 11-22 09:00 by 1046: the customer called the wrong company (CP-07)"
    )
    again = floor("--as", SUPERVISOR, "do", f"invalid {ref} twice", now=AT)
    assert again.stderr.strip() == f"refused [CP-07]: {ref} was already ruled invalid."
    audit = ok(floor("audit", now=AT))
    assert any("complaint.invalid" in line and ref in line for line in audit.splitlines())


def test_cp07_only_a_supervisor_rules_a_complaint_invalid_with_a_reason(floor, env):
    ref = floor.refs[0]
    refused = floor(*LEADER, "do", f"invalid {ref} not our fault", now=AT)
    assert refused.exit_code == 2
    assert refused.stderr.strip() == (
        "refused [AUTH]: ruling a complaint invalid (CP-07) needs a supervisor (signed in)"
    )
    other = ok(floor(*LEADER, "do", "ticket consultation tariff question", now=AT)).split()[0]
    env["CS_CONSOLE_PIN"] = PIN
    usage = floor("--as", SUPERVISOR, "do", f"invalid {ref}", now=AT)
    assert usage.stderr.strip() == "Usage: invalid T-n REASON…"
    not_one = floor("--as", SUPERVISOR, "do", f"invalid {other} no", now=AT)
    assert not_one.stderr.strip() == (
        f"refused [CP-07]: {other} is a consultation, not a complaint."
    )
    assert _stars(floor, "1003") == ("95", "0")


def test_cp07_a_complaint_of_a_closed_month_is_no_longer_ruled_on(floor, env):
    """The closed month's appraisal is frozen, so are the complaints it counted."""
    said = floor(*LEADER, "do", "complaint rude answer agent 1003 at 2026-10-30T10:00 reason "
                 "entered late", now=AT)  # fmt: skip
    ref = ok(said).split()[0]
    env["CS_CONSOLE_PIN"] = PIN
    ok(floor("--as", SUPERVISOR, "do", "close month 2026-10 anyway test run", now=AT))
    frozen = floor("--as", SUPERVISOR, "do", f"invalid {ref} wrong company", now=AT)
    assert frozen.exit_code == 2
    assert frozen.stderr.strip() == "2026-10 is closed; its records are frozen."
    assert "ruled invalid" not in ok(floor("do", f"show {ref}", now=AT))
