"""The handover of a log (HO-03, HO-06/HO-07, D-10), one object from the first note to the
incoming signature: the outgoing leader's notes go to their own unsigned log until they sign
it, everyone else's to the log of the shift due; the outgoing signature freezes the log and
carries its open items to the next one; the incoming leader acknowledges exactly those and
signs; after both signatures corrections are addenda, each a link of the chain."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlmodel import Session, col, select

from cs_console.domain.errors import Conflict, UserError
from cs_console.domain.handover import check_complete, check_section
from cs_console.domain.shifts import ShiftInstance
from cs_console.i18n import _
from cs_console.services import audit, closedown, handover_chain
from cs_console.services.acting import actor_row
from cs_console.services.concurrency import changed_by, check_seen, locked
from cs_console.services.context import Context
from cs_console.services.handover_items import acknowledge, carry, handed
from cs_console.services.handover_logs import (
    changing,
    entries,
    following,
    in_play,
    leaders,
    log_of,
    open_log,
)
from cs_console.services.handover_view import facts
from cs_console.services.staff import authenticate
from cs_console.store.models import HandoverEntry, HandoverLog


def _note_log(ctx: Context, session: Session) -> tuple[ShiftInstance, HandoverLog]:
    """Where a note by the acting person goes (D-10)."""
    actor, tz = ctx.actor, ctx.settings.tz
    due, play = in_play(ctx, session)
    for inst in play:
        log = log_of(session, inst)
        if (log is None or log.status == "draft") and actor in leaders(session, inst):
            return inst, open_log(ctx, session, inst)
    for inst in play:
        log = log_of(session, inst)
        if log is not None and log.status != "draft" and actor and log.out_staff_no == actor:
            assert log.out_signed_at is not None
            then = (
                "corrections are addenda once the incoming leader has signed"
                if log.status == "awaiting_incoming"
                else "write an addendum"
            )
            raise UserError(
                _(
                    "{actor} signed the log of {key} as outgoing at {out_signed_at:%H:%M}; no "
                    "notes after the signature — {then}."
                ).format(
                    actor=actor,
                    key=inst.key,
                    out_signed_at=log.out_signed_at.astimezone(tz),
                    then=then,
                ),
                rule="D-10",
            )
    if due is None:
        raise UserError(
            _("No shift is due and the log of {key} is signed; no notes now.").format(
                key=play[-1].key
            )
        )
    log = open_log(ctx, session, due)
    if log.status != "draft":
        raise UserError(
            _("The log of {key} is {replace} and read-only; write an addendum.").format(
                key=due.key, replace=log.status.replace("_", " ")
            ),
            rule="D-10",
        )
    return due, log


def note(ctx: Context, section: str, text: str) -> str:
    section = check_section(section)
    with ctx.transaction() as session:
        inst, log = _note_log(ctx, session)
        log = changing(session, log)
        assert log.id is not None
        kind = "none" if text.strip().lower() == "none" else "entry"
        entry = HandoverEntry(log_id=log.id, section=section, text=text, kind=kind,
                              author=ctx.audit_actor, at=ctx.now())  # fmt: skip
        session.add(entry)
        session.flush()
        audit.record(session, ctx, "handover.note", f"{inst.key}#{entry.id}",
                     after={"section": section, "text": text})  # fmt: skip
    return f"#{entry.id} {inst.key} {section}: {text}"


def _awaiting(ctx: Context, session: Session) -> tuple[ShiftInstance, HandoverLog]:
    """The log in play that waits for its incoming signature."""
    _due, play = in_play(ctx, session)
    for inst in play:
        log = log_of(session, inst)
        if log is not None and log.status == "awaiting_incoming":
            return inst, log
    drafts = [i.key for i in play if (log := log_of(session, i)) and log.status == "draft"]
    if drafts:
        raise UserError(
            _("No log waits for the incoming signature: {drafts} lacks the outgoing one.").format(
                drafts=drafts[0]
            )
        )
    raise UserError(_("No handover log is waiting for the incoming signature."))


def _both(session: Session, entry: HandoverEntry) -> None:
    """The log holding a carried item and the log that handed it on: both move a version."""
    changing(session, session.get(HandoverLog, entry.log_id))
    if entry.from_log_id is not None:
        changing(session, session.get(HandoverLog, entry.from_log_id))


def ack(ctx: Context, entry_id: int) -> str:
    """The incoming leader acknowledges an item carried from the previous log (D-10)."""
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Acknowledging a carried item")
        entry = acknowledge(session, entry_id, recorder.staff_no, ctx.now())
        _both(session, entry)
        audit.record(session, ctx, "handover.ack", f"#{entry_id}")
    return _("#{entry_id} acknowledged by {staff_no}").format(
        entry_id=entry_id, staff_no=recorder.staff_no
    )


def ack_all(ctx: Context) -> str:
    """Every open item the log being handed over carried: what the incoming signature checks."""
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Acknowledging carried items")
        inst, log = _awaiting(ctx, session)
        assert log.id is not None
        pending = [e for e in handed(session, log.id) if e.acked_at is None]
        for entry in pending:
            acknowledge(session, entry.id or 0, recorder.staff_no, ctx.now())
        if pending:
            _both(session, pending[0])
        audit.record(session, ctx, "handover.ack", f"{inst.key}#all",
                     after={"items": len(pending)})  # fmt: skip
    return _("{count} carried items acknowledged by {staff_no} (from {key})").format(
        count=len(pending), staff_no=recorder.staff_no, key=inst.key
    )


def _to_sign(ctx: Context, session: Session, log_id: int, inst: ShiftInstance,
             status: str) -> HandoverLog:  # fmt: skip
    """The log, locked, still in ``status`` and as the signer last saw it (HO-06)."""
    log = locked(session, HandoverLog, log_id)
    assert log is not None
    check_seen(ctx, session, inst.key, log.version)
    if log.status != status:
        by = changed_by(ctx, session, inst.key)
        raise Conflict(
            _("The log of {key} was changed{by} since you looked; reload?").format(
                key=inst.key, by=by
            )
        )
    return log


def _pin(ctx: Context) -> str:
    if not ctx.pin:
        raise UserError(_("Signing needs the PIN (CS_CONSOLE_PIN, or the PIN window)."))
    return ctx.pin


def _content(session: Session, log: HandoverLog, inst: ShiftInstance,
             drafted: dict[str, list[str]]) -> dict[str, Any]:  # fmt: skip
    assert log.id is not None
    sections: dict[str, list[str]] = {}
    for e in entries(session, log.id):
        if e.kind in ("entry", "none", "carried"):
            sections.setdefault(e.section, []).append(e.text)
    return {"shift": inst.key, "sections": sections, "facts": drafted}


def _own_draft(ctx: Context, session: Session, staff_no: str) -> ShiftInstance:
    """The signer's own unsigned log in play, else the oldest draft in play, else the due; a
    log of theirs that was signed meanwhile is a conflict (two terminals, one signer)."""
    _due, play = in_play(ctx, session)
    logs = [(inst, log_of(session, inst)) for inst in play]
    for inst, log in logs:
        if (log is None or log.status == "draft") and staff_no in leaders(session, inst):
            return inst
    for inst, log in logs:
        if log is not None and log.status != "draft" and staff_no in leaders(session, inst):
            by = changed_by(ctx, session, inst.key)
            raise Conflict(
                _("The log of {key} was changed{by} since you looked; reload?").format(
                    key=inst.key, by=by
                )
            )
    for inst, log in logs:
        if log is not None and log.status == "draft":
            return inst
    return play[-1]


def sign_outgoing(ctx: Context) -> str:
    """HO-06: the outgoing leader signs with time and staff number; HO-03 must be complete and
    a close-down signed (HO-16). The open items go to the next shift's log."""
    with ctx.transaction() as session:
        signer = actor_row(ctx, session, "Signing the handover log")
        inst = _own_draft(ctx, session, signer.staff_no)
        log = open_log(ctx, session, inst)
        if log.status != "draft":
            raise UserError(
                _("The log of {key} is already signed by {out_staff_no}.").format(
                    key=inst.key, out_staff_no=log.out_staff_no
                )
            )
        assert log.id is not None
        log_id = log.id
        filled = {e.section for e in entries(session, log_id) if e.kind in ("entry", "none")}
        check_complete(filled)
        if closedown.needed(ctx, inst) and closedown.state(ctx, session, log).signed_at is None:
            raise UserError(
                _(
                    "nobody takes over after {key}: tick the close-down checklist and sign it "
                    "first (closedown sign)."
                ).format(key=inst.key),
                rule="HO-16",
            )
    drafted = facts(ctx, inst)
    authenticate(ctx, signer.staff_no, _pin(ctx), record=False)
    with ctx.transaction() as session:
        log = _to_sign(ctx, session, log_id, inst, "draft")
        log.status, log.out_staff_no = "awaiting_incoming", signer.staff_no
        log.out_signed_at, log.out_signed_real_at = ctx.now(), ctx.real_now()
        log.content = json.dumps(_content(session, log, inst, drafted), ensure_ascii=False)
        log.version += 1
        session.add(log)
        target, carried = carry(ctx, session, log, inst, closedown.open_items(ctx, session, log))
        audit.record(session, ctx, "handover.sign_outgoing", inst.key,
                     after={"carried": carried, "to": target.key})  # fmt: skip
    at = ctx.now().astimezone(ctx.settings.tz)
    return _(
        "{key} signed by outgoing {staff_no} at {at:%H:%M}; awaiting incoming · {carried} items "
        "carried to {key2}"
    ).format(key=inst.key, staff_no=signer.staff_no, at=at, carried=carried, key2=target.key)


