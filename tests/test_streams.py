"""Hystrix streams are bounded: a per-process limit and a per-tenant share (429/503 with
Retry-After when full), and a reader that stops reading is cut off by the write timeout."""

from __future__ import annotations

import contextlib
import socket
import time
from urllib.parse import urlencode, urlsplit

import httpx
import pytest
from conftest import Service
from protocols import rest_upload

from harness.waiting import wait_until


@pytest.fixture
def streaming(tmp_path):
    running = Service(
        tmp_path, max_streams="3", max_streams_per_tenant="2", write_timeout="1s"
    ).start()
    yield running
    running.stop()


def _params(domain: str, **extra) -> dict:
    return {"domain": domain, "project": "p", "service": "cart", "delay": "500", **extra}


@contextlib.contextmanager
def _stream(client: httpx.Client, domain: str):
    """An open stream whose first event was read. A slot is freed when the server sees its
    stream's connection closed, a moment after the client closed it: retried for a while."""

    def opened() -> tuple[contextlib.ExitStack, httpx.Response] | None:
        stack = contextlib.ExitStack()
        response = stack.enter_context(
            client.stream("GET", "/hystrix.stream", params=_params(domain))
        )
        if response.status_code == 200:
            return stack, response
        stack.close()
        return None

    stack, response = wait_until(opened, 10, 0.1, "a free stream slot")
    with stack:
        lines = response.iter_lines()  # kept: a discarded iterator closes the response
        next(lines)
        yield lines


def test_streams_are_bounded_per_tenant_and_per_process(streaming):
    with httpx.Client(base_url=streaming.http_url, timeout=10) as client:
        with _stream(client, "a"), _stream(client, "a"):
            third = client.get("/hystrix.stream", params=_params("a"))
            assert third.status_code == 429 and int(third.headers["retry-after"]) >= 1
            assert third.json()["error_code"] == "SVCSTG.CSE.4291000"
            with _stream(client, "b"):  # another tenant still has a share
                full = client.get("/hystrix.stream", params=_params("c"))
                assert full.status_code == 503 and int(full.headers["retry-after"]) >= 1
                assert full.json()["error_code"] == "SVCSTG.CSE.5031000"
        with _stream(client, "a"), _stream(client, "c"):  # slots come back when streams end
            pass


def test_a_stream_refused_by_its_first_query_gives_its_slot_back(streaming):
    with httpx.Client(base_url=streaming.http_url, timeout=10) as client:
        for _ in range(5):
            bad = client.get("/hystrix.stream", params=_params("a", project="p" * 65))
            assert bad.status_code == 400
        with _stream(client, "a"), _stream(client, "a"):
            pass


def test_a_reader_that_stops_reading_is_cut_off_and_frees_its_slot(streaming):
    # Big events (200 interfaces with long names), so the stalled connection's buffers fill.
    interfaces = [{"name": f"{i:04d}" + "x" * 1000, "total": 1} for i in range(200)]
    tenant = {"x-domain-name": "a", "x-project-id": "p"}
    with streaming.http() as http:
        body = {"name": "cart", "instance": "h", "interfaces": interfaces}
        assert rest_upload(http, body, tenant).status_code == 200
    url = urlsplit(streaming.http_url)
    stalled = []
    for _ in range(2):  # the tenant's whole share, never read
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect((url.hostname, url.port))
        query = urlencode(_params("a"))
        sock.sendall(f"GET /hystrix.stream?{query} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        stalled.append(sock)
    try:
        with httpx.Client(base_url=streaming.http_url, timeout=10) as client:

            def served() -> bool:
                with client.stream("GET", "/hystrix.stream", params=_params("a")) as response:
                    assert response.status_code in (200, 429)
                    return response.status_code == 200

            wait_until(served, 30, 0.5, "the stalled streams cut off")
    finally:
        for sock in stalled:
            sock.close()


def test_open_streams_end_at_once_when_the_gateway_stops(streaming):
    with httpx.Client(base_url=streaming.http_url, timeout=10) as client:
        with _stream(client, "a") as lines, _stream(client, "b"):
            started = time.monotonic()
            streaming.gateway.send_signal(15)
            assert streaming.gateway.wait(timeout=20) == 0
            assert time.monotonic() - started < 5  # not the 10 s graceful timeout
            for _ in lines:  # the stream ended cleanly
                pass
