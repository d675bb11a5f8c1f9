"""The month's appraisal as CSV, JSON (English keys, ``schema_version``) and a PDF table per
team (fpdf2). Reads only; the figures are reported, never paid (D-11)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from cs_console.domain.month_table import (
    COLUMNS,
    SCHEMA_VERSION,
    MonthRow,
    MonthView,
    float_cell,
)
from cs_console.gc_pause import collector_paused
from cs_console.printing.fonts import cjk_font

FONT = "month"
MARGIN = 10
# (column, header, width in mm) of the PDF table; the same columns as screen 6 and the CSV
PDF_COLUMNS = (
    ("staff_no", "Staff", 14), ("name", "Name", 32), ("role", "Role", 30),
    ("inspections", "Insp", 12), ("service_quality", "SQ", 14), ("bonuses", "+", 12),
    ("deductions", "-", 12), ("leader_adjust", "PF-16", 14), ("final", "Final", 14),
    ("grade", "Grade", 14), ("stars", "Stars", 14), ("star_yuan", "Star ¥", 16),
    ("salary_float", "Float ¥", 18), ("rank", "Rank", 12), ("flags", "Flags", 30),
)  # fmt: skip


def records(view: MonthView) -> list[dict[str, Any]]:
    return [{column: row.value(column) for column in COLUMNS} for row in view.rows]


def as_json(view: MonthView) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "month": view.month,
        "closed": view.closed,
        "closed_by": view.closed_by,
        "closed_anyway": view.reason,
        "rows": records(view),
        "missing": [m.text for m in view.missing],
    }


def _text(row: MonthRow, column: str) -> str:
    value = row.value(column)
    if column == "salary_float" and not value:
        return float_cell(row).lstrip("+")
    if value is None:
        return "-"
    if column == "service_quality":
        return f"{value:.2f}"
    if column in ("leader_adjust", "salary_float") and value:
        return f"{value:+d}"
    return str(value).replace("_", " ")


def render_pdf(view: MonthView, centre: str, print_font: str, created: datetime) -> bytes:
    """One page per team: its people's rows, then the state of the month."""
    from fpdf import FPDF  # fpdf costs 0.3 s: only to print
    from fpdf.enums import XPos, YPos

    with collector_paused():
        pdf = FPDF(orientation="landscape", unit="mm", format="A4")
        pdf.set_margins(MARGIN, MARGIN, MARGIN)
        pdf.set_auto_page_break(auto=True, margin=MARGIN)
        pdf.set_creation_date(created)
        pdf.set_title(f"Monthly appraisal {view.month}")
        pdf.add_font(FONT, fname=str(Path(cjk_font(print_font))))
        state = f"closed by {view.closed_by}" if view.closed else "open (not closed)"
        if view.reason:
            state += f", anyway: {view.reason}"
        for team in view.teams() or [""]:
            pdf.add_page()
            pdf.set_font(FONT, size=13)
            title = f"{centre} · monthly appraisal {view.month}"
            pdf.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font(FONT, size=9)
            pdf.cell(0, 5, f"Team {team or '(none)'} · {state} · figures reported, not paid",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
            pdf.ln(2)
            for _, header, width in PDF_COLUMNS:
                pdf.cell(width, 6, header, border=1)
            pdf.ln()
            for row in view.rows:
                if row.team != team:
                    continue
                for column, _, width in PDF_COLUMNS:
                    pdf.cell(width, 5.5, _text(row, column), border=1)
                pdf.ln()
        return bytes(pdf.output())
