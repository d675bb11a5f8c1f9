"""Every key binding, each with an id (remappable from ``[keymap]``) and a description."""

from __future__ import annotations

from textual.binding import Binding

SCREENS = (
    ("roll_call", "1", "Roll call"),
    ("seat_board", "2", "Seats"),
    ("ticket_queue", "3", "Tickets"),
    ("escalations", "4", "Clocks"),
    ("handover", "5", "Handover"),
    ("month", "6", "Month"),
)

APP = [
    *(
        Binding(key, f"switch_mode('{mode}')", label, id=f"screen.{mode}")
        for mode, key, label in SCREENS
    ),
    Binding("question_mark", "help", "Help", id="help", key_display="?"),
    Binding("colon", "command_line", "Command", id="command_line", key_display=":"),
    Binding("f2", "stats", "Stats", id="stats"),
    Binding("ctrl+a", "alerts", "Alerts", id="alerts"),
    Binding("ctrl+f", "search", "Search", id="search"),
    Binding("ctrl+q", "quit", "Quit", id="quit", priority=True),
    Binding("ctrl+l", "lock", "Lock", id="lock", priority=True, show=False),
]

# Moving in a list, as k9s and lazygit do; on every screen with a table (no screen gives these
# keys another job, so a user's [keymap] of the action keys stays as it was)
LISTS = [
    Binding("j", "list('cursor_down')", "Down", id="list.down", show=False),
    Binding("k", "list('cursor_up')", "Up", id="list.up", show=False),
    Binding("g", "list('scroll_top')", "First", id="list.first", show=False),
    Binding("G", "list('scroll_bottom')", "Last", id="list.last", show=False, key_display="G"),
    Binding("ctrl+d", "list('page_down')", "Page down", id="list.page_down", show=False),
    Binding("ctrl+u", "list('page_up')", "Page up", id="list.page_up", show=False),
]

SCREEN = [
    *LISTS,
    Binding("slash", "filter", "Filter", id="filter", key_display="/"),
    # an action name no screen uses for anything else: esc never runs a screen's own action
    Binding("escape", "back_out", "Back", id="back", show=False),
]

ROLL_CALL = [
    Binding(
        "left_square_bracket", "step_shift(-1)", "Prev", id="roll_call.prev_shift", key_display="["
    ),
    Binding(
        "right_square_bracket", "step_shift(1)", "Next", id="roll_call.next_shift", key_display="]"
    ),
    Binding("a", "arrivals", "Arrivals", id="roll_call.arrivals"),
    Binding("c", "call_in", "Call-in", id="roll_call.call_in"),
    Binding("x", "absent", "Absent", id="roll_call.absent"),
    Binding("e", "leave", "Leave", id="roll_call.leave"),
    Binding("s", "swap", "Swap", id="roll_call.swap"),
    Binding("n", "remark", "Note", id="roll_call.remark"),
    Binding("v", "next_view", "View", id="roll_call.view"),
    Binding("y", "approve", "Approve", id="roll_call.approve"),
    Binding("r", "reject", "Reject", id="roll_call.reject"),
]

ESCALATIONS = [
    Binding("d", "dispatch", "Dispatch", id="escalations.dispatch"),
    Binding("r", "report", "Report", id="escalations.report"),
    Binding("enter", "open_ticket", "Open", id="escalations.open"),
]

TICKETS = [
    Binding("d", "dispatch", "Dispatch", id="tickets.dispatch"),
    Binding("a", "accept", "Accept", id="tickets.accept"),
    Binding("x", "resolve", "Resolve", id="tickets.resolve"),
    Binding("c", "close", "Close", id="tickets.close"),
    Binding("w", "visit", "Visit", id="tickets.visit"),
    Binding("b", "kb", "KB done", id="tickets.kb"),
    Binding("r", "reopen", "Reopen", id="tickets.reopen"),
    Binding("n", "new", "New", id="tickets.new"),
    Binding("v", "next_view", "View", id="tickets.view"),
    Binding("o", "next_sort", "Sort", id="tickets.sort"),
    Binding("left_square_bracket", "page(-1)", "Page up", id="tickets.prev_page", key_display="["),
    Binding(
        "right_square_bracket", "page(1)", "Page down", id="tickets.next_page", key_display="]"
    ),
    Binding("enter", "open_ticket", "Open", id="tickets.open"),
]

