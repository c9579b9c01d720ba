from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import struct_pb2 as _struct_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class MetricThreshold(_message.Message):
    __slots__ = ("timestamp", "app_id", "avg_delay", "environment", "failure_rate", "service_name", "throughput")
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    AVG_DELAY_FIELD_NUMBER: _ClassVar[int]
    ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    FAILURE_RATE_FIELD_NUMBER: _ClassVar[int]
    SERVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    THROUGHPUT_FIELD_NUMBER: _ClassVar[int]
    timestamp: int
    app_id: str
    avg_delay: int
    environment: str
    failure_rate: float
    service_name: str
    throughput: int
    def __init__(self, timestamp: _Optional[int] = ..., app_id: _Optional[str] = ..., avg_delay: _Optional[int] = ..., environment: _Optional[str] = ..., failure_rate: _Optional[float] = ..., service_name: _Optional[str] = ..., throughput: _Optional[int] = ...) -> None: ...

class QueryThresholdsRequest(_message.Message):
    __slots__ = ("project_id", "services")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICES_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    services: str
    def __init__(self, project_id: _Optional[str] = ..., services: _Optional[str] = ...) -> None: ...

class QueryThresholdsResponse(_message.Message):
    __slots__ = ("thresholds",)
    THRESHOLDS_FIELD_NUMBER: _ClassVar[int]
    thresholds: _containers.RepeatedCompositeFieldContainer[MetricThreshold]
    def __init__(self, thresholds: _Optional[_Iterable[_Union[MetricThreshold, _Mapping]]] = ...) -> None: ...

class SetThresholdRequest(_message.Message):
    __slots__ = ("project_id", "threshold")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    threshold: MetricThreshold
    def __init__(self, project_id: _Optional[str] = ..., threshold: _Optional[_Union[MetricThreshold, _Mapping]] = ...) -> None: ...

class DeleteThresholdsRequest(_message.Message):
    __slots__ = ("project_id", "services")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICES_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    services: str
    def __init__(self, project_id: _Optional[str] = ..., services: _Optional[str] = ...) -> None: ...

class DeleteThresholdsResponse(_message.Message):
    __slots__ = ("deleted",)
    DELETED_FIELD_NUMBER: _ClassVar[int]
    deleted: int
    def __init__(self, deleted: _Optional[int] = ...) -> None: ...

class ThresholdState(_message.Message):
    __slots__ = ("service", "state", "breached", "since", "threshold")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    BREACHED_FIELD_NUMBER: _ClassVar[int]
    SINCE_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    service: str
    state: str
    breached: _containers.RepeatedScalarFieldContainer[str]
    since: int
    threshold: MetricThreshold
    def __init__(self, service: _Optional[str] = ..., state: _Optional[str] = ..., breached: _Optional[_Iterable[str]] = ..., since: _Optional[int] = ..., threshold: _Optional[_Union[MetricThreshold, _Mapping]] = ...) -> None: ...

