"""The only place that reads the wall clock.

Every other module receives a clock object and asks it for ``now()``; instants are
timezone-aware UTC datetimes. ``now()`` is the domain's time, which ``--now`` moves for
training; ``real_now()`` is the time security runs on (PIN lockouts, audit times, what
settlement may propose), which nothing but a test moves (ARCHITECTURE convention 17).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class Clock(Protocol):
    def now(self) -> datetime: ...

    def real_now(self) -> datetime: ...

    @property
    def training(self) -> bool:
        """Whether ``now()`` differs from the real time on purpose (``--now``)."""
        ...


def wall_now() -> datetime:
    return datetime.now(UTC)


class SystemClock:
    """The real time."""

    training = False

    def now(self) -> datetime:
        return wall_now()

    def real_now(self) -> datetime:
        return wall_now()


class FixedClock:
    """A clock that stands still until a test moves it.

    Its real time moves with it, unless a test sets the real time apart (``set_real``) to play
    a training clock that runs ahead of or behind the real one."""

    training = False

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._at = at.astimezone(UTC)
        self._real_offset = timedelta(0)

    def now(self) -> datetime:
        return self._at

    def real_now(self) -> datetime:
        return self._at + self._real_offset

    def advance(self, **delta: float) -> datetime:
        self._at += timedelta(**delta)
        return self._at

    def set(self, at: datetime) -> None:
        self._at = at.astimezone(UTC)

    def set_real(self, at: datetime) -> None:
        """The real time from now on (the domain time stays where it is)."""
        self._real_offset = at.astimezone(UTC) - self._at


class OffsetClock:
    """Starts at a chosen instant and keeps ticking at the real pace (``--now``); its real
    time is the wall clock's."""

    training = True

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("OffsetClock needs an aware datetime")
        self._start = start.astimezone(UTC)
        self._origin = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._origin)

    def real_now(self) -> datetime:
        return wall_now()


def machine_timezone() -> tzinfo:
    """The machine's local time zone, by IANA name when it can be found."""
    try:
        with open("/etc/timezone", encoding="utf-8") as fh:
            return ZoneInfo(fh.read().strip())
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC
