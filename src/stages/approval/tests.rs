//! The approval stage over the fake host: the transport, the pipeline and
//! the stage together, one behaviour per test.

use crate::host::Action;
use crate::policy::Policy;
use crate::reply::code;
use crate::stream::{Shared, Stream};
use crate::testing::{set, FakeHost};
use serde_json::{json, Value};
use std::rc::Rc;

const KEY: &str = "approval-key-0123456789abcdef";

fn policy_json(header_stop: bool, extra: Value) -> Value {
    let mut v = json!({
        "apiVersion": "mcp-warden/v1",
        "envoy": {"allowOnHeadersStopIteration": header_stop},
        "identity": {"jwt": {}, "require": "jwt"},
        "servers": [{"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "high", "match": {"pathPrefix": "/mcp"}}],
        "rules": [{"name": "support", "effect": "allow", "who": {"groups": ["support"]}, "servers": ["tickets"], "tools": ["*"]}],
        "defaultEffect": "deny",
        "approvals": {
            "cluster": "approval_service",
            "authority": "approvals",
            "keyFromEnv": "APPROVAL_KEY",
            "timeoutMs": 2500,
            "rules": [
                {"name": "deletes-need-approval", "servers": ["tickets"], "tools": ["delete_*"], "riskTiers": ["high"],
                 "approvers": {"groups": ["ops-leads"]}, "ttlSeconds": 900, "uses": 1, "reason": "cannot be undone"},
                {"name": "trial", "mode": "shadow", "tools": ["create_*"], "approvers": {"groups": ["ops-leads"]}}
            ]
        }
    });
    if let (Some(obj), Some(extra)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in extra {
            obj.insert(k.clone(), x.clone());
        }
    }
    v
}

fn shared_from(v: &Value) -> Rc<Shared> {
    let env = |name: &str| (name == "APPROVAL_KEY").then(|| KEY.to_string());
    let policy = Policy::from_json_with_env(v.to_string().as_bytes(), &env).unwrap();
    Rc::new(Shared::new(policy, "test", "w-test".into()))
}

fn shared(header_stop: bool) -> Rc<Shared> {
    shared_from(&policy_json(header_stop, json!({})))
}

fn call(id: u32, tool: &str, args: Value) -> String {
    json!({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": {"name": tool, "arguments": args}})
        .to_string()
}

/// A 2026-07-28 call: `_meta` with (or without) URL elicitation, and the
/// client's answer to the filter's input request, if any.
fn call_2026(id: u32, tool: &str, args: Value, url: bool, response: Option<&str>) -> String {
    let caps = if url {
        json!({"elicitation": {"form": {}, "url": {}}})
    } else {
        json!({})
    };
    let mut params = json!({"name": tool, "arguments": args, "_meta": {
        "io.modelcontextprotocol/protocolVersion": "2026-07-28",
        "io.modelcontextprotocol/clientCapabilities": caps,
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "0"}}});
    if let Some(action) = response {
        params["inputResponses"] = json!({"mcp-warden-approval": {"action": action}});
    }
    json!({"jsonrpc": "2.0", "id": id, "method": "tools/call", "params": params}).to_string()
}

fn alice(body: &str) -> FakeHost {
    FakeHost::post(body).with_claims("alice", &["support"])
}

fn v2026(mut f: FakeHost, tool: &str) -> FakeHost {
    set(&mut f.req, "mcp-protocol-version", Some("2026-07-28"));
    set(&mut f.req, "mcp-method", Some("tools/call"));
    set(&mut f.req, "mcp-name", Some(tool));
    f
}

/// Headers and body through the filter: (headers action, body action).
fn run(s: &mut Stream, f: &mut FakeHost) -> (Action, Action) {
    let h = s.on_request_headers(f, false);
    let n = f.req_body.len();
    let b = if f.replies.is_empty() {
        s.on_request_body(f, n, true)
    } else {
        Action::Pause
    };
    (h, b)
}

/// The service answers the check in flight.
fn answer(s: &mut Stream, f: &mut FakeHost, status: Option<u32>, body: &str) {
    f.call_resp = status
        .map(|st| vec![(":status".to_string(), st.to_string())])
        .unwrap_or_default();
    f.call_body = body.as_bytes().to_vec();
    let token = f.calls.len() as u32;
    let n = f.call_body.len();
    s.on_http_call_response(f, token, n);
}

const APPROVED: &str = r#"{"status":"approved","approvalId":"ap-1","approvedBy":"bob@example.com","usesLeft":0,"expiresAt":1800000900}"#;
const PENDING: &str = r#"{"status":"pending","approvalId":"ap-1","url":"http://gw.test/approvals/ap-1","message":"m","expiresAt":1800003600}"#;
const DENIED: &str = r#"{"status":"denied","approvalId":"ap-1","deniedBy":"bob@example.com","url":"http://gw.test/approvals/ap-1","expiresAt":1800000900}"#;

fn check_body(f: &FakeHost) -> Value {
    serde_json::from_slice(&f.calls[0].2).unwrap()
}

fn last_audit(f: &FakeHost) -> Value {
    serde_json::from_str(f.audit.last().expect("an audit record")).unwrap()
}

fn approvals_metric(f: &FakeHost, decision: &str) -> u64 {
    f.counters
        .iter()
        .filter(|(k, _)| {
            k.starts_with("mcp_warden_approvals_total.")
                && k.contains(&format!("mcp_decision=.={decision};"))
        })
        .map(|(_, v)| *v)
        .sum()
}

#[test]
fn a_call_that_needs_approval_is_held_and_asks_the_service_about_exactly_this_call() {
    for header_stop in [false, true] {
        let sh = shared(header_stop);
        let mut f = alice(&call(
            7,
            "delete_ticket",
            json!({"ticket_id": 1, "note": "x"}),
        ));
        let mut s = Stream::new(sh.clone());
        let (_, body) = run(&mut s, &mut f);
        assert_eq!(body, Action::Pause, "held (header_stop {header_stop})");
        assert!(f.replies.is_empty());
        assert_eq!(f.calls.len(), 1);
        let (cluster, headers, _) = &f.calls[0];
        assert_eq!(cluster, "approval_service");
        let h = |n: &str| {
            headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(
            (h(":method"), h(":path"), h(":authority")),
            (Some("POST"), Some("/v1/check"), Some("approvals"))
        );
        assert_eq!(h("x-mcp-warden-approval-key"), Some(KEY));
        let b = check_body(&f);
        assert_eq!(b["principal"], "alice");
        assert_eq!(b["server"], "tickets");
        assert_eq!(b["tool"], "delete_ticket");
        assert_eq!(
            b["argsDigest"],
            crate::integrity::canon::sha256_hex(br#"{"note":"x","ticket_id":1}"#)
        );
        assert_eq!(b["argsPreview"], json!({"ticket_id": 1, "note": "x"}));
        assert_eq!(b["policyVersion"], sh.policy.version.as_str());
        assert!(b["policyVersion"].as_str().unwrap().starts_with("sha256:"));
        assert_eq!(b["rule"], "deletes-need-approval");
        assert_eq!(
            b["approvers"],
            json!({"groups": ["ops-leads"], "subjects": []})
        );
        assert_eq!(
            (b["ttlSeconds"].as_u64(), b["uses"].as_u64()),
            (Some(900), Some(1))
        );
        assert_eq!(b["allowSelf"], false);
        assert_eq!(f.resumed, 0);
    }
}

#[test]
fn an_approved_call_goes_through_once_the_service_says_so() {
    for header_stop in [false, true] {
        let mut f = alice(&call(7, "delete_ticket", json!({"ticket_id": 1})));
        let before = f.req_body.clone();
        let mut s = Stream::new(shared(header_stop));
        run(&mut s, &mut f);
        answer(&mut s, &mut f, Some(200), APPROVED);
        assert!(f.replies.is_empty(), "{:?}", f.replies);
        assert_eq!(f.resumed, 1, "header_stop {header_stop}");
        assert_eq!(f.req_body, before, "forwarded unchanged");
        s.on_log(&mut f);
        let rec = last_audit(&f);
        assert_eq!(rec["decision"], "allow");
        assert_eq!(
            rec["approval"],
            json!({"rule": "deletes-need-approval", "status": "approved", "id": "ap-1",
                   "by": "bob@example.com", "uses_left": 0})
        );
        assert_eq!(
            f.facts.get("approval").map(String::as_str),
            Some("approved")
        );
        assert_eq!(approvals_metric(&f, "approved"), 1);
    }
}

#[test]
fn a_pending_call_gets_the_2025_url_elicitation_error_and_is_never_forwarded() {
    let mut f = alice(&call(7, "delete_ticket", json!({"ticket_id": 1})));
    set(&mut f.req, "mcp-protocol-version", Some("2025-11-25"));
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), PENDING);
    assert_eq!(f.resumed, 0);
    let (status, v) = f.reply_json();
    assert_eq!(status, 200);
    assert_eq!(v["id"], 7);
    assert_eq!(v["error"]["code"], -32042);
    let message = v["error"]["message"].as_str().unwrap();
    assert_eq!(
        message,
        "Approval required: alice wants to call tool 'delete_ticket' on server 'tickets' (rule 'deletes-need-approval'). A person (group ops-leads) must approve it at http://gw.test/approvals/ap-1, then retry the same call. Reason: cannot be undone"
    );
    assert_eq!(
        v["error"]["data"],
        json!({"elicitations": [{"mode": "url", "elicitationId": "ap-1",
               "url": "http://gw.test/approvals/ap-1", "message": message}]})
    );
    let rec = last_audit(&f);
    assert_eq!(rec["decision"], "deny");
    assert_eq!(rec["rule"], "approval:deletes-need-approval");
    assert_eq!(rec["rpc_code"], -32042);
    assert_eq!(rec["approval"]["status"], "pending");
    assert_eq!(rec["approval"]["id"], "ap-1");
    assert_eq!(approvals_metric(&f, "pending"), 1);
}

#[test]
fn a_denied_call_is_refused_naming_who_denied_it() {
    let mut f = alice(&call(7, "delete_ticket", json!({"ticket_id": 1})));
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), DENIED);
    assert_eq!(f.resumed, 0);
    let (status, v) = f.reply_json();
    assert_eq!(
        (status, v["error"]["code"].as_i64()),
        (200, Some(code::ACCESS_DENIED))
    );
    assert_eq!(
        v["error"]["message"],
        "mcp-warden: the call of tool 'delete_ticket' was denied by bob@example.com (approval ap-1)"
    );
    let rec = last_audit(&f);
    assert_eq!(rec["approval"]["status"], "denied");
    assert_eq!(rec["approval"]["by"], "bob@example.com");
}

#[test]
fn anything_but_a_well_formed_answer_in_time_refuses_the_call() {
    let cases: &[(Option<u32>, &str)] = &[
        (None, ""),                              // reset, connection refused
        (Some(504), "upstream request timeout"), // Envoy's timeout
        (Some(503), "no healthy upstream"),
        (Some(401), r#"{"error":"unauthorized"}"#),
        (Some(429), r#"{"error":"too_many_pending"}"#),
        (Some(200), "{not json"),
        (Some(200), r#"{"status":"approved"}"#),
        (
            Some(200),
            r#"{"status":"pending","approvalId":"ap-1","url":"javascript:alert(1)"}"#,
        ),
    ];
    for (status, body) in cases {
        let mut f = alice(&call(7, "delete_ticket", json!({"ticket_id": 1})));
        let mut s = Stream::new(shared(true));
        run(&mut s, &mut f);
        answer(&mut s, &mut f, *status, body);
        assert_eq!(f.resumed, 0, "{status:?} {body}");
        let (http, v) = f.reply_json();
        assert_eq!(
            (http, v["id"].as_i64(), v["error"]["code"].as_i64()),
            (200, Some(7), Some(code::ACCESS_DENIED)),
            "{status:?} {body}"
        );
        assert!(v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("the approval service could not be asked"));
        assert_eq!(last_audit(&f)["approval"]["status"], "unavailable");
    }
    // A call that cannot even be dispatched (unknown cluster) is refused too.
    let mut v = policy_json(false, json!({}));
    v["approvals"]["cluster"] = "missing".into();
    let mut f = alice(&call(7, "delete_ticket", json!({"ticket_id": 1})));
    let mut s = Stream::new(shared_from(&v));
    run(&mut s, &mut f);
    assert_eq!(f.replies.len(), 1);
    assert_eq!(f.reply_json().1["error"]["code"], code::ACCESS_DENIED);
}

#[test]
fn a_2026_client_with_url_elicitation_gets_an_input_required_result() {
    let mut f = v2026(
        alice(&call_2026(
            3,
            "delete_ticket",
            json!({"ticket_id": 1}),
            true,
            None,
        )),
        "delete_ticket",
    );
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), PENDING);
    let (status, v) = f.reply_json();
    assert_eq!(status, 200);
    assert!(v.get("error").is_none(), "{v}");
    assert_eq!(v["id"], 3);
    let req = &v["result"]["inputRequests"]["mcp-warden-approval"];
    assert_eq!(v["result"]["resultType"], "input_required");
    assert_eq!(req["method"], "elicitation/create");
    assert_eq!(req["params"]["mode"], "url");
    assert_eq!(req["params"]["url"], "http://gw.test/approvals/ap-1");
    assert!(req["params"]["message"]
        .as_str()
        .unwrap()
        .contains("group ops-leads"));
    let rec = last_audit(&f);
    assert_eq!(
        (rec["decision"].as_str(), rec["rule"].as_str()),
        (Some("deny"), Some("approval:deletes-need-approval"))
    );
    assert_eq!(
        f.facts.get("rule").map(String::as_str),
        Some("approval:deletes-need-approval")
    );
}

#[test]
fn a_2026_client_without_url_elicitation_gets_32021_with_the_url_in_the_message() {
    let mut f = v2026(
        alice(&call_2026(
            3,
            "delete_ticket",
            json!({"ticket_id": 1}),
            false,
            None,
        )),
        "delete_ticket",
    );
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), PENDING);
    let (_, v) = f.reply_json();
    assert_eq!(v["error"]["code"], -32021);
    assert_eq!(
        v["error"]["data"],
        json!({"requiredCapabilities": {"elicitation": {"url": {}}}})
    );
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("http://gw.test/approvals/ap-1"));
}

