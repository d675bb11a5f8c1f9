"""Acknowledgements, appeals and their decisions (QI-09, PF-20): each one a dated event of the
points entry; an appeal upheld withdraws the entry and proposes −10 for its issuer."""

from __future__ import annotations

from sqlmodel import Session, select

from cs_console.domain.errors import UserError
from cs_console.i18n import _
from cs_console.services import audit, points
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.store import month_repo, repos
from cs_console.store.models import AuditEntry, PointsEntry
from cs_console.store.models_month import PointsEvent

DECISIONS = ("upheld", "rejected")
NOT_APPEALED = "P-{ref} is {status}; only an appealed entry is decided."
BAD_DECISION = "A decision is upheld or rejected, not '{word}'."
REASON = "A decision needs its reason."
ISSUER_NOTE = "appeal against P-{ref} upheld: {reason}"
ISSUER_POINTS = -10  # QI-09


def event(session: Session, ctx: Context, entry_id: int, kind: str, note: str) -> None:
    session.add(
        PointsEvent(entry_id=entry_id, kind=kind, by=ctx.audit_actor, note=note, at=ctx.now())
    )


def issuer(session: Session, entry: PointsEntry) -> str | None:
    """Who issued the entry: the recorder of a manual entry, else the leader who confirmed it."""
    if entry.source.startswith("manual:"):
        return entry.source.split(":")[1]
    return session.exec(
        select(AuditEntry.actor).where(
            AuditEntry.action == "points.confirm", AuditEntry.target == f"P-{entry.id}"
        )
    ).first()


def _issuer_points(session: Session, ctx: Context, entry: PointsEntry, reason: str) -> str:
    staff_no = issuer(session, entry)
    staff = repos.staff_row(session, staff_no) if staff_no else None
    if staff is None or staff.id is None:
        return ""
    note = ISSUER_NOTE.format(ref=entry.id, reason=reason)
    points.propose(session, ctx, staff.id, staff.staff_no, "QI-09", ISSUER_POINTS, note,
                   f"appeal:{entry.id}:issuer")  # fmt: skip
    return _(" · QI-09: {staff_no} {ISSUER_POINTS:+d} proposed").format(
        staff_no=staff.staff_no, ISSUER_POINTS=ISSUER_POINTS
    )


def decide(ctx: Context, entry_id: int, decision: str, reason: str) -> str:
    decision = decision.lower()
    if decision not in DECISIONS:
        raise UserError(BAD_DECISION.format(word=decision), rule="QI-09")
    if not reason.strip():
        raise UserError(REASON, rule="QI-09")
    with ctx.transaction() as session:
        actor_row(ctx, session, "A decision on an appeal")
        entry = session.get(PointsEntry, entry_id)
        if entry is None:
            raise UserError(_("No points entry P-{entry_id}.").format(entry_id=entry_id))
        if entry.status != "appealed":
            raise UserError(NOT_APPEALED.format(ref=entry_id, status=entry.status), rule="QI-09")
        history = month_repo.events(session, [entry_id]).get(entry_id, [])
        acknowledged = any(e.kind == "acknowledged" for e in history)
        status = (
            "withdrawn"
            if decision == "upheld"
            else ("acknowledged" if acknowledged else "confirmed")
        )
        entry.status = status
        session.add(entry)
        event(session, ctx, entry_id, decision, reason)
        after = {"status": status, "reason": reason}
        before = {"status": "appealed"}
        audit.record(session, ctx, f"points.{decision}", f"P-{entry_id}", before, after)
        said = f"P-{entry_id} appeal {decision}: {status}"
        if decision == "upheld":
            said += _issuer_points(session, ctx, entry, reason)
    return said
