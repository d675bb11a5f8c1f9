"""Settlement: whatever becomes due with time, proposed once, by the system (convention 14).

Due with time:

- a shift's end, for every rostered person neither arrived, called in, marked, on leave nor
  swapped out: absenteeism, 20 points (D-03, RC-11); when that person was covering a swap,
  absenteeism for both parties (SW-06);
- an unreported away clock: points after 5 minutes (RC-08), the disciplinary flag at 20
  (RC-07);
- a complaint's dispatch clock or a report clock past its deadline: the overdue is recorded
  against the person on duty (CP-01, CP-02; the CP-03 points are sized when the clock stops);
- call events older than ``event_retention_months``: pruned;
- an alert whose cause appeared (services/alerts.py): raised once.
- a month's report still missing at its deadline (RP-04…RP-06) and, at the month's end, the
  recordings short of the inspection target, on the quality inspector (QI-02):
  ``settlement_month``.

Only what fell due before both the domain clock and the real clock is settled, so a training
clock set ahead (``--now``) never settles the future. Every proposal first claims its key
(rule, person, shift or clock) in the settlement table, so any number of settlers — the
consoles' ticks, ``do`` writes, ``cs-console settle`` from cron — write each one exactly once.
Screens, ``show``, ``status``, ``roll``, reports and prints never settle."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.attendance import is_absent_at_end
from cs_console.domain.seats import away_level
from cs_console.domain.shifts import ShiftInstance, shift_instance
from cs_console.domain.staff import Role
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import ngettext
from cs_console.services import audit, points, settlement_month
from cs_console.services.alerts import pending, raise_due
from cs_console.services.context import Context
from cs_console.services.roll_view import roll_lines
from cs_console.store import call_event_repo, repos, settlement_repo
from cs_console.store.models import Clock, PersonState

SHIFT_MARK = "D-03"  # the key of a shift's end: every no-show of it was looked at
CLOCK_RULES = {"dispatch": "CP-01", "report": "CP-02"}


def horizon(ctx: Context) -> datetime:
    """Settle what fell due before this instant: the earlier of the domain and the real time,
    to the second (as the writes that stop a clock record it)."""
    return min(ctx.now(), ctx.real_now()).replace(microsecond=0)


def settle(ctx: Context) -> list[str]:
    """Propose everything that fell due and is not settled yet; one line per proposal.

    Looks first in a read transaction and writes only when something is due."""
    at = horizon(ctx)
    since = at - timedelta(days=ctx.settings.rules.settle_lookback_days)
    with ctx.reading() as session:
        shifts = _unsettled_shifts(ctx, session, since, at)
        away = [(row.id, staff_no) for row, staff_no in _due_away(ctx, session, since, at)]
        clocks = _overdue(session, since, at)
        expired = call_event_repo.count_before(session, _retained_since(ctx, at))
        alerts = pending(ctx, session)
        month_end = settlement_month.due(ctx, session, since, at)
    if not (shifts or away or clocks or expired or alerts or month_end):
        return []
    system = ctx.acting_as(None)
    lines: list[str] = []
    with system.transaction() as session:
        for inst in shifts:
            lines += _shift_end(system, session, inst)
        for row_id, staff_no in away:
            row = session.get(PersonState, row_id)
            if row is not None and row.state == "away" and not row.approved:
                lines += _away(system, session, row, staff_no, at)
        for clock_id, agent in clocks:
            clock = session.get(Clock, clock_id)
            if clock is not None and clock.stopped_at is None:
                lines += _clock(system, session, clock, agent)
        if expired:
            lines += _prune(system, session, at)
        if alerts:
            lines += raise_due(system, session, alerts, ctx.now())
        lines += settlement_month.propose(system, session, month_end)
    return lines


def _retained_since(ctx: Context, at: datetime) -> datetime:
    """Call events are kept ``event_retention_months`` (a month counted as 31 days)."""
    return at - timedelta(days=31 * ctx.settings.phone.event_retention_months)


def _prune(ctx: Context, session: Session, at: datetime) -> list[str]:
    months = ctx.settings.phone.event_retention_months
    count = call_event_repo.prune_before(session, _retained_since(ctx, at))
    if not count:
        return []
    audit.record(session, ctx, "settle.prune_events", f"{months} months", after={"events": count})
    return [ngettext("{n} call event older than {months} months pruned",
                     "{n} call events older than {months} months pruned", count
                     ).format(n=count, months=months)]  # fmt: skip


def _window(ctx: Context, since: datetime, at: datetime) -> list[ShiftInstance]:
    """Every shift instance that ended in (since, at]."""
    tz = ctx.settings.tz
    day, last = since.astimezone(tz).date() - timedelta(days=1), at.astimezone(tz).date()
    out = []
    while day <= last:
        out += [shift_instance(s, day, tz) for s in ctx.settings.shift_list]
        day += timedelta(days=1)
    return [inst for inst in out if since < inst.end <= at]


def _unsettled_shifts(ctx: Context, session: Session, since: datetime, at: datetime
                      ) -> list[ShiftInstance]:  # fmt: skip
    ended = _window(ctx, since, at)
    if not ended:
        return []
    rostered = settlement_repo.rostered_shifts(session, ended[0].day, ended[-1].day)
    ended = [i for i in ended if (i.day, i.shift.code) in rostered]
    done = settlement_repo.settled(session, (SHIFT_MARK,), (i.key for i in ended))
    return [i for i in ended if i.key not in done]


def _shift_end(ctx: Context, session: Session, inst: ShiftInstance) -> list[str]:
    """D-03 at the shift's end: absenteeism for every no-show (RC-11; SW-06 when covering)."""
    if settlement_repo.claim(session, SHIFT_MARK, "", inst.key, inst.end, ctx.real_now()) is None:
        return []  # another settler took this shift's end
    lines = []
    for line in roll_lines(session, inst):
        if not is_absent_at_end(line.day):
            continue
        rule = "SW-06" if line.day.covering_for else "RC-11"
        note = f"no arrival and no call-in on {inst.key} (D-03)"
        if _propose(ctx, session, line.staff_no, rule, inst, note, f"absent:{inst.key}:"):
            lines.append(f"{line.staff_no} absenteeism on {inst.key}{_points(ctx, rule)}")
        giver = line.day.covering_for
        if giver:
            note = f"swapped shift {inst.key} left uncovered by {line.staff_no}"
            if _propose(ctx, session, giver, "SW-06", inst, note, f"swap-uncovered:{inst.key}:"):
                lines.append(f"{giver} swap of {inst.key} left uncovered{_points(ctx, 'SW-06')}")
    audit.record(
        session, ctx, "settle.shift_end", inst.key,
        after={"rule": SHIFT_MARK, "due": inst.end, "proposed": len(lines)},
    )  # fmt: skip
    return lines


