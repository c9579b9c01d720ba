"""The README as a newcomer pastes it: every command of "Try it" against the service started
as `make run` starts it (on free ports: each command's 8080 and 50051 become the ports the
service got), the backup line of the production checklist against the live store, and the
README's length and links."""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
import subprocess
import sys

import pytest

from harness.engines import free_port, require_binary
from harness.service import REPO, service_env, start_printing

README = (REPO / "README.md").read_text()
# Not run here: `tail` never ends by itself; grpcurl is not a Debian package.
NOT_RUN = ("csemonitor tail", "grpcurl ")


def _section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def _complete(command: str) -> bool:
    """Whether a shell command is whole: no open quote, no continuation backslash."""
    if command.endswith("\\"):
        return False
    try:
        shlex.split(command, comments=True)
    except ValueError:  # No closing quotation
        return False
    return True


def _blocks(text: str) -> list[list[str]]:
    """The ```sh blocks, each as its shell commands (lines joined while a quote or a backslash
    continues them), comment lines dropped."""
    blocks = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        commands, pending = [], ""
        for line in block.splitlines():
            if not pending and (not line.strip() or line.lstrip().startswith("#")):
                continue
            pending = f"{pending}\n{line}" if pending else line
            if _complete(pending):
                commands.append(pending)
                pending = ""
        blocks.append(commands)
    return blocks


def _commands(text: str) -> list[str]:
    return [command for block in _blocks(text) for command in block]


@pytest.fixture
def launched(tmp_path):
    """The launcher `make run` runs, on free ports, its data in tmp_path."""
    http_port, grpc_port = free_port(), free_port()
    env = service_env(tmp_path / "data", http_port=http_port, grpc_port=grpc_port, metrics_port=-1)
    launcher, _ = start_printing(  # gRPC, REST, data
        [sys.executable, "-m", "csemonitor.server.launch"], env, tmp_path / "launch.log", 3
    )
    try:
        yield http_port, grpc_port, env, tmp_path / "data"
    finally:
        launcher.terminate()
        launcher.wait(timeout=30)


def test_every_try_it_command_works_as_pasted(launched):
    http_port, grpc_port, env, _ = launched
    blocks = _blocks(_section("Try it"))
    commands = [command for block in blocks for command in block]
    assert any("curl -i -X POST" in c for c in commands) and any(
        "query cart" in c for c in commands
    )

    def run(script: str) -> subprocess.CompletedProcess:
        local = script.replace("8080", str(http_port)).replace("50051", str(grpc_port))
        done = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", local],
            cwd=REPO,
            # The `csemonitor` lines name no port: they find the server at its default, which
            # here is the free port the service got.
            env={**env, "CSEMONITOR_GRPC_TARGET": f"127.0.0.1:{grpc_port}"},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, (script, done.stderr)
        assert "error_code" not in done.stdout and "Traceback" not in done.stderr, script
        return done

    ran = 0
    for block in blocks:  # a block is one shell session: its variables carry over
        runnable = [c for c in block if not any(skip in c for skip in NOT_RUN)]
        if runnable:
            run("\n".join(runnable))
            ran += len(runnable)
    for command in commands:
        if command.startswith("curl -s"):
            json.loads(run(command).stdout)  # a JSON answer, not an error page
    assert ran >= 7
    assert not (REPO / "one.json").exists()  # the example writes to a temporary file


def test_the_checklists_backup_line_copies_the_live_store(launched, tmp_path):
    require_binary("sqlite3")
    http_port, _, env, data = launched
    upload = [c for c in _commands(_section("Try it")) if c.startswith("curl -i -X POST")][0]
    subprocess.run(
        ["bash", "-c", upload.replace("8080", str(http_port))], check=True, capture_output=True
    )
    [line] = re.findall(r'`(sqlite3 data/csemonitor.sqlite3 "\.backup [^"]+")`', README)
    copy = tmp_path / "backup.sqlite3"
    local = line.replace("data/", f"{data}/").replace("/backup/csemonitor.sqlite3", str(copy))
    subprocess.run(["bash", "-c", local], check=True, capture_output=True, timeout=60)
    with sqlite3.connect(copy) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = [row[0] for row in backup.execute("SELECT name FROM sqlite_master")]
        assert any(
            backup.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t.startswith("interface")
        ), tables


def test_the_readme_is_short_and_its_links_lead_somewhere():
    assert len(README.splitlines()) <= 250
    for target in re.findall(r"\]\(((?:docs|deploy)/[^)#]*|Containerfile)(?:#[^)]*)?\)", README):
        assert (REPO / target).exists(), target
    for page in (REPO / "docs").glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", page.read_text()):
            assert (page.parent / target).resolve().exists(), (page.name, target)
