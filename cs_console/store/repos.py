"""Queries that turn rows into the plain records of cs_console.domain.records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from cs_console.domain.masking import mask_name, mask_phone
from cs_console.domain.records import RosterLine, SeatInfo, StaffMember, TicketLine
from cs_console.domain.search_text import masked
from cs_console.domain.tickets import OPEN_STATES, TicketRef
from cs_console.store.models import RosterEntry, Seat, Staff, Ticket


def member(row: Staff) -> StaffMember:
    return StaffMember(row.staff_no, row.name, row.role, row.grade, row.team, bool(row.pin_hash))


def staff_row(session: Session, staff_no: str) -> Staff | None:
    return session.exec(select(Staff).where(Staff.staff_no == staff_no)).first()


def roster(session: Session, day: date, shift_code: str) -> list[RosterLine]:
    query = (
        select(RosterEntry, Staff, Seat.code)
        .join(Staff, col(Staff.id) == RosterEntry.staff_id)
        .outerjoin(Seat, col(Seat.id) == RosterEntry.seat_id)
        .where(RosterEntry.shift_date == day, RosterEntry.shift_code == shift_code)
        .order_by(Staff.staff_no)
    )
    return [
        RosterLine(entry.shift_date, entry.shift_code, member(person), seat or "")
        for entry, person, seat in session.exec(query).all()
    ]


def rostered_shifts(session: Session, staff_id: int, since: date) -> list[tuple[date, str, str]]:
    query = (
        select(RosterEntry.shift_date, RosterEntry.shift_code, Seat.code)
        .outerjoin(Seat, col(Seat.id) == RosterEntry.seat_id)
        .where(RosterEntry.staff_id == staff_id, RosterEntry.shift_date >= since)
        .order_by(RosterEntry.shift_date, RosterEntry.shift_code)
    )
    return [(d, c, s or "") for d, c, s in session.exec(query).all()]


def seats_with_occupants(session: Session, day: date, shift_code: str) -> list[SeatInfo]:
    on_shift = (
        select(RosterEntry.seat_id, RosterEntry.staff_id)
        .where(RosterEntry.shift_date == day, RosterEntry.shift_code == shift_code)
        .subquery()
    )
    query = (
        select(Seat, Staff)
        .outerjoin(on_shift, on_shift.c.seat_id == Seat.id)
        .outerjoin(Staff, col(Staff.id) == on_shift.c.staff_id)
        .order_by(Seat.zone, Seat.row, Seat.col)
    )
    return [
        SeatInfo(s.code, s.row, s.col, s.zone, s.extension, member(p) if p else None)
        for s, p in session.exec(query).all()
    ]


def seat_row(session: Session, code: str) -> Seat | None:
    return session.exec(select(Seat).where(func.upper(Seat.code) == code.upper())).first()


def _ticket_query():  # noqa: ANN202 - a SQLAlchemy select of (Ticket, agent staff_no)
    agent = aliased(Staff)
    return select(Ticket, agent.staff_no).outerjoin(agent, agent.id == Ticket.first_agent_id)


LINE_COLUMNS = (
    Ticket.id, Ticket.category, Ticket.summary, Ticket.customer_name, Ticket.customer_phone,
    Ticket.target, Ticket.state, Ticket.priority, Ticket.accepted_at, Ticket.dispatched_at,
    Ticket.due_at, Ticket.visit_due_at, Ticket.visit_state, Ticket.kb_state, Ticket.version,
    Ticket.invalid_at, Ticket.invalid_by, Ticket.invalid_reason,
)  # fmt: skip
"""What ``ticket_line`` reads of a ticket: a list selects these columns, not whole tickets
(no ORM object is built for each row)."""


def line_query():  # noqa: ANN201 - a SQLAlchemy select of LINE_COLUMNS and the agent's staff_no
    agent = aliased(Staff)
    return select(*LINE_COLUMNS, agent.staff_no).outerjoin(agent, agent.id == Ticket.first_agent_id)


def ticket_line(ticket: Ticket, agent_no: str | None) -> TicketLine:
    """``ticket``: a Ticket, or a row of ``line_query`` (the same names)."""
    return TicketLine(
        ref=str(TicketRef(ticket.id)),
        category=ticket.category,
        summary=masked(ticket.summary),  # D-12: a phone number typed into it
        customer=mask_name(ticket.customer_name),
        phone=mask_phone(ticket.customer_phone),
        first_agent=agent_no or "",
        target=ticket.target,
        state=ticket.state,
        priority=ticket.priority,
        accepted_at=ticket.accepted_at,
        dispatched_at=ticket.dispatched_at,
        due_at=ticket.due_at,
        visit_due_at=ticket.visit_due_at,
        visit_state=ticket.visit_state,
        kb_state=ticket.kb_state,
        version=ticket.version,
        invalid_at=ticket.invalid_at,
        invalid_by=ticket.invalid_by,
        invalid_reason=ticket.invalid_reason,
    )


def ticket(session: Session, ticket_id: int) -> TicketLine | None:
    found = session.exec(_ticket_query().where(Ticket.id == ticket_id)).first()
    return ticket_line(*found) if found else None


def open_tickets(session: Session, limit: int, offset: int = 0) -> list[TicketLine]:
    query = (
        _ticket_query()
        .where(col(Ticket.state).in_(OPEN_STATES))
        .order_by(col(Ticket.due_at).asc(), Ticket.priority, Ticket.id)
        .limit(limit)
        .offset(offset)
    )
    return [ticket_line(t, a) for t, a in session.exec(query).all()]


def visits_due(session: Session, limit: int) -> list[TicketLine]:
    """Resolved tickets whose return visit (RV-01) is still due, soonest first."""
    query = (
        _ticket_query()
        .where(Ticket.visit_state == "due")
        .order_by(col(Ticket.visit_due_at).asc(), Ticket.id)
        .limit(limit)
    )
    return [ticket_line(t, a) for t, a in session.exec(query).all()]


def count_open_tickets(session: Session) -> int:
    query = select(func.count()).select_from(Ticket).where(col(Ticket.state).in_(OPEN_STATES))
    return session.exec(query).one()
