"""Issue 3: mcp-warden's metrics on Envoy's /stats/prometheus, in a real
Envoy (2 workers): the documented names with the documented labels (the
bootstrap's stats_tags turn the encoded stat names into Prometheus labels),
and label values only from the registry, the policy and fixed words: raw
client input (an unknown tool, an unknown method) never becomes a label.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest

from . import telemetry
from .conftest import EnvoyFactory
from .harness import Envoy, Raw, headers_for, rpc_request
from .policies import alice, base_policy, bob

PATH = "/mcp/stateless-json"

# README "Metrics": name -> label names.
DOCUMENTED = {
    "mcp_warden_requests_total": {"mcp_server", "mcp_method", "mcp_target", "mcp_decision", "mcp_basis"},
    "mcp_warden_denials_total": {"mcp_server", "mcp_reason"},
    "mcp_warden_parse_errors_total": {"mcp_server", "mcp_reason"},
    "mcp_warden_body_limit_total": {"mcp_server", "mcp_direction"},
    "mcp_warden_upstream_latency_ms_bucket": {"mcp_server", "le"},
    "mcp_warden_upstream_latency_ms_count": {"mcp_server"},
    "mcp_warden_upstream_latency_ms_sum": {"mcp_server"},
}
# Tool and prompt names the base policy spells out (globs like search_* and delete_* are not names).
POLICY_NAMES = {"get_ticket", "echo", "summarize_ticket", "create_ticket"}


@pytest.fixture(scope="module")
def envoy(envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(base_policy(), "b")


@pytest.fixture(scope="module")
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def call(raw: Raw, token: str | None, name: str, arguments: dict, path: str = PATH) -> dict:
    r = raw.call(path, "tools/call", {"name": name, "arguments": arguments}, token=token)
    return {"status": r.status_code, "body": r.json()}


def test_the_documented_metrics_carry_the_documented_labels(envoy: Envoy, raw: Raw) -> None:
    a, b = alice(), bob()
    evil_tool = f"evil_label_{uuid.uuid4().hex[:10]}"
    evil_method = f"evil_method_{uuid.uuid4().hex[:10]}"

    upstream = 0  # requests the server answers (each one observed in the latency histogram)
    for _ in range(2):
        assert "result" in call(raw, a, "echo", {"text": "hi"})["body"]
        upstream += 1
    assert "result" in call(raw, a, "get_ticket", {"ticket_id": 1})["body"]
    upstream += 1
    assert "result" in raw.call(PATH, "tools/list", token=a).json()
    upstream += 1
    # Denied by a rule (delete_* is a glob: the label is "other") and by default (create_ticket is a policy name).
    assert call(raw, b, "delete_ticket", {"ticket_id": 1})["body"]["error"]["code"] == -32003
    assert call(raw, a, "create_ticket", {"title": "t"})["body"]["error"]["code"] == -32003
    # Raw client input: a tool nobody names (allowed for bob by "*", denied for alice), an unknown method.
    call(raw, b, evil_tool, {})
    upstream += 1
    assert call(raw, a, evil_tool, {})["body"]["error"]["code"] == -32003
    r = raw.call(PATH, evil_method, {"x": 1}, token=b)
    assert r.status_code == 200 and "mcp-warden" not in r.text, r.text  # allowed by "*": the server answers
    upstream += 1
    # No identity, malformed, oversize, an undeclared server.
    assert call(raw, None, "echo", {"text": "x"})["status"] == 401
    bad = raw.post(PATH, content=b'{"jsonrpc":"2.0","id":1,"method":', headers=headers_for(a))
    assert bad.status_code == 400
    big = json.dumps(rpc_request("tools/call", {"name": "echo", "arguments": {"text": "x" * 70_000}})).encode()
    assert raw.post(PATH, content=big, headers=headers_for(a)).status_code == 413
    assert call(raw, b, "echo", {"text": "x"}, path="/unlisted" + PATH)["status"] == 403

    m = telemetry.metric
    req = "mcp_warden_requests_total"
    tickets = {"mcp_server": "tickets", "mcp_method": "tools/call"}
    assert m(envoy, req, **tickets, mcp_target="echo", mcp_decision="allow") == 2
    assert m(envoy, req, **tickets, mcp_target="get_ticket", mcp_decision="allow") == 1
    assert m(envoy, req, mcp_server="tickets", mcp_method="tools/list", mcp_target="none", mcp_decision="allow") == 1
    assert m(envoy, req, **tickets, mcp_target="create_ticket", mcp_decision="deny") == 1
    # delete_ticket (glob only) and the evil tool by alice: "other".
    assert m(envoy, req, **tickets, mcp_target="other", mcp_decision="deny") == 2
    assert m(envoy, req, **tickets, mcp_target="other", mcp_decision="allow") == 1
    assert m(envoy, req, mcp_server="tickets", mcp_method="other") == 1
    # What each decision rested on: a named rule, the default effect, neither.
    assert m(envoy, req, **tickets, mcp_target="echo", mcp_decision="allow", mcp_basis="rule") == 2
    assert m(envoy, req, **tickets, mcp_target="create_ticket", mcp_decision="deny", mcp_basis="default") == 1
    assert m(envoy, req, **tickets, mcp_target="other", mcp_decision="deny", mcp_basis="rule") == 1  # bob's delete_ticket
    assert m(envoy, req, **tickets, mcp_target="other", mcp_decision="deny", mcp_basis="default") == 1  # alice's evil tool
    assert m(envoy, req, mcp_server="tickets", mcp_decision="deny", mcp_basis="other") >= 1  # the 401 and the parse error

    assert m(envoy, "mcp_warden_denials_total", mcp_server="tickets", mcp_reason="denied") == 3
    assert m(envoy, "mcp_warden_denials_total", mcp_server="tickets", mcp_reason="unauthenticated") == 1
    assert m(envoy, "mcp_warden_denials_total", mcp_server="unregistered", mcp_reason="unregistered_server") == 1
    assert m(envoy, "mcp_warden_parse_errors_total", mcp_server="tickets", mcp_reason="parse_error") == 1
    assert m(envoy, "mcp_warden_body_limit_total", mcp_server="tickets", mcp_direction="request") == 1

    # Histograms reach the admin page at Envoy's stats flush.
    count = "mcp_warden_upstream_latency_ms_count"
    assert telemetry.wait_metric(envoy, count, upstream, mcp_server="tickets") == upstream
    buckets = [ls for ls in telemetry.series(envoy, "mcp_warden_upstream_latency_ms_bucket") if ls.get("mcp_server") == "tickets"]
    assert any(ls["le"] == "+Inf" for ls in buckets) and len(buckets) > 5, buckets
    assert m(envoy, "mcp_warden_upstream_latency_ms_bucket", mcp_server="tickets", le="+Inf") == upstream

    # Every mcp_warden series has exactly its documented labels, with values from fixed vocabularies.
    page = telemetry.prometheus(envoy)
    for name, labels, _ in telemetry.samples(page):
        if name in DOCUMENTED:
            assert set(labels) == DOCUMENTED[name], (name, labels)
            assert labels["mcp_server"] in {"tickets", "tickets-legacy", "unregistered"}, labels
        if name == req:
            assert labels["mcp_target"] in POLICY_NAMES | {"other", "none", "resource", "task"}, labels
            assert labels["mcp_decision"] in {"allow", "deny", "would_deny"}, labels
            assert labels["mcp_basis"] in {"rule", "default", "other"}, labels

    # Raw client input never became a label or a stat name.
    assert evil_tool not in page and evil_method not in page
    plain = raw.client.get(f"http://127.0.0.1:{envoy.admin_port}/stats").text
    assert evil_tool not in plain and evil_method not in plain
