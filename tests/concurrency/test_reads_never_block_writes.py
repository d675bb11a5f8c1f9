"""Reads never block writes: a badge stream marks arrivals at badge rate while `report month`
and `export json` read the same SQLite file from other processes — every arrival acknowledged,
no failure (the benchmark `benchmarks/reads_and_writes.py` at a reduced size, no timings)."""

from __future__ import annotations

from benchmarks import data
from benchmarks.reads_and_writes import badge_people, badge_stream

TICKETS = 20_000


def test_arrivals_at_badge_rate_while_a_month_report_and_an_export_read(tmp_path):
    db, config = data.database(tmp_path, TICKETS, 0, 0)
    people = badge_people(tmp_path, db, config, 200)
    reads = [["report", "month", "--json", str(tmp_path / "month.json")],
             ["export", "json", "--out", str(tmp_path / "export.json")]]  # fmt: skip
    outcome = badge_stream(db, config, people, reads, rounds=3)
    assert outcome.failures == []
    assert outcome.sent >= 2 and len(outcome.latencies) == outcome.sent
    assert set(outcome.reads) == {"report month", "export json"}
    assert (tmp_path / "export.json").stat().st_size > TICKETS * 100
