"""The mcp-warden CLI against the policies and callers the end-to-end tests use.

`explain` must say what the filter does in Envoy: the e2e tests assert that
alice sees ALICE_TOOLS, bob BOB_TOOLS, dave DAVE_TOOLS and mallory nothing;
here the same callers and policy go through `explain`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests import cli_bin
from tests.e2e.policies import ALICE_TOOLS, ALL_TOOLS, BOB_TOOLS, DAVE_TOOLS, base_policy

ROOT = Path(__file__).resolve().parent.parent

# The identities the e2e tokens carry (tests/e2e/policies.py).
CALLERS = {
    "alice": ["--subject", "alice", "--groups", "support", "--agent", "support-bot"],
    "bob": ["--subject", "bob", "--groups", "admin", "--agent", "ops-agent"],
    "dave": ["--subject", "dave", "--scopes", "tickets:write"],
    "mallory": ["--subject", "mallory"],
}


def write(tmp: Path, name: str, doc: Any) -> Path:
    f = tmp / name
    f.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return f


def explain(policy: Path, *args: str) -> tuple[int, dict[str, Any]]:
    out = cli_bin.run("explain", policy, *args, "--json")
    assert out.returncode in (0, 1), out.stderr
    return out.returncode, json.loads(out.stdout)


# ------------------------------------------------------------------ validate


def test_valid_policies_pass_with_exit_0() -> None:
    out = cli_bin.run("validate", ROOT / "examples" / "policy.json", ROOT / "examples" / "policy.jsonc")
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count(": valid") == 2


@pytest.mark.parametrize(
    "mutate,stage,path,fragment",
    [
        (lambda p: p["rules"][0].__setitem__("servers", ["tickts"]), "semantics", "rules[0].servers[0]", 'unknown server "tickts"; declared servers are: tickets, tickets-legacy'),
        (lambda p: p["servers"][0]["match"].__setitem__("pathPrefx", "/x"), "structure", "servers[0].match.pathPrefx", "unknown field `pathPrefx`"),
        (lambda p: p["rules"][1].__setitem__("effect", "maybe"), "structure", "rules[1].effect", "unknown variant `maybe`"),
        (lambda p: p.pop("defaultEffect"), "structure", "", "missing field `defaultEffect`"),
        (lambda p: p["limits"].__setitem__("maxBatchSize", 0), "semantics", "limits.maxBatchSize", "must be at least 1"),
    ],
    ids=["undeclared-server", "unknown-field", "bad-enum", "missing-required", "range"],
)
def test_an_invalid_policy_gets_the_filters_own_error_and_exit_1(
    tmp_path: Path, mutate: Any, stage: str, path: str, fragment: str
) -> None:
    p = base_policy()
    mutate(p)
    f = write(tmp_path, "p.json", p)
    out = cli_bin.run("validate", f)
    assert out.returncode == 1
    where = path or "(top level)"
    assert f"{f}: mcp-warden: invalid config at {where}: " in out.stdout, out.stdout
    assert fragment in out.stdout
    js = cli_bin.run("validate", "--json", f)
    v = json.loads(js.stdout)
    assert (v["valid"], v["stage"], v["path"]) == (False, stage, path), v
    assert fragment in v["message"]


def test_missing_secrets_are_errors_unless_assumed(tmp_path: Path) -> None:
    p = base_policy()
    p["audit"] = {"hmacKeyEnv": "MCP_WARDEN_TEST_NOT_SET_KEY"}
    f = write(tmp_path, "p.json", p)
    env = {k: v for k, v in os.environ.items() if k != "MCP_WARDEN_TEST_NOT_SET_KEY"}
    out = cli_bin.run("validate", f, env=env)
    assert out.returncode == 1 and "MCP_WARDEN_TEST_NOT_SET_KEY is not set" in out.stdout, out.stdout
    assert cli_bin.run("validate", "--assume-env", f, env=env).returncode == 0
    short = cli_bin.run("validate", f, env={**env, "MCP_WARDEN_TEST_NOT_SET_KEY": "short"})
    assert short.returncode == 1 and "fewer than 16 bytes" in short.stdout


def test_a_missing_file_is_a_usage_error() -> None:
    out = cli_bin.run("validate", "/nonexistent/policy.json")
    assert out.returncode == 2
    assert "cannot read /nonexistent/policy.json" in out.stderr


# ------------------------------------------------------------------- explain


@pytest.fixture(scope="module")
def policy_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("cli"), "policy.json", base_policy())


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(
        tmp_path_factory.mktemp("catalog"),
        "catalog.json",
        {
            "tools": [{"name": t} for t in ALL_TOOLS],
            "resources": [{"uri": "tickets://open/1"}, {"uri": "tickets://closed/2"}],
            "prompts": [{"name": "summarize_ticket"}, {"name": "internal_prompt"}],
        },
    )


@pytest.mark.parametrize("who,tools", [("alice", ALICE_TOOLS), ("bob", BOB_TOOLS), ("dave", DAVE_TOOLS), ("mallory", [])])
def test_explain_shows_each_caller_the_tools_the_filter_lets_it_see(policy_file: Path, catalog: Path, who: str, tools: list[str]) -> None:
    code, r = explain(policy_file, *CALLERS[who], "--server", "tickets", "--method", "tools/list", "--catalog", str(catalog))
    assert sorted(r["visible"]["tools"]["shown"]) == sorted(tools)
    assert sorted(r["visible"]["tools"]["shown"] + r["visible"]["tools"]["hidden"]) == sorted(ALL_TOOLS)
    # Listing itself needs some allow rule on the server: mallory has none.
    assert code == (1 if who == "mallory" else 0)


def test_explain_names_the_deny_rule_that_overrides_an_allow(policy_file: Path) -> None:
    code, r = explain(policy_file, *CALLERS["bob"], "--server", "tickets", "--tool", "delete_ticket")
    assert code == 1
    assert r["decision"] == {"effect": "deny", "reason": "rule", "rule": "nobody-deletes",
                             "explanation": "rule 'nobody-deletes'", "shadow": None}
    assert r["outcome"]["refusedAt"] == "decision"
    # A lookalike name is denied by the same rule (confusable skeleton).
    code, r = explain(policy_file, *CALLERS["bob"], "--server", "tickets", "--tool", "DELETE_ticket")
    assert (code, r["decision"]["rule"]) == (1, "nobody-deletes")


def test_explain_walks_the_filters_order(policy_file: Path) -> None:
    # No token at all: the identity requirement answers first (401).
    code, r = explain(policy_file, "--server", "tickets", "--tool", "get_ticket")
    assert (code, r["outcome"]["refusedAt"], r["identity"]["satisfied"]) == (1, "identity", False)
    # An unregistered path: 403 before any rule, and before the identity check.
    code, r = explain(policy_file, *CALLERS["alice"], "--path", "/unlisted", "--tool", "get_ticket")
    assert (code, r["outcome"]["refusedAt"], r["server"]) == (1, "server", None)
    code, r = explain(policy_file, "--path", "/unlisted", "--tool", "get_ticket")
    assert (code, r["outcome"]["refusedAt"]) == (1, "server")
    # Path matching as the filter does it (segment boundary).
    code, r = explain(policy_file, *CALLERS["alice"], "--path", "/legacy/messages", "--tool", "get_ticket")
    assert (code, r["server"]["name"], r["decision"]["rule"]) == (0, "tickets-legacy", "support-may-read-tickets")
    # A name with an invisible character is refused before the rules.
    code, r = explain(policy_file, *CALLERS["alice"], "--server", "tickets", "--tool", "get\u200bticket")
    assert (code, r["outcome"]["refusedAt"]) == (1, "name")


def test_explain_reports_resources_prompts_and_methods(policy_file: Path) -> None:
    code, r = explain(policy_file, *CALLERS["alice"], "--server", "tickets", "--resource", "tickets://open/7")
    assert (code, r["request"]["method"], r["decision"]["effect"]) == (0, "resources/read", "allow")
    code, r = explain(policy_file, *CALLERS["alice"], "--server", "tickets", "--resource", "tickets://closed/7")
    assert (code, r["decision"]["reason"]) == (1, "default")
    code, r = explain(policy_file, *CALLERS["alice"], "--server", "tickets", "--prompt", "summarize_ticket")
    assert code == 0
    code, r = explain(policy_file, *CALLERS["alice"], "--server", "tickets", "--method", "initialize")
    assert (code, r["decision"]["reason"], r["decision"]["rule"]) == (0, "serverAccess", "support-may-read-tickets")


def test_explain_reports_quotas_dlp_step_up_and_task_scopes(tmp_path: Path) -> None:
    p = base_policy()
    p["oauth"] = {"resource": "https://gw.example.test/mcp", "authorizationServers": ["https://auth.example.test"],
                  "taskScopePrefix": "task:"}
    p["servers"][0]["credentials"] = {"stepUp": [{"tools": ["create_*"], "scope": "tickets:admin"}]}
    p["servers"][0]["quotas"] = {"costs": {"search_*": 5}}
    p["servers"][0]["dlp"] = {"actions": [{"detector": "email", "direction": "request", "action": "block"}]}
    p["quotas"] = {"rules": [
        {"name": "per-agent", "countBy": ["agent"], "servers": ["tickets"], "tools": ["*"],
         "limit": {"calls": 100, "per": "minute", "burst": 10}},
        {"name": "cost", "tools": ["*"], "limit": {"cost": 1000, "per": "hour"}},
        {"name": "other-server", "servers": ["tickets-legacy"], "tools": ["*"], "limit": {"calls": 1, "per": "day"}},
    ]}
    f = write(tmp_path, "p.json", p)
    code, r = explain(f, *CALLERS["alice"], "--server", "tickets", "--tool", "search_tickets")
    assert code == 0
    assert [(q["rule"], q["units"], q["limit"]) for q in r["quotas"]] == [
        ("per-agent", 1, "100 calls per minute, burst 10"),
        ("cost", 5, "1000 cost per hour"),
    ]
    assert r["quotas"][0]["countBy"] == ["agent"]
    email = [a for a in r["dlp"]["request"]["actions"] if a["detector"] == "email"]
    assert email == [{"detector": "email", "category": "personal", "action": "block", "mask": "full"}]
    assert {"detector": "aws_access_key_id", "category": "secret", "action": "redact", "mask": "full"} in r["dlp"]["response"]["actions"]
    # Arguments go through the server's DLP as in the filter.
    code, r = explain(f, *CALLERS["alice"], "--server", "tickets", "--tool", "search_tickets",
                      "--arguments", json.dumps({"q": "mail bob@acme-corp.com"}))
    assert (code, r["outcome"]["refusedAt"], r["dlp"]["arguments"]["verdict"]) == (1, "dlp", "block (email)")
    # Step-up: bob may create tickets by rule, but the token lacks the scope.
    code, r = explain(f, *CALLERS["bob"], "--server", "tickets", "--tool", "create_ticket")
    assert (code, r["outcome"]["refusedAt"], r["stepUp"]["status"]) == (1, "stepUp", 403)
    assert 'scope="tickets:admin"' in r["stepUp"]["wwwAuthenticate"]
    code, r = explain(f, *CALLERS["bob"], "--scopes", "tickets:admin", "--server", "tickets", "--tool", "create_ticket")
    assert code == 0
    # A task-scoped token narrows bob to what its scopes name.
    code, r = explain(f, *CALLERS["bob"], "--scopes", "task:tickets:get_*", "--server", "tickets", "--tool", "echo")
    assert (code, r["outcome"]["refusedAt"], r["taskScopes"]) == (1, "taskScopes", {"tokenIsTaskScoped": True, "allows": False})
    assert r["approval"]["supported"] is False


def test_a_shadow_policy_lets_through_what_it_would_refuse(tmp_path: Path) -> None:
    p = base_policy()
    p["mode"] = "shadow"
    f = write(tmp_path, "p.json", p)
    code, r = explain(f, "--server", "tickets", "--tool", "get_ticket")
    assert (code, r["outcome"]) == (0, {"allowed": True, "wouldRefuseAt": "identity",
                                        "why": "no identity where the policy requires one: HTTP 401 with a WWW-Authenticate challenge"})
    code, r = explain(f, *CALLERS["bob"], "--server", "tickets", "--tool", "delete_ticket")
    assert (code, r["decision"]["effect"], r["decision"]["shadow"]["rule"]) == (0, "allow", "nobody-deletes")
    # Malformed input is refused in every mode.
    code, r = explain(f, *CALLERS["bob"], "--server", "tickets", "--tool", "bad name")
    assert (code, r["outcome"]["refusedAt"]) == (1, "name")


def test_explain_reports_shadow_rules(tmp_path: Path) -> None:
    p = base_policy()
    p["rules"].append({"name": "trial", "effect": "deny", "mode": "shadow", "who": {"anyone": True},
                       "servers": ["*"], "tools": ["echo"]})
    code, r = explain(write(tmp_path, "p.json", p), *CALLERS["alice"], "--server", "tickets", "--tool", "echo")
    assert code == 0
    assert r["decision"]["shadow"]["rule"] == "trial" and r["decision"]["shadow"]["effect"] == "deny"


def test_explain_text_is_for_people(policy_file: Path) -> None:
    out = cli_bin.run("explain", policy_file, *CALLERS["alice"], "--server", "tickets", "--tool", "delete_ticket")
    assert out.returncode == 1
    assert "decision    DENY by rule 'nobody-deletes'" in out.stdout
    assert "outcome     REFUSED at decision" in out.stdout
    bad = cli_bin.run("explain", policy_file, "--server", "nope", "--tool", "x")
    assert bad.returncode == 2 and "declared servers are: tickets, tickets-legacy" in bad.stderr
    bad = cli_bin.run("explain", policy_file, "--server", "tickets")
    assert bad.returncode == 2 and "--tool NAME" in bad.stderr


# ------------------------------------------------------- scan-client-config


def test_scan_client_config_finds_servers_that_bypass_the_gateway(tmp_path: Path) -> None:
    claude = write(tmp_path, "claude_desktop_config.json", {"mcpServers": {
        "tickets": {"url": "https://mcp.example.test/gw/tickets"},
        "bridged": {"command": "npx", "args": ["mcp-remote", "https://mcp.example.test/gw/files"]},
        "files": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home"]},
        "direct": {"type": "http", "url": "https://tickets.internal:8443/mcp", "headers": {"Authorization": "Bearer x"}},
        "lookalike": {"url": "https://mcp.example.test/gwx/evil"},
    }})
    vscode = write(tmp_path, "mcp.json", '{\n  // VS Code allows comments\n  "servers": {"ok": {"type": "http", "url": "https://MCP.example.test:443/gw"}}\n}')
    out = cli_bin.run("scan-client-config", claude, vscode, "--gateway", "https://mcp.example.test/gw/", "--json")
    assert out.returncode == 1, out.stderr
    rows = {r["server"]: r for r in map(json.loads, out.stdout.splitlines())}
    assert {n for n, r in rows.items() if r["bypassesGateway"]} == {"files", "direct", "lookalike"}
    assert rows["files"]["transport"] == "stdio"
    assert rows["direct"]["staticAuthorizationHeader"] is True
    text = cli_bin.run("scan-client-config", vscode, "--gateway", "https://mcp.example.test/gw")
    assert text.returncode == 0 and "1 servers, 0 bypass the gateway" in text.stdout
    missing = cli_bin.run("scan-client-config", vscode)
    assert missing.returncode == 2 and "--gateway" in missing.stderr


# --------------------------------------------------------------- verify-audit


def test_verify_audit_checks_ocsf_records_and_names_a_broken_line(tmp_path: Path) -> None:
    log = ROOT / "tests" / "audit" / "ocsf_records.jsonl"
    ok = cli_bin.run("verify-audit", log)
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    assert ok.returncode == 0 and f"{len(lines)} records, 0 problems" in ok.stdout, ok.stdout
    edited = write(tmp_path, "edited.log", "".join(lines).replace('"decision":"deny"', '"decision":"allow"', 1))
    bad = cli_bin.run("verify-audit", edited)
    assert bad.returncode == 1 and "hash mismatch" in bad.stdout
    unset = cli_bin.run("verify-audit", log, "--hmac-key-env", "MCP_WARDEN_TEST_UNSET_VAR")
    assert unset.returncode == 2 and "MCP_WARDEN_TEST_UNSET_VAR is not set" in unset.stderr


def test_the_readmes_explain_sample_is_what_the_cli_prints() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    cmd = "mcp-warden explain examples/policy.json --subject alice --groups support --server tickets --tool delete_ticket"
    out = cli_bin.run(*cmd.split()[1:])
    assert out.returncode == 1
    assert f"$ {cmd}\n{out.stdout}```" in readme, out.stdout
