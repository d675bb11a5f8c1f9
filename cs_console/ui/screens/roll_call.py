"""Screen 1: the roll call of a shift (RC-01/RC-02, RC-06, D-02, D-03) and the leave and
swap registers. States follow the clock every second from the data last loaded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Input

from cs_console.commands.intents import Intent
from cs_console.commands.intents_attendance import (
    Absent,
    Approve,
    Arrive,
    CallIn,
    LeaveRequest,
    Reject,
    Remark,
    SwapRequest,
)
from cs_console.commands.intents_month import PreShiftMeeting
from cs_console.domain.leave import LeaveKind
from cs_console.domain.records import LeaveLine, SwapLine
from cs_console.domain.roll_words import word
from cs_console.i18n import N_, _
from cs_console.services.queue_view import staffing_clause
from cs_console.services.registers import leave_register, swap_register
from cs_console.services.roll_rows import RollCall
from cs_console.services.roll_view import roll_call
from cs_console.services.shift_view import roll_call_shift
from cs_console.ui import keys
from cs_console.ui.messages import CommandDone, Reply
from cs_console.ui.modals.form import Field, FormModal, digits, required
from cs_console.ui.screens.roll_table import (
    ROLL_COLUMNS,
    column_title,
    roll_rows,
    roll_summary,
    roll_title,
)
from cs_console.ui.screens.table_screen import TableScreen
from cs_console.ui.widgets.input_bar import InputBar

if TYPE_CHECKING:
    from cs_console.services.context import Context

LEAVE_COLUMNS = (
    (N_("Ref"), 5), (N_("Staff"), 5), (N_("Kind"), 9), (N_("From"), 10), (N_("To"), 10),
    (N_("By"), 5), (N_("Notice"), 8), (N_("Status"), 8), (N_("Approvals"), 36),
)  # fmt: skip
SWAP_COLUMNS = (
    (N_("Ref"), 5), (N_("Gives"), 5), (N_("Takes"), 5), (N_("Shift"), 12), (N_("Return"), 12),
    (N_("Month"), 7), (N_("Status"), 8), (N_("Approvals"), 43),
)  # fmt: skip
VIEWS = ("roll", "leave", "swaps")
RECORDS = {"leave": N_("leave"), "swap": N_("swap")}  # what approve and reject act on
ROW_ACTIONS = {"call_in", "absent", "leave", "swap", "remark", "arrivals", "meeting"}
REGISTER_ACTIONS = {"approve", "reject"}


class ArrivalBar(InputBar):
    """Staff number + enter marks an arrival; stays open for the next badge.

    A badge reader may send several numbers, each with its enter, in one burst. The enter is
    taken as it arrives, ahead of the keys still queued for the field; the number is then cut
    from the field in the field's own order of keys: after the digits before that enter, before
    the digits after it."""

    BINDINGS: ClassVar[list[BindingType]] = [*keys.INPUT_BAR, *keys.ARRIVAL_BAR]

    def action_badge(self) -> None:
        self.call_later(self._cut)

    def _cut(self) -> None:
        number, self.value = self.value.strip(), ""
        self.post_message(self.Submitted(self, number))


@dataclass(frozen=True)
class RollData:
    roll: RollCall | None
    leave: list[LeaveLine]
    swaps: list[SwapLine]
    staffing: str | None = None  # the what-if of one agent fewer now (Erlang C)


def roll_data(ctx: Context, step: int) -> RollData:
    """The roll call of the shift ``step`` shifts from the one due (RC-02), and the registers."""
    inst = roll_call_shift(ctx, step)
    return RollData(roll_call(ctx, inst) if inst else None, leave_register(ctx),
                    swap_register(ctx), staffing_clause(ctx))  # fmt: skip


class RollCallScreen(TableScreen):
    BINDINGS: ClassVar[list[BindingType]] = keys.ROLL_CALL
    TITLE_TEXT = N_("1 Roll call")
    COLUMNS = ROLL_COLUMNS
    DROP_FIRST = ("Grade", "Role", "Notes", "By", "Notice", "Month", "Return", "Approvals")

    def column_title(self, label: str) -> str:
        return column_title(label)

    def __init__(self) -> None:
        super().__init__()
        self.step = 0
        self.view = "roll"
        self.data = RollData(None, [], [])

    def compose_bars(self) -> ComposeResult:
        yield from super().compose_bars()
        yield ArrivalBar(
            placeholder=_("arrival: staff number + enter (esc ends)"), id="arrival-bar"
        )

    def fetch(self) -> RollData:
        return roll_data(self.console_app.cs, self.step)

    @classmethod
    def prefetch(cls, ctx: Context) -> RollData:
        return roll_data(ctx, 0)

    def show(self, data: RollData) -> None:
        self.data = data
        self.tick(self.console_app.cs.now())

    def tick(self, now: datetime) -> None:
        if not self.is_mounted:
            return
        if self.view == "leave":
            self._show_leave()
        elif self.view == "swaps":
            self._show_swaps()
        else:
            self._show_roll(now)

    def _show_roll(self, now: datetime) -> None:
        roll = self.data.roll
        if roll is None:
            self.set_title(_("1 Roll call · no shift due"))
            self.set_rows([])
            return
        tz = self.console_app.cs.settings.tz
        self.set_title(roll_title(roll, self.step, tz))
        self.set_summary(roll_summary(roll, now))
        self.set_rows(roll_rows(roll, now, tz))

    def _show_leave(self) -> None:
        self.set_title(_("1 Roll call · leave register (y approve · r reject · v next view)"))
        self.set_summary(
            _("{n} pending").format(n=sum(r.status == "pending" for r in self.data.leave))
        )
        self.set_rows(
            [
                (
                    r.ref,
                    r.staff_no,
                    word(r.kind) + (" ✚" if r.certificate_pending else ""),
                    r.first_day.isoformat(),
                    r.last_day.isoformat(),
                    r.requested_by,
                    word(r.notice),
                    word(r.status),
                    r.chain,
                )
                for r in self.data.leave
            ]
        )

    def _show_swaps(self) -> None:
        self.set_title(_("1 Roll call · swap register (y approve · r reject · v next view)"))
        self.set_summary(
            _("{n} pending").format(n=sum(r.status == "pending" for r in self.data.swaps))
        )
        self.set_rows(
            [
                (
                    r.ref,
                    r.giver,
                    r.taker,
                    r.shift,
                    r.return_shift or "—",
                    r.month,
                    word(r.status),
                    r.chain,
                )
                for r in self.data.swaps
            ]
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ROW_ACTIONS or action == "step_shift":
            return self.view == "roll"
        if action in REGISTER_ACTIONS:
            return self.view != "roll"
        return super().check_action(action, parameters)

    def action_step_shift(self, delta: int) -> None:
        self.step += delta
        self.reload()

    def action_next_view(self) -> None:
        self.view = VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)]
        columns = {"roll": ROLL_COLUMNS, "leave": LEAVE_COLUMNS, "swaps": SWAP_COLUMNS}[self.view]
        self.set_columns(columns)
        self.refresh_bindings()
        self.tick(self.console_app.cs.now())

    def action_arrivals(self) -> None:
        self.query_one(ArrivalBar).open()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Arrivals here; Textual then calls the base class handler for the other bars."""
        if isinstance(event.input, ArrivalBar):
            event.stop()
            event.prevent_default()
            if event.value:
                self.run(Arrive(event.value))

    def run(self, intent: Intent, reply: Reply | None = None) -> None:
        self.console_app.run_intent(intent, reply=reply)

    def _form(self, title: str, fields: list[Field], build) -> None:  # noqa: ANN001
        staff = self.selected_key()
        if staff is None:
            self.say(_("Select a person first."), ok=False)
            return

        def send(values: dict[str, str], reply: Reply) -> None:
            self.run(build(staff, values), reply)

        self.app.push_screen(FormModal(f"{title} · {staff}", fields, send))

    def _now_text(self) -> str:
        return (
            self.console_app.cs.now().astimezone(self.console_app.cs.settings.tz).strftime("%H:%M")
        )

    def action_call_in(self) -> None:
        self._form(
            _("Call-in (RC-06)"),
            [
                Field("time", _("Time of the call"), self._now_text()),
                Field("note", _("What they said")),
            ],
            lambda s, v: CallIn(s, v["note"], v["time"]),
        )

    def action_absent(self) -> None:
        self._form(
            _("Absenteeism (D-03)"),
            [Field("reason", _("Reason"))],
            lambda s, v: Absent(s, v["reason"]),
        )

    def action_remark(self) -> None:
        self._form(_("Remark"), [Field("text", _("Remark"))], lambda s, v: Remark(s, v["text"]))

    def action_leave(self) -> None:
        today = self.console_app.cs.today().isoformat()
        self._form(
            _("Leave request (LV-01…LV-07)"),
            [
                Field("kind", _("Kind of leave"), "sick", choices=tuple(LeaveKind), words=word),
                Field("from", _("From"), today),
                Field("to", _("To (empty: one day)")),
                Field("by", _("Asked by (empty: the person)"), check=digits),
            ],
            lambda s, v: LeaveRequest(s, v["kind"], v["from"], v["to"], v["by"]),
        )

    def action_swap(self) -> None:
        roll = self.data.roll
        day = roll.shift.day.isoformat() if roll else ""
        code = roll.shift.shift.code if roll else ""
        self._form(
            _("Shift swap (SW-02…SW-08)"),
            [
                Field("date", _("Date of the shift handed over"), day),
                Field("shift", _("Shift"), code),
                Field(
                    "with",
                    _("Taken by (staff number)"),
                    check=lambda v: required(v) or digits(v),
                ),
                Field("return_day", _("Return shift: date (empty: none)")),
                Field("return_shift", _("Return shift: shift")),
            ],
            lambda s, v: SwapRequest(
                s, v["date"], v["shift"], v["with"], v["return_day"], v["return_shift"]
            ),
        )

    def action_meeting(self) -> None:
        """MT-01: the pre-shift meeting; its attendance is who arrived on the roll call."""
        fields = [
            Field("agenda", _("Agenda items (separated by ;)")),
            Field("below", _("Below standard (staff numbers)")),
            Field("praised", _("Praised (staff numbers)")),
        ]

        def send(values: dict[str, str], reply: Reply) -> None:
            self.run(PreShiftMeeting(values["agenda"], values["below"], values["praised"]), reply)

        self.app.push_screen(FormModal(_("Pre-shift meeting (MT-01)"), fields, send))

    def action_approve(self) -> None:
        ref = self.selected_key()
        if ref:
            what = "leave" if self.view == "leave" else "swap"
            self.ask(
                _("Approve {what} {ref}").format(what=_(RECORDS[what]), ref=ref),
                _("Record your approval of {ref}?").format(ref=ref),
                lambda: self.run(Approve(what, ref)),
                detail=(self.data.staffing or "") if what == "leave" else "",
            )

    def action_reject(self) -> None:
        ref = self.selected_key()
        if ref is None:
            return
        what = "leave" if self.view == "leave" else "swap"

        def send(values: dict[str, str], reply: Reply) -> None:
            """y sends it and the form waits for the answer (a refusal stays there); n goes
            back to the form, every value kept."""
            intent = Reject(what, ref, values["reason"])
            self.ask(
                _("Reject {what} {ref}").format(what=_(RECORDS[what]), ref=ref),
                _("Reject {ref}: {reason}?").format(ref=ref, reason=values["reason"]),
                lambda: self.run(intent, reply),
                otherwise=lambda: reply(CommandDone(intent.verb, "", ok=False)),
            )

        fields = [Field("reason", _("Reason"), check=required)]
        self.app.push_screen(FormModal(_("Reject {ref}").format(ref=ref), fields, send))
