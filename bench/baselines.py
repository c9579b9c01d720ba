"""The two bare baselines every figure of `make bench` is divided by, measured in the same run:

- `grpc`: a grpc.aio MetricService whose UploadMetric answers at once (no validation, no storage);
- `rest`: FastAPI on uvicorn (uvloop, httptools) whose upload route only orjson-parses the body.

Run: `python -m bench.baselines grpc|rest`; prints `listening on PORT` once ready.
"""

from __future__ import annotations

import socket
import sys

import grpc
import orjson
import uvicorn
import uvloop
from csemonitor.v2 import metric_pb2, metric_pb2_grpc
from fastapi import FastAPI, Request
from starlette.responses import PlainTextResponse


class BareServicer(metric_pb2_grpc.MetricServiceServicer):
    async def UploadMetric(self, request, context):
        return metric_pb2.UploadMetricResponse(message="upload ok")


async def serve_grpc() -> None:
    server = grpc.aio.server(options=[("grpc.max_receive_message_length", 8 * 1024 * 1024)])
    metric_pb2_grpc.add_MetricServiceServicer_to_server(BareServicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    print(f"listening on {port}", flush=True)
    await server.wait_for_termination()


def bare_fastapi() -> FastAPI:
    app = FastAPI()

    @app.post("/v2/{project_id}/csemonitor/metric")
    async def upload(project_id: str, request: Request) -> PlainTextResponse:
        orjson.loads(await request.body())
        return PlainTextResponse("upload ok")

    return app


def serve_rest() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    print(f"listening on {sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(
        bare_fastapi(), loop="uvloop", http="httptools", log_level="warning", access_log=False
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    if sys.argv[1] == "grpc":
        uvloop.run(serve_grpc())
    else:
        serve_rest()