def _points(ctx: Context, rule: str) -> str:
    return f" · {ctx.settings.rules.absenteeism_points} pts proposed ({rule})"


def _propose(ctx: Context, session: Session, staff_no: str, rule: str, inst: ShiftInstance,
             note: str, source: str) -> bool:  # fmt: skip
    """One absenteeism proposal under its key; False when it was settled or made already."""
    staff = repos.staff_row(session, staff_no)
    assert staff is not None and staff.id is not None
    key = settlement_repo.claim(session, rule, staff_no, inst.key, inst.end, ctx.real_now())
    if key is None:
        return False
    made = settlement_repo.open_points(session, staff.id, rule, inst.day, inst.shift.code)
    if made is None:
        pts = ctx.settings.rules.absenteeism_points
        entry = points.propose(session, ctx, staff.id, staff_no, rule, -pts, note,
                               f"{source}{staff_no}", inst, due=inst.end)  # fmt: skip
        made = entry.id if entry is not None else None
        if made is None:
            return False
        settlement_repo.link_points(session, key, made)
        return True
    settlement_repo.link_points(session, key, made)
    return False


def _due_away(ctx: Context, session: Session, since: datetime, at: datetime
              ) -> list[tuple[PersonState, str]]:  # fmt: skip
    rules = ctx.settings.rules
    first = since.astimezone(ctx.settings.tz).date() - timedelta(days=1)
    due = []
    for row, staff_no in settlement_repo.away_clocks(session, first):
        level = away_level(row.since, at, False, rules.away_unreported_minutes,
                           rules.away_disciplinary_minutes)  # fmt: skip
        if level.level == "ok":
            continue
        subject = away_subject(row)
        if len(settlement_repo.settled(session, level.rules, (subject,))) < len(level.rules):
            due.append((row, staff_no))
    return due


def away_subject(row: PersonState) -> str:
    """The key of one away clock: the person's state row and when the absence began."""
    return f"away:{row.id}:{row.since.isoformat()}"


