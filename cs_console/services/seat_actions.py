"""Seat-board writes: states and away clocks (D-06), seats (ST-05), faults, sign-out (HO-02)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from cs_console.domain.errors import Ask, Conflict, NotFound, UserError
from cs_console.domain.seats import (
    FAULT_KINDS,
    STATE_LABELS,
    SeatState,
    away_level,
    check_handover,
    state_word,
)
from cs_console.domain.shifts import ShiftInstance, previous_shift
from cs_console.domain.ticket_words import fault_word
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.concurrency import changed_by, locked
from cs_console.services.context import Context
from cs_console.services.seat_board import incoming_for, rostered_entry
from cs_console.services.settlement import away_consequences
from cs_console.services.shift_lookup import person
from cs_console.store import attendance_repo, repos, seat_repo
from cs_console.store.models import PersonState, Seat, SeatChange, SeatFault, Staff, StateChange


def _on_shift(ctx: Context, session: Session, staff: Staff) -> ShiftInstance:
    inst = ctx.current_shift()
    if inst is None or rostered_entry(session, staff, inst) is None:
        where = inst.key if inst else "the current shift"
        raise UserError(
            _("{staff_no} is not on shift ({where}).").format(staff_no=staff.staff_no, where=where)
        )
    return inst


def _seat(session: Session, code: str) -> Seat:
    """The seat, locked for this intent: two leaders seating people there take turns."""
    seat = repos.seat_row(session, code)
    if seat is None or seat.id is None:
        raise NotFound(_("Unknown seat '{code}'.").format(code=code))
    locked(session, Seat, seat.id)
    return seat


def _hhmm(ctx: Context, at: datetime) -> str:
    return at.astimezone(ctx.settings.tz).strftime("%H:%M")


def _log_state(ctx: Context, session: Session, inst: ShiftInstance, staff_id: int, state: str,
               at: datetime, note: str) -> None:  # fmt: skip
    session.add(StateChange(shift_date=inst.day, shift_code=inst.shift.code, staff_id=staff_id,
                            state=state, at=at, actor=ctx.audit_actor, note=note))  # fmt: skip


def _log_seat(ctx: Context, session: Session, inst: ShiftInstance, staff_id: int | None,
              from_seat: str, to_seat: str) -> None:  # fmt: skip
    """A seat move for the handover's staffing changes."""
    session.add(SeatChange(shift_date=inst.day, shift_code=inst.shift.code, staff_id=staff_id,
                           from_seat=from_seat, to_seat=to_seat, at=ctx.now(),
                           actor=ctx.audit_actor))  # fmt: skip


def set_state(ctx: Context, staff_no: str, state: SeatState, approved: bool = False,
              note: str = "") -> str:  # fmt: skip
    """A state change; leaving an unreported away settles its clock (RC-08, RC-07)."""
    now = ctx.now().replace(microsecond=0)
    rules = ctx.settings.rules
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        inst = _on_shift(ctx, session, staff)
        assert staff.id is not None
        row = seat_repo.person_state(session, staff.id, inst.day, inst.shift.code)
        text = f"{staff_no} {_(STATE_LABELS[state])}"
        if row is None:
            row = PersonState(
                shift_date=inst.day,
                shift_code=inst.shift.code,
                staff_id=staff.id,
                state=state.value,
                since=now,
                approved=approved,
            )
        else:
            if row.state == state.value and row.approved == approved:
                raise UserError(
                    _("{staff_no} is already {state}.").format(
                        staff_no=staff_no, state=_(STATE_LABELS[state])
                    )
                )
            if row.state in (SeatState.AWAY.value, SeatState.BREAK.value):
                level = away_level(
                    row.since,
                    now,
                    row.approved,
                    rules.away_unreported_minutes,
                    rules.away_disciplinary_minutes,
                )
                kind = "break" if row.approved else "away"
                text += _(" · {kind} {minutes} min").format(
                    kind=state_word(kind), minutes=level.minutes
                )
                notes, _points = away_consequences(ctx, session, row, staff_no, level.level)
                text += "".join(f" · {n}" for n in notes)
            before = {"state": row.state, "since": row.since}
            row.state, row.since, row.approved = state.value, now, approved
            row.version += 1
            audit.record(
                session,
                ctx,
                "seat.state",
                staff_no,
                before=before,
                after={"state": state.value, "approved": approved},
            )
        if row.id is None:
            audit.record(
                session,
                ctx,
                "seat.state",
                staff_no,
                after={"state": state.value, "approved": approved},
            )
        session.add(row)
        _log_state(ctx, session, inst, staff.id, state.value, now, note)
    return text


