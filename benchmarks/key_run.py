"""The pty keys of one run: the baseline, the console on the big and the small database; P3
and P4 and the per-key table with the targets of each key."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from benchmarks.key_figures import (
    MEDIAN_LIMIT,
    P90_LIMIT,
    P99_LIMIT,
    KeyFigure,
    all_samples,
    key_figures,
)
from benchmarks.measure import Row, Series

Samples = dict[str, list[float]]


@dataclass
class KeyRun:
    table: Samples  # the 10-row DataTable
    big: Samples
    small: Samples
    tickets: int
    small_tickets: int

    @staticmethod
    def median_of(samples: Samples) -> float:
        return statistics.median(all_samples(samples))

    @property
    def baseline(self) -> float:
        return self.median_of(self.table)

    def figures(self, samples: Samples) -> list[KeyFigure]:
        return key_figures(samples, self.baseline)

    def rows(self, note: str | None = None) -> list[Row]:
        """P3: every key on the console at the big size against the 10-row DataTable's keys;
        P4: the same keys at the big against the small size."""
        table = Series("10-row DataTable keypress (pty)", all_samples(self.table))
        big = Series(f"console keypress, {self.tickets} tickets (pty)", all_samples(self.big))
        small = Series(f"console keypress, {self.small_tickets} tickets (pty)",
                       all_samples(self.small))  # fmt: skip
        return [
            Row(
                "P3", "keypress → last byte of its frame (pty)", big, table, MEDIAN_LIMIT, note=note
            ),  # fmt: skip
            Row(
                "P4",
                f"keypress at {self.tickets} vs {self.small_tickets} tickets (pty)",
                big,
                small,
                1.2,
            ),  # fmt: skip
        ]

    def report(self) -> None:
        print(f"\nkeys on a 120×36 pseudo-terminal; ratios to the 10-row DataTable's median "
              f"{self.baseline:.1f} ms (limits {MEDIAN_LIMIT:g}× / {P90_LIMIT:g}× / "
              f"{P99_LIMIT:g}×)")  # fmt: skip
        for name, samples in ((f"{self.tickets} tickets", self.big),
                              (f"{self.small_tickets} tickets", self.small)):  # fmt: skip
            print(f"  console, {name}")
            print(f"    {'key':30}{'n':>4}{'median':>8}{'p90':>8}{'p99':>8}  ratios  met")
            for f in self.figures(samples):
                ratios = " / ".join(f"{r:.1f}" for r in f.ratios)
                print(f"    {f.key:30}{f.samples:>4}{f.median:>8.1f}{f.p90:>8.1f}{f.p99:>8.1f}  "
                      f"{ratios}  {'yes' if f.met else 'NO'}")  # fmt: skip

    def as_dict(self) -> dict:
        return {
            "baseline_median": self.baseline,
            "baseline": [f.as_dict() for f in self.figures(self.table)],
            "big": [f.as_dict() for f in self.figures(self.big)],
            "small": [f.as_dict() for f in self.figures(self.small)],
        }
