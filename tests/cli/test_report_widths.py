"""Report tables keep their columns with CJK names, full-width punctuation and ambiguous-width
characters (RP-01, RP-02)."""

from __future__ import annotations

from datetime import date

from cs_console.domain.cells import cell_len
from cs_console.printing.period_report import PeriodReport

AGENTS = [
    {"staff_no": "1001", "name": "王芳", "first_contacts": 3, "late": 0, "points": -5},
    {"staff_no": "1002", "name": "Lucía Martín", "first_contacts": 12, "late": 1, "points": 0},
    {"staff_no": "1009", "name": "司马燕（副）", "first_contacts": 0, "late": 2, "points": 5},
    {"staff_no": "1010", "name": "Anne—Marie ①", "first_contacts": 7, "late": 0, "points": 0},
]


def test_agent_table_columns_line_up_in_cells():
    report = PeriodReport("week", date(2026, 11, 16), date(2026, 11, 22), AGENTS, [])
    lines = report.lines()
    start = next(i for i, line in enumerate(lines) if line.startswith("  1001"))
    rows = lines[start : start + len(AGENTS)]
    header = lines[start - 1]
    # each row's figures end at the same cell as the header's last column
    assert {cell_len(row) for row in rows} == {cell_len(header)}
    for row, agent in zip(rows, AGENTS, strict=True):
        name_end = cell_len(row[: row.index(agent["name"]) + len(agent["name"])])
        assert name_end <= cell_len(header) - 20
        assert row.split()[-3:] == [str(agent["first_contacts"]), str(agent["late"]),
                                    f"{agent['points']:+d}"]  # fmt: skip
