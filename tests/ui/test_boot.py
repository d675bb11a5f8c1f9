"""The console paints before the database layer is imported and opened (#8, P1)."""

from __future__ import annotations

import subprocess
import sys
import threading

from textual.widgets import DataTable, Static

from cs_console.config import Settings
from cs_console.domain.errors import EXIT_REFUSED, UserError
from cs_console.services.context import Context
from cs_console.services.first_look import first_roll
from cs_console.ui.app import ConsoleApp
from cs_console.ui.opening import Glance
from cs_console.ui.screens.boot import OPENING, BootScreen
from cs_console.ui.screens.roll_call import RollCallScreen
from tests.conftest import FixedClock
from tests.ui.conftest import SIZE, rows, settle


def _fresh_python(code: str) -> str:
    """What ``code`` prints in a new interpreter, where nothing is imported yet."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_first_frame_needs_no_database_layer() -> None:
    """What a plain start imports before its first frame: no SQLAlchemy, SQLModel, pydantic
    or Typer."""
    probe = (
        "import sys, cs_console.start, cs_console.ui.app, cs_console.ui.launch; "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'pydantic', 'typer') "
        "if m in sys.modules))"
    )
    assert _fresh_python(probe) == "[]"


async def test_boot_screen_until_the_database_is_open_then_the_roll_call(
    demo_ctx: Context,
) -> None:
    release = threading.Event()

    def opener() -> Context:
        release.wait(10)
        return demo_ctx

    app = ConsoleApp(opener=opener, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BootScreen)
        assert str(app.screen.query_one("#boot-status", Static).content) == OPENING
        await pilot.press("3", "colon")  # screens and the command line wait for the database
        assert isinstance(app.screen, BootScreen)
        release.set()
        await settle(pilot)
        assert app.current_mode == "roll_call"
        assert "1002" in rows(app)
        # the roll call shows what the opener read, handed over once
        assert app.screen.data == RollCallScreen.prefetch(demo_ctx)
        assert app.take_first_data() is None


def test_only_the_first_screen_is_imported_at_the_start() -> None:
    """The other four screens (and their services) are imported when first shown (#8, P2)."""
    probe = (
        "import sys; from cs_console.ui.opening import SCREENS, console_screens; "
        "made = console_screens(); "
        "print(sorted(made) == sorted(SCREENS), sorted(name for name, _ in SCREENS.values() "
        "if f'cs_console.ui.screens.{name}' in sys.modules))"
    )
    assert _fresh_python(probe) == "True ['roll_call']"


async def test_a_database_that_cannot_be_opened_ends_with_its_sentence() -> None:
    def opener() -> Context:
        raise UserError("Cannot open the database /x.db: unable to open database file.")

    app = ConsoleApp(opener=opener, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            if not app.is_running:
                break
            await pilot.pause(0.01)
    assert app.return_code == EXIT_REFUSED
    assert app.boot_failure == "Cannot open the database /x.db: unable to open database file."


async def test_the_roll_call_due_is_on_the_boot_screen_while_the_database_opens(
    demo_ctx: Context, sqlite_target: str, settings: Settings, clock: FixedClock
) -> None:
    """Read through sqlite3 before the database layer is imported (#23, P2); the roll call
    screen then shows the same rows."""
    release = threading.Event()

    def opener() -> Context:
        release.wait(10)
        return demo_ctx

    def look() -> Glance | None:
        roll = first_roll(sqlite_target, settings, clock.now())
        return None if roll is None else Glance(roll, clock.now(), settings.tz)

    app = ConsoleApp(opener=opener, glance=look, sign_in=False)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            if app.screen.query("#boot-roll"):
                break
            await pilot.pause(0.02)
        assert isinstance(app.screen, BootScreen)
        boot = app.screen.query_one("#boot-roll", DataTable)
        glanced = [tuple(str(c) for c in boot.get_row_at(i)) for i in range(boot.row_count)]
        assert any(row[:2] == ("1002", "Lucía Martín") for row in glanced)
        await pilot.press("3")  # nothing answers keys before the database is open
        assert isinstance(app.screen, BootScreen)
        release.set()
        await settle(pilot)
        assert app.current_mode == "roll_call"
        assert list(rows(app).values()) == glanced
