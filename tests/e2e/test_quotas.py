"""Issue 4: quotas and cost budgets in a real Envoy with 2 workers, in both
deployment modes: exact under concurrency across workers (shared data with
compare-and-swap), per identity, weighted by tool cost, byte budgets on tool
results, windows that reset, shadow quotas; answers a client understands
(JSON-RPC -32029 with the request id, the quota, the reset and Retry-After)
and a session that stays usable.

Envoy's own local_ratelimit acting on the tool name mcp-warden publishes is
proven in tests/quota/test_envoy_ratelimit.py
(test_local_ratelimit_acts_on_the_published_tool_name_in_mode_b_only) and
extended in test_local_ratelimit.py.
"""

from __future__ import annotations

import threading
import time
import uuid
from typing import Any

import httpx
import pytest
from mcp.shared.exceptions import MCPError

from . import telemetry
from .conftest import EnvoyFactory
from .harness import MODES, Envoy, Raw, SampleServer, call_tool_exactly, headers_for, mint_token, rpc_request, run, sdk_client
from .policies import base_policy
from .telemetry import request_id, wait_records

PATH = "/mcp/stateless-json"
EXTRA = "/mcp/extra"  # stateless JSON, plus blob(size, seed)
QUOTA_EXCEEDED = -32029
BLOB = 10_000  # characters; the answer carries them twice (text and structuredContent)

QUOTAS: list[dict[str, Any]] = [
    {"name": "loop-calls", "who": {"subjects": ["looper-*"]}, "countBy": ["subject"], "tools": ["echo"],
     "limit": {"calls": 10, "per": "hour"}},
    {"name": "session-calls", "who": {"subjects": ["sessioner-*"]}, "countBy": ["subject"], "tools": ["echo"],
     "limit": {"calls": 3, "per": "hour"}},
    {"name": "cost-budget", "who": {"subjects": ["coster-*"]}, "countBy": ["subject"], "tools": ["*"],
     "limit": {"cost": 10, "per": "hour"}},
    {"name": "pull-volume", "who": {"subjects": ["puller-*"]}, "countBy": ["subject"], "tools": ["blob"],
     "limit": {"bytes": 30_000, "per": "hour"}},
    {"name": "per-second", "who": {"subjects": ["ticker-*"]}, "countBy": ["subject"], "tools": ["get_ticket"],
     "limit": {"calls": 2, "per": "second"}},
    {"name": "batch-calls", "who": {"subjects": ["batcher-*"]}, "countBy": ["subject"], "tools": ["echo"],
     "limit": {"calls": 4, "per": "hour"}},
    {"name": "shadow-cap", "mode": "shadow", "who": {"subjects": ["shadowed-*"]}, "countBy": ["subject"],
     "tools": ["echo"], "limit": {"calls": 2, "per": "hour"}},
]  # fmt: skip


def quota_policy() -> dict[str, Any]:
    policy = base_policy()
    policy["servers"][0]["quotas"] = {"costs": {"search_tickets": 5, "get_ticket": 1}}
    policy["quotas"] = {"rules": QUOTAS}
    return policy


@pytest.fixture(scope="module", params=MODES, ids=lambda m: f"mode-{m}")
def envoy(request: pytest.FixtureRequest, envoy_factory: EnvoyFactory) -> Envoy:
    e = envoy_factory(quota_policy(), request.param)
    assert e.concurrency == 2
    return e


def token(subject: str) -> str:
    # admin: every tool is allowed, so only quotas refuse.
    return mint_token(subject, groups=["admin"], client_id=f"{subject}-agent")


def subject(prefix: str) -> str:
    """A fresh caller for each test run (counters live as long as the Envoy)."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def away_from_window_edge(per_ms: int, margin_ms: int = 5_000) -> None:
    """Windows are aligned to the clock: start a test clear of a window's end."""
    left = per_ms - int(time.time() * 1000) % per_ms
    if left < margin_ms:
        time.sleep(left / 1000 + 0.05)


