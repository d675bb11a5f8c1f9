"""The leave and swap registers: each request with its approval chain (who and when)."""

from __future__ import annotations

from cs_console.domain.records import LeaveLine, SwapLine
from cs_console.services.context import Context
from cs_console.store.attendance_repo import approvals, leave_requests, staff_numbers, swap_requests


def _chain(ctx: Context, session, subject: str, subject_id: int) -> str:  # noqa: ANN001
    tz = ctx.settings.tz
    return "; ".join(
        f"{a.decision} {a.role} by {a.decided_by} {a.at.astimezone(tz):%m-%d %H:%M}"
        for a in approvals(session, subject, subject_id)
    )


def leave_register(ctx: Context, limit: int = 200) -> list[LeaveLine]:
    with ctx.reading() as session:
        rows = leave_requests(session, limit)
        numbers = staff_numbers(
            session, {r.staff_id for r in rows} | {r.requested_by_id for r in rows}
        )
        return [
            LeaveLine(
                f"L-{r.id}",
                numbers[r.staff_id],
                r.kind,
                r.first_day,
                r.last_day,
                numbers[r.requested_by_id],
                r.notice,
                r.status,
                _chain(ctx, session, "leave", r.id or 0) or f"waiting: {r.approvals_needed}",
                r.certificate_pending,
            )
            for r in rows
        ]


def swap_register(ctx: Context, limit: int = 200) -> list[SwapLine]:
    with ctx.reading() as session:
        rows = swap_requests(session, limit)
        numbers = staff_numbers(session, {r.giver_id for r in rows} | {r.taker_id for r in rows})
        return [
            SwapLine(
                f"S-{r.id}",
                numbers[r.giver_id],
                numbers[r.taker_id],
                f"{r.shift_date.isoformat()}/{r.shift_code}",
                f"{r.return_date.isoformat()}/{r.return_code}" if r.return_date else "",
                r.month,
                r.status,
                _chain(ctx, session, "swap", r.id or 0) or "consent + form",
            )
            for r in rows
        ]
