"""Queries behind the seat board."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime

from sqlalchemy import bindparam, insert, update
from sqlmodel import Session, col, select

from cs_console.store.models import (
    Arrival,
    PersonState,
    RosterEntry,
    Seat,
    SeatChange,
    SeatFault,
    Staff,
    StateChange,
)


def board_rows(session: Session, day: date, code: str):  # noqa: ANN201
    """(seat, occupant or None, state or None) for every seat, in layout order."""
    on_shift = (
        select(RosterEntry.seat_id, RosterEntry.staff_id)
        .where(RosterEntry.shift_date == day, RosterEntry.shift_code == code)
        .where(col(RosterEntry.seat_id).is_not(None))
        .subquery()
    )
    states = (
        select(PersonState)
        .where(PersonState.shift_date == day, PersonState.shift_code == code)
        .subquery()
    )
    query = (
        select(Seat, Staff, states.c.state, states.c.since, states.c.approved)
        .outerjoin(on_shift, on_shift.c.seat_id == Seat.id)
        .outerjoin(Staff, col(Staff.id) == on_shift.c.staff_id)
        .outerjoin(states, states.c.staff_id == Staff.id)
        .order_by(Seat.zone, Seat.row, Seat.col)
    )
    return session.exec(query).all()


def open_faults(session: Session) -> dict[int, list[SeatFault]]:
    out: dict[int, list[SeatFault]] = {}
    for fault in session.exec(select(SeatFault).where(col(SeatFault.fixed_at).is_(None))).all():
        out.setdefault(fault.seat_id, []).append(fault)
    return out


def person_state(session: Session, staff_id: int, day: date, code: str) -> PersonState | None:
    return session.exec(
        select(PersonState).where(
            PersonState.staff_id == staff_id,
            PersonState.shift_date == day,
            PersonState.shift_code == code,
        )
    ).first()


def seat_holder(session: Session, seat_id: int, day: date, code: str) -> RosterEntry | None:
    return session.exec(
        select(RosterEntry).where(
            RosterEntry.seat_id == seat_id,
            RosterEntry.shift_date == day,
            RosterEntry.shift_code == code,
        )
    ).first()


def away_states(session: Session, day: date, code: str) -> list[tuple[PersonState, str]]:
    query = (
        select(PersonState, Staff.staff_no)
        .join(Staff, col(Staff.id) == PersonState.staff_id)
        .where(PersonState.shift_date == day, PersonState.shift_code == code)
        .where(PersonState.state == "away")
    )
    return list(session.exec(query).all())


def open_fault_lines(session: Session) -> list[tuple[str, str, str, datetime]]:
    query = (
        select(Seat.code, SeatFault.kind, SeatFault.note, SeatFault.opened_at)
        .join(Seat, col(Seat.id) == SeatFault.seat_id)
        .where(col(SeatFault.fixed_at).is_(None))
        .order_by(Seat.code)
    )
    return list(session.exec(query).all())


def seat_changes(session: Session, day: date, code: str) -> list[tuple[SeatChange, str]]:
    query = (
        select(SeatChange, Staff.staff_no)
        .join(Staff, col(Staff.id) == SeatChange.staff_id)
        .where(SeatChange.shift_date == day, SeatChange.shift_code == code)
        .order_by(SeatChange.at)
    )
    return list(session.exec(query).all())


def states_by_staff_no(session: Session, day: date, code: str) -> dict[str, str]:
    """Seat states of a shift; people who arrived but never changed state are ready."""
    query = (
        select(Staff.staff_no, PersonState.state)
        .join(PersonState, col(PersonState.staff_id) == Staff.id)
        .where(PersonState.shift_date == day, PersonState.shift_code == code)
    )
    states = dict(session.exec(query).all())
    came = (
        select(Staff.staff_no)
        .join(Arrival, col(Arrival.staff_id) == Staff.id)
        .where(Arrival.shift_date == day, Arrival.shift_code == code)
    )
    for staff_no in session.exec(came).all():
        states.setdefault(staff_no, "ready")
    return states


FED_NOTE = "queue_log"  # the note of a state change the phone system's event set


def fed_wrap_ups(session: Session, day: date, code: str) -> set[int]:
    """Staff whose current after-call work was set by a phone-system event (it ends by itself
    after ``acw_seconds``; one set by hand stays until changed)."""
    query = (
        select(PersonState.staff_id)
        .join(
            StateChange,
            (col(StateChange.staff_id) == PersonState.staff_id)
            & (col(StateChange.shift_date) == PersonState.shift_date)
            & (col(StateChange.shift_code) == PersonState.shift_code)
            & (col(StateChange.at) == PersonState.since)
            & (col(StateChange.state) == PersonState.state),
        )
        .where(PersonState.shift_date == day, PersonState.shift_code == code)
        .where(PersonState.state == "acw", col(StateChange.note).startswith(FED_NOTE))
    )
    return set(session.exec(query).all())


_STATES = PersonState.__table__  # type: ignore[attr-defined]
_SET_STATE = (
    update(_STATES)
    .where(_STATES.c.id == bindparam("row_id"))
    .values(state=bindparam("new_state"), since=bindparam("new_since"),
            approved=bindparam("new_approved"), version=bindparam("new_version"))
)  # fmt: skip


def rostered_states(session: Session, staff_nos: Collection[str], day: date, code: str) -> list:
    """(staff number, staff id, state row id, state, since, approved, version) — the last five
    None without a state row — for those of ``staff_nos`` on the shift's roster, as plain rows
    in one query (the seats a batch of phone-system events may set)."""
    states = _STATES.c
    query = (
        select(Staff.staff_no, Staff.id, states.id, states.state, states.since, states.approved,
               states.version)
        .join(RosterEntry, col(RosterEntry.staff_id) == Staff.id)
        .outerjoin(_STATES, (states.staff_id == Staff.id) & (states.shift_date == day)
                   & (states.shift_code == code))
        .where(RosterEntry.shift_date == day, RosterEntry.shift_code == code)
        .where(col(Staff.staff_no).in_(list(staff_nos)))
    )  # fmt: skip
    return list(session.connection().execute(query).all())


def write_states(session: Session, new: list[dict[str, object]],
                 changed: list[dict[str, object]]) -> None:  # fmt: skip
    """State rows made (``new``: the table's columns) and set (``changed``: ``row_id`` and
    ``new_state``, ``new_since``, ``new_approved``, ``new_version``), each as one
    ``executemany``; what the session holds is written first."""
    if new:
        session.execute(insert(_STATES), new)
    if changed:
        session.execute(_SET_STATE, changed)


def add_state_changes(session: Session, changes: list[dict[str, object]]) -> None:
    """State changes as one ``executemany`` of plain rows (the phone system sets many in a
    batch)."""
    if changes:
        session.execute(insert(StateChange.__table__), changes)  # type: ignore[attr-defined]
