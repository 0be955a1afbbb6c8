"""The mcp-warden CLI binary for tests (target/debug/mcp-warden).

scripts/test.sh builds it before pytest; otherwise it is built here once
(`cargo build -p mcp-warden-cli`), unless MCP_WARDEN_SKIP_BUILD=1 says the
build is current. MCP_WARDEN_CLI=PATH runs another binary.
"""

from __future__ import annotations

import functools
import json
import os
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / "target" / "debug" / "mcp-warden"


@functools.cache
def cli() -> Path:
    override = os.environ.get("MCP_WARDEN_CLI")
    if override:
        return Path(override).resolve()
    if os.environ.get("MCP_WARDEN_SKIP_BUILD") != "1" or not BIN.exists():
        proc = subprocess.run(
            ["cargo", "build", "--quiet", "-p", "mcp-warden-cli"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"cargo build -p mcp-warden-cli failed:\n{proc.stderr[-6000:]}")
    if not BIN.is_file():
        raise RuntimeError(f"{BIN} is missing: cargo build -p mcp-warden-cli")
    return BIN


def run(*args: str | os.PathLike[str], env: dict[str, str] | None = None, timeout: float = 60, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Runs the CLI; never raises on a non-zero exit (tests assert the code)."""
    return subprocess.run(
        [str(cli()), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        input=stdin,
        cwd=ROOT,
    )


def validate_json(policy_texts: list[str], tmp: Path, env: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """`mcp-warden validate --json` over many policies in one process."""
    files = []
    for i, text in enumerate(policy_texts):
        f = tmp / f"policy-{i}.json"
        f.write_text(text, encoding="utf-8")
        files.append(f)
    if not files:
        return []
    proc = run("validate", "--json", *files, env=env, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    verdicts = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert len(verdicts) == len(files), proc.stdout + proc.stderr
    return verdicts
