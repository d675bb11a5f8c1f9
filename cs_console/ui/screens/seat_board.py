"""Screen 2: the floor at a glance — a grid drawn from the seat layout (zone, row, col).

Arrows or hjkl move between seats; the one-second tick redraws only the cells whose
time-in-state or away level changed (``SeatGrid`` draws only the rows and columns in view)."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.coordinate import Coordinate
from textual.widgets import Static

from cs_console.commands.intents import Intent
from cs_console.commands.intents_seats import (
    Away,
    Back,
    Fault,
    Fixed,
    FreeSeat,
    SeatPerson,
    SetState,
    SignOut,
)
from cs_console.domain.errors import Unavailable
from cs_console.domain.seats import FAULT_KINDS, STATE_WORDS, BoardCell, SeatState, away_level
from cs_console.domain.text import one_line
from cs_console.domain.ticket_words import fault_word
from cs_console.i18n import N_, _
from cs_console.services.lookup import describe_seat
from cs_console.services.queue_view import queue_lines, what_if_line
from cs_console.services.seat_board import SeatBoard, board, elapsed_text
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.literal import literal_lines
from cs_console.ui.messages import Reply
from cs_console.ui.modals.form import Field, FormModal, digits, required
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.widgets.seat_grid import SeatGrid

CELL_WIDTH = 17
QUEUE_ROWS = 4  # intervals on the queue panel (the statistics window has them all)
STYLES = {"ready": "green", "call": "cyan", "acw": "blue", "break": "magenta", "out": "dim",
          "empty": "dim"}  # fmt: skip
# The states as a person reads them: in the summary, and on a seat (away stands out there).
STATES = STATE_WORDS
SHORT = {**STATES, "away": N_("AWAY")}


class SeatBoardScreen(ConsoleScreen):
    CSS_PATH = "seat_board.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keys.SEATS
    AUTO_FOCUS = "#table"
    TITLE_TEXT = N_("2 Seat board")

    def __init__(self) -> None:
        super().__init__()
        self.data = SeatBoard(None, ())
        self._places: dict[tuple[int, int], BoardCell] = {}
        self._shown: dict[tuple[int, int], Text] = {}

    def compose_body(self) -> ComposeResult:
        yield Static("", id="summary")
        yield Static("", id="queue")
        yield SeatGrid(CELL_WIDTH, id="table")

    def fetch(self) -> SeatBoard:
        return board(self.console_app.cs)

    def show(self, data: SeatBoard) -> None:
        """Build the grid; a reload of the same floor only redraws the seats that changed."""
        self.data = data
        grid = self.query_one("#table", SeatGrid)
        cols = max((c.col for c in data.cells), default=0)
        lines = sorted({(c.zone, c.row) for c in data.cells})
        by_place = {(c.zone, c.row, c.col): c for c in data.cells}
        places = {(y, col - 1): by_place[(zone, row, col)]
                  for y, (zone, row) in enumerate(lines) for col in range(1, cols + 1)
                  if (zone, row, col) in by_place}  # fmt: skip
        now = self.console_app.cs.now()
        self._queue(data)
        if places.keys() != self._places.keys() or grid.column_count != cols:
            self._build(grid, cols, lines, places, now)
        self._places = places
        self.tick(now)
        if not places:
            self._summary(now)

    def _queue(self, data: SeatBoard) -> None:
        """The queue panel: the last intervals and the shift, with the service level's
        definition; hidden while the shift has no call events."""
        panel = self.query_one("#queue", Static)
        queue = data.queue
        panel.display = bool(queue and queue.events)
        if queue and queue.events:
            tz = self.console_app.cs.settings.tz
            panel.update(literal_lines("\n".join(queue_lines(queue, tz, last=QUEUE_ROWS))))

    def _build(self, grid: SeatGrid, cols: int, lines: list[tuple[str, int]],
               places: dict[tuple[int, int], BoardCell], now: datetime) -> None:  # fmt: skip
        self._shown = {place: self._text(cell, now) for place, cell in places.items()}
        grid.set_grid(
            [_("col {n}").format(n=col) for col in range(1, cols + 1)],
            [f"{zone}{row}" for zone, row in lines],
            self._shown,
        )

    def _text(self, cell: BoardCell | None, now: datetime) -> Text:
        if cell is None:
            return Text("")
        rules = self.console_app.cs.settings.rules
        style = STYLES.get(cell.state, "")
        plain, mark = self.console_app.plain, ""
        if cell.state == "away" and cell.since is not None:
            level = away_level(
                cell.since,
                now,
                cell.approved,
                rules.away_unreported_minutes,
                rules.away_disciplinary_minutes,
            )
            style = {"red": "bold white on red", "amber": "bold black on yellow"}.get(
                level.level, "yellow"
            )
            if plain:  # the colour said in text: ! unreported (RC-08), !! disciplinary (RC-07)
                mark = {"red": " !!", "amber": " !"}.get(level.level, "")
        state = _(SHORT[cell.state]) if cell.state in SHORT else cell.state
        top = f"{cell.seat} {state} {elapsed_text(cell.since, now)}"
        text = Text(one_line(top.rstrip()) + mark, style=style)
        if cell.fault:
            text.append(" " + _("fault") if plain else " ⚠", style="bold red")
        if cell.awaiting_incoming:
            text.append(" <>" if plain else " ⇄", style="bold yellow")
        who = one_line(f"{cell.staff_no} {cell.name}") if cell.staff_no else "—"
        text.append("\n" + who)
        return text

    def tick(self, now: datetime) -> None:
        if not self.is_mounted or not self._places:
            return
        changes = []
        for place, cell in self._places.items():
            text = self._text(cell, now)
            if text != self._shown.get(place):
                changes.append((Coordinate(*place), text))
                self._shown[place] = text
        self.query_one("#table", SeatGrid).update_cells(changes)
        self._summary(now)

    def _summary(self, now: datetime) -> None:
        cells = self.data.cells
        counts = Counter(c.state for c in cells)
        faulty = sum(1 for c in cells if c.fault)
        waiting = sum(1 for c in cells if c.awaiting_incoming)
        zones = []
        for zone in sorted({c.zone for c in cells}):
            people = [c for c in cells if c.zone == zone and c.staff_no and c.state != "out"]
            busy = sum(1 for c in people if c.state in ("ready", "call"))
            share = f"{round(100 * busy / len(people))}%" if people else "—"
            zones.append(f"{zone} {share}")
        states = " · ".join(f"{_(word)} {counts.get(k, 0)}" for k, word in STATES.items())
        shift = self.data.shift.key if self.data.shift else _("no shift")
        line = _("{shift} · {seats} seats · {states} · faulty {faulty} · waiting {waiting}")
        by_zone = _("ready or on call, by zone: {zones}").format(zones=" · ".join(zones))
        self.query_one("#summary", Static).update(
            literal_lines(
                line.format(
                    shift=shift, seats=len(cells), states=states, faulty=faulty, waiting=waiting
                )
                + "\n"
                + one_line(by_zone)
            ),  # fmt: skip
            layout=False,  # two lines (CSS): redrawn in place each second
        )

    def _selected(self) -> BoardCell | None:
        grid = self.query_one("#table", SeatGrid)
        if not grid.row_count:
            return None
        return self._places.get(tuple(grid.cursor_coordinate))

    def apply_filter(self, text: str) -> None:
        """``/`` finds a seat: the cursor jumps to the first seat, staff number or name matching."""
        needle = text.strip().casefold()
        if not needle:
            return
        for place, cell in sorted(self._places.items()):
            if needle in f"{cell.seat} {cell.staff_no} {cell.name}".casefold():
                self.query_one("#table", SeatGrid).cursor_coordinate = Coordinate(*place)
                self.say(_("found seat {seat}").format(seat=cell.seat))
                return
        self.say(_("no seat matches '{text}'").format(text=text.strip()), ok=False)

    def action_move(self, direction: str) -> None:
        getattr(self.query_one("#table", SeatGrid), f"action_cursor_{direction}")()

    def _run(self, intent: Intent, reply: Reply | None = None) -> None:
        self.console_app.run_intent(intent, reply=reply)

    def _on_person(self, kind: type[Away | Back]) -> None:
        cell = self._selected()
        if cell is None or not cell.staff_no:
            self.say(_("Select a seat with someone on it."), ok=False)
            return
        self._run(kind(cell.staff_no))

    def _form(self, title: str, fields: list[Field], build) -> None:  # noqa: ANN001
        cell = self._selected()
        if cell is None:
            self.say(_("Select a seat."), ok=False)
            return

        def send(values: dict[str, str], reply: Reply) -> None:
            self._run(build(cell, values), reply)

        title = _("{title} · seat {seat}").format(title=title, seat=cell.seat)
        self.app.push_screen(FormModal(title, fields, send))

    def action_assign(self) -> None:
        self._form(
            _("Seat a person (ST-05)"),
            [Field("staff", _("Staff number"), check=lambda v: required(v) or digits(v))],
            lambda c, v: SeatPerson(c.seat, v["staff"]),
        )

    def action_free(self) -> None:
        cell = self._selected()
        if cell is not None:
            self.ask(
                _("Free the seat (ST-05)"),
                _("Free seat {seat} of {staff} {name}?").format(
                    seat=cell.seat, staff=cell.staff_no, name=cell.name
                )
                if cell.staff_no
                else _("Free seat {seat}?").format(seat=cell.seat),
                lambda: self._run(FreeSeat(cell.seat)),
            )

    def _staffing(self) -> str:
        """The what-if of one agent fewer now, for the prompt (empty without call events)."""
        queue = self.data.queue
        if queue is None or not queue.events:
            return ""
        return what_if_line(queue, self.console_app.cs.settings.tz) or ""

    def action_state(self) -> None:
        cell = self._selected()
        if cell is None:
            self.say(_("Select a seat."), ok=False)
            return

        def done(values: dict[str, str] | None) -> None:
            if values is None:
                return
            intent = SetState(cell.staff_no, values["state"])
            if values["state"].strip().lower() != "break":
                self._run(intent)
                return
            self.ask(
                _("Break"),
                _("Put {staff} {name} on a break?").format(staff=cell.staff_no, name=cell.name),
                lambda: self._run(intent),
                detail=self._staffing(),
            )

        fields = [
            Field(
                "state",
                _("State"),
                "ready",
                choices=tuple(SeatState),
                words=lambda s: _(STATES.get(s, s)),
            )
        ]
        title = _("{title} · seat {seat}").format(title=_("State"), seat=cell.seat)
        self.app.push_screen(FormModal(title, fields), done)

    def action_away(self) -> None:
        self._on_person(Away)

    def action_back(self) -> None:
        self._on_person(Back)

    def action_sign_out(self) -> None:
        cell = self._selected()
        if cell is None or not cell.staff_no:
            self.say(_("Select a seat with someone on it."), ok=False)
            return
        self.ask(
            _("Sign out (HO-02)"),
            _("Sign out {staff} {name} from seat {seat}?").format(
                staff=cell.staff_no, name=cell.name, seat=cell.seat
            ),
            lambda: self._run(SignOut(cell.staff_no)),
            detail=self._staffing(),
        )

    def action_fault(self) -> None:
        self._form(
            _("Equipment fault"),
            [
                Field("kind", _("Fault kind"), "headset", choices=FAULT_KINDS, words=fault_word),
                Field("note", _("What is wrong"), check=required),
            ],
            lambda c, v: Fault(c.seat, v["kind"], v["note"]),
        )

    def action_fixed(self) -> None:
        cell = self._selected()
        if cell is not None:
            self.ask(
                _("Equipment fixed"),
                _("Mark the fault at seat {seat} fixed?").format(seat=cell.seat),
                lambda: self._run(Fixed(cell.seat)),
            )

    def on_seat_grid_selected(self, message: SeatGrid.Selected) -> None:
        message.stop()
        self.action_open_seat()

    def action_open_seat(self) -> None:
        cell = self._selected()
        if cell is not None:
            self._open(cell.seat)

    @work(thread=True, group="detail")
    @guarded("opening the detail")
    def _open(self, seat: str) -> None:
        try:
            text = describe_seat(self.console_app.cs, seat) or seat
        except Unavailable as err:
            self.app.call_from_thread(self.console_app.database_down, str(err))
            return
        self.app.call_from_thread(
            self.app.push_screen, TextResultModal(_("Seat {seat}").format(seat=seat), text)
        )
