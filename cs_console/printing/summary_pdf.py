"""The handover summary as an A4 portrait PDF with the CJK font embedded (fpdf2)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from cs_console.domain.charts import Chart
from cs_console.domain.summary import (
    CHARTS,
    NONE,
    PAGE,
    PAPER_NEWLINE,
    SIGNATURES,
    Summary,
    all_text,
    plain,
    signature_columns,
    title_line,
)
from cs_console.i18n import _
from cs_console.printing.fonts import cjk_font
from cs_console.printing.reduced_font import font_for

FONT = "summary"
MARGIN = 15
LINE = 4.6
CHART_H = 26
CHART_GAP = 8
HEADING = 7.5  # the title bar and the space around it
TABLE_ROW = 4.4
PEN_ROW = 9  # a signature row: room for a pen
SIGNATURE_WIDTHS = (34, 34, 20, 34, 58)


def paper_pdf(summary: Summary, print_font: str, created: datetime) -> bytes:
    """The summary on paper: line breaks marked, in the reduced font when it covers the text."""
    paper = plain(summary, PAPER_NEWLINE)
    return render_pdf(paper, font_for(cjk_font(print_font), all_text(paper)), created)


def render_pdf(summary: Summary, font: Path, created: datetime) -> bytes:
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=MARGIN + 6)
    pdf.set_creation_date(created)
    pdf.set_title(f"Handover summary {summary.shift_key}")
    pdf.add_font(FONT, fname=str(font))
    footer = summary.footer

    def page_footer() -> None:
        pdf.set_y(-MARGIN - 2)
        pdf.set_font(FONT, size=7)
        pdf.set_text_color(90)
        tail = _(PAGE).format(key=summary.shift_key, page=pdf.page_no(), pages="{nb}")
        pdf.cell(0, 4, f"{footer} · {tail}", align="C")
        pdf.set_text_color(0)

    pdf.footer = page_footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font(FONT, size=15)
    pdf.cell(0, 8, summary.centre, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, size=11)
    pdf.cell(0, 6, title_line(summary.status), align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
    pdf.ln(2)
    pdf.set_font(FONT, size=9)
    for line in summary.heading:
        _line(pdf, line)
    for section in summary.sections:
        if section.columns and section.rows:
            _heading(pdf, section.title, TABLE_ROW * 3)
            _table(pdf, section.columns, section.rows)
            continue
        _heading(pdf, section.title, LINE * min(3, max(1, len(section.lines))))
        for line in section.lines or (_(NONE),):
            _line(pdf, f"• {line}")
    if summary.charts:
        _heading(pdf, _(CHARTS), CHART_H + 18)
        _charts(pdf, summary.charts)
    if summary.signatures:
        _heading(pdf, _(SIGNATURES), PEN_ROW * (len(summary.signatures) + 1))
        _table(pdf, signature_columns(), tuple(g.row() for g in summary.signatures), PEN_ROW,
               SIGNATURE_WIDTHS)  # fmt: skip
    return bytes(pdf.output())


def _table(pdf: FPDF, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
           height: float = TABLE_ROW, widths: tuple[int, ...] | None = None) -> None:  # fmt: skip
    """A ruled table whose header row repeats on each page (fpdf2's ``table()``)."""
    pdf.set_font(FONT, size=8)
    with pdf.table(
        col_widths=widths or _widths(pdf, columns, rows),
        line_height=height,
        text_align="LEFT",
        first_row_as_headings=True,
        repeat_headings=1,
        headings_style=FontFace(emphasis=None, fill_color=235),
        v_align="MIDDLE",
    ) as table:
        for cells in (columns, *rows):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.set_font(FONT, size=9)
    pdf.ln(1)


def _widths(
    pdf: FPDF, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]
) -> tuple[int, ...]:
    """Each column as wide as its widest cell, the last one taking what is left."""
    widest = [
        max(pdf.get_string_width(str(r[i])) for r in (columns, *rows)) + 3
        for i in range(len(columns))
    ]
    fixed = widest[:-1]
    rest = max(pdf.epw - sum(fixed), pdf.epw * 0.25)
    return tuple(max(1, round(w)) for w in (*fixed, rest))


def _line(pdf: FPDF, text: str) -> None:
    """One line of text, wrapped only when it is too wide (line breaking is the slow path)."""
    if pdf.get_string_width(text) < pdf.epw - 1:
        pdf.cell(0, LINE, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.multi_cell(0, LINE, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(pdf: FPDF, title: str, following: float) -> None:
    """A section title kept with the first of what follows it (never alone at a page foot)."""
    if pdf.will_page_break(HEADING + following):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font(FONT, size=10)
    pdf.set_fill_color(225)
    pdf.cell(0, HEADING - 2, f" {title}", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, size=9)
    pdf.ln(0.5)


def _charts(pdf: FPDF, charts: tuple[Chart, ...]) -> None:
    """Column charts, two to a row."""
    width = (pdf.w - 2 * MARGIN - CHART_GAP) / 2
    for index, chart in enumerate(charts):
        column = index % 2
        if column == 0:
            if pdf.will_page_break(CHART_H + 18):
                pdf.add_page()
            top = pdf.get_y() + 2
        left = MARGIN + column * (width + CHART_GAP)
        _chart(pdf, chart, left, top, width)
        if column == 1 or index == len(charts) - 1:
            pdf.set_y(top + CHART_H + 16)


def _chart(pdf: FPDF, chart: Chart, left: float, top: float, width: float) -> None:
    pdf.set_font(FONT, size=8)
    pdf.set_xy(left, top)
    unit = f" ({chart.unit})" if chart.unit else ""
    pdf.cell(width, 4, f"{chart.title}{unit} · peak {_number(chart.peak)}")
    base = top + 9 + CHART_H
    pdf.set_draw_color(120)
    pdf.line(left, base, left + width, base)
    slot = width / max(1, len(chart.values))
    pdf.set_fill_color(70, 110, 170)
    pdf.set_font(FONT, size=6)
    for i, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        x = left + i * slot
        height = CHART_H * value / chart.peak if chart.peak else 0
        if height > 0:
            pdf.rect(x + slot * 0.15, base - height, slot * 0.7, height, style="F")
        pdf.set_xy(x, base - height - 3.2)
        pdf.cell(slot, 3, _number(value), align="C")
        pdf.set_xy(x, base + 0.5)
        pdf.cell(slot, 3, label, align="C")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
