"""Process tuning: each garbage collection's pause reaches the callback, by generation."""

from __future__ import annotations

import gc

from csemonitor.core.runtime import _pause_timer


def test_each_collection_reports_its_generation_and_time():
    pauses: list[tuple[int, float]] = []
    callback = _pause_timer(lambda generation, seconds: pauses.append((generation, seconds)))
    gc.callbacks.append(callback)
    try:
        gc.collect(0)
        gc.collect(2)
    finally:
        gc.callbacks.remove(callback)
    assert [generation for generation, _ in pauses] == [0, 2]
    assert all(0 < seconds < 5 for _, seconds in pauses)