class InterfaceMetric(_message.Message):
    __slots__ = ("time", "name", "desc", "qps", "latency", "rate", "failure_rate", "total", "failure", "short_circuited", "semaphore_rejected", "thread_pool_rejected", "count_timeout", "circuit_breaker_open", "is_circuit_breaker_open", "l995", "l99", "l90", "l75", "l50", "l25", "l5", "latency_histogram")
    TIME_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    QPS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_RATE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    SHORT_CIRCUITED_FIELD_NUMBER: _ClassVar[int]
    SEMAPHORE_REJECTED_FIELD_NUMBER: _ClassVar[int]
    THREAD_POOL_REJECTED_FIELD_NUMBER: _ClassVar[int]
    COUNT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    CIRCUIT_BREAKER_OPEN_FIELD_NUMBER: _ClassVar[int]
    IS_CIRCUIT_BREAKER_OPEN_FIELD_NUMBER: _ClassVar[int]
    L995_FIELD_NUMBER: _ClassVar[int]
    L99_FIELD_NUMBER: _ClassVar[int]
    L90_FIELD_NUMBER: _ClassVar[int]
    L75_FIELD_NUMBER: _ClassVar[int]
    L50_FIELD_NUMBER: _ClassVar[int]
    L25_FIELD_NUMBER: _ClassVar[int]
    L5_FIELD_NUMBER: _ClassVar[int]
    LATENCY_HISTOGRAM_FIELD_NUMBER: _ClassVar[int]
    time: int
    name: str
    desc: str
    qps: float
    latency: float
    rate: float
    failure_rate: float
    total: int
    failure: int
    short_circuited: int
    semaphore_rejected: int
    thread_pool_rejected: int
    count_timeout: int
    circuit_breaker_open: bool
    is_circuit_breaker_open: bool
    l995: float
    l99: float
    l90: float
    l75: float
    l50: float
    l25: float
    l5: float
    latency_histogram: LatencyHistogram
    def __init__(self, time: _Optional[int] = ..., name: _Optional[str] = ..., desc: _Optional[str] = ..., qps: _Optional[float] = ..., latency: _Optional[float] = ..., rate: _Optional[float] = ..., failure_rate: _Optional[float] = ..., total: _Optional[int] = ..., failure: _Optional[int] = ..., short_circuited: _Optional[int] = ..., semaphore_rejected: _Optional[int] = ..., thread_pool_rejected: _Optional[int] = ..., count_timeout: _Optional[int] = ..., circuit_breaker_open: _Optional[bool] = ..., is_circuit_breaker_open: _Optional[bool] = ..., l995: _Optional[float] = ..., l99: _Optional[float] = ..., l90: _Optional[float] = ..., l75: _Optional[float] = ..., l50: _Optional[float] = ..., l25: _Optional[float] = ..., l5: _Optional[float] = ..., latency_histogram: _Optional[_Union[LatencyHistogram, _Mapping]] = ...) -> None: ...

class LatencyHistogram(_message.Message):
    __slots__ = ("scale", "offset", "counts", "zero_count", "sum")
    SCALE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    COUNTS_FIELD_NUMBER: _ClassVar[int]
    ZERO_COUNT_FIELD_NUMBER: _ClassVar[int]
    SUM_FIELD_NUMBER: _ClassVar[int]
    scale: int
    offset: int
    counts: _containers.RepeatedScalarFieldContainer[int]
    zero_count: int
    sum: float
    def __init__(self, scale: _Optional[int] = ..., offset: _Optional[int] = ..., counts: _Optional[_Iterable[int]] = ..., zero_count: _Optional[int] = ..., sum: _Optional[float] = ...) -> None: ...

class MetricData(_message.Message):
    __slots__ = ("name", "app_id", "version", "service_id", "instance", "instance_id", "environment", "thread", "thread_count", "cpu", "memory", "load_average", "uptime", "interfaces", "customs", "diagnosis", "providers_cache")
    NAME_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SERVICE_ID_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    THREAD_FIELD_NUMBER: _ClassVar[int]
    THREAD_COUNT_FIELD_NUMBER: _ClassVar[int]
    CPU_FIELD_NUMBER: _ClassVar[int]
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    LOAD_AVERAGE_FIELD_NUMBER: _ClassVar[int]
    UPTIME_FIELD_NUMBER: _ClassVar[int]
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    CUSTOMS_FIELD_NUMBER: _ClassVar[int]
    DIAGNOSIS_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_CACHE_FIELD_NUMBER: _ClassVar[int]
    name: str
    app_id: str
    version: str
    service_id: str
    instance: str
    instance_id: str
    environment: str
    thread: _struct_pb2.Value
    thread_count: int
    cpu: _struct_pb2.Value
    memory: _struct_pb2.Value
    load_average: float
    uptime: int
    interfaces: _containers.RepeatedCompositeFieldContainer[InterfaceMetric]
    customs: _struct_pb2.Value
    diagnosis: _struct_pb2.Value
    providers_cache: _struct_pb2.Value
    def __init__(self, name: _Optional[str] = ..., app_id: _Optional[str] = ..., version: _Optional[str] = ..., service_id: _Optional[str] = ..., instance: _Optional[str] = ..., instance_id: _Optional[str] = ..., environment: _Optional[str] = ..., thread: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., thread_count: _Optional[int] = ..., cpu: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., memory: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., load_average: _Optional[float] = ..., uptime: _Optional[int] = ..., interfaces: _Optional[_Iterable[_Union[InterfaceMetric, _Mapping]]] = ..., customs: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., diagnosis: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., providers_cache: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ...) -> None: ...

