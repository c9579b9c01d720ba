"""Under load: SIGKILL loses nothing acknowledged; SIGTERM finishes what it started and exits 0."""

from __future__ import annotations

import signal
import threading
import time

import httpx
from protocols import grpc_upload, rest_instances, rest_upload

from harness.service import Service
from harness.waiting import wait_until

CLIENTS = 6
LOADED = 50  # uploads acknowledged before the fault: the load is well under way


def _load(service: Service, tenant: dict, stop: threading.Event):
    """Clients upload unique instances over REST and gRPC until stopped.

    Returns the instances acknowledged, the error answers, the instances whose call ended with
    no answer at all (a closed connection, a cancelled stream) and the client threads."""
    acknowledged: set[str] = set()
    errors: list = []
    broken: dict[str, str] = {}
    lock = threading.Lock()

    def client(index: int) -> None:
        with service.http() as http:
            for n in range(100_000):
                if stop.is_set():
                    return
                name = f"c{index}-{n}"
                body = {
                    "name": "cart",
                    "instance": name,
                    "interfaces": [{"name": "op", "total": n}],
                }
                try:
                    if index % 2:
                        response = rest_upload(http, body, tenant)
                        ok, answer = response.status_code == 200, response.status_code
                    else:
                        outcome = grpc_upload(service.stub(), body, tenant)
                        ok, answer = outcome.accepted, outcome.error_code or outcome.grpc_code
                except (httpx.ConnectError, httpx.ConnectTimeout):
                    time.sleep(0.05)  # nobody listening: not an answer, nothing acknowledged
                    continue
                except httpx.HTTPError as exc:
                    with lock:
                        broken[name] = repr(exc)
                    continue
                with lock:
                    if ok:
                        acknowledged.add(name)
                    elif answer == "CANCELLED":
                        broken[name] = answer
                    else:
                        errors.append(answer)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    return acknowledged, errors, broken, threads


def test_sigkill_under_load_loses_no_acknowledged_upload(tmp_path, tenant):
    service = Service(tmp_path).start()
    try:
        stop = threading.Event()
        acknowledged, errors, _broken, threads = _load(service, tenant, stop)
        wait_until(lambda: len(acknowledged) >= LOADED, 30, 0.05, "uploads under load")
        port = service.grpc_target.rsplit(":", 1)[1]
        refused_before = len(errors)
        service.kill_server()
        # The load goes on until the clients have met the dead server.
        wait_until(lambda: len(errors) > refused_before, 15, 0.05, "a refusal after the kill")
        stop.set()
        for thread in threads:
            thread.join(timeout=20)
        service.restart_server(port)
        with service.http() as client:
            stored = {i["instance"] for i in rest_instances(client, tenant, "cart")}
        print(
            f"SIGKILL under load: {len(acknowledged)} acknowledged, {len(stored)} stored, "
            f"{len(acknowledged - stored)} acknowledged but missing, {len(errors)} refused"
        )
        assert acknowledged, "no upload was acknowledged before the kill"
        assert acknowledged <= stored
        # REST: 503 from the gateway; gRPC straight to the dead server: the transport's UNAVAILABLE.
        assert set(errors) <= {503, "SVCSTG.CSE.5031000", "UNAVAILABLE"}, set(errors)
    finally:
        service.stop()


def test_sigterm_under_load_finishes_in_flight_requests_and_exits_0(tmp_path, tenant):
    service = Service(tmp_path).start()
    stop = threading.Event()
    acknowledged, errors, broken, threads = _load(service, tenant, stop)
    wait_until(lambda: len(acknowledged) >= LOADED, 30, 0.05, "uploads under load")
    for process in (service.gateway, service.server):
        process.send_signal(signal.SIGTERM)
    codes = (service.gateway.wait(timeout=30), service.server.wait(timeout=30))
    stop.set()
    for thread in threads:
        thread.join(timeout=20)
    assert codes == (0, 0)
    assert set(errors) <= {503, "SVCSTG.CSE.5031000", "UNAVAILABLE"}, set(errors)
    restarted = Service(tmp_path).start()
    try:
        with restarted.http() as client:
            stored = {i["instance"] for i in rest_instances(client, tenant, "cart")}
    finally:
        restarted.stop()
    # A call with no answer must be one the service never took up (a request still unread on a
    # closing connection, a stream opened after the stop); one it processed was cut mid-way.
    cut = {name: why for name, why in broken.items() if name in stored}
    print(
        f"SIGTERM under load: {len(acknowledged)} acknowledged, {len(errors)} refused "
        f"({sorted(set(map(str, errors)))}), {len(broken)} never taken up "
        f"({sorted(set(broken.values()))}), {len(cut)} cut mid-way; exit codes {codes}"
    )
    assert acknowledged and acknowledged <= stored
    assert cut == {}
