"""Settlement keys and the queries that find what became due.

A key is claimed with one ``INSERT … ON CONFLICT DO NOTHING``: of two settlers racing for the
same key, the second waits for the first one's commit and then finds the key taken."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from cs_console.store.models import (
    Clock,
    PersonState,
    PointsEntry,
    RosterEntry,
    Settlement,
    Staff,
    Ticket,
)

SETTLEMENT = Settlement.__table__  # type: ignore[attr-defined]
KEY = ("rule", "staff_no", "subject")


def claim(session: Session, rule: str, staff_no: str, subject: str, due_at: datetime,
          settled_at: datetime) -> int | None:  # fmt: skip
    """The new key's id, or None when it was settled already (by anyone)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(SETTLEMENT)
        .values(
            rule=rule, staff_no=staff_no, subject=subject, due_at=due_at, settled_at=settled_at
        )  # fmt: skip
        .on_conflict_do_nothing(index_elements=list(KEY))
        .returning(SETTLEMENT.c.id)
    )
    return session.execute(stmt).scalar_one_or_none()


def link_points(session: Session, key_id: int, points_id: int) -> None:
    session.execute(update(SETTLEMENT).where(SETTLEMENT.c.id == key_id).values(points_id=points_id))


def settled(session: Session, rules: Iterable[str], subjects: Iterable[str]) -> set[str]:
    """Which of ``subjects`` hold a key of one of ``rules``."""
    wanted = list(subjects)
    if not wanted:
        return set()
    query = (
        select(Settlement.subject)
        .where(col(Settlement.rule).in_(list(rules)))
        .where(col(Settlement.subject).in_(wanted))
    )
    return set(session.exec(query).all())


def rostered_shifts(session: Session, first: date, last: date) -> set[tuple[date, str]]:
    query = (
        select(RosterEntry.shift_date, RosterEntry.shift_code)
        .where(RosterEntry.shift_date >= first, RosterEntry.shift_date <= last)
        .distinct()
    )
    return set(session.exec(query).all())


def away_clocks(session: Session, first: date) -> list[tuple[PersonState, str]]:
    """Unreported away states of the shifts from ``first`` on, with the staff number."""
    query = (
        select(PersonState, Staff.staff_no)
        .join(Staff, col(Staff.id) == PersonState.staff_id)
        .where(PersonState.state == "away", col(PersonState.approved).is_(False))
        .where(PersonState.shift_date >= first)
    )
    return list(session.exec(query).all())


def overdue_clocks(session: Session, since: datetime, before: datetime
                   ) -> list[tuple[Clock, str | None]]:  # fmt: skip
    """Running clocks whose deadline fell in [since, before), with the first-contact agent."""
    query = (
        select(Clock, Staff.staff_no)
        .outerjoin(Ticket, col(Ticket.id) == Clock.ticket_id)
        .outerjoin(Staff, col(Staff.id) == Ticket.first_agent_id)
        .where(col(Clock.stopped_at).is_(None))
        .where(Clock.deadline_at >= since, Clock.deadline_at < before)
    )
    return list(session.exec(query).all())


def open_points(session: Session, staff_id: int, rule: str, day: date, code: str) -> int | None:
    """A proposal of ``rule`` for the person on that shift that is not voided (one made by
    hand counts: settlement does not propose it twice)."""
    query = (
        select(PointsEntry.id)
        .where(PointsEntry.staff_id == staff_id, PointsEntry.rule == rule)
        .where(PointsEntry.shift_date == day, PointsEntry.shift_code == code)
        .where(PointsEntry.status != "voided")
        .order_by(PointsEntry.id)
    )
    return session.exec(query).first()
