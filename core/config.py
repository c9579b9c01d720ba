"""Where settings come from: a TOML config file, environment variables and flags, in that order
of precedence over the defaults (core.settings declares them); `--help` and the example file.

Every field `foo_bar` is the key `foo_bar` of the TOML config file (`--config` or
CSEMONITOR_CONFIG), is read from `CSEMONITOR_FOO_BAR` over it, and is overridden by `--foo-bar`.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import logging
import os
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import fields
from typing import Any

from csemonitor.core import log_summary
from csemonitor.core.settings import (
    CONFIG_ENV,
    ENV_PREFIX,
    SQLITE_SYNC_MODES,
    AnySettings,
    GatewaySettings,
    ServerSettings,
    parse_duration,
    parse_size,
)


def _convert(spec: dataclasses.Field, text: str) -> Any:
    parse = spec.metadata.get("parse")
    if parse is not None:
        return parse(text)
    if spec.type in ("int", int):
        return int(text)
    if spec.type in ("float", float):
        return float(text)
    choices = spec.metadata.get("choices")
    if choices:
        value = text.upper() if choices == SQLITE_SYNC_MODES else text.lower()
        if value not in choices:
            raise ValueError(f"{spec.name} must be one of {', '.join(choices)}, not {text!r}")
        return value
    return text


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _groups(kinds: Sequence[type]) -> list[tuple[str, list[dataclasses.Field]]]:
    """The settings groups of these kinds, each with the fields it declares itself, in the
    order the kinds list them; a group two kinds share appears once."""
    groups: dict[type, list[dataclasses.Field]] = {}
    for kind in kinds:
        for spec in fields(kind):
            owner = next(
                cls
                for cls in reversed(kind.__mro__)
                if dataclasses.is_dataclass(cls) and spec.name in cls.__dataclass_fields__
            )
            if all(spec.name != known.name for known in groups.setdefault(owner, [])):
                groups[owner].append(spec)
    return [((owner.__doc__ or "").strip().rstrip("."), specs) for owner, specs in groups.items()]


def settings_parser(*kinds: type[ServerSettings | GatewaySettings]) -> argparse.ArgumentParser:
    """The flags of these settings kinds (their union, each once, by group), `--config` first;
    what `--help` lists."""
    both = len(kinds) > 1
    parser = argparse.ArgumentParser(
        prog="csemonitor serve" if both else f"python -m csemonitor.{kinds[0].PROCESS}",
        usage="%(prog)s [--config FILE] [--SETTING VALUE ...]",
        description="Start the gRPC server and the REST gateway; every setting of both."
        if both
        else kinds[0].__doc__,
        epilog="Precedence: flags, then CSEMONITOR_* variables, then the config file, then the "
        "defaults. Durations: 500ms, 60s, 15m, 12h, 7d; sizes: 1048576, 512KiB, 1MiB.",
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help="list every setting and exit")
    parser.add_argument(
        "--config",
        dest="config",
        default=None,
        metavar="FILE",
        help=f"TOML file of settings, keys as the names below (env {CONFIG_ENV})",
    )
    for title, specs in _groups(kinds):
        group = parser.add_argument_group(title)
        for spec in specs:
            group.add_argument(
                _flag(spec.name),
                dest=spec.name,
                default=None,
                metavar="VALUE",
                help=f"{spec.metadata['help']}; default {_shown(spec)} "
                f"(env {ENV_PREFIX}{spec.name.upper()})",
            )
    return parser


def _as_duration(seconds: float) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds * 1000:g}ms"


def _as_size(size: int) -> str:
    for unit, bytes_ in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= bytes_ and size % bytes_ == 0:
            return f"{size // bytes_}{unit}"
    return str(size)


def _shown(spec: dataclasses.Field) -> str:
    """A setting's default as a TOML value: durations and sizes in their units."""
    parse = spec.metadata.get("parse")
    default: Any = spec.default
    if parse is parse_duration:
        return f'"{_as_duration(default)}"'
    if parse is parse_size:
        return f'"{_as_size(default)}"' if default else "0"
    if isinstance(spec.default, str):
        return '"' + spec.default.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{spec.default:g}" if isinstance(spec.default, float) else str(spec.default)


def example_config() -> str:
    """A config file with every setting of both processes at its default, commented out:
    what `csemonitor config` prints and deploy/csemonitor.toml holds."""
    lines = [
        "# csemonitor settings (TOML): every setting of both processes, at its default.",
        "# Uncomment a line to change it. CSEMONITOR_<NAME> variables and --<name> flags",
        "# override this file; select it with --config FILE or CSEMONITOR_CONFIG=FILE.",
        "# Durations: 500ms, 60s, 15m, 12h, 7d or seconds; sizes: 1048576, 512KiB, 1MiB.",
    ]
    for title, specs in _groups((ServerSettings, GatewaySettings)):
        lines += ["", f"## {title}"]
        for spec in specs:
            lines += [f"# {spec.metadata['help']}", f"#{spec.name} = {_shown(spec)}"]
    return "\n".join(lines) + "\n"


def read_config(path: str) -> dict[str, object]:
    """The settings a TOML file holds, top-level keys named as the settings (`http_port =
    8080`); raises ValueError naming the file and what is wrong."""
    try:
        with open(path, "rb") as source:
            data = tomllib.load(source)
    except OSError as exc:
        raise ValueError(f"config file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"config file {path}: not valid TOML: {exc}") from None
    known = {spec.name for kind in (ServerSettings, GatewaySettings) for spec in fields(kind)}
    for key, value in data.items():
        if isinstance(value, dict):
            raise ValueError(f"config file {path}: [{key}]: settings are top-level keys, no tables")
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            raise ValueError(f"config file {path}: unknown setting {key!r}{hint}")
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ValueError(f"config file {path}: {key} must be a string or a number")
    return data


def _convert_from(where: str, spec: dataclasses.Field, text: str) -> Any:
    try:
        return _convert(spec, text)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None


def load_settings(
    kind: type[AnySettings],
    argv: Sequence[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> AnySettings:
    """A process's settings (ServerSettings, GatewaySettings): the defaults, then the config
    file (`--config` or CSEMONITOR_CONFIG), then the environment, then command-line flags;
    raises ValueError naming where a bad value came from. Settings of the other process are
    ignored (`make run` passes every flag and the one file to both)."""
    environ = os.environ if environ is None else environ
    args, _unknown = settings_parser(kind).parse_known_args(argv if argv is not None else [])
    path = args.config or environ.get(CONFIG_ENV, "")
    from_file = read_config(path) if path else {}
    values = {}
    for spec in fields(kind):
        env_name = ENV_PREFIX + spec.name.upper()
        if spec.name in from_file:
            where = f"config file {path}: {spec.name}"
            values[spec.name] = _convert_from(where, spec, str(from_file[spec.name]))
        text = environ.get(env_name)
        if text is not None and text != "":
            values[spec.name] = _convert_from(env_name, spec, text)
        text = getattr(args, spec.name)
        if text is not None:
            values[spec.name] = _convert_from(_flag(spec.name), spec, text)
    return kind(**values)


def settings_for_process(kind: type[AnySettings], argv: Sequence[str]) -> AnySettings:
    """A process's settings from environment and flags, logging set up; exits on a bad value."""
    try:
        settings = load_settings(kind, argv)
    except ValueError as exc:
        sys.exit(f"csemonitor: {exc}")
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    log_summary.configure(settings.log_repeat_interval)
    return settings
