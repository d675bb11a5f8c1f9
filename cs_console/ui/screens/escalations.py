"""Screen 4: the 60-minute clocks (CP-01 dispatch, CP-02 report), least time left first,
with their bands and points (CP-03, D-07), and the clocks stopped this shift.

Clocks come from stored timestamps; the one-second tick recomputes only the live cells."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import DataTable, Static

from cs_console.commands.intents import Dispatch, Report
from cs_console.domain.errors import Unavailable
from cs_console.domain.escalation import Band, BandKind, ClockLine, format_left, kind_word
from cs_console.domain.ticket_words import via_word
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import N_, _, language, pgettext
from cs_console.services.lookup import describe_event, ticket_detail
from cs_console.services.shift_view import Board, escalation_board
from cs_console.services.targets import Target, choices
from cs_console.ui import keys
from cs_console.ui.alerts import holds
from cs_console.ui.faults import guarded
from cs_console.ui.literal import cell
from cs_console.ui.messages import Reply
from cs_console.ui.modals.form import Field, FormModal, required
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.screens.fitting import fitted, refit
from cs_console.ui.screens.table_screen import Cell, TableScreen
from cs_console.ui.widgets.clock_table import ClockTable

# Okabe–Ito, the colour-blind-safe palette: orange for warnings, vermillion for overrun; the
# marks before the name carry the urgency without colour (also with NO_COLOR)
BAND_STYLES = {BandKind.WARNING: "#E69F00", BandKind.FINAL_WARNING: "bold #E69F00"}
OVERRUN_STYLE = "bold reverse #D55E00"


@cache
def band_text(band: Band, language: str) -> Text:  # noqa: ARG001 - the cache's key
    """The band's cell in ``language`` (the language in use)."""
    if band.overrun:
        return Text(f"!! {band.said()}", style=OVERRUN_STYLE)
    if band.warning:
        return Text(f"! {band.said()}", style=BAND_STYLES[band.kind])
    return Text(band.said())


