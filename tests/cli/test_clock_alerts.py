"""A clock entering a warning or overrun band raises an alert that stays until a leader
acknowledges it (D-07; issue 22: alerts that are not lost): once per clock and band."""

from __future__ import annotations

from tests.cli.conftest import LEADER, ok


def _alerts(cli, now: str) -> list[str]:  # noqa: ANN001 - the cli fixture
    listed = ok(cli("do", "alerts", now=now))
    return [] if listed == "No open alerts." else listed.splitlines()


def test_d07_a_complaint_clock_raises_one_alert_per_band_until_acknowledged(desk):
    before = len(_alerts(desk, "2026-11-22T07:00"))
    opened = ok(desk(*LEADER, "do", "ticket complaint Bill [x] charged twice",
                     now="2026-11-22T07:00"))  # fmt: skip
    ref = opened.split()[0]
    desk("settle", now="2026-11-22T07:44")
    assert not [a for a in _alerts(desk, "2026-11-22T07:44") if f"{ref} dispatch" in a]
    said = ok(desk("settle", now="2026-11-22T07:46"))
    assert f"{ref} dispatch clock: warning" in said
    assert f"{ref} dispatch" not in ok(desk("settle", now="2026-11-22T07:47"))  # raised once
    desk("settle", now="2026-11-22T08:01")
    mine = [a for a in _alerts(desk, "2026-11-22T08:01") if f"{ref} dispatch" in a]
    assert len(mine) == 2 and "Bill [x] charged twice" in mine[0]
    assert any("overrun" in a for a in mine)
    number = mine[0].split()[0]
    assert ok(desk(*LEADER, "do", f"ack-alert {number}", now="2026-11-22T08:02")) == (
        f"alert {number} acknowledged"
    )
    left = [a for a in _alerts(desk, "2026-11-22T08:02") if f"{ref} dispatch" in a]
    assert len(left) == 1 and len(_alerts(desk, "2026-11-22T08:02")) >= before
