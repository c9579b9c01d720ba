"""A real VictoriaMetrics (Debian's victoria-metrics) on a free port, data in a temp dir."""

from __future__ import annotations

from pathlib import Path

from harness.engines import Tsdb, require_binary


class VictoriaMetrics(Tsdb):
    """One single-node VictoriaMetrics process; restart() brings it back on the same port and
    data (for outage tests)."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        self.restart()

    def restart(self) -> None:
        command = [
            require_binary("victoria-metrics"),
            f"-storageDataPath={self.directory}",
            f"-httpListenAddr=127.0.0.1:{self.port}",
            # Fresh points visible to queries at once (the default hides the last 30 s).
            "-search.latencyOffset=0s",
            "-search.disableCache",
            "-retentionPeriod=1",
        ]
        self._start(command, self.directory / "vm.log", "/health")
