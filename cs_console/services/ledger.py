"""The points ledger (D-11, PF-15, QI-09): manual entries, confirm, void, acknowledge, appeal.

The console never turns points into money or a sanction."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from cs_console.domain.appraisal import COUNTED, check_leader_adjust
from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.points import aggravation_due, severity, status_word
from cs_console.i18n import _
from cs_console.services import appeals, audit, points
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.month_period import bounds, month_of
from cs_console.services.shift_lookup import person
from cs_console.store.models import PointsEntry, Staff


def _entry(session: Session, entry_id: int) -> PointsEntry:
    row = session.get(PointsEntry, entry_id)
    if row is None:
        raise NotFound(_("No points entry P-{entry_id}.").format(entry_id=entry_id))
    return row


def add_manual(ctx: Context, staff_no: str, rule: str, delta: int | None, note: str) -> str:
    rule = rule.upper()
    if delta is None:
        if rule not in ctx.settings.points:
            raise UserError(
                _("No default points for {rule}; give the delta (e.g. -5).").format(rule=rule)
            )
        delta = ctx.settings.points[rule]
    if delta == 0:
        raise UserError(_("A points entry needs a non-zero delta."))
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "A points entry")
        staff = person(session, staff_no)
        assert staff.id is not None
        if rule == "PF-16":
            _check_leader_adjust(ctx, session, staff, delta, note)
        count = len(session.exec(select(PointsEntry.id)).all())
        points.propose(
            session,
            ctx,
            staff.id,
            staff_no,
            rule,
            delta,
            note,
            f"manual:{recorder.staff_no}:{count + 1}",
            ctx.current_shift(),
        )
        session.flush()
        row = session.exec(select(PointsEntry).order_by(col(PointsEntry.id).desc())).first()
        assert row is not None
    return _("P-{id} {staff_no} {rule} {delta:+d} proposed").format(
        id=row.id, staff_no=staff_no, rule=rule, delta=delta
    )


def _check_leader_adjust(
    ctx: Context, session: Session, staff: Staff, delta: int, note: str
) -> None:
    """PF-16: a squad leader's adjustments of the month stay within −5…+5, each with a reason."""
    first, after = bounds(ctx, month_of(ctx))
    given = session.exec(
        select(PointsEntry.delta).where(
            PointsEntry.staff_id == staff.id,
            PointsEntry.rule == "PF-16",
            col(PointsEntry.status).in_((*COUNTED, "proposed")),
            col(PointsEntry.created_at) >= first,
            col(PointsEntry.created_at) < after,
        )
    ).all()
    rules = ctx.settings.month.to_domain()
    check_leader_adjust(staff.role, delta, note, rules)
    check_leader_adjust(staff.role, sum(given) + delta, note, rules)


def _month_deltas(session: Session, staff_id: int, month: date) -> list[int]:
    rows = session.exec(
        select(PointsEntry.delta, PointsEntry.created_at, PointsEntry.rule)
        .where(PointsEntry.staff_id == staff_id)
        .where(col(PointsEntry.status).in_(("confirmed", "acknowledged", "appealed")))
    ).all()
    return [d for d, at, rule in rows
            if rule != "PF-15" and (at.year, at.month) == (month.year, month.month)]  # fmt: skip


def _not_about_actor(ctx: Context, session: Session, row: PointsEntry, what: str) -> Staff:
    """D-11 and QI-09 ask two people: whoever confirms or voids an entry is not the person it
    is about, who acknowledges or appeals it. Returns that person."""
    actor = actor_row(ctx, session, what)
    staff = session.get(Staff, row.staff_id)
    assert staff is not None
    if staff.id == actor.id:
        raise UserError(
            f"P-{row.id} is about {staff.staff_no}: the person it concerns acknowledges or "
            "appeals it (QI-09), another squad leader confirms or voids it.",
            rule="D-11",
        )
    return staff


def confirm(ctx: Context, entry_id: int) -> str:
    """A squad leader confirms (the training specialist a PF-16 entry), never one about
    himself; PF-15 then checks the month for the aggravation."""
    with ctx.transaction() as session:
        row = _entry(session, entry_id)
        staff = _not_about_actor(ctx, session, row, "Confirming points")
        if row.status != "proposed":
            raise UserError(
                _("P-{entry_id} is {status}; only proposed points are confirmed.").format(
                    entry_id=entry_id, status=row.status
                )
            )
        row.status = "confirmed"
        session.add(row)
        audit.record(
            session,
            ctx,
            "points.confirm",
            f"P-{entry_id}",
            before={"status": "proposed"},
            after={"status": "confirmed", "by": ctx.actor},
        )
        text = f"P-{entry_id} confirmed ({severity(row.delta)})"
        month = row.created_at.date()
        if aggravation_due(_month_deltas(session, row.staff_id, month)):
            pts = ctx.settings.points.get("PF-15", -20)
            if points.propose(
                session,
                ctx,
                row.staff_id,
                staff.staff_no,
                "PF-15",
                pts,
                f"monthly aggravation {month:%Y-%m}",
                f"pf15:{month:%Y-%m}:{staff.staff_no}",
            ):
                text += f" · PF-15: {staff.staff_no} reached the monthly limit, {pts:+d} proposed"
    return text


def rule_of(ctx: Context, entry_id: int) -> str:
    """The rule id of a points entry (PF-16's has its own permission rows)."""
    with ctx.reading() as session:
        return _entry(session, entry_id).rule


def owner(ctx: Context, entry_id: int) -> str:
    """The staff number of the person a points entry is about."""
    with ctx.reading() as session:
        row = _entry(session, entry_id)
        staff = session.get(Staff, row.staff_id)
    assert staff is not None
    return staff.staff_no


def _decide(ctx: Context, entry_id: int, allowed: tuple[str, ...], status: str,
            note: str) -> str:  # fmt: skip
    with ctx.transaction() as session:
        row = _entry(session, entry_id)
        if status == "voided":
            _not_about_actor(ctx, session, row, "Voiding points")
        if row.status not in allowed:
            raise UserError(
                _("P-{entry_id} is {status}; it cannot become {status2}.").format(
                    entry_id=entry_id, status=status_word(row.status), status2=status_word(status)
                )
            )
        before = row.status
        row.status = status
        row.note = f"{row.note} | {status}: {note}".strip(" |") if note else row.note
        session.add(row)
        if status in ("acknowledged", "appealed"):
            appeals.event(session, ctx, entry_id, status, note)
        audit.record(
            session,
            ctx,
            f"points.{status}",
            f"P-{entry_id}",
            before={"status": before},
            after={"status": status, "note": note},
        )
    return f"P-{entry_id} {status_word(status)}"


def void(ctx: Context, entry_id: int, reason: str) -> str:
    if not reason:
        raise UserError(_("Voiding needs a reason."))
    return _decide(ctx, entry_id, ("proposed", "confirmed"), "voided", reason)


def acknowledge(ctx: Context, entry_id: int) -> str:
    """QI-09: the person has seen and signed the record."""
    return _decide(ctx, entry_id, ("confirmed",), "acknowledged", "")


def appeal(ctx: Context, entry_id: int, note: str) -> str:
    """QI-09: an appeal to the general office; the console records it, nobody decides here."""
    return _decide(ctx, entry_id, ("confirmed", "acknowledged"), "appealed", note)
