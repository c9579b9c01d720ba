"""Waiting for a condition rather than for a fixed time: CI runs on a loaded machine, where a
fixed sleep is either too short (a flaky test) or too long (a slow one)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
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


async def eventually(
    read: Callable[[], Awaitable[Found]],
    done: Callable[[Found], object],
    timeout: float = 20.0,
    every: float = 0.3,
) -> Found:
    """await read() again, every `every` seconds, until done(answer) or the timeout; the last
    answer (the caller asserts on it, so a failure shows what was read)."""
    deadline = time.monotonic() + timeout
    while not done(found := await read()) and time.monotonic() <= deadline:
        await asyncio.sleep(every)
    return found
