"""Clock alerts (D-07): said once per transition into warning or overrun, wherever the leader is,
for every transition since the console opened."""

from __future__ import annotations

from datetime import datetime

from cs_console.domain.escalation import ClockLine, ClockRules


class ClockAlerts:
    def __init__(self, rules: ClockRules, opened: datetime):
        self._rules = rules
        self._opened = opened
        self._clocks: list[ClockLine] = []
        self._seen: dict[str, str] = {}
        # when each clock's band was worked out, and until when it stays (#23, P5)
        self._held: dict[str, tuple[datetime, datetime | None]] = {}
        self._read = False  # whether the clocks were read once

    def load(self, clocks: list[ClockLine], now: datetime) -> None:
        """New data. A clock of the first read counts as seen in the band it had when the
        console opened (or when it started, if later): a band it entered before a late first
        read is said, one it was in when the console opened is not. A clock first seen in a
        later read is new (a complaint entered since, backdated perhaps): seen as it started."""
        first = not self._read
        self._clocks, self._held, self._read = clocks, {}, True
        for c in clocks:
            since = min(max(c.started, self._opened), now) if first else c.started
            self._seen.setdefault(self._key(c), self._rules.band(c, since).name)

    @staticmethod
    def _key(clock: ClockLine) -> str:
        return f"{clock.ref}/{clock.kind}"

    def check(self, now: datetime) -> list[tuple[str, str]]:
        """(text, severity) for every clock that entered a new warning or overrun band."""
        out = []
        for c in self._clocks:
            key = self._key(c)
            if key in self._held and holds(self._held[key], now):
                continue
            band, until = self._rules.band_until(c, now)
            self._held[key] = (now, until)
            if self._seen.get(key) == band.name:
                continue
            self._seen[key] = band.name
            if not (band.warning or band.overrun):
                continue
            severity = "error" if band.overrun else "warning"
            cost = f" · {band.points} pts" if band.points else ""
            out.append((f"{c.ref} {c.kind} clock: {band.name}{cost} · {c.summary}", severity))
        return out


def holds(held: tuple[datetime, datetime | None], now: datetime) -> bool:
    """Whether a band worked out at ``held[0]``, staying until ``held[1]``, is still it at
    ``now`` (a clock set back works it out again)."""
    since, until = held
    return since <= now and (until is None or now < until)
