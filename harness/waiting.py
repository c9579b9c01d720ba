"""Waiting for a condition rather than for a fixed time: CI runs on a loaded machine, where a
fixed sleep is either too short (a flaky test) or too long (a slow one)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

Found = TypeVar("Found")


def wait_until(
    condition: Callable[[], Found], timeout: float = 15.0, every: float = 0.1, what: str = ""
) -> Found:
    """condition() again, every `every` seconds, until it returns something true, which is
    returned; AssertionError naming `what` (or the condition) after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (found := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{what or getattr(condition, '__name__', 'condition')} not met within {timeout} s"
            )
        time.sleep(every)
    return found
