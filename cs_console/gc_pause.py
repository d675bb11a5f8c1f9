"""Pausing Python's cyclic garbage collector around a burst of allocations.

A bulk import or a PDF allocates hundreds of thousands of objects that plain reference counting
frees. Each burst would set off full collections that walk the whole heap, a tenth to a third
of the burst's time. Cycles made meanwhile are collected once the pause ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
