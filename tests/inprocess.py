"""In-process doubles for logic no process boundary is part of: a gRPC servicer context, and a
gateway stub that records what the gateway would send."""

from __future__ import annotations

import grpc
from grpc_status import rpc_status


class Aborted(Exception):
    """What context.abort_with_status raises here: the rich status the client would get."""

    def __init__(self, status: grpc.Status) -> None:
        super().__init__(status.code)
        self.code = status.code
        self.status = rpc_status.from_call(_Call(status))


class _Call:
    def __init__(self, status: grpc.Status) -> None:
        self._status = status

    def code(self):
        return self._status.code

    def details(self):
        return self._status.details

    def trailing_metadata(self):
        return self._status.trailing_metadata


class Context:
    """A grpc.aio.ServicerContext as the servicer uses it: metadata in, a status out."""

    def __init__(self, metadata: dict[str, str] | None = None) -> None:
        self._metadata = tuple((metadata or {}).items())

    def invocation_metadata(self):
        return self._metadata

    async def abort_with_status(self, status: grpc.Status) -> None:
        raise Aborted(status)


class RecordingStub:
    """The gateway's MetricServiceStub, answering each call with `reply` (or raising `error`)
    and keeping what it was called with."""

    def __init__(self, reply=None, error: Exception | None = None) -> None:
        self.calls: list[tuple[str, object, dict]] = []
        self._reply, self._error = reply, error

    def __getattr__(self, method: str):
        async def call(request, metadata=(), timeout=None):
            self.calls.append((method, request, dict(metadata)))
            if self._error is not None:
                raise self._error
            return self._reply

        return call
