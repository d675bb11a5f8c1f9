"""Queries behind the roll call, leave requests and swaps."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, or_, select

from cs_console.store.models import (
    Approval,
    Arrival,
    AttendanceMark,
    LeaveRequest,
    RosterEntry,
    Staff,
    SwapRequest,
)

OPEN = ("pending", "approved")


def roster_entry(session: Session, staff_id: int, day: date, code: str) -> RosterEntry | None:
    return session.exec(
        select(RosterEntry).where(
            RosterEntry.staff_id == staff_id,
            RosterEntry.shift_date == day,
            RosterEntry.shift_code == code,
        )
    ).first()


def person_shifts(session: Session, staff_id: int, first: date, last: date) -> list[RosterEntry]:
    return list(
        session.exec(
            select(RosterEntry)
            .where(RosterEntry.staff_id == staff_id)
            .where(RosterEntry.shift_date >= first, RosterEntry.shift_date <= last)
            .order_by(RosterEntry.shift_date, RosterEntry.shift_code)
        ).all()
    )


def arrivals(session: Session, day: date, code: str) -> dict[int, Arrival]:
    rows = session.exec(
        select(Arrival).where(Arrival.shift_date == day, Arrival.shift_code == code)
    ).all()
    return {a.staff_id: a for a in rows}


def marks(session: Session, day: date, code: str) -> list[AttendanceMark]:
    return list(
        session.exec(
            select(AttendanceMark)
            .where(AttendanceMark.shift_date == day, AttendanceMark.shift_code == code)
            .order_by(AttendanceMark.at)
        ).all()
    )


def leave_covering(
    session: Session, day: date, statuses: tuple[str, ...] = ("approved",)
) -> list[LeaveRequest]:
    return list(
        session.exec(
            select(LeaveRequest)
            .where(LeaveRequest.first_day <= day, LeaveRequest.last_day >= day)
            .where(col(LeaveRequest.status).in_(statuses))
        ).all()
    )


def person_leave(session: Session, staff_id: int, first: date, last: date) -> list[LeaveRequest]:
    return list(
        session.exec(
            select(LeaveRequest)
            .where(LeaveRequest.staff_id == staff_id, col(LeaveRequest.status).in_(OPEN))
            .where(LeaveRequest.first_day <= last, LeaveRequest.last_day >= first)
        ).all()
    )


def swaps_on_shift(session: Session, day: date, code: str) -> list[SwapRequest]:
    """Approved swaps whose swapped or return shift is this one."""
    return list(
        session.exec(
            select(SwapRequest)
            .where(SwapRequest.status == "approved")
            .where(
                or_(
                    (col(SwapRequest.shift_date) == day) & (col(SwapRequest.shift_code) == code),
                    (col(SwapRequest.return_date) == day) & (col(SwapRequest.return_code) == code),
                )
            )
        ).all()
    )


def person_swaps(session: Session, staff_id: int) -> list[SwapRequest]:
    """Every open (pending or approved) swap a person is part of."""
    return list(
        session.exec(
            select(SwapRequest)
            .where(or_(SwapRequest.giver_id == staff_id, SwapRequest.taker_id == staff_id))
            .where(col(SwapRequest.status).in_(OPEN))
        ).all()
    )


def approvals(session: Session, subject: str, subject_id: int) -> list[Approval]:
    return list(
        session.exec(
            select(Approval)
            .where(Approval.subject == subject, Approval.subject_id == subject_id)
            .order_by(Approval.at)
        ).all()
    )


def staff_numbers(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.exec(select(Staff.id, Staff.staff_no).where(col(Staff.id).in_(ids))).all()
    return {i: n for i, n in rows if i is not None}


def leave_requests(session: Session, limit: int = 200) -> list[LeaveRequest]:
    query = select(LeaveRequest).order_by(col(LeaveRequest.id).desc()).limit(limit)
    return list(session.exec(query).all())


def swap_requests(session: Session, limit: int = 200) -> list[SwapRequest]:
    query = select(SwapRequest).order_by(col(SwapRequest.id).desc()).limit(limit)
    return list(session.exec(query).all())


def roster_ids(session: Session, day: date, code: str) -> dict[str, int]:
    query = (
        select(Staff.staff_no, Staff.id)
        .join(RosterEntry, col(RosterEntry.staff_id) == Staff.id)
        .where(RosterEntry.shift_date == day, RosterEntry.shift_code == code)
    )
    return {n: i for n, i in session.exec(query).all() if i is not None}


def pending_certificates(session: Session, day: date) -> list[LeaveRequest]:
    """LV-05: approved sick leave that ended before ``day`` and whose certificate is not in."""
    return list(
        session.exec(
            select(LeaveRequest)
            .where(col(LeaveRequest.certificate_pending).is_(True))
            .where(LeaveRequest.status == "approved", LeaveRequest.last_day < day)
        ).all()
    )
