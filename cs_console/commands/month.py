"""Month-end verbs: inspect, testcall, exam, training, meeting, submitted, decide, points list,
month, close month (QI, TR, MT, RP, PF, QI-09)."""

from __future__ import annotations

import re

from cs_console.commands.intents_month import PreShiftMeeting
from cs_console.commands.parsing import ref_number
from cs_console.commands.registry import handles, verb
from cs_console.domain.errors import UserError, usage
from cs_console.domain.exams import Outcome
from cs_console.domain.meetings import Conduct
from cs_console.domain.timeparse import parse_date, parse_instant
from cs_console.i18n import N_, _
from cs_console.printing.month_text import month_lines
from cs_console.services import appeals, exam_records, meeting_records, quality_records
from cs_console.services.context import Context
from cs_console.services.month_closing import close_month
from cs_console.services.month_period import month_of, parse_month
from cs_console.services.month_view import month_view
from cs_console.services.points_history import history
from cs_console.services.report_records import submit

OUTCOMES = {"cheated": Outcome.CHEATED, "no-show": Outcome.NO_SHOW, "excused": Outcome.EXCUSED}
EXAM_USAGE = "exam STAFF knowledge K operation O [cheated|no-show|excused]"
MEETING_WORDS = ("below", "praised", "conduct")
FINDINGS = ", ".join(c.value.replace("_", "-") for c in Conduct)


