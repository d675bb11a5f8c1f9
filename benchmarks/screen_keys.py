"""Screen switches and dialogs alone on the pty (benchmarks/pty_keys.py): each of the six
screens in turn, then ``?``, the dispatch picker and the new-ticket form opened and closed,
``--rounds`` times on the console at 100k tickets and 500 seats, against the 10-row DataTable
of the same run. ``python -m benchmarks.screen_keys --work DIR [--json FILE]``: DIR holds the
data of ``python -m benchmarks --work DIR``."""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from benchmarks import data, pty_run
from benchmarks.key_figures import all_samples, key_figures

SCREENS = [(str(n), "screens 1…6") for n in (1, 2, 4, 5, 6, 3)]
KEYS = SCREENS + pty_run.MODALS


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.screen_keys", description=__doc__)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    table = pty_run.baseline(args.rounds * 2)
    baseline = statistics.median(all_samples(table))
    db, config = data.database(args.work, args.tickets, 500, 200)
    figures = key_figures(pty_run.console(db, config, args.rounds, KEYS, seats=False), baseline)
    print(f"10-row DataTable keypress median {baseline:.1f} ms")
    for f in figures:
        ratios = " / ".join(f"{r:.1f}" for r in f.ratios)
        print(f"  {f.key:30}{f.samples:>4}{f.median:>8.1f}{f.p90:>8.1f}{f.p99:>8.1f}  {ratios}")
    if args.json:
        found = {"baseline_median": baseline, "keys": [f.as_dict() for f in figures]}
        args.json.write_text(json.dumps(found, indent=1))


if __name__ == "__main__":
    main()
