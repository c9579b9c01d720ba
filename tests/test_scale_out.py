"""Many replicas on one TSDB: two gRPC servers and two gateways share a real VictoriaMetrics.
Uploads spread over all four entry points are all read back through every replica; an outage of
the TSDB under load gives 503/UNAVAILABLE, never a 500, and loses nothing acknowledged."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import grpc
import pytest
from conftest import Service
from protocols import (
    Outcome,
    grpc_instances,
    grpc_query,
    grpc_upload,
    rest_instances,
    rest_outcome,
    rest_query,
    rest_upload,
)

from csemonitor.server.store.remote.promql import string_literal
from csemonitor.v2 import metric_pb2
from harness.victoriametrics import VictoriaMetrics
from harness.waiting import wait_until

OUTPUT = Path(__file__).resolve().parent / "output"
SERVICES = ("cart", "orders", "pay")


def remote_service(workdir: Path, victoria: VictoriaMetrics, **settings) -> Service:
    return Service(
        workdir,
        store="remote",
        remote_write_url=victoria.write_url,
        query_url=victoria.url,
        **settings,
    ).start()


def _upload_body(index: int) -> dict:
    return {
        "name": SERVICES[index % len(SERVICES)],
        "instance": f"host-{index}",
        "interfaces": [
            {"name": "op", "qps": 1, "total": 10, "failure": index % 2},
            {"name": f"own-{index}", "qps": 0.5, "total": 5},
        ],
    }


def _wait_for_instances(victoria: VictoriaMetrics, tenant: dict, count: int) -> None:
    domain = string_literal(tenant["x-domain-name"])
    victoria.settle(
        lambda poll: (
            "count(last_over_time(csemonitor_instance_last_report_ms"
            f"{{tenant={domain},{poll}}}[1h])) >= {count}"
        )
    )


def _wait_for_live_sums(victoria: VictoriaMetrics, tenant: dict, count: int) -> None:
    """Until the replicas' live sums of interface "op" (each replica's own instances, written
    within a second of its uploads) add up to every instance."""
    domain = string_literal(tenant["x-domain-name"])
    victoria.settle(
        lambda poll: (
            "sum(last_over_time(csemonitor_live_interface_instances"
            f'{{tenant={domain},interface="op",{poll}}}[30s])) >= {count}'
        )
    )


@pytest.fixture(scope="module")
def replicas(victoria, tmp_path_factory):
    # The second replica reaches the TSDB through path prefixes, as VictoriaMetrics cluster's
    # /insert/0/prometheus and /select/0/prometheus layouts need (single-node serves /prometheus).
    running = [
        remote_service(tmp_path_factory.mktemp("replica1"), victoria),
        Service(
            tmp_path_factory.mktemp("replica2"),
            store="remote",
            remote_write_url=victoria.url + "/prometheus/api/v1/write",
            query_url=victoria.url + "/prometheus",
        ).start(),
    ]
    yield running
    for service in running:
        service.stop()


def test_uploads_through_any_replica_are_read_back_through_every_replica(
    replicas, victoria, tenant
):
    clients = [service.http() for service in replicas]
    stubs = [service.stub() for service in replicas]
    # Entry points: REST on gateway 1, REST on gateway 2, gRPC on server 1, gRPC on server 2.
    entries = [
        lambda body: rest_upload(clients[0], body, tenant).status_code == 200,
        lambda body: rest_upload(clients[1], body, tenant).status_code == 200,
        lambda body: grpc_upload(stubs[0], body, tenant).accepted,
        lambda body: grpc_upload(stubs[1], body, tenant).accepted,
    ]
    sent = 200
    with ThreadPoolExecutor(8) as pool:
        acknowledged = list(pool.map(lambda i: entries[i % 4](_upload_body(i)), range(sent)))
    assert all(acknowledged)
    _wait_for_instances(victoria, tenant, sent)
    _wait_for_live_sums(victoria, tenant, sent)

    per_service = {
        s: {f"host-{i}" for i in range(sent) if i % 3 == SERVICES.index(s)} for s in SERVICES
    }
    read_back = 0
    for client, stub in zip(clients, stubs, strict=True):
        for service, hosts in per_service.items():
            rest = {i["instance"] for i in rest_instances(client, tenant, service)}
            grpc_seen = {i.instance for i in grpc_instances(stub, tenant, service)}
            assert rest == grpc_seen == hosts
            [op] = [
                m for m in rest_query(client, tenant, service=service) if m["functionName"] == "op"
            ]
            [grpc_op] = [m for m in grpc_query(stub, tenant, service) if m.function_name == "op"]
            assert op["instanceCount"] == grpc_op.instance_count == len(hosts)
            assert op["qps"] == grpc_op.qps == len(hosts)
            assert op["total"] == grpc_op.total == 10 * len(hosts)
            read_back += len(rest)
    for client in clients:
        client.close()
    figures = {
        "sent": sent,
        "acknowledged": sum(acknowledged),
        "read_back_per_replica": read_back // 2,
    }
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "scale_out.json").write_text(json.dumps(figures))
    assert figures["read_back_per_replica"] == sent


def test_extension_data_too_large_for_a_label_is_413_on_both_protocols(replicas, tenant):
    body = {"name": "cart", "instance": "h", "customs": {"blob": "x" * 20_000}}
    with replicas[0].http() as client:
        rest = rest_outcome(rest_upload(client, body, tenant))
    grpc_side = grpc_upload(replicas[1].stub(), body, tenant)
    assert rest == grpc_side == Outcome(False, "SVCSTG.CSE.4131000", "customs")
    assert grpc_side.grpc_code == "RESOURCE_EXHAUSTED"


def test_a_tsdb_outage_under_load_gives_503_never_500_and_loses_nothing_acknowledged(
    tmp_path, tenant
):
    (tmp_path / "vm").mkdir()
    victoria = VictoriaMetrics(tmp_path / "vm")
    service = remote_service(tmp_path, victoria, remote_timeout="2s")
    stop = threading.Event()
    outcomes: list[tuple[str, str, int | str, bool]] = []  # (protocol, host, status, retry-after)
    lock = threading.Lock()

    def rest_loop(worker: int) -> None:
        with service.http() as client:
            n = 0
            while not stop.is_set():
                host = f"rest-{worker}-{n}"
                n += 1
                body = {"name": "cart", "instance": host, "interfaces": [{"name": "op", "qps": 1}]}
                response = rest_upload(client, body, tenant)
                with lock:
                    outcomes.append(
                        ("rest", host, response.status_code, "retry-after" in response.headers)
                    )

    def grpc_loop(worker: int) -> None:
        stub = service.stub()
        n = 0
        while not stop.is_set():
            host = f"grpc-{worker}-{n}"
            n += 1
            request = metric_pb2.UploadMetricRequest(
                project_id="default",
                metric=metric_pb2.MetricData(
                    name="cart",
                    instance=host,
                    interfaces=[metric_pb2.InterfaceMetric(name="op", qps=1)],
                ),
            )
            try:
                stub.UploadMetric(request, metadata=tuple(tenant.items()), timeout=15)
                status = "OK"
            except grpc.RpcError as error:
                status = error.code().name
            with lock:
                outcomes.append(("grpc", host, status, True))

    threads = [threading.Thread(target=rest_loop, args=(w,)) for w in range(2)]
    threads += [threading.Thread(target=grpc_loop, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()

    def seen(statuses: tuple, since: int = 0) -> bool:
        with lock:
            return any(o[2] in statuses for o in outcomes[since:])

    try:
        # Each phase lasts until the loops have seen it: acknowledged, refused, acknowledged again.
        wait_until(lambda: seen((200, "OK")), 30, what="an acknowledged upload")
        victoria.stop()
        wait_until(lambda: seen((503, "UNAVAILABLE")), 30, what="a refusal during the outage")
        reads_during_outage = _read_outcomes(service, tenant)
        with lock:
            outage_seen = len(outcomes)
        victoria.restart()
        wait_until(lambda: seen((200, "OK"), outage_seen), 30, what="an upload acknowledged after")
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    try:
        assert reads_during_outage == (503, "SVCSTG.CSE.5031000", "UNAVAILABLE")
        statuses = {status for _, _, status, _ in outcomes}
        assert statuses <= {200, 503, "OK", "UNAVAILABLE"}, statuses
        refused = [o for o in outcomes if o[2] in (503, "UNAVAILABLE")]
        assert refused and all(retry for _, _, _, retry in refused)
        acknowledged = {host for _, host, status, _ in outcomes if status in (200, "OK")}
        # Acknowledged both before the outage and after the TSDB came back.
        first_refusal = next(i for i, o in enumerate(outcomes) if o in refused)
        assert any(o[2] in (200, "OK") for o in outcomes[first_refusal:])
        _wait_for_instances(victoria, tenant, len(acknowledged))
        with service.http() as client:
            stored = {i["host"] for i in rest_instances(client, tenant, "cart")}
        assert acknowledged <= stored
        figures = {
            "uploads": len(outcomes),
            "acknowledged": len(acknowledged),
            "refused_503": len(refused),
            "acknowledged_read_back": len(acknowledged & stored),
        }
        OUTPUT.mkdir(exist_ok=True)
        (OUTPUT / "outage.json").write_text(json.dumps(figures))
        assert "Traceback" not in service.log_text()
    finally:
        service.stop()
        victoria.stop()


def _read_outcomes(service: Service, tenant: dict) -> tuple[int, str, str]:
    """A read over REST and over gRPC while the TSDB is down: (status, error code, gRPC code)."""
    with service.http() as client:
        response = client.get(
            "/v3/default/csemonitor/metric/instances", headers=tenant, params={"service": "cart"}
        )
    try:
        grpc_instances(service.stub(), tenant, "cart")
        code = "OK"
    except grpc.RpcError as error:
        code = error.code().name
    return response.status_code, response.json().get("error_code", ""), code
