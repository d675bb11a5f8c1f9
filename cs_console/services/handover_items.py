"""Items carried forward (D-10): at the outgoing signature the log's open items — its own
equipment and problem entries, open seat faults, running clocks, the close-down — go to the
next shift's log, where the incoming leader acknowledges each. An item is carried once: it
stays on the log that first carried it and is never copied again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.handover_log import CarriedItem
from cs_console.domain.shifts import ShiftInstance
from cs_console.i18n import _
from cs_console.services.context import Context
from cs_console.services.handover_logs import entries, following, open_log
from cs_console.store import handover_repo
from cs_console.store.models import HandoverEntry, HandoverLog

CARRIED_SECTIONS = ("equipment", "problems")


@dataclass(frozen=True)
class OpenItem:
    key: str  # what it stands for: entry:N, fault:N, clock:N, closedown:LOG[:ITEM]
    section: str
    text: str


def open_items(ctx: Context, session: Session, log: HandoverLog,
               closedown: list[OpenItem]) -> list[OpenItem]:  # fmt: skip
    """What the log hands on, in the order the incoming leader reads it."""
    assert log.id is not None
    tz = ctx.settings.tz
    items = [
        OpenItem(f"entry:{e.id}", e.section, f"{e.section}: {e.text}")
        for e in entries(session, log.id)
        if e.kind == "entry" and e.section in CARRIED_SECTIONS
    ]
    items += [
        OpenItem(f"fault:{n}", "equipment",
                 f"seat {seat} {kind} fault since {at.astimezone(tz):%m-%d %H:%M}: {note}"
                 .rstrip(": "))
        for n, seat, kind, note, at in handover_repo.open_faults(session)
    ]  # fmt: skip
    items += [
        OpenItem(f"clock:{n}", "equipment" if outage else "problems",
                 f"{ref} {kind} clock due {deadline.astimezone(tz):%m-%d %H:%M} · {summary}")
        for n, ref, kind, deadline, summary, outage in handover_repo.running_clocks(session)
    ]  # fmt: skip
    return items + closedown


def carry(ctx: Context, session: Session, log: HandoverLog, inst: ShiftInstance,
          closedown: list[OpenItem]) -> tuple[ShiftInstance, int]:  # fmt: skip
    """The log's open items into the next shift's log, each one not carried before; returns
    that shift and how many were carried."""
    assert log.id is not None
    items = open_items(ctx, session, log, closedown)
    known = handover_repo.carried_keys(session, [i.key for i in items])
    fresh = [i for i in items if i.key not in known]
    target_shift = following(ctx, inst)
    target = open_log(ctx, session, target_shift)
    assert target.id is not None
    for item in fresh:
        session.add(
            HandoverEntry(log_id=target.id, section=item.section, kind="carried",
                          text=f"from {inst.key}: {item.text}", author="system", at=ctx.now(),
                          item_key=item.key, from_log_id=log.id)
        )  # fmt: skip
    return target_shift, len(fresh)


def handed(session: Session, log_id: int) -> list[HandoverEntry]:
    """The items the log carried to the next one: what its incoming signature checks."""
    query = (
        select(HandoverEntry)
        .where(HandoverEntry.from_log_id == log_id, HandoverEntry.kind == "carried")
        .order_by(HandoverEntry.id)
    )
    return list(session.exec(query).all())


def as_shown(session: Session, rows: list[HandoverEntry]) -> tuple[CarriedItem, ...]:
    """Faults count as resolved when fixed, clocks when stopped, anything else once read."""
    done = handover_repo.resolved_keys(session, [r.item_key for r in rows])
    return tuple(
        CarriedItem(r.id or 0, r.section, r.text, r.acked_by, r.acked_at,
                    r.item_key in done or (r.acked_at is not None and r.item_key[:6] not in
                                           ("fault:", "clock:")))
        for r in rows
    )  # fmt: skip


def acknowledge(session: Session, entry_id: int, staff_no: str, at: datetime) -> HandoverEntry:
    """The incoming side reads an item: never the leader who handed it over (D-10)."""
    entry = session.get(HandoverEntry, entry_id)
    if entry is None or entry.kind != "carried":
        raise NotFound(_("No carried item #{entry_id}.").format(entry_id=entry_id))
    if entry.acked_at is not None:
        raise UserError(
            _("#{entry_id} was already acknowledged by {acked_by}.").format(
                entry_id=entry_id, acked_by=entry.acked_by
            )
        )
    giver = session.get(HandoverLog, entry.from_log_id) if entry.from_log_id else None
    if giver is not None and giver.out_staff_no == staff_no:
        raise UserError(
            _("{staff_no} handed #{entry_id} over; the incoming leader acknowledges it.").format(
                staff_no=staff_no, entry_id=entry_id
            ),
            rule="D-10",
        )
    entry.acked_by, entry.acked_at = staff_no, at
    session.add(entry)
    return entry
