"""Cheap change detection for live consoles (see store/change_watch.py)."""

from __future__ import annotations

from cs_console.services.context import Context
from cs_console.store.change_watch import ChangeWatch


def watch(ctx: Context) -> ChangeWatch:
    """A watch on the console's database; ``token()`` changes when another terminal wrote."""
    return ChangeWatch(ctx.engine)
