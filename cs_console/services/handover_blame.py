"""Responsibility for problems that came through a handover (HO-08), with HO-13 points."""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from cs_console.domain.errors import NotFound, UserError
from cs_console.domain.shifts import ShiftInstance, shift_instance
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.handover_chain import append_note
from cs_console.services.points import propose
from cs_console.store import repos
from cs_console.store.models import EscalationEvent, HandoverEntry, HandoverLog, Ticket

BLAME_KINDS = {  # HO-08: who answers for a problem that came through the handover
    "omitted": "outgoing",
    "mis-handed": "outgoing",
    "mis-received": "incoming",
}


def blame(ctx: Context, incident: str, kind: str, item: int | None = None) -> str:
    """HO-08: link an incident (T-n or E-n) to a signed log, or to one of its items, and
    attribute it to the outgoing or incoming leader; HO-13 points are proposed to that leader."""
    kind = kind.lower()
    if kind not in BLAME_KINDS:
        raise UserError(
            _("'{kind}' is not one of {BLAME_KINDS}.").format(
                kind=kind, BLAME_KINDS="|".join(BLAME_KINDS)
            ),
            rule="HO-08",
        )
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Attributing a handover problem")
        ref = _incident(session, incident)
        log = _blamed_log(session, item)
        assert log.id is not None
        side = BLAME_KINDS[kind]
        staff_no = log.out_staff_no if side == "outgoing" else log.in_staff_no
        person = repos.staff_row(session, staff_no)
        assert person is not None and person.id is not None
        linked = f" item #{item}" if item is not None else ""
        text = f"{ref} {kind}{linked}: {side} leader {staff_no} responsible"
        inst = _shift_of(ctx, log)
        proposed = propose(session, ctx, person.id, staff_no, "HO-13",
                           ctx.settings.points.get("HO-13", -10),
                           f"handover {kind}: {ref} (HO-08)", f"HO-08:{ref}", inst)  # fmt: skip
        entry = HandoverEntry(log_id=log.id, section="responsibility", kind="blame", text=text,
                              author=recorder.staff_no, at=ctx.now())  # fmt: skip
        session.add(entry)
        session.flush()
        fingerprint = append_note(session, log, entry)  # its own link of the chain (D-10)
        audit.record(session, ctx, "handover.blame", f"log {log.seq}",
                     after={"text": text, "fingerprint": fingerprint})  # fmt: skip
    points = f"; P-{proposed.id} proposed ({proposed.delta:+d}, HO-13)" if proposed else ""
    return f"{text} (log {log.seq}, HO-08){points}"


def _incident(session: Session, text: str) -> str:
    match = re.fullmatch(r"([TE])-(\d+)", text.upper())
    if not match:
        raise UserError(_("'{text}' is not an incident such as T-12 or E-3.").format(text=text))
    table = Ticket if match.group(1) == "T" else EscalationEvent
    if session.get(table, int(match.group(2))) is None:
        raise NotFound(_("No {group}.").format(group=match.group(0)))
    return match.group(0)


def _blamed_log(session: Session, item: int | None) -> HandoverLog:
    """The log holding ``item``, else the last signed one; it must carry both signatures."""
    if item is not None:
        entry = session.get(HandoverEntry, item)
        if entry is None:
            raise NotFound(_("No handover item #{item}.").format(item=item))
        log = session.get(HandoverLog, entry.log_id)
    else:
        log = session.exec(
            select(HandoverLog).where(HandoverLog.status == "signed")
            .order_by(col(HandoverLog.seq).desc())
        ).first()  # fmt: skip
    if log is None or log.status != "signed":
        raise UserError(
            _("Responsibility is attributed on a log signed by both leaders."), rule="HO-08"
        )
    return log


def _shift_of(ctx: Context, log: HandoverLog) -> ShiftInstance:
    settings = ctx.settings
    return shift_instance(settings.shift(log.shift_code), log.shift_date, settings.tz)
