"""Issue 3: shadow mode (dry run) in a real Envoy. A policy in shadow mode,
or a single rule with "mode": "shadow", is evaluated, audited and counted as
"would_deny" but not enforced: the server executes the call.

Shadow quotas (would_throttle) are in test_quotas.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from . import telemetry
from .conftest import EnvoyFactory
from .harness import Envoy, Raw, SampleServer, headers_for, rpc_request
from .policies import alice, base_policy, bob, mallory
from .telemetry import request_id, wait_access, wait_record

PATH = "/mcp/stateless-json"


def shadow_policy() -> dict[str, Any]:
    policy = base_policy()
    policy["mode"] = "shadow"
    return policy


def shadow_rule_policy() -> dict[str, Any]:
    policy = base_policy()
    policy["rules"].append(
        {
            "name": "trial-no-echo",
            "effect": "deny",
            "mode": "shadow",
            "who": {"anyone": True},
            "servers": ["*"],
            "tools": ["echo"],
        }
    )
    return policy


@pytest.fixture(scope="module")
def whole_policy(envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(shadow_policy(), "a")


@pytest.fixture(scope="module")
def one_rule(envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(shadow_rule_policy(), "b")


def call(envoy: Envoy, token: str, name: str, arguments: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(request id, JSON-RPC answer) of one tools/call."""
    rid = request_id(name)
    raw = Raw(envoy.url(""))
    try:
        body = rpc_request("tools/call", {"name": name, "arguments": arguments}, id=7)
        r = raw.post(PATH, body, headers=headers_for(token, extra={"x-request-id": rid}))
        assert r.status_code == 200, r.text
        return rid, r.json()
    finally:
        raw.close()


def executed(sample_server: SampleServer, cursor: int, tool: str) -> list[dict[str, Any]]:
    sample_server.barrier()
    return [r for r in sample_server.records_since(cursor) if r["kind"] == "tool" and r["tool"] == tool]


@pytest.fixture()
def cursor(sample_server: SampleServer) -> Iterator[int]:
    yield sample_server.cursor()


def test_a_shadow_policy_lets_a_rule_denied_call_through_and_records_would_deny(
    whole_policy: Envoy, sample_server: SampleServer, cursor: int
) -> None:
    rid, answer = call(whole_policy, bob(), "delete_ticket", {"ticket_id": 2})
    assert answer["result"]["content"][0]["text"] == "deleted ticket 2", answer
    assert len(executed(sample_server, cursor, "delete_ticket")) == 1

    rec = wait_record(whole_policy, rid)
    assert (rec["person"], rec["target"], rec["decision"], rec["rule"]) == ("bob", "delete_ticket", "would_deny", "nobody-deletes")
    assert (rec["http_status"], rec["rpc_code"]) == (200, None)
    assert wait_access(whole_policy, [rid])[rid][0]["mcp_decision"] == "would_deny"
    assert telemetry.metric(
        whole_policy, "mcp_warden_requests_total", mcp_method="tools/call", mcp_target="other", mcp_decision="would_deny"
    ) >= 1


def test_a_shadow_policy_lets_a_default_denied_caller_through(whole_policy: Envoy, sample_server: SampleServer, cursor: int) -> None:
    # mallory holds no allow rule at all.
    rid, answer = call(whole_policy, mallory(), "echo", {"text": "dry run"})
    assert answer["result"]["content"][0]["text"] == "dry run", answer
    assert len(executed(sample_server, cursor, "echo")) == 1
    rec = wait_record(whole_policy, rid)
    assert (rec["person"], rec["decision"], rec["rule"]) == ("mallory", "would_deny", "default")
    assert telemetry.metric(whole_policy, "mcp_warden_requests_total", mcp_target="echo", mcp_decision="would_deny") == 1
    # Not enforced, so not a denial.
    assert telemetry.metric(whole_policy, "mcp_warden_denials_total") == 0
    # An allowed call is still just "allow".
    rid, _ = call(whole_policy, alice(), "get_ticket", {"ticket_id": 1})
    assert wait_record(whole_policy, rid)["decision"] == "allow"


def test_a_shadow_rule_lets_the_call_through_and_records_would_deny(one_rule: Envoy, sample_server: SampleServer, cursor: int) -> None:
    rid, answer = call(one_rule, alice(), "echo", {"text": "trial"})
    assert answer["result"]["content"][0]["text"] == "trial", answer
    [run] = executed(sample_server, cursor, "echo")
    # Mode b: the decision reaches the upstream as a header too.
    assert run["headers"].get("x-mcp-decision") == "would_deny", run["headers"]
    rec = wait_record(one_rule, rid)
    assert (rec["person"], rec["target"], rec["decision"]) == ("alice", "echo", "would_deny")
    assert telemetry.metric(one_rule, "mcp_warden_requests_total", mcp_target="echo", mcp_decision="would_deny") == 1
    assert wait_access(one_rule, [rid])[rid][0]["mcp_decision"] == "would_deny"


def test_a_shadow_rule_would_deny_names_the_shadow_rule(one_rule: Envoy) -> None:
    rid, _ = call(one_rule, alice(), "echo", {"text": "which rule?"})
    rec = wait_record(one_rule, rid)
    assert rec["decision"] == "would_deny"
    assert rec["rule"] == "trial-no-echo", rec["rule"]


def test_a_shadow_rule_changes_nothing_else(one_rule: Envoy, sample_server: SampleServer, cursor: int) -> None:
    rid, answer = call(one_rule, alice(), "get_ticket", {"ticket_id": 1})
    assert "result" in answer
    assert wait_record(one_rule, rid)["decision"] == "allow"
    # Enforced rules still enforce.
    rid, answer = call(one_rule, bob(), "delete_ticket", {"ticket_id": 1})
    assert answer["error"]["code"] == -32003, answer
    assert (wait_record(one_rule, rid)["decision"], executed(sample_server, cursor, "delete_ticket")) == ("deny", [])