def _make_room(ctx: Context, session: Session, seat: Seat, staff: Staff, inst: ShiftInstance,
               cover: bool) -> str:  # fmt: skip
    """Who holds the seat now decides (ST-05): a person seated there since the user looked is a
    conflict; a rostered person who has not arrived gives way to a cover when the user says so;
    a person at work keeps it. Returns the text naming who was covered."""
    assert seat.id is not None
    holder = seat_repo.seat_holder(session, seat.id, inst.day, inst.shift.code)
    if holder is None or holder.staff_id == staff.id:
        return ""
    other = session.get(Staff, holder.staff_id)
    assert other is not None
    who = f"{other.staff_no} {other.name}"
    by = changed_by(ctx, session, seat.code)
    if by:  # someone seated them there: the board the user saw is out of date
        raise Conflict(
            _("Seat {code} was taken by {who} (seated{by}); reload?").format(
                code=seat.code, who=who, by=by
            )
        )
    if holder.staff_id in attendance_repo.arrivals(session, inst.day, inst.shift.code):
        raise UserError(
            _("Seat {code} is taken by {who}, who is here; free it first.").format(
                code=seat.code, who=who
            )
        )
    if not cover:
        then = f"seat {seat.code} {staff.staff_no} cover"
        raise Ask(
            _(
                "Seat {code} is {who}'s, who has not arrived; to seat {staff_no} there as cover: "
                "{then}"
            ).format(code=seat.code, who=who, staff_no=staff.staff_no, then=then),
            then,
        )
    holder.seat_id = None
    session.add(holder)
    _log_seat(ctx, session, inst, holder.staff_id, seat.code, "")
    return _(" as cover for {staff_no}").format(staff_no=other.staff_no)


def assign(ctx: Context, code: str, staff_no: str, cover: bool = False) -> str:
    """Assign or move a person to a seat for the current shift (ST-05); logged for handover."""
    with ctx.transaction() as session:
        seat = _seat(session, code)
        staff = person(session, staff_no)
        inst = _on_shift(ctx, session, staff)
        assert seat.id is not None
        covered = _make_room(ctx, session, seat, staff, inst, cover)
        entry = rostered_entry(session, staff, inst)
        assert entry is not None
        if entry.seat_id == seat.id:
            raise UserError(
                _("{staff_no} already sits at {code}.").format(staff_no=staff_no, code=seat.code)
            )
        old = session.get(Seat, entry.seat_id) if entry.seat_id else None
        entry.seat_id = seat.id
        session.add(entry)
        _log_seat(ctx, session, inst, staff.id, old.code if old else "", seat.code)
        audit.record(
            session,
            ctx,
            "seat.assign",
            seat.code,
            before={"seat": old.code if old else None},
            after={"staff": staff_no, "cover": bool(covered)},
        )
    moved = _("moved from {code} to").format(code=old.code) if old else _("seated at")
    return f"{staff_no} {moved} {seat.code}{covered}"


def free(ctx: Context, code: str) -> str:
    inst = ctx.current_shift()
    if inst is None:
        raise UserError(_("No shift at this hour."))
    with ctx.transaction() as session:
        seat = _seat(session, code)
        assert seat.id is not None
        holder = seat_repo.seat_holder(session, seat.id, inst.day, inst.shift.code)
        if holder is None:
            raise UserError(_("Seat {code} is already free.").format(code=seat.code))
        holder.seat_id = None
        session.add(holder)
        _log_seat(ctx, session, inst, holder.staff_id, seat.code, "")
        audit.record(session, ctx, "seat.free", seat.code)
    return _("seat {code} freed").format(code=seat.code)


