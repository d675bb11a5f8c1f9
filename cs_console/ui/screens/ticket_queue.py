"""Screen 3: the pending tickets, most urgent first — a window of an indexed query (TK-10).

Views, text filter and sort run in the database; the table only ever holds one window."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual import work
from textual.binding import BindingType
from textual.widgets import DataTable

from cs_console.domain.errors import Unavailable
from cs_console.domain.queue import SORTS, VIEWS, QueueQuery, is_overdue
from cs_console.services.intents import (
    Accept,
    Close,
    Dispatch,
    Intent,
    KbUpdate,
    NewTicket,
    Reopen,
    Resolve,
    Visit,
)
from cs_console.services.lookup import ticket_detail
from cs_console.services.queue import QueueWindow, ticket_queue
from cs_console.services.targets import choices
from cs_console.services.tickets import CATEGORIES, VISIT_OUTCOMES
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.modals.form import Field, FormModal, digits, required
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.screens.base import TableScreen

WINDOW = 60  # rows read and laid out at once (2½ screens); a filter keystroke rebuilds them


def age(since: datetime, now: datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m"
    if minutes < 48 * 60:
        return f"{minutes // 60}h{minutes % 60:02d}"
    return f"{minutes // 1440}d"


class TicketQueueScreen(TableScreen):
    BINDINGS: ClassVar[list[BindingType]] = keys.TICKETS
    TITLE_TEXT = "3 Ticket queue"
    COLUMNS = (
        ("Id", 7), ("Age", 5), ("Category", 12), ("Summary", 21), ("Customer", 4),
        ("Phone", 12), ("Agent", 5), ("With", 6), ("State", 11), ("Due", 12),
    )  # fmt: skip
    DROP_FIRST = ("Customer", "Agent", "Age", "Phone", "With", "Category")  # Id, Summary,
    # State and Due (the sorted column, or the one each sort is read against) always shown

    def __init__(self) -> None:
        super().__init__()
        self.query_spec = QueueQuery()
        self.window_start = 0
        self.queue_window = QueueWindow(self.query_spec, 0, 0, ())
        self._versions: dict[str, int] = {}  # ref → version of each ticket on screen
        self._seen: dict[str, int] = {}  # what the current action was started on

    def drop_first(self) -> tuple[str, ...]:
        """The column the queue is sorted by stays (age and newest sort by the Age column)."""
        kept = "Age" if self.query_spec.sort in ("age", "newest") else ""
        return tuple(label for label in self.DROP_FIRST if label != kept)

    def fetch(self) -> QueueWindow:
        return ticket_queue(self.console_app.cs, self.query_spec, WINDOW, self.window_start)

    def show(self, data: QueueWindow) -> None:
        self.queue_window = data
        self._versions = {t.ref: t.version for t in data.lines}
        self.window_start = data.offset
        ctx = self.console_app.cs
        now, tz = ctx.now(), ctx.settings.tz
        q = data.query
        first = data.offset + 1 if data.total else 0
        last = data.offset + len(data.lines)
        self.set_title(
            f"3 Ticket queue · {q.view} · sorted by {q.sort}"
            + (f" · text '{q.text}'" if q.text else "")
        )
        self.set_summary(f"{first}–{last} of {data.total} (v view · o sort · [ ] pages · / text)")
        rows = []
        for t in data.lines:
            due = t.visit_due_at if q.view == "visits due" else t.due_at
            overdue = "!" if is_overdue(due, now) else ""
            state = (
                t.state
                + (" +visit" if t.visit_state == "due" else "")
                + (" +kb" if t.kb_state == "due" else "")
            )
            rows.append(
                (
                    t.ref,
                    age(t.accepted_at, now),
                    t.category,
                    t.summary,
                    t.customer,
                    t.phone,
                    t.first_agent,
                    t.target or "—",
                    state,
                    f"{overdue}{due.astimezone(tz):%m-%d %H:%M}" if due else "",
                )
            )
        self.set_rows(rows)

    def apply_filter(self, text: str) -> None:
        """The filter is a query: it searches every ticket, not just the window on screen."""
        self.query_spec = replace(self.query_spec, text=text.strip())
        self.window_start = 0
        self.reload()

    def action_next_view(self) -> None:
        view = VIEWS[(VIEWS.index(self.query_spec.view) + 1) % len(VIEWS)]
        self.query_spec = replace(self.query_spec, view=view)
        self.window_start = 0
        self.reload()

    def action_next_sort(self) -> None:
        names = list(SORTS)
        sort = names[(names.index(self.query_spec.sort) + 1) % len(names)]
        self.query_spec = replace(self.query_spec, sort=sort)
        self.on_resize()  # the sorted column is always shown
        self.reload()

    def action_page(self, step: int) -> None:
        self.window_start = max(0, self.window_start + step * WINDOW)
        self.reload()

    def _run(self, intent: Intent) -> None:
        self.console_app.run_intent(intent, seen=self._seen)

    def _with_ref(self, then) -> None:  # noqa: ANN001
        """Act on the selected ticket as it is shown now (its version goes with the command)."""
        ref = self.selected_key()
        if ref is None:
            self.say("No ticket selected.", ok=False)
            return
        self._seen = {ref: self._versions[ref]} if ref in self._versions else {}
        then(ref)

    def _form(self, title: str, fields: list[Field], build) -> None:  # noqa: ANN001
        def start(ref: str) -> None:
            def done(values: dict[str, str] | None) -> None:
                if values is not None:
                    self._run(build(ref, values))

            self.app.push_screen(FormModal(f"{title} · {ref}", fields), done)

        self._with_ref(start)

    def action_dispatch(self) -> None:
        def pick(ref: str) -> None:
            def done(code: str | None) -> None:
                if code:
                    self._run(Dispatch(ref, code))

            try:
                targets = choices(self.console_app.cs)
            except Unavailable as err:
                self.console_app.database_down(str(err))
                return
            self.app.push_screen(TargetPicker(f"Dispatch {ref} to …", targets), done)

        self._with_ref(pick)

    def action_accept(self) -> None:
        self._with_ref(lambda ref: self._run(Accept(ref)))

    def action_close(self) -> None:
        self._with_ref(lambda ref: self._run(Close(ref)))

    def action_resolve(self) -> None:
        self._form(
            "Resolve",
            [Field("note", "What was done")],
            lambda ref, v: Resolve(ref, v["note"]),
        )

    def action_reopen(self) -> None:
        self._form(
            "Reopen",
            [Field("reason", "Why", check=required)],
            lambda ref, v: Reopen(ref, v["reason"]),
        )

    def action_visit(self) -> None:
        self._form(
            "Return visit (RV-01)",
            [
                Field("outcome", "Visit outcome", "reached", choices=VISIT_OUTCOMES),
                Field("note", "Note"),
            ],
            lambda ref, v: Visit(ref, v["outcome"], v["note"]),
        )

    def action_kb(self) -> None:
        self._form(
            "Script and knowledge base (TK-14)",
            [Field("note", "What was updated", check=required)],
            lambda ref, v: KbUpdate(ref, v["note"]),
        )

    def action_new(self) -> None:
        fields = [
            Field("category", "Category", "consultation", choices=CATEGORIES),
            Field("summary", "Summary", check=required),
            Field("phone", "Customer phone", check=digits),
            Field("agent", "First-contact agent", check=digits),
        ]

        def done(v: dict[str, str] | None) -> None:
            if v is not None:
                self._seen = {}
                agent = v["agent"] or None
                self._run(NewTicket(v["category"], v["summary"], v["phone"], agent=agent))

        self.app.push_screen(FormModal("New ticket", fields), done)

    def action_open_ticket(self) -> None:
        self._with_ref(self._open)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_ticket()

    @work(thread=True, group="detail")
    @guarded("opening the detail")
    def _open(self, ref: str) -> None:
        try:
            text = ticket_detail(self.console_app.cs, int(ref[2:]))
        except Unavailable as err:
            self.app.call_from_thread(self.console_app.database_down, str(err))
            return
        self.app.call_from_thread(self.app.push_screen, TextResultModal(ref, text))
