"""`python -m gateway`: run the REST gateway with settings from the environment and flags."""

import socket
import sys

import uvicorn

from gateway.app import create_app
from server.app import SHUTDOWN_GRACE_SECONDS
from server.settings import settings_for_process


def main() -> None:
    settings = settings_for_process(sys.argv[1:])
    # Bind first, so port 0 works and the printed address is the real one.
    sock = socket.socket(socket.AF_INET6 if ":" in settings.http_host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((settings.http_host, settings.http_port))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(settings),
        loop="uvloop",
        http="httptools",
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=int(SHUTDOWN_GRACE_SECONDS),
        timeout_keep_alive=30,
    )
    print(f"csemonitor REST gateway listening on http://{settings.http_host}:{port}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
