"""``cs-console serve`` in a real browser: Debian's Chromium driven by Playwright."""

from __future__ import annotations

import http.client
import logging
import os
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from cs_console.fault_log import route_logger
from tests.conftest import NOW_LOCAL

CHROMIUM = "/usr/bin/chromium"
ESCAPES = re.compile(r"\x1b\[[0-9;?<=>]*[ -/]*[@-~]|\x1b[()][A-Z0-9]|\x1b[=>78]")
WEBSOCKET = {
    "Upgrade": "websocket",
    "Connection": "Upgrade",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
}
ELSEWHERE = {"Origin": "http://elsewhere.example"}


@pytest.fixture
def served(tmp_path: Path, env: dict[str, str]) -> Iterator[str]:
    """A demo centre served on a free port; yields the URL the command printed."""
    environ = {**os.environ, **env}
    program = [sys.executable, "-m", "cs_console", "--now", NOW_LOCAL]
    made = subprocess.run([*program, "demo", "--no-tui"], env=environ, capture_output=True)
    assert made.returncode == 0, made.stderr
    server = subprocess.Popen(
        [*program, "serve", "--port", "0"],
        env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
    )  # fmt: skip
    try:
        url = server.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[\w-]{32}/", url), server.stderr.read()
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def _get(url: str, path: str, headers: dict[str, str] | None = None) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", path, headers=headers or {})
    status = conn.getresponse().status
    conn.close()
    return status


def test_serve_refuses_requests_without_the_token_or_from_another_site(served):
    token_path = urlsplit(served).path
    origin = {"Origin": f"http://{urlsplit(served).netloc}"}
    assert _get(served, token_path) == 200
    assert _get(served, token_path + "static/js/textual.js") == 200
    assert _get(served, "/") == 403
    assert _get(served, "/" + "x" * 32 + "/") == 403
    assert _get(served, "/ws", WEBSOCKET | origin) == 403
    assert _get(served, token_path, ELSEWHERE) == 403
    assert _get(served, token_path + "ws", WEBSOCKET | ELSEWHERE) == 403
    assert _get(served, token_path + "ws", WEBSOCKET) == 403  # a browser's websocket names it


def _audit_rows(db: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]


def _drawn(frames: list[str | bytes]) -> str:
    text = "".join(f.decode("utf-8", "replace") if isinstance(f, bytes) else f for f in frames)
    return ESCAPES.sub("", text)


def test_the_manager_sees_the_floor_read_only_in_chromium(served, env, tmp_path):
    """The page shows the roll call, `2` the seat board, a write is refused without a
    sign-in and changes nothing, and the page asks nothing of another host."""
    frames: list[str | bytes] = []
    asked: list[str] = []
    audit_before = _audit_rows(env["CS_CONSOLE_DB"])
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda request: asked.append(request.url))
        page.on("websocket", lambda ws: ws.on("framereceived", lambda f: frames.append(f)))

        def drawn_within(text: str, seconds: float) -> bool:
            deadline = time.monotonic() + seconds
            while text not in _drawn(frames):
                if time.monotonic() > deadline:
                    return False
                page.wait_for_timeout(200)
            return True

        def shown(text: str) -> None:
            if not drawn_within(text, 30):
                pytest.fail(f"{text!r} was never drawn")

        page.goto(served)
        shown("Sign in")
        shown("1 Roll call")  # under the sign-in box
        for _attempt in range(3):  # the page takes keys once its terminal has the focus
            page.locator("#terminal").click()
            frames.clear()
            page.keyboard.press("Escape")  # continues read-only
            page.wait_for_timeout(300)  # a key right after ESC would be read as alt+key
            page.keyboard.press("2")
            if drawn_within("Seat board", 10):
                break
        shown("Seat board")
        page.screenshot(path=str(tmp_path / "seat_board.png"))
        frames.clear()
        page.keyboard.press(":")
        page.keyboard.type("arrive 1023")
        page.keyboard.press("Enter")
        shown("read-only")
        browser.close()
    assert _audit_rows(env["CS_CONSOLE_DB"]) == audit_before
    origin = urlsplit(served).netloc
    assert asked
    assert all(urlsplit(url).netloc == origin for url in asked), asked


def test_web_server_errors_go_to_the_log_without_locals():
    path = route_logger("textual-serve")
    phone = "13812345678"
    try:
        raise RuntimeError("the browser went away")
    except RuntimeError:
        logging.getLogger("textual-serve").exception("websocket failed")
    logged = path.read_text(encoding="utf-8")
    assert "RuntimeError: the browser went away" in logged
    assert "phone" not in logged and phone not in logged
