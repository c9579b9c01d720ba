"""PromQL built safely from client strings: every label value is a quoted, escaped literal and
matched with `=`, never spliced in raw and never used as a regular expression."""

from __future__ import annotations

import re

_LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


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


def selector(metric: str, **labels: str) -> str:
    """`metric{a="…",b="…"}` with exact matchers; metric and label names are ours, checked."""
    for name in (metric, *labels):
        if not _LABEL_NAME.match(name):
            raise ValueError(f"not a metric or label name: {name!r}")
    matchers = ",".join(f"{name}={string_literal(value)}" for name, value in labels.items())
    return f"{metric}{{{matchers}}}"