class UploadMetricRequest(_message.Message):
    __slots__ = ("project_id", "service", "metric")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    METRIC_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    service: str
    metric: MetricData
    def __init__(self, project_id: _Optional[str] = ..., service: _Optional[str] = ..., metric: _Optional[_Union[MetricData, _Mapping]] = ...) -> None: ...

class UploadMetricResponse(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: str
    def __init__(self, message: _Optional[str] = ...) -> None: ...

class MetricInfo(_message.Message):
    __slots__ = ("service", "function_name", "instance", "time", "app_id", "version", "qps", "latency", "rate", "failure_rate", "total", "breaker_rate_agg", "circuit_breaker_open", "is_circuit_breaker_open", "failure", "short_circuited", "semaphore_rejected", "thread_pool_rejected", "count_timeout", "l995", "l99", "l90", "l75", "l50", "l25", "l5", "instance_count", "desc", "host", "instance_id", "estimates", "dialect", "sent", "percentiles_exact", "latency_histogram")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_NAME_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    QPS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    FAILURE_RATE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    BREAKER_RATE_AGG_FIELD_NUMBER: _ClassVar[int]
    CIRCUIT_BREAKER_OPEN_FIELD_NUMBER: _ClassVar[int]
    IS_CIRCUIT_BREAKER_OPEN_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    SHORT_CIRCUITED_FIELD_NUMBER: _ClassVar[int]
    SEMAPHORE_REJECTED_FIELD_NUMBER: _ClassVar[int]
    THREAD_POOL_REJECTED_FIELD_NUMBER: _ClassVar[int]
    COUNT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    L995_FIELD_NUMBER: _ClassVar[int]
    L99_FIELD_NUMBER: _ClassVar[int]
    L90_FIELD_NUMBER: _ClassVar[int]
    L75_FIELD_NUMBER: _ClassVar[int]
    L50_FIELD_NUMBER: _ClassVar[int]
    L25_FIELD_NUMBER: _ClassVar[int]
    L5_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    DESC_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    ESTIMATES_FIELD_NUMBER: _ClassVar[int]
    DIALECT_FIELD_NUMBER: _ClassVar[int]
    SENT_FIELD_NUMBER: _ClassVar[int]
    PERCENTILES_EXACT_FIELD_NUMBER: _ClassVar[int]
    LATENCY_HISTOGRAM_FIELD_NUMBER: _ClassVar[int]
    service: str
    function_name: str
    instance: str
    time: int
    app_id: str
    version: str
    qps: float
    latency: float
    rate: float
    failure_rate: float
    total: int
    breaker_rate_agg: float
    circuit_breaker_open: bool
    is_circuit_breaker_open: bool
    failure: int
    short_circuited: int
    semaphore_rejected: int
    thread_pool_rejected: int
    count_timeout: int
    l995: float
    l99: float
    l90: float
    l75: float
    l50: float
    l25: float
    l5: float
    instance_count: int
    desc: str
    host: str
    instance_id: str
    estimates: _containers.RepeatedScalarFieldContainer[str]
    dialect: str
    sent: InterfaceMetric
    percentiles_exact: bool
    latency_histogram: LatencyHistogram
    def __init__(self, service: _Optional[str] = ..., function_name: _Optional[str] = ..., instance: _Optional[str] = ..., time: _Optional[int] = ..., app_id: _Optional[str] = ..., version: _Optional[str] = ..., qps: _Optional[float] = ..., latency: _Optional[float] = ..., rate: _Optional[float] = ..., failure_rate: _Optional[float] = ..., total: _Optional[int] = ..., breaker_rate_agg: _Optional[float] = ..., circuit_breaker_open: _Optional[bool] = ..., is_circuit_breaker_open: _Optional[bool] = ..., failure: _Optional[int] = ..., short_circuited: _Optional[int] = ..., semaphore_rejected: _Optional[int] = ..., thread_pool_rejected: _Optional[int] = ..., count_timeout: _Optional[int] = ..., l995: _Optional[float] = ..., l99: _Optional[float] = ..., l90: _Optional[float] = ..., l75: _Optional[float] = ..., l50: _Optional[float] = ..., l25: _Optional[float] = ..., l5: _Optional[float] = ..., instance_count: _Optional[int] = ..., desc: _Optional[str] = ..., host: _Optional[str] = ..., instance_id: _Optional[str] = ..., estimates: _Optional[_Iterable[str]] = ..., dialect: _Optional[str] = ..., sent: _Optional[_Union[InterfaceMetric, _Mapping]] = ..., percentiles_exact: _Optional[bool] = ..., latency_histogram: _Optional[_Union[LatencyHistogram, _Mapping]] = ...) -> None: ...

class QueryMetricsRequest(_message.Message):
    __slots__ = ("project_id", "service", "instance", "function", "per_instance")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    PER_INSTANCE_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    service: str
    instance: str
    function: str
    per_instance: bool
    def __init__(self, project_id: _Optional[str] = ..., service: _Optional[str] = ..., instance: _Optional[str] = ..., function: _Optional[str] = ..., per_instance: _Optional[bool] = ...) -> None: ...

class QueryMetricsResponse(_message.Message):
    __slots__ = ("metrics", "thresholds")
    METRICS_FIELD_NUMBER: _ClassVar[int]
    THRESHOLDS_FIELD_NUMBER: _ClassVar[int]
    metrics: _containers.RepeatedCompositeFieldContainer[MetricInfo]
    thresholds: _containers.RepeatedCompositeFieldContainer[ThresholdState]
    def __init__(self, metrics: _Optional[_Iterable[_Union[MetricInfo, _Mapping]]] = ..., thresholds: _Optional[_Iterable[_Union[ThresholdState, _Mapping]]] = ...) -> None: ...

class ServiceSummary(_message.Message):
    __slots__ = ("service", "app_id", "version", "instance_count", "known_instance_count", "last_report_time", "qps", "failure_rate", "circuit_breaker_open", "interface_count", "latency", "open_breaker_count", "total", "failure", "limits_reached", "threshold")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    KNOWN_INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    LAST_REPORT_TIME_FIELD_NUMBER: _ClassVar[int]
    QPS_FIELD_NUMBER: _ClassVar[int]
    FAILURE_RATE_FIELD_NUMBER: _ClassVar[int]
    CIRCUIT_BREAKER_OPEN_FIELD_NUMBER: _ClassVar[int]
    INTERFACE_COUNT_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    OPEN_BREAKER_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    LIMITS_REACHED_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    service: str
    app_id: str
    version: str
    instance_count: int
    known_instance_count: int
    last_report_time: int
    qps: float
    failure_rate: float
    circuit_breaker_open: bool
    interface_count: int
    latency: float
    open_breaker_count: int
    total: int
    failure: int
    limits_reached: _containers.RepeatedScalarFieldContainer[str]
    threshold: ThresholdState
    def __init__(self, service: _Optional[str] = ..., app_id: _Optional[str] = ..., version: _Optional[str] = ..., instance_count: _Optional[int] = ..., known_instance_count: _Optional[int] = ..., last_report_time: _Optional[int] = ..., qps: _Optional[float] = ..., failure_rate: _Optional[float] = ..., circuit_breaker_open: _Optional[bool] = ..., interface_count: _Optional[int] = ..., latency: _Optional[float] = ..., open_breaker_count: _Optional[int] = ..., total: _Optional[int] = ..., failure: _Optional[int] = ..., limits_reached: _Optional[_Iterable[str]] = ..., threshold: _Optional[_Union[ThresholdState, _Mapping]] = ...) -> None: ...

class ListServicesRequest(_message.Message):
    __slots__ = ("project_id", "offset", "limit")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    offset: int
    limit: int
    def __init__(self, project_id: _Optional[str] = ..., offset: _Optional[int] = ..., limit: _Optional[int] = ...) -> None: ...

class ListServicesResponse(_message.Message):
    __slots__ = ("services", "total", "services_limit_reached")
    SERVICES_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    SERVICES_LIMIT_REACHED_FIELD_NUMBER: _ClassVar[int]
    services: _containers.RepeatedCompositeFieldContainer[ServiceSummary]
    total: int
    services_limit_reached: bool
    def __init__(self, services: _Optional[_Iterable[_Union[ServiceSummary, _Mapping]]] = ..., total: _Optional[int] = ..., services_limit_reached: _Optional[bool] = ...) -> None: ...

class InstanceInfo(_message.Message):
    __slots__ = ("service", "instance", "host", "instance_id", "service_id", "app_id", "version", "environment", "thread", "cpu", "memory", "load_average", "uptime", "customs", "diagnosis", "providers_cache", "last_report_time", "live", "client")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    HOST_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ID_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    THREAD_FIELD_NUMBER: _ClassVar[int]
    CPU_FIELD_NUMBER: _ClassVar[int]
    MEMORY_FIELD_NUMBER: _ClassVar[int]
    LOAD_AVERAGE_FIELD_NUMBER: _ClassVar[int]
    UPTIME_FIELD_NUMBER: _ClassVar[int]
    CUSTOMS_FIELD_NUMBER: _ClassVar[int]
    DIAGNOSIS_FIELD_NUMBER: _ClassVar[int]
    PROVIDERS_CACHE_FIELD_NUMBER: _ClassVar[int]
    LAST_REPORT_TIME_FIELD_NUMBER: _ClassVar[int]
    LIVE_FIELD_NUMBER: _ClassVar[int]
    CLIENT_FIELD_NUMBER: _ClassVar[int]
    service: str
    instance: str
    host: str
    instance_id: str
    service_id: str
    app_id: str
    version: str
    environment: str
    thread: _struct_pb2.Value
    cpu: _struct_pb2.Value
    memory: _struct_pb2.Value
    load_average: float
    uptime: int
    customs: _struct_pb2.Value
    diagnosis: _struct_pb2.Value
    providers_cache: _struct_pb2.Value
    last_report_time: int
    live: bool
    client: ClientInfo
    def __init__(self, service: _Optional[str] = ..., instance: _Optional[str] = ..., host: _Optional[str] = ..., instance_id: _Optional[str] = ..., service_id: _Optional[str] = ..., app_id: _Optional[str] = ..., version: _Optional[str] = ..., environment: _Optional[str] = ..., thread: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., cpu: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., memory: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., load_average: _Optional[float] = ..., uptime: _Optional[int] = ..., customs: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., diagnosis: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., providers_cache: _Optional[_Union[_struct_pb2.Value, _Mapping]] = ..., last_report_time: _Optional[int] = ..., live: _Optional[bool] = ..., client: _Optional[_Union[ClientInfo, _Mapping]] = ...) -> None: ...

class ClientInfo(_message.Message):
    __slots__ = ("family", "version", "signals")
    FAMILY_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    SIGNALS_FIELD_NUMBER: _ClassVar[int]
    family: str
    version: str
    signals: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, family: _Optional[str] = ..., version: _Optional[str] = ..., signals: _Optional[_Iterable[str]] = ...) -> None: ...

