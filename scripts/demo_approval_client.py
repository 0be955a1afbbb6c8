#!/usr/bin/env python3
"""The client half of scripts/demo_approval.sh: one agent call that needs a
person's approval, through Envoy + mcp-warden + the approval service.

alice's agent (official MCP Python SDK client, 2025-11-25 session) calls
delete_ticket; mcp-warden holds the call, asks the approval service, and
answers JSON-RPC -32042 with the approval page URL. The script prints the
URL and waits until the call is approved: by you in a browser (send
`Authorization: Bearer <token in approver.token>` with every request, e.g. a
header-setting extension: Envoy's jwt_authn verifies it on /approvals), or,
with --auto-approve (the default when stdin is not a terminal) or when you
press Enter, by this script acting as bob@example.com on the same page
through Envoy. Then the retry runs the tool once, a second retry needs a new
approval, and the audit trail is shown.

    scripts/demo_approval_client.py --url http://127.0.0.1:10000/mcp --service http://127.0.0.1:8787 \\
        --key-env MCP_WARDEN_APPROVAL_KEY --record .run/demo-approval/server.jsonl \\
        --audit .run/demo-approval/audit.log --token-dir .run/demo-approval
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import select
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import httpx2
import jwt
from mcp import Client, types
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError, UrlElicitationRequiredError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from render_envoy import JWT_AUDIENCE, JWT_ISSUER  # noqa: E402

TTY = sys.stdout.isatty()
BOLD, GREEN, RED, YELLOW, RESET = ("\033[1m", "\033[32m", "\033[31m", "\033[33m", "\033[0m") if TTY else ("",) * 5


def mint(sub: str, groups: list[str], client_id: str) -> str:
    now = int(time.time())
    claims = {"iss": JWT_ISSUER, "aud": JWT_AUDIENCE, "sub": sub, "groups": groups, "client_id": client_id,
              "iat": now, "exp": now + 3600}
    key = (ROOT / "tests" / "keys" / "demo-private.pem").read_bytes()
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "mcp-warden-demo"})


def say(text: str) -> None:
    print(f"\n{BOLD}{text}{RESET}")


async def call(url: str, token: str, name: str, arguments: dict) -> Any:
    """One tools/call in a 2025-11-25 session: the result or the MCPError."""
    print(f"  tools/call {name}({json.dumps(arguments)})")
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(20.0, read=30.0)) as http:
        async with Client(streamable_http_client(url, http_client=http), mode="legacy", cache=None) as client:
            try:
                return await client.session.send_request(
                    types.CallToolRequest(params=types.CallToolRequestParams(name=name, arguments=arguments)),
                    types.CallToolResult,
                )
            except MCPError as e:
                return e


def show(outcome: Any) -> str | None:
    """Prints the outcome; returns the approval URL of a -32042 answer."""
    if not isinstance(outcome, MCPError):
        print(f"  {GREEN}RAN{RESET}      -> {outcome.content[0].text}")
        return None
    if outcome.code == -32042:
        url = UrlElicitationRequiredError.from_error(outcome.error).elicitations[0].url
        print(f"  {YELLOW}HELD{RESET}     -> JSON-RPC -32042 (URL elicitation required): {outcome.message}")
        return url
    print(f"  {RED}REFUSED{RESET}  -> JSON-RPC {outcome.code}: {outcome.message}")
    return None


def approve_as(page_url: str, token: str) -> None:
    """What a person does on the page, through Envoy: open it, press Approve."""
    with httpx.Client(timeout=10, headers={"authorization": f"Bearer {token}"}) as http:
        page = http.get(page_url)
        page.raise_for_status()
        csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page.text)
        if not csrf:
            raise SystemExit(f"demo: no approve form on {page_url} (HTTP {page.status_code})")
        origin = "/".join(page_url.split("/")[:3])
        r = http.post(f"{page_url}/approve", data={"csrf": csrf.group(1)},
                      headers={"origin": origin, "sec-fetch-site": "same-origin"}, follow_redirects=False)
        if r.status_code != 303:
            raise SystemExit(f"demo: approving failed: HTTP {r.status_code} {r.text[:300]}")


def state(service: str, key: str, approval_id: str) -> dict:
    r = httpx.get(f"{service}/v1/approvals/{approval_id}", headers={"x-mcp-warden-approval-key": key}, timeout=5)
    r.raise_for_status()
    return r.json()


def wait_for_approval(service: str, key: str, page_url: str, bob: str, auto: bool, timeout: float) -> None:
    approval_id = page_url.rstrip("/").rsplit("/", 1)[-1]
    if auto:
        print("  (--auto-approve) bob@example.com opens the page through Envoy and presses Approve")
        approve_as(page_url, bob)
    else:
        print(f"  Waiting up to {int(timeout)} s for a person to approve (press Enter to approve as bob@example.com) ...")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        st = state(service, key, approval_id)
        if st["state"] != "pending":
            print(f"  approval {approval_id}: {st['state']}")
            return
        if not auto and sys.stdin.isatty():
            ready, _, _ = select.select([sys.stdin], [], [], 0.5)
            if ready:
                sys.stdin.readline()
                approve_as(page_url, bob)
        else:
            time.sleep(0.5)
    raise SystemExit("demo: nobody approved in time")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://127.0.0.1:10000/mcp")
    ap.add_argument("--service", default="http://127.0.0.1:8787", help="the approval service, directly (its API)")
    ap.add_argument("--key-env", default="MCP_WARDEN_APPROVAL_KEY")
    ap.add_argument("--record", type=Path, help="the sample server's evidence file")
    ap.add_argument("--audit", type=Path, help="mcp-warden's audit log")
    ap.add_argument("--token-dir", type=Path, help="where to write the approver's token for a browser")
    ap.add_argument("--auto-approve", action=argparse.BooleanOptionalAction, default=not sys.stdin.isatty())
    ap.add_argument("--wait", type=float, default=300.0, help="seconds to wait for a person")
    args = ap.parse_args()
    key = os.environ[args.key_env]

    alice = mint("alice@example.com", ["support"], "support-agent")
    bob = mint("bob@example.com", ["ops-leads"], "approvals-page")
    if args.token_dir:
        (args.token_dir / "approver.token").write_text(bob + "\n")
    ticket = {"ticket_id": 3}

    say("1. alice's agent asks to delete a ticket; rule 'deletes-need-approval' holds the call:")
    url = show(asyncio.run(call(args.url, alice, "delete_ticket", ticket)))
    if not url:
        raise SystemExit("demo: expected the call to be held for approval")
    say("2. The approval page (open it as an approver; Envoy requires a token on /approvals):")
    print(f"\n    {BOLD}{url}{RESET}\n")
    if args.token_dir:
        print(f"  bob@example.com's token (group ops-leads) is in {args.token_dir / 'approver.token'}")
    wait_for_approval(args.service, key, url, bob, args.auto_approve, args.wait)

    say("3. The agent retries the same call: it runs, once:")
    show(asyncio.run(call(args.url, alice, "delete_ticket", ticket)))
    say("4. And again: the approval was for one use, so this needs a new approval:")
    show(asyncio.run(call(args.url, alice, "delete_ticket", ticket)))
    say("5. Changed arguments never ride on an approval:")
    show(asyncio.run(call(args.url, alice, "delete_ticket", {"ticket_id": 2})))

    if args.record and args.record.exists():
        time.sleep(0.3)
        runs = [json.loads(line) for line in args.record.read_text().splitlines() if line.strip()]
        ran = [r["arguments"] for r in runs if r.get("kind") == "tool" and r.get("tool") == "delete_ticket"]
        say(f"What the MCP server executed: delete_ticket {ran}")
    approval_id = url.rstrip("/").rsplit("/", 1)[-1]
    say(f"The approval service's record of {approval_id}:")
    for e in state(args.service, key, approval_id)["events"]:
        print(f"  {e['event']:<10} by {e['by']}")
    if args.audit and args.audit.exists():
        time.sleep(0.5)
        say("mcp-warden's audit records of these calls (approval member):")
        for line in args.audit.read_text().splitlines():
            rec = json.loads(line) if line.strip().startswith("{") else {}
            if rec.get("approval"):
                a = rec["approval"]
                print(f"  {rec.get('person')}: {rec.get('target')} -> {rec.get('decision'):<5} approval {a['status']:<8} "
                      f"id {a['id']} by {a['by']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
