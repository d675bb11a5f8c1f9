"""Keeping Python's cyclic garbage collector out of the way of allocation bursts.

A start imports the layers and opens the database; a bulk import or a PDF allocates hundreds
of thousands of objects. Plain reference counting frees what dies, but each burst would set off
full collections that walk the whole heap again and again: a tenth to a third of its time."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No collection inside the block; cycles made meanwhile are collected after it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def pause_for_start() -> None:
    """From the program's first line until ``start_done``."""
    gc.disable()


def start_done() -> None:
    """The start's objects (modules, classes, tables) live as long as the process: they are
    moved out of every later collection (``gc.freeze``), and collection resumes. Nothing
    happens when the start did not pause the collector (an app or command under test)."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


def built() -> None:
    """What was built since (a console screen: its widgets and styles) lives as long as the
    process too: moved out of later collections where the start's was. A full collection
    walked it again each time, 10–40 ms in the middle of a key. Nothing happens when the
    start did not pause the collector (an app under test)."""
    if gc.get_freeze_count():
        gc.freeze()


def long_lived() -> None:
    """What a long-running process made so far (its modules, the database layer's caches) is
    moved out of every later collection, so each collection walks only what came since."""
    gc.collect()
    gc.freeze()
