"""Authentication, tenancy by token, TLS and mutual TLS, on both protocols."""

from __future__ import annotations

import json
import ssl

import grpc
import httpx
import pytest
from certs import make_certificates
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc
from protocols import grpc_error, grpc_instances, grpc_upload, rest_instances, rest_upload

from csemonitor.v2 import metric_pb2, metric_pb2_grpc
from harness.service import Service

TOKEN_A = "token-a-0123456789abcdef"
TOKEN_B = "token-b-fedcba9876543210"
TENANT_A = {"x-domain-name": "acme", "x-project-id": "shop"}
BODY = {"name": "cart", "instance": "h1", "interfaces": [{"name": "op", "qps": 1}]}


@pytest.fixture(scope="module")
def secured(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("auth")
    tokens = workdir / "tokens.json"
    tokens.write_text(
        json.dumps(
            {
                TOKEN_A: {"domain": "acme", "project": "shop"},
                TOKEN_B: {"domain": "other", "project": "shop"},
            }
        )
    )
    running = Service(workdir, auth_tokens=str(tokens)).start()
    yield running
    running.stop()


@pytest.mark.parametrize(
    "headers",
    [
        {"x-auth-token": TOKEN_A},
        {"authorization": f"Bearer {TOKEN_A}"},
        {"Authorization": f"bearer {TOKEN_A}"},
    ],
)
def test_a_known_token_writes_and_reads_its_tenant(secured, headers):
    with secured.http() as client:
        assert rest_upload(client, BODY, {**TENANT_A, **headers}).status_code == 200
        # Without tenant headers, the token's tenant is the tenant.
        assert rest_instances(client, headers, "cart")[0]["host"] == "h1"
    assert grpc_upload(
        secured.stub(), BODY, {**TENANT_A, **{k.lower(): v for k, v in headers.items()}}
    ).accepted


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"x-auth-token": "nope"},
        {"authorization": "Basic abc"},
        {"authorization": f"Bearer {TOKEN_A}x"},
    ],
)
def test_missing_or_unknown_token_is_401_on_both_protocols(secured, headers):
    with secured.http() as client:
        response = rest_upload(client, BODY, {**TENANT_A, **headers})
        assert response.status_code == 401
        assert response.json() == {
            "error_code": "SVCSTG.CSE.4011000",
            "error_message": "unauthorized",
        }
        read = client.get(
            "/v3/default/csemonitor/metric",
            params={"service": "cart"},
            headers={**TENANT_A, **headers},
        )
        assert read.status_code == 401
    outcome = grpc_upload(secured.stub(), BODY, {**TENANT_A, **headers})
    assert (outcome.accepted, outcome.error_code) == (False, "SVCSTG.CSE.4011000")


def test_a_token_used_for_another_tenant_is_403_on_both_protocols(secured):
    headers = {**TENANT_A, "x-auth-token": TOKEN_B}
    with secured.http() as client:
        response = rest_upload(client, BODY, headers)
        assert response.status_code == 403
        assert response.json() == {"error_code": "SVCSTG.CSE.4031000", "error_message": "forbidden"}
        assert client.get("/v3/default/csemonitor/metric/list", headers=headers).status_code == 403
    outcome = grpc_upload(secured.stub(), BODY, headers)
    assert (outcome.accepted, outcome.error_code) == (False, "SVCSTG.CSE.4031000")
    with pytest.raises(grpc.RpcError) as raised:
        grpc_instances(secured.stub(), headers, "cart")
    assert raised.value.code() == grpc.StatusCode.PERMISSION_DENIED


def test_health_answers_without_a_token_and_reflection_does_not(secured):
    with secured.http() as client:
        assert client.get("/healthz").status_code == 200
        assert client.get("/").status_code == 200  # the page itself holds no data
    with grpc.insecure_channel(secured.grpc_target) as channel:
        reply = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(), timeout=5
        )
        assert reply.status == health_pb2.HealthCheckResponse.SERVING
        reflection = reflection_pb2_grpc.ServerReflectionStub(channel)
        with pytest.raises(grpc.RpcError) as raised:
            list(
                reflection.ServerReflectionInfo(
                    iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=5
                )
            )
        assert raised.value.code() == grpc.StatusCode.UNAUTHENTICATED
        assert grpc_error(raised.value)[0] == "SVCSTG.CSE.4011000"
        answers = list(
            reflection.ServerReflectionInfo(
                iter([reflection_pb2.ServerReflectionRequest(list_services="")]),
                timeout=5,
                metadata=(("x-auth-token", TOKEN_A),),
            )
        )
        assert answers[0].list_services_response.service


