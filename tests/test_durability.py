"""200 means stored: an acknowledged upload survives SIGKILL of the server, in the default
(FULL: an fsync per commit, power loss loses nothing acknowledged either) and the NORMAL mode
(no fsync per commit: a process crash still loses nothing; docs/operations.md "Durability")."""

from __future__ import annotations

import pytest
from conftest import Service
from protocols import grpc_upload, rest_instances, rest_query, rest_upload


@pytest.mark.parametrize("synchronous", ["FULL", "NORMAL"])
def test_acknowledged_uploads_survive_sigkill(tmp_path, tenant, synchronous):
    service = Service(tmp_path, sqlite_synchronous=synchronous).start()
    try:
        with service.http() as client:
            for i in range(20):
                body = {
                    "name": "cart",
                    "instance": f"h{i}",
                    "interfaces": [{"name": "op", "total": i}],
                }
                assert rest_upload(client, body, tenant).status_code == 200
        assert grpc_upload(
            service.stub(), {"name": "cart", "instance": "grpc-host"}, tenant
        ).accepted
        port = service.grpc_target.rsplit(":", 1)[1]
        service.kill_server()
        service.restart_server(port)
        with service.http() as client:
            hosts = sorted(i["host"] for i in rest_instances(client, tenant, "cart"))
            assert hosts == sorted([f"h{i}" for i in range(20)] + ["grpc-host"])
            [record] = rest_query(client, tenant, service="cart", instance="h7")
            assert record["total"] == 7
    finally:
        service.stop()
