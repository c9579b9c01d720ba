"""core.log_summary: a repeat logged in full once, then counted at most every interval; a key
gone quiet starts over; flush writes what an incident left uncounted."""

from __future__ import annotations

import logging

from csemonitor.core.log_summary import QUIET_SECONDS, LogSummary


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_repeats_are_one_full_line_then_counted_summaries(caplog):
    clock = Clock()
    summary = LogSummary(logging.getLogger("t"), every=30.0, clock=clock)
    with caplog.at_level(logging.INFO, "t"):
        try:
            raise OSError("database or disk is full")
        except OSError:
            for _ in range(500):  # 500 failures over 50 s
                summary.log(logging.ERROR, "commit failed", request_id="r1", exc_info=True)
                clock.now += 0.1
        lines = [r.getMessage() for r in caplog.records]
        assert lines == [
            "commit failed request_id=r1",
            "commit failed: 300 more in the last 30 s (the first: request_id=r1)",
        ]
        assert caplog.records[0].exc_info is not None and caplog.records[1].exc_info is None
        clock.now += 31
        summary.flush()  # the incident's last 199 repeats
        assert caplog.records[-1].getMessage().startswith("commit failed: 199 more in the last")
        clock.now += QUIET_SECONDS
        summary.flush()
        summary.log(logging.ERROR, "commit failed", "again", request_id="r2")
        assert caplog.records[-1].getMessage() == "commit failed: again request_id=r2"
        assert len(caplog.records) == 4
