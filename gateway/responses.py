"""Response helpers shared by the routes and the error renderer."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.responses import Response

JSON_MEDIA_TYPE = "application/json"


def json_response(
    data: Any, status_code: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """JSON encoded with orjson (fast, and strict about what it encodes)."""
    return Response(orjson.dumps(data), status_code, headers, media_type=JSON_MEDIA_TYPE)
