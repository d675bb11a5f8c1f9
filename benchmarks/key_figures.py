"""The arithmetic of the keypress figures: percentiles per key and the ratios to the baseline
keypress median that the targets are set on (median ≤ 2×, p90 ≤ 5×, p99 ≤ 10×)."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

MEDIAN_LIMIT, P90_LIMIT, P99_LIMIT = 2.0, 5.0, 10.0


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with at least ``share`` of the values
    at or below it (p99 of fewer than 100 values is their maximum)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class KeyFigure:
    key: str
    samples: int
    median: float
    p90: float
    p99: float
    baseline: float  # the baseline's keypress median, ms

    @property
    def ratios(self) -> tuple[float, float, float]:
        return (self.median / self.baseline, self.p90 / self.baseline, self.p99 / self.baseline)

    @property
    def met(self) -> bool:
        median, p90, p99 = self.ratios
        return median <= MEDIAN_LIMIT and p90 <= P90_LIMIT and p99 <= P99_LIMIT

    def as_dict(self) -> dict:
        return {"key": self.key, "samples": self.samples, "median": self.median,
                "p90": self.p90, "p99": self.p99, "ratios": self.ratios,
                "met": self.met}  # fmt: skip


def key_figures(samples: dict[str, list[float]], baseline: float) -> list[KeyFigure]:
    """One figure per key, in the order the keys were sent."""
    return [
        KeyFigure(
            key, len(v), statistics.median(v), percentile(v, 0.9), percentile(v, 0.99), baseline
        )  # fmt: skip
        for key, v in samples.items()
        if v
    ]


def all_samples(samples: dict[str, list[float]]) -> list[float]:
    return [value for values in samples.values() for value in values]
