"""The ticket queue's stored words as the language says them (convention 18): categories,
states, views, sorts and visit outcomes. The words stored, typed after ``do`` and sent in an
intent stay English; a word the console does not know is shown as it is.

Each word has its context (``pgettext``): English uses one word for two things ("fault" the
category and the seat's equipment fault, "pending" the queue's view and a request's status,
"due" the sort and the roll call's shift due)."""

from __future__ import annotations

from cs_console.i18n import pgettext


def category_word(stored: str) -> str:
    """A ticket category (D-09) in the language."""
    words = {
        "consultation": pgettext("ticket category", "consultation"),
        "inquiry": pgettext("ticket category", "inquiry"),
        "complaint": pgettext("ticket category", "complaint"),
        "fault": pgettext("ticket category", "fault"),
        "suggestion": pgettext("ticket category", "suggestion"),
        "technical": pgettext("ticket category", "technical"),
        "website": pgettext("ticket category", "website"),
    }
    return words.get(stored, stored)


def state_word(stored: str) -> str:
    """A ticket state (TK-05 … TK-14) in the language."""
    words = {
        "new": pgettext("ticket state", "new"),
        "dispatched": pgettext("ticket state", "dispatched"),
        "in_progress": pgettext("ticket state", "in_progress"),
        "resolved": pgettext("ticket state", "resolved"),
        "closed": pgettext("ticket state", "closed"),
    }
    return words.get(stored, stored)


def state_cell(state: str, visit_due: bool, kb_due: bool) -> str:
    """The State column: the state, then what is still owed on it (RV-01, TK-14)."""
    return (
        state_word(state)
        + (pgettext("ticket state", " +visit") if visit_due else "")
        + (pgettext("ticket state", " +kb") if kb_due else "")
    )


def view_word(stored: str) -> str:
    """One of the queue's views (domain/queue.VIEWS) in the language."""
    words = {
        "pending": pgettext("ticket view", "pending"),
        "mine": pgettext("ticket view", "mine"),
        "overdue": pgettext("ticket view", "overdue"),
        "back office": pgettext("ticket view", "back office"),
        "visits due": pgettext("ticket view", "visits due"),
        "kb due": pgettext("ticket view", "kb due"),
        "closed today": pgettext("ticket view", "closed today"),
        "all": pgettext("ticket view", "all"),
    }
    return words.get(stored, stored)


def sort_word(stored: str) -> str:
    """One of the queue's sorts (domain/queue.SORTS) in the language."""
    words = {
        "due": pgettext("ticket sort", "due"),
        "priority": pgettext("ticket sort", "priority"),
        "age": pgettext("ticket sort", "age"),
        "newest": pgettext("ticket sort", "newest"),
    }
    return words.get(stored, stored)


def outcome_word(stored: str) -> str:
    """A return visit's outcome (D-08) in the language."""
    words = {
        "reached": pgettext("visit outcome", "reached"),
        "failed": pgettext("visit outcome", "failed"),
        "wrong-number": pgettext("visit outcome", "wrong-number"),
    }
    return words.get(stored, stored)


def fault_word(stored: str) -> str:
    """A kind of equipment fault on a seat (domain/seats.FAULT_KINDS) in the language."""
    words = {
        "headset": pgettext("equipment", "headset"),
        "pc": pgettext("equipment", "pc"),
        "phone": pgettext("equipment", "phone"),
        "other": pgettext("equipment", "other"),
    }
    return words.get(stored, stored)


def via_word(stored: str) -> str:
    """How a report reached the duty manager (CP-02) in the language."""
    words = {"phone": pgettext("report via", "phone"), "person": pgettext("report via", "person")}
    return words.get(stored, stored)
