"""The complaint and event clocks (CP-01, CP-02, CP-03, D-07): time left and the band it is in.

The lengths, warnings and overrun bands are the centre's settings, one ``ClockRules`` value; a
band says its kind, so nobody tells an overrun from its display name."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from cs_console.i18n import N_, _, pgettext

Pairs = tuple[tuple[int | None, int], ...]  # overrun bands: (up_to_minutes or None, points)


class BandKind(StrEnum):
    ON_TIME = "on time"
    WARNING = "warning"
    FINAL_WARNING = "final warning"
    OVERRUN = "overrun"


@dataclass(frozen=True)
class Band:
    name: str  # English, stored with a stopped clock and keyed on by the screens
    points: int
    kind: BandKind = BandKind.ON_TIME
    phrase: str = ""  # the name's words (N_) with {lower} and {upper}, for a person to read
    lower: int = 0
    upper: int = 0

    @property
    def overrun(self) -> bool:
        return self.kind is BandKind.OVERRUN

    @property
    def warning(self) -> bool:
        return self.kind in (BandKind.WARNING, BandKind.FINAL_WARNING)

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
    overrun_bands: Pairs,
) -> Band:
    """The band of a running clock; ``overrun_bands`` holds (up_to_minutes or None, points)."""
    deadline = started + timedelta(minutes=limit_minutes)
    over = overrun_minutes(deadline, now)
    if over > 0:
        lower = 1
        for up_to, points in overrun_bands:
            if up_to is None or over <= up_to:
                over_kind = BandKind.OVERRUN
                if up_to is None:
                    phrase = N_("overrun >{lower}")
                    return Band(f"overrun >{lower - 1}", points, over_kind, phrase, lower - 1)
                phrase = N_("overrun {lower}–{upper}")
                return Band(f"overrun {lower}–{up_to}", points, over_kind, phrase, lower, up_to)
            lower = up_to + 1
    elapsed = now - started
    warnings = sorted(warn_at_minutes)
    for i, mark in reversed(list(enumerate(warnings))):
        if elapsed >= timedelta(minutes=mark):
            final = i == len(warnings) - 1 and i > 0
            if final:
                return Band("final warning", 0, BandKind.FINAL_WARNING, N_("final warning"))
            return Band("warning", 0, BandKind.WARNING, N_("warning"))
    return Band("on time", 0, BandKind.ON_TIME, N_("on time"))


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

    def band_until(self, line: ClockLine, now: datetime) -> tuple[Band, datetime | None]:
        """The band of ``line`` at ``now``, and the instant before which it stays that band
        (None: it stays for good): a screen following the clock works a band out again only
        then. The band changes at a warning mark, and just after the deadline and each overrun
        band's last minute (whole minutes past the deadline, rounded up)."""
        band = self.band(line, now)
        if line.stopped is not None:
            return band, None
        deadline = line.started + timedelta(minutes=line.limit_minutes())
        marks = [line.started + timedelta(minutes=m) for m in self.warn_at]
        overrun = [0, *(up_to for up_to, _points in self.bands if up_to is not None)]
        ends = [deadline + timedelta(minutes=m, microseconds=1) for m in overrun]
        later = [t for t in (*marks, *ends) if t > now]
        return band, min(later, default=None)

    def stopped_band(self, started: datetime, deadline: datetime, at: datetime) -> Band:
        """The band a clock stopped at ``at`` ends in."""
        limit = round((deadline - started).total_seconds() / 60)
        return clock_band(started, at, limit, self.warn_at, self.bands)

    def forecast(self, current: list[Band]) -> int:
        """Points if every running clock ran out now: its current band once overrun, else the
        first overrun band (D-07 penalty forecast)."""
        first = self.bands[0][1]
        return sum(max(band.points, first) for band in current)
