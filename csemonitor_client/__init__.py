"""The csemonitor Python client: a typed gRPC client (api.Client), a reporter that instruments
a Python service (reporter.Reporter, instrument.ReporterMiddleware / ReporterInterceptor) and
the `csemonitor` command (cli)."""

from csemonitor_client.api import Client, CsemonitorError, percentile
from csemonitor_client.instrument import ReporterInterceptor, ReporterMiddleware
from csemonitor_client.reporter import Reporter

__all__ = [
    "Client",
    "CsemonitorError",
    "Reporter",
    "ReporterInterceptor",
    "ReporterMiddleware",
    "percentile",
]
