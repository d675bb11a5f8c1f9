"""The roll call's pre-shift meeting key (MT-01) and the day's announced training (TR-03)."""

from sqlmodel import select

from cs_console.commands.registry import execute
from cs_console.services.context import Context
from cs_console.store.models_month import MeetingRecord
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, settle, sign_in, until_modal


def meetings(ctx: Context) -> list[MeetingRecord]:
    with ctx.reading() as session:
        return list(session.exec(select(MeetingRecord)).all())


async def test_m_records_the_pre_shift_meeting_with_the_roll_calls_attendance_mt01(demo_ctx):
    """MT-01 "班前会": agenda, below-standard and praised staff from the form; attendance is who
    arrived on the roll call (the demo's day shift at 10:30)."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("m")
        await until_modal(pilot)
        assert isinstance(app.screen, FormModal)
        await pilot.press(*"new tariffs; complaint script", "enter", *"1012", "enter")
        await pilot.press(*"1003", "enter")
        await settle(pilot)
        said = str(app.screen.query_one(StatusLine).content)
        assert said.startswith("M-1 pre-shift meeting recorded: "), said
    [row] = meetings(demo_ctx)
    assert row.agenda.splitlines() == ["new tariffs", "complaint script"]
    assert (row.below_standard, row.praised, row.recorded_by) == ("1012", "1003", "1001")
    assert {"1003", "1012"} <= set(row.attendees.splitlines())


async def test_esc_on_the_meeting_form_writes_nothing_mt01(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("m")
        await until_modal(pilot)
        await pilot.press(*"tariffs", "enter", "escape")
        await settle(pilot)
        assert not isinstance(app.screen, FormModal)
    assert meetings(demo_ctx) == []


async def test_the_days_training_sessions_show_under_the_counts_tr03(demo_ctx):
    execute(demo_ctx.acting_as("1001"), "training 2026-11-22 billing 1003 1004")
    execute(demo_ctx.acting_as("1001"), "training 2026-11-23 tariffs 1005")
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = str(app.screen.query_one("#summary").content).splitlines()
        assert summary[0].startswith("rostered 14 · ")
        assert summary[1:] == ["training: billing (2 attendees)"]
        assert app.screen.query_one("#summary").size.height == 2