def _score(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise UserError(
            _("'{text}' is not a score (0–100).").format(text=text), rule="QI-04"
        ) from None


@verb("inspect STAFF SCORE [call REF] [NOTE…]", N_("a recorded call inspected (QI-01…QI-04)"), 2)
def _inspect(ctx: Context, args: tuple[str, ...]) -> str:
    staff_no, score, *rest = args
    call = ""
    if len(rest) >= 2 and rest[0].lower() == "call":
        call, rest = rest[1], rest[2:]
    return quality_records.record(ctx, "recording", staff_no, _score(score), " ".join(rest), call)


@verb("testcall STAFF SCORE number N [NOTE…]", N_("a test call with its calling number (QI-08)"), 4)
def _testcall(ctx: Context, args: tuple[str, ...]) -> str:
    staff_no, score, word, number, *rest = args
    if word.lower() != "number":
        raise usage("testcall STAFF SCORE number N [NOTE…]")
    return quality_records.record(
        ctx, "test_call", staff_no, _score(score), " ".join(rest), number=number
    )


@verb(
    "exam STAFF knowledge K operation O [cheated|no-show|excused]",
    N_("the monthly exam's result (TR-04…TR-06, PF-11)"),
    2,
    6,
)
def _exam(ctx: Context, args: tuple[str, ...]) -> str:
    staff_no, *rest = args
    words = [w.lower() for w in rest]
    outcome = OUTCOMES.get(words.pop()) if words and words[-1] in OUTCOMES else Outcome.SAT
    assert outcome is not None
    knowledge = operation = None
    if words:
        if len(words) != 4 or words[0] != "knowledge" or words[2] != "operation":
            raise usage(EXAM_USAGE)
        try:
            knowledge, operation = int(words[1]), int(words[3])
        except ValueError:
            raise usage(EXAM_USAGE) from None
    elif outcome is Outcome.SAT:
        raise usage(EXAM_USAGE)
    if outcome is not Outcome.SAT:
        knowledge = operation = None
    return exam_records.record_exam(ctx, staff_no, outcome, knowledge, operation)


@verb("training DATE TOPIC [STAFF…]", N_("a training session and its attendees (TR-03, TR-11)"), 2)
def _training(ctx: Context, args: tuple[str, ...]) -> str:
    day, topic, *attendees = args
    return exam_records.record_training(ctx, parse_date(day), topic, tuple(attendees))


@verb(
    "meeting [below STAFF,…] [praised STAFF,…] [conduct STAFF:FINDING,…] [AGENDA…]",
    N_("the pre-shift meeting, attendance from the roll call (MT-01, MT-07)"),
)
def _meeting(ctx: Context, args: tuple[str, ...]) -> str:
    named = dict.fromkeys(MEETING_WORDS, "")
    agenda: list[str] = []
    words = list(args)
    while words:
        word = words.pop(0)
        if word.lower() in MEETING_WORDS and words:
            named[word.lower()] = words.pop(0)
        else:
            agenda.append(word)
    return meeting(
        ctx,
        PreShiftMeeting(" ".join(agenda), named["below"], named["praised"], named["conduct"]),
    )


@handles(PreShiftMeeting)
def meeting(ctx: Context, i: PreShiftMeeting) -> str:
    conduct = []
    for item in _staff(i.conduct):
        staff_no, _sep, finding = item.partition(":")
        try:
            conduct.append((staff_no, Conduct(finding.replace("-", "_").lower())))
        except ValueError:
            raise UserError(
                _("'{finding}' is not a finding; say {FINDINGS}.").format(
                    finding=finding, FINDINGS=FINDINGS
                ),
                "MT-07",
            ) from None
    items = tuple(p.strip() for p in i.agenda.split(";") if p.strip())
    return meeting_records.record_meeting(
        ctx, items, _staff(i.below), _staff(i.praised), tuple(conduct)
    )


def _staff(text: str) -> tuple[str, ...]:
    """Staff numbers (or STAFF:FINDING) as typed, separated by commas or spaces."""
    return tuple(p for p in re.split(r"[,\s]+", text) if p)


def _submitted_access(ctx: Context, args: tuple[str, ...]) -> tuple[str, str | None]:
    """One's own report, or a leader or supervisor recording another's."""
    staff = [a for a in args[1:2] if a.lower() != "at"]
    if staff and staff[0] != ctx.actor:
        return "submitted.other", None
    return "submitted", None


@verb(
    "submitted REPORT [STAFF] [at TIME]",
    N_("a month's report came in (RP-01, RP-04…RP-07); late proposes −5"),
    1,
    4,
    access=_submitted_access,
)
def _submitted(ctx: Context, args: tuple[str, ...]) -> str:
    rule, *rest = args
    at = None
    if len(rest) >= 2 and rest[-2].lower() == "at":
        at = parse_instant(rest[-1], ctx.today(), ctx.settings.tz)
        rest = rest[:-2]
    if len(rest) > 1:
        raise usage("submitted REPORT [STAFF] [at TIME]")
    return submit(ctx, rule, rest[0] if rest else None, at)


@verb(
    "decide P-n upheld|rejected REASON…",
    N_("a supervisor decides an appeal; upheld withdraws it (QI-09)"),
    3,
)
def _decide(ctx: Context, args: tuple[str, ...]) -> str:
    return appeals.decide(ctx, ref_number(args[0], "P"), args[1], " ".join(args[2:]))


def _month_and_staff(ctx: Context, args: tuple[str, ...]) -> tuple[str, str | None]:
    month, staff_no = month_of(ctx), None
    for word in args:
        if "-" in word and word[:4].isdigit():
            month = parse_month(word)
        else:
            staff_no = word
    return month, staff_no


@verb(
    "points list [STAFF] [YYYY-MM]",
    N_("every proposal, confirmation, acknowledgement, appeal and decision of a month"),
    0,
    2,
    lines=True,
    words=2,
)
def _points_list(ctx: Context, args: tuple[str, ...]) -> str:
    month, staff_no = _month_and_staff(ctx, args)
    lines = [line.text(ctx.settings.tz) for line in history(ctx, month, staff_no)]
    return "\n".join(lines) or _("No points in {month}.").format(month=month)


@verb(
    "month [YYYY-MM] [TEAM]",
    N_("the month's appraisal table and what is missing"),
    0,
    2,
    lines=True,
)
def _month(ctx: Context, args: tuple[str, ...]) -> str:
    month, team = _month_and_staff(ctx, args)
    return "\n".join(month_lines(month_view(ctx, month), team))


@verb(
    "close month YYYY-MM [anyway REASON…]",
    N_("a supervisor closes and freezes a month; refused while anything is missing"),
    1,
    words=2,
)
def _close_month(ctx: Context, args: tuple[str, ...]) -> str:
    month, *rest = args
    reason = ""
    if rest:
        if rest[0].lower() != "anyway" or len(rest) < 2:
            raise usage("close month YYYY-MM [anyway REASON…]")
        reason = " ".join(rest[1:])
    return close_month(ctx, parse_month(month), reason)
