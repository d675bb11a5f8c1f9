"""Queries behind the 60-minute clocks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from cs_console.domain.escalation import ClockLine
from cs_console.domain.masking import mask_customer
from cs_console.domain.search_text import masked
from cs_console.domain.tickets import TicketRef
from cs_console.store.models import Clock, EscalationEvent, Staff, Ticket


def _query():  # noqa: ANN202 - select of (Clock, Ticket | None, Event | None, agent staff_no)
    agent = aliased(Staff)
    return (
        select(Clock, Ticket, EscalationEvent, agent.staff_no)
        .outerjoin(Ticket, col(Ticket.id) == Clock.ticket_id)
        .outerjoin(EscalationEvent, col(EscalationEvent.id) == Clock.event_id)
        .outerjoin(agent, agent.id == Ticket.first_agent_id)
    )


def _line(
    clock: Clock, ticket: Ticket | None, event: EscalationEvent | None, agent: str | None
) -> ClockLine:
    if ticket is not None:
        ref, summary = str(TicketRef(ticket.id)), masked(ticket.summary)  # D-12: a phone in it
        customer = mask_customer(ticket.customer_name, ticket.customer_phone)
    else:
        assert event is not None
        ref, summary, customer = f"E-{event.id}", masked(event.summary), ""
    return ClockLine(
        ref,
        clock.kind,
        summary,
        customer,
        agent or "",
        clock.started_at,
        clock.deadline_at,
        clock.stopped_at,
        clock.result,
        clock.points,
    )


def running(session: Session) -> list[ClockLine]:
    query = _query().where(col(Clock.stopped_at).is_(None)).order_by(Clock.deadline_at, Clock.id)
    return [_line(*row) for row in session.exec(query).all()]


def stopped_between(session: Session, start: datetime, end: datetime) -> list[ClockLine]:
    query = (
        _query()
        .where(col(Clock.stopped_at) >= start, col(Clock.stopped_at) < end)
        .order_by(col(Clock.stopped_at).desc())
    )
    return [_line(*row) for row in session.exec(query).all()]


def points_breached_in(session: Session, shift_key: str) -> int:
    query = select(Clock.points).where(Clock.breach_shift == shift_key)
    return sum(session.exec(query).all())


def running_clock(
    session: Session, kind: str, ticket_id: int | None = None, event_id: int | None = None
) -> Clock | None:
    query = select(Clock).where(Clock.kind == kind, col(Clock.stopped_at).is_(None))
    if ticket_id is not None:
        query = query.where(Clock.ticket_id == ticket_id)
    else:
        query = query.where(Clock.event_id == event_id)
    return session.exec(query).first()


def outages_since(session: Session, since: datetime) -> list[tuple[EscalationEvent, Clock]]:
    """Outages opened since ``since`` with their report clock (for the handover)."""
    query = (
        select(EscalationEvent, Clock)
        .join(Clock, col(Clock.event_id) == EscalationEvent.id)
        .where(col(EscalationEvent.outage).is_(True), EscalationEvent.opened_at >= since)
        .order_by(EscalationEvent.opened_at)
    )
    return list(session.exec(query).all())
