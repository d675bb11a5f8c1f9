"""What the printed handover summary holds (HO-06, RP-02, D-10, D-12), laid out from the facts
read beforehand: the heading, a section per part of the log, the figures and the signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from cs_console.domain.attendance import counter_line
from cs_console.domain.charts import Chart
from cs_console.domain.escalation import ClockLine, kind_word, left_words
from cs_console.domain.handover import SECTION_TITLES, SECTIONS
from cs_console.domain.handover_log import LogView
from cs_console.domain.records import StaffMember, TicketLine
from cs_console.domain.seats import state_word as seat_word
from cs_console.domain.shifts import ShiftInstance
from cs_console.domain.summary import Section, SignatureLine, Summary, state_words
from cs_console.domain.ticket_words import category_word
from cs_console.domain.ticket_words import state_word as ticket_state
from cs_console.i18n import N_, _, date_text, instant_text, pgettext


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
    sections = [Section(_(SECTION_TITLES[s]), _entries(log, s, tz)) for s in SECTIONS]
    if log.closedown is not None:
        sections.append(Section(_("Close-down (HO-15/HO-16)"), _closedown(log, tz)))
    if log.handed:
        sections.append(
            Section(
                _("Carried to {key}").format(key=log.next_key),
                tuple(
                    f"#{i.id} {i.text} ("
                    + (
                        _("acknowledged by {staff_no}").format(staff_no=i.acked_by)
                        if i.acked_by
                        else _("not acknowledged")
                    )
                    + ")"
                    for i in log.handed
                ),
            )
        )
    sections.append(Section(_("Addenda"), _entries(log, "addendum", tz)))
    blamed = _entries(log, "responsibility", tz)
    if blamed:
        sections.append(Section(_("Responsibility (HO-08)"), blamed))
    sections.append(
        Section(
            _("Attendance"),
            (counter_line(facts.roll_counts, _), *log.facts.get("staffing", [])),
        )  # fmt: skip
    )
    states = facts.seat_states
    sections.append(
        Section(
            _("Seats and equipment at {time}").format(time=f"{now.astimezone(tz):%H:%M}"),
            (
                " · ".join(f"{seat_word(k)} {v}" for k, v in sorted(states.items()))
                or _("no seats"),
                *log.facts.get("equipment", []),
            ),
        )  # fmt: skip
    )
    sections.append(Section(_("Shift statistics (RP-02)"), facts.statistics))
    sections.append(_clocks(facts))
    sections.append(_tickets(facts))
    sections.append(
        Section(
            _("Return visits due"),
            tuple(
                _("{ref} due {due} · {customer} {phone} · {summary}").format(
                    ref=t.ref,
                    due=_at(t.visit_due_at, tz),
                    customer=t.customer,
                    phone=t.phone,
                    summary=t.summary,
                )
                for t in facts.visits
            ),
        )  # fmt: skip
    )
    status = {"awaiting_incoming": N_("DRAFT, awaiting the incoming signature")}
    draft = N_("DRAFT, not signed")
    return Summary(
        centre=facts.centre,
        status=_(log.signed_text or status.get(log.status, draft)),
        heading=_heading(facts),
        sections=tuple(sections),
        charts=facts.charts,
        footer=_("Printed {when} by {who}").format(
            when=instant_text(now, tz, seconds=False), who=facts.printed_by
        )
        + (f" {facts.printer_name}" if facts.printer_name else ""),
        shift_key=inst.key,
        fingerprint=log.fingerprint,
        signatures=(
            _signature(
                _("Outgoing leader"),
                log.out_staff_no,
                log.out_signed_at,
                facts.out_rostered,
                facts,
            ),
            _signature(
                _("Incoming leader"), log.in_staff_no, log.in_signed_at, facts.in_rostered, facts
            ),
            *_closedown_signature(facts),
            SignatureLine(_("Manager")),
        ),  # fmt: skip
    )


def _heading(facts: HandoverFacts) -> tuple[str, ...]:
    log = facts.log
    inst = log.shift
    return (
        (
            _("{day} · shift {shift} → {following}").format(
                day=date_text(inst.day),
                shift=inst.shift.label(),
                following=facts.following.shift.label(),
            ),
            _("Outgoing: {signer}").format(
                signer=_signer(log.out_staff_no, log.out_signed_at, facts.out_rostered, facts)
            ),
            _("Incoming: {signer}").format(
                signer=_signer(log.in_staff_no, log.in_signed_at, facts.in_rostered, facts)
            ),
        )
        + (
            (
                _("Log {seq}, signed by both leaders").format(seq=log.seq),
                _("Fingerprint {fingerprint}").format(fingerprint=log.fingerprint),
            )
            if log.seq
            else (_("Log not yet signed by both leaders: no sequence number or fingerprint."),)
        )
        + (_("Chain head {head}").format(head=facts.chain_head),)
    )


def _clocks(facts: HandoverFacts) -> Section:
    now, tz = facts.now, facts.tz
    return Section(
        _("Running clocks at {time}").format(time=f"{now.astimezone(tz):%H:%M}"),
        tuple(
            _("{ref} {kind}: {left}, due {due} · {what}").format(
                ref=c.ref,
                kind=kind_word(c.kind),
                left=left_words(c.deadline, now, _),
                due=f"{c.deadline.astimezone(tz):%H:%M}",
                what=_joined(c.customer, c.summary),
            )
            for c in facts.clocks
        ),
        (_("Ref"), _("Clock"), pgettext("time left", "Left"), _("Due"), _("Summary")),
        tuple(
            (
                c.ref,
                kind_word(c.kind),
                left_words(c.deadline, now, _),
                f"{c.deadline.astimezone(tz):%H:%M}",
                _joined(c.customer, c.summary),
            )
            for c in facts.clocks
        ),  # fmt: skip
    )


def _tickets(facts: HandoverFacts) -> Section:
    tickets, open_count, tz = facts.tickets, facts.open_count, facts.tz
    listed = tuple(
        _("{ref} {category} {state} due {due} · {customer} {phone} · {summary}").format(
            ref=t.ref, category=category_word(t.category), state=_ticket_state(t.state),
            due=_at(t.due_at, tz), customer=t.customer, phone=t.phone, summary=t.summary,
        )
        for t in tickets
    )  # fmt: skip
    more = (
        (_("… and {count} more").format(count=open_count - len(tickets)),)
        if open_count > len(tickets)
        else ()
    )
    rows = tuple(
        (t.ref, category_word(t.category), _ticket_state(t.state), _at(t.due_at, tz),
         t.customer, t.phone, t.summary)
        for t in tickets
    ) + tuple((line, "", "", "", "", "", "") for line in more)  # fmt: skip
    columns = (_("Ref"), _("Category"), _("State"), _("Due"), _("Customer"), _("Phone"),
               _("Summary"))  # fmt: skip
    return Section(
        _("Open tickets ({count})").format(count=open_count), listed + more, columns, rows
    )


def _ticket_state(state: str) -> str:
    """A ticket state as a reader knows it: the language's word, English without the _."""
    said = ticket_state(state)
    return state_words(said) if said == state else said


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
        return (SignatureLine(_("Close-down (HO-16)")),)
    when = f"{signed.astimezone(facts.tz):%Y-%m-%d %H:%M:%S}"
    name = facts.names.get(closedown.signed_by, "")
    return (SignatureLine(_("Close-down (HO-16)"), name, closedown.signed_by, when),)


