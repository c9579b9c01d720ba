"""What the benchmarks share: the upload they send (as JSON and as a framed gRPC request),
where it goes, a process's CPU and memory from /proc, one measured case as a row, and the count
of what the store kept."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict
from pathlib import Path

from google.protobuf import json_format

from bench.loadgen import LoadResult, grpc_frame
from csemonitor.server.store.sqlite.schema import DB_FILE
from csemonitor.v2 import metric_pb2

UPLOAD_PATH = "/v2/default/csemonitor/metric?service=cart"
GRPC_PATH = "/csemonitor.v2.MetricService/UploadMetric"
GRPC_HEADERS = {"content-type": "application/grpc", "te": "trailers"}


def upload_body(interfaces: int) -> dict:
    """A java-chassis-like upload with `interfaces` interfaces (about 4 KB for 10)."""
    return {
        "appId": "shop",
        "version": "2.1.0",
        "name": "cart",
        "environment": "production",
        "serviceId": "9c1d0e2f3a4b5c6d7e8f90a1b2c3d4e5f6a7b8c9",
        "instance": "cart-7f9c",
        "instanceId": "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
        "cpu": 3.5,
        "loadAverage": 1.25,
        "uptime": 8640000,
        "threadCount": 88,
        "memory": {
            "heapInit": 268435456,
            "headMax": 2147483648,
            "heapCommit": 536870912,
            "heapUsed": 201326592,
            "nonHeapInit": 7667712,
            "nonHeapCommit": 100663296,
            "nonHeapUsed": 94371840,
        },
        "interfaces": [
            {
                "name": f"Provider.cart.cartEndpoint.operation{i}",
                "desc": None,
                "qps": 40.5 + i,
                "latency": 7,
                "l995": 48,
                "l99": 40,
                "l90": 22,
                "l75": 14,
                "l50": 6,
                "l25": 3,
                "l5": 1,
                "rate": 0.99,
                "failureRate": 0.01,
                "total": 405,
                "failure": 4,
                "shortCircuited": 0,
                "semaphoreRejected": 0,
                "threadPoolRejected": 0,
                "countTimeout": 1,
                "circuitBreakerOpen": False,
            }
            for i in range(interfaces)
        ],
    }


def grpc_body(interfaces: int) -> bytes:
    metric = json_format.ParseDict(
        upload_body(interfaces), metric_pb2.MetricData(), ignore_unknown_fields=True
    )
    request = metric_pb2.UploadMetricRequest(project_id="default", service="cart", metric=metric)
    return grpc_frame(request.SerializeToString())


class ProcessMeter:
    """CPU seconds and RSS of a process, from /proc."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._ticks = 100  # os.sysconf("SC_CLK_TCK") on Linux

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / self._ticks

    def memory(self, key: str = "VmRSS") -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
        return 0


def stored_samples(data_dir: Path, domain: str) -> int:
    with sqlite3.connect(f"file:{data_dir / DB_FILE}?mode=ro", uri=True) as db:
        return db.execute(
            "SELECT COUNT(*) FROM interface_sample WHERE domain = ?", (domain,)
        ).fetchone()[0]


def measure(name: str, run, meters: dict[str, ProcessMeter]) -> dict:
    before = {k: m.cpu_seconds() for k, m in meters.items()}
    started = time.monotonic()
    result: LoadResult = run()
    wall = time.monotonic() - started
    row = {"case": name, **asdict(result)}
    for key, meter in meters.items():
        cpu = meter.cpu_seconds() - before[key]
        row[f"cpu_{key}_pct"] = round(100 * cpu / wall, 1)
        row[f"peak_rss_{key}_mb"] = round(meter.memory("VmHWM") / 2**20, 1)
        # CPU per answered request: what one upload costs the process, whatever the load.
        row[f"us_per_request_{key}"] = round(1e6 * cpu / max(1, result.requests), 1)
    return row
