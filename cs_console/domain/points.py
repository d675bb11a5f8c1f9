"""Points (D-11, PF-13…PF-15, QI-09): severity of a deduction and the monthly aggravation."""

from __future__ import annotations

from collections.abc import Iterable

from cs_console.i18n import pgettext

STATUSES = ("proposed", "confirmed", "voided", "acknowledged", "appealed")


def status_word(stored: str) -> str:
    """A points entry's status, or an event on it, as the language says it (stored English)."""
    words = {
        "proposed": pgettext("points", "proposed"),
        "confirmed": pgettext("points", "confirmed"),
        "voided": pgettext("points", "voided"),
        "acknowledged": pgettext("points", "acknowledged"),
        "appealed": pgettext("points", "appealed"),
        "upheld": pgettext("points", "upheld"),
        "rejected": pgettext("points", "rejected"),
    }
    return words.get(stored, stored)


def severity(delta: int) -> str:
    """004's classes by size of the deduction: minor (≤ 5), moderate (≤ 10), serious."""
    size = -delta
    if size <= 0:
        return "bonus"
    if size <= 5:
        return "minor"
    if size <= 10:
        return "moderate"
    return "serious"


def aggravation_due(deltas: Iterable[int], moderate_limit: int = 2, minor_limit: int = 4) -> bool:
    """PF-15: two or more moderate, or four or more minor violations in a month → extra 20."""
    classes = [severity(d) for d in deltas]
    return classes.count("moderate") >= moderate_limit or classes.count("minor") >= minor_limit
