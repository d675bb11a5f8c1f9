"""No lost or crossed writes: two terminals on the same record, on SQLite and on PostgreSQL.

Each case twice: one after the other (the second user acted on what they saw before the first
one's change and is told who changed it), and at the same moment from two threads (the row
locks make one wait; exactly one wins)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from cs_console.commands.registry import execute
from cs_console.domain.errors import Conflict, UserError
from cs_console.services.context import Context
from cs_console.services.handover_view import view
from cs_console.store.models import HandoverLog, RosterEntry, Seat, Staff, Ticket
from tests.concurrency.conftest import Terminal


def version(ctx: Context, ticket_id: int) -> int:
    with ctx.reading() as session:
        row = session.get(Ticket, ticket_id)
        assert row is not None
        return row.version


def new_ticket(ctx: Context) -> int:
    return int(execute(ctx, "ticket inquiry Where is my parcel").split()[0][2:])


def at_once(*intents: Callable[[], str]) -> list[str | Exception]:
    """Run the intents in threads released together; each result or the error it raised."""
    start = threading.Barrier(len(intents))
    results: list[str | Exception] = [""] * len(intents)

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = intents[i]()
        except UserError as err:
            results[i] = err

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(intents))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def test_dispatch_of_a_ticket_changed_since_it_was_shown_is_refused(terminal: Terminal):
    desk, deputy = terminal("1001"), terminal("1002")
    ticket_id = new_ticket(desk)
    ref = f"T-{ticket_id}"
    shown = {ref: version(desk, ticket_id)}  # both consoles show the ticket as new
    assert execute(desk.seeing(shown), f"dispatch {ref} 1005").startswith(f"{ref} dispatched")
    with pytest.raises(Conflict) as refused:
        execute(deputy.seeing(shown), f"dispatch {ref} 1006")
    assert str(refused.value) == f"{ref} was changed by 1001 at 10:30 since you looked; reload?"
    with deputy.reading() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.target == "1005"


def test_dispatch_at_the_same_moment_one_wins_and_the_other_is_told_to_transfer(
    terminal: Terminal,
):
    desk, deputy = terminal("1001"), terminal("1002")
    ticket_id = new_ticket(desk)
    ref = f"T-{ticket_id}"
    before = version(desk, ticket_id)
    results = at_once(
        lambda: execute(desk, f"dispatch {ref} 1005"),
        lambda: execute(deputy, f"dispatch {ref} 1006"),
    )
    wins = [r for r in results if isinstance(r, str)]
    losses = [r for r in results if isinstance(r, UserError)]
    assert len(wins) == 1 and len(losses) == 1
    winner = "1005" if "1005" in wins[0] else "1006"
    assert str(losses[0]) == (
        f"{ref} is already dispatched to {winner} (10:30); use transfer {ref} TARGET REASON."
    )
    assert version(desk, ticket_id) == before + 1  # dispatched once


def holders(ctx: Context, code: str) -> list[str]:
    with ctx.reading() as session:
        seat = session.exec(Seat.__table__.select().where(Seat.code == code)).first()
        rows = session.exec(
            RosterEntry.__table__.select().where(RosterEntry.seat_id == seat.id)
        ).all()
        return sorted(session.get(Staff, r.staff_id).staff_no for r in rows)


def test_seat_taken_since_the_board_was_shown_names_who_took_it(terminal: Terminal):
    desk, deputy = terminal("1001"), terminal("1002")
    assert execute(desk, "seat B01 1003") == "1003 moved from A01 to B01"
    with pytest.raises(Conflict) as refused:
        execute(deputy, "seat B01 1005")
    assert (
        str(refused.value) == "Seat B01 was taken by 1003 高翔 (seated by 1001 at 10:30); reload?"
    )
    assert "1005" not in holders(desk, "B01")


def test_seat_assigned_at_the_same_moment_has_one_holder(terminal: Terminal):
    desk, deputy = terminal("1001"), terminal("1002")
    results = at_once(
        lambda: execute(desk, "seat B01 1003"), lambda: execute(deputy, "seat B01 1005")
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "str"]
    assert len([p for p in holders(desk, "B01") if p in ("1003", "1005")]) == 1


@pytest.fixture
def before_handover(terminal: Terminal, clock) -> tuple[Context, Context]:
    """15:50: the day shift's log has its three sections; 1001 is about to sign."""
    clock.set(datetime(2026, 11, 22, 7, 50, tzinfo=UTC))
    desk, deputy = terminal("1001"), terminal("1002")
    for section in ("equipment", "problems", "staffing"):
        execute(desk, f"note {section} none")
    return desk, deputy


def test_signature_on_a_log_that_changed_since_it_was_read_is_refused(before_handover, terminal):
    desk, _deputy = before_handover
    shown = view(desk, desk.current_shift())
    assert shown.version > 0
    # the outgoing leader's notes go to their own log, also from another terminal (D-10)
    execute(terminal("1001"), "note problems Line 3 drops calls since 15:45")
    with pytest.raises(Conflict) as refused:
        execute(desk.seeing({shown.shift.key: shown.version}), "sign outgoing")
    assert str(refused.value) == (
        "2026-11-22/D was changed by 1001 at 15:50 since you looked; reload?"
    )
    again = view(desk, desk.current_shift())
    assert again.status == "draft"
    signed = execute(desk.seeing({again.shift.key: again.version}), "sign outgoing")
    assert "; awaiting incoming · " in signed
    with desk.reading() as session:
        log = session.get(HandoverLog, 1)
        assert log is not None and "Line 3 drops calls" in log.content


def test_two_signatures_at_the_same_moment_sign_once(before_handover):
    desk, _ = before_handover
    other_desk = desk.acting_as("1001", "1234")
    results = at_once(
        lambda: execute(desk, "sign outgoing"), lambda: execute(other_desk, "sign outgoing")
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "str"]
    conflict = next(r for r in results if isinstance(r, Conflict))
    assert str(conflict).startswith("The log of 2026-11-22/D was changed by 1001 at 15:50")
