"""What the command bar completes: staff numbers, seat codes and the refs of open tickets."""

from __future__ import annotations

from sqlmodel import Session, col, select

from cs_console.domain.tickets import TicketRef
from cs_console.store.models import Seat, Staff, Ticket

OPEN_TICKETS = 2000  # the most recent open tickets offered; older ones are typed in full


def completion_words(session: Session) -> tuple[list[str], list[str], list[str]]:
    staff = list(session.exec(select(Staff.staff_no).order_by(Staff.staff_no)))
    seats = list(session.exec(select(Seat.code).order_by(Seat.code)))
    ids = session.exec(
        select(Ticket.id)
        .where(col(Ticket.state) != "closed")
        .order_by(col(Ticket.id).desc())
        .limit(OPEN_TICKETS)
    )
    return staff, seats, [str(TicketRef(i)) for i in ids]