class EscalationsScreen(TableScreen):
    CSS_PATH = "escalations.tcss"
    AUTO_FOCUS = "#table"
    BINDINGS: ClassVar[list[BindingType]] = keys.ESCALATIONS
    TITLE_TEXT = N_("4 Escalations · {minutes}-minute clocks (CP-01 dispatch, CP-02 report)")

    def title_text(self) -> str:
        """The clock lengths as configured (CP-01, CP-02)."""
        lengths = self.console_app.cs.settings.rules.clocks.lengths()
        return _(self.TITLE_TEXT).format(minutes=lengths)

    COLUMNS = (
        (N_("Id"), 6), (N_("Kind"), 8), (N_("Summary"), 24), (N_("Customer"), 16),
        (N_("Agent"), 5), (N_("Start"), 5), (N_("Due"), 5), ("Left", 8), (N_("Band"), 16),
        (N_("Pts"), 3),
    )  # fmt: skip
    DROP_FIRST = ("Agent", "Start", "Customer", "Kind", "Pts")  # Left and Band always shown
    DONE_COLUMNS = ((N_("Id"), 6), (N_("Kind"), 8), (N_("Summary"), 24), (N_("Stopped"), 7),
                    (N_("Result"), 54), (N_("Pts"), 3))  # fmt: skip
    DONE_DROP_FIRST = ("Kind", "Stopped")  # while the Result would be under 36 cells

    def column_title(self, label: str) -> str:
        if label == "Left":  # the time left on the clock, not the direction of a key
            return pgettext("time left", "Left")
        return super().column_title(label)

    def __init__(self) -> None:
        super().__init__()
        self.board = Board(None, (), (), 0)
        self._fixed: list[tuple[Cell, ...]] = []  # the cells of each running clock that stay
        # each running clock's band, when it was worked out and until when it stays (P5)
        self._bands: list[Band] = []
        self._held: list[tuple[datetime, datetime | None]] = []
        self._summary = ""
        self._done_shown: tuple[tuple[int, int], ...] = ()  # (column, width) of the Done table

    def compose_body(self) -> ComposeResult:
        yield from super().compose_body()
        yield Static(_("Done this shift"), id="done-title")
        yield DataTable(id="done", cursor_type="row", zebra_stripes=True)

    def on_resize(self) -> None:
        super().on_resize()
        shown = fitted(self.DONE_COLUMNS, self.size.width, self.DONE_DROP_FIRST, "Result", 36)
        if shown != self._done_shown:
            self._done_shown = shown
            refit(self.query_one("#done", DataTable), self.DONE_COLUMNS, shown)
            self._show_done()

    def _show_done(self) -> None:
        tz = self.console_app.cs.settings.tz
        done = self.query_one("#done", DataTable)
        done.clear()
        for c in self.board.done:
            stopped = c.stopped.astimezone(tz).strftime("%H:%M") if c.stopped else ""
            row = (c.ref, kind_word(c.kind), c.summary, stopped, c.result, str(c.points or ""))
            done.add_row(*(cell(row[index]) for index, _w in self._done_shown))

    def make_table(self) -> ClockTable:
        """Drawn line by line: each second redraws only the lines whose clock moved (P5)."""
        return ClockTable(id="table")

    def row_key(self, cells: tuple[Cell, ...]) -> str:
        return f"{cells[0]}/{cells[1]}"

    def fetch(self) -> Board:
        return escalation_board(self.console_app.cs)

    def show(self, data: Board) -> None:
        self.board = data
        tz = self.console_app.cs.settings.tz
        self._fixed = [
            (c.ref, kind_word(c.kind), c.summary, c.customer, c.first_agent,
             c.started.astimezone(tz).strftime("%H:%M"),
             c.deadline.astimezone(tz).strftime("%H:%M"))
            for c in data.running
        ]  # fmt: skip
        self._bands, self._held = [], []
        self._show_done()
        self._follow(self.console_app.cs.now(), visible_only=False)

    def tick(self, now: datetime) -> None:
        if self.is_mounted:
            self._follow(now, visible_only=True)

    def _follow(self, now: datetime, visible_only: bool) -> None:
        """The running clocks at ``now``: every row after a load, the rows in view each second."""
        rules, running = self.console_app.cs.settings.rules.clocks, self.board.running
        bands = self._bands_at(now)
        rows = [
            (
                *fixed,
                format_left(c.deadline, now),
                band_text(band, language()),
                str(band.points or ""),
            )
            for fixed, c, band in zip(self._fixed, running, bands, strict=True)
        ]
        overrun = sum(band.overrun for band in bands)
        warning = sum(band.warning for band in bands)
        forecast = self.board.incurred + rules.forecast(bands)
        shift = self.board.shift.key if self.board.shift else _("no shift")
        summary = _(
            "{shift} · running {running} · in warning {warning} · overrun {overrun}"
            " · points this shift {incurred} · {forecast} if all overran now (D-07)"
        ).format(
            shift=shift, running=len(rows), warning=warning, overrun=overrun,
            incurred=self.board.incurred, forecast=forecast,
        )  # fmt: skip
        if summary != self._summary or not visible_only:
            self._summary = summary
            self.set_summary(summary)
        self.set_rows(rows, visible_only)

    def _bands_at(self, now: datetime) -> list[Band]:
        """Each running clock's band at ``now``, worked out again only where it may have
        changed since."""
        rules, running = self.console_app.cs.settings.rules.clocks, self.board.running
        if len(self._held) != len(running):  # after a load
            worked = [rules.band_until(c, now) for c in running]
            self._bands = [band for band, _until in worked]
            self._held = [(now, until) for _band, until in worked]
        for i, (clock, held) in enumerate(zip(running, self._held, strict=True)):
            if not holds(held, now):
                self._bands[i], until = rules.band_until(clock, now)
                self._held[i] = (now, until)
        return self._bands

    def _selected(self) -> ClockLine | None:
        key = self.selected_key()
        return next((c for c in self.board.running if f"{c.ref}/{kind_word(c.kind)}" == key), None)

    def action_dispatch(self) -> None:
        clock = self._selected()
        if clock is None or not clock.ref.startswith("T-"):
            self.say(_("Select a complaint (T-n) to dispatch."), ok=False)
            return
        self._pick_target(clock.ref)

    def _pick_target(self, ref: str) -> None:
        ticket, cs = TicketRef.parse(ref), self.console_app.cs

        def load() -> list[Target]:
            return choices(cs)

        def send(code: str, reply: Reply) -> None:
            self.console_app.run_intent(Dispatch(ticket, code), reply=reply)

        title = _("Dispatch {ref} to …").format(ref=ref)
        self.console_app.push_kept(
            "dispatch", lambda: TargetPicker(title, load, send), (title, load, send)
        )

    def action_report(self) -> None:
        clock = self._selected()
        if clock is None:
            self.say(_("Select a clock to report."), ok=False)
            return
        fields = [
            Field(
                "to", _("Reported to (duty manager, supervisor …)"), "duty manager", check=required
            ),
            Field("via", _("How"), "phone", choices=("phone", "person"), words=via_word),
        ]

        def send(values: dict[str, str], reply: Reply) -> None:
            intent = Report(clock.ref, values["to"], values["via"] or "phone")
            self.console_app.run_intent(intent, reply=reply)

        self.app.push_screen(
            FormModal(_("Report {ref} (CP-02)").format(ref=clock.ref), fields, send)
        )

    def action_open_ticket(self) -> None:
        """A complaint's ticket, in full (D-12's one place); an event with its report clock."""
        clock = self._selected()
        if clock is not None:
            self._open(clock.ref)

    @work(thread=True, group="detail")
    @guarded("opening the detail")
    def _open(self, ref: str) -> None:
        ctx, number = self.console_app.cs, int(ref[2:])
        detail = ticket_detail if ref.startswith("T-") else describe_event
        try:
            text = detail(ctx, number)
        except Unavailable as err:
            self.app.call_from_thread(self.console_app.database_down, str(err))
            return
        self.app.call_from_thread(self.app.push_screen, TextResultModal(ref, text))
