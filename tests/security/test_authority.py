"""Who may do what, through the real program: the badge reader (no --as) and agents may not
change what a squad leader answers for; an agent acknowledges and appeals their own points."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlmodel import Session, select

from cs_console.commands.registry import execute
from cs_console.domain.pin import hash_pin
from cs_console.store.models import HandoverEntry, Staff, Ticket
from tests.conftest import NOW, ZONE

AGENT = ("--as", "1005")
AGENT_PIN = "5678"
LATER = "2026-11-22T16:30"


@dataclass(frozen=True)
class Floor:
    ticket: str  # resolved, its return visit reached: a leader could close it
    own: str  # a confirmed points entry of agent 1005
    other: str  # a confirmed points entry of agent 1006


def local(text: str) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(f"2026-11-22T{text}").replace(tzinfo=ZoneInfo(ZONE))


@pytest.fixture
def floor(centre, clock) -> Floor:
    leader = centre.acting_as("1001", "1234")
    ref = execute(leader, "ticket inquiry Invoice copy").split()[0]
    for line in (f"dispatch {ref} 1005", f"resolve {ref} sent", f"visit {ref} reached"):
        execute(leader, line)
    own = execute(leader, "points 1005 RC-01 -5 late").split()[0]
    other = execute(leader, "points 1006 RC-01 -5 late").split()[0]
    for entry in (own, other):
        execute(leader, f"confirm {entry}")
    clock.set(local("15:50").astimezone(UTC))
    for section in ("equipment", "problems", "staffing"):
        execute(leader, f"note {section} none")
    execute(leader, "sign outgoing")
    clock.set(local("16:02").astimezone(UTC))
    incoming = centre.acting_as("1015", "1234")
    execute(incoming, "ack all")
    execute(incoming, "sign incoming")
    clock.set(NOW)
    with Session(centre.engine) as session, session.begin():
        agent = session.exec(select(Staff).where(Staff.staff_no == "1005")).one()
        agent.pin_hash = hash_pin(AGENT_PIN)
    return Floor(ref, own, other)


def refused(run, doing: str, who: str = "a squad leader or deputy (signed in)") -> None:
    assert (run.returncode, run.stderr.strip()) == (2, f"refused [AUTH]: {doing} needs {who}")


def nothing_written(ctx, floor: Floor) -> None:
    with Session(ctx.engine) as session:
        ticket = session.get(Ticket, int(floor.ticket[2:]))
        assert ticket is not None and ticket.state == "resolved"
        assert "forged" not in session.exec(select(HandoverEntry.text)).all()


@pytest.mark.parametrize("who", [(), AGENT], ids=["no --as", "an agent"])
def test_auth_neither_the_badge_reader_nor_an_agent_closes_notes_or_adds_addenda(
    program, centre, floor, who
):
    pin = AGENT_PIN if who else ""
    refused(program(*who, "do", f"close {floor.ticket}", pin=pin), "closing a ticket")
    refused(
        program(*who, "do", "note problems forged", pin=pin, now=LATER), "writing a handover note"
    )
    refused(
        program(*who, "do", "addendum forged", pin=pin, now=LATER),
        "adding an addendum to a signed log",
    )
    nothing_written(centre, floor)


def test_auth_an_agent_acknowledges_and_appeals_only_their_own_points_qi09(program, floor):
    assert program(*AGENT, "do", f"acknowledge {floor.own}", pin=AGENT_PIN).stdout.strip() == (
        f"{floor.own} acknowledged"
    )
    assert program(*AGENT, "do", f"appeal {floor.own} I was on time", pin=AGENT_PIN).stdout == (
        f"{floor.own} appealed\n"
    )
    whose = "the person it concerns (signed in)"
    refused(
        program(*AGENT, "do", f"acknowledge {floor.other}", pin=AGENT_PIN),
        "acknowledging a points entry (QI-09)",
        whose,
    )
    refused(
        program("--as", "1001", "do", f"appeal {floor.other} unfair", pin="1234"),
        "appealing a points entry (QI-09)",
        whose,
    )
    refused(program("do", f"acknowledge {floor.other}"), "acknowledging a points entry (QI-09)",
            whose)  # fmt: skip
    refused(program(*AGENT, "do", "points 1006 RC-01 -5 x", pin=AGENT_PIN), "proposing points")


def test_auth_the_badge_reader_marks_arrivals_now_only_rc06(program):
    at_time = "marking an arrival at a given time (or under --now)"
    refused(program("do", "arrive 1003 07:40", now=None), at_time)
    refused(program("do", "arrive 1003"), at_time)  # --now moves the time: a leader's call
    refused(program("do", "callin 1006 07:40 bus broke down"), "recording a call-in (RC-06)")
    real = program("do", "arrive 1003", now=None)
    assert not real.stderr.startswith("refused [AUTH]"), real.stderr
    leader = program("--as", "1001", "do", "arrive 1014 08:20", pin="1234")
    assert leader.stdout.startswith("1014 late for shift, 20 min"), leader.stderr


def test_auth_reads_need_no_sign_in(program):
    for line in ("help", "status", "show 1001", "clocks", "roll", "stats"):
        done = program("do", line)
        assert done.returncode == 0, (line, done.stderr)


def test_auth_a_deputy_does_not_sign_route_to_a_back_office_or_confirm(program, floor):
    deputy = ("--as", "1002")
    refused(program(*deputy, "do", "sign outgoing", pin="1234", now="2026-11-22T23:50"),
            "signing the handover log (D-10)", "a squad leader (signed in)")  # fmt: skip
    refused(
        program(*deputy, "do", f"dispatch {floor.ticket} tsc", pin="1234"),
        "routing a ticket to a back office (TK-01, TK-02)",
        "a squad leader (signed in)",
    )
    entry = program(*deputy, "do", "points 1007 RC-01 -5 late", pin="1234").stdout.split()[0]
    refused(program(*deputy, "do", f"confirm {entry}", pin="1234"), "confirming points (D-11)",
            "a squad leader (signed in)")  # fmt: skip
