"""`python -m csemonitor.gateway`: the REST gateway, its settings from file, environment, flags."""

import contextlib
import signal
import socket
import sys

import uvicorn

from csemonitor.core.config import settings_for_process
from csemonitor.core.runtime import tune_gc
from csemonitor.core.settings import SHUTDOWN_GRACE_SECONDS, GatewaySettings
from csemonitor.gateway.app import create_app
from csemonitor.gateway.protocol import protocol_with_timeouts


class GatewayServer(uvicorn.Server):
    """uvicorn re-raises SIGTERM after its graceful stop, so the process would die of the
    signal; a graceful stop is a clean exit: status 0. Open streams end first: they never
    finish by themselves, and a graceful stop waits for every response to finish."""

    stopped_early = False  # a SIGTERM or SIGINT before uvicorn took the signals over

    @contextlib.contextmanager
    def capture_signals(self):
        with super().capture_signals():
            self.should_exit = self.should_exit or GatewayServer.stopped_early
            yield
            self._captured_signals.clear()

    async def shutdown(self, sockets=None) -> None:
        self.config.app.state.closing.set()  # type: ignore[union-attr]  # our FastAPI app
        await super().shutdown(sockets)


def main() -> None:
    settings = settings_for_process(GatewaySettings, sys.argv[1:])
    # Bind first, so port 0 works and the printed address is the real one.
    sock = socket.socket(socket.AF_INET6 if ":" in settings.http_host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((settings.http_host, settings.http_port))
    except OSError as exc:
        sys.exit(
            f"csemonitor: cannot listen on {settings.http_host}:{settings.http_port}: "
            f"{exc.strerror}"
        )
    sock.listen(2048)  # so "listening" is true when printed: early clients queue, not fail
    port = sock.getsockname()[1]
    try:
        app = create_app(settings)
    except ValueError as exc:
        sys.exit(f"csemonitor: {exc}")
    config = uvicorn.Config(
        app,
        loop="uvloop",
        http=protocol_with_timeouts(settings.header_timeout, settings.write_timeout),
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=int(SHUTDOWN_GRACE_SECONDS),
        timeout_keep_alive=max(1, round(settings.keep_alive_timeout)),
        ssl_certfile=settings.tls_cert or None,
        ssl_keyfile=settings.tls_key or None,
        server_header=False,
        # Nothing reads the client's address: no X-Forwarded-For parsing on every request.
        proxy_headers=False,
    )
    # From "listening" on, a stop is a graceful one, even before uvicorn has started.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: setattr(GatewayServer, "stopped_early", True))
    scheme = "https" if settings.tls_cert else "http"
    print(
        f"csemonitor REST gateway listening on {scheme}://{settings.http_host}:{port}", flush=True
    )
    tune_gc(app.state.telemetry.observe_gc_pause)
    GatewayServer(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
