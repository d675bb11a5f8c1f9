"""The pre-shift meeting (MT-01): attendance from the roll call, agenda, named staff; MT-07
conduct points proposed from it."""

from __future__ import annotations

from cs_console.domain.errors import UserError
from cs_console.domain.meetings import Conduct, Meeting, MeetingKind, conduct_proposals
from cs_console.i18n import ngettext
from cs_console.services import audit, points
from cs_console.services.acting import actor_row
from cs_console.services.context import Context
from cs_console.services.shift_lookup import person
from cs_console.store import attendance_repo
from cs_console.store.models_month import MeetingRecord

NO_SHIFT = "No shift at this hour: a pre-shift meeting takes its attendance from a roll call."
NOT_NAMED = "{staff} did not attend the meeting (not arrived on the roll call)."


def record_meeting(
    ctx: Context,
    agenda: tuple[str, ...],
    below: tuple[str, ...],
    praised: tuple[str, ...],
    conduct: tuple[tuple[str, Conduct], ...],
) -> str:
    inst = ctx.current_shift()
    if inst is None:
        raise UserError(NO_SHIFT, rule="MT-01")
    with ctx.transaction() as session:
        leader = actor_row(ctx, session, "A meeting")
        arrived = attendance_repo.arrivals(session, inst.day, inst.shift.code)
        numbers = attendance_repo.staff_numbers(session, set(arrived))
        attendees = tuple(sorted(numbers.values()))
        for staff_no in (*below, *praised):
            if staff_no not in attendees:
                raise UserError(NOT_NAMED.format(staff=staff_no), rule="MT-01")
        row = MeetingRecord(
            kind=MeetingKind.PRE_SHIFT.value,
            held_at=ctx.now(),
            attendees="\n".join(attendees),
            agenda="\n".join(agenda),
            below_standard="\n".join(below),
            praised="\n".join(praised),
            conduct="\n".join(f"{s}:{c.value}" for s, c in conduct),
            recorded_by=leader.staff_no,
        )
        session.add(row)
        session.flush()
        ref = f"M-{row.id}"
        meeting = Meeting(ref, MeetingKind.PRE_SHIFT, row.held_at, attendees, agenda, below,
                          praised, conduct)  # fmt: skip
        proposed = conduct_proposals(meeting, ctx.settings.month.to_domain())
        for p in proposed:
            staff = person(session, p.staff_no)
            assert staff.id is not None
            points.propose(session, ctx, staff.id, p.staff_no, p.rule, p.delta, p.note, p.source,
                           inst)  # fmt: skip
        audit.record(session, ctx, "meeting.record", ref,
                     after={"attendees": len(attendees), "agenda": list(agenda),
                            "below": list(below), "praised": list(praised)})  # fmt: skip
    return ngettext(
        "{ref} pre-shift meeting recorded: {present} present, {count} MT-07 proposal",
        "{ref} pre-shift meeting recorded: {present} present, {count} MT-07 proposals",
        len(proposed),
    ).format(ref=ref, present=len(attendees), count=len(proposed))
