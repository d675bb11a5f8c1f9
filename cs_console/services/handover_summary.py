"""What the printed handover summary holds (HO-06, RP-02, D-10, D-12), gathered from the data."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from cs_console.domain.attendance import counter_line, roll_counts
from cs_console.domain.errors import UserError
from cs_console.domain.escalation import left_words
from cs_console.domain.handover import SECTION_TITLES, SECTIONS
from cs_console.domain.records import StaffMember
from cs_console.domain.shifts import ShiftInstance, next_shift, shift_instance
from cs_console.domain.summary import Section, SignatureLine, Summary, state_words
from cs_console.domain.timeparse import parse_date
from cs_console.i18n import date_text, instant_text
from cs_console.services.context import Context
from cs_console.services.handover_logs import handed_over
from cs_console.services.handover_view import LogView, view
from cs_console.services.integrity import chain_head
from cs_console.services.roll_view import roll_call
from cs_console.services.seat_board import board
from cs_console.services.shift_view import overview, running_clocks
from cs_console.services.stats import shift_stats
from cs_console.store import repos

LISTED_TICKETS = 40
TICKET_COLUMNS = ("Ref", "Category", "State", "Due", "Customer", "Phone", "Summary")
CLOCK_COLUMNS = ("Ref", "Clock", "Left", "Due", "Summary")


def shift_of(ctx: Context, ref: str | None) -> ShiftInstance:
    """``DATE/CODE``, or by default the log being handed over (as screen 5 shows it)."""
    settings = ctx.settings
    if ref:
        day, _, code = ref.partition("/")
        if not code:
            raise UserError(f"Give the shift as DATE/CODE, e.g. 2026-11-23/D, not '{ref}'.")
        return shift_instance(settings.shift(code), parse_date(day), settings.tz)
    with ctx.reading() as session:
        return handed_over(ctx, session)[0]


def summary(ctx: Context, inst: ShiftInstance) -> Summary:
    now = ctx.now()
    tz = ctx.settings.tz
    log = view(ctx, inst)
    head = chain_head(ctx)
    following = next_shift(ctx.settings.shift_list, inst, tz)
    with ctx.reading() as session:
        names = {
            no: row.name
            for no in (log.out_staff_no, log.in_staff_no)
            if no and (row := repos.staff_row(session, no)) is not None
        }
        tickets = repos.open_tickets(session, LISTED_TICKETS)
        open_count = repos.count_open_tickets(session)
        visits = repos.visits_due(session, LISTED_TICKETS)
    out_rostered = overview(ctx, inst).leader
    in_rostered = overview(ctx, following).leader
    stats = shift_stats(ctx, inst)
    heading = (
        (
            f"{date_text(inst.day)} · shift {inst.shift.label()} → {following.shift.label()}",
            "Outgoing: " + _signer(log.out_staff_no, names, log.out_signed_at, out_rostered, ctx),
            "Incoming: " + _signer(log.in_staff_no, names, log.in_signed_at, in_rostered, ctx),
        )
        + (
            (f"Log {log.seq}, signed by both leaders", f"Fingerprint {log.fingerprint}")
            if log.seq
            else ("Log not yet signed by both leaders: no sequence number or fingerprint.",)
        )
        + (f"Chain head {head.text()}",)
    )
    sections = [Section(SECTION_TITLES[s], _entries(log, s, ctx)) for s in SECTIONS]
    if log.closedown is not None:
        sections.append(Section("Close-down (HO-15/HO-16)", _closedown(log, ctx)))
    if log.handed:
        sections.append(
            Section(
                f"Carried to {log.next_key}",
                tuple(
                    f"#{i.id} {i.text} ("
                    + (f"acknowledged by {i.acked_by}" if i.acked_by else "not acknowledged")
                    + ")"
                    for i in log.handed
                ),
            )
        )
    sections.append(Section("Addenda", _entries(log, "addendum", ctx)))
    blamed = _entries(log, "responsibility", ctx)
    if blamed:
        sections.append(Section("Responsibility (HO-08)", blamed))
    roll = roll_call(ctx, inst)
    sections.append(
        Section(
            "Attendance",
            (
                counter_line(roll_counts(roll.states(min(now, inst.end)))),
                *log.facts.get("staffing", []),
            ),
        )  # fmt: skip
    )
    states = Counter(cell.state for cell in board(ctx).cells)
    sections.append(
        Section(
            f"Seats and equipment at {now.astimezone(tz):%H:%M}",
            (
                " · ".join(f"{k} {v}" for k, v in sorted(states.items())) or "no seats",
                *log.facts.get("equipment", []),
            ),
        )  # fmt: skip
    )
    sections.append(Section("Shift statistics (RP-02)", tuple(stats.lines()[1:])))
    clocks = running_clocks(ctx)
    sections.append(
        Section(
            f"Running clocks at {now.astimezone(tz):%H:%M}",
            tuple(
                f"{c.ref} {c.kind}: {left_words(c.deadline, now)}, due "
                f"{c.deadline.astimezone(tz):%H:%M} · {_joined(c.customer, c.summary)}"
                for c in clocks
            ),
            CLOCK_COLUMNS,
            tuple(
                (
                    c.ref,
                    c.kind,
                    left_words(c.deadline, now),
                    f"{c.deadline.astimezone(tz):%H:%M}",
                    _joined(c.customer, c.summary),
                )
                for c in clocks
            ),  # fmt: skip
        )
    )
    listed = tuple(
        f"{t.ref} {t.category} {state_words(t.state)} due {_at(t.due_at, ctx)} · {t.customer} "
        f"{t.phone} · {t.summary}"
        for t in tickets
    )
    more = (f"… and {open_count - len(tickets)} more",) if open_count > len(tickets) else ()
    rows = tuple(
        (t.ref, t.category, state_words(t.state), _at(t.due_at, ctx), t.customer, t.phone,
         t.summary)
        for t in tickets
    ) + tuple((line, "", "", "", "", "", "") for line in more)  # fmt: skip
    sections.append(Section(f"Open tickets ({open_count})", listed + more, TICKET_COLUMNS, rows))
    sections.append(
        Section(
            "Return visits due",
            tuple(
                f"{t.ref} due {_at(t.visit_due_at, ctx)} · {t.customer} {t.phone} · {t.summary}"
                for t in visits
            ),
        )  # fmt: skip
    )
    status = {"awaiting_incoming": "DRAFT, awaiting the incoming signature"}
    return Summary(
        centre=ctx.settings.centre_name,
        status=log.signed_text or status.get(log.status, "DRAFT, not signed"),
        heading=heading,
        sections=tuple(sections),
        charts=tuple(stats.charts()),
        footer=f"Printed {instant_text(now, tz, seconds=False)} by {ctx.audit_actor}"
        + (f" {printer}" if (printer := _name(ctx)) else ""),
        shift_key=inst.key,
        fingerprint=log.fingerprint,
        signatures=(
            _signature(
                "Outgoing leader", log.out_staff_no, names, log.out_signed_at, out_rostered, ctx
            ),
            _signature(
                "Incoming leader", log.in_staff_no, names, log.in_signed_at, in_rostered, ctx
            ),
            *_closedown_signature(log, ctx),
            SignatureLine("Manager"),
        ),  # fmt: skip
    )


def _signature(role: str, staff_no: str, names: dict[str, str], at: datetime | None,
               rostered: StaffMember | None, ctx: Context) -> SignatureLine:  # fmt: skip
    """The signer, or the rostered leader with the time left blank for a pen (D-10)."""
    if staff_no and at is not None:
        when = f"{at.astimezone(ctx.settings.tz):%Y-%m-%d %H:%M:%S}"
        return SignatureLine(role, names.get(staff_no, ""), staff_no, when)
    if rostered is not None:
        return SignatureLine(role, rostered.name, rostered.staff_no)
    return SignatureLine(role)


def _closedown_signature(log: LogView, ctx: Context) -> tuple[SignatureLine, ...]:
    """HO-16: the last leader's close-down signature, when the shift closes the centre."""
    if log.closedown is None:
        return ()
    signed = log.closedown.signed_at
    if signed is None:
        return (SignatureLine("Close-down (HO-16)"),)
    when = f"{signed.astimezone(ctx.settings.tz):%Y-%m-%d %H:%M:%S}"
    with ctx.reading() as session:
        row = repos.staff_row(session, log.closedown.signed_by)
    return (SignatureLine("Close-down (HO-16)", row.name if row else "",
                          log.closedown.signed_by, when),)  # fmt: skip


