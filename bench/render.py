"""`make bench-render`: how long the dashboard takes to render a big fleet, in real Chromium.

Starts the real service, uploads a fleet of 100 services x 50 interfaces x 1,000 instances (ten
instances a service) and one service of 50 interfaces x 200 instances, then opens each view in
headless Chromium and measures, per view, the page's own render time (the DOM built from the
API's answers: `window.csemonitorRender.ms`) and the whole time from opening the view to its
rendered content (fetches included). The baseline, measured in the same run, is the same view
of a fleet of 3 services x 2 interfaces x 3 instances; ratios are big / small.

Options: --repeat N (default 5). Writes bench/results/render.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import orjson
from playwright.sync_api import sync_playwright

from harness.service import Service

RESULTS = Path(__file__).resolve().parent / "results" / "render.json"
CHROMIUM = "/usr/bin/chromium"
UPLOAD = "/v2/p/csemonitor/metric"


def _body(service: str, instance: str, interfaces: int, seed: int) -> dict:
    return {
        "name": service,
        "instance": instance,
        "cpu": (seed % 100) / 100,
        "memory": {"heapUsed": 1_000_000 + seed},
        "interfaces": [
            {
                "name": f"op-{i:02d}",
                "qps": 1 + (seed + i) % 50,
                "latency": 1 + (seed * i) % 200,
                "total": 100 + i,
                "failure": (seed + i) % 7,
                "l99": 10 + i,
                "circuitBreakerOpen": (seed + i) % 97 == 0,
            }
            for i in range(interfaces)
        ],
    }


def fill(
    service: Service,
    tenant: dict,
    services: int,
    interfaces: int,
    per_service: int,
    extra: tuple[str, int, int] | None = None,
) -> int:
    bodies = [
        _body(f"svc-{s:03d}", f"svc-{s:03d}-{n}", interfaces, s * 31 + n)
        for s in range(services)
        for n in range(per_service)
    ]
    if extra:
        name, extra_interfaces, extra_instances = extra
        bodies += [_body(name, f"{name}-{n}", extra_interfaces, n) for n in range(extra_instances)]
    with httpx.Client(base_url=service.http_url, timeout=30, headers=tenant) as client:

        def send(body: dict) -> None:
            client.post(
                UPLOAD, content=orjson.dumps(body), headers={"content-type": "application/json"}
            ).raise_for_status()

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(send, bodies))
    return len(bodies)


def measure(page, url: str, tenant: dict, view: str, repeat: int) -> dict:
    render, whole = [], []
    for _ in range(repeat):
        page.goto("about:blank")
        started = time.perf_counter()
        page.goto(url)
        page.locator(f'#view[data-view="{view}"]').wait_for(timeout=60000)
        whole.append(1000 * (time.perf_counter() - started))
        render.append(page.evaluate("window.csemonitorRender.ms"))
    return {
        "render_ms": round(statistics.median(render), 1),
        "open_ms": round(statistics.median(whole), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    big = {"x-domain-name": "big", "x-project-id": "p"}
    small = {"x-domain-name": "small", "x-project-id": "p"}
    views = {
        "overview": ("#/", "#/"),
        "service": ("#/service/wide", "#/service/svc-000"),
        "interface": ("#/service/wide/interface/op-00", "#/service/svc-000/interface/op-00"),
        "instance": ("#/service/wide/instance/wide-0", "#/service/svc-000/instance/svc-000-0"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        service = Service(Path(tmp), live_window="1h").start()
        try:
            uploads = fill(service, big, 100, 50, 10, ("wide", 50, 200))
            fill(service, small, 3, 2, 3)
            rows = []
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
                )
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                for tenant in (big, small):  # the page keeps its tenant in localStorage
                    page.goto(service.http_url + "/")
                    page.evaluate(
                        "([d, p]) => { localStorage.setItem('csemonitor.domain', d);"
                        " localStorage.setItem('csemonitor.project', p); }",
                        [tenant["x-domain-name"], tenant["x-project-id"]],
                    )
                    for view, (big_hash, small_hash) in views.items():
                        hash_ = big_hash if tenant is big else small_hash
                        url = service.http_url + "/" + hash_
                        rows.append(
                            {
                                "fleet": tenant["x-domain-name"],
                                "view": view,
                                **measure(page, url, tenant, view, args.repeat),
                            }
                        )
                        print(json.dumps(rows[-1]), flush=True)
                browser.close()
        finally:
            service.stop()
    ratios = []
    for view in views:
        [b] = [r for r in rows if r["fleet"] == "big" and r["view"] == view]
        [s] = [r for r in rows if r["fleet"] == "small" and r["view"] == view]
        ratios.append(
            {
                "view": view,
                "big_render_ms": b["render_ms"],
                "big_open_ms": b["open_ms"],
                "render_big/small": round(b["render_ms"] / max(s["render_ms"], 0.1), 1),
                "open_big/small": round(b["open_ms"] / max(s["open_ms"], 0.1), 2),
            }
        )
    print("\nratios (big fleet / 3-service fleet, same run)")
    for row in ratios:
        print("  " + json.dumps(row))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"uploads": uploads, "rows": rows, "ratios": ratios}, indent=2))


if __name__ == "__main__":
    main()
