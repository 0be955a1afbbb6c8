"""Per-server options: hideDenied ("Unknown tool") and toolNames "unicode".

The servers are told apart by Host (servers[].match.host), all in front of the
same sample MCP server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import EnvoyFactory
from .harness import MODES, Envoy, Raw, SampleServer, assert_rpc_error, headers_for, rpc_request, single_message
from .policies import ALICE_TOOLS, alice, base_policy, bob

PATH = "/mcp/stateless-json"


def policy() -> dict[str, Any]:
    p = base_policy()
    common = {"owner": "support-platform", "dataDomain": "customer-support", "riskTier": "high"}
    p["servers"] = [
        {"name": "tickets-hidden", **common, "match": {"host": "hidden.test", "pathPrefix": "/mcp"}, "hideDenied": True},
        {"name": "tickets-unicode", **common, "match": {"host": "unicode.test", "pathPrefix": "/mcp"}, "toolNames": "unicode"},
        *p["servers"],
    ]
    for rule in p["rules"]:
        if rule["servers"] != ["*"]:
            rule["servers"] = [*rule["servers"], "tickets-hidden", "tickets-unicode"]
    return p


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    return envoy_factory(policy(), request.param)


@pytest.fixture()
def raw(envoy: Envoy) -> Iterator[Raw]:
    r = Raw(envoy.url(""))
    yield r
    r.close()


def call(raw: Raw, host: str, token: str, name: str, id: Any) -> Any:
    headers = headers_for(token, extra={"host": f"{host}:{raw.client.base_url.port}"})
    return raw.post(PATH, rpc_request("tools/call", {"name": name, "arguments": {"ticket_id": 1}}, id=id), headers=headers)


def test_hide_denied_answers_unknown_tool(raw: Raw, sample_server: SampleServer) -> None:
    cursor = sample_server.cursor()
    resp = call(raw, "hidden.test", bob(), "delete_ticket", "h-1")
    assert_rpc_error(resp, status=200, code=-32602, id="h-1", message="Unknown tool: delete_ticket")
    # A tool outside alice's grant is just as unknown to her.
    resp = call(raw, "hidden.test", alice(), "create_ticket", "h-2")
    assert_rpc_error(resp, status=200, code=-32602, id="h-2", message="Unknown tool: create_ticket")
    sample_server.assert_never_saw(cursor, tools=["delete_ticket", "create_ticket"], ids=["h-1", "h-2"])


def test_hide_denied_still_lets_allowed_calls_through(raw: Raw) -> None:
    resp = call(raw, "hidden.test", alice(), "get_ticket", "h-3")
    assert resp.status_code == 200 and "result" in resp.json(), resp.text


def test_hide_denied_lists_only_usable_tools(raw: Raw) -> None:
    headers = headers_for(alice(), extra={"host": f"hidden.test:{raw.client.base_url.port}"})
    resp = raw.post(PATH, rpc_request("tools/list", id="h-4"), headers=headers)
    assert resp.status_code == 200, resp.text
    assert sorted(t["name"] for t in single_message(resp)["result"]["tools"]) == ALICE_TOOLS


def test_without_hide_denied_the_rule_is_named(raw: Raw) -> None:
    resp = call(raw, "other.test", bob(), "delete_ticket", "h-5")
    assert_rpc_error(resp, status=200, code=-32003, id="h-5", message="mcp-warden: tool 'delete_ticket' denied by rule 'nobody-deletes'")


UNICODE_DENIED = {
    "cyrillic-e": "d\u0435lete_ticket",
    "fullwidth-d": "\uff44elete_ticket",
    "upper-case": "DELETE_TICKET",
    "cyrillic-e-in-ticket": "delete_tick\u0435t",
}
UNICODE_REFUSED = {
    "zero-width-space": "delete\u200b_ticket",
    "zero-width-joiner": "delete_\u200dticket",
    "bidi-override": "\u202edelete_ticket",
    "tag-characters": "delete_ticket\U000e0041",
}


@pytest.mark.parametrize("case", sorted(UNICODE_DENIED))
def test_unicode_confusables_of_a_denied_tool_are_denied(raw: Raw, sample_server: SampleServer, case: str) -> None:
    name = UNICODE_DENIED[case]
    cursor = sample_server.cursor()
    resp = call(raw, "unicode.test", bob(), name, f"u-{case}")
    assert_rpc_error(resp, status=200, code=-32003, id=f"u-{case}")
    sample_server.assert_never_saw(cursor, tools=["delete_ticket", name], ids=[f"u-{case}"])


@pytest.mark.parametrize("case", sorted(UNICODE_REFUSED))
def test_unicode_names_with_invisible_characters_are_refused(raw: Raw, sample_server: SampleServer, case: str) -> None:
    name = UNICODE_REFUSED[case]
    cursor = sample_server.cursor()
    resp = call(raw, "unicode.test", bob(), name, f"z-{case}")
    # Refused outright (-32602) or denied as delete_ticket (-32003): never forwarded.
    assert resp.status_code == 200, resp.text
    err = resp.json().get("error") or {}
    assert err.get("code") in (-32602, -32003), resp.text
    sample_server.assert_never_saw(cursor, tools=["delete_ticket", name], ids=[f"z-{case}"])


def test_unicode_mode_still_allows_plain_names(raw: Raw) -> None:
    resp = call(raw, "unicode.test", alice(), "get_ticket", "u-ok")
    assert resp.status_code == 200 and "result" in resp.json(), resp.text
