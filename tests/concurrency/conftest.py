"""Several terminals on one database: each terminal is its own engine (its own connections)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo

Terminal = Callable[[str], Context]


@pytest.fixture
def terminal(db_target: str, settings: Settings, clock: FixedClock) -> Iterator[Terminal]:
    """``terminal("1001")`` opens another console on the shared demo database, signed in."""
    opened: list[Context] = []

    def open_as(staff_no: str) -> Context:
        ctx = open_context(db_target, settings, clock).acting_as(staff_no, "1234")
        opened.append(ctx)
        return ctx

    create_demo(open_as("1001"))
    yield open_as
    for ctx in opened:
        ctx.engine.dispose()
