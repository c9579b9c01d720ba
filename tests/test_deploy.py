"""The deployment files under deploy/: the Kubernetes manifests validate against the Kubernetes
schemas (kubernetes-validate ships them, offline) and hold settings the service accepts; the
systemd unit passes systemd-analyze with a low exposure."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from csemonitor.core.config import load_settings
from csemonitor.core.settings import GatewaySettings, ServerSettings
from harness.engines import require_binary
from harness.service import REPO

DEPLOY = REPO / "deploy"
MANIFESTS = sorted((DEPLOY / "kubernetes").glob("*.yaml"))
# The oldest Kubernetes still widely run that has gRPC probes (GA in 1.27), and the newest.
VERSIONS = ("1.27.0", kubernetes_validate.latest_version())


def _documents(path: Path) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def _by_kind(path: Path) -> dict[str, dict]:
    return {doc["kind"]: doc for doc in _documents(path)}


def _container(path: Path) -> dict:
    [container] = _by_kind(path)["StatefulSet"]["spec"]["template"]["spec"]["containers"]
    return container


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_the_manifests_validate_against_the_kubernetes_schemas(path, version):
    for document in _documents(path):
        kubernetes_validate.validate(document, version, strict=True)  # raises on any error


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_the_manifests_settings_are_ones_the_service_accepts(path, tmp_path):
    config = tmp_path / "csemonitor.toml"
    config.write_text(_by_kind(path)["ConfigMap"]["data"]["csemonitor.toml"])
    env = {"CSEMONITOR_CONFIG": str(config)}
    server = load_settings(ServerSettings, [], env)
    load_settings(GatewaySettings, [], env)
    container = _container(path)
    assert {"name": "CSEMONITOR_CONFIG", "value": "/etc/csemonitor/csemonitor.toml"} in container[
        "env"
    ]
    mounts = {m["mountPath"] for m in container["volumeMounts"]}
    assert {"/etc/csemonitor/csemonitor.toml", "/tmp", "/var/lib/csemonitor"} <= mounts
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["livenessProbe"]["grpc"]["port"] == 50051
    # The user the image runs as (Containerfile: USER 10001:10001).
    pod = _by_kind(path)["StatefulSet"]["spec"]["template"]["spec"]
    assert re.search(r"^USER 10001:10001$", (REPO / "Containerfile").read_text(), re.M)
    assert pod["securityContext"]["runAsUser"] == 10001
    if path.name == "sqlite.yaml":  # one SQLite file, one writer, on a persistent volume
        assert server.store == "sqlite" and server.data_dir == "/var/lib/csemonitor"
        stateful = _by_kind(path)["StatefulSet"]["spec"]
        assert stateful["replicas"] == 1
        assert stateful["volumeClaimTemplates"][0]["metadata"]["name"] == "data"
    else:  # N replicas, each with a stable unique name in the TSDB
        assert server.store == "remote"
        assert _by_kind(path)["StatefulSet"]["spec"]["replicas"] > 1
        replica = next(e for e in container["env"] if e["name"] == "CSEMONITOR_REMOTE_REPLICA")
        assert replica["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"


def test_the_systemd_unit_verifies_and_is_hardened(tmp_path):
    analyze = require_binary("systemd-analyze", "systemd")
    unit = (DEPLOY / "systemd" / "csemonitor.service").read_text()
    assert "ExecStart=/opt/csemonitor/bin/csemonitor serve" in unit
    # The installed command as the unit's install steps put it, here: this venv's.
    command = Path(sys.executable).parent / "csemonitor"
    local = tmp_path / "csemonitor.service"
    local.write_text(unit.replace("/opt/csemonitor/bin/csemonitor", str(command)))
    verified = subprocess.run(
        [analyze, "verify", str(local)], capture_output=True, text=True, timeout=60
    )
    assert verified.returncode == 0 and verified.stderr.strip() == "", verified.stderr
    security = subprocess.run(
        [analyze, "security", "--offline=yes", str(local)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    exposure = float(re.search(r"Overall exposure level .*: (\d+\.\d+)", security.stdout)[1])
    assert exposure <= 2.0, security.stdout  # systemd calls up to 3.9 "OK"
