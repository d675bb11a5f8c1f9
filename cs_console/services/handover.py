"""The handover log (HO-03, HO-06/HO-07, D-10): entries, carry-forward, two signatures with
PIN, read-only once signed (addenda after), and a fingerprint chain over signed logs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from cs_console.domain.errors import Conflict, NotFound, UserError
from cs_console.domain.escalation import left_words
from cs_console.domain.handover import check_complete, check_section, fingerprint
from cs_console.domain.shifts import ShiftInstance, next_shift, previous_shift
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.concurrency import changed_by, check_seen, locked
from cs_console.services.context import Context
from cs_console.services.roll_view import staffing_changes
from cs_console.services.shift_view import equipment_notes, running_clocks
from cs_console.services.staff import authenticate
from cs_console.store import repos
from cs_console.store.models import HandoverEntry, HandoverLog


@dataclass(frozen=True)
class LogView:
    shift: ShiftInstance
    status: str
    out_staff_no: str
    out_signed_at: datetime | None
    in_staff_no: str
    in_signed_at: datetime | None
    seq: int | None
    fingerprint: str
    entries: tuple[tuple[int, str, str, str, str, datetime, str], ...]  # id, section, kind…
    facts: dict[str, list[str]]
    version: int = 0  # what the signer saw (concurrency.py); 0 before the log exists


def facts(ctx: Context, inst: ShiftInstance) -> dict[str, list[str]]:
    """What the console already knows, drafted for the leader to confirm (D-10)."""
    now = ctx.now()
    tz = ctx.settings.tz
    clocks = [
        f"{c.ref} {c.kind} clock, {left_words(c.deadline, now)}, due "
        f"{c.deadline.astimezone(tz):%H:%M} · {c.summary}"
        for c in running_clocks(ctx)
    ]
    with ctx.reading() as session:
        open_tickets = repos.count_open_tickets(session)
    return {
        "equipment": equipment_notes(ctx, inst),
        "staffing": staffing_changes(ctx, inst),
        "clocks": clocks,
        "tickets": [f"{open_tickets} tickets open"],
    }


def _log(session: Session, inst: ShiftInstance) -> HandoverLog | None:
    return session.exec(
        select(HandoverLog).where(
            HandoverLog.shift_date == inst.day, HandoverLog.shift_code == inst.shift.code
        )
    ).first()


def _entries(session: Session, log_id: int) -> list[HandoverEntry]:
    return list(session.exec(
        select(HandoverEntry).where(HandoverEntry.log_id == log_id).order_by(HandoverEntry.id)
    ).all())  # fmt: skip


def _previous(ctx: Context, inst: ShiftInstance) -> ShiftInstance:
    return previous_shift(ctx.settings.shift_list, inst, ctx.settings.tz)


def _open(ctx: Context, session: Session, inst: ShiftInstance) -> HandoverLog:
    """The shift's log, created on first use with the previous log's open items carried."""
    log = _log(session, inst)
    if log is not None:
        return log
    log = HandoverLog(shift_date=inst.day, shift_code=inst.shift.code)
    session.add(log)
    session.flush()
    assert log.id is not None
    before = _log(session, _previous(ctx, inst))
    if before is not None and before.content:
        content = json.loads(before.content)
        items = [("equipment", t) for t in content["sections"].get("equipment", [])]
        items += [("problems", t) for t in content["sections"].get("problems", [])]
        items += [("equipment", t) for t in content["facts"].get("equipment", [])]
        items += [("problems", t) for t in content["facts"].get("clocks", [])]
        for section, text in items:
            if text.lower() != "none":
                session.add(
                    HandoverEntry(
                        log_id=log.id,
                        section=section,
                        kind="carried",
                        text=f"from {content['shift']}: {text}",
                        author="system",
                        at=ctx.now(),
                    )
                )
    audit.record(session, ctx, "handover.open", f"{inst.key}")
    return log


def _current(ctx: Context) -> ShiftInstance:
    inst = ctx.current_shift()
    if inst is None:
        raise UserError("No shift at this hour.")
    return inst


def note(ctx: Context, section: str, text: str) -> str:
    section = check_section(section)
    with ctx.transaction() as session:
        inst = _current(ctx)
        log = _changing(session, _open(ctx, session, inst))
        if log.status != "draft":
            raise UserError(
                f"The log of {inst.key} is {log.status.replace('_', ' ')} and "
                "read-only; write an addendum.",
                rule="D-10",
            )
        assert log.id is not None
        kind = "none" if text.strip().lower() == "none" else "entry"
        entry = HandoverEntry(
            log_id=log.id,
            section=section,
            text=text,
            kind=kind,
            author=ctx.audit_actor,
            at=ctx.now(),
        )
        session.add(entry)
        session.flush()
        audit.record(
            session,
            ctx,
            "handover.note",
            f"{inst.key}#{entry.id}",
            after={"section": section, "text": text},
        )
    return f"#{entry.id} {section}: {text}"


def ack(ctx: Context, entry_id: int) -> str:
    """The incoming leader acknowledges an item carried from the previous log (D-10)."""
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Acknowledging a carried item")
        entry = session.get(HandoverEntry, entry_id)
        if entry is None or entry.kind != "carried":
            raise NotFound(f"No carried item #{entry_id}.")
        if entry.acked_at is not None:
            raise UserError(f"#{entry_id} was already acknowledged by {entry.acked_by}.")
        _changing(session, session.get(HandoverLog, entry.log_id))
        entry.acked_by, entry.acked_at = recorder.staff_no, ctx.now()
        session.add(entry)
        audit.record(session, ctx, "handover.ack", f"#{entry_id}")
    return f"#{entry_id} acknowledged by {recorder.staff_no}"


def ack_all(ctx: Context) -> str:
    """Acknowledge every open carried item of the current shift's log at once."""
    with ctx.transaction() as session:
        recorder = actor_row(ctx, session, "Acknowledging carried items")
        log = _changing(session, _open(ctx, session, _current(ctx)))
        assert log.id is not None
        pending = [e for e in _entries(session, log.id)
                   if e.kind == "carried" and e.acked_at is None]  # fmt: skip
        for entry in pending:
            entry.acked_by, entry.acked_at = recorder.staff_no, ctx.now()
            session.add(entry)
        audit.record(session, ctx, "handover.ack", "all", after={"items": len(pending)})
    return f"{len(pending)} carried items acknowledged by {recorder.staff_no}"


