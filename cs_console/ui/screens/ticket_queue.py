"""Screen 3: the pending tickets, most urgent first — a virtual view over an indexed query
(TK-10).

Views, text filter and sort run in the database; a worker reads the pages around the cursor
into the view's cache, never the UI thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import Static

from cs_console.commands.intents import (
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
from cs_console.domain.errors import Unavailable
from cs_console.domain.queue import SORTS, VIEWS, QueueQuery, is_overdue
from cs_console.domain.records import TicketLine
from cs_console.domain.ticket_words import (
    category_word,
    outcome_word,
    sort_word,
    state_cell,
    view_word,
)
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import N_, _
from cs_console.services.lookup import ticket_detail
from cs_console.services.queue import QueueWindow, ticket_queue
from cs_console.services.targets import Target, choices
from cs_console.services.tickets import CATEGORIES, VISIT_OUTCOMES
from cs_console.ui import keys
from cs_console.ui.faults import guarded
from cs_console.ui.frame_hold import FrameHold
from cs_console.ui.literal import literal_lines
from cs_console.ui.messages import Reply
from cs_console.ui.modals.form import Field, FormModal, digits, required
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.screens.base import ConsoleScreen
from cs_console.ui.screens.fitting import fitting
from cs_console.ui.widgets.queue_view import AHEAD_AFTER, PAGE, Cells, QueueView


def age(since: datetime, now: datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m"
    if minutes < 48 * 60:
        return f"{minutes // 60}h{minutes % 60:02d}"
    return f"{minutes // 1440}d"


def ticket_cells(t: TicketLine, q: QueueQuery, now: datetime, tz: tzinfo) -> Cells:
    due = t.visit_due_at if q.view == "visits due" else t.due_at
    overdue = "!" if is_overdue(due, now) else ""
    state = state_cell(t.state, t.visit_state == "due", t.kb_state == "due")
    category = category_word(t.category)  # a complaint ruled invalid is marked (CP-07)
    if t.invalid_at is not None:
        category = _("{category} (invalid)").format(category=category)
    return (
        t.ref, age(t.accepted_at, now), category, t.summary, t.customer, t.phone,
        t.first_agent, t.target or "—", state,
        f"{overdue}{due.astimezone(tz):%m-%d %H:%M}" if due else "",
    )  # fmt: skip


@dataclass
class PageRead(Message):
    window: QueueWindow


def same_query(a: QueueQuery, b: QueueQuery) -> bool:
    return (a.view, a.sort, a.text) == (b.view, b.sort, b.text)


class TicketQueueScreen(ConsoleScreen):
    BINDINGS: ClassVar[list[BindingType]] = keys.TICKETS
    AUTO_FOCUS = "#table"
    TITLE_TEXT = N_("3 Ticket queue")
    COLUMNS = (
        (N_("Id"), 7), (N_("Age"), 5), (N_("Category"), 12), (N_("Summary"), 21),
        (N_("Customer"), 4), (N_("Phone"), 12), (N_("Agent"), 5), (N_("With"), 6),
        (N_("State"), 11), (N_("Due"), 12),
    )  # fmt: skip
    DROP_FIRST = ("Customer", "Agent", "Age", "Phone", "With", "Category")  # Id, Summary,
    # State and Due (the sorted column, or the one each sort is read against) always shown

    def __init__(self) -> None:
        super().__init__()
        self.query_spec = QueueQuery()
        self.queue_window = QueueWindow(self.query_spec, 0, 0, ())
        self._from_top = False  # the next read starts at the first row (a new query)
        self._versions: dict[str, int] = {}  # ref → version of each ticket read
        self._seen: dict[str, int] = {}  # what the current action was started on
        self._follow: str | None = None  # the ticket the cursor goes to once it is read
        self._summary = ""  # the summary line shown
        self._unfiltered: QueueWindow | None = None  # the first rows without a filter, as read
        self._checking = False  # those rows are shown and read again (esc cleared the filter)

    def compose_body(self) -> ComposeResult:
        yield Static("", id="summary")
        yield QueueView(self.COLUMNS, id="table")

    def on_mount(self) -> None:
        super().on_mount()
        self.frame_hold = FrameHold(self.app)
        self.watch(self.view, "scroll_y", self._show_summary, init=False)

    def drop_first(self) -> tuple[str, ...]:
        """The column the queue is sorted by stays (age and newest sort by the Age column)."""
        kept = "Age" if self.query_spec.sort in ("age", "newest") else ""
        return tuple(label for label in self.DROP_FIRST if label != kept)

    def on_resize(self) -> None:
        self.view.show_columns(fitting(self.COLUMNS, self.size.width, self.drop_first()))

    @property
    def view(self) -> QueueView:
        return self.query_one("#table", QueueView)

    def fetch(self) -> QueueWindow:
        cursor = 0 if self._from_top else self.view.cursor
        return ticket_queue(self.console_app.cs, self.query_spec, PAGE, cursor // PAGE * PAGE)

    def show(self, data: QueueWindow) -> None:
        if not same_query(data.query, self.query_spec):
            return  # a read for a query since replaced
        q = data.query
        if not q.text and data.offset == 0:
            self._unfiltered = data
        checking, self._checking = self._checking, False
        if checking and self._drawn(data):
            self.queue_window = data  # read again, and as shown: nothing is drawn
            self._versions.update((t.ref, t.version) for t in data.lines)
            return
        title = _("3 Ticket queue · {view} · sorted by {sort}").format(
            view=view_word(q.view), sort=sort_word(q.sort)
        )
        if q.text:
            title += _(" · text '{text}'").format(text=q.text)
        self.set_title(title)
        self.view.reset(data.total, 0 if self._from_top else None)
        self._from_top = False
        self._put(data)
        if self.frame_hold is not None:
            self.frame_hold.release()  # the filter's change is drawn with its rows

    def _drawn(self, data: QueueWindow) -> bool:
        """Whether the view already shows these rows, as they would be drawn now."""
        view = self.view
        return data.total == view.total and all(
            view.row(data.offset + n) == row for n, row in enumerate(self._cells(data))
        )

    def _cells(self, data: QueueWindow) -> list[Cells]:
        ctx = self.console_app.cs
        now, tz = ctx.now(), ctx.settings.tz
        return [ticket_cells(t, data.query, now, tz) for t in data.lines]

    def _put(self, data: QueueWindow) -> None:
        self.queue_window = data
        self._versions.update((t.ref, t.version) for t in data.lines)
        self.view.put(data.offset, self._cells(data))
        self._show_summary()
        self._move_to_followed()

    def _show_summary(self) -> None:
        view = self.view
        top = int(view.scroll_y)
        last = min(view.total, top + max(1, view.size.height - 1))
        first = top + 1 if view.total else 0
        text = _("{first}–{last} of {total} (v view · o sort · [ ] pages · / text)").format(
            first=first, last=last, total=view.total
        )
        if not view.total and self.query_spec.text:  # (else an empty table reads as loading)
            text = _("No ticket in this view holds '{text}' (esc clears the filter).").format(
                text=self.query_spec.text
            )
        if text != self._summary:  # (a page read ahead changes nothing on screen)
            self._summary = text
            self.query_one("#summary", Static).update(literal_lines(text), layout=False)

    def on_queue_view_wanted(self, message: QueueView.Wanted) -> None:
        self._read_page(self.query_spec, message.index)

    @work(thread=True, group="page")
    @guarded("reading the queue")
    def _read_page(self, query: QueueQuery, offset: int) -> None:
        try:
            self.post_message(PageRead(ticket_queue(self.console_app.cs, query, PAGE, offset)))
        except Unavailable as err:
            self.app.call_from_thread(self.console_app.database_down, str(err))

    def on_page_read(self, message: PageRead) -> None:
        if same_query(message.window.query, self.query_spec):
            self._put(message.window)

    def selected_key(self) -> str | None:
        row = self.view.selected()
        return str(row[0]) if row else None

    def apply_filter(self, text: str) -> None:
        """The filter is a query: it searches every ticket, not just the rows read. Cleared,
        the rows without it are shown at once as last read, and read again."""
        query = replace(self.query_spec, text=text.strip())
        kept = self._unfiltered
        if query.text or kept is None or not same_query(kept.query, query):
            self._requery(query)
            return
        self.query_spec = query
        self._from_top = True
        self.show(kept)
        self._checking = True  # read again once drawn; drawn again only if something changed
        self.call_after_refresh(self.set_timer, AHEAD_AFTER, self.reload)

    def _requery(self, query: QueueQuery) -> None:
        self.query_spec = query
        self._from_top = True
        self._checking = False  # a new query's rows are drawn, whatever esc kept
        self.reload()

    def action_next_view(self) -> None:
        view = VIEWS[(VIEWS.index(self.query_spec.view) + 1) % len(VIEWS)]
        self._requery(replace(self.query_spec, view=view))

    def action_next_sort(self) -> None:
        names = list(SORTS)
        sort = names[(names.index(self.query_spec.sort) + 1) % len(names)]
        self._requery(replace(self.query_spec, sort=sort))
        self.on_resize()  # the sorted column is always shown

    def action_page(self, step: int) -> None:
        self.view.move_to(self.view.cursor + step * PAGE)

    def _run(self, intent: Intent, reply: Reply | None = None) -> None:
        self.console_app.run_intent(intent, seen=self._seen, reply=reply)

    def follow(self, ref: str) -> None:
        """A command created or changed ``ref``: the cursor goes there once its row is read."""
        self._follow = ref
        self._move_to_followed()

    def _move_to_followed(self) -> None:
        if self._follow is None:
            return
        for index, row in self.view.cached():
            if str(row[0]) == self._follow:
                self.view.move_to(index)
                self._follow = None
                return

    def _with_ref(self, then) -> None:  # noqa: ANN001
        """Act on the selected ticket as it is shown now (its version goes with the command)."""
        ref = self.selected_key()
        if ref is None:
            self.say(_("No ticket selected."), ok=False)
            return
        self._seen = {ref: self._versions[ref]} if ref in self._versions else {}
        then(ref)

    def _form(self, title: str, fields: list[Field], build) -> None:  # noqa: ANN001
        def start(ref: str) -> None:
            def send(values: dict[str, str], reply: Reply) -> None:
                self._run(build(TicketRef.parse(ref), values), reply)

            self.app.push_screen(FormModal(f"{title} · {ref}", fields, send))

        self._with_ref(start)

    def action_dispatch(self) -> None:
        def pick(ref: str) -> None:
            ticket, cs = TicketRef.parse(ref), self.console_app.cs

            def load() -> list[Target]:
                return choices(cs)

            def send(code: str, reply: Reply) -> None:
                self._run(Dispatch(ticket, code), reply)

            title = _("Dispatch {ref} to …").format(ref=ref)
            self.console_app.push_kept(
                "dispatch", lambda: TargetPicker(title, load, send), (title, load, send)
            )

        self._with_ref(pick)

    def action_accept(self) -> None:
        self._with_ref(lambda ref: self._run(Accept(TicketRef.parse(ref))))

    def action_close(self) -> None:
        self._with_ref(lambda ref: self._run(Close(TicketRef.parse(ref))))

    def action_resolve(self) -> None:
        self._form(
            _("Resolve"),
            [Field("note", _("What was done"))],
            lambda ref, v: Resolve(ref, v["note"]),
        )

    def action_reopen(self) -> None:
        self._form(
            _("Reopen"),
            [Field("reason", _("Why"), check=required)],
            lambda ref, v: Reopen(ref, v["reason"]),
        )

    def action_visit(self) -> None:
        self._form(
            _("Return visit (RV-01)"),
            [
                Field(
                    "outcome",
                    _("Visit outcome"),
                    "reached",
                    choices=VISIT_OUTCOMES,
                    words=outcome_word,
                ),
                Field("note", _("Note")),
            ],
            lambda ref, v: Visit(ref, v["outcome"], v["note"]),
        )

    def action_kb(self) -> None:
        self._form(
            _("Script and knowledge base (TK-14)"),
            [Field("note", _("What was updated"), check=required)],
            lambda ref, v: KbUpdate(ref, v["note"]),
        )

    def action_new(self) -> None:
        fields = [
            Field(
                "category", _("Category"), "consultation", choices=CATEGORIES, words=category_word
            ),
            Field("summary", _("Summary"), check=required),
            Field("phone", _("Customer phone"), check=digits),
            Field("agent", _("First-contact agent"), check=digits),
        ]

        def send(v: dict[str, str], reply: Reply) -> None:
            self._seen = {}
            agent = v["agent"] or None
            self._run(NewTicket(v["category"], v["summary"], v["phone"], agent=agent), reply)

        self.console_app.push_kept(
            "new-ticket", lambda: FormModal(_("New ticket"), fields, send), (send,)
        )

    def action_open_ticket(self) -> None:
        self._with_ref(self._open)

    @work(thread=True, group="detail")
    @guarded("opening the detail")
    def _open(self, ref: str) -> None:
        try:
            text = ticket_detail(self.console_app.cs, TicketRef.parse(ref).number)
        except Unavailable as err:
            self.app.call_from_thread(self.console_app.database_down, str(err))
            return
        self.app.call_from_thread(self.app.push_screen, TextResultModal(ref, text))
