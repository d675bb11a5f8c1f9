"""``status`` counts in one statement on SQLite and PostgreSQL, the same as the screens' reads."""

from datetime import UTC, date, datetime

from cs_console.services.context import Context
from cs_console.services.demo import create_demo
from cs_console.services.shift_view import overview, running_clocks
from cs_console.store import repos
from cs_console.store.status_repo import status_counts
from tests.conftest import EARLY


def test_status_counts_agree_with_the_roster_queue_and_clock_board(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    clock.set(datetime(2026, 11, 22, 3, 30, tzinfo=UTC))  # 11:30 in the centre: day shift D
    now = ctx.now()
    view = overview(ctx)
    assert view.shift is not None and view.leader is not None
    clocks = running_clocks(ctx)
    with ctx.reading() as session:
        counts = status_counts(session, (view.shift.day, view.shift.shift.code), now)
        open_count = repos.count_open_tickets(session)
    assert counts.rostered == len(view.roster) > 0
    assert counts.leader == (view.leader.staff_no, view.leader.name)
    assert counts.open_tickets == open_count > 0
    assert counts.running_clocks == len(clocks) > 0
    late = sum(1 for c in clocks if c.deadline < now)
    assert counts.overrun_clocks == late > 0


def test_status_counts_without_a_rostered_shift(ctx: Context, clock):
    clock.set(EARLY)
    create_demo(ctx)
    with ctx.reading() as session:
        nobody = status_counts(session, (date(2030, 1, 1), "D"), ctx.now())
        no_shift = status_counts(session, None, ctx.now())
    assert (nobody.rostered, nobody.leader) == (0, None)
    assert (no_shift.rostered, no_shift.leader) == (0, None)
    assert nobody.open_tickets == no_shift.open_tickets > 0
