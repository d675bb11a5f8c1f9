"""The roll call from the keyboard: arrivals, row keys with forms, registers, live states."""

from datetime import UTC, datetime

import pytest

from cs_console.services.context import Context
from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.form import FormModal
from cs_console.ui.modals.sign_in import SignInModal
from cs_console.ui.screens.roll_call import ArrivalBar
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, form_refusal, rows, settle, sign_in, until_modal


def local(ctx: Context, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ctx.settings.tz).astimezone(UTC)


@pytest.fixture
def morning(early_demo_ctx, clock) -> ConsoleApp:
    clock.set(local(early_demo_ctx, "2026-11-22T07:45"))
    return ConsoleApp(early_demo_ctx)


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def select(pilot, app, staff_no: str) -> None:
    table = app.screen.query_one("#table")
    index = list(rows(app)).index(staff_no)
    table.move_cursor(row=index)
    await pilot.pause()


async def test_roll_call_opens_on_the_shift_due_rc02(morning):
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        title = str(morning.screen.query_one("#screen-title").content)
        assert "D Day 08:00–16:00 2026-11-22 (due shift) · roll call 07:50 · start 08:00" in title
        assert rows(morning)["1003"][5] == "expected"


async def test_a_then_staff_numbers_mark_arrivals(morning):
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("a")
        assert morning.screen.query_one(ArrivalBar).has_focus
        await pilot.press(*"1003", "enter")
        await settle(pilot)
        await pilot.press(*"1004", "enter")
        await settle(pilot)
        assert morning.screen.query_one(ArrivalBar).has_focus  # ready for the next badge
        await pilot.press("escape")
        await settle(pilot)
        got = rows(morning)
        assert got["1003"][5:7] == ("present, on time", "07:45:00")
        assert got["1004"][5] == "present, on time"
        assert "present 2" in str(morning.screen.query_one("#summary").content)


async def test_duplicate_arrival_is_refused_in_the_status_line(morning):
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("a", *"1003", "enter")
        await settle(pilot)
        await pilot.press(*"1003", "enter")
        await settle(pilot)
        assert status(morning) == "1003 already arrived at 07:45:00 on 2026-11-22/D (present)."


async def test_c_records_a_call_in_through_a_form(morning):
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await select(pilot, morning, "1005")
        await pilot.press("c")
        await until_modal(pilot)
        assert isinstance(morning.screen, FormModal)
        await pilot.press("enter", *"flat tyre", "enter")
        await settle(pilot)
        assert status(morning).startswith("1005 called in at 07:45 for 2026-11-22/D")
        assert rows(morning)["1005"][5] == "called in before start (late)"


async def test_rows_change_state_as_the_clock_passes_shift_start(morning, clock):
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        assert rows(morning)["1006"][5] == "expected"
        clock.set(local(morning.cs, "2026-11-22T08:00:00"))
        morning.tick()
        await pilot.pause()
        assert rows(morning)["1006"][5:7] == ("not arrived", "08:00:00")


async def test_leave_form_then_register_and_approval(morning):
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await select(pilot, morning, "1007")
        await pilot.press("e")
        await until_modal(pilot)
        for _ in range(4):
            await pilot.press("enter")
        await settle(pilot)
        assert status(morning).startswith("L-1 1007 sick leave 2026-11-22")
        await pilot.press("v")
        await settle(pilot)
        assert rows(morning)["L-1"][7] == "pending"
        await pilot.press("y")
        await until_modal(pilot)  # y/n first (convention 16)
        await pilot.press("y")
        await settle(pilot)
        # sick leave phoned in 15 minutes before the shift: emergency sick leave, one approval
        # with the certificate pending, never a late request (LV-05, D-04 as amended)
        assert status(morning) == "L-1 approved by cs_dept_director; leave granted"
        assert "by 1001" in rows(morning)["L-1"][8]
        await pilot.press("v", "v")
        await settle(pilot)
        assert rows(morning)["1007"][5] == "on leave (sick)"


