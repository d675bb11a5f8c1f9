"""PINs and signing in: who is acting."""

from __future__ import annotations

from datetime import timedelta

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.pin import hash_pin, verify_pin
from cs_console.domain.records import StaffMember
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.store import repos


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
    """Check a staff number and PIN. Failures are always audited; after ``pin_attempts`` wrong
    PINs in a row signing is locked for ``pin_lockout_minutes`` (D-10)."""
    rules = ctx.settings.rules
    now = ctx.now()
    with ctx.transaction() as session:
        row = repos.staff_row(session, staff_no)
        if row is None:
            raise NotFound(f"Unknown staff number '{staff_no}'.")
        if not row.pin_hash:
            raise UserError(
                f"{staff_no} has no PIN yet; set one with: cs-console staff set-pin {staff_no}"
            )
        if row.pin_locked_until is not None and row.pin_locked_until > now:
            until = row.pin_locked_until.astimezone(ctx.settings.tz).strftime("%H:%M")
            raise UserError(f"Signing is locked for {staff_no} until {until} after wrong PINs.")
        ok = verify_pin(pin, row.pin_hash)
        if ok:
            row.pin_failures, row.pin_locked_until = 0, None
        else:
            row.pin_failures += 1
            if row.pin_failures >= rules.pin_attempts:
                row.pin_failures = 0
                row.pin_locked_until = now + timedelta(minutes=rules.pin_lockout_minutes)
        session.add(row)
        if not ok or record:
            action = "staff.sign_in" if ok else "staff.sign_in_failed"
            audit.record(session, ctx.acting_as(staff_no), action, staff_no)
        member = repos.member(row)
    if not ok:
        raise UserError(f"Wrong PIN for {staff_no}.")
    return member
