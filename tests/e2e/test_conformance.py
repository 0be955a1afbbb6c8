"""The official MCP conformance suite, server side, through mcp-warden.

`@modelcontextprotocol/conformance` (npm, version pinned in scripts/env.sh,
installed into .tools/conformance) plays an MCP client against a server URL
and grades the answers check by check. It runs twice per target: the whole
suite (`--suite all`: every scenario at its own protocol revision,
extensions included) and exactly what the 2026-07-28 revision requires
(`--requirements 2026-07-28`, on the stateless wire).

The target is the sample MCP server (the official Python SDK), first
directly, then through Envoy + mcp-warden in each deployment mode, with a
policy that lets the (tokenless) conformance client do everything. The
filter must be invisible to a client it allows: the set of passing checks
through the filter equals the set passing directly. Checks the server fails
on its own (it implements none of the suite's test_* tools) fail in both and
do not count.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import EnvoyFactory
from .harness import MODES, ROOT, SampleServer
from .policies import base_policy

PACKAGE = ROOT / ".tools" / "conformance" / "node_modules" / "@modelcontextprotocol" / "conformance"
NODE20_SHIM = Path(__file__).with_name("conformance_node20.mjs")
RUNS = {"all": ["--suite", "all"], "2026-07-28": ["--requirements", "2026-07-28"]}
SCENARIO_DIR = re.compile(r"^server-(?P<scenario>.+)-\d{4}-\d\d-\d\dT[0-9-]+Z$")

Key = tuple[str, str, str, int]  # (run, scenario, check id, occurrence)


# Checks the filter answers itself, correctly, where the sample server (which
# has no tasks extension) cannot: a task id that is not one the filter sealed
# for this caller is refused locally with the revision's -32602.
FILTER_ANSWERS = {"sep-2663-tasks-get-invalid-task-id-32602"}


def conformance_policy() -> dict[str, Any]:
    """The conformance client sends no token: no identity required, everything allowed."""
    p = base_policy()
    p["limits"]["maxJsonDepth"] = 64  # the filter's default; the suite sends deep JSON schemas
    p["identity"]["require"] = "none"
    p["servers"] = [s for s in p["servers"] if s["name"] == "tickets"]
    p["rules"] = [
        {
            "name": "conformance-client",
            "effect": "allow",
            "who": {"anyone": True},
            "servers": ["tickets"],
            "tools": ["*"],
            "resources": ["*"],
            "prompts": ["*"],
            "methods": ["*"],
        }
    ]
    return p


def node_command() -> list[str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not installed (scripts/env.sh needs Node.js and npm for this test)", pytrace=False)
    entry = PACKAGE / "dist" / "index.js"
    if not entry.is_file():
        pytest.fail(f"{entry} is missing: run scripts/env.sh", pytrace=False)
    major = int(subprocess.run([node, "-p", "process.versions.node.split('.')[0]"], capture_output=True, text=True, timeout=30).stdout)
    shim = ["--import", str(NODE20_SHIM)] if major < 22 else []
    return [node, *shim, str(entry)]


def run_suite(url: str, out: Path) -> dict[Key, dict[str, Any]]:
    """Every check of both runs against url, keyed (run, scenario, check id, occurrence)."""
    checks: dict[Key, dict[str, Any]] = {}
    for label, args in RUNS.items():
        target = out / label
        shutil.rmtree(target, ignore_errors=True)
        proc = subprocess.run(
            [*node_command(), "server", "--url", url, *args, "-o", str(target), "--timeout", "20000"],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=ROOT,
            env={**os.environ, "NO_COLOR": "1"},
        )
        (out / f"{label}.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
        dirs = sorted(p for p in target.iterdir() if p.is_dir()) if target.is_dir() else []
        assert dirs, f"the conformance run {label} wrote no results (exit {proc.returncode}):\n{(proc.stdout + proc.stderr)[-4000:]}"
        for d in dirs:
            m = SCENARIO_DIR.match(d.name)
            assert m, d.name
            seen: dict[str, int] = {}
            for check in json.loads((d / "checks.json").read_text(encoding="utf-8")):
                n = seen.get(check["id"], 0)
                seen[check["id"]] = n + 1
                checks[(label, m["scenario"], check["id"], n)] = check
    return checks


def passing(checks: dict[Key, dict[str, Any]]) -> set[Key]:
    return {k for k, c in checks.items() if c.get("status") == "SUCCESS"}


@pytest.fixture(scope="module")
def direct(sample_server: SampleServer, workdir: Path) -> dict[Key, dict[str, Any]]:
    checks = run_suite(sample_server.url("/mcp"), workdir / "conformance-direct")
    # A run that broke early cannot make the comparison pass vacuously.
    assert len(passing(checks)) >= 100, f"only {len(passing(checks))} checks passed directly"
    return checks


@pytest.mark.parametrize("mode", MODES, ids=lambda m: f"mode-{m}")
def test_the_conformance_checks_that_pass_directly_pass_through_the_filter(
    mode: str, direct: dict[Key, dict[str, Any]], envoy_factory: EnvoyFactory, sample_server: SampleServer, workdir: Path
) -> None:
    envoy = envoy_factory(conformance_policy(), mode)
    cursor = sample_server.cursor()
    through = run_suite(envoy.url("/mcp"), workdir / f"conformance-mode-{mode}")
    # The suite really went through Envoy to the server.
    served = [r for r in sample_server.records_since(cursor) if r["kind"] == "http" and r["headers"].get("x-mcp-server") == "tickets"]
    assert len(served) >= 50, f"only {len(served)} requests reached the server through Envoy"
    lost = sorted(passing(direct) - passing(through))
    gained = sorted(k for k in passing(through) - passing(direct) if k[2] not in FILTER_ANSWERS)

    def why(k: Key) -> str:
        c = through.get(k, {})
        return f"{'/'.join(map(str, k))}: {c.get('status', 'missing')} {c.get('errorMessage', '')}"[:400]

    assert not lost and not gained, (
        f"{len(lost)} checks pass directly but not through the filter:\n"
        + "\n".join(why(k) for k in lost)
        + (f"\n{len(gained)} pass only through the filter: {gained}" if gained else "")
    )
