"""The fleet as a Prometheus scrape target: text format and OpenMetrics, the remote store's names,
tenant-scoped, the same figures as every read; ExportMetrics gives gRPC the same."""

from __future__ import annotations

import pytest
from fleet import GO, JAVA
from prometheus_client.openmetrics.parser import text_string_to_metric_families as openmetrics
from prometheus_client.parser import text_string_to_metric_families
from protocols import rest_upload

from csemonitor.v2 import metric_pb2

PATH = "/v3/{project}/csemonitor/metric/prometheus"


def _samples(text: str, parse=text_string_to_metric_families) -> dict[tuple, float]:
    out = {}
    for family in parse(text):
        for sample in family.samples:
            out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return out


def _value(samples, name, **labels):
    found = [
        v for (n, ls), v in samples.items() if n == name and labels.items() <= dict(ls).items()
    ]
    assert len(found) == 1, (name, labels, found)
    return found[0]


@pytest.fixture
def fleet(service, http, tenant):
    assert rest_upload(http, JAVA, tenant).status_code == 200
    assert rest_upload(http, GO, tenant).status_code == 200
    return tenant


def test_the_scrape_has_every_live_instances_latest_figures_and_the_service_sums(http, fleet):
    params = {"domain": fleet["x-domain-name"], "project": fleet["x-project-id"]}
    response = http.get(PATH.format(project="p"), params=params)  # a scrape job sets no headers
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = _samples(response.text)
    scope = {"tenant": fleet["x-domain-name"], "project": fleet["x-project-id"], "service": "cart"}
    add = {**scope, "interface": "Provider.cart.add"}
    assert _value(samples, "csemonitor_interface_qps", instance="java-1", **add) == 12.5
    assert _value(samples, "csemonitor_interface_requests", instance="go-1", **add) == 75
    assert _value(samples, "csemonitor_interface_latency_sum_ms", instance="go-1", **add) == 16 * 75
    assert (
        _value(
            samples,
            "csemonitor_interface_latency_percentile_ms",
            instance="java-1",
            quantile="0.99",
            **add,
        )
        == 40
    )
    assert (
        _value(
            samples,
            "csemonitor_interface_circuit_breaker_open",
            instance="java-1",
            **{**add, "interface": "Provider.cart.pay"},
        )
        == 1
    )
    assert _value(samples, "csemonitor_instance_cpu", instance="java-1", **scope) == 0.35
    assert (
        _value(samples, "csemonitor_instance_memory", instance="java-1", part="heapUsed", **scope)
        == 201326592
    )
    assert _value(samples, "csemonitor_instance_last_report_ms", instance="go-1", **scope) > 1.7e12
    # The service's sums, by QueryMetrics' rules: 20 qps, 5 errors in 200 calls.
    assert _value(samples, "csemonitor_service_interface_qps", **add) == 20
    assert _value(samples, "csemonitor_service_interface_failure_percent", **add) == 2.5
    assert _value(samples, "csemonitor_service_interface_instances", **add) == 2


def test_openmetrics_when_asked_for(http, fleet):
    response = http.get(
        PATH.format(project="p"),
        params={"domain": fleet["x-domain-name"], "project": fleet["x-project-id"]},
        headers={"accept": "application/openmetrics-text; version=1.0.0"},
    )
    assert response.headers["content-type"].startswith("application/openmetrics-text")
    assert response.text.rstrip().endswith("# EOF")
    samples = _samples(response.text, openmetrics)
    assert _value(samples, "csemonitor_interface_qps", instance="go-1") == 7.5


def test_the_scrape_is_tenant_scoped(http, fleet):
    other = http.get(PATH.format(project="p"), params={"domain": "someone-else", "project": "p"})
    assert other.status_code == 200 and "cart" not in other.text


def test_grpc_export_gives_the_same_figures(service, fleet):
    request = metric_pb2.ExportMetricsRequest(project_id="p")
    reply = service.stub().ExportMetrics(request, metadata=tuple(fleet.items()), timeout=10)
    assert (reply.domain, reply.project) == (fleet["x-domain-name"], fleet["x-project-id"])
    by_key = {(r.instance, r.function_name): r for r in reply.interfaces}
    assert by_key[("java-1", "Provider.cart.add")].qps == 12.5
    assert {i.instance for i in reply.instances} == {"java-1", "go-1"}
    [add] = [s for s in reply.services if s.function_name == "Provider.cart.add"]
    assert add.qps == 20 and add.failure_rate == 2.5