def fault(ctx: Context, code: str, kind: str, note: str) -> str:
    if kind not in FAULT_KINDS:
        raise UserError(
            _("A fault is {FAULT_KINDS}, not '{kind}'.").format(
                FAULT_KINDS="|".join(FAULT_KINDS), kind=kind
            )
        )
    with ctx.transaction() as session:
        seat = _seat(session, code)
        assert seat.id is not None
        session.add(
            SeatFault(
                seat_id=seat.id,
                kind=kind,
                note=note,
                opened_at=ctx.now(),
                opened_by=ctx.audit_actor,
            )
        )
        audit.record(session, ctx, "seat.fault", seat.code, after={"kind": kind, "note": note})
    return _("seat {code}: {kind} fault recorded; it stays on the handover until fixed").format(
        code=seat.code, kind=fault_word(kind)
    )


def fixed(ctx: Context, code: str, note: str) -> str:
    with ctx.transaction() as session:
        seat = _seat(session, code)
        assert seat.id is not None
        open_faults = seat_repo.open_faults(session).get(seat.id, [])
        if not open_faults:
            raise UserError(_("Seat {code} has no open fault.").format(code=seat.code))
        for item in open_faults:
            item.fixed_at, item.fixed_note = ctx.now(), note
            session.add(item)
        audit.record(session, ctx, "seat.fixed", seat.code, after={"note": note})
    kinds = ", ".join(f.kind for f in open_faults)
    return _("seat {code}: {kinds} fixed").format(code=seat.code, kinds=kinds)


def sign_out(ctx: Context, staff_no: str) -> str:
    """The outgoing person leaves the seat; refused while the incoming one is missing (HO-02).
    A seat held past shift end by a call records the actual handover time (HO-09)."""
    now = ctx.now().replace(microsecond=0)
    with ctx.transaction() as session:
        staff = person(session, staff_no)
        current = ctx.current_shift()
        if current is None:
            raise UserError(_("No shift at this hour."))
        shifts = [current, previous_shift(ctx.settings.shift_list, current, ctx.settings.tz)]
        inst = next((i for i in shifts if rostered_entry(session, staff, i)), None)
        if inst is None:
            raise UserError(
                _("{staff_no} is not on {key} or the shift before.").format(
                    staff_no=staff_no, key=current.key
                )
            )
        entry = rostered_entry(session, staff, inst)
        assert entry is not None and staff.id is not None
        text = _("{staff_no} signed out at {time}").format(staff_no=staff_no, time=_hhmm(ctx, now))
        if entry.seat_id is not None:
            seat = session.get(Seat, entry.seat_id)
            assert seat is not None
            incoming, arrived = incoming_for(ctx, session, entry.seat_id, inst)
            check_handover(staff_no, seat.code, incoming.staff_no if incoming else None, arrived)
            if incoming is not None:
                text += _(" · seat {code} handed to {staff_no}").format(
                    code=seat.code, staff_no=incoming.staff_no
                )
        row = seat_repo.person_state(session, staff.id, inst.day, inst.shift.code)
        if row is not None and row.state == SeatState.OUT.value:
            raise UserError(_("{staff_no} is already signed out.").format(staff_no=staff_no))
        held = row is not None and row.state == SeatState.CALL.value and now > inst.end
        if held:
            text += _(" · call in progress held the seat until {time} (HO-09)").format(
                time=_hhmm(ctx, now)
            )
        if row is None:
            row = PersonState(
                shift_date=inst.day,
                shift_code=inst.shift.code,
                staff_id=staff.id,
                state="out",
                since=now,
            )
        row.state, row.since, row.approved = "out", now, False
        session.add(row)
        _log_state(
            ctx,
            session,
            inst,
            staff.id,
            "out",
            now,
            "handover held by a call" if held else "sign-out",
        )
        audit.record(session, ctx, "seat.signout", staff_no, after={"shift": inst.key, "at": now})
    return text