def _signer(staff_no: str, names: dict[str, str], at: datetime | None,
            rostered: StaffMember | None, ctx: Context) -> str:  # fmt: skip
    if staff_no and at is not None:
        when = instant_text(at, ctx.settings.tz)
        return f"{staff_no} {names.get(staff_no, '')} · signed {when}"
    if rostered is not None:
        return f"{rostered.staff_no} {rostered.name} (rostered) · not signed"
    return "not signed"


def _entries(log: LogView, section: str, ctx: Context) -> tuple[str, ...]:
    out = []
    for _id, sec, kind, text, author, at, acked_by in log.entries:
        if sec != section:
            continue
        line = f"{at.astimezone(ctx.settings.tz):%H:%M} {author}: {text}"
        if kind == "carried":
            line += f" (acknowledged by {acked_by})" if acked_by else " (not acknowledged)"
        out.append(line)
    return tuple(out)


def _closedown(log: LogView, ctx: Context) -> tuple[str, ...]:
    assert log.closedown is not None
    tz = ctx.settings.tz
    lines = [
        f"{x.label}: ticked by {x.ticked_by} at {x.ticked_at.astimezone(tz):%H:%M}"
        if x.ticked_at
        else f"{x.label}: not ticked"
        for x in log.closedown.lines
    ]
    signed = log.closedown.signed_at
    lines.append(
        f"signed by {log.closedown.signed_by} at {instant_text(signed, tz, seconds=False)}"
        if signed
        else "not signed"
    )
    return tuple(lines)


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _at(when: datetime | None, ctx: Context) -> str:
    return f"{when.astimezone(ctx.settings.tz):%m-%d %H:%M}" if when else "—"


def _name(ctx: Context) -> str:
    if not ctx.actor:
        return ""
    with ctx.reading() as session:
        row = repos.staff_row(session, ctx.actor)
    return row.name if row else ""
