"""The collector pauses for a start and for allocation bursts, and always resumes."""

from __future__ import annotations

import gc

import pytest

from cs_console.gc_pause import built, collector_paused, pause_for_start, start_done


@pytest.fixture
def collector():
    yield
    gc.unfreeze()
    gc.enable()


def test_a_start_freezes_what_it_made_and_resumes_collection(collector):
    pause_for_start()
    assert not gc.isenabled()
    kept = [object() for _ in range(10)]
    start_done()
    assert gc.isenabled() and gc.get_freeze_count() >= len(kept)


def test_start_done_without_a_paused_start_changes_nothing(collector):
    start_done()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_paused_block_resumes_only_what_it_paused(collector):
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()  # a start's pause outlives the block
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert not gc.isenabled()


def test_what_is_built_after_a_start_is_frozen_too(collector):
    pause_for_start()
    start_done()
    frozen = gc.get_freeze_count()
    kept = [[] for _ in range(10)]  # tracked by the collector
    built()
    assert gc.get_freeze_count() >= frozen + len(kept)


def test_what_is_built_without_a_paused_start_stays_collected(collector):
    kept = [[] for _ in range(10)]
    built()
    assert gc.get_freeze_count() == 0 and kept
