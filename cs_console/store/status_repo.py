"""``status`` in one statement on the tables themselves: counts, and no ORM objects, so that
a badge reader's call per arrival maps no table classes (#8, P8)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlmodel import Session

from cs_console.domain.staff import Role
from cs_console.domain.tickets import OPEN_STATES
from cs_console.store.models import Clock, RosterEntry, Staff, Ticket

ROSTER, STAFF = RosterEntry.__table__, Staff.__table__  # type: ignore[attr-defined]
TICKET, CLOCK = Ticket.__table__, Clock.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StatusCounts:
    rostered: int
    leader: tuple[str, str] | None  # staff number and name of the rostered squad leader
    open_tickets: int
    running_clocks: int
    overrun_clocks: int


def status_counts(session: Session, shift: tuple[date, str] | None, now: datetime) -> StatusCounts:
    """The counts of ``status`` for the shift (day, code), or with no shift at this hour."""
    day, code = shift or (None, None)
    on_shift = (ROSTER.c.shift_date == day) & (ROSTER.c.shift_code == code)
    leader = (
        select(STAFF.c.staff_no, STAFF.c.name)
        .join(ROSTER, ROSTER.c.staff_id == STAFF.c.id)
        .where(on_shift, STAFF.c.role == Role.SQUAD_LEADER.value)
        .order_by(STAFF.c.staff_no)
        .limit(1)
    )
    running = CLOCK.c.stopped_at.is_(None)
    query = select(
        _count(ROSTER, on_shift),
        leader.with_only_columns(STAFF.c.staff_no).scalar_subquery(),
        leader.with_only_columns(STAFF.c.name).scalar_subquery(),
        _count(TICKET, TICKET.c.state.in_(OPEN_STATES)),
        _count(CLOCK, running),
        _count(CLOCK, running & (CLOCK.c.deadline_at < now)),
    )
    rostered, staff_no, name, tickets, clocks, late = session.execute(query).one()
    return StatusCounts(rostered, (staff_no, name) if staff_no else None, tickets, clocks, late)


def _count(table, condition):  # noqa: ANN001, ANN202 - a table and a condition on it
    return select(func.count()).select_from(table).where(condition).scalar_subquery()