async def test_row_keys_show_refusals_with_rule_ids(early_demo_ctx, clock):
    clock.set(local(early_demo_ctx, "2026-11-22T07:45"))
    app = ConsoleApp(early_demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await select(pilot, app, "1008")
        await pilot.press("x")
        await until_modal(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert form_refusal(app).startswith("refused [D-03]")  # said in the form, kept open
        await pilot.press("escape")
        await pilot.press("s")
        await until_modal(pilot)
        await pilot.press(*["enter"] * 2, *"1024", *["enter"] * 3)  # no return shift
        await settle(pilot)
        assert form_refusal(app).startswith("refused [SW-05]")


async def test_a_read_only_console_changes_nothing(early_demo_ctx, clock):
    clock.set(local(early_demo_ctx, "2026-11-22T07:45"))
    app = ConsoleApp(early_demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # continue read-only
        await settle(pilot)
        assert "read-only" in str(app.screen.query_one("#header-line").content)
        await select(pilot, app, "1008")
        await pilot.press("e")
        await until_modal(pilot)
        await pilot.press(*["enter"] * 4)
        await settle(pilot)
        assert isinstance(app.screen, SignInModal)  # the refusal opens the sign-in
        await pilot.press("escape")
        await settle(pilot)
        assert status(app) == ("This console is read-only; sign in to change anything.")
        await pilot.press("v")
        await settle(pilot)
        assert "L-" not in "".join(rows(app))  # no leave request was written


async def test_attendance_feeds_the_handover_staffing_section(demo_ctx):
    app = ConsoleApp(demo_ctx, sign_in=False)  # 10:30, the day shift is running
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("5")
        await settle(pilot)
        text = str(app.screen.query_one("#handover-text").content)
        assert "1012 Chloé Dubois: late for shift, 5 min" in text
        assert "1013 董健: called in before start (late) (07:25)" in text
        assert "1014 周杰: not arrived (08:00)" in text
        assert "1003" not in text  # on time: not a staffing change


async def test_remark_with_quotes_is_kept_as_typed(morning):
    """The remark form builds the intent: the text is the remark, not words to re-read."""
    remark = """said "flat  tyre" [again]"""
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await select(pilot, morning, "1005")
        await pilot.press("n")
        await until_modal(pilot)
        await pilot.press(*remark, "enter")
        await settle(pilot)
        assert rows(morning)["1005"][7] == remark, status(morning)


async def test_an_arrival_at_a_time_in_the_bar_is_a_staff_number_not_a_time(morning):
    """The bar takes one staff number: a time typed after it is not read as `arrive … TIME`."""
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("a", *"1003 07:30", "enter")
        await settle(pilot)
        assert rows(morning)["1003"][5] == "expected", status(morning)


async def test_swap_form_with_a_return_shift_sw04(morning):
    """The return shift is two fields of its own (date, shift) and reaches the request: 1010's
    swap with 1024 is refused with the return shift 2026-11-22 E (SW-04), made without one."""
    async with morning.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await select(pilot, morning, "1010")
        for back in (("2026-11-22", "E"), ("", "")):
            await pilot.press("s")
            await until_modal(pilot)
            form = morning.screen
            form.query_one("#field-date").value = "2026-11-23"
            form.query_one("#field-return_day").value = back[0]
            form.query_one("#field-return_shift").value = back[1]
            await pilot.press("enter", "enter", *"1024", *["enter"] * 3)
            await settle(pilot)
            if back[0]:
                assert form_refusal(morning).startswith("refused [SW-04]")
                await pilot.press("escape")
        assert status(morning).startswith("S-1 1010 hands 2026-11-23/D to 1024"), status(morning)


async def test_a_refused_rejection_keeps_the_reason_form(demo_ctx):
    """Another leader decided L-1 while the reason was typed: the refusal is said in the form,
    the reason kept; n at the y/n goes back to the form too (conventions 13, 16)."""
    from cs_console.commands.registry import execute

    leader = demo_ctx.acting_as("1001")
    execute(leader, "leave 1014 sick 2026-11-23")
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("r")
        await until_modal(pilot)
        form = app.screen
        await pilot.press(*"no cover", "enter")
        await until_modal(pilot)
        await pilot.press("n")  # not yet: back to the reason
        await settle(pilot)
        assert app.screen is form
        execute(demo_ctx.acting_as("1002"), "reject leave L-1 decided by phone")
        await pilot.press("enter")
        await until_modal(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.screen is form
        assert str(form.query_one("#form-refusal").content) == "L-1 is already rejected."
        assert form.query_one("#field-reason").value == "no cover"
