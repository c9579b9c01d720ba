"""The benchmark page's figures come from the run: bench.report writes each run's block."""

from __future__ import annotations

from bench import report

TARGET = {"name": "gRPC (10 interfaces, c=64) / bare grpc.aio", "value": 0.288, "goal": ">= 0.6"}
CASE = {
    "case": "gRPC 10 interfaces c=64",
    "per_second": 1593.2,
    "p50_ms": 39.577,
    "p99_ms": 73.435,
    "us_per_request_gateway": 1.9,
    "us_per_request_server": 752.4,
}
BENCH = {
    "machine": "2026-12-07 10:00 UTC; a 2-core test machine",
    "targets": [{**TARGET, "met": False}],
    "cases": [CASE, {**CASE, "case": "gRPC 100 interfaces c=64"}],
    "open_loop": [
        {
            "case": "open loop gRPC 10 interfaces at 50% of capacity (797/s)",
            "p50_ms": 10.7,
            "p99_ms": 23.8,
            "p999_ms": 37.7,
            "errors": 0,
            "gc_pauses_over_10ms_server": 0,
            "gc_pauses_over_10ms_gateway": 1,
            "commits_over_10ms": 3,
            "commits": 5210,
            "baseline": "bare grpc.aio",
            "baseline_p50_ms": 0.81,
            "baseline_p99_ms": 21.4,
            "baseline_p999_ms": 40.2,
        }
    ],
    "capacity": {"rest_server": 11962, "rest_gateway": 16600, "grpc_server": 13300},
    "translation": {
        "json_parse_us": 8.9,
        "translate_us": 80.9,
        "json_format_us": 363.7,
        "gateway_us": 605.4,
        "bare_hop_us": 440.0,
        "gateway_over_hop": 1.38,
    },
}
PAGE = "# Benchmarks\n\nProse above.\n\n<!-- bench:bench begin -->\nold figures\n<!-- bench:bench end -->\n\nProse below.\n"


def test_a_run_replaces_its_block_and_nothing_else(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text(PAGE)
    report.publish("bench", BENCH, page)
    text = page.read_text()
    assert "old figures" not in text
    assert text.startswith("# Benchmarks\n\nProse above.\n\n<!-- bench:bench begin -->")
    assert text.endswith("<!-- bench:bench end -->\n\nProse below.\n")
    assert "Last `make bench` run: 2026-12-07 10:00 UTC; a 2-core test machine." in text
    assert f"| {TARGET['name']} | 0.288 | >= 0.6 | **no** |" in text
    # the 10-interface case with the CPU of each busy process; the 100-interface one is not shown
    assert "| gRPC 10 interfaces c=64 | 1,593 | 39.6 | 73.4 | server 752 |" in text
    assert "gRPC 100 interfaces" not in text
    assert (
        "| open loop gRPC 10 interfaces at 50% of capacity (797/s) | 10.7 | 23.8 | 37.7 | 0 "
        "| bare grpc.aio: 0.81 / 21.4 / 40.2 | 0, 1 | 3 of 5210 |" in text
    )
    assert "gRPC server 13,300" in text and "(x1.38)" in text
    report.publish("bench", {**BENCH, "machine": "a later run"}, page)
    again = page.read_text()
    assert again.count("<!-- bench:bench begin -->") == 1
    assert "Last `make bench` run: a later run." in again and "10:00 UTC" not in again


def test_a_page_without_the_block_gets_it_at_the_end_and_remote_ratios_are_judged(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text("# Benchmarks\n")
    upload = {
        "case": "remote gRPC 10 interfaces c=64",
        "per_second": 702,
        "p99_ms": 171,
        "us_per_request_server": 1311,
        "us_per_request_tsdb": 603,
        "acknowledged_all_stored": True,
    }
    remote = {
        "uploads": [upload],
        "upload_ratios": [{"case": "gRPC 10 interfaces c=64", "remote/sqlite throughput": 0.81}],
        "read_ratios": [
            {"case": "series_1h", "remote": 10.5, "sqlite": 3.1, "remote/sqlite median": 3.39}
        ],
    }
    report.publish("bench-remote", remote, page)
    text = page.read_text()
    assert text.startswith("# Benchmarks\n\n<!-- bench:bench-remote begin -->")
    assert "| remote gRPC 10 interfaces c=64 | 702 | 171 | server 1,311, tsdb 603 | yes |" in text
    assert "| gRPC 10 interfaces c=64 uploads/s | 0.81 | yes |" in text
    assert "| series_1h read (10.5 ms against 3.1 ms) | 3.39 | **no** |" in text
    assert "Last `make bench-remote` run: 20" in text  # no machine given: this one, dated


def test_the_machine_line_names_cores_and_python():
    line = report.machine()
    assert " cores" in line and "Python 3." in line and "UTC" in line
