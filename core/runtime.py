"""Process tuning shared by the server and the gateway."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

# Every upload allocates thousands of short-lived tuples (rows, figures), none of them in a
# cycle: at CPython's default (a young collection every 700 allocations, older ones every 10
# of those) the collector cost the server 14 us per upload. grpc.aio does leave a cycle per
# call (its method lookup's closure, the call details and their metadata: 8 objects), and a
# young collection's pause grows with what it frees: at 50,000 allocations one took 60-80 ms
# every ~6,000 calls (the open loop's p99), at 5,000 the longest was 2.8 ms, and the
# collector's total fell from 8 to 4 us per upload (timed with gc.callbacks, gRPC uploads
# at 862/s after a 30 s closed-loop preload).
YOUNG_GENERATION_THRESHOLD = 5_000


def tune_gc(on_pause: Callable[[int, float], None] | None = None) -> None:
    """Collect less often, and never again walk what start-up allocated (modules, descriptors):
    it is frozen into the permanent generation. Call once start-up is done. `on_pause` gets
    each collection's generation and seconds."""
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, older, oldest)
    if on_pause is not None:
        gc.callbacks.append(_pause_timer(on_pause))


def _pause_timer(on_pause: Callable[[int, float], None]) -> Callable[[str, dict], None]:
    started = [0.0]

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            on_pause(info["generation"], time.perf_counter() - started[0])

    return callback
