"""`make bench-remote`: the TSDB store against the embedded one, in the same run.

Starts a real VictoriaMetrics and two copies of the service (SQLite; remote store on that
VictoriaMetrics), drives uploads of 10 interfaces at both (wrk for REST, h2load for gRPC; the CPU of
gateway, server and, for the remote store, VictoriaMetrics itself, which shares the cores), then
fills each with 1,000 instances x 10 interfaces and times the dashboard's reads. Prints per case
the figures and the ratio remote / SQLite; checks every acknowledged upload is stored. Writes
bench/results/remote.json and the benchmark page's block (bench/report.py).

Options: --seconds per case (default 10), --quick (3 s).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import orjson

from bench.fixtures import (
    GRPC_HEADERS,
    GRPC_PATH,
    UPLOAD_PATH,
    ProcessMeter,
    grpc_body,
    measure,
    stored_samples,
    upload_body,
)
from bench.loadgen import h2load, wrk
from bench.report import PAGE, machine, publish
from csemonitor.server.store.remote.promql import string_literal
from harness.service import Service
from harness.victoriametrics import VictoriaMetrics

RESULTS = Path(__file__).resolve().parent / "results" / "remote.json"
CONCURRENCY = 64
FLEET = 1000
READS = {
    "list": "/v3/default/csemonitor/metric/list",
    "cards": "/v3/default/csemonitor/metric?service=cart",
    "series_1h": "/v3/default/csemonitor/metric/series?service=cart",
    "instances": "/v3/default/csemonitor/metric/instances?service=cart",
}


def _stored_uploads(kind: str, service: Service, victoria: VictoriaMetrics, domain: str) -> int:
    if kind == "sqlite":
        return stored_samples(service.data_dir, domain) // 10
    reports = "csemonitor_instance_last_report_ms{tenant=" + string_literal(domain) + "}"
    deadline = time.monotonic() + 60
    count, previous = 0, -1
    while time.monotonic() < deadline and count != previous:  # until it stops growing
        time.sleep(2)
        previous = count
        found = victoria.query(f"sum(count_over_time({reports}[1h]))")
        count = int(float(found[0]["value"][1])) if found else 0
    return count


def upload_cases(args, services: dict[str, Service], victoria: VictoriaMetrics) -> list[dict]:
    rows = []
    for protocol in ("REST", "gRPC"):
        for kind, service in services.items():
            domain = f"bench-{kind}-{protocol}"
            tenant = {"x-domain-name": domain, "x-project-id": "p"}
            if protocol == "REST":
                run = functools.partial(
                    wrk,
                    service.http_url + UPLOAD_PATH,
                    orjson.dumps(upload_body(10)),
                    tenant,
                    CONCURRENCY,
                    args.seconds,
                )
            else:
                run = functools.partial(
                    h2load,
                    "http://" + service.grpc_target + GRPC_PATH,
                    grpc_body(10),
                    {**GRPC_HEADERS, **tenant},
                    clients=CONCURRENCY // 8,
                    streams=8,
                    seconds=args.seconds,
                )
            meters = {
                "gateway": ProcessMeter(service.gateway.pid),
                "server": ProcessMeter(service.server.pid),
            }
            if kind == "remote":  # the TSDB's own ingest shares this machine's cores
                assert victoria.process is not None
                meters["tsdb"] = ProcessMeter(victoria.process.pid)
            row = measure(f"{kind} {protocol} 10 interfaces c={CONCURRENCY}", run, meters)
            acknowledged = row["requests"] - row["errors"]
            row["acknowledged_all_stored"] = (
                _stored_uploads(kind, service, victoria, domain) >= acknowledged
            )
            rows.append(row)
            print(json.dumps(row), flush=True)
    return rows


def read_cases(args, services: dict[str, Service], victoria: VictoriaMetrics) -> list[dict]:
    rows = []
    headers = {"x-domain-name": "default", "x-project-id": "default"}
    for kind, service in services.items():
        with httpx.Client(base_url=service.http_url, timeout=30, headers=headers) as client:

            def upload(n: int, client=client) -> None:
                body = upload_body(10)
                body["instance"] = body["instanceId"] = f"inst-{n}"
                client.post(
                    UPLOAD_PATH,
                    content=orjson.dumps(body),
                    headers={"content-type": "application/json"},
                ).raise_for_status()

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(upload, range(FLEET)))
            if kind == "remote":
                victoria.settle(
                    lambda poll: (
                        'count(csemonitor_interface_qps{tenant="default",'
                        f"{poll}}}) >= {FLEET * 10}"
                    )
                )
                # and the replica's live sums of every instance (written within a second)
                victoria.settle(
                    lambda poll: (
                        "sum(last_over_time(csemonitor_live_interface_instances"
                        f'{{tenant="default",{poll}}}[30s])) >= {FLEET * 10}'
                    )
                )
            for name, path in READS.items():
                client.get(path).raise_for_status()  # warm
                times = []
                for _ in range(int(args.seconds * 2)):
                    started = time.perf_counter()
                    response = client.get(path)
                    times.append(1000 * (time.perf_counter() - started))
                    response.raise_for_status()
                rows.append(
                    {"case": f"{kind} {name}", "median_ms": round(statistics.median(times), 1)}
                )
                print(json.dumps(rows[-1]), flush=True)
    return rows


def ratios(rows: list[dict], key: str, better: str) -> list[dict]:
    by_case = {r["case"]: r for r in rows}
    out = []
    for case, row in by_case.items():
        if case.startswith("remote "):
            twin = by_case.get("sqlite " + case.removeprefix("remote "))
            if twin and twin[key]:
                out.append(
                    {
                        "case": case.removeprefix("remote "),
                        "remote": row[key],
                        "sqlite": twin[key],
                        f"remote/sqlite {better}": round(row[key] / twin[key], 2),
                    }
                )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.seconds = 3
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "vm").mkdir()
        victoria = VictoriaMetrics(root / "vm")
        services: dict[str, Service] = {}
        try:
            (root / "sqlite").mkdir()
            (root / "remote").mkdir()
            services["sqlite"] = Service(root / "sqlite").start()
            services["remote"] = Service(
                root / "remote",
                store="remote",
                remote_write_url=victoria.write_url,
                query_url=victoria.url,
            ).start()
            uploads = upload_cases(args, services, victoria)
            reads = read_cases(args, services, victoria)
        finally:
            for service in services.values():
                service.stop()
            victoria.stop()
    result = {
        "machine": machine(),
        "uploads": uploads,
        "reads": reads,
        "upload_ratios": ratios(uploads, "per_second", "throughput"),
        "p99_ratios": ratios(uploads, "p99_ms", "p99"),
        "read_ratios": ratios(reads, "median_ms", "median"),
    }
    for name in ("upload_ratios", "p99_ratios", "read_ratios"):
        print(f"\n{name}")
        for row in result[name]:
            print("  " + json.dumps(row))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2))
    publish("bench-remote", result)
    print(f"figures written to {RESULTS} and to the benchmark page ({PAGE})")


if __name__ == "__main__":
    main()
