"""Inspections (QI-01…QI-04) and test calls (QI-08): recorded by a quality inspector or leader."""

from __future__ import annotations

from cs_console.domain.masking import mask_phone
from cs_console.domain.quality import check_score
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.month_period import ensure_open, month_of
from cs_console.services.shift_lookup import person
from cs_console.store import month_repo
from cs_console.store.models_month import Inspection


def record(
    ctx: Context,
    kind: str,
    staff_no: str,
    score: float,
    note: str,
    call_ref: str = "",
    number: str = "",
) -> str:
    """One inspection (``recording``) or test call (``test_call``) at the domain clock's time."""
    check_score(score)
    month = month_of(ctx)
    with ctx.transaction() as session:
        ensure_open(session, month)
        inspector = actor_row(ctx, session, "An inspection")
        agent = person(session, staff_no)
        assert agent.id is not None and inspector.id is not None
        row = Inspection(
            staff_id=agent.id,
            inspector_id=inspector.id,
            kind=kind,
            score=score,
            month=month,
            call_ref=call_ref,
            calling_number=number,
            note=note,
            at=ctx.now(),
        )
        session.add(row)
        session.flush()
        after = {"kind": kind, "score": score, "call": call_ref, "number": mask_phone(number)}
        audit.record(session, ctx, f"quality.{kind}", staff_no, after=after)
        own = sum(1 for _, s, _ in month_repo.inspections(session, month, kind) if s == staff_no)
    target = ctx.settings.month.qc_target_per_agent_month
    if kind == "test_call":
        shown = mask_phone(number)
        return _("test call {staff_no} {score:g} from {shown} recorded ({own} in {month})").format(
            staff_no=staff_no, score=score, shown=shown, own=own, month=month
        )
    return _("inspection {staff_no} {score:g} recorded ({own} of {target} in {month})").format(
        staff_no=staff_no, score=score, own=own, target=target, month=month
    )
