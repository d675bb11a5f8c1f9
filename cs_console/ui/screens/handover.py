"""Screen 5: the log being handed over (HO-03, HO-06/HO-07, D-10): its sections, the items it
carried to the next log with their acknowledgements (exactly what the incoming signature
checks), the close-down checklist when nobody takes over (HO-15/HO-16), and the signatures."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from cs_console.commands.intents import (
    AckItem,
    Addendum,
    CloseDownSign,
    CloseDownTick,
    Note,
    PrintSummary,
    Sign,
)
from cs_console.domain.errors import UserError
from cs_console.domain.handover import SECTION_TITLES, SECTIONS
from cs_console.domain.handover_log import LogView
from cs_console.domain.text import one_line
from cs_console.i18n import N_, _, date_text, pgettext
from cs_console.services.handover_logs import following
from cs_console.services.handover_summary import shift_of
from cs_console.services.handover_view import HandoverDesk, desk
from cs_console.services.shift_view import ShiftOverview, overview
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.literal import cell, literal_lines
from cs_console.ui.messages import Reply
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.modals.form import Field, FormModal, required
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.screens.fitting import fitted, refit

FACT_TITLES = {"equipment": N_("Equipment (faults and outages)"),
               "staffing": N_("Staffing (roll call and seats)"),
               "clocks": N_("Running clocks"), "tickets": N_("Tickets")}  # fmt: skip
SIGN_TITLES = {"outgoing": N_("Sign outgoing (HO-06):"), "incoming": N_("Sign incoming (HO-06):")}
ITEM_COLUMNS = ((N_("Item"), 7), (N_("Carried to the next log · close-down"), 72),
                (N_("Acknowledged"), 18), (N_("State"), 10))  # fmt: skip
ITEM_TEXT, ITEM_LEAST = ITEM_COLUMNS[1][0], 36  # the column that narrows to fit, to 36 cells
ITEM_DROP_FIRST = ("Acknowledged",)  # when even that does not fit


def _joined(lines: list[str] | tuple[str, ...]) -> str:
    """Lines of the log, each one line however its text was typed (a note cannot forge one)."""
    return "\n".join(map(one_line, lines))


def _labelled(lines: list[tuple[str, str]]) -> list[str]:
    """``(label, text)`` lines with the texts in one column, whatever the labels' widths."""
    width = max(cell_len(label) for label, _text in lines) + 2
    return [label + " " * (width - cell_len(label)) + text for label, text in lines]


def _leader(view_: ShiftOverview) -> str:
    if view_.shift is None:
        return _("no shift")
    who = f"{view_.leader.staff_no} {view_.leader.name}" if view_.leader else _("none rostered")
    return f"{view_.shift.shift.label()} {date_text(view_.shift.day)}: {who}"


