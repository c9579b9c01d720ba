"""`make run`: start the gRPC server and the REST gateway, print where they listen, and stop both
on Ctrl-C or SIGTERM. Settings come from CSEMONITOR_* variables and are passed to both."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from server.settings import load_settings

GRPC_READY = "csemonitor gRPC server listening on "


def _start(module: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", module, *sys.argv[1:]], env=env, stdout=subprocess.PIPE, text=True
    )


def _first_line(process: subprocess.Popen, started: list[subprocess.Popen]) -> str:
    line = process.stdout.readline()
    if not line:
        for other in started:
            if other.poll() is None:
                other.send_signal(signal.SIGTERM)
                other.wait()
        sys.exit(f"csemonitor: {process.args[2]} exited with code {process.wait()}")
    print(line, end="", flush=True)
    return line


def main() -> int:
    try:
        settings = load_settings(sys.argv[1:])
    except ValueError as exc:
        sys.exit(f"csemonitor: {exc}")
    env = dict(os.environ)
    started: list[subprocess.Popen] = []

    def stop(_signum=None, _frame=None) -> None:
        for process in started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)

    # Before anything starts, so a stop during start-up still stops what did start.
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    server = _start("server", env)
    started.append(server)
    ready = _first_line(server, [])
    host_port = ready.removeprefix(GRPC_READY).strip()
    if settings.metrics_port >= 0:
        _first_line(server, [])  # where the server's own metrics are
    if not settings.grpc_target:
        env["CSEMONITOR_GRPC_TARGET"] = host_port
    gateway = _start("gateway", env)
    started.append(gateway)
    _first_line(gateway, [server])
    if settings.store == "remote":
        where = f"the time-series database (writes to {settings.remote_write_url})"
    else:
        where = os.path.abspath(settings.data_dir)
    print(f"data in {where}; Ctrl-C stops both", flush=True)

    while server.poll() is None and gateway.poll() is None:
        time.sleep(0.2)
    stop()  # one of them ended: end the other too
    return max(abs(server.wait()), abs(gateway.wait()))


if __name__ == "__main__":
    sys.exit(main())
