"""Each run's figures on the benchmark page (docs/benchmarks.md), with the machine they ran on.

`make bench` and `make bench-remote` call `publish` when they finish: the page's block between
`<!-- bench:NAME begin -->` and `<!-- bench:NAME end -->` is replaced by the run's tables, so
the page always shows the last run's figures and never a hand-copied one. `python -m
bench.report` writes the blocks again from bench/results/*.json.
"""

from __future__ import annotations

import datetime
import json
import os
import platform
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> str:
    """One line: CPU model and cores, memory, kernel, Python, and the date (UTC)."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kib = int(meminfo.read_text().split("MemTotal:", 1)[1].split()[0])
        memory = f", {kib / 2**20:.0f} GiB"
    today = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"{today}; {model or platform.processor() or 'unknown CPU'}, {os.cpu_count()} cores"
        f"{memory}; Linux {platform.release()}; Python {platform.python_version()}"
    )


def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _number(value: object) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _cpu(row: dict) -> str:
    """Each busy process's CPU microseconds per upload ("gateway 653, server 951")."""
    return ", ".join(
        f"{key.removeprefix('us_per_request_')} {_number(value)}"
        for key, value in row.items()
        if key.startswith("us_per_request_") and value >= 5  # not an idle process
    )


def render_bench(result: dict) -> list[str]:
    """`make bench`'s targets, its 10-interface c=64 cases and baselines, the open loop, the
    capacity line and the gateway's translation."""
    lines = ["Targets:", ""]
    lines += _table(
        ("figure", "value", "goal", "met"),
        (
            (t["name"], _number(t["value"]), t["goal"], "yes" if t["met"] else "**no**")
            for t in result["targets"]
        ),
    )
    cases = [
        row
        for row in result["cases"]
        if row["case"].endswith("c=64")
        and ("10 interfaces" in row["case"] or "bare" in row["case"])
    ]
    lines += ["", "Uploads at c=64 (10 interfaces; baselines with the same body):", ""]
    lines += _table(
        ("case", "uploads/s", "p50 ms", "p99 ms", "CPU µs per upload"),
        (
            (
                row["case"],
                _number(row["per_second"]),
                _number(row["p50_ms"]),
                _number(row["p99_ms"]),
                _cpu(row),
            )
            for row in cases
        ),
    )
    lines += ["", "Open loop (constant rate):", ""]
    lines += _table(
        (
            "case",
            "p50 ms",
            "p99 ms",
            "p99.9 ms",
            "errors",
            "bare server, same rate: p50 / p99 / p99.9 ms",
            "GC pauses > 10 ms (server, gateway)",
            "store commits > 10 ms",
        ),
        (
            (
                r["case"],
                _number(r["p50_ms"]),
                _number(r["p99_ms"]),
                _number(r["p999_ms"]),
                r["errors"],
                _same_rate_baseline(r),
                f"{r.get('gc_pauses_over_10ms_server', '-')}, "
                f"{r.get('gc_pauses_over_10ms_gateway', '-')}",
                _slow_commits(r),
            )
            for r in result["open_loop"]
        ),
    )
    capacity = result["capacity"]
    lines += [
        "",
        "Capacity, instances reporting every 10 s with 10 interfaces per core of each process: "
        f"REST server {_number(capacity['rest_server'])}, gateway "
        f"{_number(capacity['rest_gateway'])}; gRPC server {_number(capacity['grpc_server'])}.",
    ]
    translation = result.get("translation")
    if translation:
        lines += [
            "",
            "The gateway's translation of a 10-interface upload, in-process: JSON parse "
            f"{translation['json_parse_us']} µs, parse + fill + serialize "
            f"{translation['translate_us']} µs (json_format would take "
            f"{translation['json_format_us']} µs); the gateway's CPU per upload "
            f"{_number(translation['gateway_us'])} µs against the bare two-hop's "
            f"{_number(translation['bare_hop_us'])} µs (x{translation['gateway_over_hop']}).",
        ]
    return lines


def render_remote(result: dict) -> list[str]:
    """`make bench-remote`'s ratios: uploads (with each process's CPU) and reads."""
    lines = ["Uploads (10 interfaces, c=64):", ""]
    lines += _table(
        ("case", "uploads/s", "p99 ms", "CPU µs per upload", "all acknowledged stored"),
        (
            (
                row["case"],
                _number(row["per_second"]),
                _number(row["p99_ms"]),
                _cpu(row),
                "yes" if row["acknowledged_all_stored"] else "**no**",
            )
            for row in result["uploads"]
        ),
    )
    lines += ["", "Remote / SQLite (uploads: goal >= 0.8; reads: goal <= 3):", ""]
    ratios = [
        (
            row["case"] + " uploads/s",
            row["remote/sqlite throughput"],
            row["remote/sqlite throughput"] >= 0.8,
        )
        for row in result["upload_ratios"]
    ] + [
        (
            f"{row['case']} read ({row['remote']} ms against {row['sqlite']} ms)",
            row["remote/sqlite median"],
            row["remote/sqlite median"] <= 3,
        )
        for row in result["read_ratios"]
    ]
    lines += _table(
        ("figure", "remote / SQLite", "met"),
        ((name, value, "yes" if met else "**no**") for name, value, met in ratios),
    )
    return lines


RENDERERS: dict[str, tuple[str, Callable[[dict], list[str]]]] = {
    "bench": ("latest.json", render_bench),
    "bench-remote": ("remote.json", render_remote),
}


def replace_block(text: str, name: str, body: Sequence[str]) -> str:
    """The page with its `name` block's contents replaced (the block added at the end if the
    page has none)."""
    begin, end = f"<!-- bench:{name} begin -->", f"<!-- bench:{name} end -->"
    block = "\n".join([begin, *body, end])
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        return head + block + rest.split(end, 1)[1]
    return text.rstrip("\n") + "\n\n" + block + "\n"


def publish(name: str, result: dict, page: Path = PAGE) -> None:
    """Write one run's figures into the page's `name` block, headed by the machine they ran on
    (the result's `machine`, written by the run)."""
    _, render = RENDERERS[name]
    heading = f"Last `make {name}` run: {result.get('machine') or machine()}."
    body = ["", heading, "", *render(result), ""]
    page.write_text(replace_block(page.read_text(), name, body))


def main() -> None:
    for name, (file, _) in RENDERERS.items():
        path = RESULTS / file
        if path.exists():
            publish(name, json.loads(path.read_text()))
            print(f"{PAGE}: the {name} block from {path}")


def _slow_commits(row: dict) -> str:
    if "commits" not in row:
        return "-"
    return f"{row['commits_over_10ms']:.0f} of {row['commits']:.0f}"


def _same_rate_baseline(row: dict) -> str:
    if "baseline" not in row:
        return "-"
    figures = (row[f"baseline_{k}_ms"] for k in ("p50", "p99", "p999"))
    return f"{row['baseline']}: " + " / ".join(_number(f) for f in figures)


if __name__ == "__main__":
    main()
