"""The demo centre: staff and seats from the packaged CSVs, roster and tickets around ``now``."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from importlib.resources import as_file, files
from typing import Any

from sqlalchemy import insert
from sqlmodel import Session, select

from cs_console.domain.shifts import Shift
from cs_console.store.importers import import_seats, import_staff
from cs_console.store.models import RosterEntry, Seat, Staff, Ticket

DEMO_SEED = 20021219
CATEGORIES = ("consultation", "inquiry", "fault", "suggestion", "technical", "website")
SUMMARIES = {
    "consultation": ("Tariff question", "Roaming package", "Billing cycle", "Plan upgrade"),
    "inquiry": ("Order status", "Refund progress", "Invoice copy", "Delivery date"),
    "fault": ("No dial tone", "Broadband drops", "SIM not detected", "Line noise"),
    "suggestion": ("Longer hotline hours", "SMS notice of bills", "Simpler IVR menu"),
    "technical": ("Router config lost", "App login fails", "Voicemail broken"),
    "website": ("Payment page error", "Cannot reset password", "Order page blank"),
    "complaint": (
        "Double charge",
        "Rude engineer",
        "Repair missed twice",
        "Wrong plan sold",
        "Refund not received",
        "Service cut off",
        "Promised call-back missed",
        "Bill higher than quoted",
    ),
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "杰", "娟", "涛", "明", "超")
# Complaint clocks at every stage: minutes since acceptance, and minutes to dispatch if done.
COMPLAINT_AGES = (
    (8, None),
    (31, None),
    (47, None),
    (56, None),
    (63, None),
    (84, None),
    (122, None),
    (95, 41),
    (70, 66),
)


def demo_files() -> tuple[Any, Any]:
    base = files("cs_console") / "demo_data"
    return base / "staff.csv", base / "seats.csv"


def seed_people_and_seats(session: Session) -> None:
    staff_csv, seats_csv = demo_files()
    with as_file(staff_csv) as staff_path, as_file(seats_csv) as seats_path:
        import_staff(session, staff_path)
        import_seats(session, seats_path)


def seed_roster(session: Session, shifts: tuple[Shift, ...], days: tuple[date, ...]) -> int:
    """Team ``k`` (in order of first appearance) works shift ``k``; agents get seats.

    On the last day every agent whose staff number is a multiple of 4 is off (a rest day).
    """
    people = session.exec(select(Staff).where(Staff.team != "").order_by(Staff.staff_no)).all()
    seats = session.exec(select(Seat.id).order_by(Seat.zone, Seat.row, Seat.col)).all()
    teams = list(dict.fromkeys(p.team for p in people))
    rows = []
    for day in days:
        for index, team in enumerate(teams):
            shift = shifts[index % len(shifts)]
            free = iter(seats)
            for person in (p for p in people if p.team == team):
                if day == days[-1] and person.role == "agent" and int(person.staff_no) % 4 == 0:
                    continue
                seat = next(free, None) if person.role == "agent" else None
                rows.append(
                    {
                        "shift_date": day,
                        "shift_code": shift.code,
                        "staff_id": person.id,
                        "seat_id": seat,
                    }
                )
    session.execute(insert(RosterEntry), rows)
    return len(rows)


def seed_tickets(
    session: Session,
    now: datetime,
    dispatch_minutes: int,
    rng: random.Random,
) -> int:
    agents = session.exec(select(Staff.id).where(Staff.role == "agent")).all()
    rows: list[dict[str, Any]] = []

    def add(category: str, accepted: datetime, **extra: Any) -> None:
        rows.append(
            {
                "category": category,
                "summary": rng.choice(SUMMARIES[category]),
                "customer_phone": f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
                "customer_name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                "first_agent_id": rng.choice(agents),
                "target": "",
                "state": "new",
                "priority": rng.choice((1, 2, 2, 3)),
                "accepted_at": accepted,
                "dispatched_at": None,
                "due_at": None,
                "version": 1,
                **extra,
            }
        )

    for age, dispatched_after in COMPLAINT_AGES:
        accepted = now - timedelta(minutes=age)
        done = dispatched_after is not None
        add(
            "complaint",
            accepted,
            due_at=accepted + timedelta(minutes=dispatch_minutes),
            state="dispatched" if done else "new",
            target="tsc" if done else "",
            dispatched_at=accepted + timedelta(minutes=dispatched_after) if done else None,
            priority=1,
        )
    states = ("new", "new", "dispatched", "in_progress", "resolved", "closed")
    for _ in range(60):
        category = rng.choice(CATEGORIES)
        accepted = now - timedelta(minutes=rng.randrange(5, 3 * 24 * 60))
        state = rng.choice(states)
        target = {"technical": "tsc", "website": "woc"}.get(category, "")
        add(
            category,
            accepted,
            state=state,
            target=target if state != "new" else "",
            dispatched_at=accepted + timedelta(minutes=20) if state != "new" else None,
            due_at=accepted + timedelta(hours=24),
        )
    rows.sort(key=lambda r: r["accepted_at"])
    session.execute(insert(Ticket), rows)
    return len(rows)
