"""Every key binding, each with an id (remappable from ``[keymap]``) and a description.

Descriptions are marked for the catalogues (``N_``) and translated where they are shown (the
footer and ``?`` help) by ``described``."""

from __future__ import annotations

from textual.binding import Binding

from cs_console.i18n import N_, _, pgettext

SCREENS = (
    ("roll_call", "1", N_("Roll call")),
    ("seat_board", "2", N_("Seats")),
    ("ticket_queue", "3", N_("Tickets")),
    ("escalations", "4", N_("Clocks")),
    ("handover", "5", N_("Handover")),
    ("month", "6", N_("Month")),
)

APP = [
    *(
        Binding(key, f"switch_mode('{mode}')", label, id=f"screen.{mode}")
        for mode, key, label in SCREENS
    ),
    Binding("question_mark", "help", N_("Help"), id="help", key_display="?"),
    Binding("colon", "command_line", N_("Command"), id="command_line", key_display=":"),
    Binding("f2", "stats", N_("Stats"), id="stats"),
    Binding("ctrl+a", "alerts", N_("Alerts"), id="alerts"),
    Binding("ctrl+f", "search", N_("Search"), id="search"),
    Binding("ctrl+q", "quit", N_("Quit"), id="quit", priority=True),
    Binding("ctrl+l", "lock", N_("Lock"), id="lock", priority=True, show=False),
]

# Moving in a list, as k9s and lazygit do; on every screen with a table (no screen gives these
# keys another job, so a user's [keymap] of the action keys stays as it was)
LISTS = [
    Binding("j", "list('cursor_down')", N_("Down"), id="list.down", show=False),
    Binding("k", "list('cursor_up')", N_("Up"), id="list.up", show=False),
    Binding("g", "list('scroll_top')", N_("First"), id="list.first", show=False),
    Binding("G", "list('scroll_bottom')", N_("Last"), id="list.last", show=False, key_display="G"),
    Binding("ctrl+d", "list('page_down')", N_("Page down"), id="list.page_down", show=False),
    Binding("ctrl+u", "list('page_up')", N_("Page up"), id="list.page_up", show=False),
]

SCREEN = [
    *LISTS,
    Binding("slash", "filter", N_("Filter"), id="filter", key_display="/"),
    # an action name no screen uses for anything else: esc never runs a screen's own action
    Binding("escape", "back_out", N_("Back"), id="back", show=False),
]

ROLL_CALL = [
    Binding(
        "left_square_bracket",
        "step_shift(-1)",
        N_("Prev"),
        id="roll_call.prev_shift",
        key_display="[",
    ),
    Binding(
        "right_square_bracket",
        "step_shift(1)",
        N_("Next"),
        id="roll_call.next_shift",
        key_display="]",
    ),
    Binding("a", "arrivals", N_("Arrivals"), id="roll_call.arrivals"),
    Binding("c", "call_in", N_("Call-in"), id="roll_call.call_in"),
    Binding("x", "absent", N_("Absent"), id="roll_call.absent"),
    Binding("e", "leave", N_("Leave"), id="roll_call.leave"),
    Binding("s", "swap", N_("Swap"), id="roll_call.swap"),
    Binding("n", "remark", N_("Note"), id="roll_call.remark"),
    Binding("m", "meeting", N_("Meeting"), id="roll_call.meeting"),
    Binding("v", "next_view", N_("View"), id="roll_call.view"),
    Binding("y", "approve", N_("Approve"), id="roll_call.approve"),
    Binding("r", "reject", N_("Reject"), id="roll_call.reject"),
]

ESCALATIONS = [
    Binding("d", "dispatch", N_("Dispatch"), id="escalations.dispatch"),
    Binding("r", "report", N_("Report"), id="escalations.report"),
    Binding("enter", "open_ticket", N_("Open"), id="escalations.open"),
]

