"""The month as ``month`` prints it: one line per person, then what is missing."""

from __future__ import annotations

from cs_console.domain.month_table import MonthView, float_cell
from cs_console.i18n import _


def month_lines(view: MonthView, team: str | None = None) -> list[str]:
    """``month``'s text: one line per person, then what is missing."""
    state = _("closed by {staff_no}").format(staff_no=view.closed_by) if view.closed else _("open")
    anyway = _(" (anyway: {reason})").format(reason=view.reason) if view.reason else ""
    lines = [f"{view.month} {state}{anyway}"]
    lines.append("staff  team role  insp  SQ     +    −  PF16 final grade ★  float rank flags")
    for r in view.rows:
        if team is not None and r.team != team:
            continue
        quality = f"{r.service_quality:5.2f}" if r.service_quality is not None else "    –"
        lines.append(
            f"{r.staff_no:<6} {r.team or '-':<4} {r.role[:5]:<5} {r.inspections:>4} {quality} "
            f"{r.bonuses:>4} {r.deductions:>4} {r.leader_adjust:>+5} {r.final:>5} "
            f"{r.grade or '-':<5} {r.stars} {float_cell(r):>6} {r.rank or '-':>4} {r.flags}"
        )
    shown = {r.staff_no for r in view.rows if team is None or r.team == team}
    lines += [_("missing: {what}").format(what=m.text) for m in view.missing if m.staff_no in shown]
    return lines
