"""The 60-minute complaint clock (CP-01, CP-03, D-07): time left and the band it is in."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cs_console.i18n import N_, _, pgettext


@dataclass(frozen=True)
class Band:
    name: str  # English, stored with a stopped clock and keyed on by the screens
    points: int
    phrase: str = ""  # the name's words (N_) with {lower} and {upper}, for a person to read
    lower: int = 0
    upper: int = 0

    def said(self) -> str:
        """The band as the language says it: 'warning', 'overrun 11–30' (CP-03)."""
        return _(self.phrase or self.name).format(lower=self.lower, upper=self.upper)


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
                if up_to is None:
                    return Band(f"overrun >{lower - 1}", points, N_("overrun >{lower}"), lower - 1)
                return Band(f"overrun {lower}–{up_to}", points, N_("overrun {lower}–{upper}"),
                            lower, up_to)  # fmt: skip
            lower = up_to + 1
    elapsed = now - started
    warnings = sorted(warn_at_minutes)
    for i, mark in reversed(list(enumerate(warnings))):
        if elapsed >= timedelta(minutes=mark):
            final = i == len(warnings) - 1 and i > 0
            return (
                Band("final warning", 0, N_("final warning"))
                if final
                else Band("warning", 0, N_("warning"))
            )
    return Band("on time", 0, N_("on time"))


def kind_word(kind: str) -> str:
    """A clock's kind in the language: the dispatch clock (CP-01) or the report clock (CP-02)."""
    words = {"dispatch": pgettext("clock", "dispatch"), "report": pgettext("clock", "report")}
    return words.get(kind, kind)


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


def left_words(deadline: datetime, now: datetime, say: Callable[[str], str] = str) -> str:
    """``mm:ss left`` or ``overrun by mm:ss``, for lines people read on paper; ``say``
    translates the words."""
    left = format_left(deadline, now)
    if left.startswith("+"):
        return say(N_("overrun by {time}")).format(time=left[1:])
    return say(N_("{time} left")).format(time=left)


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


def band_now(
    line: ClockLine,
    now: datetime,
    warn_at: tuple[int, ...],
    bands: tuple[tuple[int | None, int], ...],
) -> Band:
    return clock_band(line.started, line.stopped or now, line.limit_minutes(), warn_at, bands)


def forecast_points(
    running: list[ClockLine],
    now: datetime,
    warn_at: tuple[int, ...],
    bands: tuple[tuple[int | None, int], ...],
) -> int:
    """Points if every running clock ran out now: its current band once overrun, else the
    first overrun band (D-07 penalty forecast)."""
    return forecast_of([band_now(c, now, warn_at, bands) for c in running], bands)


def forecast_of(current: list[Band], bands: tuple[tuple[int | None, int], ...]) -> int:
    """``forecast_points`` from the running clocks' current bands."""
    first = bands[0][1]
    return sum(max(band.points, first) for band in current)
