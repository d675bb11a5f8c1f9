"""``feed queue-log``: the phone system's events stored once each, in batches with one audit
row per batch, and the seat states they imply (ST-04; RC-07/RC-08 from a PAUSE for away)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session

from cs_console.domain.permissions import authorize
from cs_console.domain.queue_log import ParseReport, QueueEvent, parse_lines
from cs_console.domain.seat_events import SeatChange, seat_change, staff_for
from cs_console.domain.seats import SeatState, away_level
from cs_console.domain.shifts import ShiftInstance
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.services.log_tail import Chunk
from cs_console.services.settlement import away_consequences
from cs_console.store import call_event_repo, repos, seat_repo
from cs_console.store.attendance_repo import roster_entry
from cs_console.store.models import PersonState, StateChange

BATCH_LINES = 5_000


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
    for start in range(0, len(chunk.lines), BATCH_LINES):
        lines = chunk.lines[start : start + BATCH_LINES]
        report = parse_lines(lines, chunk.first_line_no + start)
        result = _store(ctx, report, source)
        total.added += result.added
        total.repeated += result.repeated
        total.seats += result.seats
        total.unknown += result.unknown
        total.bad += result.bad
    return total


def _store(ctx: Context, report: ParseReport, source: str) -> FeedResult:
    result = FeedResult(unknown=report.unknown, bad=report.bad)
    if not (report.events or report.unknown or report.bad):
        return result
    watch = _watched(ctx, report.events)
    with ctx.transaction() as session:
        result.added, fresh_keys = call_event_repo.insert_new(session, report.events, watch)
        result.repeated = len(report.events) - result.added
        if not result.added:
            return result  # nothing new: the transaction commits nothing
        fresh = [ev for ev in report.events if ev.key in fresh_keys]
        result.seats = _seat_states(ctx, session, fresh)
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


def _watched(ctx: Context, events: list[QueueEvent]) -> set[str]:
    """The keys of the events that may set a seat: a configured agent's, in the current shift."""
    inst = ctx.current_shift()
    agents = ctx.settings.agent_map()
    if inst is None or not agents:
        return set()
    start, end = int(inst.start.timestamp()), int(inst.end.timestamp())
    return {ev.key for ev in events if ev.agent in agents and start <= ev.epoch < end}


def _seat_states(ctx: Context, session: Session, events: list[QueueEvent]) -> int:
    """The seat states the current shift's new events set; a state set by hand after an event
    wins until the agent's next event (ST-04)."""
    inst = ctx.current_shift()
    agents = ctx.settings.agent_map()
    if inst is None or not agents:
        return 0
    rules = ctx.settings.phone.seat_rules()
    start, end = int(inst.start.timestamp()), int(inst.end.timestamp())
    count = 0
    for ev in sorted(events, key=lambda e: e.epoch):
        staff_no = staff_for(ev.agent, agents)
        if staff_no is None or not start <= ev.epoch < end:
            continue
        change = seat_change(ev, rules)
        if change is not None and _apply(ctx, session, inst, staff_no, change):
            count += 1
    return count


def _apply(ctx: Context, session: Session, inst: ShiftInstance, staff_no: str,
           change: SeatChange) -> bool:  # fmt: skip
    staff = repos.staff_row(session, staff_no)
    if staff is None or staff.id is None:
        return False
    if roster_entry(session, staff.id, inst.day, inst.shift.code) is None:
        return False
    row = seat_repo.person_state(session, staff.id, inst.day, inst.shift.code)
    approved = change.state == SeatState.BREAK
    if row is not None:
        if row.since > change.at or (row.state == change.state and row.approved == approved):
            return False
        if row.state == SeatState.AWAY and not row.approved:
            rules = ctx.settings.rules
            level = away_level(row.since, change.at, False, rules.away_unreported_minutes,
                               rules.away_disciplinary_minutes)  # fmt: skip
            away_consequences(ctx, session, row, staff_no, level.level)
        row.state, row.since, row.approved = change.state.value, change.at, approved
        row.version += 1
    else:
        row = PersonState(shift_date=inst.day, shift_code=inst.shift.code, staff_id=staff.id,
                          state=change.state.value, since=change.at, approved=approved)  # fmt: skip
    session.add(row)
    note = f"{seat_repo.FED_NOTE} {change.reason}".strip()
    session.add(StateChange(shift_date=inst.day, shift_code=inst.shift.code, staff_id=staff.id,
                            state=change.state.value, at=change.at, actor=ctx.audit_actor,
                            note=note))  # fmt: skip
    return True


def may_feed(ctx: Context) -> None:
    """The feed runs as the system, or as a leader (the permission table)."""
    from cs_console.services.acting import role

    authorize("feed", role(ctx))