#[test]
fn an_approved_2026_retry_is_forwarded_without_the_filters_own_input_response() {
    for header_stop in [false, true] {
        let body = call_2026(
            4,
            "delete_ticket",
            json!({"ticket_id": 1}),
            true,
            Some("accept"),
        );
        let mut f = v2026(alice(&body), "delete_ticket");
        let mut s = Stream::new(shared(header_stop));
        run(&mut s, &mut f);
        // The digest ignores the client's answer: same call, same binding.
        assert_eq!(
            check_body(&f)["argsDigest"],
            crate::integrity::canon::sha256_hex(br#"{"ticket_id":1}"#)
        );
        answer(&mut s, &mut f, Some(200), APPROVED);
        assert!(f.replies.is_empty(), "{:?}", f.replies);
        assert_eq!(f.resumed, 1);
        let sent: Value = serde_json::from_slice(&f.req_body).unwrap();
        assert!(sent["params"].get("inputResponses").is_none(), "{sent}");
        assert_eq!(sent["params"]["arguments"], json!({"ticket_id": 1}));
        assert_eq!(
            sent["params"]["_meta"]["io.modelcontextprotocol/protocolVersion"],
            "2026-07-28"
        );
        if header_stop {
            assert_eq!(
                f.header("content-length"),
                Some(f.req_body.len().to_string().as_str())
            );
        }
    }
}

#[test]
fn a_2026_retry_still_pending_gets_the_same_result_again() {
    let body = call_2026(
        5,
        "delete_ticket",
        json!({"ticket_id": 1}),
        true,
        Some("accept"),
    );
    let mut f = v2026(alice(&body), "delete_ticket");
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), PENDING);
    let (_, v) = f.reply_json();
    assert_eq!(v["result"]["resultType"], "input_required");
    assert_eq!(v["id"], 5);
}

