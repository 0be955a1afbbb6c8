"""Fixtures for the end-to-end tests: one wasm build and one sample MCP server
per session, one Envoy per deployment mode per test file.

Environment knobs:
  MCP_WARDEN_SKIP_BUILD=1   use dist/mcp_warden.wasm as it is (scripts/test.sh
                            has just built it)
  MCP_WARDEN_WASM=PATH      run another .wasm (harness development)
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from . import harness
from .harness import MODES, Envoy, PortBlock, SampleServer

# Port offsets inside a file's block for each Envoy slot: (listener, admin).
SLOTS = {"a": (1, 2), "b": (3, 4), "x1": (5, 6), "x2": (7, 8)}


@pytest.fixture(scope="session")
def wasm() -> Path:
    override = os.environ.get("MCP_WARDEN_WASM")
    if override:
        harness.WASM = Path(override).resolve()
    elif os.environ.get("MCP_WARDEN_SKIP_BUILD") != "1":
        proc = subprocess.run(
            [str(harness.ROOT / "scripts" / "build.sh")],
            capture_output=True,
            text=True,
            timeout=1200,
            cwd=harness.ROOT,
        )
        if proc.returncode != 0:
            pytest.fail(f"scripts/build.sh failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-8000:]}", pytrace=False)
    if not harness.WASM.is_file():
        pytest.fail(f"{harness.WASM} is missing", pytrace=False)
    return harness.WASM


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="session")
def sample_server(workdir: Path) -> Iterator[SampleServer]:
    """One sample MCP server for the whole session (stateful SSE at /mcp)."""
    block = PortBlock.for_name("sample-server")
    server = SampleServer(block[0], workdir).start()
    yield server
    server.kill()


@pytest.fixture(scope="module")
def ports(request: pytest.FixtureRequest) -> PortBlock:
    return PortBlock.for_name(Path(request.module.__file__).name)


EnvoyFactory = Callable[..., Envoy]


@pytest.fixture(scope="module")
def envoy_factory(
    request: pytest.FixtureRequest, ports: PortBlock, sample_server: SampleServer, wasm: Path, workdir: Path
) -> Iterator[EnvoyFactory]:
    """make(policy, mode, slot=mode, start=True, **kw) -> Envoy, stopped at the end of the module.

    kw go to harness.Envoy (upstream_port defaults to the sample server's).

    At teardown, any sign of a crashed wasm VM in the Envoy log fails the module.
    """
    started: list[Envoy] = []
    module = Path(request.module.__file__).stem

    def make(policy: dict[str, Any] | str, mode: str, *, slot: str | None = None, start: bool = True, **kw: Any) -> Envoy:
        slot = slot or mode
        listen, admin = SLOTS[slot]
        envoy = Envoy(
            f"{module}-{slot}",
            workdir,
            listen_port=ports[listen],
            admin_port=ports[admin],
            upstream_port=kw.pop("upstream_port", sample_server.port),
            mode=mode,
            policy=policy,
            **kw,
        )
        started.append(envoy)
        if start:
            envoy.start()
        return envoy

    yield make

    crashes = []
    for envoy in started:
        envoy.stop()
        crashes.extend(f"{envoy.name}: {line}" for line in envoy.crash_lines())
    if crashes:
        pytest.fail("the wasm VM crashed:\n" + "\n".join(crashes[:50]), pytrace=False)


@pytest.fixture(autouse=True)
def _mark_logs() -> None:
    """Remember each live process's log position, for the failure report."""
    for proc in list(harness.LIVE):
        proc.mark()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.when in ("setup", "call") and report.failed:
        for proc in list(harness.LIVE):
            text = proc.log_since_mark()
            if text.strip():
                report.sections.append((f"{proc.name} log during this test", text))
            if isinstance(proc, Envoy):
                entries = proc.access_log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-10:]
                if entries:
                    report.sections.append((f"{proc.name} access log (last 10)", "\n".join(entries)))


__all__ = ["MODES", "SLOTS"]