TICKETS = [
    Binding("d", "dispatch", N_("Dispatch"), id="tickets.dispatch"),
    Binding("a", "accept", N_("Accept"), id="tickets.accept"),
    Binding("x", "resolve", N_("Resolve"), id="tickets.resolve"),
    Binding("c", "close", N_("Close"), id="tickets.close"),
    Binding("w", "visit", N_("Visit"), id="tickets.visit"),
    Binding("b", "kb", N_("KB done"), id="tickets.kb"),
    Binding("r", "reopen", N_("Reopen"), id="tickets.reopen"),
    Binding("n", "new", N_("New"), id="tickets.new"),
    Binding("v", "next_view", N_("View"), id="tickets.view"),
    Binding("o", "next_sort", N_("Sort"), id="tickets.sort"),
    Binding(
        "left_square_bracket", "page(-1)", N_("Page up"), id="tickets.prev_page", key_display="["
    ),
    Binding(
        "right_square_bracket", "page(1)", N_("Page down"), id="tickets.next_page", key_display="]"
    ),
    Binding("enter", "open_ticket", N_("Open"), id="tickets.open"),
]

# the ticket queue's view (widgets/queue_view.py): the cursor over the rows of its query
QUEUE_VIEW = [
    Binding("up", "cursor(-1)", N_("Up"), show=False, id="queue.up"),
    Binding("down", "cursor(1)", N_("Down"), show=False, id="queue.down"),
    Binding("pageup", "page(-1)", N_("Page up"), show=False, id="queue.page_up"),
    Binding("pagedown", "page(1)", N_("Page down"), show=False, id="queue.page_down"),
    Binding("home", "to(0)", N_("First"), show=False, id="queue.first"),
    Binding("end", "to(-1)", N_("Last"), show=False, id="queue.last"),
]

# the seat board's grid (widgets/seat_grid.py): a cell cursor, as on a table of cells
SEAT_GRID = [
    Binding("up", "cursor_up", N_("Cursor up"), show=False, id="grid.up"),
    Binding("down", "cursor_down", N_("Cursor down"), show=False, id="grid.down"),
    Binding("right", "cursor_right", N_("Cursor right"), show=False, id="grid.right"),
    Binding("left", "cursor_left", N_("Cursor left"), show=False, id="grid.left"),
    Binding("pageup", "page_up", N_("Page up"), show=False, id="grid.page_up"),
    Binding("pagedown", "page_down", N_("Page down"), show=False, id="grid.page_down"),
    Binding("ctrl+home", "scroll_top", N_("Top"), show=False, id="grid.top"),
    Binding("ctrl+end", "scroll_bottom", N_("Bottom"), show=False, id="grid.bottom"),
    Binding("home", "scroll_home", N_("Home"), show=False, id="grid.home"),
    Binding("end", "scroll_end", N_("End"), show=False, id="grid.end"),
]

SEATS = [
    Binding("h", "move('left')", N_("Left"), id="seats.left", show=False),
    Binding("j", "move('down')", N_("Down"), id="seats.down", show=False),
    Binding("k", "move('up')", N_("Up"), id="seats.up", show=False),
    Binding("l", "move('right')", N_("Right"), id="seats.right", show=False),
    Binding("s", "assign", N_("Seat"), id="seats.assign"),
    Binding("f", "free", N_("Free"), id="seats.free"),
    Binding("t", "state", N_("State"), id="seats.state"),
    Binding("a", "away", N_("Away"), id="seats.away"),
    Binding("b", "back", N_("Back"), id="seats.back"),
    Binding("e", "fault", N_("Fault"), id="seats.fault"),
    Binding("x", "fixed", N_("Fixed"), id="seats.fixed"),
    Binding("o", "sign_out", N_("Sign out"), id="seats.sign_out"),
    Binding("enter", "open_seat", N_("Open"), id="seats.open"),
]

