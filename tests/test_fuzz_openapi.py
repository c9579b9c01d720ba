"""The REST API fuzzed from its own OpenAPI document (schemathesis): a fixed, seeded number of
examples per operation; no 5xx, and every response matches the documented status codes, content
types and shapes."""

from __future__ import annotations

import os

import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from test_fuzz_numbers import FRESH_SEED

# `make fuzz` (CSEMONITOR_FUZZ=fresh): more examples and the run's fresh seed.
FRESH = os.environ.get("CSEMONITOR_FUZZ") == "fresh"
EXAMPLES_PER_OPERATION = 300 if FRESH else 60
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_the_api_holds_to_its_own_document(service):
    schema = schemathesis.openapi.from_url(service.http_url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    # upload (documented path and legacy path), query, list, series, instances, export, and
    # the thresholds' get, put and delete
    assert len(operations) == 10
    calls = []
    for operation in operations:
        # Data the document allows, and data it does not (which must be refused, not crash).
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @seed(FRESH_SEED)
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                derandomize=not FRESH,
                suppress_health_check=list(HealthCheck),
                database=None,
            )
            @given(case=operation.as_strategy(mode))
            def fuzz(case):
                response = case.call_and_validate(
                    base_url=service.http_url, checks=CHECKS, timeout=15
                )
                calls.append((case.operation.label, response.status_code))

            fuzz()
    statuses = sorted({status for _, status in calls})
    print(f"fuzzed {len(calls)} requests over {len(operations)} operations; statuses {statuses}")
    assert max(statuses) < 500
