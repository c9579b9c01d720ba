"""Who an upload or a query belongs to: the tenant (domain) and project, by the header policy."""

from __future__ import annotations

from collections.abc import Mapping

from csemonitor.core.errors import FORBIDDEN, INVALID_UPLOAD, ApiError, ErrorKind, invalid
from csemonitor.core.tenant import Tenant
from csemonitor.core.wire import (
    DEFAULT_DOMAIN,
    DOMAIN_HEADER,
    MAX_PROJECT_ID_LENGTH,
    PROJECT_HEADER,
    has_control_characters,
)


def check_project_id(project_id: str, kind: ErrorKind = INVALID_UPLOAD) -> None:
    """The path's project_id must be 1..64 characters (the document's rule), none of them a
    control character (it may become the tenant's project)."""
    if not 1 <= len(project_id) <= MAX_PROJECT_ID_LENGTH:
        raise invalid("project_id", f"must be 1..{MAX_PROJECT_ID_LENGTH} characters", kind)
    if has_control_characters(project_id):
        raise invalid("project_id", "must not contain control characters", kind)


def resolve_tenant(
    metadata: Mapping[str, str],
    project_id: str,
    policy: str,
    max_length: int,
    kind: ErrorKind = INVALID_UPLOAD,
    authorized: Tenant | None = None,
) -> Tenant:
    """The tenant of a call.

    strict: both headers are required and non-empty. compat: a missing x-domain-name means
    `default`, a missing x-project-id means the path's project_id. With authentication on, the
    token's tenant fills missing headers, and headers naming another tenant are forbidden (403).
    """
    check_project_id(project_id, kind)
    domain = metadata.get(DOMAIN_HEADER, "")
    project = metadata.get(PROJECT_HEADER, "")
    if authorized is not None:
        requested = Tenant(domain or authorized.domain, project or authorized.project)
        if requested != authorized:
            raise ApiError(FORBIDDEN, "the token is not for this tenant")
        return authorized
    if policy == "compat":
        domain = domain or DEFAULT_DOMAIN
        project = project or project_id
    for header, value in ((DOMAIN_HEADER, domain), (PROJECT_HEADER, project)):
        if not value:
            raise invalid(header, "header is required", kind)
        if len(value) > max_length:
            raise invalid(header, f"longer than {max_length} characters", kind)
    return Tenant(domain, project)
