"""`csemonitor`: the service and its data from a terminal, over gRPC.

    csemonitor serve [--config FILE] ...  what `make run` starts (--help lists every setting)
    csemonitor config                     a config file with every setting at its default
    csemonitor services                   the tenant's services
    csemonitor query SERVICE [--instance KEY] [--function NAME] [--quantile Q ...] [--json]
                                          (exit 1: no such service or instance)
    csemonitor tail SERVICE [--every 2] [--count N]   a table refreshed in place
    csemonitor upload FILE.json [--service NAME]      one upload (the REST body's JSON)

The server is found as the gateway finds it: CSEMONITOR_GRPC_TARGET (default 127.0.0.1:50051);
--target overrides. --domain/--project/--token/--tls-ca as the API takes them
(CSEMONITOR_DOMAIN, CSEMONITOR_PROJECT, CSEMONITOR_TOKEN, CSEMONITOR_TLS_CA).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from importlib import metadata

import grpc
from google.protobuf import json_format

from csemonitor.client.api import Client, CsemonitorError, default_target, percentile
from csemonitor.core.config import example_config
from csemonitor.core.json_out import message_to_json


def _client(args) -> Client:
    return Client(
        args.target, domain=args.domain, project=args.project, token=args.token, tls_ca=args.tls_ca
    )


def _percentile(value: float, exact: bool, own: bool) -> str:
    """Exact (from merged distributions), an instance's own report, or the instances' maximum
    (marked *, a bound); a 0 that is not exact is a percentile nobody reported."""
    if not exact and value == 0:
        return "–"
    return f"{value:.1f}{'' if exact or own else '*'}"


def _json(data) -> None:
    print(json.dumps(data, indent=2, allow_nan=False))


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            str(cell).rjust(w) if i else str(cell).ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    )


def _cards(metrics, quantiles: Sequence[float] = ()) -> str:
    rows = [
        ("interface", "qps", "error %", "latency", "p99", "p99.5", "calls", "instances", "breaker")
        + tuple(f"q{q:g}" for q in quantiles)
    ]
    for m in metrics:
        asked = (percentile(m, q) for q in quantiles)
        rows.append(
            (
                m.function_name + (f" @{m.instance}" if m.instance else ""),
                f"{m.qps:.2f}",
                f"{m.failure_rate:.2f}",
                f"{m.latency:.1f}",
                _percentile(m.l99, m.percentiles_exact, bool(m.instance)),
                _percentile(m.l995, m.percentiles_exact, bool(m.instance)),
                str(m.total),
                str(m.instance_count or 1),
                "OPEN" if m.circuit_breaker_open else "closed",
            )
            + tuple("–" if v is None else f"{v:.1f}" for v in asked)
        )
    note = (
        "\n* a bound (the instances' maximum); unmarked percentiles are exact"
        if any(not m.percentiles_exact and not m.instance and (m.l99 or m.l995) for m in metrics)
        else ""
    )
    return _table(rows) + note


def _missing_for(extra: str) -> list[str]:
    """The distributions of csemonitor's `extra` that are not installed."""
    missing = []
    for line in metadata.requires("csemonitor") or ():
        requirement, _, marker = line.partition(";")
        if f'extra == "{extra}"' not in marker:
            continue
        name = re.split(r"[\[<>=!~ ]", requirement.strip(), maxsplit=1)[0]
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            missing.append(name)
    return missing


def serve(args) -> int:
    # The base install is the client alone: say what to install, not a traceback.
    if missing := _missing_for("server"):
        raise CsemonitorError(
            grpc.StatusCode.FAILED_PRECONDITION,
            "csemonitor serve needs the service: pip install 'csemonitor[server]' "
            f"(missing: {', '.join(missing)})",
        )
    from csemonitor.server import launch  # the same launcher `make run` uses

    sys.argv = ["csemonitor serve", *args.settings]
    return launch.main()


def config(_args) -> int:
    print(example_config(), end="")
    return 0


def services(args) -> int:
    with _client(args) as client:
        reply = client.services()
    if args.json:
        _json(message_to_json(reply))
        return 0
    rows = [("service", "live/known", "interfaces", "qps", "error %", "latency", "open breakers")]
    for s in reply.services:
        rows.append(
            (
                s.service,
                f"{s.instance_count}/{s.known_instance_count}",
                str(s.interface_count),
                f"{s.qps:.2f}",
                f"{s.failure_rate:.2f}",
                f"{s.latency:.1f}",
                str(s.open_breaker_count),
            )
        )
    print(_table(rows) if reply.services else "no services yet")
    return 0


def _check_known(client: Client, service: str, instance: str) -> None:
    """NOT_FOUND unless the service (and the instance, by key or host) has ever reported."""
    known = client.instances(service)
    if not known:
        raise CsemonitorError(
            grpc.StatusCode.NOT_FOUND,
            f"no service {service!r} in this tenant (csemonitor services lists them)",
        )
    if instance and instance not in {i.instance for i in known} | {i.host for i in known}:
        raise CsemonitorError(
            grpc.StatusCode.NOT_FOUND, f"no instance {instance!r} of {service} has reported"
        )


def query(args) -> int:
    with _client(args) as client:
        metrics = client.query(args.service, args.instance, args.function)
        if not metrics:  # nothing live: is the service, or the instance, known at all?
            _check_known(client, args.service, args.instance)
    if args.json:
        _json([message_to_json(m) for m in metrics])
    elif metrics:
        print(_cards(metrics, args.quantile))
    else:
        what = f"instance {args.instance!r} of " if args.instance else "live instance of "
        print(f"no {what}{args.service} reported{' ' + args.function if args.function else ''}")
    return 0


