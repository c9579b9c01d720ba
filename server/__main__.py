"""`python -m server`: run the gRPC server with settings from the environment and flags."""

import asyncio
import sys

import uvloop

from server.app import serve
from server.settings import settings_for_process


def main() -> None:
    settings = settings_for_process(sys.argv[1:])
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    asyncio.run(serve(settings))


if __name__ == "__main__":
    main()
