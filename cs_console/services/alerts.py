"""Alerts that are not lost: a clock entering a warning or overrun band (D-07), service level
below target for two intervals in a row, or the longest wait above
``long_wait_alert_seconds``. Raised once per cause by the settlement step
(as the system), kept as rows until a leader acknowledges them (``ack-alert N``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.staffing import truncated
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.context import Context
from cs_console.services.queue_view import ShiftQueue, shift_queue
from cs_console.store import alert_repo, clock_repo
from cs_console.store.models_floor import Alert

RING_SECONDS = 60  # an open alert rings again this often
ESCALATE_MINUTES = 5  # then it shows on the consoles of deputies and duty managers


@dataclass(frozen=True)
class AlertLine:
    id: int
    kind: str
    text: str
    raised_at: datetime

    def escalated(self, now: datetime) -> bool:
        return now - self.raised_at >= timedelta(minutes=ESCALATE_MINUTES)


@dataclass(frozen=True)
class Due:
    key: str
    kind: str
    text: str


def due_alerts(ctx: Context, queue: ShiftQueue, shift_key: str) -> list[Due]:
    """What the figures call for now (each cause has its key, so it is raised once)."""
    tz, rules = ctx.settings.tz, queue.rules
    done = [f for f in queue.reached() if f.end <= queue.now]
    due: list[Due] = []
    if len(done) >= 2:
        first, second = done[-2], done[-1]
        levels = (first.service_level, second.service_level)
        if all(v is not None and v < rules.service_level_target for v in levels):
            due.append(Due(
                f"sl:{shift_key}:{second.start.isoformat()}", "service",
                f"service level below {rules.service_level_target:.2f} two intervals running: "
                f"{truncated(levels[0] or 0):.2f} at {first.start.astimezone(tz):%H:%M}, "
                f"{truncated(levels[1] or 0):.2f} at {second.start.astimezone(tz):%H:%M}",
            ))  # fmt: skip
    waiting, limit = queue.report.waiting, ctx.settings.phone.long_wait_alert_seconds
    if waiting.longest_seconds > limit:
        entered = queue.now - timedelta(seconds=waiting.longest_seconds)
        due.append(Due(
            f"wait:{int(entered.timestamp())}", "wait",
            f"a call has waited {waiting.longest_seconds} s (over {limit} s); "
            f"{waiting.calls} waiting",
        ))  # fmt: skip
    return due


def clock_alerts(ctx: Context, session: Session) -> list[Due]:
    """Each running clock in a warning or overrun band: one alert per clock and band (D-07)."""
    rules, now = ctx.settings.rules.clocks, ctx.now()
    due: list[Due] = []
    for line in clock_repo.running(session):
        band = rules.band(line, now)
        if not (band.warning or band.overrun):
            continue
        cost = f" · {band.points} pts" if band.points else ""
        due.append(Due(
            f"clock:{line.ref}:{line.kind}:{band.name}"[:64], "clock",
            f"{line.ref} {line.kind} clock: {band.name}{cost} · {line.summary}",
        ))  # fmt: skip
    return due


def pending(ctx: Context, session: Session) -> list[Due]:
    """The alerts due and not raised yet (a read)."""
    due = clock_alerts(ctx, session)
    inst = ctx.current_shift()
    if inst is not None:
        due += due_alerts(ctx, shift_queue(ctx, inst), inst.key)
    if not due:
        return []
    known = alert_repo.known_keys(session, (d.key for d in due))
    return [d for d in due if d.key not in known]


def raise_due(ctx: Context, session: Session, due: list[Due], at: datetime) -> list[str]:
    lines = []
    for item in due:
        number = alert_repo.raise_alert(session, item.key, item.kind, item.text, at)
        if number is not None:
            audit.record(session, ctx, "alert.raise", f"A-{number}", after={"text": item.text})
            lines.append(f"alert A-{number}: {item.text}")
    return lines


def open_alerts(ctx: Context) -> list[AlertLine]:
    with ctx.reading() as session:
        rows = alert_repo.open_alerts(session)
    return [AlertLine(r.id or 0, r.kind, r.text, r.raised_at) for r in rows]


def parse_number(text: str) -> int:
    digits = text.upper().removeprefix("A-")
    if not digits.isdigit():
        raise UserError(_("'{text}' is not an alert number (A-n or n).").format(text=text))
    return int(digits)


def ack_alert(ctx: Context, number: int) -> str:
    with ctx.transaction() as session:
        row = session.get(Alert, number)
        if row is None:
            raise NotFound(_("No alert A-{number}.").format(number=number))
        if row.acked_at is not None:
            raise UserError(
                _("Alert A-{number} was acknowledged by {acked_by} already.").format(
                    number=number, acked_by=row.acked_by
                )
            )
        row.acked_at, row.acked_by = ctx.now(), ctx.audit_actor
        session.add(row)
        audit.record(session, ctx, "alert.ack", f"A-{number}", after={"text": row.text})
    return _("alert A-{number} acknowledged").format(number=number)
