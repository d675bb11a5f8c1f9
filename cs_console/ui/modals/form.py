"""A small keyboard form: enter moves to the next field and submits on the last; esc cancels.

A field with ``choices`` is a picker (it offers only those values); a field with a ``check``
says what is wrong under itself as you type, and a submit with a wrong field keeps the form
open on that field, every value kept.

A form that sends an intent stays open until its result comes back: a success closes it; a
refusal is said under the field it names (or under the form), every value kept, to be
corrected and sent again (conventions 13, 16)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from cs_console.i18n import _
from cs_console.services.context import READ_ONLY
from cs_console.ui import keys
from cs_console.ui.literal import literal
from cs_console.ui.messages import CommandDone, Reply
from cs_console.ui.steady_styles import SteadyStyles
from cs_console.ui.underlay import DimmedUnderlay
from cs_console.ui.widgets.input_bar import SteadyInput

Check = Callable[[str], str | None]  # the value → what is wrong with it, or None
Send = Callable[[dict[str, str], Reply], None]  # runs the values' intent, its result to the reply


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    value: str = ""
    password: bool = False
    choices: tuple[str, ...] = ()  # a picker of these values
    check: Check | None = None
    words: Callable[[str], str] | None = None  # a choice as the language shows it (sent as is)


def required(value: str) -> str | None:
    return None if value.strip() else _("Needed.")


def digits(value: str) -> str | None:
    """A staff number or a phone number: digits (a phone may carry + and -), or empty."""
    text = value.strip().lstrip("+").replace("-", "")
    return None if not text or text.isdigit() else _("Digits only.")


class FormModal(DimmedUnderlay, SteadyStyles, ModalScreen[dict[str, str] | None]):
    WRITES = True  # a console that only looks does not open it (ui/read_only_gate.py)
    BINDINGS: ClassVar[list[BindingType]] = [*keys.DISMISS[:1], *keys.FORM]

    def __init__(self, title: str, fields: list[Field], send: Send | None = None) -> None:
        """Without ``send`` the form closes on submit with its values; with it, it sends them
        and waits for the result (``answered``)."""
        super().__init__()
        self._title = title
        self._fields = fields
        self._send = send
        self._waiting = False  # sent, the result not back yet: enter does not send it again

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(literal(self._title), id="dialog-title")
            for field in self._fields:
                yield Label(field.label)
                if field.choices:
                    yield Select(
                        [(field.words(c) if field.words else c, c) for c in field.choices],
                        value=field.value or field.choices[0],
                        allow_blank=False,
                        type_to_search=True,
                        id=f"field-{field.name}",
                    )
                else:
                    yield SteadyInput(
                        field.value, id=f"field-{field.name}", password=field.password
                    )
                yield Label("", id=f"error-{field.name}", classes="field-error", markup=False)
            yield Label("", id="form-refusal", classes="field-error", markup=False)
            yield Static(_("enter: next field / submit · esc cancels"), id="dialog-hint")

    def reopen(self, send: Send | None) -> None:
        """Kept between openings (ui/kept_modals.py): as new, every field at its first value,
        nothing said under them, the focus on the first."""
        self._send, self._waiting = send, False
        for field, widget in zip(self._fields, self._widgets(), strict=True):
            with widget.prevent(Input.Changed, Select.Changed):  # nothing to check: as new
                widget.value = field.value or (field.choices[0] if field.choices else "")
            self._say_under(f"error-{field.name}", "")
        self._say_under("form-refusal", "")
        self._widgets()[0].focus()

    def _widgets(self) -> list[Input | Select[str]]:
        return [self.query_one(f"#field-{f.name}") for f in self._fields]  # type: ignore[misc]

    def _value(self, field: Field) -> str:
        widget = self.query_one(f"#field-{field.name}")
        return str(widget.value).strip()  # type: ignore[attr-defined]

    def _error(self, field: Field) -> str | None:
        message = field.check(self._value(field)) if field.check else None
        self._say_under(f"error-{field.name}", message or "")
        return message

    def on_input_changed(self, event: Input.Changed) -> None:
        """Every field says what is wrong with it as you type."""
        name = (event.input.id or "").removeprefix("field-")
        for field in self._fields:
            if field.name == name:
                self._error(field)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()  # enter is the form's own key (action_next_field)

    def action_next_field(self) -> None:
        """enter, taken as the key arrives (priority): what is typed after it lands in the
        next field however fast it comes. An open picker keeps enter to choose."""
        focused = self.focused
        if isinstance(focused, Select) or (focused is not None and focused.parent is not None
                                           and isinstance(focused.parent, Select)):  # fmt: skip
            select = focused if isinstance(focused, Select) else focused.parent
            if select.expanded:  # type: ignore[union-attr]
                raise SkipAction()
        widgets = self._widgets()
        index = next((i for i, w in enumerate(widgets) if w is focused), len(widgets) - 1)
        if index + 1 < len(widgets):
            self.set_focus(widgets[index + 1])  # at once: the keys behind it land there
            return
        widgets[index].call_later(self._submit)  # once the field took the keys sent before

    def _submit(self) -> None:
        if self._waiting:
            return
        wrong = [f for f in self._fields if self._error(f)]
        if wrong:
            self.query_one(f"#field-{wrong[0].name}").focus()
            return
        values = {f.name: self._value(f) for f in self._fields}
        if self._send is None:
            self.dismiss(values)
            return
        self._say_under("form-refusal", "")
        self._waiting = True
        self._send(values, self.answered)

    def answered(self, done: CommandDone) -> bool:
        """The result of what the form sent. A success closes the form, and so does a refusal
        that asks for something (y/n, a reload, a sign-in) or a fault nobody can correct here:
        the console goes on with it. A refusal that only says no stays here (True): under the
        one field whose value it names, or under the form, the focus there or on the first."""
        self._waiting = False
        if self.app.screen is not self:  # closed with esc, or a dialog over it: the console says it
            return False
        if done.ok or done.then or done.conflict or done.fault or done.text == _(READ_ONLY):
            self.dismiss(None)
            return False
        named = [f for f in self._fields if not f.password and _names(done.text, self._value(f))]
        field = named[0] if len(named) == 1 else self._fields[0]
        self._say_under(f"error-{field.name}" if len(named) == 1 else "form-refusal", done.text)
        self.query_one(f"#field-{field.name}").focus()
        return True

    def _say_under(self, label_id: str, text: str) -> None:
        label = self.query_one(f"#{label_id}", Label)
        label.update(text)
        label.display = bool(text)

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)


def _names(sentence: str, value: str) -> bool:
    """The sentence names the value: as a whole word (a staff number, a seat, a phone)."""
    return bool(value) and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", sentence) is not None
