"""What the ticket queue is asked for: a view, a text, a sort (TK-10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

VIEWS = ("pending", "mine", "overdue", "back office", "visits due", "kb due", "closed today", "all")
SORTS = ("due", "priority", "age", "newest")


@dataclass(frozen=True)
class QueueQuery:
    view: str = "pending"
    text: str = ""
    sort: str = "due"
    me: str | None = None
    teams: tuple[str, ...] = ()
    day_start: datetime | None = None


def is_overdue(due: datetime | None, now: datetime) -> bool:
    """Due means due up to and including that second (TK-10, RV-01)."""
    return due is not None and now > due
