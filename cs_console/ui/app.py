"""The console: six screens as modes, a header tick, the command line and the palette.

This module is light to import: the services and the screens, which import the database
layer, come in a worker thread that starts as the boot screen is painted (#8, P1, P2)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import BindingType
from textual.screen import Screen

from cs_console.domain.errors import (
    EXIT_FAULT,
    EXIT_REFUSED,
    Ask,
    Conflict,
    Unavailable,
    UserError,
)
from cs_console.gc_pause import start_done
from cs_console.i18n import _
from cs_console.services.reminders import due_soon
from cs_console.ui import keys
from cs_console.ui.alert_ringing import AlertRinging
from cs_console.ui.alerts import ClockAlerts
from cs_console.ui.commands import ConsoleCommands
from cs_console.ui.faults import FaultReports, guarded
from cs_console.ui.kept_modals import KeptModals
from cs_console.ui.locking import Locking
from cs_console.ui.messages import CommandDone, Reply, ShiftLoaded
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.opening import FIRST_MODE, GLANCE_WAIT_S, Glance, Opening, opening
from cs_console.ui.read_only_gate import ReadOnlyGate
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.screens.boot import BootScreen
from cs_console.ui.switching import ScreenSwitching
from cs_console.ui.toasts import TickedToasts
from cs_console.ui.upkeep import POLL_SECONDS, UNREACHABLE, Upkeep
from cs_console.ui.widgets.header_line import header_text
from cs_console.ui.windows import Windows

if TYPE_CHECKING:
    from cs_console.commands.intents import Intent
    from cs_console.domain.records import StaffMember
    from cs_console.services.alerts import AlertLine
    from cs_console.services.changes import ChangeWatch
    from cs_console.services.context import Context
    from cs_console.services.shift_view import ShiftOverview
    from cs_console.ui.modals.lock import LockScreen

Seen = dict[str, int] | None  # the versions of the records acted on, as the screen showed them
BOOT_ACTIONS = {"quit", "help"}  # what the keys may do while the database is being opened


class ConsoleApp(
    Locking, AlertRinging, Windows, FaultReports, Upkeep, ReadOnlyGate, KeptModals,
    ScreenSwitching, TickedToasts, App[None],
):  # fmt: skip
    CSS_PATH = "app.tcss"
    TITLE = "cs-console"
    BINDINGS: ClassVar[list[BindingType]] = keys.APP
    COMMANDS = App.COMMANDS | {ConsoleCommands}

    def __init__(
        self,
        ctx: Context | None = None,
        *,
        opener: Callable[[], Context] | None = None,
        glance: Callable[[], Glance | None] | None = None,
        read_only: bool = False,
        sign_in: bool = True,
        plain: bool = False,
    ) -> None:
        """On an open ``ctx``, or on the one ``opener`` returns in a worker thread started with
        the first frame, once ``glance`` read the roll call due now (#23, P2)."""
        super().__init__()
        self.cs: Context = ctx  # type: ignore[assignment] - set by _opened before any use
        self._opener = opener
        self._glance = glance
        self.read_only = read_only
        self.plain = plain  # or the config's ``plain``, once the settings are read
        self._ask_sign_in = sign_in and not read_only
        self.signed_in: StaffMember | None = None
        self.locked: LockScreen | None = None  # the lock screen while the console is locked
        self._last_input: datetime | None = None  # real time of the last key (idle lock)
        self.floor_alerts: list[AlertLine] = []  # the open alerts, as last loaded
        self._rung_at: datetime | None = None
        self.shift_view: ShiftOverview | None = None
        self._shift_asked = False
        self.alerts: ClockAlerts | None = None
        self._changes: ChangeWatch | None = None
        self._last_change = 0  # the change token of what this console shows
        self.boot_failure: str | None = None  # why the database could not be opened
        self._first_data: Any = None  # read by the opener, for the first screen to show
        self.init_upkeep()

    def take_first_data(self) -> Any:
        """The first screen's data when the opener read it; asked once, by the first screen."""
        data, self._first_data = self._first_data, None
        return data

    def get_default_screen(self) -> Screen:
        return BootScreen()

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self._opener is None:
            self._opened(opening(self.cs, read_first=False))
        else:
            self._open()

    @work(thread=True, group="open")
    def _open(self) -> None:
        """Off the UI thread, beside the boot screen's first paint (which needs none of it): the
        roll call due now read and drawn first, then the database layer, the first screen, the
        database itself and the first screen's data."""
        assert self._opener is not None
        first = self._glance() if self._glance is not None else None
        if first is not None:  # drawn before the database layer's import takes the interpreter
            painted = threading.Event()
            self.call_from_thread(self._glanced, first, painted)
            painted.wait(GLANCE_WAIT_S)
        try:
            opened = opening(self._opener(), read_first=True)
        except UserError as err:
            self.call_from_thread(self._cannot_open, str(err), EXIT_REFUSED)
        except Exception as err:
            if os.environ.get("CS_CONSOLE_DEBUG"):
                raise
            from cs_console.fault_log import record_fault

            sentence = record_fault(err, "opening the database")
            self.call_from_thread(self._cannot_open, sentence, EXIT_FAULT)
        else:
            self.call_from_thread(self._opened, opened)

    async def _glanced(self, first: Glance, painted: threading.Event) -> None:
        if isinstance(self.screen, BootScreen):
            await self.screen.show_roll(first.roll, first.now, first.tz)
        self.call_after_refresh(painted.set)

    def _cannot_open(self, sentence: str, status: int) -> None:
        self.boot_failure = sentence
        self.exit(return_code=status)

    def _opened(self, opened: Opening) -> None:
        start_done()
        ctx = opened.ctx
        self.cs = ctx.reading_only() if self.read_only else ctx
        rules = ctx.settings.rules
        self.plain = self.plain or ctx.settings.plain
        self.set_class(self.plain, "-plain")
        self.alerts = ClockAlerts(rules.clocks, ctx.now())
        self._changes, self._last_change = opened.changes, opened.token
        if ctx.settings.keymap:
            self.set_keymap(ctx.settings.keymap)
        for mode, screen in opened.screens.items():
            self.add_mode(mode, screen)
        self._first_data = opened.first_data
        self.switch_mode(FIRST_MODE)
        self.set_interval(1.0, self.tick)
        self.set_interval(POLL_SECONDS, self._poll)
        if self._ask_sign_in:
            from cs_console.ui.modals.sign_in import SignInModal

            self.push_screen(SignInModal(self.cs), self._signed_in)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the database is being opened only quit and help answer."""
        return self.alerts is not None or action in BOOT_ACTIONS

    def _signed_in(self, person: StaffMember | None) -> None:
        """Whoever signed in acts as themself: what they may do is the permission table's,
        asked for each command (an agent acknowledges or appeals their own points). Without
        a sign-in the console is read-only, and one started read-only stays so."""
        if person is not None and not self.read_only:
            self.signed_in = person
            self.cs = replace(self.cs, read_only=False).acting_as(person.staff_no)
            self._last_input = self.cs.real_now()
            self.notify(
                _("Signed in as {staff_no} {name}.").format(
                    staff_no=person.staff_no, name=person.name
                )
            )
            self.settle_now()
        else:
            self.cs = self.cs.reading_only()
        self.refresh_header()

    def screen_shown(self, screen: ConsoleScreen) -> None:
        """A screen put its data up (one built away draws it ahead). The shift's figures are
        loaded after the first screen's data (#8, P2), then the other screens are built."""
        self.call_after_refresh(self.draw_away, screen)  # not the screen shown
        if not self._shift_asked:  # later loads come from the tick and the poll
            self._shift_asked = True
            self._load_shift()
            self.call_after_refresh(self.build_away)

    @work(thread=True, exclusive=True, group="shift")
    @guarded("loading the shift")
    def _load_shift(self) -> None:
        from cs_console.services.alerts import open_alerts
        from cs_console.services.shift_view import overview, running_clocks

        try:
            self.post_message(
                ShiftLoaded(overview(self.cs), running_clocks(self.cs), open_alerts(self.cs))
            )
        except Unavailable as err:
            self.call_from_thread(self.database_down, str(err))

    @guarded("showing the shift")
    def on_shift_loaded(self, message: ShiftLoaded) -> None:
        self.shift_view = message.view
        self.alerts.load(message.clocks, self.cs.now())
        self.floor_alerts = message.alerts
        self.refresh_header()

    @guarded("updating the clock")
    def tick(self) -> None:
        """The one timer: header clock, shift change, and the active screen's live cells."""
        self.take_down_toasts()  # first: nothing that fails below keeps them up
        now = self.cs.now()
        current = self.cs.current_shift(now)
        shown = self.shift_view.shift if self.shift_view else None
        changed = (current and current.key) != (shown and shown.key)
        if self.shift_view is not None and changed:  # writes reload it through _poll
            self._load_shift()
        for text, severity in self.alerts.check(now):
            self.notify(text, severity=severity, timeout=8)
            self.bell()
            if self.locked is not None:
                self.locked.alert(text)
        self._ring_alerts(now)
        self._lock_if_idle()
        self.refresh_header()
        screen = self._console_screen()
        if screen is not None:
            screen.tick(now)
        self._settle_if_due(now, current.key if current else None)

    def on_unmount(self) -> None:
        if self._changes is not None:
            self._changes.close()

    def refresh_header(self) -> None:
        """The header of every screen built, shown or away: one shown again draws it at once."""
        screens = [s for s in self.built_screens if s.header_line.is_mounted]
        if not screens or not self.is_running:  # not while a screen is still composing
            return
        signed_in = self.signed_in
        who = (
            _("signed in {staff_no}").format(staff_no=signed_in.staff_no)
            if signed_in
            else _("read-only")
        )
        now, settings = self.cs.now(), self.cs.settings
        text = header_text(
            settings.centre_name, self.shift_view, who, now, settings.tz,
            due_soon(settings, now), UNREACHABLE if self.db_down else "", plain=self.plain,
            width=self.size.width - 2,  # (its padding)
        )  # fmt: skip
        for screen in screens:
            screen.header_line.show(text)

    def _console_screen(self) -> ConsoleScreen | None:
        """The screen of the current mode, also while a dialog is open over it (None while
        the app shuts down: its screens are being taken apart)."""
        if not self.is_running:
            return None
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ConsoleScreen):
                return screen
        return None

    def _reload_if(self, screen: ConsoleScreen):  # noqa: ANN202 - a ConfirmModal callback
        def answered(yes: bool | None) -> None:
            if yes:
                screen.reload()
                self._load_shift()

        return answered

    def action_command_line(self) -> None:
        self.open_command_line()

    def open_command_line(self, value: str = "") -> None:
        screen = self._console_screen()
        if screen is not None:
            screen.action_command_line(value)

    def run_command(
        self, line: str, pin: str | None = None, seen: dict[str, int] | None = None
    ) -> None:
        """Run a command line typed at ``:`` (the parser reads it)."""
        self._run(line, pin, seen)

    def run_intent(
        self, intent: Intent, pin: str | None = None, seen: Seen = None, reply: Reply | None = None
    ) -> None:
        """Run what a key or a form built: no text is read back (convention 13). A form that
        sent it gives its ``reply``: the result goes there first (modals/form.py)."""
        self._run(intent, pin, seen, reply)

    @work(thread=True, group="command")
    def _run(
        self, what: str | Intent, pin: str | None, seen: Seen, reply: Reply | None = None
    ) -> None:
        """Run a command off the UI thread; the result comes back as a message.

        A PIN, when a signature needs one, goes with this one command only; ``seen`` holds
        the versions of the records the user acted on, as the screen showed them."""
        from cs_console.commands.registry import execute, run

        ctx = (self.cs.acting_as(self.cs.actor, pin) if pin else self.cs).seeing(seen or {})
        line = what if isinstance(what, str) else what.verb

        def done(text: str, ok: bool, **more: Any) -> None:
            self.post_message(CommandDone(line, text, ok, reply=reply, **more))

        try:
            if isinstance(what, str):
                done(execute(ctx, what), ok=True)
            else:
                result = run(ctx, what)
                done(result.text, ok=True, touched=result.touched)
        except Conflict as err:
            done(str(err), ok=False, conflict=True)
        except Ask as err:
            done(str(err), ok=False, then=err.then, yes=err.intent)
        except Unavailable as err:  # refused in one sentence; the screen keeps what it shows
            done(str(err), ok=False)
            self.call_from_thread(self.database_down, str(err))
        except UserError as err:
            done(str(err), ok=False)
        except Exception as err:
            if os.environ.get("CS_CONSOLE_DEBUG"):
                raise
            from cs_console.fault_log import record_fault, running

            done(record_fault(err, running(line)), ok=False, fault=True)

    @guarded("showing a result")
    def on_command_done(self, message: CommandDone) -> None:
        screen = self._console_screen()
        if message.reply is not None and message.reply(message):  # kept by the form that sent it
            if screen is not None:
                screen.say(message.text, ok=False)
            self.bell()
            return
        if "\n" in message.text:
            self.show_in_window(message.line, message.text, screen)
            return
        if message.fault:  # nothing was written: a reload would only meet the fault again
            if screen is not None:
                screen.say(message.text, ok=False)
            self.bell()
            return
        if message.then:  # a question: y runs the intent it came with, n or esc leaves it
            then, intent = message.then, message.yes
            self.push_screen(
                ConfirmModal(_("Are you sure?"), message.text.partition("; ")[0] + "?", then),
                lambda yes: self.run_intent(intent) if yes else None,
            )
            return
        if screen is not None and message.conflict:
            screen.say(message.text, ok=False)
            self.bell()
            self.push_screen(
                ConfirmModal(_("Changed by someone else"), message.text), self._reload_if(screen)
            )
            return
        from cs_console.services.context import READ_ONLY

        if message.text == _(READ_ONLY):  # the refusal offers what it asks for
            self.refuse_read_only()
            return
        if screen is not None:
            screen.say(message.text, ok=message.ok)
            if message.touched:
                screen.follow(message.touched)
            screen.reload()
        self._load_shift()
        if not message.ok:
            self.bell()