def _away(ctx: Context, session: Session, row: PersonState, staff_no: str, at: datetime
          ) -> list[str]:  # fmt: skip
    rules = ctx.settings.rules
    level = away_level(row.since, at, False, rules.away_unreported_minutes,
                       rules.away_disciplinary_minutes)  # fmt: skip
    _, settled = away_consequences(ctx, session, row, staff_no, level.level)
    return [f"{staff_no} away since {row.since.astimezone(ctx.settings.tz):%H:%M} · {n}"
            for n in settled]  # fmt: skip


def away_consequences(ctx: Context, session: Session, row: PersonState, staff_no: str,
                      level: str) -> tuple[list[str], list[str]]:  # fmt: skip
    """What an away clock has earned at ``level`` (RC-08 points, the RC-07 flag), each under
    its key and dated when it fell due: (all of it, what was settled just now)."""
    rules = ctx.settings.rules
    known = {s.code: s for s in ctx.settings.shift_list}  # a shift since removed from the config
    shift = known.get(row.shift_code)
    inst = shift_instance(shift, row.shift_date, ctx.settings.tz) if shift else None
    subject, real = away_subject(row), ctx.real_now()
    earned: list[str] = []
    now: list[str] = []
    if level in ("amber", "red"):
        note = f"{rules.away_unreported_points} pts proposed (RC-08)"
        earned.append(note)
        due = row.since + timedelta(minutes=rules.away_unreported_minutes)
        key = settlement_repo.claim(session, "RC-08", staff_no, subject, due, real)
        if key is not None:
            entry = points.propose(
                session, ctx, row.staff_id, staff_no, "RC-08", -rules.away_unreported_points,
                f"away unreported more than {rules.away_unreported_minutes} min", subject,
                inst, due=due,
            )  # fmt: skip
            if entry is not None and entry.id is not None:
                settlement_repo.link_points(session, key, entry.id)
                now.append(note)
    if level == "red":
        note = "disciplinary flag for the director (RC-07)"
        earned.append(note)
        due = row.since + timedelta(minutes=rules.away_disciplinary_minutes)
        if settlement_repo.claim(session, "RC-07", staff_no, subject, due, real) is not None:
            row.flagged_at = due
            session.add(row)
            audit.record(session, ctx, "seat.disciplinary_flag", staff_no,
                         after={"rule": "RC-07", "since": row.since, "due": due})  # fmt: skip
            now.append(note)
    return earned, now


def _overdue(session: Session, since: datetime, at: datetime) -> list[tuple[int, str | None]]:
    found = settlement_repo.overdue_clocks(session, since, at)
    done = settlement_repo.settled(
        session, CLOCK_RULES.values(), (f"clock:{c.id}" for c, _agent in found)
    )
    return [(c.id, agent) for c, agent in found if c.id and f"clock:{c.id}" not in done]


def _clock(ctx: Context, session: Session, clock: Clock, agent: str | None) -> list[str]:
    """CP-01/CP-02: the clock passed its deadline; charged to the shift and person on duty."""
    rule = CLOCK_RULES[clock.kind]
    breach = ctx.current_shift(clock.deadline_at)
    duty = agent if clock.kind == "dispatch" else _leader(session, breach)
    subject = f"clock:{clock.id}"
    key = settlement_repo.claim(session, rule, duty or "", subject, clock.deadline_at,
                                ctx.real_now())  # fmt: skip
    if key is None:
        return []
    ref = str(TicketRef(clock.ticket_id)) if clock.ticket_id else f"E-{clock.event_id}"
    audit.record(
        session, ctx, "clock.overdue", ref,
        after={"rule": rule, "due": clock.deadline_at, "kind": clock.kind, "duty": duty or "",
               "shift": breach.key if breach else ""},
    )  # fmt: skip
    at = clock.deadline_at.astimezone(ctx.settings.tz)
    on_duty = f", {duty} on duty" if duty else ""
    return [f"{ref} {clock.kind} clock overdue since {at:%H:%M} ({rule}{on_duty})"]


def _leader(session: Session, inst: ShiftInstance | None) -> str | None:
    """The squad leader rostered on the shift (D-07: the report clock's duty)."""
    if inst is None:
        return None
    for line in repos.roster(session, inst.day, inst.shift.code):
        if line.person.role == Role.SQUAD_LEADER:
            return line.person.staff_no
    return None
