"""Several terminals on one database: each terminal is its own engine (its own connections)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator

import pytest

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from tests.conftest import NOW_LOCAL

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


@pytest.fixture
def shared_db(db_target: str, settings: Settings, clock: FixedClock, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """The demo on a SQLite file or a PostgreSQL database, for real processes to share."""
    ctx = open_context(db_target, settings, clock)
    create_demo(ctx)
    ctx.engine.dispose()
    yield db_target


@pytest.fixture
def console_command(shared_db: str, tmp_path) -> Callable[..., list[str]]:  # noqa: ANN001
    """The argv of a real ``cs-console`` on the shared database at 10:30 (the fixed instant)."""
    config = tmp_path / "console.toml"
    config.write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")

    def argv(*args: str) -> list[str]:
        return [sys.executable, "-m", "cs_console", "--db", shared_db, "--config", str(config),
                "--now", NOW_LOCAL, *args]  # fmt: skip

    return argv


@pytest.fixture
def console_env(tmp_path) -> dict[str, str]:  # noqa: ANN001
    return {**os.environ, "CS_CONSOLE_PIN": "1234", "XDG_DATA_HOME": str(tmp_path / "xdg")}
