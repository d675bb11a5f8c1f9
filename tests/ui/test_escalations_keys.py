"""Screen 4 from the keyboard with a FixedClock moved step by step (no sleeping)."""

import html

from textual.widgets import DataTable, OptionList, Static
from textual.widgets._toast import Toast

from cs_console.ui.app import ConsoleApp
from cs_console.ui.modals.target_picker import TargetPicker
from cs_console.ui.modals.text_result import TextResultModal
from cs_console.ui.widgets.status_line import StatusLine
from tests.ui.conftest import SIZE, open_screen, rows, settle, sign_in, until_modal


def status(app: ConsoleApp) -> str:
    return str(app.screen.query_one(StatusLine).content)


async def select(pilot, app, key: str) -> None:
    index = [f"{r[0]}/{r[1]}" for r in rows(app).values()].index(key)
    app.screen.query_one("#table").move_cursor(row=index)
    await pilot.pause()


def demo_ctx_audit(ctx, target: str) -> list[object]:  # noqa: ANN001
    """The audit rows about ``target`` (the console's own settlement writes about others)."""
    from sqlmodel import Session, select

    from cs_console.store.models import AuditEntry

    with Session(ctx.engine) as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.target == target)).all())


def toasts(app: ConsoleApp) -> list[str]:
    """The notifications on screen (Textual shows them as toasts)."""
    return [t._notification.message for t in app.screen.query(Toast)]


async def test_alert_once_per_transition_wherever_the_leader_is(demo_ctx, clock):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)  # on screen 1: alerts are app-wide
        assert toasts(app) == []
        clock.advance(minutes=4, seconds=1)  # T-66 passes its 10:34 deadline
        app.tick()
        await pilot.pause()
        shown = toasts(app)
        assert any(t.startswith("T-66 dispatch clock: overrun 1–10 · 5 pts") for t in shown)
        count = len(shown)
        app.tick()
        await pilot.pause()
        assert len(toasts(app)) == count  # once per transition, not every second


async def test_rows_count_down_and_change_band_as_the_clock_moves(demo_ctx, clock):
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "4")
        assert rows(app)["T-66"][7:10] == ("04:00", "! final warning", "")
        clock.advance(minutes=4)
        app.tick()
        await pilot.pause()
        assert rows(app)["T-66"][7:10] == ("00:00", "! final warning", "")
        assert "00:00" in app.export_screenshot()  # drawn, not only stored
        clock.advance(seconds=1)
        app.tick()
        await pilot.pause()
        assert rows(app)["T-66"][7:10] == ("+00:01", "!! overrun 1–10", "5")
        assert "+00:01" in app.export_screenshot()


async def test_d_dispatches_through_the_filtering_picker(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("4")
        await settle(pilot)
        await select(pilot, app, "T-66/dispatch")
        await pilot.press("d")
        await until_modal(pilot)
        assert isinstance(app.screen, TargetPicker)
        first = app.screen.query_one(OptionList).get_option_at_index(0)
        assert str(first.prompt) == "1003 高翔 · A01 · call"  # agents on shift: seat and state
        await pilot.press(*"tsc", "enter")
        await settle(pilot)
        assert status(app) == "T-66 dispatched to tsc at 10:30 · on time"
        assert "T-66" not in rows(app)
        done = app.screen.query_one("#done")
        assert str(done.get_row_at(0)[0]) == "T-66"


async def test_r_reports_an_event_and_enter_opens_the_ticket_unmasked(demo_ctx):
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("4")
        await settle(pilot)
        await select(pilot, app, "E-2/report")
        await pilot.press("r")
        await until_modal(pilot)
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert status(app) == "E-2 reported to duty manager via phone at 10:30 · on time"
        await select(pilot, app, "T-61/dispatch")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TextResultModal)
        text = str(app.screen.query_one("#dialog-text").content)
        assert "****" not in text  # D-12: the ticket's own detail view shows the number
        assert "Summary: Double charge" in text