def _changing(session: Session, log: HandoverLog | None) -> HandoverLog:
    """The log locked for this intent, one version on: a signer sees every change (HO-06)."""
    assert log is not None and log.id is not None
    row = locked(session, HandoverLog, log.id)
    assert row is not None
    row.version += 1
    session.add(row)
    return row


def _to_sign(ctx: Context, session: Session, log_id: int, inst: ShiftInstance,
             status: str) -> HandoverLog:  # fmt: skip
    """The log, locked, still in ``status`` and as the signer last saw it (HO-06)."""
    log = locked(session, HandoverLog, log_id)
    assert log is not None
    check_seen(ctx, session, inst.key, log.version)
    if log.status != status:
        by = changed_by(ctx, session, inst.key)
        raise Conflict(f"The log of {inst.key} was changed{by} since you looked; reload?")
    return log


def _pin(ctx: Context) -> str:
    if not ctx.pin:
        raise UserError("Signing needs the PIN (CS_CONSOLE_PIN, or the PIN window).")
    return ctx.pin


def _content(session: Session, log: HandoverLog, inst: ShiftInstance,
             drafted: dict[str, list[str]]) -> dict[str, Any]:  # fmt: skip
    assert log.id is not None
    sections: dict[str, list[str]] = {}
    for e in _entries(session, log.id):
        if e.kind in ("entry", "none", "carried"):
            sections.setdefault(e.section, []).append(e.text)
    return {"shift": inst.key, "sections": sections, "facts": drafted}


def _find(ctx: Context, session: Session, status: str) -> tuple[ShiftInstance, HandoverLog | None]:
    """The log in ``status`` of the previous or the current shift (the previous one first:
    a handover happens at the boundary)."""
    current = _current(ctx)
    for inst in (_previous(ctx, current), current):
        log = _log(session, inst)
        if log is not None and log.status == status:
            return inst, log
    return current, None


def sign_outgoing(ctx: Context) -> str:
    """HO-06: the outgoing leader signs with time and staff number; HO-03 must be complete."""
    with ctx.transaction() as session:
        signer = actor_row(ctx, session, "Signing the handover log")
        inst, log = _find(ctx, session, "draft")
        if log is None:
            log = _open(ctx, session, inst)
        assert log.id is not None
        log_id = log.id
        filled = {e.section for e in _entries(session, log_id) if e.kind in ("entry", "none")}
        check_complete(filled)
    drafted = facts(ctx, inst)
    authenticate(ctx, signer.staff_no, _pin(ctx), record=False)
    with ctx.transaction() as session:
        log = _to_sign(ctx, session, log_id, inst, "draft")
        log.status, log.out_staff_no, log.out_signed_at = (
            "awaiting_incoming",
            signer.staff_no,
            ctx.now(),
        )
        log.content = json.dumps(_content(session, log, inst, drafted), ensure_ascii=False)
        log.version += 1
        session.add(log)
        audit.record(session, ctx, "handover.sign_outgoing", inst.key)
    at = ctx.now().astimezone(ctx.settings.tz)
    return f"{inst.key} signed by outgoing {signer.staff_no} at {at:%H:%M}; awaiting incoming"