def tail(args) -> int:
    shown = 0
    clear = sys.stdout.isatty()
    with _client(args) as client:
        while args.count is None or shown < args.count:
            metrics = client.query(args.service)
            if clear:
                print("\x1b[H\x1b[2J", end="")
            print(f"{args.service}  {time.strftime('%H:%M:%S')}  (every {args.every} s)")
            print(_cards(metrics) if metrics else "no live instance")
            sys.stdout.flush()
            shown += 1
            if args.count is None or shown < args.count:
                time.sleep(args.every)
    return 0


def upload(args) -> int:
    with open(args.file, encoding="utf-8") as source:
        body = json.load(source)
    from csemonitor.v2 import metric_pb2

    metric = json_format.ParseDict(body, metric_pb2.MetricData(), ignore_unknown_fields=True)
    with _client(args) as client:
        print(client.upload(metric, args.service))
    return 0


def thresholds(args) -> int:
    from csemonitor.v2 import metric_pb2

    with _client(args) as client:
        if args.action == "set":
            threshold = metric_pb2.MetricThreshold(
                service_name=args.service, app_id=args.app_id, environment=args.environment
            )
            for flag, field in (("avg_delay", "avg_delay"), ("throughput", "throughput")):
                if getattr(args, flag) is not None:
                    setattr(threshold, field, getattr(args, flag))
            if args.failure_rate is not None:
                threshold.failure_rate = args.failure_rate
            found = [client.set_threshold(threshold)]
        elif args.action == "delete":
            print(f"deleted {client.delete_thresholds(args.service)}")
            return 0
        else:
            found = client.thresholds(args.service or "")
    if args.json:
        _json([message_to_json(t) for t in found])
        return 0
    rows = [("service", "app", "environment", "avgDelay ms", "failureRate %", "throughput/s")]
    for t in found:
        rows.append(
            (
                t.service_name,
                t.app_id or "-",
                t.environment or "-",
                str(t.avg_delay) if t.HasField("avg_delay") else "-",
                f"{t.failure_rate:g}" if t.HasField("failure_rate") else "-",
                str(t.throughput) if t.HasField("throughput") else "-",
            )
        )
    print(_table(rows) if found else "no thresholds")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="csemonitor", description=__doc__.splitlines()[0])
    top.add_argument("--target", default=None, help=f"gRPC server (default: {default_target()})")
    top.add_argument("--domain", default=os.environ.get("CSEMONITOR_DOMAIN", ""))
    top.add_argument("--project", default=os.environ.get("CSEMONITOR_PROJECT", "default"))
    top.add_argument("--token", default=os.environ.get("CSEMONITOR_TOKEN", ""))
    top.add_argument("--tls-ca", default=os.environ.get("CSEMONITOR_TLS_CA", ""))
    commands = top.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "serve",
        help="start the gRPC server and the REST gateway (--help: every setting)",
        add_help=False,
    )
    commands.add_parser("config", help="print a config file with every setting at its default")
    listing = commands.add_parser("services", help="the tenant's services")
    listing.add_argument("--json", action="store_true")
    asking = commands.add_parser("query", help="a service's interfaces")
    asking.add_argument("service")
    asking.add_argument("--instance", default="")
    asking.add_argument("--function", default="")
    asking.add_argument("--json", action="store_true")
    asking.add_argument(
        "--quantile",
        type=float,
        action="append",
        default=[],
        help="also this percentile (0..1), from the merged distributions; repeatable",
    )
    following = commands.add_parser("tail", help="a service's interfaces, refreshed")
    following.add_argument("service")
    following.add_argument("--every", type=float, default=2.0)
    following.add_argument("--count", type=int, default=None, help="stop after this many")
    limits = commands.add_parser("thresholds", help="get, set or delete services' thresholds")
    limits.add_argument("action", choices=("get", "set", "delete"))
    limits.add_argument("service", nargs="?", default="", help="service (get/delete: a,b,...)")
    limits.add_argument("--avg-delay", type=int, default=None, help="mean latency ms ceiling")
    limits.add_argument("--failure-rate", type=float, default=None, help="error %% ceiling")
    limits.add_argument("--throughput", type=int, default=None, help="calls/s ceiling")
    limits.add_argument("--app-id", default="")
    limits.add_argument("--environment", default="")
    limits.add_argument("--json", action="store_true")
    sending = commands.add_parser("upload", help="upload one MetricData JSON file")
    sending.add_argument("file")
    sending.add_argument("--service", default="")
    return top


COMMANDS = {
    "serve": serve,
    "config": config,
    "services": services,
    "query": query,
    "tail": tail,
    "upload": upload,
    "thresholds": thresholds,
}
INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a job stopped by Ctrl-C
PIPE_CLOSED = 141  # 128 + SIGPIPE, as `yes | head` ends


def _command_at(argv: Sequence[str]) -> int:
    """Where the command word stands: after the global options (each takes a value)."""
    at = 0
    while at < len(argv) and argv[at].startswith("-") and argv[at] not in ("-h", "--help"):
        at += 1 if "=" in argv[at] else 2
    return at


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    at = _command_at(argv)
    if argv[at : at + 1] == ["serve"]:  # what follows `serve` is the service's own settings
        args = parser().parse_args(argv[: at + 1])
        args.settings = argv[at + 1 :]
    else:
        args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    # A refused call, an unreadable file, JSON or field: one line, exit 1.
    except (CsemonitorError, ValueError, json_format.ParseError) as error:
        print(f"csemonitor: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C ends `tail`: a clean stop, no traceback
        print(file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        # Python flushes stdout again at exit; point it at /dev/null so that flush is silent.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return PIPE_CLOSED
    except OSError as error:
        print(f"csemonitor: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
