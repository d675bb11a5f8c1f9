"""The dispatch target picker: a list that filters as you type (agents on shift first)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cs_console.i18n import _
from cs_console.services.targets import Target
from cs_console.ui import keys
from cs_console.ui.literal import literal
from cs_console.ui.steady_styles import SteadyStyles
from cs_console.ui.widgets.input_bar import SteadyInput


class TargetPicker(SteadyStyles, ModalScreen[str | None]):
    """Dismisses with the chosen target code, or None."""

    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS[:1]

    def __init__(self, title: str, targets: list[Target]) -> None:
        super().__init__()
        self._title = title
        self._targets = targets

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            yield SteadyInput(placeholder=_("type to filter"), id="picker-filter")
            yield OptionList(*self._options(""), id="picker-list")
            yield Static(_("↑↓ choose · enter dispatches · esc cancels"), id="dialog-hint")

    def reopen(self, title: str, targets: list[Target]) -> None:
        """Kept between openings (ui/kept_modals.py): this ticket's title and the targets as
        read now, the filter empty, the first one highlighted."""
        self._title, self._targets = title, targets
        self.query_one("#dialog-title", Static).update(literal(title))
        field = self.query_one("#picker-filter", Input)
        with field.prevent(Input.Changed):
            field.value = ""
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options(""))
        if options.option_count:
            options.highlighted = 0
        field.focus()

    def _options(self, text: str) -> list[Option]:
        needle = text.casefold()
        return [
            Option(
                literal(f"{t.label}  [{t.code}]" if t.code not in t.label else t.label), id=t.code
            )
            for t in self._targets
            if needle in f"{t.code} {t.label}".casefold()
        ]

    def on_input_changed(self, event: Input.Changed) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options(event.value))
        if options.option_count:
            options.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_key(self, event) -> None:  # noqa: ANN001
        """Up and down move the list while typing in the filter."""
        if event.key in ("up", "down") and self.query_one(Input).has_focus:
            options = self.query_one(OptionList)
            getattr(options, f"action_cursor_{event.key}")()
            event.stop()

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