def call(client: httpx.Client, tok: str, name: str, arguments: dict[str, Any], id: Any, path: str = PATH) -> httpx.Response:
    body = rpc_request("tools/call", {"name": name, "arguments": arguments}, id=id)
    return client.post(path, json=body, headers=headers_for(tok, extra={"x-request-id": request_id(str(id))}))


def assert_quota_error(resp: httpx.Response, *, id: Any, quota: str, max_retry: int) -> dict[str, Any]:
    """-32029 with the request id, a message naming the quota and the reset, data, Retry-After."""
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body.get("id") == id and "result" not in body, body
    err = body["error"]
    assert err["code"] == QUOTA_EXCEEDED, err
    assert f"quota '{quota}'" in err["message"] and "resets in" in err["message"], err
    data = err["data"]
    assert data["quota"] == quota, data
    retry = data["retryAfterSeconds"]
    assert isinstance(retry, int) and 1 <= retry <= max_retry, data
    assert resp.headers.get("retry-after") == str(retry), resp.headers
    assert f"resets in {retry} s" in err["message"], err
    assert data["resetAtMs"] > time.time() * 1000 - 1000, data
    return err


# ---------------------------------------------------------------- exactness


def test_a_looping_caller_is_cut_at_exactly_the_limit_across_workers_while_another_is_not(
    envoy: Envoy, sample_server: SampleServer
) -> None:
    away_from_window_edge(3_600_000)
    looper, other = subject("looper"), subject("looper")
    cursor = sample_server.cursor()
    answers: dict[int, httpx.Response] = {}
    others: list[httpx.Response] = []
    lock = threading.Lock()
    calls, threads = 40, 8

    def loop(k: int) -> None:
        tok = token(looper)
        with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
            for i in range(k, calls, threads):
                r = call(c, tok, "echo", {"text": f"{looper}-{i}"}, id=i)
                with lock:
                    answers[i] = r

    def bystander() -> None:
        tok = token(other)
        with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
            for i in range(5):
                r = call(c, tok, "echo", {"text": f"{other}-{i}"}, id=1000 + i)
                with lock:
                    others.append(r)

    pool = [threading.Thread(target=loop, args=(k,)) for k in range(threads)] + [threading.Thread(target=bystander)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(60)

    passed = sorted(i for i, r in answers.items() if "result" in r.json())
    refused = sorted(i for i, r in answers.items() if "error" in r.json())
    assert len(answers) == calls
    assert (len(passed), len(refused)) == (10, 30), (passed, refused)
    for i in refused:
        assert_quota_error(answers[i], id=i, quota="loop-calls", max_retry=3600)
    # The second caller, counted by its own subject, was never refused.
    assert [("result" in r.json()) for r in others] == [True] * 5, [r.text for r in others]

    # Exactly the allowed calls executed.
    sample_server.barrier()
    texts = [r["arguments"]["text"] for r in sample_server.records_since(cursor) if r["kind"] == "tool" and r["tool"] == "echo"]
    assert sorted(t for t in texts if t.startswith(looper + "-")) == sorted(f"{looper}-{i}" for i in passed)
    assert len([t for t in texts if t.startswith(other + "-")]) == 5

    # Audited and counted; both workers counted against the one quota.
    recs = [r for r in envoy.audit_log() if r["person"] == looper]
    telemetry.wait_until(lambda: len([r for r in envoy.audit_log() if r["person"] == looper]) == calls, "the audit records")
    recs = [r for r in envoy.audit_log() if r["person"] == looper]
    throttled = [r for r in recs if r["rpc_code"] == QUOTA_EXCEEDED]
    assert len(throttled) == 30
    assert all((r["decision"], r["rule"], r["findings"]) == ("deny", "quota:loop-calls", {"quota": 1}) for r in throttled), throttled[0]
    assert len({r["chain"]["worker"] for r in recs}) == 2, "the loop did not reach both workers"
    assert telemetry.metric(envoy, "mcp_warden_quota_total", mcp_rule="loop-calls", mcp_decision="throttled") == 30


def test_the_session_stays_usable_after_a_refusal(envoy: Envoy) -> None:
    away_from_window_edge(3_600_000)
    who = subject("sessioner")

    async def go() -> tuple[list[str], MCPError, list[str], str, MCPError]:
        async with sdk_client(envoy.url("/mcp"), token(who), mode="legacy") as client:
            texts = []
            for i in range(3):
                res = await call_tool_exactly(client, "echo", {"text": f"s{i}"})
                texts.append(res.content[0].text)
            with pytest.raises(MCPError) as refused:
                await call_tool_exactly(client, "echo", {"text": "s3"})
            tools = [t.name for t in (await client.list_tools()).tools]
            ticket = (await call_tool_exactly(client, "get_ticket", {"ticket_id": 1})).content[0].text
            with pytest.raises(MCPError) as again:
                await call_tool_exactly(client, "echo", {"text": "s4"})
            return texts, refused.value, tools, ticket, again.value

    texts, refused, tools, ticket, again = run(go())
    assert texts == ["s0", "s1", "s2"]
    assert refused.code == QUOTA_EXCEEDED and "quota 'session-calls'" in refused.message, refused
    assert refused.data["quota"] == "session-calls", refused.data
    assert "echo" in tools and "get_ticket" in tools
    assert "Printer on fire" in ticket
    assert again.code == QUOTA_EXCEEDED


def batch_of(n: int, first_id: int) -> list[dict[str, Any]]:
    return [rpc_request("tools/call", {"name": "echo", "arguments": {"text": f"b{first_id + i}"}}, id=first_id + i) for i in range(n)]


def post_batch(envoy: Envoy, tok: str, n: int, first_id: int, rid: str) -> httpx.Response:
    return httpx.post(envoy.url(PATH), json=batch_of(n, first_id), timeout=15.0,
                      headers=headers_for(tok, version="2025-03-26", extra={"x-request-id": rid}))  # fmt: skip


def test_a_batch_is_charged_per_message_all_or_nothing(envoy: Envoy) -> None:
    # batch-calls: 4 echo calls per hour. (The sample server does not take
    # 2025-03-26 batches; the filter's charge happens before it answers.)
    away_from_window_edge(3_600_000)
    tok = token(subject("batcher"))
    assert post_batch(envoy, tok, 3, 0, request_id("batch-a")).status_code == 400  # 3 of 4 spent
    refused = post_batch(envoy, tok, 3, 10, request_id("batch-b"))  # needs 3, 1 left: all refused, nothing spent
    assert refused.status_code == 200, refused.text
    errors = refused.json()
    assert [e["id"] for e in errors] == [10, 11, 12], errors
    assert {e["error"]["code"] for e in errors} == {QUOTA_EXCEEDED}
    assert all(e["error"]["data"]["quota"] == "batch-calls" for e in errors), errors
    assert refused.headers.get("retry-after") == str(errors[0]["error"]["data"]["retryAfterSeconds"])
    with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
        assert "result" in call(c, tok, "echo", {"text": "last"}, id=20).json()  # the one left
        assert_quota_error(call(c, tok, "echo", {"text": "over"}, id=21), id=21, quota="batch-calls", max_retry=3600)


def test_a_quota_refused_batch_is_audited_as_refused(envoy: Envoy) -> None:
    away_from_window_edge(3_600_000)
    tok = token(subject("batcher"))
    post_batch(envoy, tok, 3, 0, request_id("batch-a"))
    rid = request_id("batch-b")
    assert post_batch(envoy, tok, 3, 10, rid).json()[0]["error"]["code"] == QUOTA_EXCEEDED
    rec = wait_records(envoy, [rid])[rid][0]
    assert (rec["decision"], rec["rule"], rec["rpc_code"]) == ("deny", "quota:batch-calls", QUOTA_EXCEEDED)
    assert [e["decision"] for e in rec["batch"]] == ["deny"] * 3, rec["batch"]


# ------------------------------------------------------------------ weights


def test_a_costly_tool_exhausts_the_budget_faster_than_a_cheap_one(envoy: Envoy) -> None:
    # cost-budget: 10 units per hour; search_tickets costs 5, get_ticket 1.
    away_from_window_edge(3_600_000)
    cheap, costly, mixed = subject("coster"), subject("coster"), subject("coster")
    with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:

        def run_calls(who: str, tools: list[str]) -> list[bool]:
            tok = token(who)
            out = []
            for i, tool in enumerate(tools):
                args = {"query": "printer"} if tool == "search_tickets" else {"ticket_id": 1}
                r = call(c, tok, tool, args, id=i)
                if "error" in r.json():
                    assert_quota_error(r, id=i, quota="cost-budget", max_retry=3600)
                out.append("result" in r.json())
            return out

        assert run_calls(cheap, ["get_ticket"] * 11) == [True] * 10 + [False]
        assert run_calls(costly, ["search_tickets"] * 3) == [True, True, False]
        # 6 cheap units spent: a costly call (5) no longer fits, and being refused spends nothing,
        # so 4 cheap calls still do.
        assert run_calls(mixed, ["get_ticket"] * 6 + ["search_tickets"] + ["get_ticket"] * 5) == [True] * 6 + [False] + [True] * 4 + [False]


def test_a_byte_budget_stops_large_results(envoy: Envoy) -> None:
    # pull-volume: 30 000 result bytes per hour of blob; each answer here is about 20 000.
    away_from_window_edge(3_600_000)
    puller, other = subject("puller"), subject("puller")
    with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
        tok = token(puller)
        first = call(c, tok, "blob", {"size": BLOB, "seed": "a"}, id=1, path=EXTRA)
        second = call(c, tok, "blob", {"size": BLOB, "seed": "b"}, id=2, path=EXTRA)
        assert "result" in first.json() and "result" in second.json()
        assert 15_000 < len(first.content) < 30_000 and len(first.content) + len(second.content) > 30_000
        third = call(c, tok, "blob", {"size": 10, "seed": "c"}, id=3, path=EXTRA)
        assert_quota_error(third, id=3, quota="pull-volume", max_retry=3600)
        # Only blob results count: other tools still work for this caller, and other callers pull freely.
        assert "result" in call(c, tok, "get_ticket", {"ticket_id": 1}, id=4).json()
        assert "result" in call(c, token(other), "blob", {"size": BLOB, "seed": "d"}, id=5, path=EXTRA).json()
    # The bytes counted are the result bytes the audit records show.
    recs = [r for r in envoy.audit_log() if r["person"] == puller and r["target"] == "blob"]
    telemetry.wait_until(lambda: len([r for r in envoy.audit_log() if r["person"] == puller and r["target"] == "blob"]) == 3, "records")
    recs = [r for r in envoy.audit_log() if r["person"] == puller and r["target"] == "blob"]
    recs.sort(key=lambda r: r["time"])
    assert [r["bytes_out"] for r in recs[:2]] == [len(first.content), len(second.content)]
    assert recs[1]["findings"] == {"quota": 1}  # this result spent the budget
    assert (recs[2]["rule"], recs[2]["rpc_code"]) == ("quota:pull-volume", QUOTA_EXCEEDED)
    assert telemetry.metric(envoy, "mcp_warden_quota_total", mcp_rule="pull-volume", mcp_decision="budget_spent") >= 1


# ------------------------------------------------------------------ windows


def test_after_the_window_the_caller_may_call_again(envoy: Envoy) -> None:
    # per-second: 2 get_ticket calls per second.
    ticker = subject("ticker")
    tok = token(ticker)
    with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
        refusal = None
        for i in range(20):  # a window may end mid-loop: keep going until one refuses
            r = call(c, tok, "get_ticket", {"ticket_id": 1}, id=i)
            if "error" in r.json():
                refusal = r
                break
        assert refusal is not None, "2 per second never refused"
        err = assert_quota_error(refusal, id=i, quota="per-second", max_retry=2)
        wait_s = err["data"]["resetAtMs"] / 1000 - time.time()
        time.sleep(max(0.0, wait_s) + 0.05)
        again = call(c, tok, "get_ticket", {"ticket_id": 1}, id=99)
        assert "result" in again.json(), again.text


# ------------------------------------------------------------------- shadow


def test_a_shadow_quota_counts_would_throttle_without_enforcing(envoy: Envoy, sample_server: SampleServer) -> None:
    # shadow-cap: 2 echo calls per hour, shadow.
    away_from_window_edge(3_600_000)
    who = subject("shadowed")
    cursor = sample_server.cursor()
    before = telemetry.metric(envoy, "mcp_warden_quota_total", mcp_rule="shadow-cap", mcp_decision="would_throttle")
    ids = []
    with httpx.Client(base_url=envoy.url(""), timeout=15.0) as c:
        tok = token(who)
        for i in range(5):
            rid = request_id(f"shadow{i}")
            ids.append(rid)
            r = c.post(PATH, json=rpc_request("tools/call", {"name": "echo", "arguments": {"text": f"{who}-{i}"}}, id=i),
                       headers=headers_for(tok, extra={"x-request-id": rid}))  # fmt: skip
            assert r.json()["result"]["content"][0]["text"] == f"{who}-{i}", r.text
    sample_server.barrier()
    texts = [r["arguments"]["text"] for r in sample_server.records_since(cursor) if r["kind"] == "tool"]
    assert sorted(t for t in texts if t.startswith(who)) == [f"{who}-{i}" for i in range(5)]
    after = telemetry.metric(envoy, "mcp_warden_quota_total", mcp_rule="shadow-cap", mcp_decision="would_throttle")
    assert after - before == 3
    assert telemetry.metric(envoy, "mcp_warden_quota_total", mcp_rule="shadow-cap", mcp_decision="throttled") == 0
    recs = wait_records(envoy, ids)
    assert [recs[i][0]["findings"] for i in ids] == [{}, {}, {"quota": 1}, {"quota": 1}, {"quota": 1}]
    assert {recs[i][0]["decision"] for i in ids} == {"allow"}



def test_on_the_2026_wire_the_quota_code_stays_out_of_the_range_the_specification_owns(
    envoy: Envoy, sample_server: SampleServer
) -> None:
    """2026-07-28 reserves -32020..-32099 for codes the specification defines:
    the same refusal carries -31029 there (and -32029 on older revisions)."""
    away_from_window_edge(3_600_000)
    who = subject("sessioner")
    tok = token(who)
    raw = Raw(envoy.url(""))
    try:
        for i in range(3):
            r = raw.call_2026(PATH, "tools/call", {"name": "echo", "arguments": {"text": "q"}}, id=i, token=tok)
            assert r.status_code == 200 and "result" in r.json(), r.text
        cursor = sample_server.cursor()
        r = raw.call_2026(PATH, "tools/call", {"name": "echo", "arguments": {"text": "q"}}, id=9, token=tok)
        sample_server.assert_never_saw(cursor, ids=[9])
        err = r.json()["error"]
        assert (r.status_code, err["code"]) == (200, -31029), r.text
        assert "quota 'session-calls'" in err["message"], err
        old = raw.call(PATH, "tools/call", {"name": "echo", "arguments": {"text": "q"}}, id=10, token=tok)
        assert old.json()["error"]["code"] == QUOTA_EXCEEDED, old.text
    finally:
        raw.close()
