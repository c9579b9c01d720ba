"""uvicorn's httptools protocol with deadlines for a request's headers and for a reader.

uvicorn bounds idle kept-alive connections but not a client that opens a connection and then
sends its headers a byte at a time (slowloris): such a connection is closed once the headers
have taken longer than the header timeout. Bodies are bounded by the gateway's body timeout.
Nor does it bound a client that stops reading a response (a Hystrix stream left open): once the
connection's write buffer has been full for the write timeout, the connection is closed, which
ends the stream and frees its slot.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


def protocol_with_timeouts(header_timeout: float, write_timeout: float) -> type[HttpToolsProtocol]:
    """An HttpToolsProtocol class that closes connections whose headers are late or whose
    reader stopped reading."""

    class TimeoutProtocol(HttpToolsProtocol):
        _header_timer: asyncio.TimerHandle | None = None
        _write_timer: asyncio.TimerHandle | None = None

        def pause_writing(self) -> None:
            super().pause_writing()
            if self._write_timer is None:
                self._write_timer = self.loop.call_later(write_timeout, self._reader_stalled)

        def resume_writing(self) -> None:
            if self._write_timer is not None:
                self._write_timer.cancel()
                self._write_timer = None
            super().resume_writing()

        def _reader_stalled(self) -> None:
            self._write_timer = None
            if self.transport is not None and not self.transport.is_closing():
                self.transport.abort()  # a close would wait to flush what is never read

        def _arm(self) -> None:
            if self._header_timer is None:
                self._header_timer = self.loop.call_later(header_timeout, self._headers_late)

        def _disarm(self) -> None:
            if self._header_timer is not None:
                self._header_timer.cancel()
                self._header_timer = None

        def _headers_late(self) -> None:
            self._header_timer = None
            if self.transport is not None and not self.transport.is_closing():
                self.transport.close()

        def connection_made(self, transport) -> None:
            super().connection_made(transport)
            self._arm()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self._write_timer is not None:
                self._write_timer.cancel()
                self._write_timer = None
            super().connection_lost(exc)

    return TimeoutProtocol
