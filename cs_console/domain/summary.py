"""The printed handover summary (HO-06, RP-02, D-12) as plain data, and its 80-column text."""

from __future__ import annotations

from dataclasses import dataclass, replace

from cs_console.domain.cells import cell_len, wrap
from cs_console.domain.charts import Chart, bar_lines
from cs_console.domain.text import NEWLINE_MARK, one_line
from cs_console.i18n import N_, _

TEXT_WIDTH = 80
CHART_WIDTH = 60
PAPER_NEWLINE = "↵"  # a line break in people's text on paper: the print fonts have no ⏎


@dataclass(frozen=True)
class Section:
    """A section's lines; a section that is a table also has its columns and rows (the PDF
    draws those, the text keeps the lines)."""

    title: str
    lines: tuple[str, ...]
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


SIGNATURE_COLUMNS = (N_("Signature for"), N_("Name"), N_("Staff no."), N_("Time"),
                     N_("Signature"))  # fmt: skip
# The paper's own words, in the language when it is printed (the text and the PDF alike).
NONE, CHARTS, SIGNATURES = N_("none"), N_("Charts"), N_("Signatures")
PAGE = N_("{key} · page {page}/{pages}")


def title_line(status: str) -> str:
    return _("Handover summary · {status}").format(status=status)


def signature_columns() -> tuple[str, ...]:
    return tuple(_(c) for c in SIGNATURE_COLUMNS)


@dataclass(frozen=True)
class SignatureLine:
    """One signature on the paper; what is not known yet stays blank for a pen."""

    role: str
    name: str = ""
    staff_no: str = ""
    at: str = ""

    def row(self) -> tuple[str, ...]:
        return (self.role, self.name, self.staff_no, self.at, "")


def state_words(state: str) -> str:
    """A stored state as the words a reader knows: in_progress → in progress."""
    return state.replace("_", " ")


@dataclass(frozen=True)
class Summary:
    """Everything on the paper; customer data already masked (D-12)."""

    centre: str
    status: str  # SIGNED, or DRAFT with the reason
    heading: tuple[str, ...]
    sections: tuple[Section, ...]
    charts: tuple[Chart, ...]
    footer: str
    shift_key: str
    fingerprint: str = ""
    signatures: tuple[SignatureLine, ...] = ()


def plain(summary: Summary, newline: str = NEWLINE_MARK) -> Summary:
    """Every piece of text as one line as written (convention 15): no control characters,
    and a line break in a note or a name shown as ``newline``, so nothing forges a line."""

    def line(text: str) -> str:
        return one_line(text).replace(NEWLINE_MARK, newline)

    return replace(
        summary,
        centre=line(summary.centre),
        status=line(summary.status),
        heading=tuple(map(line, summary.heading)),
        sections=tuple(
            Section(
                line(s.title),
                tuple(map(line, s.lines)),
                tuple(map(line, s.columns)),
                tuple(tuple(map(line, r)) for r in s.rows),
            )
            for s in summary.sections
        ),
        footer=line(summary.footer),
        shift_key=line(summary.shift_key),
        signatures=tuple(
            SignatureLine(*map(line, (g.role, g.name, g.staff_no, g.at)))
            for g in summary.signatures
        ),
    )


def all_text(summary: Summary) -> str:
    """Every piece of text of the summary (what a font for it must cover)."""
    parts = [summary.centre, summary.status, *summary.heading, summary.footer, summary.shift_key]
    for section in summary.sections:
        parts += [section.title, *section.lines, *section.columns]
    for signature in summary.signatures:
        parts += [signature.role, signature.name]
    parts += [*signature_columns(), title_line(summary.status), _(NONE), _(CHARTS)]
    parts += [_(SIGNATURES), _(PAGE).format(key=summary.shift_key, page=0, pages=0)]
    for chart in summary.charts:
        parts += [chart.title, chart.unit, *chart.labels]
    return "".join(parts)


def render_text(summary: Summary, width: int = TEXT_WIDTH) -> str:
    """The summary in ``width`` terminal cells per line (CJK characters count two)."""
    summary = plain(summary)
    rule = "=" * width
    out = [rule, _centred(summary.centre, width)]
    out.append(_centred(title_line(summary.status), width))
    out.append(rule)
    for line in summary.heading:
        out.extend(wrap(line, width, "  "))
    for section in summary.sections:
        out.append("")
        out.append(_title(section.title, width))
        for line in section.lines or (_(NONE),):
            out.extend(wrap(line, width, "  "))
    if summary.charts:
        out.append("")
        out.append(_title(_(CHARTS), width))
        for chart in summary.charts:
            out.extend(bar_lines(chart, min(width, CHART_WIDTH)))
            out.append("")
    out.append("-" * width)
    out.extend(wrap(summary.footer, width, "  "))
    return "\n".join(line.rstrip() for line in out) + "\n"


def _centred(text: str, width: int) -> str:
    return " " * max(0, (width - cell_len(text)) // 2) + text


def _title(text: str, width: int) -> str:
    head = f"-- {text} "
    return head + "-" * max(0, width - cell_len(head))
