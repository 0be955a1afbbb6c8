"""Envoy's own rate limiting on the MCP facts mcp-warden publishes, in a real
Envoy (2 workers) with the shipped snippets in envoy/ratelimit/ spliced into
the bootstrap rendered from envoy/envoy.yaml.tmpl.

What it establishes, per deployment mode:

  fact (filter state)           mode a (Istio WasmPlugin)   mode b (header stop)
  wasm.mcp_warden.principal     yes: set at header time      yes
  wasm.mcp_warden.target        no: set after the body,      yes: the later filters' header
                                after later filters already  phase runs only once mcp-warden
                                ran their header phase       has decided the body

for local_ratelimit (429 from Envoy) and for the global ratelimit filter (the
descriptors a rate limit service receives; tests/quota/fake_rls.py stands in
for github.com/envoyproxy/ratelimit).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e import harness
from tests.e2e.conftest import _mark_logs, envoy_factory, ports, sample_server, wasm, workdir  # noqa: F401 (fixtures)
from tests.e2e.harness import Raw
from tests.e2e.policies import alice, base_policy, bob, dave

ROOT = harness.ROOT
RL_DIR = ROOT / "envoy" / "ratelimit"
FAKE_RLS = Path(__file__).resolve().parent / "fake_rls.py"
PATH = "/mcp/stateless-json"

_spec = importlib.util.spec_from_file_location("splice", RL_DIR / "splice.py")
assert _spec and _spec.loader
splice = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(splice)

LOCAL = (RL_DIR / "local-ratelimit.yaml").read_text(encoding="utf-8")
GLOBAL = (RL_DIR / "global-ratelimit.yaml").read_text(encoding="utf-8")
GLOBAL_CLUSTER = (RL_DIR / "global-ratelimit-cluster.yaml").read_text(encoding="utf-8")


def tool_call(raw: Raw, token: str, name: str, arguments: dict[str, Any], id: int = 1) -> httpx.Response:
    return raw.call(PATH, "tools/call", {"name": name, "arguments": arguments}, id=id, token=token)


def calls_until_429(raw: Raw, token: str, name: str, arguments: dict[str, Any], most: int) -> tuple[int, httpx.Response | None]:
    """How many calls passed (HTTP 200) before the first 429, and that 429."""
    for i in range(most):
        r = tool_call(raw, token, name, arguments, id=i + 1)
        if r.status_code == 429:
            return i, r
        assert r.status_code == 200, (i, r.status_code, r.text)
        assert "error" not in r.json(), r.text
    return most, None


class FakeRls(harness.Proc):
    def __init__(self, port: int, workdir: Path) -> None:
        self.name = f"fake-rls:{port}"
        self.port = port
        self.log_path = workdir / f"fake-rls-{port}.log"
        self.record_path = workdir / f"fake-rls-{port}.jsonl"

    def start(self) -> FakeRls:
        self.record_path.write_text("")
        self._spawn([sys.executable, str(FAKE_RLS), "--port", str(self.port), "--record", str(self.record_path)])
        harness.wait_for_port(self.port, self, 15.0)
        return self

    def requests(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.record_path.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def rls(ports: harness.PortBlock, workdir: Path) -> Iterator[FakeRls]:
    server = FakeRls(ports[0], workdir).start()
    yield server
    server.kill()


def start_envoy(make: Any, mode: str, slot: str, filters: str, clusters: str | None = None, rls_port: int = 0) -> harness.Envoy:
    envoy = make(base_policy(), mode, slot=slot, start=False)
    text = envoy.config_path.read_text(encoding="utf-8")
    envoy.config_path.write_text(
        splice.splice(text, filters, clusters, ratelimit_port=rls_port or 8081), encoding="utf-8"
    )
    return envoy.start()


@pytest.fixture(scope="module")
def local_envoys(envoy_factory: Any) -> dict[str, harness.Envoy]:  # noqa: F811
    return {m: start_envoy(envoy_factory, m, m, LOCAL) for m in harness.MODES}


@pytest.fixture(scope="module")
def global_envoys(envoy_factory: Any, rls: FakeRls) -> dict[str, harness.Envoy]:  # noqa: F811
    slots = {"a": "x1", "b": "x2"}
    return {m: start_envoy(envoy_factory, m, slots[m], GLOBAL, GLOBAL_CLUSTER, rls.port) for m in harness.MODES}


# ----------------------------------------------------------------- configs


@pytest.mark.parametrize("mode", harness.MODES)
@pytest.mark.parametrize("what", ["local", "global", "both"])
def test_the_shipped_snippets_validate_in_each_mode(mode: str, what: str, tmp_path: Path, wasm: Path) -> None:  # noqa: F811
    base = harness.render_envoy.render(
        harness.TEMPLATE.read_text(encoding="utf-8"), json.dumps(base_policy()), mode=mode, wasm_path=wasm
    )
    config = base
    if what in ("local", "both"):
        config = splice.splice(config, LOCAL)
    if what in ("global", "both"):
        config = splice.splice(config, GLOBAL, GLOBAL_CLUSTER)
    path = tmp_path / f"{what}-{mode}.yaml"
    path.write_text(config, encoding="utf-8")
    proc = harness.validate_config(path)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    # After mcp-warden, before the router.
    order = re.findall(r"- name: (envoy\.filters\.http\.\w+)", config)
    assert order.index("envoy.filters.http.wasm") < order.index("envoy.filters.http.router")
    for f in ("local_ratelimit", "ratelimit"):
        name = f"envoy.filters.http.{f}"
        if name in order:
            assert order.index("envoy.filters.http.wasm") < order.index(name) < order.index("envoy.filters.http.router")


def test_splice_refuses_a_bootstrap_without_the_filter_before_the_router() -> None:
    with pytest.raises(ValueError, match="router"):
        splice.splice("static_resources: {}\n", LOCAL)
    with pytest.raises(ValueError, match="before the router"):
        splice.splice("        - name: envoy.filters.http.router\n", LOCAL)


def test_the_fake_service_applies_the_shipped_service_limits() -> None:
    text = (RL_DIR / "ratelimit-service-config.yaml").read_text(encoding="utf-8")
    spec = importlib.util.spec_from_file_location("fake_rls", FAKE_RLS)
    assert spec and spec.loader
    fake = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fake)
    units = {1: "second", 60: "minute", 3600: "hour", 86400: "day"}
    found = re.findall(r"unit: (\w+), requests_per_unit: (\d+)", text)
    assert sorted(found) == sorted((units[w], str(n)) for _, n, w in fake.LIMITS)


# ----------------------------------------------------------------- local_ratelimit


@pytest.mark.parametrize("mode", harness.MODES)
def test_local_ratelimit_limits_each_principal_in_both_modes(local_envoys: dict[str, harness.Envoy], mode: str) -> None:
    # 120 per minute per principal: the principal is published at header time.
    raw = Raw(local_envoys[mode].url(""))
    try:
        token = alice()
        passed, refused = calls_until_429(raw, token, "echo", {"text": "x"}, most=260)
        # Token buckets refill on a timer: a refill may land mid-loop.
        assert 120 <= passed <= 240, passed
        assert refused is not None
        assert refused.text == "local_rate_limited"
        assert refused.headers.get("x-ratelimit-limit") == "120"
        # Another caller has its own bucket.
        assert tool_call(raw, bob(), "echo", {"text": "x"}).status_code == 200
    finally:
        raw.close()


@pytest.mark.parametrize("mode", harness.MODES)
def test_local_ratelimit_acts_on_the_published_tool_name_in_mode_b_only(
    local_envoys: dict[str, harness.Envoy], mode: str, sample_server: harness.SampleServer  # noqa: F811
) -> None:
    # search_tickets: 5 per minute on this Envoy, whoever calls.
    raw = Raw(local_envoys[mode].url(""))
    try:
        cursor = sample_server.cursor()
        passed, refused = calls_until_429(raw, bob(), "search_tickets", {"query": "x"}, most=14)
        if mode == "b":
            assert 5 <= passed <= 10, passed
            assert refused is not None and refused.text == "local_rate_limited"
            assert refused.headers.get("x-ratelimit-limit") == "5"
            # The refused call never reached the server.
            sample_server.barrier()
            assert sample_server.executed_tools(cursor).count("search_tickets") == passed
            # Other tools are not under that limit.
            assert tool_call(raw, bob(), "get_ticket", {"ticket_id": 1}).status_code == 200
        else:
            # Mode a: the tool is not known when local_ratelimit runs: no per-tool limit.
            assert passed == 14 and refused is None
    finally:
        raw.close()


@pytest.mark.parametrize("mode", harness.MODES)
def test_local_ratelimit_limits_a_caller_per_tool_in_mode_b_only(local_envoys: dict[str, harness.Envoy], mode: str) -> None:
    # create_ticket: 2 per minute per principal.
    raw = Raw(local_envoys[mode].url(""))
    try:
        passed, _ = calls_until_429(raw, dave(), "create_ticket", {"title": "t"}, most=6)
        if mode == "b":
            assert 2 <= passed <= 4, passed
            # bob's bucket for create_ticket is his own.
            assert tool_call(raw, bob(), "create_ticket", {"title": "t"}).status_code == 200
        else:
            assert passed == 6
    finally:
        raw.close()


# ----------------------------------------------------------------- global ratelimit


@pytest.mark.parametrize("mode", harness.MODES)
def test_the_global_ratelimit_service_receives_mcp_descriptors(
    global_envoys: dict[str, harness.Envoy], rls: FakeRls, mode: str
) -> None:
    raw = Raw(global_envoys[mode].url(""))
    try:
        before = len(rls.requests())
        passed, refused = calls_until_429(raw, dave(), "create_ticket", {"title": "t"}, most=6)
        seen = rls.requests()[before:]
        assert seen and all(r["domain"] == "mcp-warden" for r in seen)
        first = seen[0]["descriptors"]
        if mode == "b":
            assert first == [
                [["mcp_principal", "dave"]],
                [["mcp_target", "create_ticket"]],
                [["mcp_principal", "dave"], ["mcp_target", "create_ticket"]],
            ]
            # 3 per minute per caller for create_ticket, fleet-wide.
            assert passed == 3
            assert refused is not None
            assert refused.headers.get("x-envoy-ratelimited") == "true"
        else:
            # Only the principal is known at header time.
            assert first == [[["mcp_principal", "dave"]]]
            assert passed == 6 and refused is None
    finally:
        raw.close()

