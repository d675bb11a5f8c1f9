"""What the printed handover summary holds (HO-06, RP-02, D-10, D-12), laid out from the facts
read beforehand: the heading, a section per part of the log, the figures and the signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from cs_console.domain.attendance import counter_line
from cs_console.domain.charts import Chart
from cs_console.domain.escalation import ClockLine, left_words
from cs_console.domain.handover import SECTION_TITLES, SECTIONS
from cs_console.domain.handover_log import LogView
from cs_console.domain.records import StaffMember, TicketLine
from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.summary import Section, SignatureLine, Summary, state_words
from cs_console.i18n import date_text, instant_text

TICKET_COLUMNS = ("Ref", "Category", "State", "Due", "Customer", "Phone", "Summary")
CLOCK_COLUMNS = ("Ref", "Clock", "Left", "Due", "Summary")


@dataclass(frozen=True)
class HandoverFacts:
    """Everything the summary shows, read in one go by the services."""

    centre: str
    tz: tzinfo
    now: datetime
    log: LogView
    following: ShiftInstance
    chain_head: str
    names: dict[str, str]  # staff number → name, of the signers
    out_rostered: StaffMember | None
    in_rostered: StaffMember | None
    roll_counts: dict[str, int]
    seat_states: dict[str, int]
    statistics: tuple[str, ...]
    charts: tuple[Chart, ...]
    clocks: tuple[ClockLine, ...]
    tickets: tuple[TicketLine, ...]
    open_count: int
    visits: tuple[TicketLine, ...]
    printed_by: str  # the audit actor
    printer_name: str  # the name of the person printing, when signed in


def handover_summary(facts: HandoverFacts) -> Summary:
    log, now, tz = facts.log, facts.now, facts.tz
    inst = log.shift
    sections = [Section(SECTION_TITLES[s], _entries(log, s, tz)) for s in SECTIONS]
    if log.closedown is not None:
        sections.append(Section("Close-down (HO-15/HO-16)", _closedown(log, tz)))
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
    sections.append(Section("Addenda", _entries(log, "addendum", tz)))
    blamed = _entries(log, "responsibility", tz)
    if blamed:
        sections.append(Section("Responsibility (HO-08)", blamed))
    sections.append(
        Section(
            "Attendance",
            (counter_line(facts.roll_counts), *log.facts.get("staffing", [])),
        )  # fmt: skip
    )
    states = facts.seat_states
    sections.append(
        Section(
            f"Seats and equipment at {now.astimezone(tz):%H:%M}",
            (
                " · ".join(f"{k} {v}" for k, v in sorted(states.items())) or "no seats",
                *log.facts.get("equipment", []),
            ),
        )  # fmt: skip
    )
    sections.append(Section("Shift statistics (RP-02)", facts.statistics))
    sections.append(_clocks(facts))
    sections.append(_tickets(facts))
    sections.append(
        Section(
            "Return visits due",
            tuple(
                f"{t.ref} due {_at(t.visit_due_at, tz)} · {t.customer} {t.phone} · {t.summary}"
                for t in facts.visits
            ),
        )  # fmt: skip
    )
    status = {"awaiting_incoming": "DRAFT, awaiting the incoming signature"}
    return Summary(
        centre=facts.centre,
        status=log.signed_text or status.get(log.status, "DRAFT, not signed"),
        heading=_heading(facts),
        sections=tuple(sections),
        charts=facts.charts,
        footer=f"Printed {instant_text(now, tz, seconds=False)} by {facts.printed_by}"
        + (f" {facts.printer_name}" if facts.printer_name else ""),
        shift_key=inst.key,
        fingerprint=log.fingerprint,
        signatures=(
            _signature(
                "Outgoing leader", log.out_staff_no, log.out_signed_at, facts.out_rostered, facts
            ),
            _signature(
                "Incoming leader", log.in_staff_no, log.in_signed_at, facts.in_rostered, facts
            ),
            *_closedown_signature(facts),
            SignatureLine("Manager"),
        ),  # fmt: skip
    )


def _heading(facts: HandoverFacts) -> tuple[str, ...]:
    log = facts.log
    inst = log.shift
    return (
        (
            f"{date_text(inst.day)} · shift {inst.shift.label()} → {facts.following.shift.label()}",
            "Outgoing: " + _signer(log.out_staff_no, log.out_signed_at, facts.out_rostered, facts),
            "Incoming: " + _signer(log.in_staff_no, log.in_signed_at, facts.in_rostered, facts),
        )
        + (
            (f"Log {log.seq}, signed by both leaders", f"Fingerprint {log.fingerprint}")
            if log.seq
            else ("Log not yet signed by both leaders: no sequence number or fingerprint.",)
        )
        + (f"Chain head {facts.chain_head}",)
    )


def _clocks(facts: HandoverFacts) -> Section:
    now, tz = facts.now, facts.tz
    return Section(
        f"Running clocks at {now.astimezone(tz):%H:%M}",
        tuple(
            f"{c.ref} {c.kind}: {left_words(c.deadline, now)}, due "
            f"{c.deadline.astimezone(tz):%H:%M} · {_joined(c.customer, c.summary)}"
            for c in facts.clocks
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
            for c in facts.clocks
        ),  # fmt: skip
    )


def _tickets(facts: HandoverFacts) -> Section:
    tickets, open_count, tz = facts.tickets, facts.open_count, facts.tz
    listed = tuple(
        f"{t.ref} {t.category} {state_words(t.state)} due {_at(t.due_at, tz)} · {t.customer} "
        f"{t.phone} · {t.summary}"
        for t in tickets
    )
    more = (f"… and {open_count - len(tickets)} more",) if open_count > len(tickets) else ()
    rows = tuple(
        (t.ref, t.category, state_words(t.state), _at(t.due_at, tz), t.customer, t.phone,
         t.summary)
        for t in tickets
    ) + tuple((line, "", "", "", "", "", "") for line in more)  # fmt: skip
    return Section(f"Open tickets ({open_count})", listed + more, TICKET_COLUMNS, rows)


def _signature(role: str, staff_no: str, at: datetime | None, rostered: StaffMember | None,
               facts: HandoverFacts) -> SignatureLine:  # fmt: skip
    """The signer, or the rostered leader with the time left blank for a pen (D-10)."""
    if staff_no and at is not None:
        when = f"{at.astimezone(facts.tz):%Y-%m-%d %H:%M:%S}"
        return SignatureLine(role, facts.names.get(staff_no, ""), staff_no, when)
    if rostered is not None:
        return SignatureLine(role, rostered.name, rostered.staff_no)
    return SignatureLine(role)


def _closedown_signature(facts: HandoverFacts) -> tuple[SignatureLine, ...]:
    """HO-16: the last leader's close-down signature, when the shift closes the centre."""
    closedown = facts.log.closedown
    if closedown is None:
        return ()
    signed = closedown.signed_at
    if signed is None:
        return (SignatureLine("Close-down (HO-16)"),)
    when = f"{signed.astimezone(facts.tz):%Y-%m-%d %H:%M:%S}"
    name = facts.names.get(closedown.signed_by, "")
    return (SignatureLine("Close-down (HO-16)", name, closedown.signed_by, when),)


def _signer(staff_no: str, at: datetime | None, rostered: StaffMember | None,
            facts: HandoverFacts) -> str:  # fmt: skip
    if staff_no and at is not None:
        when = instant_text(at, facts.tz)
        return f"{staff_no} {facts.names.get(staff_no, '')} · signed {when}"
    if rostered is not None:
        return f"{rostered.staff_no} {rostered.name} (rostered) · not signed"
    return "not signed"


def _entries(log: LogView, section: str, tz: tzinfo) -> tuple[str, ...]:
    out = []
    for _id, sec, kind, text, author, at, acked_by in log.entries:
        if sec != section:
            continue
        line = f"{at.astimezone(tz):%H:%M} {author}: {text}"
        if kind == "carried":
            line += f" (acknowledged by {acked_by})" if acked_by else " (not acknowledged)"
        out.append(line)
    return tuple(out)


def _closedown(log: LogView, tz: tzinfo) -> tuple[str, ...]:
    assert log.closedown is not None
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


def _at(when: datetime | None, tz: tzinfo) -> str:
    return f"{when.astimezone(tz):%m-%d %H:%M}" if when else "—"
