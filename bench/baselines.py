"""The bare baselines every figure of `make bench` is divided by, measured in the same run:

- `grpc`: a grpc.aio MetricService whose UploadMetric answers at once (no validation, no storage);
  also on a Unix domain socket when given its path, as `make run`'s server is;
- `rest`: FastAPI on uvicorn (uvloop, httptools) whose upload route only orjson-parses the body;
- `hop TARGET`: `rest`, whose route then makes one UploadMetric call to the `grpc` baseline at
  TARGET (the bench's upload, built once): the least any REST upload costs in this design (a gateway that
  translates REST into gRPC calls), so its ratio to `rest` is the ceiling of the REST ratios.

Run: `python -m bench.baselines grpc [SOCKET]|rest|hop TARGET`; prints `listening on PORT` once
ready.
"""

from __future__ import annotations

import contextlib
import socket
import sys

import grpc
import orjson
import uvicorn
import uvloop
from fastapi import FastAPI, Request
from starlette.responses import PlainTextResponse

from csemonitor.v2 import metric_pb2, metric_pb2_grpc


class BareServicer(metric_pb2_grpc.MetricServiceServicer):
    async def UploadMetric(self, request, context):
        return metric_pb2.UploadMetricResponse(message="upload ok")


async def serve_grpc(socket_path: str | None) -> None:
    server = grpc.aio.server(options=[("grpc.max_receive_message_length", 8 * 1024 * 1024)])
    metric_pb2_grpc.add_MetricServiceServicer_to_server(BareServicer(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    if socket_path:
        server.add_insecure_port(f"unix:{socket_path}")
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


def two_hop_fastapi(target: str) -> FastAPI:
    """bare_fastapi plus one gRPC call per upload over one shared channel, carrying the bench's
    10-interface upload (built once: no translation is counted)."""
    from bench.fixtures import grpc_body  # the same upload the bench sends

    request_message = metric_pb2.UploadMetricRequest.FromString(grpc_body(10)[5:])
    stubs: list[metric_pb2_grpc.MetricServiceStub] = []

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        async with grpc.aio.insecure_channel(target) as channel:
            stubs.append(metric_pb2_grpc.MetricServiceStub(channel))
            yield

    app = FastAPI(lifespan=lifespan)

    @app.post("/v2/{project_id}/csemonitor/metric")
    async def upload(project_id: str, request: Request) -> PlainTextResponse:
        orjson.loads(await request.body())
        answer = await stubs[0].UploadMetric(request_message, timeout=10)
        return PlainTextResponse(answer.message)

    return app


def serve_rest(app: FastAPI) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(2048)  # connections made once "listening" is printed wait for uvicorn
    print(f"listening on {sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(
        app, loop="uvloop", http="httptools", log_level="warning", access_log=False
    )
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    if sys.argv[1] == "grpc":
        uvloop.run(serve_grpc(sys.argv[2] if len(sys.argv) > 2 else None))
    elif sys.argv[1] == "hop":
        serve_rest(two_hop_fastapi(sys.argv[2]))
    else:
        serve_rest(bare_fastapi())
