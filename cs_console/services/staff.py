"""PINs, signing in and roles: who is acting, and who made them so."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.permissions import authorize
from cs_console.domain.pin import hash_pin, verify_pin
from cs_console.domain.records import StaffMember
from cs_console.domain.staff import Role
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.store import authority_repo, repos
from cs_console.store.models import Staff

JUST_LOCKED = timedelta(seconds=5)  # a lock this young may be attempts still being checked
LOCK_RETRIES = 25
LOCK_RETRY_SECONDS = 0.2


@dataclass(frozen=True)
class PinChange:
    row: Staff
    by: str  # who is recorded as setting it: the person, or the squad leader resetting it
    needs_current: bool  # the person's current PIN must be given
    bootstrap: bool  # a first PIN while no squad leader has one (a fresh centre)


def _fresh_centre(session: Session) -> bool:
    return not authority_repo.any_pin(session, Role.SQUAD_LEADER)


def _pin_change(ctx: Context, session: Session, staff_no: str) -> PinChange:
    """Who may set ``staff_no``'s PIN now. One's own with the current PIN (or acting as
    oneself, whose PIN was checked); anyone's by a squad leader (a reset, or a first PIN);
    while no squad leader has a PIN, a first PIN by anyone."""
    row = repos.staff_row(session, staff_no)
    if row is None:
        raise NotFound(_("Unknown staff number '{staff_no}'.").format(staff_no=staff_no))
    if ctx.actor == staff_no:
        return PinChange(row, staff_no, False, False)
    if ctx.actor is not None:
        authorize("staff.set_pin.other", actor_row(ctx, session, "Setting a PIN").role)
        return PinChange(row, ctx.actor, False, False)
    if row.pin_hash:
        return PinChange(row, staff_no, True, False)
    if not _fresh_centre(session):
        authorize("staff.set_pin.other", None)
    return PinChange(row, staff_no, False, True)


def needs_current_pin(ctx: Context, staff_no: str) -> bool:
    """Whether setting this PIN needs the person's current one (refused when nobody may)."""
    with ctx.reading() as session:
        return _pin_change(ctx, session, staff_no).needs_current


def set_pin(ctx: Context, staff_no: str, pin: str, current: str | None = None) -> None:
    """Store a new PIN's hash, audited with the person and who set it (never ``system``)."""
    hashed = hash_pin(pin)
    if needs_current_pin(ctx, staff_no):
        if current is None:
            raise UserError(
                _(
                    "Changing the PIN of {staff_no} needs the current PIN, or a squad leader's "
                    "reset (--as)."
                ).format(staff_no=staff_no)
            )
        authenticate(ctx, staff_no, current, record=False)
        ctx = ctx.acting_as(staff_no)
    with ctx.transaction() as session:
        change = _pin_change(ctx, session, staff_no)
        row = change.row
        had_pin = bool(row.pin_hash)
        row.pin_hash, row.pin_failures, row.pin_locked_until = hashed, 0, None
        session.add(row)
        after: dict[str, object] = {"pin_set": True, "staff": staff_no, "by": change.by}
        if change.bootstrap:
            after["bootstrap"] = True
        audit.record(
            session,
            ctx.acting_as(change.by),
            "staff.set_pin",
            staff_no,
            before={"pin_set": had_pin},
            after=after,
        )


@contextmanager
def role_changes_checked(ctx: Context, session: Session) -> Iterator[None]:
    """Roles changed inside (an import of staff; a new person counts) are audited per person,
    before → after; once a squad leader has a PIN they need a signed-in squad leader."""
    before = authority_repo.roles(session)
    checked = not _fresh_centre(session)
    role = actor_row(ctx, session, "Importing staff").role if ctx.actor else None
    yield
    changed = [(staff_no, before.get(staff_no), new)
               for staff_no, new in sorted(authority_repo.roles(session).items())
               if before.get(staff_no) != new]  # fmt: skip
    if changed and checked:
        authorize("import.staff.roles", role)
    for staff_no, old, new in changed:
        audit.record(
            session, ctx, "staff.role", staff_no, before={"role": old}, after={"role": new}
        )


def find(ctx: Context, staff_no: str) -> StaffMember:
    with ctx.reading() as session:
        row = repos.staff_row(session, staff_no)
    if row is None:
        raise NotFound(_("Unknown staff number '{staff_no}'.").format(staff_no=staff_no))
    return repos.member(row)


def _reserve(
    ctx: Context, staff_no: str, attempts: int, lockout: timedelta
) -> authority_repo.Attempt:
    """One counted attempt. A lock set a moment ago may be the count of attempts still being
    checked at once (the same person's scripts): it is asked again for a few seconds, as the
    right PINs among them clear it; no PIN is checked while locked."""
    for _attempt in range(LOCK_RETRIES):
        now = ctx.real_now()
        with Session(ctx.engine) as session, session.begin():
            attempt = authority_repo.reserve(session, staff_no, now, attempts, lockout)
        until = attempt.locked_until
        if until is None or now - (_aware(until) - lockout) > JUST_LOCKED:
            return attempt
        time.sleep(LOCK_RETRY_SECONDS)
    return attempt


def _aware(moment: datetime) -> datetime:
    """A stored instant (SQLite gives it back naive, in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def authenticate(ctx: Context, staff_no: str, pin: str, record: bool = True) -> StaffMember:
    """Check a staff number and PIN on the real clock (convention 17). Each attempt is counted
    before the PIN is checked, in a transaction of its own; after ``pin_attempts`` wrong PINs
    in a row signing is locked for ``pin_lockout_minutes`` (D-10). Failures and refusals
    while locked are always audited."""
    rules = ctx.settings.rules
    who = ctx.acting_as(staff_no)
    lockout = timedelta(minutes=rules.pin_lockout_minutes)
    attempt = _reserve(ctx, staff_no, rules.pin_attempts, lockout)
    if attempt.locked_until is not None:
        with Session(ctx.engine) as session, session.begin():
            audit.record(session, who, "staff.sign_in_locked", staff_no)
    if not attempt.known:
        raise NotFound(_("Unknown staff number '{staff_no}'.").format(staff_no=staff_no))
    if not attempt.has_pin:
        raise UserError(
            _(
                "{staff_no} has no PIN yet; set one with: cs-console staff set-pin {staff_no}"
            ).format(staff_no=staff_no)
        )
    if attempt.locked_until is not None:
        until = attempt.locked_until.astimezone(ctx.settings.tz).strftime("%H:%M")
        raise UserError(
            _("Signing is locked for {staff_no} until {until} after wrong PINs.").format(
                staff_no=staff_no, until=until
            )
        )
    ok = verify_pin(pin, attempt.pin_hash)
    with Session(ctx.engine, expire_on_commit=False) as session, session.begin():
        if ok:
            authority_repo.clear(session, staff_no)
        if not ok or record:
            action = "staff.sign_in" if ok else "staff.sign_in_failed"
            audit.record(session, who, action, staff_no)
        row = repos.staff_row(session, staff_no)
        assert row is not None
        member = repos.member(row)
    if not ok:
        raise UserError(_("Wrong PIN for {staff_no}.").format(staff_no=staff_no))
    return member
