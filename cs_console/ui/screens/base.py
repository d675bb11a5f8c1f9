"""What each of the six screens has: header, title, body, filter, command line, status, footer.

Data is fetched by a thread worker (``fetch``, never touching widgets) that posts ``Loaded``;
``show`` puts it on screen."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from cs_console.domain.errors import Unavailable
from cs_console.gc_pause import built
from cs_console.i18n import _
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.frame_hold import FrameHold
from cs_console.ui.literal import literal
from cs_console.ui.messages import Loaded
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.steady_styles import SteadyStyles
from cs_console.ui.widgets.header_line import HeaderLine
from cs_console.ui.widgets.input_bar import CommandLine, FilterBar, InputBar
from cs_console.ui.widgets.key_footer import KeyFooter
from cs_console.ui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from cs_console.services.context import Context
    from cs_console.ui.app import ConsoleApp

STALE = 60.0  # seconds: a screen shown again after a read older than this reads again


class ConsoleScreen(SteadyStyles, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.SCREEN
    AUTO_FOCUS = "DataTable"
    TITLE_TEXT = ""
    # Textual repaints the whole screen when the focus moves; the widgets that gain and lose it
    # redraw themselves (their :focus styles), so opening or closing a bar draws only them.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    @property
    def console_app(self) -> ConsoleApp:
        return self.app  # type: ignore[return-value]

    def __init__(self) -> None:
        super().__init__()
        self.header_line = HeaderLine(id="header-line")  # redrawn each second: kept, not queried
        self.status_line = StatusLine(id="status-line")  # looked at on every key: kept too
        self.loaded = False  # whether data was ever shown
        self.read_for: tuple[int, str | None] | None = None  # what its last read began at (None:
        # it failed): the change token, and who acted (a sign-in changes what a screen shows)
        self.read_at = 0.0  # time.monotonic() when its last read began
        # where a worker reads a filter's rows: the filter bar's change waits for them (one frame)
        self.frame_hold: FrameHold | None = None

    def compose(self) -> ComposeResult:
        yield self.header_line
        yield Static(self.title_text(), id="screen-title")
        yield from self.compose_body()
        with Container(id="bar-slot"):  # one line kept for them: opening one lays out nothing else
            yield from self.compose_bars()
        yield self.status_line
        yield KeyFooter(id="footer")

    def title_text(self) -> str:
        return _(self.TITLE_TEXT) if self.TITLE_TEXT else ""

    def compose_body(self) -> ComposeResult:
        yield from ()

    def compose_bars(self) -> ComposeResult:
        """The one-line inputs, shown one at a time in the line kept for them."""
        yield FilterBar(placeholder=_("/ filter rows (esc clears)"), id="filter-bar")
        yield CommandLine(
            placeholder=_(": command — help lists them (esc closes)"), id="command-line"
        )

    def on_mount(self) -> None:
        if not self.console_app.screen_built(self):  # once, though a subclass calls it too
            return
        built()  # kept for the console's life: out of later collections
        self.console_app.refresh_header()
        first = self.console_app.take_first_data()
        if first is None:
            self.reload()
        else:  # read after the opening's change token
            self.read_for, self.read_at = self._read_key(), time.monotonic()
            self.post_message(Loaded(first))

    def _on_screen_resume(self) -> None:
        """Before SteadyStyles' and Textual's; its header is kept current while it is away
        (``refresh_header``), its data read again if anyone wrote since its last read began or
        someone else signed in (screen 6 shows a leader their team), or if that read is older
        than ``STALE`` (what changes with time alone: a shift due)."""
        stale = time.monotonic() - self.read_at > STALE
        if stale or self.read_for != self._read_key():
            self.reload()

    def _read_key(self) -> tuple[int, str | None]:
        return (self.console_app.last_change, self.console_app.cs.actor)

    def reload(self) -> None:
        self.read_for, self.read_at = self._read_key(), time.monotonic()
        self._load()

    @work(thread=True, exclusive=True, group="load")
    @guarded("loading the screen")
    def _load(self) -> None:
        try:
            self.post_message(Loaded(self.fetch()))
        except Exception as err:  # what is shown stays, read again when shown next
            self.app.call_from_thread(self._not_read, err)
            if isinstance(err, Unavailable):
                return
            if self.is_current:
                raise  # said on it; a screen built away says it when shown and read again
            from cs_console.fault_log import record_fault

            record_fault(err, "loading a screen in the background")  # its details logged

    def _not_read(self, err: Exception) -> None:
        self.read_for = None
        if isinstance(err, Unavailable):  # the app looks again with back-off
            self.console_app.database_down(str(err))

    def fetch(self) -> Any:
        """Runs in a worker thread: call services, return plain data."""

    @classmethod
    def prefetch(cls, ctx: Context) -> Any:
        """What ``fetch`` returns on a new screen, read before it exists while the console
        opens the database (None: no such read)."""

    @guarded("showing the screen")
    def on_loaded(self, message: Loaded) -> None:
        message.stop()
        if self.app.is_running:  # not while the app shuts down and takes this screen apart
            first, self.loaded = not self.loaded, True
            self.show(message.data)
            self.console_app.screen_shown(self)
            if first:
                built()  # what its first data built (rows, cells) is kept too

    def show(self, data: Any) -> None:
        """Runs on the UI thread with what ``fetch`` returned."""

    def tick(self, now: datetime) -> None:
        """Called every second by the app with the clock's time."""

    def focus_body(self) -> None:
        """The focus back on the table at once: the keys sent right after the esc that closed
        a bar are the table's (convention 20)."""
        tables = self.query("#table")
        self.set_focus(tables.first() if tables else None)

    def set_title(self, text: str) -> None:
        self.query_one("#screen-title", Static).update(literal(text), layout=False)  # one line

    def say(self, text: str, ok: bool = True) -> None:
        self.status_line.say(text, ok)

    def on_key(self, _event: events.Key) -> None:
        """Before the key's action: a refusal said about the key before is taken away, so it
        never stands beside a row it is not about."""
        self.status_line.unsay_refusal()

    def ask(
        self,
        title: str,
        question: str,
        then: Callable[[], None],
        detail: str = "",
        otherwise: Callable[[], None] | None = None,
    ) -> None:
        """y/n before a key changes data irreversibly (convention 16): ``then`` runs on y,
        ``otherwise`` on n or esc."""

        def answered(yes: bool | None) -> None:
            if yes:
                then()
            elif otherwise is not None:
                otherwise()

        self.app.push_screen(ConfirmModal(title, question, detail), answered)

    def action_command_line(self, value: str = "") -> None:
        self.query_one(FilterBar).display = False
        self.query_one(CommandLine).open(value)
        self._read_completions()

    @work(thread=True, exclusive=True, group="completions")
    @guarded("reading the completions")
    def _read_completions(self) -> None:
        from cs_console.commands.completion import completions

        try:
            words = completions(self.console_app.cs)
        except Unavailable:  # Tab completes nothing until the database is back
            return
        self.app.call_from_thread(self._set_completions, words)

    def _set_completions(self, words: Any) -> None:
        bar = self.query_one(CommandLine)
        bar.suggester.completions = words  # type: ignore[union-attr]

    def action_list(self, move: str) -> None:
        """j/k/g/G/ctrl+d/ctrl+u: the focused table, else the screen's first, moves its cursor
        (any DataTable-like table: it has DataTable's cursor actions)."""
        focused = self.focused
        if hasattr(focused, f"action_{move}"):
            table = focused
        else:
            tables = [w for w in self.query("#table, DataTable") if hasattr(w, f"action_{move}")]
            if not tables:
                return
            table = tables[0]
        getattr(table, f"action_{move}")()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """``/`` only where there is a table to filter: elsewhere it is neither listed nor
        answered, and the letters typed after it are not taken for a filter."""
        if action == "filter":
            return bool(self.query("#table"))
        return True

    def action_filter(self) -> None:
        self.query_one(CommandLine).display = False
        bar = self.query_one(FilterBar)
        bar.open(bar.value)

    def action_back_out(self) -> None:
        """esc: close the open bar, else clear the filter; never anything that writes."""
        for bar in self.query(InputBar):
            if bar.display:
                bar.action_close()
                return
        self.apply_filter("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, CommandLine):
            line = event.value.strip()
            event.input.action_close()
            if line in ("q", "quit"):  # k9s' :q
                self.app.exit()
            elif line:
                event.input.remember(line)
                self.console_app.run_command(line)
        elif isinstance(event.input, FilterBar):
            self.focus_body()
        event.stop()

    def on_input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, FilterBar):
            self.apply_filter(event.value)
            event.stop()

    def apply_filter(self, text: str) -> None:
        """Screens with a table narrow its rows to those containing ``text``."""

    def follow(self, ref: str) -> None:
        """A command created or changed ``ref``: screens with a table put the cursor there."""
