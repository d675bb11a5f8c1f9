"""Leave requests: validate (LV-01…LV-07, SW-07), route for approval (LV-03), record decisions."""

from __future__ import annotations

from datetime import date, datetime

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.leave import (
    APPROVER_ROLES,
    LeaveKind,
    assess_leave,
    check_requester,
)
from cs_console.domain.shifts import parse_clock_minutes, shift_instance
from cs_console.i18n import _
from cs_console.services import audit, decisions
from cs_console.services.acting import actor_row
from cs_console.services.concurrency import check_seen, locked
from cs_console.services.context import Context
from cs_console.services.shift_lookup import person
from cs_console.store.attendance_repo import approvals, person_shifts, person_swaps
from cs_console.store.models import Approval, LeaveRequest


def request_leave(
    ctx: Context,
    staff_no: str,
    kind: LeaveKind,
    first: date,
    last: date,
    requested_by: str | None = None,
    at: datetime | None = None,
    exceptional: bool = False,
) -> str:
    if last < first:
        raise UserError(_("The leave ends before it starts."))
    at = at or ctx.now()
    settings, rules = ctx.settings, ctx.settings.rules
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        by = person(session, requested_by) if requested_by else staff
        check_requester(kind, staff_no, by.staff_no)
        assert staff.id is not None and by.id is not None
        for swap in person_swaps(session, staff.id):
            works = (
                (swap.shift_date, swap.shift_code)
                if swap.taker_id == staff.id
                else (swap.return_date, swap.return_code)
            )
            if works[0] is not None and first <= works[0] <= last:
                raise UserError(
                    _(
                        "{staff_no} works {works}/{works2} under swap S-{id}; no leave on a swap "
                        "or return shift."
                    ).format(staff_no=staff_no, works=works[0], works2=works[1], id=swap.id),
                    rule="SW-07",
                )
        shifts = person_shifts(session, staff.id, first, last)
        if not shifts:
            raise UserError(
                _("{staff_no} is not rostered between {first} and {last}.").format(
                    staff_no=staff_no, first=first, last=last
                )
            )
        first_shift = settings.shift(shifts[0].shift_code)
        verdict = assess_leave(
            kind,
            at,
            shifts[0].shift_date,
            (last - first).days + 1,
            shift_instance(first_shift, shifts[0].shift_date, settings.tz).start,
            night=first_shift.night,
            holiday=any(r.shift_date in settings.holidays for r in shifts),
            exceptional=exceptional,
            tz=settings.tz,
            special_notice_minutes=rules.leave_special_notice_minutes,
            night_deadline_minute=parse_clock_minutes(rules.night_leave_deadline),
            holiday_notice_days=rules.holiday_notice_days,
        )
        row = LeaveRequest(
            staff_id=staff.id,
            kind=kind.value,
            first_day=first,
            last_day=last,
            requested_at=at,
            requested_by_id=by.id,
            notice=verdict.notice,
            approvals_needed=",".join(verdict.approvals),
            certificate_pending=verdict.certificate_pending,
            exceptional=exceptional,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            ctx,
            "leave.request",
            f"L-{row.id}",
            after={
                "staff": staff_no,
                "kind": kind.value,
                "from": first,
                "to": last,
                "by": by.staff_no,
                "notice": verdict.notice,
            },
        )
    span = first.isoformat() if first == last else f"{first.isoformat()}…{last.isoformat()}"
    return (
        _("L-{id} {staff_no} {kind} leave {span} · ").format(
            id=row.id, staff_no=staff_no, kind=_(kind.value), span=span
        )
        + " · ".join(verdict.notes)
        + (_(" · pending: {approvals}").format(approvals=", ".join(verdict.approvals)))
    )


def _load(ctx: Context, session, leave_id: int) -> LeaveRequest:  # noqa: ANN001
    row = locked(session, LeaveRequest, leave_id)
    if row is None:
        raise NotFound(_("No leave request L-{leave_id}.").format(leave_id=leave_id))
    check_seen(ctx, session, f"L-{leave_id}", row.version)
    if row.status != "pending":
        raise UserError(
            _("L-{leave_id} is already {status}.").format(leave_id=leave_id, status=row.status)
        )
    return row


def approve_leave(ctx: Context, leave_id: int, role: str | None) -> str:
    """The squad leader records an approval given by the approver of ``role`` (LV-03)."""
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Recording a leave approval")
        row = _load(ctx, session, leave_id)
        needed = row.approvals_needed.split(",")
        done = {a.role for a in approvals(session, "leave", leave_id) if a.decision == "approved"}
        missing = [r for r in needed if r not in done]
        role = role or missing[0]
        if role not in APPROVER_ROLES:
            raise UserError(
                _("Unknown approver '{role}'; use one of {APPROVER_ROLES}.").format(
                    role=role, APPROVER_ROLES=", ".join(APPROVER_ROLES)
                )
            )
        if role not in missing:
            raise UserError(
                _("L-{leave_id} does not wait for {role}; it waits for {missing}.").format(
                    leave_id=leave_id, role=role, missing=", ".join(missing)
                ),
                rule="LV-03",
            )
        session.add(
            Approval(
                subject="leave",
                subject_id=leave_id,
                role=role,
                decided_by=recorder.staff_no,
                at=ctx.now(),
                decision="approved",
            )
        )
        missing.remove(role)
        if not missing:
            row.status = "approved"
        row.version += 1
        session.add(row)
        audit.record(
            session,
            ctx,
            "leave.approve",
            f"L-{leave_id}",
            after={"role": role, "status": row.status},
        )
    if missing:
        return _("L-{leave_id} approved by {role}; still waiting for {missing}").format(
            leave_id=leave_id, role=role, missing=", ".join(missing)
        )
    return _("L-{leave_id} approved by {role}; leave granted").format(leave_id=leave_id, role=role)


def reject_leave(ctx: Context, leave_id: int, reason: str) -> str:
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Recording a leave decision")
        row = _load(ctx, session, leave_id)
        return decisions.reject(ctx, session, "leave", row, recorder.staff_no, reason)


def certificate_in(ctx: Context, leave_id: int) -> str:
    """LV-05: the medical certificate was handed to the squad leader."""
    with ctx.transaction() as session:
        actor_row(ctx, session, "Recording a certificate")
        row = session.get(LeaveRequest, leave_id)
        if row is None:
            raise NotFound(_("No leave request L-{leave_id}.").format(leave_id=leave_id))
        if not row.certificate_pending:
            raise UserError(_("L-{leave_id} has no certificate pending.").format(leave_id=leave_id))
        row.certificate_pending = False
        session.add(row)
        audit.record(session, ctx, "leave.certificate", f"L-{leave_id}")
    return _("L-{leave_id} certificate received (LV-05)").format(leave_id=leave_id)
