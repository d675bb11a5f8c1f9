"""The close-down (HO-15/HO-16): when no shift starts within ``closedown_gap_hours`` of a
shift's end, its last leader ticks the checklist of the config (time and staff number each)
and signs it with the PIN; the next shift's log opens with it and its unticked items."""

from __future__ import annotations

from sqlmodel import Session, select

from cs_console.domain.errors import UserError
from cs_console.domain.handover_log import ChecklistLine, ClosedownState
from cs_console.domain.shifts import ShiftInstance, needs_closedown
from cs_console.i18n import _
from cs_console.services import audit
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.handover_items import OpenItem
from cs_console.services.handover_logs import changing, in_play, log_of, open_log
from cs_console.services.staff import authenticate
from cs_console.store.models import Closedown, ClosedownTick, HandoverLog


def needed(ctx: Context, inst: ShiftInstance) -> bool:
    settings = ctx.settings
    return needs_closedown(
        settings.shift_list, inst, settings.tz, settings.rules.closedown_gap_hours
    )


def state(ctx: Context, session: Session, log: HandoverLog | None) -> ClosedownState:
    """The checklist of the config with the ticks made (ticked items no longer configured
    stay listed), and the signature."""
    ticks: dict[str, ClosedownTick] = {}
    signature = None
    if log is not None and log.id is not None:
        query = select(ClosedownTick).where(ClosedownTick.log_id == log.id)
        ticks = {t.item: t for t in session.exec(query).all()}
        signature = session.exec(select(Closedown).where(Closedown.log_id == log.id)).first()
    labels = {item.code: item.label for item in ctx.settings.closedown}
    labels |= {code: t.label for code, t in ticks.items() if code not in labels}
    lines = tuple(
        ChecklistLine(code, label, ticks[code].ticked_by, ticks[code].ticked_at)
        if code in ticks
        else ChecklistLine(code, label)
        for code, label in labels.items()
    )
    if signature is None:
        return ClosedownState(lines)
    return ClosedownState(lines, signature.signed_by, signature.signed_at)


def _due(ctx: Context, session: Session) -> tuple[ShiftInstance, HandoverLog]:
    """The log in play whose shift closes down and whose close-down is not signed."""
    _due_shift, play = in_play(ctx, session)
    for inst in play:
        if needed(ctx, inst):
            log = log_of(session, inst)
            if log is not None and log.status != "draft":
                continue
            log = open_log(ctx, session, inst)
            if state(ctx, session, log).signed_at is None:
                return inst, log
    hours = ctx.settings.rules.closedown_gap_hours
    raise UserError(
        _("no close-down is due: a shift follows within {hours} hours, or it is signed.").format(
            hours=hours
        ),
        rule="HO-15",
    )


def tick(ctx: Context, code: str) -> str:
    code = code.lower()
    labels = {item.code: item.label for item in ctx.settings.closedown}
    if code not in labels:
        raise UserError(
            _("'{code}' is not on the close-down checklist ({labels}).").format(
                code=code, labels=", ".join(labels)
            )
        )
    with ctx.transaction() as session:
        who = actor_row(ctx, session, "Ticking the close-down checklist")
        inst, log = _due(ctx, session)
        assert log.id is not None
        done = state(ctx, session, log)
        line = next(x for x in done.lines if x.code == code)
        if line.ticked_at is not None:
            at = line.ticked_at.astimezone(ctx.settings.tz)
            raise UserError(
                _("{code} was already ticked by {ticked_by} at {at:%H:%M}.").format(
                    code=code, ticked_by=line.ticked_by, at=at
                )
            )
        changing(session, log)
        session.add(ClosedownTick(log_id=log.id, item=code, label=labels[code],
                                  ticked_by=who.staff_no, ticked_at=ctx.now()))  # fmt: skip
        audit.record(session, ctx, "closedown.tick", f"{inst.key}#{code}")
        left = len(done.unticked) - 1
    at = ctx.now().astimezone(ctx.settings.tz)
    return _("{code} ticked by {staff_no} at {at:%H:%M} (close-down of {key}; {left} left)").format(
        code=code, staff_no=who.staff_no, at=at, key=inst.key, left=left
    )


def sign(ctx: Context) -> str:
    """HO-16: the last leader signs the close-down with the PIN."""
    with ctx.transaction() as session:
        signer = actor_row(ctx, session, "Signing the close-down")
        inst, log = _due(ctx, session)
        log_id = log.id
    if not ctx.pin:
        raise UserError(_("Signing needs the PIN (CS_CONSOLE_PIN, or the PIN window)."))
    authenticate(ctx, signer.staff_no, ctx.pin, record=False)
    with ctx.transaction() as session:
        log = changing(session, session.get(HandoverLog, log_id))
        done = state(ctx, session, log)
        if done.signed_at is not None:
            raise UserError(
                _("The close-down of {key} was signed by {signed_by}.").format(
                    key=inst.key, signed_by=done.signed_by
                )
            )
        session.add(Closedown(log_id=log_id, signed_by=signer.staff_no, signed_at=ctx.now(),
                              signed_real_at=ctx.real_now()))  # fmt: skip
        unticked = [line.code for line in done.unticked]
        audit.record(session, ctx, "closedown.sign", inst.key, after={"unticked": unticked})
    at = ctx.now().astimezone(ctx.settings.tz)
    text = f"close-down of {inst.key} signed by {signer.staff_no} at {at:%H:%M}"
    if not unticked:
        return _("{text}; every item ticked").format(text=text)
    return _("{text}; not ticked: {unticked} (carried to the next log)").format(
        text=text, unticked=", ".join(unticked)
    )


def open_items(ctx: Context, session: Session, log: HandoverLog) -> list[OpenItem]:
    """What a signed close-down hands to the next log: itself, and each unticked item."""
    done = state(ctx, session, log)
    if done.signed_at is None:
        return []
    tz = ctx.settings.tz
    marks = ", ".join(f"{x.code} {'✓' if x.ticked_at else '✗'}" for x in done.lines)
    at = done.signed_at.astimezone(tz)
    items = [
        OpenItem(
            f"closedown:{log.id}",
            "equipment",
            f"close-down signed by {done.signed_by} at {at:%m-%d %H:%M}: {marks}",
        )
    ]
    items += [
        OpenItem(f"closedown:{log.id}:{x.code}", "equipment", f"close-down: not ticked: {x.label}")
        for x in done.unticked
    ]  # fmt: skip
    return items
