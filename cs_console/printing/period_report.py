"""The weekly and monthly roll-up as text (RP-01, RP-02): per agent and per shift."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cs_console.domain.cells import cell_len, pad
from cs_console.domain.text import one_line
from cs_console.i18n import N_, _, date_text, pgettext

TITLES = {"week": N_("Week report {first} … {last}"), "month": N_("Month report {first} … {last}")}


def _right(text: str, width: int) -> str:
    """``text`` right-aligned in ``width`` terminal cells (a heading in CJK counts two a
    character)."""
    return " " * max(0, width - cell_len(text)) + text


@dataclass(frozen=True)
class PeriodReport:
    kind: str
    first: date
    last: date
    agents: list[dict]
    shifts: list[dict]

    def lines(self) -> list[str]:
        """The report in the language, its columns aligned in terminal cells."""
        names = [one_line(a["name"]) for a in self.agents]
        heads = [_("staff"), _("name"), _("first contacts"), pgettext("minutes late", "late"),
                 _("points")]  # fmt: skip
        staff_w = max(8, cell_len(heads[0]) + 1)
        name_w = max([cell_len(heads[1]), *map(cell_len, names)])
        widths = [max(w, cell_len(h)) for w, h in zip((14, 6, 7), heads[2:], strict=True)]
        title = TITLES.get(self.kind)
        out = [
            _(title).format(first=date_text(self.first), last=date_text(self.last))
            if title
            else f"{self.kind.title()} {date_text(self.first)} … {date_text(self.last)}",
            "",
            _("Per agent (points confirmed):"),
            f"  {pad(heads[0], staff_w)}{pad(heads[1], name_w)} "
            + " ".join(_right(h, w) for h, w in zip(heads[2:], widths, strict=True)),
        ]
        out += [
            f"  {pad(a['staff_no'], staff_w)}{pad(name, name_w)} "
            + " ".join(
                _right(v, w)
                for v, w in zip(
                    (str(a["first_contacts"]), str(a["late"]), f"{a['points']:+d}"),
                    widths,
                    strict=True,
                )
            )
            for a, name in zip(self.agents, names, strict=True)
        ]
        out += [
            "",
            _("Per shift: shift · tickets · complaints · clocks overrun · clock points"),
        ]
        out += [
            f"  {s['shift']} · {s['tickets']} · {s['complaints']} · {s['overrun']} · "
            f"{s['clock_points']}"
            for s in self.shifts
        ]
        return out
