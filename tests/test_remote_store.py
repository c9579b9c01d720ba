"""What only the remote store does: the headers it sends (auth, Mimir-style tenant, the
remote-write protocol's own), 503 when the TSDB refuses or fails a query, 413 for extension data
no label can hold, and the settings that select it."""

from __future__ import annotations

import asyncio
import json
import math
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import cramjam
import pytest
from stores import plain

from csemonitor.core.config import load_settings
from csemonitor.core.errors import TOO_LARGE, UNAVAILABLE, ApiError
from csemonitor.core.settings import ServerSettings
from csemonitor.core.tenant import Tenant
from csemonitor.prometheus import remote_pb2
from csemonitor.server.store import RemoteStore, configured_store
from csemonitor.v2 import metric_pb2

TENANT = Tenant("d", "p")
EMPTY_RESULT = {"status": "success", "data": {"resultType": "vector", "result": []}}


class Recorder(BaseHTTPRequestHandler):
    """Answers remote writes with 204 and queries with an empty result (or `fail` status)."""

    requests: list[tuple[str, dict, bytes]] = []
    fail: int | None = None
    refuse_marker: bytes | None = None  # writes holding it are refused 400, as a bad body

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        self.requests.append((self.path, dict(self.headers), body))
        marker = self.refuse_marker
        if marker and marker in bytes(cramjam.snappy.decompress_raw(body)):
            self._answer(400, {"status": "error", "error": "bad sample"})
        elif self.fail is not None:
            self._answer(self.fail, {"status": "error", "error": "bad query"})
        elif self.path.endswith("/write"):
            self._answer(204, None)
        else:
            self._answer(200, EMPTY_RESULT)

    def _answer(self, status: int, body: dict | None) -> None:
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def recorder():
    Recorder.requests, Recorder.fail, Recorder.refuse_marker = [], None, None
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _store(url: str) -> RemoteStore:
    settings = load_settings(
        ServerSettings,
        [],
        {
            "CSEMONITOR_STORE": "remote",
            "CSEMONITOR_REMOTE_WRITE_URL": url + "/insert/0/prometheus/api/v1/write",
            "CSEMONITOR_QUERY_URL": url + "/select/0/prometheus/",
            "CSEMONITOR_REMOTE_AUTHORIZATION": "Bearer s3cret",
            "CSEMONITOR_REMOTE_TENANT": "team-a",
            "CSEMONITOR_REMOTE_TIMEOUT": "1s",
        },
    )
    store = configured_store(settings, lambda seconds, uploads: None)
    assert isinstance(store, RemoteStore)
    return store


def _upload_writes() -> list[tuple]:
    """The recorded writes of uploads: not the store's queries, nor its live sums (fleet.py),
    which it writes every second on its own."""

    def live_only(body: bytes) -> bool:
        request = remote_pb2.WriteRequest.FromString(bytes(cramjam.snappy.decompress_raw(body)))
        names = {label.value for ts in request.timeseries for label in ts.labels[:1]}
        return all(name.startswith("csemonitor_live_") for name in names)

    return [r for r in Recorder.requests if r[0].endswith("/write") and not live_only(r[2])]


def _run(store: RemoteStore, work):
    async def run():
        await store.open()
        try:
            return await work(store)
        finally:
            await store.close()

    return asyncio.run(run())


def _upload() -> metric_pb2.MetricData:
    return metric_pb2.MetricData(
        instance="h", interfaces=[metric_pb2.InterfaceMetric(name="op", qps=1.5, total=3)]
    )


def test_writes_and_queries_carry_auth_tenant_and_protocol_headers(recorder):
    async def work(store):
        await store.write(TENANT, plain("svc", _upload(), 1_000))
        return await store.aggregate_interfaces(TENANT, ["svc"], 0)

    assert _run(_store(recorder), work) == []
    # At open the store reads back its own sums (a query), then writes the upload and reads.
    writes = [r for r in Recorder.requests if r[0] == "/insert/0/prometheus/api/v1/write"]
    queries = [r for r in Recorder.requests if r[0] == "/select/0/prometheus/api/v1/query"]
    assert len(writes) + len(queries) == len(Recorder.requests)
    (_, write_headers, body), (_, query_headers, form) = writes[0], queries[-1]
    for headers in (write_headers, query_headers):
        assert headers["Authorization"] == "Bearer s3cret"
        assert headers["X-Scope-OrgID"] == "team-a"
    assert write_headers["Content-Encoding"] == "snappy"
    assert write_headers["Content-Type"] == "application/x-protobuf"
    assert write_headers["X-Prometheus-Remote-Write-Version"] == "0.1.0"
    request = remote_pb2.WriteRequest.FromString(bytes(cramjam.snappy.decompress_raw(body)))
    names = {
        label.value for ts in request.timeseries for label in ts.labels if label.name == "__name__"
    }
    assert {"csemonitor_interface_qps", "csemonitor_instance_last_report_ms"} <= names
    assert b"query=" in form and b"latency_offset=0s" in form  # fresh points, see docs/scaling.md


