"""The real processes (the service, a VictoriaMetrics) on free ports: what the tests and the
benchmarks start, so neither depends on the other."""
