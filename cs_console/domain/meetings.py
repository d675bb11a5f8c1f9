"""Meetings (MT-01, MT-06, MT-07): the pre-shift meeting record and conduct points.

A lateness at the pre-shift meeting is the roll call's (RC-01): one lateness record per arrival,
never two (C-12), so MT-07 there covers leaving early, phone calls and being unprepared.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from cs_console.domain.errors import UserError
from cs_console.domain.month_rules import MonthRules
from cs_console.domain.proposals import Proposal
from cs_console.domain.reports import friday_before_25th

NOT_ATTENDING = "{staff} is not among the attendees of meeting {meeting}."
LATE_AT_ROLL_CALL = (
    "lateness for the pre-shift meeting is recorded by the roll call (RC-01), never twice."
)
NOTE = "meeting {meeting}: {finding}"


class MeetingKind(StrEnum):
    PRE_SHIFT = "pre_shift"  # MT-01
    WEEKLY = "weekly"  # MT-03, MT-04
    MONTHLY_QUALITY = "monthly_quality"  # MT-05
    REPRESENTATIVES = "representatives"  # MT-06


class Conduct(StrEnum):
    """MT-07: late, leaving early, taking calls, unprepared — 5 points each time."""

    LATE = "late"
    LEFT_EARLY = "left_early"
    PHONE = "phone"
    UNPREPARED = "unprepared"


@dataclass(frozen=True)
class Meeting:
    """MT-01: time, attendance (from the roll call), agenda, below-standard and praised staff."""

    ref: str
    kind: MeetingKind
    held_at: datetime
    attendees: tuple[str, ...]
    agenda: tuple[str, ...] = ()
    below_standard: tuple[str, ...] = ()
    praised: tuple[str, ...] = ()
    conduct: tuple[tuple[str, Conduct], ...] = ()


def conduct_proposals(meeting: Meeting, rules: MonthRules) -> tuple[Proposal, ...]:
    """MT-07: one proposal per person and finding of the meeting (each finding counts once)."""
    proposals: dict[str, Proposal] = {}
    for staff_no, finding in meeting.conduct:
        if staff_no not in meeting.attendees:
            raise UserError(NOT_ATTENDING.format(staff=staff_no, meeting=meeting.ref), "MT-07")
        if meeting.kind is MeetingKind.PRE_SHIFT and finding is Conduct.LATE:
            raise UserError(LATE_AT_ROLL_CALL, rule="C-12")
        source = f"meeting:{meeting.ref}:{staff_no}:{finding.value}"
        note = NOTE.format(meeting=meeting.ref, finding=finding.value.replace("_", " "))
        proposals[source] = Proposal(staff_no, "MT-07", -rules.meeting_conduct_points, note, source)
    return tuple(proposals.values())


def representatives_meeting(year: int, month: int, rules: MonthRules) -> date:
    """MT-06, D-13: the Friday strictly before the 25th, or on or before it by the setting."""
    return friday_before_25th(year, month, include_25th=rules.rep_meeting_includes_25th)
