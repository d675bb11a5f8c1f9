"""A small keyboard form: enter moves to the next field and submits on the last; esc cancels."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from cs_console.ui import keys
from cs_console.ui.literal import literal
from cs_console.ui.widgets.input_bar import SteadyInput


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    value: str = ""
    password: bool = False


class FormModal(ModalScreen[dict[str, str] | None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS[:1]

    def __init__(self, title: str, fields: list[Field]) -> None:
        super().__init__()
        self._title = title
        self._fields = fields

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            for field in self._fields:
                yield Label(field.label)
                yield SteadyInput(field.value, id=f"field-{field.name}", password=field.password)
            yield Static("enter: next field / submit · esc cancels", id="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
            return
        self.dismiss(
            {f.name: self.query_one(f"#field-{f.name}", Input).value.strip() for f in self._fields}
        )

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
