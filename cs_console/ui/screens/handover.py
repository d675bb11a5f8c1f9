"""Screen 5: the log being handed over (HO-03, HO-06/HO-07, D-10): its sections, the items it
carried to the next log with their acknowledgements (exactly what the incoming signature
checks), the close-down checklist when nobody takes over (HO-15/HO-16), and the signatures."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from cs_console.domain.errors import UserError
from cs_console.domain.handover import SECTION_TITLES, SECTIONS
from cs_console.domain.text import one_line
from cs_console.i18n import date_text
from cs_console.services.handover_logs import following
from cs_console.services.handover_summary import shift_of
from cs_console.services.handover_view import HandoverDesk, LogView, desk
from cs_console.services.intents import Addendum, CloseDownSign, Note, Sign
from cs_console.services.shift_view import ShiftOverview, overview
from cs_console.ui import keys
from cs_console.ui.literal import literal_lines
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.modals.form import Field, FormModal, required
from cs_console.ui.screens.base import ConsoleScreen

FACT_TITLES = {"equipment": "Equipment (faults and outages)", "staffing": "Staffing (roll call "
               "and seats)", "clocks": "Running clocks", "tickets": "Tickets"}  # fmt: skip
ITEM_COLUMNS = (("Item", 7), ("Carried to the next log · close-down", 72), ("Acknowledged", 18),
                ("State", 10))  # fmt: skip


def _joined(lines: list[str] | tuple[str, ...]) -> str:
    """Lines of the log, each one line however its text was typed (a note cannot forge one)."""
    return "\n".join(map(one_line, lines))


def _leader(view_: ShiftOverview) -> str:
    if view_.shift is None:
        return "no shift"
    who = f"{view_.leader.staff_no} {view_.leader.name}" if view_.leader else "none rostered"
    return f"{view_.shift.shift.label()} {date_text(view_.shift.day)}: {who}"


class HandoverScreen(ConsoleScreen):
    CSS_PATH = "handover.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keys.HANDOVER
    TITLE_TEXT = "5 Handover"
    shown_log: LogView | None = None  # the log as the leader sees it (signatures check it)

    def compose_body(self) -> ComposeResult:
        yield Static("", id="handover-parties", markup=False)
        items: DataTable[str | Text] = DataTable(id="items", cursor_type="row", zebra_stripes=True)
        for label, width in ITEM_COLUMNS:
            items.add_column(label, width=width)
        yield items
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
        status = log.status.replace("_", " ")
        if log.out_signed_at:
            status += f" · out {log.out_staff_no} {log.out_signed_at.astimezone(tz):%H:%M}"
        if log.in_signed_at:
            status += f" · in {log.in_staff_no} {log.in_signed_at.astimezone(tz):%H:%M}"
        if log.seq:
            status += f" · log {log.seq} · {log.fingerprint[:16]} · {log.signed_text}"
        lines = [f"Outgoing  {_leader(outgoing)}", f"Incoming  {_leader(incoming)}",
                 f"Log       {log.shift.key} {status}"]  # fmt: skip
        if handover.due is not None and handover.due.key != log.shift.key:
            lines.append(f"Notes     others' notes go to the log of {handover.due.key}")
        self.query_one("#handover-parties", Static).update(literal_lines(_joined(lines)))
        self._items(log)
        self.query_one("#handover-text", Static).update(literal_lines(_joined(self._lines(log))))

    def _items(self, log: LogView) -> None:
        tz = self.console_app.cs.settings.tz
        table = self.query_one("#items", DataTable)
        row = table.cursor_row
        table.clear()
        for item in log.handed:
            acked = (f"{item.acked_by} {item.acked_at.astimezone(tz):%H:%M}" if item.acked_at
                     else "NOT acknowledged")  # fmt: skip
            state = "resolved" if item.resolved else "open"
            table.add_row(f"#{item.id}", Text(item.text), acked, state, key=f"#{item.id}")
        if log.closedown is not None:
            for line in log.closedown.lines:
                ticked = (f"{line.ticked_by} {line.ticked_at.astimezone(tz):%H:%M}"
                          if line.ticked_at else "not ticked")  # fmt: skip
                table.add_row(line.code, Text(f"close-down: {line.label}"), ticked,
                              "close-down", key=f"close:{line.code}")  # fmt: skip
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))

    def _lines(self, log: LogView) -> list[str]:
        tz = self.console_app.cs.settings.tz
        out: list[str] = []
        if not log.handed and log.status == "draft":
            out.append(f"Carried to {log.next_key} at the outgoing signature: the open items.")
        if log.closedown is not None:
            signed = log.closedown.signed_at
            out.append(
                f"Close-down signed by {log.closedown.signed_by} at {signed.astimezone(tz):%H:%M}"
                if signed
                else "Close-down: nobody takes over — tick each line (t), then sign it (c)"
            )
        for section in SECTIONS:
            out.append(SECTION_TITLES[section] + ("" if section in SECTIONS[:3] else " (optional)"))
            rows = [r for r in log.entries if r[1] == section]
            for number, _s, kind, text, author, at, acked in rows:
                mark = {"carried": f" [carried, {'ack ' + acked if acked else 'NOT acknowledged'}]",
                        "none": ""}.get(kind, "")  # fmt: skip
                out.append(f"• #{number} {at.astimezone(tz):%H:%M} {author}: {text}{mark}")
            if not rows:
                out.append("• (empty)")
        addenda = [r for r in log.entries if r[2] == "addendum"]
        if addenda:
            out.append("Addenda")
            out += [
                f"  #{n} {at.astimezone(tz):%H:%M} {a}: {t}" for n, _s, _k, t, a, at, _x in addenda
            ]
        out.append("")
        out.append("Drafted from the records (confirm and add; frozen at the outgoing signature)")
        for key, title in FACT_TITLES.items():
            items = log.facts.get(key, [])
            out.append(f"{title}: {'none' if not items else ''}")
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

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self.console_app.run_intent(
                    build(values), values.get("pin") if pin else None, seen=seen
                )

        self.app.push_screen(FormModal(title, fields), done)

    def action_note(self) -> None:
        self._form(
            "Handover note (HO-03)",
            [
                Field("section", "Section", "equipment", choices=SECTIONS),
                Field("text", "Text ('none' if nothing to report)", check=required),
            ],
            lambda v: Note(v["section"], v["text"]),
        )

    def action_ack_item(self) -> None:
        """a: the selected carried item, as the incoming leader read it (D-10)."""
        item = self._selected("#")
        if item is None:
            self.say("Select a carried item (#n) to acknowledge.", ok=False)
            return
        self.console_app.run_command(f"ack {item}", seen=self._seen())

    def action_ack_all(self) -> None:
        """A: every item the log being handed over carried."""
        self.console_app.run_command("ack all", seen=self._seen())

    def action_closedown_tick(self) -> None:
        item = self._selected("close:")
        if item is None:
            self.say("Select a close-down line to tick (HO-15).", ok=False)
            return
        self.console_app.run_command(f"closedown tick {item}", seen=self._seen())

    def action_closedown_sign(self) -> None:
        self._form(
            self._signing("Sign the close-down (HO-16) of"),
            [Field("pin", "PIN", password=True)],
            lambda v: CloseDownSign(),
            pin=True,
        )

    def action_addendum(self) -> None:
        self._form(
            "Addendum to the signed log (D-10)",
            [Field("text", "Correction", check=required)],
            lambda v: Addendum(v["text"]),
        )

    def action_print(self) -> None:
        """The summary of the log being handed over, on the default printer, after a yes."""
        ctx = self.console_app.cs
        try:
            key = shift_of(ctx, None).key
        except UserError as err:
            self.say(str(err), ok=False)
            return
        queue = ctx.settings.default_printer or "the system's default printer"
        question = f"Print the handover summary of {key} on {queue}?"

        def answered(yes: bool | None) -> None:
            if yes:
                self.console_app.run_command(f"print {key}")

        self.app.push_screen(ConfirmModal("Print (HO-06)", question), answered)

    def _signing(self, what: str) -> str:
        """The PIN window's title: who signs what, and which log (D-10)."""
        person = self.console_app.signed_in
        who = f"{person.staff_no} {person.name}" if person else "nobody signed in"
        log = f" the log of {self.shown_log.shift.key}" if self.shown_log else ""
        return f"{what}{log} as {who}"

    def action_sign(self, side: str) -> None:
        self._form(
            self._signing(f"Sign {side} (HO-06):"),
            [Field("pin", "PIN", password=True)],
            lambda v: Sign(side),
            pin=True,
        )
