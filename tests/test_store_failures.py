"""Clear failures: a corrupt store file stops the server with one line naming the file and the
way out (or, opted in, is moved aside); health is NOT_SERVING while uploads cannot be stored."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import grpc
from conftest import Service
from grpc_health.v1 import health_pb2, health_pb2_grpc
from protocols import INSTANCES_PATH, QUERY_PATH, grpc_upload, rest_upload

from harness.service import REPO
from harness.waiting import wait_until

BODY = {"name": "cart", "instance": "h", "interfaces": [{"name": "op", "qps": 1, "total": 10}]}
TENANT = {"x-domain-name": "d", "x-project-id": "p"}
QUERY, INSTANCES = QUERY_PATH.format(project="p"), INSTANCES_PATH.format(project="p")


def _corrupt(data_dir) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "csemonitor.sqlite3").write_bytes(b"this is not a database\n" * 400)


def _refused_start(service: Service) -> str:
    """Start the server on its store: it must exit 1 with one line on stderr, which is returned."""
    result = subprocess.run(
        [sys.executable, "-m", "csemonitor.server"],
        cwd=REPO,
        env=service.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("csemonitor: the store file ") and "Traceback" not in line
    return line


def test_a_corrupt_store_file_stops_the_server_with_one_line(tmp_path):
    service = Service(tmp_path)
    _corrupt(service.data_dir)
    line = _refused_start(service)
    assert "csemonitor.sqlite3" in line
    assert "CSEMONITOR_SQLITE_ON_CORRUPT=move-aside" in line and "Traceback" not in line


def test_move_aside_keeps_the_corrupt_file_and_starts_empty(tmp_path):
    service = Service(tmp_path, sqlite_on_corrupt="move-aside")
    _corrupt(service.data_dir)
    service.start()
    try:
        with service.http() as http:
            assert rest_upload(http, BODY, TENANT).status_code == 200
        [aside] = service.data_dir.glob("csemonitor.sqlite3.corrupt-*")
        assert aside.read_bytes().startswith(b"this is not a database")
    finally:
        service.stop()


def _status(service: Service) -> int:
    with grpc.insecure_channel(service.grpc_target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        return stub.Check(health_pb2.HealthCheckRequest(), timeout=5).status


def test_health_is_not_serving_while_the_store_is_full_and_serving_once_it_has_room(tmp_path):
    """The store's size cap stands in for a full disk (SQLite answers both the same way)."""
    # Retention frees the room again after 6 s: long enough to watch the refusals and health.
    service = Service(
        tmp_path,
        sqlite_max_size="3MiB",
        raw_retention="6s",
        retention="6s",
        log_repeat_interval="1s",
    )
    service.start()
    try:
        big = {
            **BODY,
            "interfaces": [{"name": f"op-{i}-" + "x" * 200, "total": 1} for i in range(100)],
        }
        refused = None
        with service.http() as http:
            for _ in range(200):
                response = rest_upload(http, big, TENANT)
                if response.status_code != 200:
                    refused = response
                    break
        assert refused is not None, "the cap was never reached"
        assert refused.status_code == 503 and "retry-after" in refused.headers
        assert not grpc_upload(service.stub(), big, TENANT).accepted  # both protocols refuse
        wait_until(lambda: _status(service) == health_pb2.HealthCheckResponse.NOT_SERVING)
        with service.http() as http:
            assert http.get("/healthz").status_code == 503
        # A full store under load: each kind of failure in full once, then counted.
        # (Retention may free room a few seconds in: count the refusals, do not require all.)
        with service.http() as http:
            refused_rest = sum(rest_upload(http, big, TENANT).status_code == 503 for _ in range(60))
        refused_grpc = sum(not grpc_upload(service.stub(), big, TENANT).accepted for _ in range(60))
        assert refused_rest + refused_grpc >= 20
        log = (tmp_path / "server.log").read_text()
        records = [line for line in log.splitlines() if line[:2] == "20" and line[4] == "-"]
        assert log.count("Traceback") <= 2 and len(records) <= 12, "\n".join(records)
        # Retention frees the pages (6 s here); a probe write finds room; SERVING again.
        wait_until(lambda: _status(service) == health_pb2.HealthCheckResponse.SERVING, 30)
        assert grpc_upload(service.stub(), BODY, TENANT).accepted
    finally:
        service.stop()


def _fill(service: Service, interfaces: int = 400) -> None:
    """A store of some pages: many interfaces of a few instances."""
    body = {**BODY, "interfaces": [{"name": f"op-{i:04}", "total": i} for i in range(interfaces)]}
    with service.http() as http:
        for instance in ("a", "b", "c"):
            assert rest_upload(http, {**body, "instance": instance}, TENANT).status_code == 200


def _damage_middle(path, fraction: float = 0.5) -> None:
    """Garbage over a few pages in the middle of the file (its header intact)."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(int(size * fraction) // 4096 * 4096)
        file.write(b"\xa5" * 4096 * 4)


def test_damage_in_the_middle_of_the_file_stops_the_start_with_one_line(tmp_path):
    service = Service(tmp_path).start()
    _fill(service)
    service.stop()  # a clean stop checkpoints the WAL into the file
    _damage_middle(service.data_dir / "csemonitor.sqlite3")
    line = _refused_start(service)
    assert "damaged" in line and "restore it from a backup" in line and "move it aside" in line


def test_damage_found_while_serving_is_one_line_and_health_not_serving(tmp_path):
    service = Service(tmp_path).start()
    try:
        _fill(service)
        path = service.data_dir / "csemonitor.sqlite3"
        with sqlite3.connect(path) as db:  # the WAL into the file
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _damage_middle(path, 0.3)
        _damage_middle(path, 0.6)
        with service.http() as http:
            # A write makes every reader drop its cached pages; the reads then meet the damage.
            rest_upload(http, {**BODY, "instance": "d"}, TENANT)
            for _ in range(3):
                http.get(QUERY, params={"service": "cart"}, headers=TENANT)
                http.get(INSTANCES, params={"service": "cart"}, headers=TENANT)
        wait_until(lambda: _status(service) == health_pb2.HealthCheckResponse.NOT_SERVING)
        log = (tmp_path / "server.log").read_text()
        assert log.count("is damaged or not a SQLite database") == 1, log[-3000:]
    finally:
        service.stop()
