"""Shift swaps: validate (SW-03…SW-08, RC-13), approval chain (SW-02, D-05), roster change."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.shifts import ShiftInstance, shift_instance
from cs_console.domain.swaps import (
    check_duty,
    check_equivalent,
    check_monthly_limit,
    check_not_consecutive,
    rostered_neighbours,
)
from cs_console.i18n import _
from cs_console.services import audit, decisions
from cs_console.services.acting import actor_row
from cs_console.services.concurrency import check_seen, locked
from cs_console.services.context import Context
from cs_console.services.shift_lookup import person
from cs_console.store import repos
from cs_console.store.attendance_repo import (
    approvals,
    person_leave,
    person_shifts,
    person_swaps,
    roster_entry,
)
from cs_console.store.models import Approval, Staff, SwapRequest

ShiftKey = tuple[date, str]
NEIGHBOUR_DAYS = 14  # how far a person's previous or next rostered shift is looked for


def _inst(ctx: Context, key: ShiftKey) -> ShiftInstance:
    return shift_instance(ctx.settings.shift(key[1]), key[0], ctx.settings.tz)


def _swap_keys(swap: SwapRequest) -> set[str]:
    keys = {f"{swap.shift_date.isoformat()}/{swap.shift_code}"}
    if swap.return_date and swap.return_code:
        keys.add(f"{swap.return_date.isoformat()}/{swap.return_code}")
    return keys


def _check_person(
    ctx: Context, session: Session, staff: Staff, takes: ShiftKey, gives: ShiftKey | None
) -> None:
    """Duty limits (SW-04, RC-13), consecutive swaps (SW-04), leave (SW-07) for one party."""
    assert staff.id is not None
    new = _inst(ctx, takes)
    around = timedelta(days=NEIGHBOUR_DAYS)
    rostered = [
        (i.key, i.start, i.end)
        for r in person_shifts(session, staff.id, takes[0] - around, takes[0] + around)
        for i in [_inst(ctx, (r.shift_date, r.shift_code))]
    ]
    after_swap = [r for r in rostered if gives is None or r[0] != _inst(ctx, gives).key]
    check_duty(
        staff.staff_no,
        (new.start, new.end),
        [(start, end) for _key, start, end in after_swap],
        ctx.settings.rules.max_continuous_hours,
    )
    mine = {k for s in person_swaps(session, staff.id) for k in _swap_keys(s)}
    if new.key in mine:
        raise UserError(
            _("{staff_no} already has a swap on {key}.").format(
                staff_no=staff.staff_no, key=new.key
            )
        )
    # SW-04: the person's previous and next rostered shift after the swap, around the shift
    # taken, and around the shift given away (as rostered before it)
    taken = (new.key, new.start, new.end)
    check_not_consecutive(staff.staff_no, rostered_neighbours(after_swap, taken), mine)
    if gives is not None:
        given = _inst(ctx, gives)
        around_given = rostered_neighbours(rostered, (given.key, given.start, given.end))
        check_not_consecutive(staff.staff_no, around_given, mine)
    for key in filter(None, (takes, gives)):
        if person_leave(session, staff.id, key[0], key[0]):
            raise UserError(
                _("{staff_no} has leave on {key}; no swap on a leave day.").format(
                    staff_no=staff.staff_no, key=key[0]
                ),
                rule="SW-07",
            )


def _month_count(session: Session, staff: Staff, month: str) -> int:
    assert staff.id is not None
    return sum(1 for s in person_swaps(session, staff.id) if s.month == month)


def request_swap(
    ctx: Context, giver_no: str, key: ShiftKey, taker_no: str, back: ShiftKey | None
) -> str:
    if giver_no == taker_no:
        raise UserError(_("A swap needs two different people."))
    rules = ctx.settings.rules
    ctx.settings.shift(key[1])
    if back:
        ctx.settings.shift(back[1])
    with ctx.transaction() as session:
        giver, taker = person(session, giver_no), person(session, taker_no)
        assert giver.id is not None and taker.id is not None
        if roster_entry(session, giver.id, *key) is None:
            raise UserError(
                _("{giver_no} is not rostered on {key}/{key2}.").format(
                    giver_no=giver_no, key=key[0], key2=key[1]
                )
            )
        if roster_entry(session, taker.id, *key) is not None:
            raise UserError(
                _("{taker_no} is already rostered on {key}/{key2}.").format(
                    taker_no=taker_no, key=key[0], key2=key[1]
                )
            )
        if back and roster_entry(session, taker.id, *back) is None:
            raise UserError(
                _("{taker_no} is not rostered on the return shift {back}/{back2}.").format(
                    taker_no=taker_no, back=back[0], back2=back[1]
                )
            )
        if back and roster_entry(session, giver.id, *back) is not None:
            raise UserError(
                _("{giver_no} is already rostered on {back}/{back2}.").format(
                    giver_no=giver_no, back=back[0], back2=back[1]
                )
            )
        for day in filter(None, (key[0], back[0] if back else None)):
            if day in ctx.settings.holidays:
                raise UserError(
                    _("{day} is a holiday; holiday shifts are not swapped.").format(day=day),
                    rule="SW-08",
                )
        check_equivalent(repos.member(giver), repos.member(taker))
        month = key[0].strftime("%Y-%m")
        counts = {s.staff_no: _month_count(session, s, month) for s in (giver, taker)}
        for staff_no, count in counts.items():
            check_monthly_limit(staff_no, month, count, rules.swap_limit_per_month)
        _check_person(ctx, session, taker, key, back)
        if back:
            _check_person(ctx, session, giver, back, key)
        row = SwapRequest(
            giver_id=giver.id,
            taker_id=taker.id,
            shift_date=key[0],
            shift_code=key[1],
            return_date=back[0] if back else None,
            return_code=back[1] if back else None,
            month=month,
            requested_at=ctx.now(),
            manager_needed=rules.swap_needs_manager,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            ctx,
            "swap.request",
            f"S-{row.id}",
            after={"giver": giver_no, "taker": taker_no, "shift": key, "return": back},
        )
    back_text = f", {giver_no} works {back[0]}/{back[1]} in return" if back else ""
    used = ", ".join(f"{n} {c + 1}/{rules.swap_limit_per_month}" for n, c in counts.items())
    return _(
        "S-{id} {giver_no} hands {key}/{key2} to {taker_no}{back_text} · consent and form "
        "recorded · waiting for {waiting} (SW-02) · swaps in {month}: {used}"
    ).format(
        id=row.id,
        giver_no=giver_no,
        key=key[0],
        key2=key[1],
        taker_no=taker_no,
        back_text=back_text,
        waiting=_waiting(row, []),
        month=month,
        used=used,
    )


def _waiting(row: SwapRequest, decided: list[Approval]) -> str:
    """What the chain still needs (SW-02, D-05); empty when complete."""
    parts = []
    missing = 2 - len({a.decided_by for a in decided if a.role == "squad_leader"})
    if missing > 0:
        parts.append(f"{missing} squad leader approval{'s' if missing != 1 else ''}")
    if row.manager_needed and not any(a.role == "manager" for a in decided):
        parts.append("the department manager")
    return " and ".join(parts)


def _pending(ctx: Context, session: Session, swap_id: int) -> SwapRequest:
    row = locked(session, SwapRequest, swap_id)
    if row is None:
        raise NotFound(_("No swap S-{swap_id}.").format(swap_id=swap_id))
    check_seen(ctx, session, f"S-{swap_id}", row.version)
    if row.status != "pending":
        raise UserError(
            _("S-{swap_id} is already {status}.").format(swap_id=swap_id, status=row.status)
        )
    return row


def approve_swap(ctx: Context, swap_id: int, as_manager: bool = False) -> str:
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Approving a swap")
        row = _pending(ctx, session, swap_id)
        decided = [a for a in approvals(session, "swap", swap_id) if a.decision == "approved"]
        if as_manager:
            if not row.manager_needed or any(a.role == "manager" for a in decided):
                raise UserError(
                    _("S-{swap_id} does not wait for the department manager.").format(
                        swap_id=swap_id
                    )
                )
            role = "manager"
        else:
            if any(a.decided_by == recorder.staff_no and a.role == "squad_leader" for a in decided):
                raise UserError(
                    _(
                        "{staff_no} already approved S-{swap_id}; the other shift's squad leader "
                        "approves next."
                    ).format(staff_no=recorder.staff_no, swap_id=swap_id),
                    rule="SW-02",
                )
            if sum(a.role == "squad_leader" for a in decided) >= 2:
                raise UserError(
                    _("S-{swap_id} waits only for the department manager.").format(swap_id=swap_id)
                )
            role = "squad_leader"
        approval = Approval(
            subject="swap",
            subject_id=swap_id,
            role=role,
            decided_by=recorder.staff_no,
            at=ctx.now(),
            decision="approved",
        )
        session.add(approval)
        decided.append(approval)
        waiting = _waiting(row, decided)
        if not waiting:
            _apply(session, row)
            row.status = "approved"
        row.version += 1
        session.add(row)
        audit.record(
            session, ctx, "swap.approve", f"S-{swap_id}", after={"role": role, "status": row.status}
        )
    if waiting:
        return _("S-{swap_id} approved by {staff_no}; waiting for {waiting}").format(
            swap_id=swap_id, staff_no=recorder.staff_no, waiting=waiting
        )
    return _("S-{swap_id} approved; the roster is changed (SW-02)").format(swap_id=swap_id)


def _apply(session: Session, row: SwapRequest) -> None:
    """The roster changes only when the chain is complete (D-05)."""
    moves = [(row.giver_id, row.taker_id, row.shift_date, row.shift_code)]
    if row.return_date and row.return_code:
        moves.append((row.taker_id, row.giver_id, row.return_date, row.return_code))
    for old, new, day, code in moves:
        entry = roster_entry(session, old, day, code)
        if entry is None or roster_entry(session, new, day, code) is not None:
            raise UserError(
                _(
                    "The roster of {day}/{code} changed since S-{id} was asked; reject it and ask "
                    "again."
                ).format(day=day, code=code, id=row.id)
            )
        entry.staff_id = new
        session.add(entry)


def reject_swap(ctx: Context, swap_id: int, reason: str) -> str:
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Rejecting a swap")
        row = _pending(ctx, session, swap_id)
        return decisions.reject(ctx, session, "swap", row, recorder.staff_no, reason)