#[test]
fn a_declined_approval_request_is_refused_without_asking_the_service() {
    for action in ["decline", "cancel"] {
        let body = call_2026(
            6,
            "delete_ticket",
            json!({"ticket_id": 1}),
            true,
            Some(action),
        );
        let mut f = v2026(alice(&body), "delete_ticket");
        let mut s = Stream::new(shared(false));
        run(&mut s, &mut f);
        assert!(f.calls.is_empty());
        let (_, v) = f.reply_json();
        assert_eq!(v["error"]["code"], code::ACCESS_DENIED);
        assert!(v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("approval not given"));
        assert_eq!(last_audit(&f)["approval"]["status"], "declined");
    }
}

#[test]
fn a_batch_with_a_call_that_needs_approval_is_refused_whole_and_nobody_is_asked() {
    let batch = format!(
        "[{},{}]",
        call(1, "get_ticket", json!({"ticket_id": 1})),
        call(2, "delete_ticket", json!({"ticket_id": 1}))
    );
    let mut f = alice(&batch);
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    assert!(f.calls.is_empty());
    let (status, v) = f.reply_json();
    assert_eq!(status, 200);
    let errors = v.as_array().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[1]["id"], 2);
    assert_eq!(errors[1]["error"]["code"], code::ACCESS_DENIED);
    assert!(errors[1]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("needs a person's approval (rule 'deletes-need-approval')"));
    assert!(errors[0]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("batch rejected"));
}

