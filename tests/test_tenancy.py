"""Reads are tenant-scoped; the default (compat) and strict header policies on both protocols."""

from __future__ import annotations

import uuid

from protocols import (
    LIST_PATH,
    grpc_instances,
    grpc_upload,
    rest_instances,
    rest_query,
    rest_upload,
)

BODY = {"name": "cart", "instance": "h1", "interfaces": [{"name": "op", "qps": 2, "total": 4}]}


def test_a_tenant_never_sees_another_tenants_data(service, http, tenant):
    other = {**tenant, "x-domain-name": tenant["x-domain-name"] + "-other"}
    same_domain_other_project = {**tenant, "x-project-id": "project-b"}
    assert rest_upload(http, BODY, tenant).status_code == 200
    for headers in (other, same_domain_other_project):
        assert rest_instances(http, headers, "cart") == []
        assert rest_query(http, headers, service="cart") == []
        assert http.get(LIST_PATH.format(project="default"), headers=headers).json() == {
            "services": [],
            "total": 0,
            "servicesLimitReached": False,
        }
        assert grpc_instances(service.stub(), headers, "cart") == []
    assert len(rest_query(http, tenant, service="cart")) == 1
    assert http.get(LIST_PATH.format(project="default"), headers=tenant).json()["total"] == 1


def test_reads_also_require_tenant_headers_in_strict_mode(strict_service, tenant):
    with strict_service.http() as http:
        response = http.get(
            "/v3/default/csemonitor/metric",
            params={"service": "cart"},
            headers={"x-domain-name": tenant["x-domain-name"]},
        )
    assert response.status_code == 400
    assert response.json()["error_code"] == "SVCSTG.CSE.4001000"


def test_by_default_a_missing_domain_is_default_and_the_project_comes_from_the_path(service):
    project = f"proj-{uuid.uuid4().hex[:10]}"
    with service.http() as client:
        assert rest_upload(client, BODY, {}, project=project).status_code == 200
        stored = rest_instances(
            client, {"x-domain-name": "default", "x-project-id": project}, "cart", project=project
        )
        assert [i["host"] for i in stored] == ["h1"]
        # Headers, when sent, still win over the defaults.
        explicit = {"x-domain-name": "acme", "x-project-id": project + "-x"}
        assert rest_upload(client, BODY, explicit, project=project).status_code == 200
        assert len(rest_instances(client, explicit, "cart", project=project)) == 1


def test_the_default_policy_applies_to_grpc_metadata_too(service):
    project = f"proj-{uuid.uuid4().hex[:10]}"
    assert grpc_upload(service.stub(), BODY, {}, project=project).accepted
    headers = {"x-domain-name": "default", "x-project-id": project}
    assert [i.host for i in grpc_instances(service.stub(), headers, "cart", project)] == ["h1"]


def test_the_default_policy_still_checks_the_project_id_length(service):
    with service.http() as client:
        response = rest_upload(client, BODY, {}, project="p" * 65)
    assert response.status_code == 400
    outcome = grpc_upload(service.stub(), BODY, {}, project="p" * 65)
    assert (outcome.accepted, outcome.field) == (False, "project_id")
