"""PINs and signing in: who is acting."""

from __future__ import annotations

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
    """Check a staff number and PIN; failures always, sign-ins when ``record``, are audited."""
    with ctx.reading() as session:
        row = repos.staff_row(session, staff_no)
    if row is None:
        raise NotFound(f"Unknown staff number '{staff_no}'.")
    if not row.pin_hash:
        raise UserError(
            f"{staff_no} has no PIN yet; set one with: cs-console staff set-pin {staff_no}"
        )
    ok = verify_pin(pin, row.pin_hash)
    if ok and not record:
        return repos.member(row)
    with ctx.transaction() as session:
        action = "staff.sign_in" if ok else "staff.sign_in_failed"
        audit.record(session, ctx.acting_as(staff_no), action, staff_no)
    if not ok:
        raise UserError(f"Wrong PIN for {staff_no}.")
    return repos.member(row)
