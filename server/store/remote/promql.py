"""PromQL built safely from client strings: every label value is a quoted, escaped literal,
matched with `=`, or, for a set of values, with `=~` over a pattern whose every character outside
[A-Za-z0-9_] is a hex escape. No client string is ever spliced in raw."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_PLAIN = re.compile(r"[A-Za-z0-9_]")
FIGURE = "figure"  # the label that names each part of a union()


def string_literal(value: str) -> str:
    """A PromQL double-quoted string whose value is exactly `value` (Go escaping rules)."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def regex_of(values: Iterable[str]) -> str:
    """An RE2 pattern matching exactly the given strings (each character outside [A-Za-z0-9_]
    written as \\x{…}, so nothing in a value is an operator)."""
    alternatives = sorted(
        "".join(c if _PLAIN.match(c) else f"\\x{{{ord(c):x}}}" for c in value) for value in values
    )
    return "(?:" + "|".join(alternatives) + ")"


def _check(*names: str) -> None:
    for name in names:
        if not _LABEL_NAME.match(name):
            raise ValueError(f"not a metric or label name: {name!r}")


def selector(metric: str, labels: Mapping[str, str | Iterable[str]]) -> str:
    """`metric{a="…",b=~"…"}`: a str value is matched exactly, a collection of values by a
    pattern of exactly those; metric and label names are ours, checked. An empty metric
    selects every metric with those labels."""
    matchers = []
    for name, value in labels.items():
        _check(name)
        if isinstance(value, str):
            matchers.append(f"{name}={string_literal(value)}")
        else:
            values = set(value)
            if len(values) == 1:
                matchers.append(f"{name}={string_literal(values.pop())}")
            else:
                matchers.append(f"{name}=~{string_literal(regex_of(values))}")
    if metric:
        _check(metric)
    return f"{metric}{{{','.join(matchers)}}}"


def duration(milliseconds: int) -> str:
    """A PromQL duration of whole milliseconds."""
    return f"{max(int(milliseconds), 1)}ms"


def union(parts: Mapping[str, str]) -> str:
    """One query answering several: each part's series labelled figure="<its name>"."""
    for name in parts:
        _check(name)
    return " or ".join(
        f'label_replace({expr}, "{FIGURE}", "{name}", "__name__", ".*")'
        for name, expr in parts.items()
    )
