"""The weekly and monthly roll-up as text (RP-01, RP-02): per agent and per shift."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cs_console.domain.cells import cell_len, pad
from cs_console.domain.text import one_line
from cs_console.i18n import date_text

NAME = "name"


@dataclass(frozen=True)
class PeriodReport:
    kind: str
    first: date
    last: date
    agents: list[dict]
    shifts: list[dict]

    def lines(self) -> list[str]:
        names = [one_line(a["name"]) for a in self.agents]
        name_w = max([cell_len(NAME), *map(cell_len, names)])
        out = [
            f"{self.kind.title()} report {date_text(self.first)} … {date_text(self.last)}",
            "",
            "Per agent (points confirmed):",
            f"  {'staff':<8}{pad(NAME, name_w)} {'first contacts':>14} {'late':>6} {'points':>7}",
        ]
        out += [
            f"  {a['staff_no']:<8}{pad(name, name_w)} {a['first_contacts']:>14} "
            f"{a['late']:>6} {a['points']:>+7d}"
            for a, name in zip(self.agents, names, strict=True)
        ]
        out += ["", "Per shift: shift · tickets · complaints · clocks overrun · clock points"]
        out += [
            f"  {s['shift']} · {s['tickets']} · {s['complaints']} · {s['overrun']} · "
            f"{s['clock_points']}"
            for s in self.shifts
        ]
        return out
