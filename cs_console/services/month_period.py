"""A month as the month-end services name it: ``YYYY-MM`` in the centre's time zone."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from sqlmodel import Session

from cs_console.domain.errors import UserError
from cs_console.services.context import Context
from cs_console.store import month_repo

MONTH = re.compile(r"(\d{4})-(\d{2})")
BAD_MONTH = "A month is written YYYY-MM, e.g. 2026-11; '{text}' is not one."
CLOSED = "{month} is closed; its records are frozen."


def parse_month(text: str) -> str:
    match = MONTH.fullmatch(text)
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise UserError(BAD_MONTH.format(text=text))
    return text


def month_of(ctx: Context, at: datetime | None = None) -> str:
    return f"{(at or ctx.now()).astimezone(ctx.settings.tz):%Y-%m}"


def first_day(month: str) -> date:
    year, number = (int(part) for part in month.split("-"))
    return date(year, number, 1)


def next_month(month: str) -> str:
    year, number = (int(part) for part in month.split("-"))
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def previous(month: str, count: int) -> list[str]:
    """The ``count`` months before ``month``, latest first."""
    year, number = (int(part) for part in month.split("-"))
    found = []
    for _ in range(count):
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
        found.append(f"{year:04d}-{number:02d}")
    return found


def bounds(ctx: Context, month: str) -> tuple[datetime, datetime]:
    """The month's first instant and the next month's, in the centre's time zone."""
    tz = ctx.settings.tz
    start = datetime.combine(first_day(month), time(0, 0), tz)
    return start, datetime.combine(first_day(next_month(month)), time(0, 0), tz)


def ensure_open(session: Session, month: str) -> None:
    """A closed month is frozen: nothing more is recorded in it."""
    if month_repo.month_close(session, month) is not None:
        raise UserError(CLOSED.format(month=month))
