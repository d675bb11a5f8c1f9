"""``points list``: every proposal of a month with its confirmation, acknowledgement, appeal and
decision (D-11, QI-09, PF-20), and the sanctions proposed (PN-01, PN-02)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cs_console.domain.points import status_word
from cs_console.domain.sanctions import Sanction
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.month_period import bounds
from cs_console.store import month_repo


@dataclass(frozen=True)
class HistoryLine:
    ref: str
    staff_no: str
    rule: str
    delta: int | None  # None: a sanction proposed
    status: str
    at: datetime
    events: tuple[str, ...]
    note: str

    def text(self, tz: object) -> str:
        when = f"{self.at.astimezone(tz):%m-%d %H:%M}"  # type: ignore[arg-type]
        size = f"{self.delta:+d}" if self.delta is not None else _("sanction")
        events = "".join(f" · {e}" for e in self.events)
        return f"{self.ref} {when} {self.staff_no} {self.rule} {size} {self.status}{events}"


def history(ctx: Context, month: str, staff_no: str | None = None) -> list[HistoryLine]:
    """Reads only (convention 14)."""
    first, after = bounds(ctx, month)
    tz = ctx.settings.tz
    lines = []
    with ctx.reading() as session:
        entries = month_repo.ledger(session, first, after, staff_no)
        events = month_repo.events(session, [e.id for e, _ in entries if e.id is not None])
        for entry, who in entries:
            assert entry.id is not None
            said = tuple(
                _("{kind} {at} by {by}").format(
                    kind=status_word(e.kind), at=f"{e.at.astimezone(tz):%m-%d %H:%M}", by=e.by
                )
                + (f": {e.note}" if e.note else "")
                for e in events.get(entry.id, [])
            )
            lines.append(HistoryLine(f"P-{entry.id}", who, entry.rule, entry.delta,
                                     status_word(entry.status), entry.created_at, said,
                                     entry.note))  # fmt: skip
        for row, who in month_repo.sanctions(session, first, after, staff_no):
            lines.append(HistoryLine(f"S-{row.id}", who, row.rule, None,
                                     _("proposed {sanction}").format(
                                         sanction=_sanction_word(row.sanction)),
                                     row.created_at, (), row.note))  # fmt: skip
    return lines


def _sanction_word(stored: str) -> str:
    """A stored sanction in the language (an unknown word as it is, _ for spaces)."""
    try:
        return Sanction(stored).said()
    except ValueError:
        return stored.replace("_", " ")
