"""The container image, built from the Containerfile and run, as this kind of machine can:
a Debian base made by mmdebstrap (python3, python3-venv) imported as a local image, the
Containerfile built by buildah with chroot isolation on vfs storage, the image run by
`buildah run` (which shares this machine's network). A real upload and read go to the service
running from it."""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from pathlib import Path

import grpc
import pytest
from chassis import SUCCESS, Traffic, calls, go_collector, send

from csemonitor.v2 import metric_pb2, metric_pb2_grpc
from harness.engines import free_port, require_binary
from harness.service import REPO, start_printing

BASE = "localhost/csemonitor-base:bookworm"
STORAGE = ["--storage-driver", "vfs"]
BUILD_TIMEOUT = 900
SYSTEM_CA = "/etc/ssl/certs/ca-certificates.crt"  # what this machine trusts, its proxy too


def _buildah(*args: str, timeout: float = 120) -> str:
    done = subprocess.run(
        ["buildah", *STORAGE, *args], capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, (args, done.stderr[-3000:])
    return done.stdout.strip()


def _base_image(tmp_path: Path) -> str:
    """The Debian base, made once per machine (kept in the container storage)."""
    if (
        subprocess.run(
            ["buildah", *STORAGE, "inspect", "--type", "image", BASE], capture_output=True
        ).returncode
        == 0
    ):
        return BASE
    rootfs = tmp_path / "base.tar"
    subprocess.run(
        [
            "mmdebstrap",
            "--variant=apt",
            "--mode=root",
            "--include=python3,python3-venv,ca-certificates",
            "bookworm",
            str(rootfs),
        ],
        check=True,
        capture_output=True,
        timeout=BUILD_TIMEOUT,
    )
    subprocess.run(
        ["podman", *STORAGE, "import", str(rootfs), BASE],
        check=True,
        capture_output=True,
        timeout=BUILD_TIMEOUT,
    )
    return BASE


@pytest.fixture(scope="module")
def image(tmp_path_factory):
    for binary in ("buildah", "podman", "mmdebstrap"):
        require_binary(binary)
    base = _base_image(tmp_path_factory.mktemp("base"))
    tag = f"localhost/csemonitor:test-{uuid.uuid4().hex[:8]}"
    build = ["bud", "--isolation", "chroot", "--format", "docker", "--build-arg", f"BASE={base}"]
    # Behind this machine's TLS-intercepting proxy pip needs its CA, as the Containerfile says.
    ca = os.environ.get("PIP_CERT") or os.environ.get("SSL_CERT_FILE") or SYSTEM_CA
    if os.path.exists(ca):
        build += ["--secret", f"id=ca,src={ca}"]
    _buildah(*build, "-t", tag, "-f", str(REPO / "Containerfile"), str(REPO), timeout=BUILD_TIMEOUT)
    yield tag
    _buildah("rmi", "--force", tag)


def test_the_image_is_configured_to_run_anywhere(image):
    config = json.loads(_buildah("inspect", "--type", "image", image))["Docker"]["config"]
    assert config["User"] == "10001:10001"  # not root
    assert config["Entrypoint"] == ["csemonitor", "serve"]
    assert "/var/lib/csemonitor" in config["Volumes"]
    assert {"8080/tcp", "50051/tcp", "9464/tcp"} <= set(config["ExposedPorts"])
    assert "/healthz" in " ".join(config["Healthcheck"]["Test"])
    env = dict(item.split("=", 1) for item in config["Env"])
    assert env["CSEMONITOR_HTTP_HOST"] == env["CSEMONITOR_GRPC_HOST"] == "0.0.0.0"
    assert env["CSEMONITOR_DATA_DIR"] == "/var/lib/csemonitor"


def test_the_image_serves_an_upload_and_a_read(image, tmp_path):
    container = _buildah("from", image)
    http_port = free_port()
    settings = [
        "--env",
        f"CSEMONITOR_HTTP_PORT={http_port}",
        "--env",
        "CSEMONITOR_GRPC_PORT=0",
        "--env",
        "CSEMONITOR_METRICS_PORT=-1",
    ]
    # The image's entry point, as `docker run` would start it (buildah run takes the command).
    command = ["buildah", *STORAGE, "run", "--isolation", "chroot", *settings, container]
    running, (grpc_line, rest_line, data_line) = start_printing(
        [*command, "--", "csemonitor", "serve"], os.environ.copy(), tmp_path / "container.log", 3
    )
    try:
        assert rest_line == f"csemonitor REST gateway listening on http://0.0.0.0:{http_port}"
        assert data_line.startswith("data in /var/lib/csemonitor")
        grpc_port = grpc_line.rsplit(":", 1)[1]
        # A go-chassis (cse-collector) upload, exactly as the client sends it.
        request = go_collector("boxed", "h1", Traffic("op", calls(SUCCESS, 7, 9)))
        status, answer = send(f"http://127.0.0.1:{http_port}", request)
        assert status == 200, answer
        with grpc.insecure_channel(f"127.0.0.1:{grpc_port}") as channel:
            reply = metric_pb2_grpc.MetricServiceStub(channel).QueryMetrics(
                metric_pb2.QueryMetricsRequest(project_id="default", service="boxed"), timeout=15
            )
        assert [(m.function_name, m.total) for m in reply.metrics] == [("op", 7)]
        # The image's health check, run in the container beside the service.
        config = json.loads(_buildah("inspect", "--type", "image", image))["Docker"]["config"]
        check = config["Healthcheck"]["Test"][1:]  # after "CMD"
        _buildah("run", "--isolation", "chroot", *settings, container, "--", *check, timeout=60)
    finally:
        running.terminate()
        running.wait(timeout=30)
        _buildah("rm", container)