class ListInstancesRequest(_message.Message):
    __slots__ = ("project_id", "service")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    service: str
    def __init__(self, project_id: _Optional[str] = ..., service: _Optional[str] = ...) -> None: ...

class ListInstancesResponse(_message.Message):
    __slots__ = ("instances",)
    INSTANCES_FIELD_NUMBER: _ClassVar[int]
    instances: _containers.RepeatedCompositeFieldContainer[InstanceInfo]
    def __init__(self, instances: _Optional[_Iterable[_Union[InstanceInfo, _Mapping]]] = ...) -> None: ...

class QuerySeriesRequest(_message.Message):
    __slots__ = ("project_id", "service", "instance", "function", "start", "end", "step")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_FIELD_NUMBER: _ClassVar[int]
    FUNCTION_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    service: str
    instance: str
    function: str
    start: int
    end: int
    step: int
    def __init__(self, project_id: _Optional[str] = ..., service: _Optional[str] = ..., instance: _Optional[str] = ..., function: _Optional[str] = ..., start: _Optional[int] = ..., end: _Optional[int] = ..., step: _Optional[int] = ...) -> None: ...

class SeriesPoint(_message.Message):
    __slots__ = ("time", "qps", "latency", "failure_rate", "total", "failure", "short_circuited", "semaphore_rejected", "thread_pool_rejected", "count_timeout", "l995", "l99", "l90", "l75", "l50", "l25", "l5", "circuit_breaker_open", "breaker_rate_agg", "instance_count", "estimates", "percentiles_exact", "latency_histogram")
    TIME_FIELD_NUMBER: _ClassVar[int]
    QPS_FIELD_NUMBER: _ClassVar[int]
    LATENCY_FIELD_NUMBER: _ClassVar[int]
    FAILURE_RATE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    FAILURE_FIELD_NUMBER: _ClassVar[int]
    SHORT_CIRCUITED_FIELD_NUMBER: _ClassVar[int]
    SEMAPHORE_REJECTED_FIELD_NUMBER: _ClassVar[int]
    THREAD_POOL_REJECTED_FIELD_NUMBER: _ClassVar[int]
    COUNT_TIMEOUT_FIELD_NUMBER: _ClassVar[int]
    L995_FIELD_NUMBER: _ClassVar[int]
    L99_FIELD_NUMBER: _ClassVar[int]
    L90_FIELD_NUMBER: _ClassVar[int]
    L75_FIELD_NUMBER: _ClassVar[int]
    L50_FIELD_NUMBER: _ClassVar[int]
    L25_FIELD_NUMBER: _ClassVar[int]
    L5_FIELD_NUMBER: _ClassVar[int]
    CIRCUIT_BREAKER_OPEN_FIELD_NUMBER: _ClassVar[int]
    BREAKER_RATE_AGG_FIELD_NUMBER: _ClassVar[int]
    INSTANCE_COUNT_FIELD_NUMBER: _ClassVar[int]
    ESTIMATES_FIELD_NUMBER: _ClassVar[int]
    PERCENTILES_EXACT_FIELD_NUMBER: _ClassVar[int]
    LATENCY_HISTOGRAM_FIELD_NUMBER: _ClassVar[int]
    time: int
    qps: float
    latency: float
    failure_rate: float
    total: int
    failure: int
    short_circuited: int
    semaphore_rejected: int
    thread_pool_rejected: int
    count_timeout: int
    l995: float
    l99: float
    l90: float
    l75: float
    l50: float
    l25: float
    l5: float
    circuit_breaker_open: bool
    breaker_rate_agg: float
    instance_count: int
    estimates: _containers.RepeatedScalarFieldContainer[str]
    percentiles_exact: bool
    latency_histogram: LatencyHistogram
    def __init__(self, time: _Optional[int] = ..., qps: _Optional[float] = ..., latency: _Optional[float] = ..., failure_rate: _Optional[float] = ..., total: _Optional[int] = ..., failure: _Optional[int] = ..., short_circuited: _Optional[int] = ..., semaphore_rejected: _Optional[int] = ..., thread_pool_rejected: _Optional[int] = ..., count_timeout: _Optional[int] = ..., l995: _Optional[float] = ..., l99: _Optional[float] = ..., l90: _Optional[float] = ..., l75: _Optional[float] = ..., l50: _Optional[float] = ..., l25: _Optional[float] = ..., l5: _Optional[float] = ..., circuit_breaker_open: _Optional[bool] = ..., breaker_rate_agg: _Optional[float] = ..., instance_count: _Optional[int] = ..., estimates: _Optional[_Iterable[str]] = ..., percentiles_exact: _Optional[bool] = ..., latency_histogram: _Optional[_Union[LatencyHistogram, _Mapping]] = ...) -> None: ...

