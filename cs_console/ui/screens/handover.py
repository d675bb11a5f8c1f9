"""Screen 5: the handover log of the current shift (HO-03, HO-06/HO-07, D-10): sections,
items carried from the previous log, what the console drafted, and the two signatures."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from cs_console.domain.errors import UserError
from cs_console.domain.handover import SECTION_TITLES, SECTIONS
from cs_console.domain.text import one_line
from cs_console.services.handover import LogView, view
from cs_console.services.handover_summary import shift_of
from cs_console.services.shift_view import ShiftOverview, overview, shift_at
from cs_console.ui import keys
from cs_console.ui.literal import literal_lines
from cs_console.ui.modals.confirm import ConfirmModal
from cs_console.ui.modals.form import Field, FormModal
from cs_console.ui.screens.base import ConsoleScreen

FACT_TITLES = {"equipment": "Equipment (faults and outages)", "staffing": "Staffing (roll call "
               "and seats)", "clocks": "Running clocks", "tickets": "Tickets"}  # fmt: skip


def _joined(lines: list[str] | tuple[str, ...]) -> str:
    """Lines of the log, each one line however its text was typed (a note cannot forge one)."""
    return "\n".join(map(one_line, lines))


def _leader(view_: ShiftOverview) -> str:
    if view_.shift is None:
        return "no shift"
    who = f"{view_.leader.staff_no} {view_.leader.name}" if view_.leader else "none rostered"
    return f"{view_.shift.shift.label()} {view_.shift.day.isoformat()}: {who}"


class HandoverScreen(ConsoleScreen):
    CSS_PATH = "handover.tcss"
    BINDINGS: ClassVar[list[BindingType]] = keys.HANDOVER
    TITLE_TEXT = "5 Handover"
    shown_log: LogView | None = None  # the log as the leader sees it (signatures check it)

    def compose_body(self) -> ComposeResult:
        yield Static("", id="handover-parties")
        with VerticalScroll(id="handover-log"):
            yield Static("", id="handover-text")

    def fetch(self) -> tuple[ShiftOverview, ShiftOverview, LogView | None]:
        ctx = self.console_app.cs
        current = shift_at(ctx, 0)
        log = view(ctx, current) if current else None
        return overview(ctx, current), overview(ctx, shift_at(ctx, 1)), log

    def show(self, data: tuple[ShiftOverview, ShiftOverview, LogView | None]) -> None:
        outgoing, incoming, log = data
        self.shown_log = log
        tz = self.console_app.cs.settings.tz
        status = "no shift"
        if log is not None:
            status = log.status.replace("_", " ")
            if log.out_signed_at:
                status += f" · out {log.out_staff_no} {log.out_signed_at.astimezone(tz):%H:%M}"
            if log.in_signed_at:
                status += f" · in {log.in_staff_no} {log.in_signed_at.astimezone(tz):%H:%M}"
            if log.seq:
                status += f" · log {log.seq} · {log.fingerprint[:16]}"
        parties = (f"Outgoing  {_leader(outgoing)}", f"Incoming  {_leader(incoming)}",
                   f"Log       {status}")  # fmt: skip
        self.query_one("#handover-parties", Static).update(literal_lines(_joined(parties)))
        self.query_one("#handover-text", Static).update(literal_lines(_joined(self._lines(log))))

    def _lines(self, log: LogView | None) -> list[str]:
        if log is None:
            return ["No shift at this hour."]
        tz = self.console_app.cs.settings.tz
        out: list[str] = []
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

    def _form(self, title: str, fields: list[Field], build, pin: bool = False) -> None:  # noqa: ANN001
        log = self.shown_log
        seen = {log.shift.key: log.version} if log and log.version else {}

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self.console_app.run_command(
                    build(values), values.get("pin") if pin else None, seen=seen
                )

        self.app.push_screen(FormModal(title, fields), done)

    def action_note(self) -> None:
        self._form(
            "Handover note (HO-03)",
            [
                Field("section", "|".join(SECTIONS), "equipment"),
                Field("text", "Text ('none' if nothing to report)"),
            ],
            lambda v: f"note {v['section']} {v['text']}",
        )

    def action_ack(self) -> None:
        self._form(
            "Acknowledge a carried item",
            [Field("item", "Item number, or all", "all")],
            lambda v: f"ack {v['item']}",
        )

    def action_addendum(self) -> None:
        self._form(
            "Addendum to the signed log (D-10)",
            [Field("text", "Correction")],
            lambda v: f"addendum {v['text']}",
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

    def action_sign(self, side: str) -> None:
        self._form(
            f"Sign {side} (HO-06)",
            [Field("pin", "PIN", password=True)],
            lambda v: f"sign {side}",
            pin=True,
        )
