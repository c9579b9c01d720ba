"""Group commit: uploads that arrive while a commit runs share the next one.

Each writer waits for the commit its upload joined, so "returned" still means "durable", and a
burst of concurrent uploads costs one commit instead of one each. A batch refused for what one
of its uploads holds (BatchRefused) is committed again one upload at a time, so that upload's
failure is its answer only; a failure of the store itself (disk, network) fails the batch.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

from csemonitor.core.errors import UNAVAILABLE, ApiError
from csemonitor.core.log_summary import LogSummary

log = logging.getLogger(__name__)
_repeats = LogSummary(log)  # a full disk fails every commit alike: one line, then counts
Item = TypeVar("Item")


class BatchRefused(Exception):
    """A commit failed for what an item of the batch holds, not for the store's state: each item
    deserves a commit of its own. `error` is the answer of an item that fails alone."""

    def __init__(self, error: ApiError) -> None:
        super().__init__(str(error))
        self.error = error


class GroupCommit(Generic[Item]):
    """Batches items for `commit`, one batch at a time, at most max_batch items each; with
    `linger`, a batch not yet full waits that many seconds for more items first."""

    def __init__(
        self,
        commit: Callable[[list[Item]], Awaitable[None]],
        max_pending: int,
        max_batch: int | None = None,
        on_commit: Callable[[float, int], None] | None = None,
        linger: float = 0.0,
    ) -> None:
        self._commit = commit
        self._linger = linger
        self._max_pending = max_pending
        self._max_batch = max_batch
        self._on_commit = on_commit
        self._pending: list[tuple[Item, asyncio.Future]] = []
        self._wakeup = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task | None = None
        # Whether the latest commit failed for the store's sake (not an upload's): uploads cannot
        # be stored until a commit or a probe succeeds again.
        self.failing = False

    def start(self, name: str) -> None:
        self._task = asyncio.create_task(self._loop(), name=name)

    def admit(self) -> None:
        """Raises ApiError (503) if an item submitted now would be refused."""
        if self._closing:
            raise ApiError(UNAVAILABLE, "shutting down")
        if len(self._pending) >= self._max_pending:
            raise ApiError(UNAVAILABLE, "write queue full")

    async def submit(self, item: Item) -> None:
        """Returns once the batch holding item is committed; raises ApiError (503) otherwise."""
        self.admit()
        future = asyncio.get_running_loop().create_future()
        self._pending.append((item, future))
        self._wakeup.set()
        await future

    async def close(self) -> None:
        """Commit what is pending, then stop."""
        self._closing = True
        self._wakeup.set()
        if self._task is not None:
            await self._task

    async def _loop(self) -> None:
        while not (self._closing and not self._pending):
            await self._wakeup.wait()
            self._wakeup.clear()
            if self._linger and len(self._pending) < (self._max_batch or 1 << 30):
                await asyncio.sleep(self._linger)  # let the uploads arriving now share it
            cut = len(self._pending) if self._max_batch is None else self._max_batch
            batch, self._pending = self._pending[:cut], self._pending[cut:]
            if self._pending:
                self._wakeup.set()
            if batch:
                await self._run(batch)

    async def _run(self, batch: list[tuple[Item, asyncio.Future]]) -> None:
        started = time.perf_counter()
        try:
            await self._commit([item for item, _ in batch])
        except BatchRefused as refused:
            if len(batch) == 1:
                _fail(batch, refused.error)
                return
            for one in batch:  # alone, each upload gets its own answer
                await self._run([one])
            return
        except Exception as exc:
            if isinstance(exc, ApiError):
                error = exc
            else:
                _repeats.log(logging.ERROR, f"store commit failed: {exc}", exc_info=True)
                error = ApiError(UNAVAILABLE, "store write failed")
            self.failing = True
            _fail(batch, error)
            return
        self.failing = False
        for _, future in batch:
            if not future.done():
                future.set_result(None)
        if self._on_commit is not None:
            self._on_commit(time.perf_counter() - started, len(batch))


def _fail(batch: Sequence[tuple[object, asyncio.Future]], error: ApiError) -> None:
    for _, future in batch:
        if not future.done():  # an exception of its own for each waiting upload
            future.set_exception(
                ApiError(error.kind, error.description, error.field, error.retry_after)
            )
