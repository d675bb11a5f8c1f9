"""The complaint and event clocks (CP-01, CP-02, CP-03, D-07): time left and the band it is in.

The lengths, warnings and overrun bands are the centre's settings, one ``ClockRules`` value; a
band says its kind, so nobody tells an overrun from its display name."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

Pairs = tuple[tuple[int | None, int], ...]  # overrun bands: (up_to_minutes or None, points)


class BandKind(StrEnum):
    ON_TIME = "on time"
    WARNING = "warning"
    FINAL_WARNING = "final warning"
    OVERRUN = "overrun"


@dataclass(frozen=True)
class Band:
    name: str
    points: int
    kind: BandKind = BandKind.ON_TIME

    @property
    def overrun(self) -> bool:
        return self.kind is BandKind.OVERRUN

    @property
    def warning(self) -> bool:
        return self.kind in (BandKind.WARNING, BandKind.FINAL_WARNING)


def overrun_minutes(deadline: datetime, now: datetime) -> int:
    """Whole minutes past the deadline, partial minutes rounded up (D-07)."""
    seconds = (now - deadline).total_seconds()
    return max(0, math.ceil(seconds / 60))


def clock_band(
    started: datetime,
    now: datetime,
    limit_minutes: int,
    warn_at_minutes: tuple[int, ...],
    overrun_bands: Pairs,
) -> Band:
    """The band of a running clock; ``overrun_bands`` holds (up_to_minutes or None, points)."""
    deadline = started + timedelta(minutes=limit_minutes)
    over = overrun_minutes(deadline, now)
    if over > 0:
        lower = 1
        for up_to, points in overrun_bands:
            if up_to is None or over <= up_to:
                label = f"overrun >{lower - 1}" if up_to is None else f"overrun {lower}–{up_to}"
                return Band(label, points, BandKind.OVERRUN)
            lower = up_to + 1
    elapsed = now - started
    warnings = sorted(warn_at_minutes)
    for i, mark in reversed(list(enumerate(warnings))):
        if elapsed >= timedelta(minutes=mark):
            final = i == len(warnings) - 1 and i > 0
            kind = BandKind.FINAL_WARNING if final else BandKind.WARNING
            return Band(kind.value, 0, kind)
    return Band(BandKind.ON_TIME.value, 0)


def format_left(deadline: datetime, now: datetime) -> str:
    """``mm:ss`` left (whole seconds, counting down), or ``+mm:ss`` past the deadline; past 99
    minutes in hours and minutes (``+152h44m``), so it is never cut."""
    delta = (deadline - now).total_seconds()
    sign = "" if delta >= 0 else "+"
    seconds = math.ceil(delta) if delta >= 0 else math.floor(-delta)
    minutes = seconds // 60
    if minutes > 99:
        return f"{sign}{minutes // 60}h{minutes % 60:02d}m"
    return f"{sign}{minutes:02d}:{seconds % 60:02d}"


def left_words(deadline: datetime, now: datetime) -> str:
    """``mm:ss left`` or ``overrun by mm:ss``, for lines people read on paper."""
    left = format_left(deadline, now)
    return f"overrun by {left[1:]}" if left.startswith("+") else f"{left} left"


@dataclass(frozen=True)
class ClockLine:
    """A complaint dispatch clock (CP-01) or an event report clock (CP-02) as screens show it."""

    ref: str
    kind: str  # dispatch | report
    summary: str
    customer: str
    first_agent: str
    started: datetime
    deadline: datetime
    stopped: datetime | None = None
    result: str = ""
    points: int = 0

    def limit_minutes(self) -> int:
        return round((self.deadline - self.started).total_seconds() / 60)


@dataclass(frozen=True)
class ClockRules:
    """The clocks as the centre sets them: dispatch (CP-01) and report (CP-02) lengths, the
    warning marks and the overrun bands with their points (CP-03)."""

    dispatch_minutes: int
    report_minutes: int
    warn_at: tuple[int, ...]
    bands: Pairs

    def lengths(self) -> str:
        """The clock lengths as a title says them: ``60``, or ``30/60`` when they differ."""
        return "/".join(map(str, sorted({self.dispatch_minutes, self.report_minutes})))

    def band(self, line: ClockLine, now: datetime) -> Band:
        """The band of ``line`` at ``now`` (its stop, once stopped)."""
        return clock_band(
            line.started, line.stopped or now, line.limit_minutes(), self.warn_at, self.bands
        )

    def stopped_band(self, started: datetime, deadline: datetime, at: datetime) -> Band:
        """The band a clock stopped at ``at`` ends in."""
        limit = round((deadline - started).total_seconds() / 60)
        return clock_band(started, at, limit, self.warn_at, self.bands)

    def forecast(self, current: list[Band]) -> int:
        """Points if every running clock ran out now: its current band once overrun, else the
        first overrun band (D-07 penalty forecast)."""
        first = self.bands[0][1]
        return sum(max(band.points, first) for band in current)