#[test]
fn calls_no_rule_covers_pass_without_a_check() {
    for tool in ["get_ticket", "Get_ticket_delete"] {
        let mut f = alice(&call(1, tool, json!({"ticket_id": 1})));
        let mut s = Stream::new(shared(false));
        assert_eq!(run(&mut s, &mut f).1, Action::Continue, "{tool}");
        assert!(f.calls.is_empty());
    }
    // A lookalike of a covered name is covered (and bound as sent).
    let mut f = alice(&call(1, "Delete_Ticket", json!({})));
    let mut s = Stream::new(shared(false));
    assert_eq!(run(&mut s, &mut f).1, Action::Pause);
    assert_eq!(check_body(&f)["tool"], "Delete_Ticket");
    assert_eq!(
        check_body(&f)["argsDigest"],
        crate::integrity::canon::sha256_hex(b"{}")
    );
}

#[test]
fn a_shadow_rule_reports_would_need_approval_and_forwards() {
    let mut f = alice(&call(1, "create_ticket", json!({"title": "x"})));
    let mut s = Stream::new(shared(false));
    assert_eq!(run(&mut s, &mut f).1, Action::Continue);
    assert!(f.calls.is_empty());
    s.on_log(&mut f);
    let rec = last_audit(&f);
    assert_eq!(rec["approval"]["status"], "would_need_approval");
    assert_eq!(rec["approval"]["rule"], "trial");
    assert_eq!(rec["decision"], "allow");
    // A shadow policy never asks either.
    let mut v = policy_json(false, json!({"mode": "shadow"}));
    v["approvals"]["rules"][1]["tools"] = json!(["nothing"]);
    let mut f = alice(&call(1, "delete_ticket", json!({"ticket_id": 1})));
    let mut s = Stream::new(shared_from(&v));
    assert_eq!(run(&mut s, &mut f).1, Action::Continue);
    assert!(f.calls.is_empty());
    assert_eq!(approvals_metric(&f, "would_need_approval"), 1);
}

