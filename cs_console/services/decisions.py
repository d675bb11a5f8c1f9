"""Recording a decision on a leave request or a swap, with who and when (SW-02, LV-03)."""

from __future__ import annotations

from sqlmodel import Session

from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.store.models import Approval, LeaveRequest, SwapRequest


def reject(ctx: Context, session: Session, subject: str, row: LeaveRequest | SwapRequest,
           recorder: str, reason: str) -> str:  # fmt: skip
    """A squad leader's rejection: an approval row, the status, the audit row."""
    assert row.id is not None
    ref = f"{'L' if subject == 'leave' else 'S'}-{row.id}"
    session.add(
        Approval(
            subject=subject,
            subject_id=row.id,
            role="squad_leader",
            decided_by=recorder,
            at=ctx.now(),
            decision="rejected",
            note=reason,
        )
    )
    row.status = "rejected"
    row.version += 1
    session.add(row)
    audit.record(session, ctx, f"{subject}.reject", ref, after={"reason": reason})
    return _("{ref} rejected: {reason}").format(ref=ref, reason=reason)
