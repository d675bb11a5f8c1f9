"""MT-06 (D-13) and MT-07 (with C-12 for the pre-shift meeting)."""

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from cs_console.config import Settings
from cs_console.domain.errors import UserError
from cs_console.domain.meetings import (
    Conduct,
    Meeting,
    MeetingKind,
    conduct_proposals,
    representatives_meeting,
)

RULES = Settings().month.to_domain()
WEEKLY = Meeting(
    "M-4", MeetingKind.WEEKLY, datetime(2026, 11, 23, 1, 0, tzinfo=UTC), ("1021", "1022", "1023")
)


@pytest.mark.parametrize(
    ("year", "month", "strict", "with_25th"),
    [
        (2026, 11, date(2026, 11, 20), date(2026, 11, 20)),  # the 25th is a Wednesday
        (2026, 12, date(2026, 12, 18), date(2026, 12, 25)),  # the 25th is a Friday
        (2027, 6, date(2027, 6, 18), date(2027, 6, 25)),  # the 25th is a Friday
    ],
)
def test_mt06_friday_before_the_25th_strictly_unless_the_setting_includes_it(
    year, month, strict, with_25th
):
    """MT-06: "The representative meeting is held on the Friday before the 25th of every month."
    D-13: strictly before; ``rep_meeting_includes_25th`` counts a Friday 25th."""
    assert representatives_meeting(year, month, RULES) == strict
    including = replace(RULES, rep_meeting_includes_25th=True)
    assert representatives_meeting(year, month, including) == with_25th


def test_mt07_minus_5_per_finding_at_a_meeting():
    """MT-07: "无故迟到、早退、随意接打电话、未提前做好会议发言准备等,
    在当月绩效考核评分中扣减5分/次"."""
    meeting = replace(
        WEEKLY,
        conduct=(
            ("1021", Conduct.LATE),
            ("1021", Conduct.PHONE),
            ("1022", Conduct.UNPREPARED),
            ("1021", Conduct.PHONE),  # the same finding noted twice counts once
        ),
    )
    proposals = conduct_proposals(meeting, RULES)
    assert [(p.staff_no, p.rule, p.delta, p.source) for p in proposals] == [
        ("1021", "MT-07", -5, "meeting:M-4:1021:late"),
        ("1021", "MT-07", -5, "meeting:M-4:1021:phone"),
        ("1022", "MT-07", -5, "meeting:M-4:1022:unprepared"),
    ]


def test_mt07_only_for_attendees():
    meeting = replace(WEEKLY, conduct=(("1099", Conduct.LEFT_EARLY),))
    with pytest.raises(UserError, match=r"refused \[MT-07\]: 1099 is not among the attendees"):
        conduct_proposals(meeting, RULES)


def test_c12_lateness_at_the_pre_shift_meeting_is_the_roll_calls_alone():
    """C-12: one lateness record per arrival, never two — RC-01 already records it."""
    pre_shift = replace(WEEKLY, kind=MeetingKind.PRE_SHIFT)
    with pytest.raises(UserError, match=r"refused \[C-12\]"):
        conduct_proposals(replace(pre_shift, conduct=(("1021", Conduct.LATE),)), RULES)
    (left,) = conduct_proposals(replace(pre_shift, conduct=(("1021", Conduct.LEFT_EARLY),)), RULES)
    assert (left.rule, left.delta) == ("MT-07", -5)