SEATS = [
    Binding("h", "move('left')", "Left", id="seats.left", show=False),
    Binding("j", "move('down')", "Down", id="seats.down", show=False),
    Binding("k", "move('up')", "Up", id="seats.up", show=False),
    Binding("l", "move('right')", "Right", id="seats.right", show=False),
    Binding("s", "assign", "Seat", id="seats.assign"),
    Binding("f", "free", "Free", id="seats.free"),
    Binding("t", "state", "State", id="seats.state"),
    Binding("a", "away", "Away", id="seats.away"),
    Binding("b", "back", "Back", id="seats.back"),
    Binding("e", "fault", "Fault", id="seats.fault"),
    Binding("x", "fixed", "Fixed", id="seats.fixed"),
    Binding("o", "sign_out", "Sign out", id="seats.sign_out"),
    Binding("enter", "open_seat", "Open", id="seats.open"),
]

HANDOVER = [
    Binding("n", "note", "Note", id="handover.note"),
    Binding("a", "ack_item", "Ack item", id="handover.ack_item"),
    Binding("A", "ack_all", "Ack all", id="handover.ack_all", key_display="A"),
    Binding("o", "sign('outgoing')", "Outgoing signs", id="handover.sign_outgoing"),
    Binding("i", "sign('incoming')", "Incoming signs", id="handover.sign_incoming"),
    Binding("t", "closedown_tick", "Tick", id="handover.closedown_tick"),
    Binding("c", "closedown_sign", "Close down", id="handover.closedown_sign"),
    Binding("d", "addendum", "Addendum", id="handover.addendum"),
    Binding("p", "print", "Print", id="handover.print"),
]

MONTH = [
    Binding("o", "next_sort", "Sort", id="month.sort"),
    Binding("left_square_bracket", "step_month(-1)", "Prev", id="month.prev", key_display="["),
    Binding("right_square_bracket", "step_month(1)", "Next", id="month.next", key_display="]"),
]

INPUT_BAR = [Binding("escape", "close", "Close", id="bar.close", show=False)]
COMMAND_BAR = [
    # Tab completes in place: the focus never leaves the bar (the rest of a line typed after
    # it must not fire the screen's single keys)
    Binding("tab", "complete", "Complete", id="bar.complete", show=False),
    Binding("up", "history(1)", "Older", id="bar.older", show=False),
    Binding("down", "history(-1)", "Newer", id="bar.newer", show=False),
]
# priority: taken as the key arrives, so numbers a badge reader sends in one burst stay apart
ARRIVAL_BAR = [Binding("enter", "badge", "Arrive", priority=True, show=False, id="arrival.enter")]

CONFIRM = [
    Binding("y", "answer(True)", "Yes", id="confirm.yes"),
    Binding("n", "answer(False)", "No", id="confirm.no"),
    Binding("escape", "answer(False)", "No", show=False, id="confirm.escape"),
]

SIGN_IN = [
    Binding("escape", "read_only", "Continue read-only", id="sign_in.read_only"),
    # priority: taken as the key arrives, so the PIN typed right after it lands in its field
    Binding("enter", "next_or_sign_in", "Sign in", priority=True, show=False, id="sign_in.enter"),
]

LOCK = [  # the locked console: only a sign-in opens it
    Binding("escape", "stay_locked", "Locked", id="lock.escape", show=False),
    Binding("enter", "next_or_sign_in", "Sign in", priority=True, show=False, id="lock.enter"),
]

# priority: taken as the key arrives, so what is typed right after it lands in the next field
FORM = [Binding("enter", "next_field", "Next field", priority=True, show=False, id="form.next")]

DISMISS = [
    Binding("escape", "dismiss_modal", "Close", id="modal.close"),
    Binding("q", "dismiss_modal", "Close", show=False, id="modal.close_q"),
]