class HandoverScreen(ConsoleScreen):
    CSS_PATH = "handover.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keys.HANDOVER
    TITLE_TEXT = N_("5 Handover")
    shown_log: LogView | None = None  # the log as the leader sees it (signatures check it)
    _item_columns: tuple[tuple[int, int], ...] = ()  # (column, width) shown

    def compose_body(self) -> ComposeResult:
        yield Static("", id="handover-parties", markup=False)
        yield DataTable(id="items", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="handover-log"):
            yield Static("", id="handover-text")

    def fetch(self) -> tuple[HandoverDesk, ShiftOverview, ShiftOverview]:
        ctx = self.console_app.cs
        data = desk(ctx)
        shift = data.log.shift
        return data, overview(ctx, shift), overview(ctx, following(ctx, shift))

    def show(self, data: tuple[HandoverDesk, ShiftOverview, ShiftOverview]) -> None:
        handover, outgoing, incoming = data
        log = handover.log
        self.shown_log = log
        tz = self.console_app.cs.settings.tz
        status = _log_status(log.status)
        if log.out_signed_at:
            at = f"{log.out_signed_at.astimezone(tz):%H:%M}"
            status += _(" · out {staff_no} {time}").format(staff_no=log.out_staff_no, time=at)
        if log.in_signed_at:
            at = f"{log.in_signed_at.astimezone(tz):%H:%M}"
            status += _(" · in {staff_no} {time}").format(staff_no=log.in_staff_no, time=at)
        if log.seq:
            status += _(" · log {seq}").format(seq=log.seq)
            status += f" · {log.fingerprint[:16]} · {_(log.signed_text) if log.signed_text else ''}"
        lines = [(_("Outgoing"), _leader(outgoing)), (_("Incoming"), _leader(incoming)),
                 (_("Log"), f"{log.shift.key} {status}")]  # fmt: skip
        if handover.due is not None and handover.due.key != log.shift.key:
            others = _("others' notes go to the log of {shift}").format(shift=handover.due.key)
            lines.append((_("Notes"), others))
        self.query_one("#handover-parties", Static).update(literal_lines(_joined(_labelled(lines))))
        self._items(log)
        self.query_one("#handover-text", Static).update(literal_lines(_joined(self._lines(log))))

    def on_resize(self) -> None:
        """The items fit the width: their text narrows first, then Acknowledged goes."""
        shown = fitted(ITEM_COLUMNS, self.size.width, ITEM_DROP_FIRST, ITEM_TEXT, ITEM_LEAST)
        if shown != self._item_columns:
            self._item_columns = shown
            refit(self.query_one("#items", DataTable), ITEM_COLUMNS, shown)
            if self.shown_log is not None:
                self._items(self.shown_log)

    def _items(self, log: LogView) -> None:
        tz = self.console_app.cs.settings.tz
        table = self.query_one("#items", DataTable)
        row = table.cursor_row
        table.clear()
        rows: list[tuple[str, tuple[str, str, str, str]]] = []
        for item in log.handed:
            acked = (f"{item.acked_by} {item.acked_at.astimezone(tz):%H:%M}" if item.acked_at
                     else _("NOT acknowledged"))  # fmt: skip
            state = _("resolved") if item.resolved else _("open")
            rows.append((f"#{item.id}", (f"#{item.id}", item.text, acked, state)))
        if log.closedown is not None:
            for line in log.closedown.lines:
                ticked = (f"{line.ticked_by} {line.ticked_at.astimezone(tz):%H:%M}"
                          if line.ticked_at else _("not ticked"))  # fmt: skip
                label = _("close-down: {line}").format(line=line.label)
                rows.append((f"close:{line.code}", (line.code, label, ticked, _("close-down"))))
        for key, cells in rows:
            table.add_row(*(cell(cells[index]) for index, _w in self._item_columns), key=key)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def _lines(self, log: LogView) -> list[str]:
        tz = self.console_app.cs.settings.tz
        out: list[str] = []
        if not log.handed and log.status == "draft":
            out.append(
                _("Carried to {shift} at the outgoing signature: the open items.").format(
                    shift=log.next_key
                )
            )
        if log.closedown is not None:
            signed = log.closedown.signed_at
            out.append(
                _("Close-down signed by {staff_no} at {time}").format(
                    staff_no=log.closedown.signed_by, time=f"{signed.astimezone(tz):%H:%M}"
                )
                if signed
                else _("Close-down: nobody takes over — tick each line (t), then sign it (c)")
            )
        for section in SECTIONS:
            title = _(SECTION_TITLES[section])
            out.append(
                title if section in SECTIONS[:3] else _("{title} (optional)").format(title=title)
            )
            rows = [r for r in log.entries if r[1] == section]
            for number, _s, kind, text, author, at, acked in rows:
                ack = _("ack {staff_no}").format(staff_no=acked) if acked else _("NOT acknowledged")
                mark = _(" [carried, {ack}]").format(ack=ack) if kind == "carried" else ""
                out.append(f"• #{number} {at.astimezone(tz):%H:%M} {author}: {text}{mark}")
            if not rows:
                out.append(_("• (empty)"))
        addenda = [r for r in log.entries if r[2] == "addendum"]
        if addenda:
            out.append(_("Addenda"))
            out += [
                f"  #{n} {at.astimezone(tz):%H:%M} {a}: {t}" for n, _s, _k, t, a, at, _x in addenda
            ]
        out.append("")
        out.append(
            _("Drafted from the records (confirm and add; frozen at the outgoing signature)")
        )
        for key, title in FACT_TITLES.items():
            items = log.facts.get(key, [])
            out.append(f"{_(title)}: {'' if items else _('none')}")
            out += [f"  – {item}" for item in items]
        return out

    def _selected(self, prefix: str) -> str | None:
        table = self.query_one("#items", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
        return key.removeprefix(prefix) if key.startswith(prefix) else None

    def _seen(self) -> dict[str, int]:
        log = self.shown_log
        return {log.shift.key: log.version} if log and log.version else {}

    def _form(self, title: str, fields: list[Field], build, pin: bool = False) -> None:  # noqa: ANN001
        seen = self._seen()

        def send(values: dict[str, str], reply: Reply) -> None:
            self.console_app.run_intent(
                build(values), values.get("pin") if pin else None, seen=seen, reply=reply
            )

        self.app.push_screen(FormModal(title, fields, send))

    def action_note(self) -> None:
        self._form(
            _("Handover note (HO-03)"),
            [
                Field(
                    "section",
                    _("Section"),
                    "equipment",
                    choices=SECTIONS,
                    words=lambda s: _(SECTION_TITLES[s]),
                ),
                Field("text", _("Text ('none' if nothing to report)"), check=required),
            ],
            lambda v: Note(v["section"], v["text"]),
        )

    def action_ack_item(self) -> None:
        """a: the selected carried item, as the incoming leader read it (D-10)."""
        item = self._selected("#")
        if item is None:
            self.say(_("Select a carried item (#n) to acknowledge."), ok=False)
            return
        self.console_app.run_intent(AckItem(int(item)), seen=self._seen())

    def action_ack_all(self) -> None:
        """A: every item the log being handed over carried."""
        self.console_app.run_intent(AckItem(None), seen=self._seen())

    def action_closedown_tick(self) -> None:
        item = self._selected("close:")
        if item is None:
            self.say(_("Select a close-down line to tick (HO-15)."), ok=False)
            return
        self.console_app.run_intent(CloseDownTick(item), seen=self._seen())

    def action_closedown_sign(self) -> None:
        self._form(
            self._signing(_("Sign the close-down (HO-16) of")),
            [Field("pin", _("PIN"), password=True)],
            lambda v: CloseDownSign(),
            pin=True,
        )

    def action_addendum(self) -> None:
        self._form(
            _("Addendum to the signed log (D-10)"),
            [Field("text", _("Correction"), check=required)],
            lambda v: Addendum(v["text"]),
        )

    @work(thread=True, group="print")
    @guarded("finding the log to print")
    def action_print(self) -> None:
        """The summary of the log being handed over, on the default printer, after a yes; which
        log that is is read off the UI thread."""
        ctx = self.console_app.cs
        try:
            key = shift_of(ctx, None).key
        except UserError as err:
            self.app.call_from_thread(self.say, str(err), ok=False)
            return
        self.app.call_from_thread(self._ask_print, key)

    def _ask_print(self, key: str) -> None:
        queue = self.console_app.cs.settings.default_printer or _("the system's default printer")
        question = _("Print the handover summary of {shift} on {printer}?").format(
            shift=key, printer=queue
        )

        def answered(yes: bool | None) -> None:
            if yes:
                self.console_app.run_intent(PrintSummary(key))

        self.app.push_screen(ConfirmModal(_("Print (HO-06)"), question), answered)

    def _signing(self, what: str) -> str:
        """The PIN window's title: who signs what, and which log (D-10)."""
        person = self.console_app.signed_in
        who = f"{person.staff_no} {person.name}" if person else _("nobody signed in")
        if self.shown_log is None:
            return _("{what} as {who}").format(what=what, who=who)
        return _("{what} the log of {shift} as {who}").format(
            what=what, shift=self.shown_log.shift.key, who=who
        )

    def action_sign(self, side: str) -> None:
        self._form(
            self._signing(_(SIGN_TITLES[side])),
            [Field("pin", _("PIN"), password=True)],
            lambda v: Sign(side),
            pin=True,
        )


def _log_status(status: str) -> str:
    """Where the log stands, as the language says it (stored in English)."""
    words = {
        "draft": pgettext("log status", "draft"),
        "awaiting_incoming": pgettext("log status", "awaiting incoming"),
        "signed": pgettext("log status", "signed"),
    }
    return words.get(status, status.replace("_", " "))