HANDOVER = [
    Binding("n", "note", N_("Note"), id="handover.note"),
    Binding("a", "ack_item", N_("Ack item"), id="handover.ack_item"),
    Binding("A", "ack_all", N_("Ack all"), id="handover.ack_all", key_display="A"),
    Binding("o", "sign('outgoing')", N_("Outgoing signs"), id="handover.sign_outgoing"),
    Binding("i", "sign('incoming')", N_("Incoming signs"), id="handover.sign_incoming"),
    Binding("t", "closedown_tick", N_("Tick"), id="handover.closedown_tick"),
    Binding("c", "closedown_sign", N_("Close down"), id="handover.closedown_sign"),
    Binding("d", "addendum", N_("Addendum"), id="handover.addendum"),
    Binding("p", "print", N_("Print"), id="handover.print"),
]

MONTH = [
    Binding("o", "next_sort", N_("Sort"), id="month.sort"),
    Binding("left_square_bracket", "step_month(-1)", N_("Prev"), id="month.prev", key_display="["),
    Binding("right_square_bracket", "step_month(1)", N_("Next"), id="month.next", key_display="]"),
]

INPUT_BAR = [Binding("escape", "close", N_("Close"), id="bar.close", show=False)]
COMMAND_BAR = [
    # Tab completes in place: the focus never leaves the bar (the rest of a line typed after
    # it must not fire the screen's single keys)
    Binding("tab", "complete", N_("Complete"), id="bar.complete", show=False),
    Binding("up", "history(1)", N_("Older"), id="bar.older", show=False),
    Binding("down", "history(-1)", N_("Newer"), id="bar.newer", show=False),
]
# priority: taken as the key arrives, so numbers a badge reader sends in one burst stay apart
ARRIVAL_BAR = [
    Binding("enter", "badge", N_("Arrive"), priority=True, show=False, id="arrival.enter")
]

CONFIRM = [
    Binding("y", "answer(True)", N_("Yes"), id="confirm.yes"),
    Binding("n", "answer(False)", N_("No"), id="confirm.no"),
    Binding("escape", "answer(False)", N_("No"), show=False, id="confirm.escape"),
]

# priority: taken as the key arrives (as enter is), so what is typed right behind a tab lands in
# the field it moved to
FIELDS = [
    Binding("tab", "app.focus_next", N_("Next field"), priority=True, show=False, id="fields.next"),
    Binding("shift+tab", "app.focus_previous", N_("Previous field"), priority=True, show=False,
            id="fields.previous"),
]  # fmt: skip

SIGN_IN = [
    *FIELDS,
    Binding("escape", "read_only", N_("Continue read-only"), id="sign_in.read_only"),
    # priority: taken as the key arrives, so the PIN typed right after it lands in its field
    Binding(
        "enter", "next_or_sign_in", N_("Sign in"), priority=True, show=False, id="sign_in.enter"
    ),
]

LOCK = [  # the locked console: only a sign-in opens it
    *FIELDS,
    Binding("escape", "stay_locked", N_("Locked"), id="lock.escape", show=False),
    Binding("enter", "next_or_sign_in", N_("Sign in"), priority=True, show=False, id="lock.enter"),
]

# priority: taken as the key arrives, so what is typed right after it lands in the next field
FORM = [
    *FIELDS,
    Binding("enter", "next_field", N_("Next field"), priority=True, show=False, id="form.next"),
]

DISMISS = [
    Binding("escape", "dismiss_modal", N_("Close"), id="modal.close"),
    Binding("q", "dismiss_modal", N_("Close"), show=False, id="modal.close_q"),
]


# Textual's own table keys, as ``?`` lists them when a table has the focus.
TEXTUAL_WORDS = frozenset({
    N_("Cursor up"), N_("Cursor down"), N_("Cursor left"), N_("Cursor right"), N_("Page up"),
    N_("Page down"), N_("Top"), N_("Bottom"), N_("Home"), N_("End"), N_("Select"),
})  # fmt: skip


def described(binding: Binding) -> str:
    """A binding's description in the language in use (Textual's own words too, TEXTUAL_WORDS);
    a word that means another thing on another key is looked up in its key's context."""
    if binding.id == "seats.back":  # the agent is back at the seat, not the key that backs out
        return pgettext("seat", "Back")
    if binding.id == "seats.assign":  # put someone on the seat, not the seat column
        return pgettext("seat", "Seat")
    return _(binding.description) if binding.description else ""
