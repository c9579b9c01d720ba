"""A small fleet's uploads, shared by the tests that read them back as a dashboard would:
java-1 (sent over REST) and go-1 (sent over gRPC) report the same interface."""

JAVA = {
    "name": "cart",
    "instance": "java-1",
    "appId": "shop",
    "cpu": 0.35,
    "threadCount": 88,
    "uptime": 93_784_000,
    "loadAverage": 1.5,
    "memory": {"heapUsed": 201326592},
    "interfaces": [
        {
            "name": "Provider.cart.add",
            "qps": 12.5,
            "latency": 8,
            "total": 125,
            "failure": 5,
            "l5": 1,
            "l25": 2,
            "l50": 4,
            "l75": 6,
            "l90": 20,
            "l99": 40,
            "l995": 55,
            "countTimeout": 2,
            "shortCircuited": 1,
            "semaphoreRejected": 3,
            "threadPoolRejected": 4,
        },
        {
            "name": "Provider.cart.pay",
            "qps": 3,
            "latency": 30,
            "total": 30,
            "failure": 30,
            "circuitBreakerOpen": True,
        },
    ],
}
GO = {
    "name": "cart",
    "instance": "go-1",
    "thread": 21,
    "cpu": 8,
    "interfaces": [
        {"name": "Provider.cart.add", "qps": 7.5, "latency": 16, "total": 75, "l99": 90}
    ],
}
