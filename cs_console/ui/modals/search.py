"""ctrl+f: search every past shift. Enter in the field searches; enter on a hit
opens its ticket, or shows the log entry, event or remark found. Customer data stays masked
(D-12)."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Static

from cs_console.domain.errors import UserError
from cs_console.domain.search_text import Hit
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.lookup import ticket_detail
from cs_console.services.search import HIT_KINDS, local, search
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.literal import cell, literal
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.underlay import DimmedUnderlay
from cs_console.ui.widgets.input_bar import SteadyInput

KINDS = HIT_KINDS


class SearchModal(DimmedUnderlay, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = keys.DISMISS[:1]

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self._ctx = ctx
        self._hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(_("Search every shift"), id="dialog-title")
            yield SteadyInput(placeholder=_("words or 旷工 + enter"), id="search-text")
            table: DataTable[object] = DataTable(id="search-hits", cursor_type="row")
            table.add_columns(_("Where"), _("When"), _("What"), _("Text"))
            yield table
            yield Static(_("enter searches · ↓ to the hits, enter opens · esc closes"),
                         id="dialog-hint")  # fmt: skip

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._search(event.value)

    @work(thread=True, exclusive=True, group="search")
    @guarded("searching")
    def _search(self, text: str) -> None:
        try:
            hits = search(self._ctx, text)
        except UserError as err:
            self.app.call_from_thread(self._said, str(err))
            return
        self.app.call_from_thread(self._show, hits)

    def _said(self, sentence: str) -> None:
        self.query_one("#dialog-hint", Static).update(literal(sentence))

    def _show(self, hits: list[Hit]) -> None:
        self._hits = hits
        table = self.query_one("#search-hits", DataTable)
        table.clear()
        tz = self._ctx.settings.tz
        for n, hit in enumerate(hits):
            when, text = local(hit.at, tz), cell(hit.text[:60])
            table.add_row(cell(hit.ref), when, _(KINDS.get(hit.kind, hit.kind)), text, key=str(n))
        self._said(
            _("{n} found (newest first)").format(n=len(hits)) if hits else _("Nothing found.")
        )

    def on_key(self, event) -> None:  # noqa: ANN001
        if event.key == "down" and self.query_one(Input).has_focus and self._hits:
            self.query_one("#search-hits", DataTable).focus()
            event.stop()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(self._hits[int(str(event.row_key.value))])

    @work(thread=True, group="search-open")
    @guarded("opening a hit")
    def _open(self, hit: Hit) -> None:
        ticket = TicketRef.read(hit.ref)
        if ticket is not None:
            text = ticket_detail(self._ctx, ticket.number)
        else:
            kind = _(KINDS.get(hit.kind, hit.kind))
            text = f"{local(hit.at, self._ctx.settings.tz)} · {kind}\n{hit.text}"
        self.app.call_from_thread(self.app.push_screen, TextResultModal(hit.ref, text))

    def action_dismiss_modal(self) -> None:
        self.dismiss(None)
