"""The gateway's translation of a REST upload (JSON body -> request message), in-process.

What `make bench` prints next to the gateway's CPU per upload and the bare two-hop's: the
translation's share of the gateway's cost, and the library route (json_format.ParseDict) as
its baseline, measured in the same run.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import orjson
from google.protobuf import json_format

from bench.fixtures import upload_body
from csemonitor.gateway.json_codec import parse_into
from csemonitor.v2 import metric_pb2


def _best_us(step: Callable[[], object], count: int, runs: int = 5) -> float:
    """CPU microseconds per call, the least of `runs` runs (the machine is shared)."""
    spent = []
    for _ in range(runs):
        started = time.process_time()
        for _ in range(count):
            step()
        spent.append(time.process_time() - started)
    return 1e6 * min(spent) / count


def translation_cost(interfaces: int = 10, count: int = 5000) -> dict:
    """Microseconds per upload: the JSON parse, the gateway's translation (parse + fill +
    serialize, as the gRPC call does), and json_format's fill in place of the gateway's."""
    raw = orjson.dumps(upload_body(interfaces))

    def gateway() -> bytes:
        request = metric_pb2.UploadMetricRequest()
        parse_into(request.metric, orjson.loads(raw))
        return request.SerializeToString()

    def library() -> bytes:
        request = metric_pb2.UploadMetricRequest()
        json_format.ParseDict(orjson.loads(raw), request.metric, ignore_unknown_fields=True)
        return request.SerializeToString()

    parse = _best_us(lambda: orjson.loads(raw), count)
    ours = _best_us(gateway, count)
    theirs = _best_us(library, max(1, count // 5), runs=3)
    return {
        "case": f"translation of a {interfaces}-interface upload, in-process (us)",
        "json_parse_us": round(parse, 1),
        "translate_us": round(ours, 1),
        "json_format_us": round(theirs, 1),
        "json_format_over_ours": round(theirs / ours, 2),
    }
