"""Keypress → processed frame on the ticket queue, or on a 10-row DataTable (the baseline).
Run in its own process; prints the milliseconds per key as JSON."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

QUEUE_KEYS = ("down", "pagedown", "end", "home", "slash", "c", "escape")
TABLE_KEYS = ("down", "pagedown", "end", "home", "down", "up", "down")
ROUNDS = 5


async def _presses(app, keys: tuple[str, ...], before: tuple[str, ...]) -> list[float]:  # noqa: ANN001
    times = []
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press(*before)
        await pilot.pause()
        for _ in range(ROUNDS):
            for key in keys:
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                times.append(1000 * (time.perf_counter() - start))
    return times


def queue(db: Path, config: Path, now: str) -> list[float]:
    from cs_console.options import Globals
    from cs_console.ui.app import ConsoleApp

    ctx = Globals(db=str(db), config=config, now=now).context()
    return asyncio.run(_presses(ConsoleApp(ctx, sign_in=False), QUEUE_KEYS, ("3",)))


def table() -> list[float]:
    from benchmarks.baseline_apps import TenRowTable

    return asyncio.run(_presses(TenRowTable(), TABLE_KEYS, ()))


if __name__ == "__main__":
    if sys.argv[1] == "table":
        print(json.dumps(table()))
    else:
        print(json.dumps(queue(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])))
