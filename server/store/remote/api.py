"""The Prometheus HTTP query API (`/api/v1/query`, `/api/v1/query_range`), as VictoriaMetrics,
Mimir, Cortex, Thanos and Prometheus serve it under a configured prefix."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import aiohttp
import orjson

from csemonitor.core.errors import UNAVAILABLE, ApiError

log = logging.getLogger(__name__)

# VictoriaMetrics: skip its response cache and its hiding of the newest points (releases that
# know `latency_offset`; older ones need -search.latencyOffset). Other engines ignore both.
_FRESH = {"nocache": "1", "latency_offset": "0s"}


def _seconds(milliseconds: int) -> str:
    return f"{milliseconds / 1000:.3f}"


class PrometheusApi:
    """Queries over one HTTP client; every failure is a 503 for the caller."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        base_url: str,
        headers: Mapping[str, str],
        timeout: float,
    ) -> None:
        self._session = session
        self._base = base_url.rstrip("/")
        self._headers = dict(headers)
        self._timeout = aiohttp.ClientTimeout(total=timeout)

    async def query(self, promql: str, at_ms: int) -> list[dict]:
        """An instant query: [{"metric": {...}, "value": [t, "v"]}, ...]."""
        return await self._post("/api/v1/query", {"query": promql, "time": _seconds(at_ms)})

    async def query_range(
        self, promql: str, start_ms: int, end_ms: int, step_ms: int
    ) -> list[dict]:
        """A range query: [{"metric": {...}, "values": [[t, "v"], ...]}, ...]."""
        form = {
            "query": promql,
            "start": _seconds(start_ms),
            "end": _seconds(end_ms),
            "step": _seconds(step_ms),
        }
        return await self._post("/api/v1/query_range", form)

    async def _post(self, path: str, form: dict[str, str]) -> list[dict]:
        try:
            async with self._session.post(
                self._base + path,
                data={**form, **_FRESH},
                headers=self._headers,
                timeout=self._timeout,
            ) as response:
                status = response.status
                # orjson: a big fleet's answer is megabytes; the stdlib's parser took a third
                # of the instance list's time.
                body = orjson.loads(await response.read())
        except (
            aiohttp.ClientError,
            TimeoutError,
            ValueError,
        ) as exc:  # orjson.JSONDecodeError is a ValueError
            log.warning("time-series database query failed: %s", exc)
            raise ApiError(UNAVAILABLE, "the time-series database did not answer") from None
        if not isinstance(body, dict):
            body = {}
        if status != 200 or body.get("status") != "success":
            log.warning(
                "time-series database refused a query (%s): %s",
                status,
                str(body.get("error", ""))[:500],
            )
            raise ApiError(UNAVAILABLE, "the time-series database did not answer")
        return body["data"]["result"]
