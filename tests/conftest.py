"""Shared fixtures: a fixed instant, a fixed zone, real SQLite files and real PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cs_console.clock import FixedClock
from cs_console.config import Settings
from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo

ZONE = "Asia/Shanghai"
# 2026-11-22 10:30 in the centre (day shift D 08:00–16:00).
NOW = datetime(2026, 11, 22, 2, 30, tzinfo=UTC)
NOW_LOCAL = "2026-11-22T10:30"
# 07:00, before the day shift's roll call: the demo's arrivals are the night shift's.
EARLY = datetime(2026, 11, 21, 23, 0, tzinfo=UTC)
EARLY_LOCAL = "2026-11-22T07:00"
PG_SERVER = os.environ.get("CS_CONSOLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")
# tests that start many processes, each with its own connections: one after another on one
# worker, so two of them never share the server's connection slots at once
MANY_PROCESSES = ("tests/concurrency/", "tests/security/test_lockout.py")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(MANY_PROCESSES):
            item.add_marker(pytest.mark.xdist_group("many-processes"))


@pytest.fixture(autouse=True)
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fault log and the command history of every test (and of the programs it starts) in
    its own folder."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "state" / "cs-console" / "log"


@pytest.fixture
def settings() -> Settings:
    # the tests move the clock by hand, real time with it: an hour before the idle lock
    return Settings(timezone=ZONE, idle_lock_minutes=60)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def sqlite_target(tmp_path: Path) -> str:
    return str(tmp_path / "console.db")


def _pg_admin():  # noqa: ANN202
    import psycopg

    return psycopg.connect(
        PG_SERVER.replace("postgresql+psycopg", "postgresql") + "/test", autocommit=True
    )


@pytest.fixture
def pg_target() -> Iterator[str]:
    """A fresh, empty PostgreSQL database; in CI a missing server fails instead of skipping."""
    try:
        admin = _pg_admin()
    except Exception as err:  # noqa: BLE001 - any connection failure means no server here
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {err}")
        pytest.skip(f"no PostgreSQL server: {err}")
    name = f"cs_console_test_{uuid.uuid4().hex[:12]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgres"])
def db_target(request: pytest.FixtureRequest) -> str:
    """Each store test runs on a SQLite file and on a PostgreSQL database."""
    name = "sqlite_target" if request.param == "sqlite" else "pg_target"
    return request.getfixturevalue(name)


@pytest.fixture
def ctx(db_target: str, settings: Settings, clock: FixedClock) -> Iterator[Context]:
    context = open_context(db_target, settings, clock)
    yield context
    context.engine.dispose()


@pytest.fixture
def demo_ctx(sqlite_target: str, settings: Settings, clock: FixedClock) -> Iterator[Context]:
    context = open_context(sqlite_target, settings, clock)
    create_demo(context)
    yield context
    context.engine.dispose()


@pytest.fixture
def early_demo_ctx(sqlite_target: str, settings: Settings, clock: FixedClock) -> Iterator[Context]:
    """The demo created at 07:00, so the day shift's roll call is still untouched."""
    clock.set(EARLY)
    context = open_context(sqlite_target, settings, clock)
    create_demo(context)
    yield context
    context.engine.dispose()
