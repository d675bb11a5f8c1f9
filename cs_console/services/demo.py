"""The demo centre, created in one transaction."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import Session, col, select

from cs_console.domain.attendance import ArrivalStatus
from cs_console.domain.errors import UserError
from cs_console.domain.pin import hash_pin
from cs_console.domain.shifts import shift_instance
from cs_console.domain.staff import LEADER_ROLES
from cs_console.domain.tickets import TicketRef
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.attendance import add_mark, record_arrival
from cs_console.services.clocks import add_event, start_dispatch_clock, stop_clock
from cs_console.services.context import Context
from cs_console.store.attendance_repo import arrivals
from cs_console.store.models import (
    Arrival,
    PersonState,
    RosterEntry,
    Seat,
    SeatFault,
    Staff,
    StateChange,
    Ticket,
    TicketEvent,
)
from cs_console.store.seed import DEMO_SEED, seed_people_and_seats, seed_roster, seed_tickets

DEMO_PIN = "1234"


def has_data(ctx: Context) -> bool:
    with ctx.reading() as session:
        return session.exec(select(Staff.id).limit(1)).first() is not None


def create_demo(ctx: Context) -> dict[str, int]:
    """Staff, seats, three days of roster around today and tickets at every stage."""
    if has_data(ctx):
        raise UserError(
            _("The database already holds staff; the demo is created only in an empty one.")
        )
    rng = random.Random(DEMO_SEED)
    today = ctx.today()
    days = (today - timedelta(days=1), today, today + timedelta(days=1))
    pin = hash_pin(DEMO_PIN, salt=b"cs-console-demo!")
    with ctx.transaction() as session:
        seed_people_and_seats(session)
        for leader in session.exec(select(Staff).where(Staff.role.in_(LEADER_ROLES))):
            leader.pin_hash = pin
            session.add(leader)
        counts = {
            "roster": seed_roster(session, ctx.settings.shift_list, days),
            "tickets": seed_tickets(
                session, ctx.now(), ctx.settings.rules.complaint_dispatch_minutes, rng
            ),
        }
        counts["arrivals"] = _arrivals(ctx, session, rng) + _past_arrivals(ctx, session, days, rng)
        counts["clocks"] = _clocks(ctx, session)
        _history(session)
        _floor(ctx, session)
        counts["staff"] = len(session.exec(select(Staff.id)).all())
        audit.record(session, ctx, "demo.create", "database", after=counts)
    return counts


# Minutes before shift start at which the demo's people badge in; None stays away.
ARRIVAL_OFFSETS = (-25, -22, -20, -18, -16, -15, -14, -13, -12, -11, -7, 4, None, None)


def _arrivals(ctx: Context, session: Session, rng: random.Random) -> int:
    """The current shift's roll call as it went: most on time, two late, one called in."""
    inst = ctx.current_shift()
    if inst is None:
        return 0
    people = session.exec(
        select(Staff)
        .join(RosterEntry, col(RosterEntry.staff_id) == Staff.id)
        .where(RosterEntry.shift_date == inst.day, RosterEntry.shift_code == inst.shift.code)
        .order_by(Staff.staff_no)
    ).all()
    made = 0
    for person, offset in zip(people, ARRIVAL_OFFSETS, strict=False):
        if offset is None:
            continue
        at = inst.start + timedelta(minutes=offset, seconds=rng.randrange(60))
        if at <= ctx.now():
            record_arrival(ctx, session, person, inst, at)
            made += 1
    if len(people) > len(ARRIVAL_OFFSETS) - 1:
        caller = people[len(ARRIVAL_OFFSETS) - 2]
        add_mark(
            ctx,
            session,
            caller,
            inst,
            "callin",
            inst.start - timedelta(minutes=35),
            "child ill, will be late",
        )
    return made


def _past_arrivals(ctx: Context, session: Session, days: tuple[date, ...],
                   rng: random.Random) -> int:  # fmt: skip
    """The shifts that already ended went as planned: everyone came on time (history, so the
    first settlement has no absenteeism to propose for them)."""
    ended = [
        inst
        for day in days
        for shift in ctx.settings.shift_list
        if (inst := shift_instance(shift, day, ctx.settings.tz)).end <= ctx.now()
    ]
    rows = [
        {"shift_date": inst.day, "shift_code": inst.shift.code, "staff_id": staff_id,
         "arrived_at": inst.start - timedelta(minutes=12 + rng.randrange(13)),
         "status": ArrivalStatus.ON_TIME.value, "minutes_late": 0, "recorded_by": "system"}
        for inst in ended
        for staff_id in session.exec(
            select(RosterEntry.staff_id).where(
                RosterEntry.shift_date == inst.day, RosterEntry.shift_code == inst.shift.code
            )
        ).all()
    ]  # fmt: skip
    if rows:
        session.execute(insert(Arrival), rows)
    return len(rows)