@pytest.mark.parametrize("status", [400, 422, 500, 503])
def test_a_refused_query_is_a_503(recorder, status):
    Recorder.fail = status

    async def work(store):
        return await store.instances(TENANT, "svc")

    with pytest.raises(ApiError) as raised:
        _run(_store(recorder), work)
    assert raised.value.kind is UNAVAILABLE


def test_a_write_the_tsdb_refuses_as_bad_is_a_503_without_retries(recorder):
    Recorder.fail = 400

    async def work(store):
        await store.write(TENANT, plain("svc", _upload(), 1_000))

    with pytest.raises(ApiError) as raised:
        _run(_store(recorder), work)
    assert raised.value.kind is UNAVAILABLE and len(_upload_writes()) == 1


@pytest.mark.parametrize("field", ["customs", "providers_cache", "memory"])
def test_extension_data_no_label_can_hold_is_refused_as_too_large(recorder, field):
    metric = _upload()
    metric.customs.string_value = "small"
    getattr(metric, field).string_value = "x" * 20_000

    async def work(store):
        await store.write(TENANT, plain("svc", metric, 1_000))

    with pytest.raises(ApiError) as raised:
        _run(_store(recorder), work)
    assert raised.value.kind is TOO_LARGE and _upload_writes() == []
    # The offending field, as the client spelled it.
    assert raised.value.field == metric_pb2.MetricData.DESCRIPTOR.fields_by_name[field].json_name


def test_non_finite_numbers_in_free_form_data_are_kept_as_their_json_spelling(recorder):
    metric = _upload()
    metric.customs.struct_value.update({"a": math.nan, "b": [math.inf, -math.inf, 1.5]})
    metric.cpu.number_value = math.nan

    async def work(store):
        await store.write(TENANT, plain("svc", metric, 1_000))

    _run(_store(recorder), work)
    [(_, _, body)] = _upload_writes()
    request = remote_pb2.WriteRequest.FromString(bytes(cramjam.snappy.decompress_raw(body)))
    [extension] = [
        label.value for ts in request.timeseries for label in ts.labels if label.name == "extension"
    ]
    assert json.loads(extension) == {
        "cpu": "NaN",
        "customs": {"a": "NaN", "b": ["Infinity", "-Infinity", 1.5]},
    }


def test_remote_store_needs_both_urls():
    with pytest.raises(ValueError, match="remote_write_url and query_url"):
        load_settings(
            ServerSettings, [], {"CSEMONITOR_STORE": "remote", "CSEMONITOR_QUERY_URL": "http://x"}
        )
    with pytest.raises(ValueError, match="store must be one of"):
        load_settings(ServerSettings, ["--store", "cassandra"], {})


def test_a_batch_the_tsdb_refuses_for_one_upload_stores_all_the_others(recorder):
    """One poisoned upload committed beside many good ones from another tenant: the batch is
    refused, then sent upload by upload; only the poisoned one fails (503)."""
    Recorder.refuse_marker = b"poisoned-tenant"

    async def work(store):
        good = [
            store.write(Tenant("good", "p"), plain("svc", _upload(), 1_000 + i)) for i in range(20)
        ]
        bad = store.write(Tenant("poisoned-tenant", "p"), plain("svc", _upload(), 1_000))
        return await asyncio.gather(bad, *good, return_exceptions=True)

    bad, *good = _run(_store(recorder), work)
    assert isinstance(bad, ApiError) and bad.kind is UNAVAILABLE
    assert good == [None] * 20
    bodies = [bytes(cramjam.snappy.decompress_raw(b)) for _, _, b in _upload_writes()]
    assert len(bodies) == 22  # the refused batch of 21, then each alone
    assert sum(b"poisoned-tenant" not in body for body in bodies) == 20
