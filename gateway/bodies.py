"""Reading a request body within its limits: size (after decompression), encoding and time."""

from __future__ import annotations

import asyncio
import zlib

from fastapi import Request

from csemonitor.core.errors import (
    REQUEST_TIMEOUT,
    TOO_LARGE,
    UNSUPPORTED_MEDIA_TYPE,
    ApiError,
    ErrorKind,
)

# HTTP's gzip and deflate (RFC 9110: deflate is the zlib format).
_WINDOW_BITS = {
    "gzip": 16 + zlib.MAX_WBITS,
    "x-gzip": 16 + zlib.MAX_WBITS,
    "deflate": zlib.MAX_WBITS,
}
_IDENTITY = ("", "identity")


def _too_large(limit: int) -> ApiError:
    return ApiError(TOO_LARGE, f"body larger than {limit} bytes")


def _decoder(request: Request):
    encoding = request.headers.get("content-encoding", "").strip().lower()
    if encoding in _IDENTITY:
        return None
    if encoding not in _WINDOW_BITS:
        raise ApiError(UNSUPPORTED_MEDIA_TYPE, "Content-Encoding must be gzip, deflate or identity")
    return zlib.decompressobj(_WINDOW_BITS[encoding])


async def read_body(request: Request, limit: int, timeout: float, invalid: ErrorKind) -> bytes:
    """The body, decompressed; 413 as soon as either side passes the limit (a compression bomb
    costs at most `limit` bytes of output), 408 when it does not arrive within `timeout`."""
    decoder = _decoder(request)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    body = bytearray()
    received = 0
    try:
        async with asyncio.timeout(timeout):
            async for chunk in request.stream():
                received += len(chunk)
                if received > limit:
                    raise _too_large(limit)
                if decoder is not None:
                    chunk = decoder.decompress(chunk, limit + 1 - len(body))
                    if decoder.unconsumed_tail:
                        raise _too_large(limit)
                body += chunk
                if len(body) > limit:
                    raise _too_large(limit)
    except TimeoutError:
        raise ApiError(REQUEST_TIMEOUT, f"body not received within {timeout:g} s") from None
    except zlib.error:
        raise ApiError(invalid, "body is not valid compressed data", "body") from None
    if decoder is not None and not decoder.eof:
        raise ApiError(invalid, "compressed body is truncated", "body")
    return bytes(body)
