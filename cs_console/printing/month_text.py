"""The month as ``month`` prints it: one line per person, then what is missing."""

from __future__ import annotations

from cs_console.domain.cells import columns, cut
from cs_console.domain.month_table import MonthRow, MonthView, float_cell
from cs_console.domain.roll_words import role_word
from cs_console.i18n import _

ALIGN = "<<<>>>>>><>>><"
LEAST = (6, 4, 5, 4, 5, 4, 4, 5, 5, 5, 1, 6, 4, 0)
ROLE_CELLS = 8  # the role cut as a narrow column: "squad_le", 客服代表


def month_lines(view: MonthView, team: str | None = None) -> list[str]:
    """``month``'s text: one line per person in columns as wide as their words in terminal
    cells (any language), then what is missing."""
    state = _("closed by {staff_no}").format(staff_no=view.closed_by) if view.closed else _("open")
    anyway = _(" (anyway: {reason})").format(reason=view.reason) if view.reason else ""
    rows = [r for r in view.rows if team is None or r.team == team]
    header = (_("staff"), _("team"), _("role"), _("insp"), "SQ", "+", "−", "PF16", _("final"),
              _("grade"), "★", _("float"), _("rank"), _("flags"))  # fmt: skip
    table = columns([header, *map(_cells, rows)], ALIGN, LEAST)
    shown = {r.staff_no for r in rows}
    return [
        f"{view.month} {state}{anyway}",
        *(line.rstrip() for line in table),
        *(_("missing: {what}").format(what=m.text) for m in view.missing if m.staff_no in shown),
    ]


def _cells(r: MonthRow) -> tuple[str, ...]:
    quality = f"{r.service_quality:.2f}" if r.service_quality is not None else "–"
    role = cut(role_word(r.role), ROLE_CELLS)
    return (r.staff_no, r.team or "-", role, str(r.inspections), quality,
            str(r.bonuses), str(r.deductions), f"{r.leader_adjust:+d}", str(r.final),
            r.grade or "-", str(r.stars), float_cell(r), str(r.rank or "-"), r.flags)  # fmt: skip
