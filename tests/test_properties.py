"""Property-based: any valid MetricData survives JSON -> proto -> store -> query exactly; any
mutation into an invalid one is refused (400 / INVALID_ARGUMENT) and stores nothing."""

from __future__ import annotations

import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from protocols import grpc_upload, rest_instances, rest_query, rest_upload

EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Names and descriptions hold no control characters (those are refused: test_poison.py);
# free-form data may hold anything.
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)
free_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=24)
names = st.text("abcdefghijklmnopqrstuvwxyz0123456789-._", min_size=1, max_size=20)
counts = st.integers(-(2**53), 2**53)
doubles = st.floats(allow_nan=False, allow_infinity=False, width=64)
json_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), doubles, free_text)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(text, inner, max_size=3)),
    max_leaves=8,
)

COUNT_FIELDS = (
    "total",
    "failure",
    "shortCircuited",
    "semaphoreRejected",
    "threadPoolRejected",
    "countTimeout",
)
DOUBLE_FIELDS = ("qps", "latency", "l995", "l99", "l90", "l75", "l50", "l25", "l5")
interfaces = st.fixed_dictionaries(
    {
        "name": names,
        "time": st.integers(1, 2**50),
        "rate": doubles,
        "failureRate": doubles,
        **dict.fromkeys(COUNT_FIELDS, counts),
        **dict.fromkeys(DOUBLE_FIELDS, doubles),
    },
    optional={
        "desc": text,
        "circuitBreakerOpen": st.booleans(),
        "isCircuitBreakerOpen": st.booleans(),
    },
)
metric_data = st.fixed_dictionaries(
    {
        "name": names,
        "instance": names,
        "interfaces": st.lists(interfaces, max_size=4, unique_by=lambda i: i["name"]),
    },
    optional={
        "appId": text,
        "version": text,
        "serviceId": text,
        "environment": text,
        "cpu": st.one_of(doubles, text),
        "thread": st.one_of(st.integers(0, 2**31), text),
        "memory": st.one_of(st.dictionaries(text, st.integers(0, 2**53), max_size=4), text),
        "loadAverage": doubles,
        "uptime": counts,
        "customs": json_values,
        "diagnosis": json_values,
    },
)


def _number(value) -> float:
    """A JSON double as sent back: non-finite values come as "Infinity", "-Infinity", "NaN"."""
    return float(value.replace("Infinity", "inf")) if isinstance(value, str) else value


def _shown(value) -> str:
    """A double as the figure shown: in 0..1e15, or not reported ("NaN")."""
    number = _number(value)
    return repr(float(number) + 0.0) if 0 <= number <= 1e15 else "NaN"  # -0.0 is 0


def _tenant() -> dict[str, str]:
    return {"x-domain-name": f"prop-{uuid.uuid4().hex}", "x-project-id": "p"}


@EXAMPLES
@given(body=metric_data)
def test_any_valid_upload_reads_back_exactly(service, body):
    tenant = _tenant()
    with service.http() as http:
        response = rest_upload(http, body, tenant)
        assert response.status_code == 200, response.text
        [instance] = rest_instances(http, tenant, body["name"])
        for key in (
            "appId",
            "version",
            "serviceId",
            "environment",
            "cpu",
            "thread",
            "memory",
            "loadAverage",
            "uptime",
            "customs",
            "diagnosis",
        ):
            if key in body:
                assert instance[key] == body[key], key
        records = {
            r["functionName"]: r
            for r in rest_query(http, tenant, service=body["name"], instance=body["instance"])
        }
    assert set(records) == {i["name"] for i in body["interfaces"]}
    for sent in body["interfaces"]:
        record = records[sent["name"]]
        # What the client sent reads back exactly, beside the figures shown.
        for key in COUNT_FIELDS + DOUBLE_FIELDS + ("time", "rate", "failureRate"):
            assert record["sent"][key] == sent[key], key
        # Shown: no negative count or qps, no more errors than calls, a percentage in 0..100.
        total = max(sent["total"], 0)
        assert record["total"] == total
        assert record["failure"] == min(max(sent["failure"], 0), total)
        for key in COUNT_FIELDS[2:]:
            assert record[key] == max(sent[key], 0), key
        assert _shown(record["qps"]) == _shown(max(sent["qps"], 0))
        assert 0 <= record["failureRate"] <= 100 and record["rate"] == 100 - record["failureRate"]
        clamped = sent["total"] < 0 or not 0 <= sent["failure"] <= sent["total"] or sent["qps"] < 0
        assert bool({"failure", "total", "qps"} & set(record["estimates"])) == clamped
        for key in ("latency", "l995", "l99", "l90", "l75", "l50", "l25", "l5"):
            assert _shown(record[key]) == _shown(sent[key]), key
        assert record["circuitBreakerOpen"] == (
            sent.get("circuitBreakerOpen", False) or sent.get("isCircuitBreakerOpen", False)
        )
        assert record["desc"] == sent.get("desc", "")


