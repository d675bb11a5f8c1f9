"""The roll call as the screen writes it: columns, title, counter lines and rows. Shared by
the roll call screen and the boot screen, which shows the first roll call before the database
layer is imported (#23, P2); light to import."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from cs_console.domain.roll_words import role_in_words, status_text
from cs_console.i18n import N_, _, date_text, pgettext

if TYPE_CHECKING:
    from cs_console.services.roll_rows import RollCall

# (label, width): each table fits 120 columns with its vertical scrollbar.
ROLL_COLUMNS = (
    (N_("Staff no"), 8), (N_("Name"), 12), (N_("Role"), 19), (N_("Grade"), 12), (N_("Seat"), 4),
    (N_("Status"), 29), (N_("Since"), 8), (N_("Notes"), 6),
)  # fmt: skip
WHERE = {0: N_("due"), -1: N_("previous"), 1: N_("next")}  # the shift shown, from the one due


def column_title(label: str) -> str:
    if label == "Seat":  # four cells wide: the language's short word for the seat column
        return pgettext("seat column", "Seat")
    return _(label)


def roll_title(roll: RollCall, step: int, tz: tzinfo) -> str:
    where = _(WHERE[step]) if step in WHERE else f"{step:+d}"
    inst = roll.shift
    cutoff, start = (t.astimezone(tz).strftime("%H:%M") for t in (roll.cutoff, inst.start))
    return _(
        "1 Roll call · {shift} {day} ({where} shift) · roll call {cutoff} · start {start}"
    ).format(
        shift=inst.shift.label(), day=date_text(inst.day), where=where, cutoff=cutoff, start=start
    )


def roll_summary(roll: RollCall, now: datetime) -> str:
    """The counts, and a line under them per training session of the day (TR-03)."""
    return "\n".join([roll.summary(now, _), *roll.training_lines()])


def roll_rows(roll: RollCall, now: datetime, tz: tzinfo) -> list[tuple[str, ...]]:
    rows = []
    for line, state in zip(roll.lines, roll.states(now), strict=True):
        since = state.since.astimezone(tz).strftime("%H:%M:%S") if state.since else ""
        rows.append(
            (
                line.staff_no,
                line.name,
                role_in_words(line.role),
                role_in_words(line.grade),
                line.seat or "—",
                status_text(state),
                since,
                " · ".join(line.notes),
            )
        )
    return rows