#[test]
fn a_dlp_blocked_call_asks_nobody_and_an_unapproved_call_costs_no_quota() {
    let v = policy_json(
        false,
        json!({
            "servers": [{"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "high",
                         "match": {"pathPrefix": "/mcp"}, "dlp": {}}],
            "quotas": {"rules": [{"name": "one-delete", "countBy": ["subject"], "tools": ["delete_ticket"],
                                  "limit": {"calls": 1, "per": "minute"}}]}
        }),
    );
    let sh = shared_from(&v);
    // DLP first: a secret in the arguments is blocked before anyone is asked.
    let secret = format!("ghp_{}", "a".repeat(36));
    let mut f = alice(&call(
        1,
        "delete_ticket",
        json!({"ticket_id": 1, "note": secret}),
    ));
    let mut s = Stream::new(sh.clone());
    run(&mut s, &mut f);
    assert!(f.calls.is_empty());
    assert_eq!(f.reply_json().1["error"]["code"], code::DLP_BLOCKED);
    // A pending call is refused before quotas: no charge.
    let mut f = alice(&call(2, "delete_ticket", json!({"ticket_id": 1})));
    let mut s = Stream::new(sh.clone());
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), PENDING);
    assert_eq!(f.reply_json().1["error"]["code"], -32042);
    // So the approved call still has its one call of quota.
    let store = std::mem::take(&mut f.store);
    let mut f = alice(&call(3, "delete_ticket", json!({"ticket_id": 1})));
    f.store = store;
    let mut s = Stream::new(sh.clone());
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), APPROVED);
    assert!(f.replies.is_empty(), "{:?}", f.replies);
    assert_eq!(f.resumed, 1);
    // And the next approved one is over it.
    let store = std::mem::take(&mut f.store);
    let mut f = alice(&call(4, "delete_ticket", json!({"ticket_id": 1})));
    f.store = store;
    let mut s = Stream::new(sh);
    run(&mut s, &mut f);
    answer(&mut s, &mut f, Some(200), APPROVED);
    assert_eq!(
        f.reply_json().1["error"]["code"],
        crate::quota::QUOTA_EXCEEDED
    );
}

