"""Fixtures that start the real processes on free ports and talk to them over real sockets."""

from __future__ import annotations

import json
import os
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stores import STORE_KINDS, make

from harness.prometheus import Prometheus
from harness.service import Service
from harness.victoriametrics import VictoriaMetrics

DATA = Path(__file__).resolve().parent / "data"


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "fresh_seed: a property test whose seed changes per run")
    # One fresh seed per run, shared by pytest-xdist's workers (they inherit the environment).
    os.environ.setdefault("CSEMONITOR_FUZZ_SEED", str(random.randrange(2**32)))


def pytest_sessionstart(session) -> None:
    """Say the fresh fuzz seed of this run, also under -q."""
    from test_fuzz_numbers import FRESH_EXAMPLES, FRESH_SEED

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            f"fuzz: fresh seed {FRESH_SEED}, {FRESH_EXAMPLES} examples per fresh-seed test "
            f"(replay: CSEMONITOR_FUZZ_SEED={FRESH_SEED})"
        )


__all__ = ["Service", "load_example"]


def load_example(name: str) -> dict:
    """A request body from tests/data."""
    return json.loads((DATA / name).read_text())


@pytest.fixture(scope="session")
def service(tmp_path_factory) -> Iterator[Service]:
    """The service with default settings (the compat tenant-header policy), as `make run`."""
    running = Service(tmp_path_factory.mktemp("default")).start()
    yield running
    running.stop()


@pytest.fixture(scope="session")
def strict_service(tmp_path_factory) -> Iterator[Service]:
    """The service under the strict tenant-header policy (the document's contract)."""
    running = Service(tmp_path_factory.mktemp("strict"), tenant_headers="strict").start()
    yield running
    running.stop()


@pytest.fixture
def tenant() -> dict[str, str]:
    """Headers of a tenant of this test's own, so tests never see each other's data."""
    return {"x-domain-name": f"domain-{uuid.uuid4().hex[:12]}", "x-project-id": "project-a"}


@pytest.fixture
def http(service: Service) -> Iterator[httpx.Client]:
    with service.http() as client:
        yield client


@pytest.fixture(scope="session")
def victoria(tmp_path_factory) -> Iterator[VictoriaMetrics]:
    """One real VictoriaMetrics for the session (tests keep apart by tenant)."""
    running = VictoriaMetrics(tmp_path_factory.mktemp("victoria"))
    yield running
    running.stop()


@pytest.fixture(params=STORE_KINDS)
def make_store(request, tmp_path):
    """A factory of the store under test, once per store kind (the store contract)."""
    tsdb = {"remote": "victoria", "prometheus": "prometheus"}.get(request.param)
    engine = request.getfixturevalue(tsdb) if tsdb else None
    return lambda: make(request.param, tmp_path, engine)


@pytest.fixture(scope="session")
def prometheus(tmp_path_factory) -> Iterator[Prometheus]:
    """One real Prometheus for the session, as a remote-write receiver."""
    running = Prometheus(tmp_path_factory.mktemp("prometheus"))
    yield running
    running.stop()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def chromium():
    if not os.path.exists(CHROMIUM):
        message = f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
