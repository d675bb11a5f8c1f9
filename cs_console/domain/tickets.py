"""Tickets in the regulations' terms: the reference T-n, the states, and the steps each state
allows (TK-05, TK-07, RV-01, D-08)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cs_console.domain.errors import UserError
from cs_console.i18n import _

STATES = ("new", "dispatched", "in_progress", "resolved", "closed", "reopened")
OPEN_STATES = ("new", "dispatched", "in_progress", "reopened")
# The states each step starts from; any other state refuses the step.
STEPS = {
    "dispatch": frozenset({"new", "reopened"}),
    "accept": frozenset({"dispatched"}),
    "resolve": frozenset({"new", "dispatched", "in_progress"}),  # new: first contact (TK-05)
    "transfer": frozenset({"dispatched", "in_progress"}),  # TK-07
    "close": frozenset({"resolved"}),  # after its return visit (RV-01, D-08)
    "reopen": frozenset({"resolved", "closed"}),
}
_FORM = re.compile(r"T-(\d+)", re.IGNORECASE)


def allows(step: str, state: str) -> bool:
    """Whether a ticket in ``state`` may take ``step`` (one of STEPS)."""
    return state in STEPS[step]


@dataclass(frozen=True, order=True)
class TicketRef:
    """A ticket as people name it: T-n."""

    number: int

    def __str__(self) -> str:
        return f"T-{self.number}"

    @classmethod
    def read(cls, text: str) -> TicketRef | None:
        """The reference ``text`` names, or None when it is not a T-n."""
        match = _FORM.fullmatch(text.strip())
        return cls(int(match.group(1))) if match else None

    @classmethod
    def parse(cls, text: str) -> TicketRef:
        ref = cls.read(text)
        if ref is None:
            raise UserError(
                _("'{text}' is not a {prefix}-n reference.").format(text=text, prefix="T")
            )
        return ref