class InterfaceSeries(_message.Message):
    __slots__ = ("function_name", "points")
    FUNCTION_NAME_FIELD_NUMBER: _ClassVar[int]
    POINTS_FIELD_NUMBER: _ClassVar[int]
    function_name: str
    points: _containers.RepeatedCompositeFieldContainer[SeriesPoint]
    def __init__(self, function_name: _Optional[str] = ..., points: _Optional[_Iterable[_Union[SeriesPoint, _Mapping]]] = ...) -> None: ...

class QuerySeriesResponse(_message.Message):
    __slots__ = ("service", "start", "end", "step", "resolution", "series", "truncated")
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    START_FIELD_NUMBER: _ClassVar[int]
    END_FIELD_NUMBER: _ClassVar[int]
    STEP_FIELD_NUMBER: _ClassVar[int]
    RESOLUTION_FIELD_NUMBER: _ClassVar[int]
    SERIES_FIELD_NUMBER: _ClassVar[int]
    TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    service: str
    start: int
    end: int
    step: int
    resolution: str
    series: _containers.RepeatedCompositeFieldContainer[InterfaceSeries]
    truncated: bool
    def __init__(self, service: _Optional[str] = ..., start: _Optional[int] = ..., end: _Optional[int] = ..., step: _Optional[int] = ..., resolution: _Optional[str] = ..., series: _Optional[_Iterable[_Union[InterfaceSeries, _Mapping]]] = ..., truncated: _Optional[bool] = ...) -> None: ...

