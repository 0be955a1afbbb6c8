"""Issue 4: Envoy's local_ratelimit keyed on the tool name mcp-warden
publishes, in a real Envoy (mode b, 2 workers), with the shipped snippet
envoy/ratelimit/local-ratelimit.yaml spliced in.

tests/quota/test_envoy_ratelimit.py already proves the per-tool and
per-principal buckets in both modes; this adds what it leaves open: the
bucket follows the tool in the body as mcp-warden decided it, never a
client-sent x-mcp-target header, and a request Envoy refuses with 429 after
mcp-warden allowed it is still in the audit trail with its outcome.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx
import pytest

from .conftest import EnvoyFactory
from .harness import ROOT, Envoy, Raw, SampleServer, headers_for, rpc_request
from .policies import base_policy, bob
from .telemetry import request_id, wait_access, wait_record

PATH = "/mcp/stateless-json"
RL_DIR = ROOT / "envoy" / "ratelimit"


def _splice() -> Any:
    spec = importlib.util.spec_from_file_location("splice", RL_DIR / "splice.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def envoy(envoy_factory: EnvoyFactory) -> Envoy:
    e = envoy_factory(base_policy(), "b", start=False)
    local = (RL_DIR / "local-ratelimit.yaml").read_text(encoding="utf-8")
    e.config_path.write_text(_splice().splice(e.config_path.read_text(encoding="utf-8"), local), encoding="utf-8")
    return e.start()


def call(raw: Raw, name: str, arguments: dict[str, Any], spoofed_target: str, rid: str) -> httpx.Response:
    body = rpc_request("tools/call", {"name": name, "arguments": arguments})
    return raw.post(PATH, body, headers=headers_for(bob(), extra={"x-mcp-target": spoofed_target, "x-request-id": rid}))


def until_429(raw: Raw, spoofed_target: str, most: int = 14) -> tuple[int, str | None]:
    """search_tickets calls until Envoy answers 429: (calls passed, the refused request's id)."""
    for i in range(most):
        rid = request_id(f"search{i}")
        r = call(raw, "search_tickets", {"query": "x"}, spoofed_target, rid)
        if r.status_code == 429:
            assert r.text == "local_rate_limited"
            return i, rid
        assert r.status_code == 200 and "result" in r.json(), r.text
    return most, None


def test_the_per_tool_bucket_follows_the_published_tool_not_a_client_header(envoy: Envoy, sample_server: SampleServer) -> None:
    # The snippet allows search_tickets 5 times a minute on this Envoy.
    raw = Raw(envoy.url(""))
    try:
        cursor = sample_server.cursor()
        # Claims to be get_ticket: must not dodge the search_tickets bucket.
        passed, refused_rid = until_429(raw, spoofed_target="get_ticket")
        assert refused_rid is not None and 5 <= passed <= 10, passed  # a refill may land mid-loop
        # Claims to be search_tickets (whose bucket is empty now): must not be charged to it.
        for i in range(6):
            r = call(raw, "get_ticket", {"ticket_id": 1}, "search_tickets", request_id(f"get{i}"))
            assert r.status_code == 200 and "result" in r.json(), (i, r.status_code, r.text)
        sample_server.barrier()
        assert sample_server.executed_tools(cursor).count("search_tickets") == passed
    finally:
        raw.close()

    # mcp-warden allowed it, Envoy refused it: both facts are on record.
    rec = wait_record(envoy, refused_rid)
    assert (rec["target"], rec["decision"], rec["rule"], rec["http_status"]) == ("search_tickets", "allow", "admins-may-do-anything", 429)
    entry = wait_access(envoy, [refused_rid])[refused_rid][0]
    assert (entry["mcp_target"], entry["x_mcp_target"], entry["response_code_details"]) == (
        "search_tickets",
        "search_tickets",
        "local_rate_limited",
    )
    assert entry["upstream_host"] is None


def test_a_request_refused_after_the_filter_has_no_upstream_latency(envoy: Envoy) -> None:
    raw = Raw(envoy.url(""))
    try:
        _, rid = until_429(raw, spoofed_target="search_tickets")
    finally:
        raw.close()
    assert rid is not None
    rec = wait_record(envoy, rid)
    assert (rec["http_status"], rec["upstream_latency_ms"]) == (429, None), rec
