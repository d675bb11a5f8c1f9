"""What the authority model reads and writes: the PIN attempt counter (D-10), who holds a PIN,
everyone's role. An attempt is reserved in one atomic UPDATE before the PIN is checked, so
parallel tries cannot pass the limit and no count is lost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, literal, or_, select, update
from sqlmodel import Session

from cs_console.store.models import Staff

STAFF = Staff.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Attempt:
    """What a reservation found: the hash to check when it was reserved, else why not."""

    known: bool
    has_pin: bool
    pin_hash: str | None = None  # set only when the attempt was reserved
    locked_until: datetime | None = None  # set when refused as locked


def reserve(
    session: Session, staff_no: str, now: datetime, attempts: int, lockout: timedelta
) -> Attempt:
    """Count one attempt unless the person is locked at ``now``. The attempt that reaches
    ``attempts`` locks at once (until ``now + lockout``), before its PIN is checked; a lock
    that has run out starts the count again."""
    at = literal(now, STAFF.c.pin_locked_until.type)
    expired = and_(STAFF.c.pin_locked_until.is_not(None), STAFF.c.pin_locked_until <= at)
    count = case((expired, 1), else_=STAFF.c.pin_failures + 1)
    until = literal(now + lockout, STAFF.c.pin_locked_until.type)
    reserved = session.execute(
        update(STAFF)
        .where(
            STAFF.c.staff_no == staff_no,
            STAFF.c.pin_hash.is_not(None),
            or_(STAFF.c.pin_locked_until.is_(None), STAFF.c.pin_locked_until <= at),
        )
        .values(
            pin_failures=count,
            pin_locked_until=case((count >= attempts, until), else_=None),
        )
        .returning(STAFF.c.pin_hash)
    ).first()
    if reserved is not None:
        return Attempt(True, True, pin_hash=reserved.pin_hash)
    row = session.execute(
        select(STAFF.c.pin_hash, STAFF.c.pin_locked_until).where(STAFF.c.staff_no == staff_no)
    ).first()
    if row is None:
        return Attempt(False, False)
    return Attempt(True, bool(row.pin_hash), locked_until=row.pin_locked_until)


def clear(session: Session, staff_no: str) -> None:
    """The right PIN: the count of wrong ones starts again."""
    session.execute(
        update(STAFF)
        .where(STAFF.c.staff_no == staff_no)
        .values(pin_failures=0, pin_locked_until=None)
    )


def any_pin(session: Session, role: str) -> bool:
    """Whether anyone with ``role`` has a PIN."""
    found = session.execute(
        select(STAFF.c.id).where(STAFF.c.role == role, STAFF.c.pin_hash.is_not(None)).limit(1)
    ).first()
    return found is not None


def roles(session: Session) -> dict[str, str]:
    """Everyone's role by staff number."""
    return {no: role for no, role in session.execute(select(STAFF.c.staff_no, STAFF.c.role))}
