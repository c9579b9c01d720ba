"""The fleet's metric and label names, shared by the remote store (what it writes to a TSDB) and
the gateway's Prometheus scrape endpoint (what it exposes): what a Grafana panel or an alert
rule queries, the same on either, for every replica and release (docs/observability.md
lists each)."""

from __future__ import annotations

from csemonitor.core.columns import METRIC_COLUMNS, PERCENTILES, QUANTILE_OF

# metric name -> InterfaceMetric field: each stored number; a figure added to the proto later is
# `csemonitor_interface_<field>` (the names below predate that rule and stay).
_NAMED = {
    "csemonitor_interface_qps": "qps",
    "csemonitor_interface_latency_ms": "latency",
    "csemonitor_interface_rate": "rate",
    "csemonitor_interface_failure_rate": "failure_rate",
    "csemonitor_interface_requests": "total",
    "csemonitor_interface_failures": "failure",
    "csemonitor_interface_short_circuited": "short_circuited",
    "csemonitor_interface_semaphore_rejected": "semaphore_rejected",
    "csemonitor_interface_thread_pool_rejected": "thread_pool_rejected",
    "csemonitor_interface_timeouts": "count_timeout",
    "csemonitor_interface_circuit_breaker_open": "circuit_breaker_open",
    "csemonitor_interface_client_time_ms": "time",
}
_NAMED_FIELDS = set(_NAMED.values())
INTERFACE_METRICS = {
    **_NAMED,
    **{
        f"csemonitor_interface_{field}": field
        for field in METRIC_COLUMNS
        if field not in _NAMED_FIELDS and field not in ("name", "desc", *PERCENTILES)
    },
}
# latency x requests: the window's total call time, which weights latency by calls across reports
LATENCY_SUM_METRIC = "csemonitor_interface_latency_sum_ms"
PERCENTILE_METRIC = "csemonitor_interface_latency_percentile_ms"
# percentile field -> its `quantile` label ("0.995", ..., "0.05")
QUANTILES = {field: f"{q:g}" for field, q in QUANTILE_OF.items()}
INTERFACE_REPORT_METRIC = "csemonitor_interface_last_report_ms"
# How the client's figures were read (server.dialects): 1 per estimated group of figures (label
# `group`: errors, calls, counts), a bit mask over CORRECTABLE of the figures changed, and what
# the client sent for each changed figure (label `field`).
ESTIMATED_METRIC = "csemonitor_interface_estimated"
CORRECTED_METRIC = "csemonitor_interface_corrected"
SENT_METRIC = "csemonitor_interface_sent"
INSTANCE_REPORT_METRIC = "csemonitor_instance_last_report_ms"
# A service's threshold (server.store.remote.thresholds): its value the time it was set.
THRESHOLD_METRIC = "csemonitor_threshold"
# metric name -> MetricData field; a flat object of numbers becomes one series per key ("part")
INSTANCE_METRICS = {
    "csemonitor_instance_cpu": "cpu",
    "csemonitor_instance_memory": "memory",
    "csemonitor_instance_threads": "thread",
    "csemonitor_instance_load_average": "load_average",
    "csemonitor_instance_uptime": "uptime",
}
# The free-form parts (core.figures.FREE_FORM_FIELDS) no sample can hold are kept as JSON in the
# `extension` label, with any of the above that is not a number or a flat object of numbers.
MAX_LABEL_VALUE = 16 * 1024  # VictoriaMetrics truncates longer label values (-maxLabelValueLen)

# Scrape only (gateway.prometheus): a service's interface over its live instances, by the rules
# of QueryMetrics; metric name -> MetricInfo field.
SERVICE_METRICS = {
    "csemonitor_service_interface_qps": "qps",
    "csemonitor_service_interface_latency_ms": "latency",
    "csemonitor_service_interface_requests": "total",
    "csemonitor_service_interface_failures": "failure",
    "csemonitor_service_interface_failure_percent": "failure_rate",
    "csemonitor_service_interface_circuit_breaker_open": "circuit_breaker_open",
    "csemonitor_service_interface_instances": "instance_count",
}
METRIC_OF = {field: name for name, field in INTERFACE_METRICS.items()}
FIELD_OF_QUANTILE = {quantile: field for field, quantile in QUANTILES.items()}
