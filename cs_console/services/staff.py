"""PINs and signing in: who is acting."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.pin import hash_pin, verify_pin
from cs_console.domain.records import StaffMember
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.store import pin_repo, repos


def set_pin(ctx: Context, staff_no: str, pin: str) -> None:
    hashed = hash_pin(pin)
    with ctx.transaction() as session:
        row = repos.staff_row(session, staff_no)
        if row is None:
            raise NotFound(f"Unknown staff number '{staff_no}'.")
        had_pin = bool(row.pin_hash)
        row.pin_hash = hashed
        session.add(row)
        audit.record(
            session,
            ctx,
            "staff.set_pin",
            staff_no,
            before={"pin_set": had_pin},
            after={"pin_set": True},
        )


def find(ctx: Context, staff_no: str) -> StaffMember:
    with ctx.reading() as session:
        row = repos.staff_row(session, staff_no)
    if row is None:
        raise NotFound(f"Unknown staff number '{staff_no}'.")
    return repos.member(row)


def authenticate(ctx: Context, staff_no: str, pin: str, record: bool = True) -> StaffMember:
    """Check a staff number and PIN on the real clock (convention 17). Each attempt is counted
    before the PIN is checked, in a transaction of its own; after ``pin_attempts`` wrong PINs
    in a row signing is locked for ``pin_lockout_minutes`` (D-10). Failures and refusals
    while locked are always audited."""
    rules = ctx.settings.rules
    now = ctx.real_now()
    who = ctx.acting_as(staff_no)
    lockout = timedelta(minutes=rules.pin_lockout_minutes)
    with Session(ctx.engine) as session, session.begin():
        attempt = pin_repo.reserve(session, staff_no, now, rules.pin_attempts, lockout)
        if attempt.locked_until is not None:
            audit.record(session, who, "staff.sign_in_locked", staff_no)
    if not attempt.known:
        raise NotFound(f"Unknown staff number '{staff_no}'.")
    if not attempt.has_pin:
        raise UserError(
            f"{staff_no} has no PIN yet; set one with: cs-console staff set-pin {staff_no}"
        )
    if attempt.locked_until is not None:
        until = attempt.locked_until.astimezone(ctx.settings.tz).strftime("%H:%M")
        raise UserError(f"Signing is locked for {staff_no} until {until} after wrong PINs.")
    ok = verify_pin(pin, attempt.pin_hash)
    with Session(ctx.engine, expire_on_commit=False) as session, session.begin():
        if ok:
            pin_repo.clear(session, staff_no)
        if not ok or record:
            action = "staff.sign_in" if ok else "staff.sign_in_failed"
            audit.record(session, who, action, staff_no)
        row = repos.staff_row(session, staff_no)
        assert row is not None
        member = repos.member(row)
    if not ok:
        raise UserError(f"Wrong PIN for {staff_no}.")
    return member