async def test_enter_on_an_event_clock_opens_the_event_read_only(demo_ctx):
    """An event has no ticket: enter shows the event and its report clock (CP-02), and
    writes nothing."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "4")
        audited = len(demo_ctx_audit(demo_ctx, "E-1"))
        await select(pilot, app, "E-1/report")
        await pilot.press("enter")
        await until_modal(pilot)
        assert isinstance(app.screen, TextResultModal)
        text = str(app.screen.query_one("#dialog-text").content)
        assert text.startswith("E-1 · outage Switch 3 line fault")
        assert "report clock due" in text and "running (CP-02)" in text
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, TextResultModal)
        assert len(demo_ctx_audit(demo_ctx, "E-1")) == audited  # looked at: nothing written


async def test_a_refused_dispatch_keeps_the_picker_with_the_sentence_under_the_list(demo_ctx):
    """A deputy may not route to a back office (TK-01, TK-02): the picker says so and stays,
    the ticket is dispatched to an agent from the same picker."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot, "1002")
        await pilot.press("4")
        await settle(pilot)
        await select(pilot, app, "T-66/dispatch")
        await pilot.press("d")
        await until_modal(pilot)
        picker = app.screen
        await pilot.press(*"tsc", "enter")
        await settle(pilot)
        assert app.screen is picker
        refusal = picker.query_one("#picker-refusal")
        assert refusal.display
        assert str(refusal.content).startswith("refused [AUTH]: routing a ticket to a back office")
        await pilot.press(*["backspace"] * 3, *"1005", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, TargetPicker)
        assert status(app).startswith("T-66 dispatched to 1005")


async def test_at_80_columns_the_selected_clock_is_found_though_its_kind_is_hidden(demo_ctx):
    """At 80×24 the Kind column is dropped: d and enter still act on the row under the cursor."""
    app = ConsoleApp(demo_ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        await sign_in(pilot)
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("j", "d")
        await until_modal(pilot)
        assert isinstance(app.screen, TargetPicker)
        assert "T-63" in str(app.screen.query_one("#dialog-title").content)


async def test_at_80_columns_the_done_table_fits_and_keeps_its_result(demo_ctx):
    """The clocks stopped this shift fit 80 columns as the running ones do: the Result column
    narrows and Kind goes first; at 120 every column is back."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "4")
        done = app.screen.query_one("#done", DataTable)
        labels = [str(c.label) for c in done.columns.values()]
        assert "Result" in labels and "Kind" not in labels
        assert sum(c.get_render_width(done) for c in done.columns.values()) <= 80 - 2
        shown = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        assert "dispatched to tsc · overrun 6 min" in shown
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        labels = [str(c.label) for c in done.columns.values()]
        assert labels == ["Id", "Kind", "Summary", "Stopped", "Result", "Pts"]
        assert done.row_count == 2


async def test_the_summary_says_what_its_forecast_counts(demo_ctx):
    """D-07's forecast is the points of this shift if every running clock overran now."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "4")
        summary = str(app.screen.query_one("#summary", Static).content)
        assert summary.endswith("points this shift 5 · 70 if all overran now (D-07)"), summary


async def test_the_ticket_detail_shows_the_customer_in_full_only_to_someone_signed_in(demo_ctx):
    """D-12's one unmasked view is for the person who acts on the ticket: read-only, nobody
    is signed in, and the customer stays masked there too."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "4")
        await select(pilot, app, "T-61/dispatch")
        await pilot.press("enter")
        await until_modal(pilot)
        text = str(app.screen.query_one("#dialog-text").content)
        assert "Customer: 林* 135****1190 (masked: nobody is signed in, D-12)" in text
        assert "13586601190" not in text


async def test_read_only_a_phone_typed_in_the_summary_is_masked_in_the_detail_too(demo_ctx):
    from cs_console.commands.registry import execute

    made = execute(demo_ctx.acting_as("1001"), "complaint call back 13812345678 urgent")
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "4")
        await select(pilot, app, f"{made.split()[0]}/dispatch")
        await pilot.press("enter")
        await until_modal(pilot)
        text = str(app.screen.query_one("#dialog-text").content)
        assert "138****5678" in text and "13812345678" not in text


async def test_at_80_columns_the_summary_wraps_rather_than_cutting_the_forecast(demo_ctx):
    """'… points this shift 5 · 70' read as 70 points: its words were cut at the width."""
    app = ConsoleApp(demo_ctx, sign_in=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_screen(pilot, "4")
        summary = app.screen.query_one("#summary", Static)
        assert summary.size.height == 2
        shown = html.unescape(app.export_screenshot()).replace("\xa0", " ")
        assert "if all overran now (D-07)" in shown
        await pilot.resize_terminal(120, 36)
        await settle(pilot)
        assert summary.size.height == 1
