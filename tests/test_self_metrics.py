"""The service's own Prometheus metrics: uploads by protocol and outcome, commits, requests."""

from __future__ import annotations

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from protocols import grpc_upload, rest_upload

from harness.service import Service

BODY = {"name": "cart", "instance": "h", "interfaces": [{"name": "op"}]}


def _samples(url: str) -> dict[tuple, float]:
    text = httpx.get(url, timeout=5).text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


@pytest.fixture(scope="module")
def metered(tmp_path_factory):
    running = Service(tmp_path_factory.mktemp("metrics")).start()
    yield running
    running.stop()


def test_uploads_are_counted_by_protocol_and_outcome(metered):
    tenant = {"x-domain-name": "d", "x-project-id": "p"}
    with metered.http() as client:
        for _ in range(3):
            assert rest_upload(client, BODY, tenant).status_code == 200
        assert rest_upload(client, {"instance": "h"}, tenant).status_code == 400  # by the server
        assert rest_upload(client, b"not json", tenant).status_code == 400  # by the gateway
        assert rest_upload(client, BODY, tenant, content_type="text/xml").status_code == 415
    assert grpc_upload(metered.stub(), BODY, tenant).accepted
    assert not grpc_upload(metered.stub(), {"instance": "h"}, tenant).accepted  # no service
    server = _samples(metered.metrics_url)
    gateway = _samples(metered.http_url + "/metrics")

    def uploads(samples, name, outcome):
        return samples.get((name, (("outcome", outcome),)), 0)

    # Each upload counted once: by the server when it got there (REST or gRPC), else by the
    # gateway that refused it first.
    assert uploads(server, "csemonitor_uploads_total", "accepted") == 4  # 3 REST + 1 gRPC
    assert uploads(server, "csemonitor_uploads_total", "upload_metric_invalid") == 2
    refused = "csemonitor_gateway_refused_uploads_total"
    assert uploads(gateway, refused, "upload_metric_invalid") == 1
    assert uploads(gateway, refused, "unsupported_media_type") == 1
    assert ("csemonitor_uploads_total", (("outcome", "accepted"),)) not in gateway
    assert ("csemonitor_store_commit_seconds_count", ()) not in gateway  # not the gateway's
    assert (
        server[("csemonitor_store_batch_uploads_sum", ())] == 4
    )  # every accepted upload committed
    assert server[("csemonitor_store_commit_seconds_count", ())] >= 1
    assert ("csemonitor_requests_in_flight", ()) in server
    assert (
        gateway[
            ("csemonitor_http_requests_total", (("route", "UploadMetric_post"), ("status", "200")))
        ]
        == 3
    )
    assert (
        gateway[
            ("csemonitor_http_requests_total", (("route", "UploadMetric_post"), ("status", "415")))
        ]
        == 1
    )
    with metered.http() as client:
        client.get("/no/such/path")
    gateway = _samples(metered.http_url + "/metrics")
    assert (
        gateway[("csemonitor_http_requests_total", (("route", "unmatched"), ("status", "404")))]
        == 1
    )


def test_both_processes_time_their_garbage_collections(metered):
    """The collector's pauses are what every request of a process waits behind: each process
    exposes their histogram by generation (how the open loop's tail was found)."""
    for samples in (_samples(metered.metrics_url), _samples(metered.http_url + "/metrics")):
        for generation in "012":
            assert ("csemonitor_gc_pause_seconds_count", (("generation", generation),)) in samples
