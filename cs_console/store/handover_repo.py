"""Reads for the handover log: whether a log is signed (the shift due asks, with plain table
statements), the open items a signature carries forward, and whether they are resolved."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import Session, col

from cs_console.domain.search_text import masked
from cs_console.domain.tickets import TicketRef
from cs_console.store.models import (
    Clock,
    EscalationEvent,
    HandoverEntry,
    HandoverLog,
    Seat,
    SeatFault,
    Ticket,
)

LOG = HandoverLog.__table__  # type: ignore[attr-defined]


def outgoing_signed(session: Session, day: date, code: str) -> bool:
    """Whether the log of the shift (day, code) carries its outgoing signature."""
    query = select(LOG.c.out_signed_at).where(LOG.c.shift_date == day, LOG.c.shift_code == code)
    return session.execute(query).scalar() is not None


def open_faults(session: Session) -> list[tuple[int, str, str, str, datetime]]:
    """(fault id, seat, kind, note, opened) of every seat fault not fixed."""
    query = (
        select(SeatFault.id, Seat.code, SeatFault.kind, SeatFault.note, SeatFault.opened_at)
        .join(Seat, col(Seat.id) == SeatFault.seat_id)
        .where(col(SeatFault.fixed_at).is_(None))
        .order_by(Seat.code, SeatFault.id)
    )
    return [tuple(r) for r in session.execute(query).all()]  # type: ignore[misc]


def running_clocks(session: Session) -> list[tuple[int, str, str, datetime, str, bool]]:
    """(clock id, T-n or E-n, kind, deadline, summary, outage) of every running clock; a
    phone number in a summary masked (D-12: the handover log is printed)."""
    query = (
        select(Clock.id, Clock.ticket_id, Clock.event_id, Clock.kind, Clock.deadline_at,
               Ticket.summary, EscalationEvent.summary, EscalationEvent.outage)
        .outerjoin(Ticket, col(Ticket.id) == Clock.ticket_id)
        .outerjoin(EscalationEvent, col(EscalationEvent.id) == Clock.event_id)
        .where(col(Clock.stopped_at).is_(None))
        .order_by(Clock.deadline_at, Clock.id)
    )  # fmt: skip
    out = []
    for clock_id, ticket, event, kind, deadline, t_summary, e_summary, outage in session.execute(
        query
    ):
        if ticket is not None:
            out.append((clock_id, str(TicketRef(ticket)), kind, deadline, masked(t_summary), False))
        else:
            out.append((clock_id, f"E-{event}", kind, deadline, masked(e_summary), bool(outage)))
    return out


def carried_keys(session: Session, keys: list[str]) -> set[str]:
    """The item keys among ``keys`` that some log already carries."""
    if not keys:
        return set()
    query = select(HandoverEntry.item_key).where(col(HandoverEntry.item_key).in_(keys))
    return set(session.execute(query).scalars())


def resolved_keys(session: Session, keys: list[str]) -> set[str]:
    """The fault and clock keys among ``keys`` whose fault is fixed or clock stopped."""
    ids = {"fault": [], "clock": []}
    for key in keys:
        kind, _, number = key.partition(":")
        if kind in ids and number.isdigit():
            ids[kind].append(int(number))
    done = set()
    if ids["fault"]:
        query = select(SeatFault.id).where(
            col(SeatFault.id).in_(ids["fault"]), col(SeatFault.fixed_at).is_not(None)
        )
        done |= {f"fault:{i}" for i in session.execute(query).scalars()}
    if ids["clock"]:
        query = select(Clock.id).where(
            col(Clock.id).in_(ids["clock"]), col(Clock.stopped_at).is_not(None)
        )
        done |= {f"clock:{i}" for i in session.execute(query).scalars()}
    return done