DEMO_EVENTS = (
    (18, True, "outage Switch 3 line fault, zone B phones silent"),
    (50, False, "Customer asks about the new refund policy (policy question)"),
)


def _clocks(ctx: Context, session: Session) -> int:
    """Dispatch clocks for the demo complaints (stopped where dispatched) and two events."""
    made = 0
    complaints = session.exec(
        select(Ticket).where(Ticket.category == "complaint").order_by(Ticket.id)
    ).all()
    for ticket in complaints:
        clock = start_dispatch_clock(ctx, session, ticket)
        if ticket.dispatched_at is not None:
            stop_clock(
                ctx,
                session,
                clock,
                str(TicketRef(ticket.id)),
                f"dispatched to {ticket.target}",
                at=ticket.dispatched_at,
            )
        made += 1
    for minutes_ago, outage, summary in DEMO_EVENTS:
        add_event(ctx, session, summary, ctx.now() - timedelta(minutes=minutes_ago), "", outage)
        made += 1
    return made


def _history(session: Session) -> None:
    """Every demo ticket's created and dispatched steps, as the console would have logged them."""
    rows = []
    for t in session.exec(select(Ticket)).all():
        rows.append(
            {
                "ticket_id": t.id,
                "at": t.accepted_at,
                "actor": "system",
                "kind": "created",
                "detail": f"{t.category}: {t.summary}",
            }
        )
        if t.dispatched_at is not None:
            rows.append(
                {
                    "ticket_id": t.id,
                    "at": t.dispatched_at,
                    "actor": "system",
                    "kind": "dispatched",
                    "detail": t.target or "agent",
                }
            )
    session.execute(insert(TicketEvent), rows)


# (state, minutes in it, approved) for the current shift's first agents, in staff order.
DEMO_STATES = (
    ("call", 3, False), ("call", 8, False), ("acw", 1, False), ("call", 14, False),
    ("break", 12, True), ("away", 7, False),
)  # fmt: skip


def _state_history(session: Session, where: dict, start: datetime, until: datetime, n: int) -> None:
    """Ready, call and after-call work in turn from ``start`` until ``until``."""
    cycle = (("ready", 2 + n % 3), ("call", 5 + (3 * n) % 8), ("acw", 1 + n % 2))
    at, step = start, 0
    while at < until:
        state, minutes = cycle[step % 3]
        session.add(StateChange(**where, state=state, at=at, actor="system"))
        at, step = at + timedelta(minutes=minutes), step + 1


def _floor(ctx: Context, session: Session) -> None:
    """Seat states and one headset fault for the current shift's floor."""
    inst = ctx.current_shift()
    if inst is None:
        return
    agents = session.exec(
        select(Staff)
        .join(RosterEntry, col(RosterEntry.staff_id) == Staff.id)
        .where(RosterEntry.shift_date == inst.day, RosterEntry.shift_code == inst.shift.code)
        .where(Staff.role == "agent")
        .order_by(Staff.staff_no)
    ).all()
    came = arrivals(session, inst.day, inst.shift.code)
    for n, (staff, (state, minutes, approved)) in enumerate(zip(agents, DEMO_STATES, strict=False)):
        since = ctx.now() - timedelta(minutes=minutes)
        where = {"shift_date": inst.day, "shift_code": inst.shift.code, "staff_id": staff.id}
        arrival = came.get(staff.id)
        if arrival is not None:
            _state_history(session, where, max(inst.start, arrival.arrived_at), since, n)
        session.add(PersonState(**where, state=state, since=since, approved=approved))
        session.add(StateChange(**where, state=state, at=since, actor="system"))
    seat = session.exec(select(Seat).where(Seat.code == "A10")).one()
    assert seat.id is not None
    session.add(
        SeatFault(
            seat_id=seat.id,
            kind="headset",
            note="one ear silent",
            opened_at=ctx.now() - timedelta(minutes=40),
            opened_by="system",
        )
    )