# Wrong JSON kinds: what the proto types cannot carry, refused by the gateway.
WRONG_FOR = {
    "count": st.one_of(st.sampled_from(["many", "1.5", True, [], {}]), st.floats(0.1, 0.9)),
    "double": st.sampled_from(["fast", "", True, False, [], {}, "1,5"]),
    "string": st.one_of(st.integers(), st.booleans(), st.just([]), st.just({})),
    "bool": st.sampled_from(["true", 1, 0, "yes", [], {}]),
}
FIELD_KINDS = (
    [(f, "count") for f in COUNT_FIELDS + ("time",)]
    + [(f, "double") for f in DOUBLE_FIELDS]
    + [("name", "string"), ("desc", "string"), ("circuitBreakerOpen", "bool")]
)


@st.composite
def wrong_kind(draw):
    body = draw(metric_data.filter(lambda b: b["interfaces"]))
    index = draw(st.integers(0, len(body["interfaces"]) - 1))
    field, kind = draw(st.sampled_from(FIELD_KINDS))
    body["interfaces"][index][field] = draw(WRONG_FOR[kind])
    return body, f"interfaces[{index}].{field}"


@EXAMPLES
@given(case=wrong_kind())
def test_a_value_of_the_wrong_kind_is_refused_and_stores_nothing(service, case):
    body, field = case
    tenant = _tenant()
    with service.http() as http:
        response = rest_upload(http, body, tenant)
        assert response.status_code == 400, response.text
        assert response.json()["error_code"] == "SVCSTG.CSE.4001000"
        assert response.headers["x-error-detail"].startswith(field + ":")
        assert rest_instances(http, tenant, body["name"]) == []


def _nested(depth: int):
    value: object = 0
    for _ in range(depth):
        value = [value]
    return value


# Invalid by the service's rules: expressible over gRPC too, refused alike on both protocols.
SEMANTIC = {
    "no service": lambda b: {**b, "name": ""},
    "name too long": lambda b: {**b, "name": b["name"] + "n" * 1024},
    "instance too long": lambda b: {**b, "instance": "i" * 1025},
    "cpu object": lambda b: {**b, "cpu": {"user": 1}},
    "memory number": lambda b: {**b, "memory": 5},
    "thread list": lambda b: {**b, "thread": [1]},
    "customs too deep": lambda b: {**b, "customs": _nested(40)},
    "too many interfaces": lambda b: {**b, "interfaces": [{"name": str(i)} for i in range(1001)]},
}


@EXAMPLES
@given(body=metric_data, mutation=st.sampled_from(sorted(SEMANTIC)))
def test_an_invalid_upload_is_refused_alike_on_both_protocols(service, body, mutation):
    bad = SEMANTIC[mutation](body)
    rest_tenant, grpc_tenant = _tenant(), _tenant()
    with service.http() as http:
        response = rest_upload(http, bad, rest_tenant)
        assert response.status_code == 400, response.text
        outcome = grpc_upload(service.stub(), bad, grpc_tenant)
        assert (outcome.accepted, outcome.error_code, outcome.grpc_code) == (
            False,
            "SVCSTG.CSE.4001000",
            "INVALID_ARGUMENT",
        )
        assert response.headers["x-error-detail"].split(":")[0] == outcome.field
        for tenant in (rest_tenant, grpc_tenant):
            assert rest_instances(http, tenant, body["name"]) == []
