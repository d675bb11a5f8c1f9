"""``feed queue-log``: the phone system's events stored once each, in batches with one audit
row per batch, and the seat states they imply (ST-04; RC-07/RC-08 from a PAUSE for away).

A batch is parsed straight into the plain tuples ``executemany`` writes (each raw line hashed
once for its key, no ORM object per line); only the current shift's events of configured
agents are kept as events, and their seat states are worked out in one pass over them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from cs_console.domain.permissions import authorize
from cs_console.domain.queue_log import QueueEvent, RowReport, parse_rows
from cs_console.domain.seat_events import seat_change
from cs_console.domain.seats import SeatState, away_level
from cs_console.domain.shifts import ShiftInstance
from cs_console.gc_pause import collector_paused
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.services.log_tail import Chunk
from cs_console.services.settlement import away_consequences
from cs_console.store import call_event_repo, seat_repo
from cs_console.store.models import PersonState

BATCH_LINES = 20_000  # about a read of the file (log_tail.READ_HINT): one transaction each


@dataclass
class FeedResult:
    added: int = 0
    repeated: int = 0
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (line, event name)
    bad: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    seats: int = 0  # seat states the new events set


def store_chunk(ctx: Context, chunk: Chunk, source: str) -> FeedResult:
    """Parse and store one slice of lines in batches; each batch one transaction, one audit
    row. A batch that adds no event (only repeats, unknown or bad lines) writes nothing."""
    total = FeedResult()
    inst = ctx.current_shift()
    agents = ctx.settings.agent_map() if inst is not None else {}
    span = (int(inst.start.timestamp()), int(inst.end.timestamp())) if inst else (0, 0)
    for start in range(0, len(chunk.lines), BATCH_LINES):
        lines = chunk.lines[start : start + BATCH_LINES]
        with collector_paused():  # a batch makes tens of thousands of tuples that all live on
            report = parse_rows(lines, chunk.first_line_no + start, agents, span)
            result = _store(ctx, report, source, inst, agents)
        total.added += result.added
        total.repeated += result.repeated
        total.seats += result.seats
        total.unknown += result.unknown
        total.bad += result.bad
    return total


def _store(ctx: Context, report: RowReport, source: str, inst: ShiftInstance | None,
           agents: dict[str, str]) -> FeedResult:  # fmt: skip
    result = FeedResult(unknown=report.unknown, bad=report.bad)
    if not (report.rows or report.unknown or report.bad):
        return result
    watched = {ev.key: ev for ev in report.watched}  # a line twice in the batch: once
    with ctx.transaction() as session:
        result.added, fresh = call_event_repo.insert_rows(session, report.rows, watched.keys())
        result.repeated = len(report.rows) - result.added
        if not result.added:
            return result  # nothing new: the transaction commits nothing
        if inst is not None and fresh:
            events = [ev for key, ev in watched.items() if key in fresh]
            result.seats = _seat_states(ctx, session, inst, agents, events)
        audit.record(
            session,
            ctx,
            "feed.queue_log",
            source,
            after={
                "added": result.added,
                "repeated": result.repeated,
                "unknown": len(report.unknown),
                "bad": len(report.bad),
                "seats": result.seats,
            },
        )
    return result


@dataclass
class _Seat:
    """A rostered agent's seat while a batch is applied, as plain values: written once at the
    end (its row made when it has none)."""

    staff_id: int
    row_id: int | None
    state: str | None
    since: datetime | None
    approved: bool
    version: int
    changes: int = 0  # not yet counted in the version


def _seat_states(ctx: Context, session: Session, inst: ShiftInstance, agents: dict[str, str],
                 events: list[QueueEvent]) -> int:  # fmt: skip
    """The seat states the current shift's new events set, in one pass in time order over the
    rostered agents' rows read at once; a state set by hand after an event wins until the
    agent's next event (ST-04). The rows are written and the state changes inserted at the
    end, each as one ``executemany``."""
    seat_rules, rules = ctx.settings.phone.seat_rules(), ctx.settings.rules
    rostered = seat_repo.rostered_states(session, {agents[ev.agent] for ev in events}, inst.day,
                                         inst.shift.code)  # fmt: skip
    seats = {no: _Seat(staff_id, row_id, state, since, bool(approved), version or 0)
             for no, staff_id, row_id, state, since, approved, version in rostered}  # fmt: skip
    changes: list[dict[str, object]] = []
    for ev in sorted(events, key=lambda e: e.epoch):
        staff_no = agents[ev.agent]
        seat, change = seats.get(staff_no), seat_change(ev, seat_rules)
        if seat is None or change is None:
            continue
        approved = change.state == SeatState.BREAK
        if seat.state is not None and seat.since is not None:
            if seat.since > change.at or (seat.state == change.state and seat.approved == approved):
                continue
            if seat.state == SeatState.AWAY and not seat.approved:  # RC-07/RC-08 earned so far
                level = away_level(seat.since, change.at, False, rules.away_unreported_minutes,
                                   rules.away_disciplinary_minutes)  # fmt: skip
                row = _row(session, inst, seat)
                away_consequences(ctx, session, row, staff_no, level.level)
        seat.state, seat.since, seat.approved = change.state.value, change.at, approved
        seat.changes += 1
        changes.append({"shift_date": inst.day, "shift_code": inst.shift.code,
                        "staff_id": seat.staff_id, "state": change.state.value, "at": change.at,
                        "actor": ctx.audit_actor,
                        "note": f"{seat_repo.FED_NOTE} {change.reason}".strip()})  # fmt: skip
    touched = [seat for seat in seats.values() if seat.changes]
    seat_repo.write_states(
        session,
        [{"shift_date": inst.day, "shift_code": inst.shift.code, "staff_id": seat.staff_id,
          "state": seat.state, "since": seat.since, "approved": seat.approved,
          "version": seat.changes} for seat in touched if seat.row_id is None],
        [{"row_id": seat.row_id, "new_state": seat.state, "new_since": seat.since,
          "new_approved": seat.approved, "new_version": seat.version + seat.changes}
         for seat in touched if seat.row_id is not None],
    )  # fmt: skip
    seat_repo.add_state_changes(session, changes)
    return len(changes)


def _row(session: Session, inst: ShiftInstance, seat: _Seat) -> PersonState:
    """The seat's state row as the session's object, holding the seat's state now (made when
    it has none): what an away clock's consequences are written against."""
    row = session.get(PersonState, seat.row_id) if seat.row_id is not None else None
    if row is None:
        row = PersonState(shift_date=inst.day, shift_code=inst.shift.code,
                          staff_id=seat.staff_id)  # fmt: skip
    row.state, row.since, row.approved = seat.state, seat.since, seat.approved
    row.version = seat.version = seat.version + seat.changes
    seat.changes = 0
    session.add(row)
    session.flush()
    seat.row_id = row.id
    return row


def may_feed(ctx: Context) -> None:
    """The feed runs as the system, or as a leader (the permission table)."""
    from cs_console.services.acting import role

    authorize("feed", role(ctx))