def sign_incoming(ctx: Context) -> str:
    """HO-06/HO-07: the incoming leader signs after acknowledging every item the log carried
    (D-10), from ``roll_call_opens_minutes`` before their shift."""
    tz = ctx.settings.tz
    with ctx.transaction() as session:
        signer = actor_row(ctx, session, "Signing the handover log")
        inst, log = _awaiting(ctx, session)
        if log.out_staff_no == signer.staff_no:
            raise UserError(
                _("The incoming signature must come from another squad leader."), rule="HO-06"
            )
        nxt = following(ctx, inst)
        opens = nxt.start - timedelta(minutes=ctx.settings.rules.roll_call_opens_minutes)
        if ctx.now() < opens:
            raise UserError(
                _(
                    "the incoming signature of {key} opens at {opens:%H:%M}, "
                    "{roll_call_opens_minutes} minutes before {key2} starts."
                ).format(
                    key=inst.key,
                    opens=opens.astimezone(tz),
                    roll_call_opens_minutes=ctx.settings.rules.roll_call_opens_minutes,
                    key2=nxt.key,
                ),
                rule="HO-06",
            )
        assert log.id is not None
        log_id = log.id
        unacked = [e.id for e in handed(session, log_id) if e.acked_at is None]
    if unacked:
        items = ", ".join(f"#{i}" for i in unacked)
        raise UserError(
            _("acknowledge the carried items first ({items}: ack N).").format(items=items),
            rule="D-10",
        )
    authenticate(ctx, signer.staff_no, _pin(ctx), record=False)
    with ctx.transaction() as session:
        log = _to_sign(ctx, session, log_id, inst, "awaiting_incoming")
        log.in_staff_no = signer.staff_no
        log.in_signed_at, log.in_signed_real_at = ctx.now(), ctx.real_now()
        log.seq = handover_chain.next_log_seq(session)
        log.status = "signed"
        handover_chain.append_log(session, log)
        log.version += 1
        session.add(log)
        audit.record(session, ctx, "handover.sign_incoming", inst.key,
                     after={"seq": log.seq, "fingerprint": log.fingerprint})  # fmt: skip
        seq, print_ = log.seq, log.fingerprint[:16]
    at = ctx.now().astimezone(tz)
    return _(
        "{key} signed by incoming {staff_no} at {at:%H:%M} · log {seq} · fingerprint {print_}"
    ).format(key=inst.key, staff_no=signer.staff_no, at=at, seq=seq, print_=print_)


def addendum(ctx: Context, text: str) -> str:
    """D-10: after both signatures, corrections are addenda with author and time, each a link
    of the chain."""
    with ctx.transaction() as session:
        log = session.exec(
            select(HandoverLog).where(HandoverLog.status == "signed")
            .order_by(col(HandoverLog.seq).desc())
        ).first()  # fmt: skip
        if log is None or log.id is None:
            raise UserError(_("No signed log yet; write a note instead."))
        entry = HandoverEntry(log_id=log.id, section="addendum", kind="addendum", text=text,
                              author=ctx.audit_actor, at=ctx.now())  # fmt: skip
        session.add(entry)
        session.flush()
        fingerprint = handover_chain.append_note(session, log, entry)
        audit.record(session, ctx, "handover.addendum", f"log {log.seq}",
                     after={"text": text, "fingerprint": fingerprint})  # fmt: skip
    return _("addendum #{id} to log {seq} ({shift_date}/{shift_code})").format(
        id=entry.id, seq=log.seq, shift_date=log.shift_date, shift_code=log.shift_code
    )
