"""The descriptor-driven JSON codec agrees with protobuf's json_format, except where documented."""

from __future__ import annotations

import math

import pytest
from conftest import load_example
from google.protobuf import json_format

from csemonitor.core.json_out import message_to_json
from csemonitor.gateway.json_codec import DecodeError, parse_into
from csemonitor.v2 import metric_pb2

VALID = [
    load_example("java_chassis.json"),
    load_example("go_chassis.json"),
    load_example("document_example.json"),
    {"app_id": "snake_case_names", "instance_id": "i", "interfaces": [{"count_timeout": 3}]},
    {
        "interfaces": [
            {"total": "12", "qps": "1.5e2", "latency": 3.0, "l99": "NaN", "l90": "-Infinity"}
        ]
    },
    {"cpu": None, "memory": None, "thread": None, "customs": [None, {"a": None}]},
    {"interfaces": [{"total": 9223372036854775807, "failure": -9223372036854775808}]},
    {"unknown": {"deep": [1, 2]}, "interfaces": [{"alsoUnknown": True}]},
    {"uptime": 7.0, "loadAverage": -1},
    {"interfaces": [{"total": "1.0", "failure": "2e3"}]},
]
INVALID = [
    ({"interfaces": [{"qps": "fast"}]}, "interfaces[0].qps"),
    ({"interfaces": {}}, "interfaces"),
    ({"interfaces": [3]}, "interfaces[0]"),
    ({"interfaces": [None]}, "interfaces[0]"),
    ({"interfaces": [{"total": 1.5}]}, "interfaces[0].total"),
    ({"interfaces": [{"total": 2**63}]}, "interfaces[0].total"),
    ({"interfaces": [{"total": "1.5"}]}, "interfaces[0].total"),
    ({"interfaces": [{"total": " 1"}]}, "interfaces[0].total"),
    ({"interfaces": [{"circuitBreakerOpen": "true"}]}, "interfaces[0].circuitBreakerOpen"),
    ({"name": 5}, "name"),
    ({"name": ["a"]}, "name"),
    ({"threadCount": True}, "threadCount"),
    ({"loadAverage": "high"}, "loadAverage"),
]


def _reference(data: dict) -> metric_pb2.MetricData:
    return json_format.ParseDict(data, metric_pb2.MetricData(), ignore_unknown_fields=True)


@pytest.mark.parametrize("data", VALID)
def test_valid_input_parses_exactly_as_json_format_does(data):
    ours = metric_pb2.MetricData()
    parse_into(ours, data)
    reference = _reference(data)
    # NaN != NaN, so compare the NaN positions apart from the rest.
    for message in (ours, reference):
        for interface in message.interfaces:
            for field in ("qps", "l99", "l90"):
                if math.isnan(getattr(interface, field)):
                    setattr(interface, field, 12345.0)
    assert ours == reference


@pytest.mark.parametrize(("data", "field"), INVALID)
def test_invalid_input_is_refused_naming_the_field(data, field):
    with pytest.raises(DecodeError) as raised:
        parse_into(metric_pb2.MetricData(), data)
    assert raised.value.field == field
    with pytest.raises(json_format.ParseError):
        _reference(data)


def test_a_boolean_is_not_a_number_unlike_json_format():
    # The one documented difference: json_format reads true as 1.0 for a double.
    assert _reference({"interfaces": [{"qps": True}]}).interfaces[0].qps == 1.0
    with pytest.raises(DecodeError):
        parse_into(metric_pb2.MetricData(), {"interfaces": [{"qps": True}]})


def test_output_writes_every_field_with_numbers_for_int64():
    info = metric_pb2.MetricInfo(service="s", total=2**40, qps=math.nan, l99=math.inf)
    out = message_to_json(info)
    assert out["total"] == 2**40 and isinstance(out["total"], int)
    assert out["qps"] == "NaN" and out["l99"] == "Infinity"
    assert out["failure"] == 0 and out["functionName"] == ""
    # Every field but an unset message (`sent` exists on per-instance records only,
    # `latencyHistogram` on records whose every instance sent a distribution).
    assert set(out) == {f.json_name for f in info.DESCRIPTOR.fields} - {"sent", "latencyHistogram"}


def test_output_omits_unset_optional_fields_and_renders_values():
    snapshot = metric_pb2.InstanceInfo(service="s")
    parse_into(snapshot, {"memory": {"a": 1, "b": [1.5, "x", None, True]}, "uptime": 0})
    out = message_to_json(snapshot)
    assert out["memory"] == {"a": 1, "b": [1.5, "x", None, True]}
    assert out["uptime"] == 0 and "loadAverage" not in out
    assert out["cpu"] is None


def test_empty_object_and_array_are_kept_for_free_form_fields():
    message = metric_pb2.MetricData()
    parse_into(message, {"customs": [], "diagnosis": {}, "memory": {"a": []}})
    out = message_to_json(message)
    assert (out["customs"], out["diagnosis"], out["memory"]) == ([], {}, {"a": []})
    assert message == _reference({"customs": [], "diagnosis": {}, "memory": {"a": []}})
