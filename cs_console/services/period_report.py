"""Weekly and monthly roll-ups (RP-01, RP-02): per agent and per shift, from the records."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from sqlmodel import col, select

from cs_console.domain.reports import week_start
from cs_console.printing.period_report import PeriodReport
from cs_console.services.context import Context
from cs_console.store.models import Arrival, Clock, PointsEntry, Staff, Ticket


def period(ctx: Context, kind: str) -> tuple[date, date]:
    today = ctx.today()
    if kind == "week":
        first = week_start(today)
        return first, first + timedelta(days=6)
    first = today.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


def period_report(ctx: Context, kind: str) -> PeriodReport:
    first, last = period(ctx, kind)
    tz = ctx.settings.tz
    start = datetime.combine(first, time(0), tz)
    end = datetime.combine(last + timedelta(days=1), time(0), tz)
    with ctx.reading(snapshot=True) as session:  # one state, no lock a writer waits for
        staff = {s.id: s for s in session.exec(select(Staff)).all()}
        tickets = session.exec(
            select(Ticket.first_agent_id, Ticket.category, Ticket.accepted_at).where(
                col(Ticket.accepted_at) >= start, col(Ticket.accepted_at) < end
            )
        ).all()
        late = session.exec(
            select(Arrival.staff_id)
            .where(Arrival.shift_date >= first, Arrival.shift_date <= last)
            .where(Arrival.status != "present")
        ).all()
        entries = session.exec(
            select(PointsEntry.staff_id, PointsEntry.delta)
            .where(col(PointsEntry.status).in_(("confirmed", "acknowledged", "appealed")))
            .where(col(PointsEntry.created_at) >= start, col(PointsEntry.created_at) < end)
        ).all()
        clocks = session.exec(
            select(Clock.breach_shift, Clock.points).where(Clock.breach_shift != "")
        ).all()
    contacts = Counter(agent for agent, _category, _at in tickets if agent)
    lates = Counter(late)
    pts: dict[int, int] = defaultdict(int)
    for staff_id, delta in entries:
        pts[staff_id] += delta
    agents = [
        {"staff_no": s.staff_no, "name": s.name, "first_contacts": contacts.get(i, 0),
         "late": lates.get(i, 0), "points": pts.get(i, 0)}
        for i, s in sorted(staff.items(), key=lambda kv: kv[1].staff_no)
        if s.role == "agent"
    ]  # fmt: skip
    per_shift: dict[str, dict] = {}
    shift_of: dict[datetime, str] = {}  # shifts change on the minute: one look-up per minute
    for _agent, category, accepted_at in tickets:
        minute = accepted_at.replace(second=0, microsecond=0)
        if minute not in shift_of:
            inst = ctx.current_shift(minute)
            shift_of[minute] = inst.key if inst else "—"
        key = shift_of[minute]
        row = per_shift.setdefault(
            key, {"shift": key, "tickets": 0, "complaints": 0, "overrun": 0, "clock_points": 0}
        )
        row["tickets"] += 1
        row["complaints"] += category == "complaint"
    for key, points in clocks:
        if key in per_shift:
            per_shift[key]["overrun"] += 1
            per_shift[key]["clock_points"] += points
    return PeriodReport(kind, first, last, agents, [per_shift[k] for k in sorted(per_shift)])