class ExportMetricsRequest(_message.Message):
    __slots__ = ("project_id", "service")
    PROJECT_ID_FIELD_NUMBER: _ClassVar[int]
    SERVICE_FIELD_NUMBER: _ClassVar[int]
    project_id: str
    service: str
    def __init__(self, project_id: _Optional[str] = ..., service: _Optional[str] = ...) -> None: ...

class ExportMetricsResponse(_message.Message):
    __slots__ = ("interfaces", "instances", "services", "time", "domain", "project", "truncated")
    INTERFACES_FIELD_NUMBER: _ClassVar[int]
    INSTANCES_FIELD_NUMBER: _ClassVar[int]
    SERVICES_FIELD_NUMBER: _ClassVar[int]
    TIME_FIELD_NUMBER: _ClassVar[int]
    DOMAIN_FIELD_NUMBER: _ClassVar[int]
    PROJECT_FIELD_NUMBER: _ClassVar[int]
    TRUNCATED_FIELD_NUMBER: _ClassVar[int]
    interfaces: _containers.RepeatedCompositeFieldContainer[MetricInfo]
    instances: _containers.RepeatedCompositeFieldContainer[InstanceInfo]
    services: _containers.RepeatedCompositeFieldContainer[MetricInfo]
    time: int
    domain: str
    project: str
    truncated: bool
    def __init__(self, interfaces: _Optional[_Iterable[_Union[MetricInfo, _Mapping]]] = ..., instances: _Optional[_Iterable[_Union[InstanceInfo, _Mapping]]] = ..., services: _Optional[_Iterable[_Union[MetricInfo, _Mapping]]] = ..., time: _Optional[int] = ..., domain: _Optional[str] = ..., project: _Optional[str] = ..., truncated: _Optional[bool] = ...) -> None: ...
