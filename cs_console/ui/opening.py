"""Opening the console: the six screens by mode, imported when first shown, and what the
opening worker hands to the UI thread (#8, P1, P2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    from cs_console.options import Globals
    from cs_console.services.changes import ChangeWatch
    from cs_console.services.context import Context
    from cs_console.services.roll_rows import RollCall
    from cs_console.ui.screens.base import ConsoleScreen

SCREENS = {  # mode: the module under cs_console.ui.screens, and the screen's class
    "roll_call": ("roll_call", "RollCallScreen"),
    "seat_board": ("seat_board", "SeatBoardScreen"),
    "ticket_queue": ("ticket_queue", "TicketQueueScreen"),
    "escalations": ("escalations", "EscalationsScreen"),
    "handover": ("handover", "HandoverScreen"),
    "month": ("month", "MonthScreen"),
}
FIRST_MODE = "roll_call"
GLANCE_WAIT_S = 0.5  # the longest the opening waits for the first roll call to be drawn


def console_screens() -> dict[str, Callable[[], ConsoleScreen]]:
    """The six screens by mode. The first one is imported now, with the services and the
    database layer; each other one when it is first shown (#8, P2)."""
    screen_class(FIRST_MODE)
    return {mode: partial(_screen, mode) for mode in SCREENS}


def _screen(mode: str) -> ConsoleScreen:
    return screen_class(mode)()


def screen_class(mode: str) -> type[ConsoleScreen]:
    module, name = SCREENS[mode]
    return getattr(import_module(f"cs_console.ui.screens.{module}"), name)


@dataclass(frozen=True)
class Opening:
    """What opening the database hands to the UI thread."""

    ctx: Context
    screens: dict[str, Callable[[], ConsoleScreen]]
    changes: ChangeWatch
    token: int  # the change token before the first read: no write is missed
    first_data: Any = None  # the first screen's data, read beside the opening


def opening(ctx: Context, read_first: bool) -> Opening:
    from cs_console.services.changes import watch

    screens = console_screens()
    changes = watch(ctx)
    token = changes.token()
    first = screen_class(FIRST_MODE).prefetch(ctx) if read_first else None
    return Opening(ctx, screens, changes, token, first)


@dataclass(frozen=True)
class Glance:
    """The roll call due now, read before the database layer is imported (#23, P2)."""

    roll: RollCall
    now: datetime
    tz: tzinfo


def glance(options: Globals) -> Glance | None:
    """The roll call due now from the options' SQLite file, read through sqlite3; None on any
    doubt (a server, a file that cannot be read as it is, settings that do not load): the full
    opening then reads it, or says what is wrong."""
    from cs_console.services.first_look import first_roll

    try:
        settings = options.settings
        now = options.clock.now()
        roll = first_roll(options.target(), settings, now)
    except Exception:  # noqa: BLE001 - the full opening says what is wrong
        return None
    return None if roll is None else Glance(roll, now, settings.tz)
