"""Closing a month (D-11, QI-09): refused while anything is missing unless closed anyway with a
reason; a closed month's appraisal rows are frozen as they were computed at the close."""

from __future__ import annotations

from cs_console.domain.errors import UserError
from cs_console.domain.month_close import check_close
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.month_period import bounds, ensure_open
from cs_console.services.month_view import appraise
from cs_console.store import month_repo
from cs_console.store.models_month import AppraisalRecord, MonthClose

NOT_OVER = "{month} is not over yet; a month closes once it has ended."


def close_month(ctx: Context, month: str, anyway: str) -> str:
    _, after = bounds(ctx, month)
    if ctx.now() < after:
        raise UserError(NOT_OVER.format(month=month))
    with ctx.transaction() as session:
        ensure_open(session, month)
        actor = actor_row(ctx, session, "Closing a month")
        staff = month_repo.active_staff(session)
        rows, missing, counts = appraise(session, ctx, month, staff)
        check_close(month, missing, anyway)
        people = {s.staff_no: s for s in staff}
        for r in rows:
            who = people[r.staff_no]
            assert who.id is not None
            session.add(AppraisalRecord(
                month=month, staff_id=who.id, staff_no=r.staff_no, team=who.team, role=r.role,
                base=r.base, bonuses=r.bonuses, deductions=r.deductions,
                leader_adjust=r.leader_adjust, final=r.final, grade=r.grade or "",
                stars=r.stars, star_yuan=r.star_yuan, salary_float=r.salary_float,
                service_quality=r.service_quality, inspections=counts.get(r.staff_no, 0),
                rank=r.rank, flags=" ".join(r.flags),
            ))  # fmt: skip
        session.add(MonthClose(month=month, closed_by=actor.staff_no, closed_at=ctx.now(),
                               missing=len(missing), reason=anyway))  # fmt: skip
        audit.record(session, ctx, "month.close", month,
                     after={"rows": len(rows), "missing": [m.text for m in missing],
                            "reason": anyway})  # fmt: skip
    said = f"{month} closed: {len(rows)} appraisal rows"
    if missing:
        said += f", closed anyway with {len(missing)} thing(s) missing: {anyway}"
    return said
