"""Waiting on another process (a terminal, CUPS, a feed): poll until it shows what is awaited,
within a bound, never on the console's clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def poll(look: Callable[[], T], done: Callable[[T], bool], seconds: float,
         every: float = 0.1) -> tuple[bool, T]:  # fmt: skip
    """Look until ``done`` holds or ``seconds`` passed; whether it held, and the last look."""
    deadline = time.monotonic() + seconds
    seen = look()
    while not done(seen) and time.monotonic() < deadline:
        time.sleep(every)
        seen = look()
    return done(seen), seen
