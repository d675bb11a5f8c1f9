"""Shift statistics (RP-02): computed from the records, never counted by hand."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from sqlmodel import Session, col, select

from cs_console.domain.attendance import roll_counts
from cs_console.domain.charts import Chart
from cs_console.domain.seats import SeatState
from cs_console.domain.seats import state_word as seat_word
from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.ticket_words import category_word, state_word
from cs_console.i18n import _, weekday_text
from cs_console.services.context import Context
from cs_console.services.queue_view import queue_dict, queue_lines, shift_queue
from cs_console.services.roll_view import roll_call
from cs_console.store.models import Clock, EscalationEvent, StateChange, Ticket


@dataclass(frozen=True)
class ShiftStats:
    shift: str
    tickets_by_category: dict[str, int]
    tickets_by_state: dict[str, int]
    complaints: int
    clocks_on_time: int
    clocks_overrun: int
    clock_points: int
    return_visit_rate: str
    attendance: dict[str, int]
    minutes_per_state: dict[str, int]
    outages: int
    hours: list[str] = field(default_factory=list)
    tickets_per_hour: list[int] = field(default_factory=list)
    complaints_per_hour: list[int] = field(default_factory=list)
    occupancy_per_hour: list[int] = field(default_factory=list)
    days: list[str] = field(default_factory=list)
    day_dates: list[str] = field(default_factory=list)  # the same days, ISO, for the axis
    tickets_per_day: list[int] = field(default_factory=list)
    complaints_per_day: list[int] = field(default_factory=list)
    queue: dict = field(default_factory=dict)  # the queue figures, English keys
    queue_text: list[str] = field(default_factory=list)  # empty without call events

    def as_dict(self) -> dict:
        data = asdict(self)
        del data["queue_text"]
        return data

    def charts(self) -> list[Chart]:
        """Tickets and complaints per hour of the shift and per day of the week, and the
        occupancy (call and after-call work against time signed in) per hour."""
        hours = tuple(self.hours)
        days = tuple(weekday_text(date.fromisoformat(d)) for d in self.day_dates)
        return [
            Chart(_("Tickets per hour"), hours, tuple(self.tickets_per_hour)),
            Chart(_("Complaints per hour"), hours, tuple(self.complaints_per_hour)),
            Chart(_("Occupancy per hour"), hours, tuple(self.occupancy_per_hour), "%"),
            Chart(_("Tickets per day, last 7 days"), days, tuple(self.tickets_per_day)),
            Chart(_("Complaints per day, last 7 days"), days, tuple(self.complaints_per_day)),
        ]

    def lines(self) -> list[str]:
        """The statistics as a person reads them, in the language (the keys stay English)."""
        sep = _(", ")
        cats = sep.join(
            f"{category_word(k)} {v}" for k, v in sorted(self.tickets_by_category.items())
        )
        states = sep.join(f"{state_word(k)} {v}" for k, v in sorted(self.tickets_by_state.items()))
        att = self.attendance
        cat = self.tickets_by_category
        system = cat.get("technical", 0) + cat.get("website", 0)
        occupancy = sep.join(
            _("{state} {minutes} min").format(state=seat_word(k), minutes=v)
            for k, v in sorted(self.minutes_per_state.items())
        )
        return [
            _("Shift {shift}").format(shift=self.shift),
            _("Tickets taken: {count} ({categories})").format(
                count=sum(self.tickets_by_category.values()), categories=cats or _("none")
            ),
            _("Their state now: {states}").format(states=states or _("none")),
            _(
                "Consultations {consultations} · inquiries {inquiries} · system problems "
                "{system} · active-service workload {workload}"
            ).format(
                consultations=cat.get("consultation", 0),
                inquiries=cat.get("inquiry", 0),
                system=system,
                workload=sum(cat.values()),
            ),
            _(
                "Complaints {complaints} · clocks stopped on time {on_time}, overrun {overrun} "
                "· clock points {points}"
            ).format(
                complaints=self.complaints,
                on_time=self.clocks_on_time,
                overrun=self.clocks_overrun,
                points=self.clock_points,
            ),
            _("Return-visit rate (last 30 days): {rate}").format(rate=self.return_visit_rate),
            _(
                "Attendance: rostered {rostered} · present {present} · late {late} · missing "
                "{missing} · on leave {leave}"
            ).format(
                rostered=att.get("rostered", 0),
                present=att.get("present", 0),
                late=att.get("late", 0),
                missing=att.get("missing", 0),
                leave=att.get("leave", 0),
            ),
            _("Seat time: {times}").format(times=occupancy or _("no state changes recorded")),
            _("Outages: {count}").format(count=self.outages),
            *self.queue_text,
        ]


def _in(column, inst: ShiftInstance):  # noqa: ANN001, ANN202
    return (column >= inst.start) & (column < inst.end)


def _per_hour(times: list[datetime], inst: ShiftInstance) -> list[int]:
    hours = int((inst.end - inst.start).total_seconds() // 3600)
    counts = [0] * hours
    for t in times:
        index = int((t - inst.start).total_seconds() // 3600)
        if 0 <= index < hours:
            counts[index] += 1
    return counts


def _seconds_per_state_and_hour(
    session: Session, inst: ShiftInstance, until: datetime
) -> list[Counter[str]]:
    """For each hour of the shift, the seconds people spent in each seat state."""
    changes = session.exec(
        select(StateChange)
        .where(StateChange.shift_date == inst.day, StateChange.shift_code == inst.shift.code)
        .order_by(StateChange.staff_id, StateChange.at)
    ).all()
    per_hour: list[Counter[str]] = [Counter() for _ in _hour_starts(inst)]
    for i, change in enumerate(changes):
        nxt = changes[i + 1] if i + 1 < len(changes) else None
        end = min(until, nxt.at if nxt is not None and nxt.staff_id == change.staff_id else until)
        for index, start in enumerate(_hour_starts(inst)):
            stop = start + timedelta(hours=1)
            overlap = (min(end, stop) - max(change.at, start)).total_seconds()
            if overlap > 0:
                per_hour[index][change.state] += int(overlap)
    return per_hour


def _hour_starts(inst: ShiftInstance) -> list[datetime]:
    hours = int((inst.end - inst.start).total_seconds() // 3600)
    return [inst.start + timedelta(hours=h) for h in range(hours)]


def _occupancy(seconds: Counter[str]) -> int:
    busy = seconds[SeatState.CALL] + seconds[SeatState.ACW]
    signed_in = busy + seconds[SeatState.READY]
    return round(100 * busy / signed_in) if signed_in else 0


def _per_day(times: list[datetime], days: list[date], tz: tzinfo) -> list[int]:
    counts = Counter(t.astimezone(tz).date() for t in times)
    return [counts[d] for d in days]


def shift_stats(ctx: Context, inst: ShiftInstance) -> ShiftStats:
    now = ctx.now()
    until = min(now, inst.end)
    view = roll_call(ctx, inst)
    attendance = roll_counts(view.states(until))
    with ctx.reading() as session:
        tickets = session.exec(
            select(Ticket.category, Ticket.state, Ticket.accepted_at).where(
                _in(col(Ticket.accepted_at), inst)
            )
        ).all()
        overruns = session.exec(
            select(Clock.overrun_minutes).where(_in(col(Clock.stopped_at), inst))
        ).all()
        breached = session.exec(select(Clock.points).where(Clock.breach_shift == inst.key)).all()
        outages = session.exec(
            select(EscalationEvent.id)
            .where(col(EscalationEvent.outage).is_(True))
            .where(_in(col(EscalationEvent.opened_at), inst))
        ).all()
        since = until - timedelta(days=30)
        visits = session.exec(
            select(Ticket.visit_state)
            .where(col(Ticket.resolved_at) >= since)
            .where(
                (col(Ticket.visit_due_at) <= until)
                | col(Ticket.visit_state).in_(("done", "unreachable"))
            )
        ).all()
        per_hour = _seconds_per_state_and_hour(session, inst, until)
        days = [inst.day - timedelta(days=n) for n in range(6, -1, -1)]
        week_start = datetime.combine(days[0], time(), tzinfo=ctx.settings.tz)
        week = session.exec(
            select(Ticket.accepted_at, Ticket.category)
            .where(col(Ticket.accepted_at) >= week_start)
            .where(col(Ticket.accepted_at) < week_start + timedelta(days=7))
        ).all()
    seconds: Counter[str] = sum(per_hour, Counter())
    tz = ctx.settings.tz
    done = sum(1 for v in visits if v in ("done", "unreachable"))
    rate = f"{round(100 * done / len(visits))}% ({done}/{len(visits)})" if visits else "—"
    queue = shift_queue(ctx, inst)
    return ShiftStats(
        shift=inst.key,
        tickets_by_category=dict(Counter(t.category for t in tickets)),
        tickets_by_state=dict(Counter(t.state for t in tickets)),
        complaints=sum(1 for t in tickets if t.category == "complaint"),
        clocks_on_time=sum(1 for m in overruns if m == 0),
        clocks_overrun=sum(1 for m in overruns if m > 0),
        clock_points=sum(breached),
        return_visit_rate=rate,
        attendance=attendance,
        minutes_per_state={k: v // 60 for k, v in sorted(seconds.items())},
        outages=len(outages),
        hours=[f"{h.astimezone(tz):%H}" for h in _hour_starts(inst)],
        tickets_per_hour=_per_hour([t.accepted_at for t in tickets], inst),
        complaints_per_hour=_per_hour(
            [t.accepted_at for t in tickets if t.category == "complaint"], inst
        ),
        occupancy_per_hour=[_occupancy(c) for c in per_hour],
        days=[f"{d:%a %d}" for d in days],
        day_dates=[d.isoformat() for d in days],
        tickets_per_day=_per_day([at for at, _ in week], days, tz),
        complaints_per_day=_per_day([at for at, cat in week if cat == "complaint"], days, tz),
        queue=queue_dict(queue),
        queue_text=queue_lines(queue, tz) if queue.events else [],
    )
