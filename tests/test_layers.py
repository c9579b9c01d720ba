"""Layers point one way: gateway and server stand on core; the gateway never imports the
server and its process loads no store code; the stores import only core and themselves. And
everything is in one import package: nothing imports `core`, `server` or `gateway` bare."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from harness.service import REPO


def _imports(package: str) -> dict[str, set[str]]:
    """Every module a package's files import, by file."""
    found = {}
    for path in sorted((REPO / package).rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(REPO))] = names
    return found


PACKAGES = ("core", "server", "gateway", "client")  # folders mapped to csemonitor.<folder>


def _top(name: str) -> str:
    """The csemonitor part a module belongs to (`core`, `server`, ...), else its top name."""
    parts = name.split(".")
    return parts[1] if parts[0] == "csemonitor" and len(parts) > 1 else parts[0]


def test_every_module_imports_the_namespace_not_bare_folder_names():
    bare = ("core", "server", "gateway", "client", "csemonitor_client", "launch", "prometheus")
    for folder in (*PACKAGES, "harness", "bench", "tests"):
        for path, names in _imports(folder).items():
            assert not {n for n in names if n.split(".")[0] in bare}, path


def test_core_imports_neither_server_nor_gateway():
    for path, names in _imports("core").items():
        assert not {n for n in names if _top(n) in ("server", "gateway", "tests")}, path


def test_the_gateway_never_imports_the_server():
    for path, names in _imports("gateway").items():
        assert not {n for n in names if _top(n) in ("server", "tests")}, path


def test_the_stores_import_only_core_and_their_own_package():
    for path, names in _imports("server/store").items():
        upward = {
            n for n in names if _top(n) == "server" and not n.startswith("csemonitor.server.store")
        }
        assert not upward, (path, upward)


def test_the_server_never_imports_the_gateway():
    for path, names in _imports("server").items():
        assert not {n for n in names if _top(n) == "gateway"}, path


def test_the_gateway_process_loads_no_store_code(service):
    # What the running gateway has loaded: no SQLite, snappy or the TSDB client's native code.
    libraries = Path(f"/proc/{service.gateway.pid}/maps").read_text()
    for native in ("_sqlite3", "cramjam", "aiohttp"):
        assert native not in libraries, native
    # And importing the gateway (everything its process imports) brings no server module.
    probe = (
        "import sys, csemonitor.gateway.__main__ as main; "
        "from csemonitor.core.settings import GatewaySettings; "
        "main.create_app(GatewaySettings()); "
        "print(sorted(m for m in sys.modules if m.startswith('csemonitor.server') or "
        "m.split('.')[0] in ('sqlite3', '_sqlite3', 'aiohttp', 'cramjam')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        env=service.env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]", result.stdout


def test_the_client_package_stands_on_core_only():
    # A service that installs the reporter loads no server, gateway or store code; only the
    # CLI's `serve` hands over to the service's launcher, when the service is installed.
    for path, names in _imports("client").items():
        upward = {n for n in names if _top(n) in ("server", "gateway", "tests")}
        assert upward <= ({"csemonitor.server"} if path == "client/cli.py" else set()), path
    probe = (
        "import sys, csemonitor.client, csemonitor.client.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('fastapi', 'uvicorn', "
        "'aiohttp', 'sqlite3') or m.startswith(('csemonitor.server', 'csemonitor.gateway'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]", loaded
