"""The demo centre on a SQLite file or a PostgreSQL database, and the real program on it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from tests.conftest import NOW_LOCAL, ZONE

Program = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def centre(db_target: str, settings: Settings, clock: FixedClock) -> Iterator[Context]:
    """The demo centre (leaders' PIN 1234), in-process, on the database the program shares."""
    ctx = open_context(db_target, settings, clock)
    create_demo(ctx)
    yield ctx
    ctx.engine.dispose()


@pytest.fixture
def argv(db_target: str, tmp_path: Path) -> Callable[..., list[str]]:
    """The argv of a real ``cs-console`` on the shared database, at 10:30 unless ``now``."""
    config = tmp_path / "console.toml"
    config.write_text(f'timezone = "{ZONE}"\n', encoding="utf-8")

    def build(*args: str, now: str | None = NOW_LOCAL) -> list[str]:
        clock = ["--now", now] if now else []
        return [sys.executable, "-m", "cs_console", "--db", db_target, "--config", str(config),
                *clock, *args]  # fmt: skip

    return build


@pytest.fixture
def environ(tmp_path: Path) -> Callable[[str], dict[str, str]]:
    def build(pin: str = "") -> dict[str, str]:
        return {**os.environ, "CS_CONSOLE_PIN": pin, "XDG_DATA_HOME": str(tmp_path / "xdg")}

    return build


@pytest.fixture
def program(
    centre: Context, argv: Callable[..., list[str]], environ: Callable[[str], dict[str, str]]
) -> Program:
    """``program(*args, pin=…, now=…, stdin=…)``: one real run, its output and exit status."""

    def run(
        *args: str, pin: str = "", now: str | None = NOW_LOCAL, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv(*args, now=now),
            input=stdin,
            capture_output=True,
            text=True,
            env=environ(pin),
            timeout=120,
            start_new_session=True,  # no terminal: prompts read stdin
        )

    return run
