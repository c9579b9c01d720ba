"""Established load generators driven from a separate process: wrk for REST (HTTP/1.1), h2load
for gRPC (HTTP/2 with a pre-framed request body) and for rate-limited soaks."""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = io.open("{body}", "rb"):read()
wrk.headers["Content-Type"] = "application/json"
{headers}
done = function(summary, latency, requests)
  io.write(string.format("P50_US %d\\nP99_US %d\\nERRORS %d\\n", latency:percentile(50),
    latency:percentile(99), summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
end
"""


@dataclass
class LoadResult:
    requests: int
    per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    p999_ms: float = 0.0


def wrk(
    url: str,
    body: bytes | None,
    headers: dict[str, str],
    connections: int,
    seconds: float,
    threads: int = 2,
) -> LoadResult:
    """POST `body` (or GET when None) to `url` with `connections` at once for `seconds`."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "load.lua"
        lines = "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in headers.items())
        if body is None:
            text = WRK_SCRIPT.replace('wrk.method = "POST"\n', "").replace(
                'wrk.body = io.open("{body}", "rb"):read()\n', ""
            )
        else:
            (Path(tmp) / "body").write_bytes(body)
            text = WRK_SCRIPT.replace("{body}", str(Path(tmp) / "body"))
        script.write_text(text.replace("{headers}", lines))
        out = subprocess.run(
            [
                "wrk",
                "-t",
                str(threads),
                "-c",
                str(connections),
                "-d",
                f"{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "-s",
                str(script),
                url,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    return LoadResult(
        requests=requests,
        per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        p50_ms=int(re.search(r"P50_US (\d+)", out).group(1)) / 1000,
        p99_ms=int(re.search(r"P99_US (\d+)", out).group(1)) / 1000,
        errors=int(re.search(r"ERRORS (\d+)", out).group(1)),
    )


def grpc_frame(message: bytes) -> bytes:
    """A gRPC length-prefixed message (uncompressed)."""
    return b"\x00" + struct.pack(">I", len(message)) + message


def _percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


def _h2load_command(
    url: str,
    data: Path,
    log: Path,
    headers: dict[str, str],
    clients: int,
    streams: int,
    seconds: float,
    rps: float | None,
    h1: bool,
) -> list[str]:
    command = ["h2load", "-c", str(clients), "-m", str(streams), "-t", "1"]
    command += ["-D", str(int(seconds)), "-d", str(data), f"--log-file={log}"]
    if rps:
        command += ["--rps", str(rps)]
    if h1:
        command.append("--h1")
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    return command + [url]


def _log_rows(log: Path, warm_up: float) -> list[list[str]]:
    """A per-request log's rows (tab-separated: start µs, status, µs), without those that
    started in the connection's first `warm_up` seconds."""
    rows = [line.split("\t") for line in log.read_text().splitlines() if line]
    if rows and warm_up:
        first = min(int(row[0]) for row in rows)
        rows = [row for row in rows if int(row[0]) >= first + warm_up * 1e6]
    return rows


def _result(
    logs: list[Path], outputs: list[str], seconds: float | None, warm_up: float = 0.0
) -> LoadResult:
    """Requests, rate and percentiles from h2load's per-request logs; the rate from its own
    report, or over `seconds` (less the warm-up) for several runs."""
    rows = [row for log in logs for row in _log_rows(log, warm_up)]
    durations = sorted(int(row[2]) / 1000 for row in rows)
    failed = sum(1 for row in rows if row[1] != "200")
    errored = sum(int(re.search(r"(\d+) errored", out).group(1)) for out in outputs)
    if seconds is None:
        pattern = r"finished in [\d.]+\w+, ([\d.]+) req/s"
        per_second = float(re.search(pattern, outputs[0]).group(1))
    else:
        per_second = len(rows) / (seconds - warm_up)
    return LoadResult(
        requests=len(rows),
        per_second=round(per_second, 2),
        p50_ms=_percentile(durations, 0.50),
        p99_ms=_percentile(durations, 0.99),
        errors=failed + errored,
        p999_ms=_percentile(durations, 0.999),
    )


def h2load(
    url: str,
    body: bytes,
    headers: dict[str, str],
    clients: int,
    streams: int,
    seconds: float,
    rps: float | None = None,
    h1: bool = False,
) -> LoadResult:
    """h2load: `clients` connections x `streams` concurrent requests each, for `seconds`
    (or at `rps` requests per second per client). Percentiles from its per-request log."""
    with tempfile.TemporaryDirectory() as tmp:
        data, log = Path(tmp) / "body", Path(tmp) / "requests.log"
        data.write_bytes(body)
        command = _h2load_command(url, data, log, headers, clients, streams, seconds, rps, h1)
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        return _result([log], [out], None)


def paced(
    url: str,
    body: bytes,
    headers: dict[str, str],
    rate: float,
    seconds: float,
    connections: int,
    streams: int,
    h1: bool = False,
    warm_up: float = 0.5,
) -> LoadResult:
    """An open loop at `rate` requests per second in all, spread evenly in time: one h2load
    process per connection, each at its share of the rate, started 1/rate s apart so their
    sends interleave. (One h2load with many clients fires every client's request on the same
    tick: at a tenth of capacity its bursts of 16 made a p50 of 13 ms where paced sends had
    2.5 ms.) A connection waits when `streams` requests are in flight. The first `warm_up`
    seconds of each connection are not counted: h2load sends its first requests together
    while the connection opens (at 650/s, 26 of a run's 35 requests over 20 ms started in
    its first 40 ms)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "body"
        data.write_bytes(body)
        logs = [Path(tmp) / f"requests-{n}.log" for n in range(connections)]
        processes = []
        started = time.monotonic()
        for n, log in enumerate(logs):
            time.sleep(max(0.0, started + n / rate - time.monotonic()))
            command = _h2load_command(
                url, data, log, headers, 1, streams, seconds, rate / connections, h1
            )
            processes.append(
                subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            )
        outputs = []
        for process, log in zip(processes, logs, strict=True):
            out, err = process.communicate()
            if process.returncode:
                raise subprocess.CalledProcessError(process.returncode, process.args, out, err)
            if not log.read_text().strip():  # h2load counts a refused connection as nothing
                raise RuntimeError(f"h2load sent no request on one connection: {err.strip()}")
            outputs.append(out)
        return _result(logs, outputs, seconds, warm_up)
