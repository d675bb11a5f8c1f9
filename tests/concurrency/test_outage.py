"""A PostgreSQL server that goes away for 5 seconds, behind a TCP proxy on 127.0.0.1 that the
test cuts: a `do -` stream waits and goes on, and an open console stays readable, says so in
its header, refuses writes in one sentence and recovers by itself."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from cs_console.services.context import Context
from cs_console.services.database import open_context
from cs_console.services.demo import create_demo
from cs_console.ui.app import ConsoleApp
from cs_console.ui.upkeep import UNREACHABLE
from cs_console.ui.widgets.status_line import StatusLine
from tests.concurrency.proxy import Proxy
from tests.conftest import NOW_LOCAL, PG_SERVER
from tests.ui.conftest import SIZE, settle, sign_in

OUTAGE = 5.0  # seconds


@pytest.fixture
def proxied(pg_target, settings, clock) -> Iterator[tuple[Proxy, str]]:
    """The demo on PostgreSQL, and a URL of it through a proxy that can be cut."""
    ctx = open_context(pg_target, settings, clock)
    create_demo(ctx)
    ctx.engine.dispose()
    proxy = Proxy(("127.0.0.1", 5432)).start()
    yield proxy, proxy.url(PG_SERVER, pg_target.rsplit("/", 1)[1])
    proxy.stop()


def test_a_do_stream_waits_for_the_server_and_goes_on(proxied, tmp_path, console_env):
    proxy, url = proxied
    config = tmp_path / "console.toml"
    config.write_text('timezone = "Asia/Shanghai"\n', encoding="utf-8")
    argv = [sys.executable, "-m", "cs_console", "--db", url, "--config", str(config),
            "--now", NOW_LOCAL, "--as", "1001", "do", "-"]  # fmt: skip
    stream = subprocess.Popen(argv, env=console_env, text=True, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    stream.stdin.write("status\n")
    stream.stdin.flush()
    assert stream.stdout.readline().startswith("2026-11-22 D Day")
    proxy.cut()
    stream.stdin.write("remark 1003 written during the outage\n")
    stream.stdin.flush()
    time.sleep(OUTAGE)  # how long the server is away: the scenario, not a wait for the clock
    proxy.restore()
    out, err = stream.communicate("remark 1004 written after it\n", timeout=60)
    assert (stream.returncode, err) == (0, "")
    assert out.splitlines() == [
        "remark on 1003 for 2026-11-22/D recorded",
        "remark on 1004 for 2026-11-22/D recorded",
    ]


def header(app: ConsoleApp) -> str:
    return str(app.screen.header_line.content)


async def until(pilot, check, seconds: float = 30.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "never happened"
        await pilot.pause(0.2)


async def test_an_open_console_rides_out_the_outage(proxied, settings, clock):
    proxy, url = proxied
    ctx: Context = open_context(url, settings, clock)
    app = ConsoleApp(ctx)
    async with app.run_test(size=SIZE) as pilot:
        await sign_in(pilot)
        await pilot.press("2")
        await settle(pilot)
        seats = app.screen.query_one("#table").row_count
        assert seats and UNREACHABLE not in header(app)
        proxy.cut()
        cut_at = time.monotonic()
        await pilot.press("3")  # a screen's first load meets the outage
        await until(pilot, lambda: UNREACHABLE in header(app))
        await pilot.press("2")
        assert app.is_running and app.screen.query_one("#table").row_count == seats
        await pilot.press("colon", *"remark 1003 hello", "enter")
        await until(pilot, lambda: "unreachable" in str(app.screen.query_one(StatusLine).content))
        said = str(app.screen.query_one(StatusLine).content)
        assert said == ("The database server 127.0.0.1 is unreachable; nothing was changed.")
        await pilot.pause(max(0.0, OUTAGE - (time.monotonic() - cut_at)))
        proxy.restore()
        await until(pilot, lambda: UNREACHABLE not in header(app))
        await pilot.press("colon", *"remark 1003 back again", "enter")
        await until(pilot, lambda: "recorded" in str(app.screen.query_one(StatusLine).content))
        await pilot.press("3")
        await settle(pilot)
        assert app.screen.query_one("#table").row_count > 0
    assert app.return_code in (None, 0)
    ctx.engine.dispose()