#[test]
fn an_answer_to_another_call_is_ignored() {
    let mut f = alice(&call(7, "delete_ticket", json!({"ticket_id": 1})));
    let mut s = Stream::new(shared(false));
    run(&mut s, &mut f);
    f.call_resp = vec![(":status".into(), "200".into())];
    f.call_body = APPROVED.as_bytes().to_vec();
    s.on_http_call_response(&mut f, 99, APPROVED.len());
    assert_eq!(f.resumed, 0);
    assert!(f.replies.is_empty());
}

#[test]
fn a_missing_key_variable_stops_the_policy_from_loading_and_names_it() {
    let v = policy_json(false, json!({}));
    let err = Policy::from_json_with_env(v.to_string().as_bytes(), &|_| None).unwrap_err();
    assert_eq!(err.path, "approvals.keyFromEnv");
    assert!(err.message.contains("APPROVAL_KEY is not set"), "{err}");
}

#[test]
fn the_policy_version_is_the_sha256_of_the_policy_as_loaded() {
    let v = policy_json(false, json!({}));
    let text = v.to_string();
    let a = shared_from(&v);
    assert_eq!(
        a.policy.version,
        format!(
            "sha256:{}",
            crate::integrity::canon::sha256_hex(text.as_bytes())
        )
    );
    let b = shared_from(&policy_json(true, json!({})));
    assert_ne!(a.policy.version, b.policy.version);
}

#[test]
fn an_anonymous_caller_cannot_get_an_approval() {
    // Without an identity requirement the principal is "anonymous", which
    // every anonymous caller shares: no approval may be bound to it.
    let mut v = policy_json(
        false,
        json!({"identity": {"require": "none", "spiffe": false}}),
    );
    v["rules"][0]["who"] = json!({"anyone": true});
    let mut f = FakeHost::post(&call(7, "delete_ticket", json!({"ticket_id": 1})));
    let mut s = Stream::new(shared_from(&v));
    run(&mut s, &mut f);
    assert!(f.calls.is_empty());
    let (_, body) = f.reply_json();
    assert_eq!(body["error"]["code"], code::ACCESS_DENIED);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("anonymous caller"));
}

#[test]
fn an_exchange_and_an_approval_on_one_request_run_one_after_the_other() {
    // Mode B: the body is judged while the head-time token exchange is still
    // in flight; the approval check waits for it instead of failing.
    std::env::set_var("MCPW_TEST_STS_SECRET_2", "sts-secret");
    let v = policy_json(
        true,
        json!({
            "servers": [{"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "high", "match": {"pathPrefix": "/mcp"},
                         "credentials": {"exchange": {"cluster": "sts", "authority": "sts.example.com", "path": "/token", "clientId": "gw",
                                                      "clientSecretFromEnv": "MCPW_TEST_STS_SECRET_2", "audience": "tickets-api"}}}]
        }),
    );
    let env = |name: &str| match name {
        "APPROVAL_KEY" => Some(KEY.to_string()),
        other => std::env::var(other).ok(),
    };
    let policy = Policy::from_json_with_env(v.to_string().as_bytes(), &env).unwrap();
    let shared = Rc::new(Shared::new(policy, "test", "w-test".into()));
    let mut f = alice(&call(7, "delete_ticket", json!({"id": 1})));
    f.req
        .push(("authorization".into(), "Bearer client-token".into()));
    let mut s = Stream::new(shared);
    assert_eq!(s.on_request_headers(&mut f, false), Action::Pause);
    assert_eq!(f.calls.len(), 1, "the exchange");
    let n = f.req_body.len();
    assert_eq!(s.on_request_body(&mut f, n, true), Action::Pause);
    assert_eq!(f.calls.len(), 1, "the approval waits for the exchange");
    f.call_resp = vec![(":status".into(), "200".into())];
    f.call_body = br#"{"access_token":"t-tok","issued_token_type":"urn:ietf:params:oauth:token-type:access_token","token_type":"Bearer","expires_in":300}"#.to_vec();
    let n = f.call_body.len();
    s.on_http_call_response(&mut f, 1, n);
    assert!(f.replies.is_empty(), "{:?}", f.replies);
    assert_eq!(f.calls.len(), 2, "then the approval check");
    assert_eq!(f.calls[1].0, "approval_service");
    assert_eq!(f.resumed, 0);
    answer(&mut s, &mut f, Some(200), APPROVED);
    assert!(f.replies.is_empty(), "{:?}", f.replies);
    assert_eq!(f.resumed, 1);
    assert_eq!(f.header("authorization"), Some("Bearer t-tok"));
}