def test_hystrix_stream_takes_the_token_as_a_query_parameter(secured):
    params = {"domain": "acme", "project": "shop", "service": "cart"}
    with secured.http() as client:
        assert client.get("/hystrix.stream", params=params).status_code == 401
        with client.stream(
            "GET", "/hystrix.stream", params={**params, "token": TOKEN_A}
        ) as response:
            assert response.status_code == 200
            assert next(response.iter_lines()).startswith(("data: ", ": no live"))


def test_tokens_never_reach_the_logs(secured):
    with secured.http() as client:
        rest_upload(client, BODY, {**TENANT_A, "x-auth-token": TOKEN_B})
        rest_upload(client, BODY, {**TENANT_A, "x-auth-token": TOKEN_A + "-wrong"})
    log = secured.log_text()
    assert "refused" in log  # the refusals were logged ...
    assert TOKEN_A not in log and TOKEN_B not in log  # ... without the tokens


def test_unreadable_token_file_stops_the_server_with_a_clear_message(tmp_path):
    (tmp_path / "tokens.json").write_text("{not json")
    service = Service(tmp_path, auth_tokens=str(tmp_path / "tokens.json"))
    with pytest.raises(RuntimeError, match="auth token file"):
        service.start_server()


@pytest.fixture(scope="module")
def tls_service(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("tls")
    certs = make_certificates(workdir)
    running = Service(
        workdir,
        tls_cert=certs["server"],
        tls_key=certs["server_key"],
        grpc_client_ca=certs["ca"],
        grpc_target_ca=certs["ca"],
        grpc_target_cert=certs["client"],
        grpc_target_key=certs["client_key"],
        grpc_target_name="localhost",
    )
    running.certs = certs
    running.start_server()
    running.start_gateway(verify=ssl.create_default_context(cafile=certs["ca"]))
    yield running
    running.stop()


def test_rest_over_tls_through_mutual_tls_to_the_server(tls_service):
    assert tls_service.http_url.startswith("https://")
    with tls_service.http() as client:
        assert rest_upload(client, BODY, TENANT_A).status_code == 200
        assert rest_instances(client, TENANT_A, "cart")[0]["host"] == "h1"
    with pytest.raises(httpx.ConnectError):
        httpx.get(tls_service.http_url + "/healthz")  # an unknown CA is refused


def _tls_channel(service, with_client_cert: bool) -> grpc.Channel:
    certs = service.certs
    credentials = grpc.ssl_channel_credentials(
        root_certificates=certs["ca"].read_bytes(),
        private_key=certs["client_key"].read_bytes() if with_client_cert else None,
        certificate_chain=certs["client"].read_bytes() if with_client_cert else None,
    )
    return grpc.secure_channel(
        service.grpc_target, credentials, options=[("grpc.ssl_target_name_override", "localhost")]
    )


def test_grpc_requires_a_client_certificate(tls_service):
    request = metric_pb2.UploadMetricRequest(
        project_id="default", metric=metric_pb2.MetricData(name="cart")
    )
    with _tls_channel(tls_service, with_client_cert=True) as channel:
        reply = metric_pb2_grpc.MetricServiceStub(channel).UploadMetric(
            request, metadata=tuple(TENANT_A.items()), timeout=5
        )
        assert reply.message == "upload ok"
    with _tls_channel(tls_service, with_client_cert=False) as channel:
        with pytest.raises(grpc.RpcError) as raised:
            metric_pb2_grpc.MetricServiceStub(channel).UploadMetric(
                request, metadata=tuple(TENANT_A.items()), timeout=5
            )
        assert raised.value.code() == grpc.StatusCode.UNAVAILABLE