def sign_incoming(ctx: Context) -> str:
    """HO-06/HO-07: the incoming leader signs after acknowledging every carried item (D-10)."""
    with ctx.transaction() as session:
        signer = actor_row(ctx, session, "Signing the handover log")
        inst, log = _find(ctx, session, "awaiting_incoming")
        if log is None or log.id is None:
            raise UserError("No handover log is waiting for the incoming signature.")
        if log.out_staff_no == signer.staff_no:
            raise UserError(
                "The incoming signature must come from another squad leader.", rule="HO-06"
            )
        log_id = log.id
        following = _open(ctx, session, next_shift(ctx.settings.shift_list, inst, ctx.settings.tz))
        assert following.id is not None
        unacked = [e.id for e in _entries(session, following.id)
                   if e.kind == "carried" and e.acked_at is None]  # fmt: skip
    if unacked:
        items = ", ".join(f"#{i}" for i in unacked)
        raise UserError(f"acknowledge the carried items first ({items}: ack N).", rule="D-10")
    authenticate(ctx, signer.staff_no, _pin(ctx), record=False)
    with ctx.transaction() as session:
        log = _to_sign(ctx, session, log_id, inst, "awaiting_incoming")
        last = session.exec(select(func.max(HandoverLog.seq))).one() or 0
        prev = session.exec(select(HandoverLog.fingerprint).where(HandoverLog.seq == last)).first()
        log.in_staff_no, log.in_signed_at = signer.staff_no, ctx.now()
        log.seq, log.status = last + 1, "signed"
        log.fingerprint = fingerprint(_signed_content(log), prev or "")
        log.version += 1
        session.add(log)
        audit.record(
            session,
            ctx,
            "handover.sign_incoming",
            inst.key,
            after={"seq": log.seq, "fingerprint": log.fingerprint},
        )
        seq, print_ = log.seq, log.fingerprint[:16]
    at = ctx.now().astimezone(ctx.settings.tz)
    return (
        f"{inst.key} signed by incoming {signer.staff_no} at {at:%H:%M} · log {seq} · "
        f"fingerprint {print_}"
    )


def _signed_content(log: HandoverLog) -> dict[str, Any]:
    return {
        "content": json.loads(log.content),
        "out": [log.out_staff_no, log.out_signed_at],
        "in": [log.in_staff_no, log.in_signed_at],
        "seq": log.seq,
    }


def addendum(ctx: Context, text: str) -> str:
    """D-10: after both signatures, corrections are addenda with author and time."""
    with ctx.transaction() as session:
        log = session.exec(
            select(HandoverLog).where(HandoverLog.status == "signed")
            .order_by(col(HandoverLog.seq).desc())
        ).first()  # fmt: skip
        if log is None or log.id is None:
            raise UserError("No signed log yet; write a note instead.")
        entry = HandoverEntry(
            log_id=log.id,
            section="addendum",
            kind="addendum",
            text=text,
            author=ctx.audit_actor,
            at=ctx.now(),
        )
        session.add(entry)
        session.flush()
        audit.record(session, ctx, "handover.addendum", f"log {log.seq}", after={"text": text})
    return f"addendum #{entry.id} to log {log.seq} ({log.shift_date}/{log.shift_code})"


def verify_chain(ctx: Context) -> list[str]:
    """Every signed log's fingerprint recomputed in sequence; the problems found."""
    problems = []
    previous = ""
    with ctx.reading() as session:
        logs = session.exec(
            select(HandoverLog).where(col(HandoverLog.seq).is_not(None)).order_by(HandoverLog.seq)
        ).all()
    for log in logs:
        expected = fingerprint(_signed_content(log), previous)
        if expected != log.fingerprint:
            problems.append(
                f"handover log {log.seq} ({log.shift_date}/{log.shift_code}) does "
                "not match its fingerprint"
            )
        previous = log.fingerprint
    return problems


def view(ctx: Context, inst: ShiftInstance) -> LogView:
    with ctx.reading() as session:
        log = _log(session, inst)
        entries = _entries(session, log.id) if log and log.id else []
    rows = tuple((e.id or 0, e.section, e.kind, e.text, e.author, e.at,
                  e.acked_by) for e in entries)  # fmt: skip
    drafted = json.loads(log.content)["facts"] if log and log.content else facts(ctx, inst)
    if log is None:
        return LogView(inst, "draft", "", None, "", None, None, "", rows, drafted)
    return LogView(
        inst,
        log.status,
        log.out_staff_no,
        log.out_signed_at,
        log.in_staff_no,
        log.in_signed_at,
        log.seq,
        log.fingerprint,
        rows,
        drafted,
        log.version,
    )
