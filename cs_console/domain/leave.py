"""Leave requests (LV-01, LV-03…LV-07, SW-07/SW-08, D-04): notice, who may ask, who approves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from cs_console.domain.errors import UserError
from cs_console.i18n import _, ngettext


class LeaveKind(StrEnum):
    PERSONAL = "personal"
    SICK = "sick"
    EMERGENCY = "emergency"


DEPT_DIRECTOR = "cs_dept_director"
CENTRE_DIRECTOR = "cs_centre_director"
MANAGER = "manager"
APPROVER_ROLES = (DEPT_DIRECTOR, CENTRE_DIRECTOR, MANAGER)


@dataclass(frozen=True)
class LeaveAssessment:
    notice: str  # ordinary | special | late | night | holiday
    approvals: tuple[str, ...]
    notes: tuple[str, ...]
    certificate_pending: bool


def check_requester(kind: LeaveKind, person: str, requested_by: str) -> None:
    """LV-04: personal leave only by the person; sick and emergency leave may be phoned in."""
    if kind is LeaveKind.PERSONAL and requested_by != person:
        raise UserError(
            _(
                "personal leave must be requested by {person} in person, not by {requested_by}."
            ).format(person=person, requested_by=requested_by),
            rule="LV-04",
        )


def assess_leave(
    kind: LeaveKind,
    requested_at: datetime,
    first_day: date,
    days: int,
    first_start: datetime,
    night: bool,
    holiday: bool,
    exceptional: bool,
    tz: tzinfo,
    special_notice_minutes: int,
    night_deadline_minute: int,
    holiday_notice_days: int,
) -> LeaveAssessment:
    """Classify the notice given for the first shift of the leave, and the approvals it needs."""
    notes: list[str] = []
    approvals = [DEPT_DIRECTOR if days <= 1 else CENTRE_DIRECTOR]  # LV-03
    notes.append(
        ngettext(
            "{days} day → {approver} approves (LV-03)",
            "{days} days → {approver} approves (LV-03)",
            days,
        ).format(days=days, approver=approvals[0])
    )
    local_request = requested_at.astimezone(tz)
    night_deadline = datetime.combine(first_day, time(0), tz) + timedelta(
        minutes=night_deadline_minute
    )
    in_time = (
        requested_at < night_deadline
        if night
        else local_request.date() < first_day
        or first_start - requested_at >= timedelta(minutes=special_notice_minutes)
    )
    if kind is LeaveKind.SICK and requested_at < first_start and not (holiday or in_time):
        # D-04 as amended: emergency sick leave phoned in before the shift is valid at once,
        # with its certificate pending; never a late request, never absenteeism
        notes.append(_("emergency sick leave phoned in before the shift: valid (LV-05, D-04)"))
        notes.append(_("medical certificate pending, due on the first shift back (LV-05)"))
        return LeaveAssessment("emergency", tuple(approvals), tuple(notes), True)
    if holiday:
        deadline = datetime.combine(first_day - timedelta(days=holiday_notice_days), time(0), tz)
        if not exceptional:
            raise UserError(
                _("{isoformat} is a holiday; leave is refused unless exceptional.").format(
                    isoformat=first_day.isoformat()
                ),
                rule="LV-07",
            )
        if requested_at >= deadline:
            raise UserError(
                _(
                    "exceptional holiday leave must be asked {holiday_notice_days} days ahead."
                ).format(holiday_notice_days=holiday_notice_days),
                rule="LV-07",
            )
        notice = "holiday"
        notes.append(_("holiday shift: exceptional, management approval needed (LV-07)"))
    elif night:
        deadline = night_deadline
        if requested_at >= deadline:
            raise UserError(
                _(
                    "leave for a night shift must be asked before {deadline:%H:%M} on {isoformat}."
                ).format(deadline=deadline.astimezone(tz), isoformat=first_day.isoformat()),
                rule="LV-06",
            )
        notice = "night"
        notes.append(_("night shift: management approval needed (LV-06)"))
    elif local_request.date() < first_day:
        notice = "ordinary"
        notes.append(_("notice: ordinary, asked by the day before (LV-01)"))
    elif first_start - requested_at >= timedelta(minutes=special_notice_minutes):
        notice = "special"
        notes.append(
            _("notice: special, ≥ {minutes} min before the shift (LV-01)").format(
                minutes=special_notice_minutes
            )
        )
    else:
        notice = "late"
        notes.append(_("late request: needs manager approval, else absenteeism (LV-01)"))
    if notice in ("holiday", "night", "late"):
        approvals.append(MANAGER)
    certificate = kind is LeaveKind.SICK
    if certificate:
        notes.append(_("medical certificate pending, due on the first shift back (LV-05)"))
    return LeaveAssessment(notice, tuple(approvals), tuple(notes), certificate)
