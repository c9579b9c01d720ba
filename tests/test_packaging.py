"""What a user installs: a wheel built from this checkout, in fresh virtual environments, used
from a directory that holds its own `core/`, `server.py` and `gateway/` (the names an installed
csemonitor once clobbered). The base install is the client and reporter, without the server's
dependencies; the [server] extra serves an upload."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import grpc
import pytest
from chassis import SUCCESS, Traffic, calls, java3, send

from csemonitor.v2 import metric_pb2, metric_pb2_grpc
from harness.service import REPO, service_env, start_printing

INSTALL_TIMEOUT = 600
UNSHIPPED = (".git", ".venv", "build", "data", "*.egg-info", "__pycache__", ".*_cache")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # From a copy of the checkout: setuptools' build/ folder would otherwise stay in the
    # checkout, and a stale one can put deleted modules into the next wheel.
    source = tmp_path_factory.mktemp("source") / "csemonitor"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*UNSHIPPED))
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    # No setuptools warning (the one that is not ours: PYTHONDONTWRITEBYTECODE in the machine's
    # environment turns byte-compiling off).
    warnings = [
        line
        for line in (built.stdout + built.stderr).splitlines()
        if "warn" in line.lower() and "byte-compiling is disabled" not in line
    ]
    assert warnings == []
    [wheel_file] = out.glob("csemonitor-*.whl")
    return wheel_file


def _venv_with(where: Path, requirement: str) -> tuple[Path, str]:
    """A fresh venv with `requirement` installed; its bin folder and pip's output."""
    venv.create(where, with_pip=True)
    installed = subprocess.run(
        [str(where / "bin" / "python"), "-m", "pip", "install", requirement],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    return where / "bin", installed.stdout + installed.stderr


@pytest.fixture
def user_dir(tmp_path) -> Path:
    """A user's project whose own modules share names with csemonitor's folders."""
    home = tmp_path / "userproject"
    for package in ("core", "gateway", "client", "prometheus"):
        (home / package).mkdir(parents=True)
        (home / package / "__init__.py").write_text(f"raise SystemExit('the user {package} ran')\n")
    for module in ("server", "launch"):
        (home / f"{module}.py").write_text(f"raise SystemExit('the user {module}.py ran')\n")
    return home


def test_the_wheel_holds_one_top_level_package(wheel):
    names = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert {n for n in names if not n.endswith(".dist-info")} == {"csemonitor"}
    listed = set(zipfile.ZipFile(wheel).namelist())
    assert "csemonitor/gateway/static/index.html" in listed  # the dashboard's files come along
    assert "csemonitor/v2/metric_pb2.pyi" in listed


def test_the_base_install_is_the_client_without_the_server(wheel, tmp_path, user_dir):
    bin_dir, output = _venv_with(tmp_path / "base", str(wheel))
    assert "setuptools" not in output.lower() and "deprecat" not in output.lower(), output
    probe = (
        "import importlib.util, sys; "
        "from csemonitor.client import Client, Reporter, ReporterMiddleware; "
        "import csemonitor.client.cli; "
        "print([m for m in ('fastapi', 'uvicorn', 'aiohttp', 'grpc_tools', 'pytest') "
        "if importlib.util.find_spec(m)])"
    )
    found = subprocess.run(
        [str(bin_dir / "python"), "-c", probe],
        cwd=user_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == "[]"  # none of the server's or development's packages
    serve = subprocess.run(
        [str(bin_dir / "csemonitor"), "serve"],
        cwd=user_dir,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert serve.returncode == 1 and "pip install 'csemonitor[server]'" in serve.stderr
    assert "Traceback" not in serve.stderr


def test_the_server_install_serves_from_a_users_directory(wheel, tmp_path, user_dir):
    bin_dir, output = _venv_with(tmp_path / "server", f"{wheel}[server]")
    assert "setuptools" not in output.lower() and "deprecat" not in output.lower(), output
    env = service_env(tmp_path / "data", metrics_port=-1)
    env.pop("PYTHONPATH", None)  # only what was installed
    log = tmp_path / "serve.log"
    served, (grpc_line, rest_line, _) = start_printing(
        [str(bin_dir / "csemonitor"), "serve"], env, log, 3, cwd=user_dir
    )
    try:
        grpc_target = grpc_line.rsplit(" ", 1)[1]
        http_url = rest_line.rsplit(" ", 1)[1]
        # A java-chassis 3.x upload, byte for byte and header for header as the client sends it.
        status, answer = send(http_url, java3("pkg", "h1", [Traffic("op", calls(SUCCESS, 4, 12))]))
        assert status == 200, answer
        with grpc.insecure_channel(grpc_target) as channel:
            stub = metric_pb2_grpc.MetricServiceStub(channel)
            reply = stub.QueryMetrics(
                metric_pb2.QueryMetricsRequest(project_id="default", service="pkg"), timeout=15
            )
        assert [(m.function_name, m.total) for m in reply.metrics] == [("op", 4)]
        assert reply.metrics[0].instance_count == 1
    finally:
        served.send_signal(signal.SIGTERM)
        assert served.wait(timeout=30) == 0, log.read_text()[-2000:]
