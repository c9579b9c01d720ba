"""`python -m server`: run the gRPC server with settings from the environment and flags."""

import asyncio
import logging
import sys

from server.app import serve
from server.settings import load_settings


def main() -> None:
    try:
        settings = load_settings(sys.argv[1:])
    except ValueError as exc:
        sys.exit(f"csemonitor: {exc}")
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(settings))


if __name__ == "__main__":
    main()
