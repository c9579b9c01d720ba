"""Every numeric query parameter is checked at the edge, on both protocols: any int64 over
gRPC, and any integer (beyond int64 too) or non-number over REST, answers 200 or a 400 naming
the parameter; never a 5xx, never an ERROR in either process's log."""

from __future__ import annotations

import grpc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from protocols import LIST_PATH, SERIES_PATH

from csemonitor.core.series import MAX_TIME_MS
from csemonitor.v2 import metric_pb2

INT64 = st.integers(-(2**63), 2**63 - 1)
EDGES = [0, -1, 1, MAX_TIME_MS, MAX_TIME_MS + 1, 2**31 - 1, 2**31, 2**63 - 1, -(2**63)]
int64s = st.one_of(st.sampled_from(EDGES), INT64)
anything = st.one_of(int64s, st.integers(-(2**80), 2**80), st.sampled_from(["x", "1.5", ""]))
SERIES = ("start", "end", "step")
PAGING = ("offset", "limit")
CHECKED = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
HEADERS = {"x-domain-name": "bounds", "x-project-id": "p"}


def _no_errors_logged(service, before: int) -> None:
    logged = service.log_text()[before:]
    assert " ERROR " not in logged and "Traceback" not in logged, logged[-2000:]


@CHECKED
@given(values=st.fixed_dictionaries({}, optional={name: anything for name in SERIES}))
def test_series_times_over_rest(service, values):
    before = len(service.log_text())
    with service.http() as client:
        params = {"service": "svc", **{k: str(v) for k, v in values.items()}}
        response = client.get(SERIES_PATH.format(project="p"), params=params, headers=HEADERS)
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        assert response.json()["error_code"] == "SVCSTG.CSE.4001000"
    else:
        assert all(isinstance(v, int) and 0 <= v <= MAX_TIME_MS for v in values.values()), values
    _no_errors_logged(service, before)


@CHECKED
@given(values=st.fixed_dictionaries({}, optional={name: int64s for name in SERIES}))
def test_series_times_over_grpc(service, values):
    before = len(service.log_text())
    request = metric_pb2.QuerySeriesRequest(project_id="p", service="svc", **values)
    metadata = tuple(HEADERS.items())
    try:
        service.stub().QuerySeries(request, metadata=metadata, timeout=10)
        assert all(0 <= v <= MAX_TIME_MS for v in values.values()), values
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, error.details()
        assert any(name in error.details() for name in SERIES), error.details()
    _no_errors_logged(service, before)


@CHECKED
@given(values=st.fixed_dictionaries({}, optional={name: anything for name in PAGING}))
def test_paging_over_rest(service, values):
    before = len(service.log_text())
    with service.http() as client:
        params = {k: str(v) for k, v in values.items()}
        response = client.get(LIST_PATH.format(project="p"), params=params, headers=HEADERS)
    assert response.status_code in (200, 400), response.text
    _no_errors_logged(service, before)


@CHECKED
@given(
    values=st.fixed_dictionaries(
        {}, optional={name: st.integers(-(2**31), 2**31 - 1) for name in PAGING}
    )
)
def test_paging_over_grpc(service, values):
    before = len(service.log_text())
    request = metric_pb2.ListServicesRequest(project_id="p", **values)
    try:
        service.stub().ListServices(request, metadata=tuple(HEADERS.items()), timeout=10)
    except grpc.RpcError as error:
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT, error.details()
        assert any(name in error.details() for name in PAGING), error.details()
    _no_errors_logged(service, before)
