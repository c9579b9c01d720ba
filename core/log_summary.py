"""Logs an operator can read during an incident: a failure or refusal that repeats is logged in
full once (with its traceback, and the request id), then as one counted summary line at most
every SUMMARY_SECONDS while it goes on. A disk-full minute is a handful of lines, not one per
upload; a buggy client refused a thousand times is one line and a count.

Each kind of repeat has a key (a short text: what failed, and how). A key quiet for
QUIET_SECONDS starts over with a full line.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass

SUMMARY_SECONDS = (
    30.0  # at most one summary line per key this often (CSEMONITOR_LOG_REPEAT_INTERVAL)
)
QUIET_SECONDS = 60.0  # a key this long without a repeat is logged in full again


_ALL: weakref.WeakSet[LogSummary] = weakref.WeakSet()


_DEFAULT_EVERY = [SUMMARY_SECONDS]


def configure(every: float) -> None:
    """The summary interval of every LogSummary without one of its own (the setting)."""
    _DEFAULT_EVERY[0] = every


def flush_all() -> None:
    """LogSummary.flush of every summary in the process (the server calls it every second)."""
    for summary in list(_ALL):
        summary.flush()


@dataclass
class _Repeats:
    first_request: str
    summarized_at: float  # when its last line was written
    last_at: float  # when it last happened
    count: int = 0  # repeats since its last line


class LogSummary:
    """Repeats of a log line, by key, summarized (thread-safe: stores log from their threads)."""

    def __init__(
        self,
        logger: logging.Logger,
        every: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """every: the summary interval (None: the process's, `configure`)."""
        self._log = logger
        self._own_every = every
        self._clock = clock
        self._repeats: dict[str, _Repeats] = {}
        self._lock = threading.Lock()
        _ALL.add(self)

    def _interval(self) -> float:
        return self._own_every if self._own_every is not None else _DEFAULT_EVERY[0]

    def log(
        self,
        level: int,
        key: str,
        detail: str = "",
        request_id: str = "",
        exc_info: bool = False,
    ) -> None:
        """`key: detail` in full if it is new (with the current exception's traceback when
        exc_info), else counted towards the key's next summary."""
        now = self._clock()
        with self._lock:
            repeats = self._repeats.get(key)
            if repeats is not None and now - repeats.last_at < QUIET_SECONDS:
                repeats.count += 1
                repeats.last_at = now
                due = now - repeats.summarized_at >= self._interval()
                if not due:
                    return
                line = self._summary(key, repeats, now)
                repeats.count, repeats.summarized_at = 0, now
            else:
                self._repeats[key] = _Repeats(request_id, now, now)
                line = None
        if line is not None:
            self._log.log(level, "%s", line)
            return
        who = f" request_id={request_id}" if request_id else ""
        self._log.log(level, "%s%s%s", key, f": {detail}" if detail else "", who, exc_info=exc_info)

    def flush(self) -> None:
        """The summary of every key with repeats not yet written whose time has come, and
        forget the keys gone quiet (called now and then, so an incident's last repeats are
        counted even if it ends before its next summary)."""
        now = self._clock()
        lines = []
        with self._lock:
            for key, repeats in list(self._repeats.items()):
                if repeats.count and now - repeats.summarized_at >= self._interval():
                    lines.append(self._summary(key, repeats, now))
                    repeats.count, repeats.summarized_at = 0, now
                if not repeats.count and now - repeats.last_at >= QUIET_SECONDS:
                    del self._repeats[key]
        for line in lines:
            self._log.warning("%s", line)

    @staticmethod
    def _summary(key: str, repeats: _Repeats, now: float) -> str:
        first = f" (the first: request_id={repeats.first_request})" if repeats.first_request else ""
        seconds = now - repeats.summarized_at
        return f"{key}: {repeats.count} more in the last {seconds:.0f} s{first}"