def _signer(staff_no: str, at: datetime | None, rostered: StaffMember | None,
            facts: HandoverFacts) -> str:  # fmt: skip
    if staff_no and at is not None:
        when = instant_text(at, facts.tz)
        return _("{staff_no} {name} · signed {when}").format(
            staff_no=staff_no, name=facts.names.get(staff_no, ""), when=when
        )
    if rostered is not None:
        return _("{staff_no} {name} (rostered) · not signed").format(
            staff_no=rostered.staff_no, name=rostered.name
        )
    return _("not signed")


def _entries(log: LogView, section: str, tz: tzinfo) -> tuple[str, ...]:
    out = []
    for _id, sec, kind, text, author, at, acked_by in log.entries:
        if sec != section:
            continue
        line = f"{at.astimezone(tz):%H:%M} {author}: {text}"
        if kind == "carried":
            line += (
                _(" (acknowledged by {staff_no})").format(staff_no=acked_by)
                if acked_by
                else _(" (not acknowledged)")
            )
        out.append(line)
    return tuple(out)


def _closedown(log: LogView, tz: tzinfo) -> tuple[str, ...]:
    assert log.closedown is not None
    lines = [
        _("{label}: ticked by {staff_no} at {time}").format(
            label=x.label, staff_no=x.ticked_by, time=f"{x.ticked_at.astimezone(tz):%H:%M}"
        )
        if x.ticked_at
        else _("{label}: not ticked").format(label=x.label)
        for x in log.closedown.lines
    ]
    signed = log.closedown.signed_at
    lines.append(
        _("signed by {staff_no} at {when}").format(
            staff_no=log.closedown.signed_by, when=instant_text(signed, tz, seconds=False)
        )
        if signed
        else _("not signed")
    )
    return tuple(lines)


def _joined(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def _at(when: datetime | None, tz: tzinfo) -> str:
    return f"{when.astimezone(tz):%m-%d %H:%M}" if when else "—"
