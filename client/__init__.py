"""The csemonitor Python client: a typed gRPC client (api.Client), a reporter that instruments
a Python service (reporter.Reporter, instrument.ReporterMiddleware / ReporterInterceptor) and
the `csemonitor` command (cli)."""

from csemonitor.client.api import Client, CsemonitorError, percentile
from csemonitor.client.instrument import ReporterInterceptor, ReporterMiddleware
from csemonitor.client.reporter import Reporter

__all__ = [
    "Client",
    "CsemonitorError",
    "Reporter",
    "ReporterInterceptor",
    "ReporterMiddleware",
    "percentile",
]
