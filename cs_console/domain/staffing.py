"""Staffing what-ifs (Erlang C): how many agents an interval needs and what letting one go costs.

"Present" means signed in to the phone system and not paused (see ``seat_events.PRESENT``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo

from cs_console.domain import erlang
from cs_console.i18n import N_

WHAT_IF_LINE = N_(
    "{start}–{end}: needs {needed}, present {present} after this → "
    "service level {level:.2f} (target {target:.2f})"
)


@dataclass(frozen=True)
class WhatIf:
    start: datetime
    end: datetime
    needed: int
    present_after: int
    service_level: float
    target: float

    @property
    def short(self) -> bool:
        return self.service_level < self.target


def what_if(
    start: datetime,
    end: datetime,
    offered: float,
    aht_seconds: float,
    present_now: int,
    leaving: int,
    target_seconds: float,
    target_level: float,
) -> WhatIf:
    """The interval's need for ``offered`` calls of ``aht_seconds`` and the service level with
    ``leaving`` fewer of the ``present_now`` agents (offered and AHT: observed or forecast)."""
    load = erlang.traffic(offered, (end - start).total_seconds(), aht_seconds)
    after = max(0, present_now - leaving)
    needed = erlang.required_agents(load, aht_seconds, target_seconds, target_level)
    level = erlang.service_level(after, load, aht_seconds, target_seconds)
    return WhatIf(start, end, needed, after, level, target_level)


def truncated(level: float) -> float:
    """Two decimals cut, not rounded: 0.7956 shows as 0.79, never as a met target of 0.80."""
    return math.floor(level * 100 + 1e-9) / 100


def format_what_if(line: WhatIf, tz: tzinfo, say: Callable[[str], str] = str) -> str:
    """The what-if in words; ``say`` translates them for a person."""
    return say(WHAT_IF_LINE).format(
        start=line.start.astimezone(tz).strftime("%H:%M"),
        end=line.end.astimezone(tz).strftime("%H:%M"),
        needed=line.needed,
        present=line.present_after,
        level=truncated(line.service_level),
        target=line.target,
    )
