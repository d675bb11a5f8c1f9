"""Screen 6: the month (004 frame): the team's appraisal table with the columns of the month's
PDF and CSV, sortable, and below it what keeps the month open (QI-09, RP-04…RP-06, QI-02).

At the 1st–6th (RP-07's window) it opens on the month before, the one being appraised."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static

from cs_console.domain.month_table import MonthRow, MonthView, float_cell
from cs_console.domain.roll_words import role_short
from cs_console.i18n import N_, _
from cs_console.services.month_period import month_of, next_month, previous
from cs_console.services.month_view import month_view
from cs_console.ui import keys
from cs_console.ui.literal import literal_lines
from cs_console.ui.screens.table_screen import Cell, TableScreen

# (label, width, the row's field it sorts by); labels are the CSV's columns, shortened
COLUMNS = (
    (N_("Staff"), 6, "staff_no"), (N_("Name"), 12, "name"), (N_("Team"), 4, "team"),
    (N_("Role"), 12, "role"), (N_("Insp"), 4, "inspections"), (N_("SQ"), 5, "service_quality"),
    ("+", 4, "bonuses"), ("−", 4, "deductions"), ("PF16", 4, "leader_adjust"),
    (N_("Final"), 5, "final"), (N_("Gr"), 2, "grade"), ("★", 3, "stars"),
    (N_("Float"), 5, "salary_float"), (N_("Rank"), 4, "rank"), (N_("Flags"), 11, "flags"),
)  # fmt: skip
SORTS = ("rank", "staff_no", "final", "deductions", "inspections", "service_quality")


def _sort_word(sort: str) -> str:
    """The sort as the language says it: its column's heading (English keeps the sort's own
    name)."""
    label = next((label for label, _w, field in COLUMNS if field == sort), sort)
    return sort if _(label) == label else _(label)


def _cells(row: MonthRow) -> tuple[Cell, ...]:
    quality = f"{row.service_quality:.2f}" if row.service_quality is not None else "–"
    return (row.staff_no, row.name, row.team or "–", role_short(row.role),
            str(row.inspections), quality, str(row.bonuses), str(row.deductions),
            f"{row.leader_adjust:+d}" if row.leader_adjust else "", str(row.final),
            row.grade or "–", "★" * row.stars, float_cell(row), str(row.rank or ""),
            row.flags)  # fmt: skip


def _sort_key(column: str):  # noqa: ANN202 - a key function for sorted()
    def key(row: MonthRow) -> tuple[bool, object, str]:
        value = row.value(column)
        descending = column in ("final", "deductions", "service_quality")
        if descending and isinstance(value, int | float):
            value = -value
        return (value is None, value if value is not None else 0, row.staff_no)

    return key


class MonthScreen(TableScreen):
    CSS_PATH = "month.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keys.MONTH
    TITLE_TEXT = N_("6 Month · appraisal (PF-10…PF-19), inspections (QI-04) and what is missing")
    COLUMNS = tuple((label, width) for label, width, _ in COLUMNS)

    def __init__(self) -> None:
        super().__init__()
        self.month = ""
        self.sort = SORTS[0]
        self.view: MonthView | None = None

    def compose_body(self) -> ComposeResult:
        yield from super().compose_body()
        yield Static("", id="missing")

    def fetch(self) -> MonthView:
        ctx = self.console_app.cs
        if not self.month:
            month = month_of(ctx)
            window = ctx.settings.month.appraisal_window_days
            in_window = ctx.now().astimezone(ctx.settings.tz).day <= window
            self.month = previous(month, 1)[0] if in_window else month
        return month_view(ctx, self.month)

    def show(self, data: MonthView) -> None:
        self.view = data
        team = self._team(data)
        rows = [r for r in data.rows if team is None or r.team == team]
        rows.sort(key=_sort_key(self.sort))
        self.set_rows([_cells(r) for r in rows])
        closed = _("closed by {staff_no}").format(staff_no=data.closed_by)
        state = closed if data.closed else _("open")
        if data.reason:
            state += _(" anyway: {reason}").format(reason=data.reason)
        who = _("team {team}").format(team=team) if team else _("the centre")
        self.set_summary(
            _(
                "{month} · {state} · {who} · {people} people · sorted by {sort}"
                " · {missing} missing ([ ] month · o sort)"
            ).format(
                month=data.month, state=state, who=who, people=len(rows),
                sort=_sort_word(self.sort), missing=len(data.missing),
            )
        )  # fmt: skip
        shown = {r.staff_no for r in rows}
        missing = [m.text for m in data.missing if m.staff_no in shown or team is None]
        lines = (
            [_("Missing before the month closes:"), *missing]
            if missing
            else [_("Nothing missing.")]
        )
        self.query_one("#missing", Static).update(literal_lines("\n".join(lines)))

    def _team(self, data: MonthView) -> str | None:
        """The signed-in person's team; the whole centre for someone without one."""
        actor = self.console_app.cs.actor
        mine = next((r.team for r in data.rows if r.staff_no == actor), "")
        return mine or None

    def action_next_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        if self.view is not None:
            self.show(self.view)

    def action_step_month(self, step: int) -> None:
        self.month = next_month(self.month) if step > 0 else previous(self.month, 1)[0]
        self.reload()
