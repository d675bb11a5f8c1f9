"""Dates in each language's form in the printed summary and the reports (Babel)."""

from __future__ import annotations

from tests.conftest import NOW_LOCAL


def test_chinese_summary_and_spanish_week_report_write_dates_their_way(run):
    assert run("--now", NOW_LOCAL, "demo", "--no-tui").returncode == 0
    summary = run("--now", NOW_LOCAL, "--lang", "zh_CN", "print", "handover", "--text")
    assert summary.returncode == 0, summary.stderr
    assert "2026年11月22日 · 班次 D 白班 08:00–16:00" in summary.stdout
    week = run("--now", NOW_LOCAL, "--lang", "es", "report", "week")
    assert week.returncode == 0, week.stderr
    assert "16/11/2026 … 22/11/2026" in week.stdout  # the week starts on Monday (RV-04)
    english = run("--now", NOW_LOCAL, "report", "week")
    assert "2026-11-16 … 2026-11-22" in english.stdout
