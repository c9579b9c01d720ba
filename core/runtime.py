"""Process tuning shared by the server and the gateway."""

from __future__ import annotations

import gc

# Every upload allocates thousands of short-lived tuples (rows, figures), none of them in a
# cycle: at CPython's default (a young collection every 700 allocations) the collector was 7 %
# of the server's profile (py-spy, 10-interface uploads). A young collection every 50,000
# allocations holds a few MB more between collections.
YOUNG_GENERATION_THRESHOLD = 50_000


def tune_gc() -> None:
    """Collect less often, and never again walk what start-up allocated (modules, descriptors):
    it is frozen into the permanent generation. Call once start-up is done."""
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, older, oldest)
