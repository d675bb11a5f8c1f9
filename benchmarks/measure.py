"""Repeated measurements, their summary and the ratio to a baseline of the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Series:
    name: str
    values: list[float] = field(default_factory=list)
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def summary(self) -> dict:
        return {
            "name": self.name,
            "unit": self.unit,
            "min": min(self.values),
            "median": self.median,
            "max": max(self.values),
            "runs": len(self.values),
        }


@dataclass
class Row:
    """One target: the measured series, the baseline series and the limit on their ratio
    (or an absolute limit when there is no baseline)."""

    target: str
    what: str
    measured: Series
    baseline: Series | None
    limit: float
    extra_limit: tuple[str, float, float] | None = None  # (label, value, limit)
    note: str | None = None  # what bounds the figure

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline.median == 0:
            return None
        return self.measured.median / self.baseline.median

    @property
    def met(self) -> bool:
        value = self.ratio if self.baseline is not None else self.measured.median
        met = value is not None and value <= self.limit
        if self.extra_limit is not None:
            met = met and self.extra_limit[1] <= self.extra_limit[2]
        return met

    def as_dict(self) -> dict:
        return {
            "target": self.target,
            "what": self.what,
            "measured": self.measured.summary(),
            "baseline": self.baseline.summary() if self.baseline else None,
            "ratio": self.ratio,
            "limit": self.limit,
            "extra": self.extra_limit,
            "met": self.met,
            "note": self.note,
        }


def timed(name: str, runs: int, action: Callable[[], object]) -> Series:
    series = Series(name)
    for _ in range(runs):
        start = time.perf_counter()
        action()
        series.values.append(1000 * (time.perf_counter() - start))
    return series
