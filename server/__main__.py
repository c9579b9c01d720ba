"""`python -m csemonitor.server`: the gRPC server, its settings from file, environment, flags."""

import asyncio
import sys

import uvloop

from csemonitor.core.config import settings_for_process
from csemonitor.core.settings import ServerSettings
from csemonitor.server.app import serve
from csemonitor.server.store import StoreUnusable


def main() -> None:
    settings = settings_for_process(ServerSettings, sys.argv[1:])
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    try:
        asyncio.run(serve(settings))
    except (ValueError, StoreUnusable) as exc:  # say what and where, no traceback
        sys.exit(f"csemonitor: {exc}")


if __name__ == "__main__":
    main()
