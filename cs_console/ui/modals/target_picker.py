"""The dispatch target picker: a list that filters as you type (agents on shift first).

The list is read by a worker (no database read on the UI thread) each time it opens; opened
again, it lists the last opening's targets meanwhile and is redrawn only if the read finds
others (its first frame is its only one), and an enter pressed before the read chooses then.
A choice is sent at once and the picker waits for the answer: a success closes it, a refusal
is said under the list and the picker stays for another choice (conventions 13, 16)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from cs_console.domain.errors import Unavailable
from cs_console.i18n import _
from cs_console.services.context import READ_ONLY
from cs_console.services.targets import Target
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.literal import literal
from cs_console.ui.messages import CommandDone, Reply
from cs_console.ui.steady_styles import SteadyStyles
from cs_console.ui.underlay import DimmedUnderlay
from cs_console.ui.widgets.input_bar import SteadyInput

Load = Callable[[], list[Target]]  # read off the UI thread
Send = Callable[[str, Reply], None]  # runs the dispatch to a target code, its result to the reply


class TargetPicker(DimmedUnderlay, SteadyStyles, ModalScreen[None]):
    WRITES = True  # a console that only looks does not open it (ui/read_only_gate.py)
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS[:1]

    def __init__(self, title: str, load: Load, send: Send) -> None:
        super().__init__()
        self._title = title
        self._load = load
        self._send = send
        self._targets: list[Target] | None = None  # those listed
        self._read = False  # whether this opening's read is in
        self._enter_early = False
        self._waiting = False

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            yield SteadyInput(placeholder=_("type to filter"), id="picker-filter")
            yield OptionList(id="picker-list")
            yield Label("", id="picker-refusal", classes="field-error", markup=False)
            yield Static(_("↑↓ choose · enter dispatches · esc cancels"), id="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#picker-refusal").display = False
        self._read_targets()

    def reopen(self, title: str, load: Load, send: Send) -> None:
        """Kept between openings (ui/kept_modals.py): this ticket's title, the filter empty,
        no refusal, the last opening's targets listed until they are read again."""
        self._title, self._load, self._send = title, load, send
        self._read, self._enter_early, self._waiting = False, False, False
        self.query_one("#dialog-title", Static).update(literal(title))
        field = self.query_one("#picker-filter", Input)
        if field.value:
            with field.prevent(Input.Changed):
                field.value = ""
            self._filter("")
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = 0
        self.query_one("#picker-refusal").display = False
        field.focus()
        self._read_targets()

    @work(thread=True, group="targets")
    @guarded("reading the dispatch targets")
    def _read_targets(self) -> None:
        try:
            targets = self._load()
        except Unavailable as err:
            self.app.call_from_thread(self._unavailable, str(err))
            return
        self.app.call_from_thread(self._show, targets)

    def _unavailable(self, sentence: str) -> None:
        self.dismiss(None)
        self.app.database_down(sentence)  # type: ignore[attr-defined]

    def _show(self, targets: list[Target]) -> None:
        """The targets read: the highlight stays on the target it was on; an enter pressed
        before the read chooses it, unless it is no longer listed (then the new list waits
        for another enter)."""
        self._read = True
        early, self._enter_early = self._enter_early, False
        if targets != self._targets:
            before = self._highlighted_code()
            self._targets = targets
            self._filter(self.query_one(Input).value, keep=before)
            if before is not None and self._highlighted_code() != before:
                return
        if early:
            self._choose_highlighted()

    def _highlighted_code(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def _options(self, text: str) -> list[Option]:
        needle = text.casefold()
        return [
            Option(
                literal(f"{t.label}  [{t.code}]" if t.code not in t.label else t.label), id=t.code
            )
            for t in self._targets or ()
            if needle in f"{t.code} {t.label}".casefold()
        ]

    def _filter(self, text: str, keep: str | None = None) -> None:
        """The targets matching ``text``, the highlight on ``keep`` if listed, else the first."""
        options = self.query_one(OptionList)
        options.clear_options()
        listed = self._options(text)
        options.add_options(listed)
        if options.option_count:
            codes = [option.id for option in listed]
            options.highlighted = codes.index(keep) if keep in codes else 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self._filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self._read:
            self._enter_early = True
            return
        self._choose_highlighted()

    def _choose_highlighted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, code: str | None) -> None:
        if code is None or self._waiting:
            return
        self._waiting = True
        self._send(code, self.answered)

    def answered(self, done: CommandDone) -> bool:
        """A success closes the picker, as does a refusal that asks for something (a reload,
        a sign-in) or a fault; a refusal that only says no stays under the list (True)."""
        self._waiting = False
        if self.app.screen is not self:
            return False
        if done.ok or done.then or done.conflict or done.fault or done.text == READ_ONLY:
            self.dismiss(None)
            return False
        refusal = self.query_one("#picker-refusal", Label)
        refusal.update(done.text)
        refusal.display = True
        self.query_one(Input).focus()
        return True

    def on_key(self, event) -> None:  # noqa: ANN001
        """Up and down move the list while typing in the filter."""
        if event.key in ("up", "down") and self.query_one(Input).has_focus:
            options = self.query_one(OptionList)
            getattr(options, f"action_cursor_{event.key}")()
            event.stop()

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
