"""The points ledger and the reports through the CLI (D-11, PF-15, QI-09, RP-01, RP-02)."""

import csv
import json

from tests.cli.conftest import LEADER, ok


def test_ledger_flow_and_pf15(desk, env):
    at = "2026-11-22T10:00"
    refs = []
    for i in range(4):
        out = ok(desk("--as", "1001", "do", f"points 1005 RC-08 away {i}", now=at))
        assert out.endswith("1005 RC-08 -5 proposed")
        refs.append(out.split()[0])
    for ref in refs[:3]:
        assert (
            ok(desk("--as", "1001", "do", f"confirm {ref}", now=at)) == f"{ref} confirmed (minor)"
        )
    fourth = ok(desk("--as", "1001", "do", f"confirm {refs[3]}", now=at))
    assert fourth == (
        f"{refs[3]} confirmed (minor) · PF-15: 1005 reached the monthly limit, -20 proposed"
    )
    ok(desk(*LEADER, "staff", "set-pin", "1005", input="5678\n5678\n"))
    env["CS_CONSOLE_PIN"] = "5678"
    agent = ("--as", "1005")
    assert ok(desk(*agent, "do", f"acknowledge {refs[0]}", now=at)) == f"{refs[0]} acknowledged"
    assert ok(desk(*agent, "do", f"appeal {refs[1]} I was with the supervisor", now=at)) == (
        f"{refs[1]} appealed"
    )
    voided = desk(*agent, "do", f"void {refs[2]} mistake", now=at)
    assert voided.exit_code == 2 and voided.stderr.strip() == (
        "refused [AUTH]: voiding points needs a squad leader or deputy (signed in)"
    )
    env["CS_CONSOLE_PIN"] = "1234"
    assert ok(desk("--as", "1001", "do", f"void {refs[2]} mistake", now=at)) == f"{refs[2]} voided"
    again = desk("--as", "1001", "do", f"confirm {refs[2]}", now=at)
    assert again.stderr.strip() == f"{refs[2]} is voided; only proposed points are confirmed."
    manual = ok(desk("--as", "1001", "do", "points 1006 SW-11 covered the night shift", now=at))
    assert manual.endswith("1006 SW-11 +5 proposed")
    unknown = desk("--as", "1001", "do", "points 1006 XX-99 something", now=at)
    assert unknown.stderr.strip() == "No default points for XX-99; give the delta (e.g. -5)."


def test_report_shift_csv_and_json_add_up(desk, tmp_path):
    at = "2026-11-22T10:30"
    for category in ("consultation", "consultation", "inquiry", "fault"):
        ok(desk(*LEADER, "do", f"ticket {category} Case text", now=at))
    out = tmp_path / "shift.json"
    ok(
        desk(
            "report",
            "shift",
            "--date",
            "2026-11-22",
            "--shift",
            "D",
            "--json",
            str(out),
            now="2026-11-22T11:00",
        )
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["tickets_by_category"] == {"consultation": 2, "inquiry": 1, "fault": 1}
    assert sum(data["tickets_per_hour"]) == 4
    assert data["attendance"]["rostered"] == 14
    table = tmp_path / "shift.csv"
    ok(
        desk(
            "report",
            "shift",
            "--date",
            "2026-11-22",
            "--shift",
            "D",
            "--csv",
            str(table),
            now="2026-11-22T11:00",
        )
    )
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    tickets = sum(int(r["value"]) for r in rows if r["measure"].startswith("tickets."))
    assert tickets == 4
    text = ok(desk("report", "shift", now="2026-11-22T11:00"))
    assert text.splitlines()[0] == "Shift 2026-11-22/D"
    assert "Consultations 2 · inquiries 1" in text


def test_report_month_per_agent_json(desk, tmp_path):
    ref = ok(desk("--as", "1001", "do", "points 1005 RC-01 late", now="2026-11-22T10:00")).split()[
        0
    ]
    ok(desk("--as", "1001", "do", f"confirm {ref}", now="2026-11-22T10:00"))
    out = tmp_path / "month.json"
    ok(desk("report", "month", "--json", str(out), now="2026-11-22T11:00"))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["first"], data["last"]) == ("2026-11-01", "2026-11-30")
    agents = {a["staff_no"]: a for a in data["agents"]}
    assert len(agents) == 36
    assert agents["1005"]["points"] == -5
