"""The 60-minute complaint clock (CP-01, CP-03, D-07): time left and the band it is in."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Band:
    name: str
    points: int


def overrun_minutes(deadline: datetime, now: datetime) -> int:
    """Whole minutes past the deadline, partial minutes rounded up (D-07)."""
    seconds = (now - deadline).total_seconds()
    return max(0, math.ceil(seconds / 60))


def clock_band(
    started: datetime,
    now: datetime,
    limit_minutes: int,
    warn_at_minutes: tuple[int, ...],
    overrun_bands: tuple[tuple[int | None, int], ...],
) -> Band:
    """The band of a running clock; ``overrun_bands`` holds (up_to_minutes or None, points)."""
    deadline = started + timedelta(minutes=limit_minutes)
    over = overrun_minutes(deadline, now)
    if over > 0:
        lower = 1
        for up_to, points in overrun_bands:
            if up_to is None or over <= up_to:
                label = f"overrun >{lower - 1}" if up_to is None else f"overrun {lower}–{up_to}"
                return Band(label, points)
            lower = up_to + 1
    elapsed = now - started
    warnings = sorted(warn_at_minutes)
    for i, mark in reversed(list(enumerate(warnings))):
        if elapsed >= timedelta(minutes=mark):
            return Band("final warning" if i == len(warnings) - 1 and i > 0 else "warning", 0)
    return Band("on time", 0)


def format_left(deadline: datetime, now: datetime) -> str:
    """``mm:ss`` left, or ``+mm:ss`` past the deadline."""
    seconds = int((deadline - now).total_seconds())
    sign = "" if seconds >= 0 else "+"
    seconds = abs(seconds)
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


@dataclass(frozen=True)
class ClockLine:
    """A running complaint dispatch clock as the screens show it."""

    ref: str
    summary: str
    customer: str
    first_agent: str
    started: datetime
    deadline: datetime
    left: str
    band: Band
