//! The HTTP surface: the filter's JSON API, the pages, CSRF and identity
//! rules, through `App::handle` and once over a real socket.

// Test helpers panic on purpose: a failed setup is a failed test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;
use mcp_warden_approval::http::Listener;
use mcp_warden_approval::identity::IdentityConfig;
use mcp_warden_approval::store::{Limits, Store};
use mcp_warden_approval::web::{App, Config, Hooks, Request, Response};
use serde_json::{json, Value};

const KEY: &str = "test-key-0123456789abcdef";
const ORIGIN: &str = "https://gw.example.com";

struct Harness {
    app: Arc<App>,
    clock: Arc<AtomicI64>,
    audit: Arc<Mutex<Vec<Value>>>,
    hooks_seen: Arc<Mutex<Vec<Value>>>,
}

fn harness_with(public_url: &str) -> Harness {
    let clock = Arc::new(AtomicI64::new(1_800_000_000));
    let audit = Arc::new(Mutex::new(Vec::new()));
    let hooks_seen = Arc::new(Mutex::new(Vec::new()));
    let (a, w, c) = (
        Arc::clone(&audit),
        Arc::clone(&hooks_seen),
        Arc::clone(&clock),
    );
    let config = Config {
        public_url: public_url.into(),
        identity: IdentityConfig::default(),
        api_key_header: "x-mcp-warden-approval-key".into(),
        api_key: KEY.as_bytes().to_vec(),
        csrf_key: b"csrf-key-for-tests-only".to_vec(),
        max_body_bytes: 65536,
        max_pending_ttl_seconds: 86400,
    };
    let store = Store::open(":memory:", Limits::default()).unwrap();
    let hooks = Hooks {
        audit: Box::new(move |v| a.lock().unwrap().push(v.clone())),
        webhook: Some(Box::new(move |v| w.lock().unwrap().push(v.clone()))),
    };
    let app = App::with_clock(
        config,
        store,
        hooks,
        Box::new(move || c.load(Ordering::SeqCst)),
    )
    .unwrap();
    Harness {
        app: Arc::new(app),
        clock,
        audit,
        hooks_seen,
    }
}

fn harness() -> Harness {
    harness_with(ORIGIN)
}

fn body() -> Value {
    json!({
        "principal": "alice@example.com", "agent": "support-bot", "server": "tickets",
        "tool": "delete_ticket", "argsDigest": "ab".repeat(32),
        "argsPreview": {"id": 42, "token": "[REDACTED:github_token]"},
        "policyVersion": "sha256:feed", "rule": "deletes-need-approval",
        "approvers": {"groups": ["ops"], "subjects": []}, "allowSelf": false,
        "ttlSeconds": 900, "uses": 1, "reason": "Deleting tickets cannot be undone"
    })
}

fn api(method: &str, path: &str, key: Option<&str>, body: &[u8]) -> Request {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(k) = key {
        headers.push(("x-mcp-warden-approval-key".into(), k.into()));
    }
    Request {
        method: method.into(),
        path: path.into(),
        headers,
        body: body.to_vec(),
    }
}

fn check(h: &Harness, v: &Value) -> (u16, Value) {
    let r = h.app.handle(&api(
        "POST",
        "/v1/check",
        Some(KEY),
        v.to_string().as_bytes(),
    ));
    (
        r.status,
        serde_json::from_slice(&r.body).unwrap_or(Value::Null),
    )
}

fn identity(sub: &str, groups: &[&str]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(json!({"sub": sub, "groups": groups, "iss": "https://issuer"}).to_string())
}

fn page(method: &str, path: &str, who: Option<(&str, &[&str])>, body: &str) -> Request {
    let mut headers = vec![];
    if let Some((sub, groups)) = who {
        headers.push(("x-jwt-payload".to_string(), identity(sub, groups)));
    }
    if method == "POST" {
        headers.push(("origin".into(), ORIGIN.into()));
        headers.push(("sec-fetch-site".into(), "same-origin".into()));
        headers.push((
            "content-type".into(),
            "application/x-www-form-urlencoded".into(),
        ));
    }
    Request {
        method: method.into(),
        path: path.into(),
        headers,
        body: body.as_bytes().to_vec(),
    }
}

fn html(r: &Response) -> String {
    String::from_utf8(r.body.clone()).unwrap()
}

/// The form token on a detail page, as a browser would submit it.
fn token_on(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").unwrap() + 19;
    page[at..at + 64].to_string()
}

fn pending(h: &Harness) -> String {
    let (status, v) = check(h, &body());
    assert_eq!(
        (status, v["status"].as_str()),
        (200, Some("pending")),
        "{v}"
    );
    v["approvalId"].as_str().unwrap().to_string()
}

const BOB: (&str, &[&str]) = ("bob@example.com", &["ops"]);
const ALICE: (&str, &[&str]) = ("alice@example.com", &["ops"]);
const MALLORY: (&str, &[&str]) = ("mallory@example.com", &["eng"]);

fn approve_as(h: &Harness, id: &str, who: (&str, &[&str])) -> Response {
    let detail = h
        .app
        .handle(&page("GET", &format!("/approvals/{id}"), Some(who), ""));
    assert_eq!(detail.status, 200);
    let token = token_on(&html(&detail));
    h.app.handle(&page(
        "POST",
        &format!("/approvals/{id}/approve"),
        Some(who),
        &format!("csrf={token}"),
    ))
}

#[test]
fn check_answers_pending_with_the_page_url_then_approved_once() {
    let h = harness();
    let (_, first) = check(&h, &body());
    let id = first["approvalId"].as_str().unwrap();
    assert_eq!(first["url"], format!("{ORIGIN}/approvals/{id}"));
    assert!(first["message"].as_str().unwrap().contains("group ops"));
    // The webhook got the link, not the arguments.
    let hooks = h.hooks_seen.lock().unwrap().clone();
    assert_eq!(hooks.len(), 1);
    assert_eq!(hooks[0]["url"], first["url"]);
    assert!(hooks[0].get("argsPreview").is_none());

    let (_, again) = check(&h, &body());
    assert_eq!(again["approvalId"], first["approvalId"]);
    assert_eq!(h.hooks_seen.lock().unwrap().len(), 1, "no second notice");

    assert_eq!(approve_as(&h, id, BOB).status, 303);
    let (_, ok) = check(&h, &body());
    assert_eq!(
        (
            ok["status"].as_str(),
            ok["approvedBy"].as_str(),
            ok["usesLeft"].as_i64()
        ),
        (Some("approved"), Some("bob@example.com"), Some(0))
    );
    let (_, after) = check(&h, &body());
    assert_eq!(after["status"], "pending");
    assert_ne!(after["approvalId"], first["approvalId"]);

    let audit: Vec<(String, Option<String>)> = h
        .audit
        .lock()
        .unwrap()
        .iter()
        .filter(|r| r["approvalId"] == first["approvalId"])
        .map(|r| {
            (
                r["event"].as_str().unwrap().to_string(),
                r["by"].as_str().map(String::from),
            )
        })
        .collect();
    assert_eq!(
        audit,
        [
            (
                "requested".to_string(),
                Some("alice@example.com".to_string())
            ),
            ("approved".to_string(), Some("bob@example.com".to_string())),
            ("used".to_string(), Some("alice@example.com".to_string())),
        ]
    );
    // Audit records carry the digest, never the arguments.
    assert!(h
        .audit
        .lock()
        .unwrap()
        .iter()
        .all(|r| r.get("argsPreview").is_none() && !r.to_string().contains("REDACTED")));
}

#[test]
fn the_api_needs_the_shared_key() {
    let h = harness();
    let b = body().to_string();
    for key in [None, Some("wrong-key-0123456789"), Some("")] {
        let r = h.app.handle(&api("POST", "/v1/check", key, b.as_bytes()));
        assert_eq!(r.status, 401);
    }
    let mut twice = api("POST", "/v1/check", Some(KEY), b.as_bytes());
    twice
        .headers
        .push(("x-mcp-warden-approval-key".into(), KEY.into()));
    assert_eq!(h.app.handle(&twice).status, 401);
    assert!(h.hooks_seen.lock().unwrap().is_empty());
}

#[test]
fn bad_check_bodies_get_400_naming_the_problem() {
    let h = harness();
    let mut unknown = body();
    unknown["approved"] = json!(true);
    let mut bad_digest = body();
    bad_digest["argsDigest"] = json!("nope");
    let mut wrong_type = body();
    wrong_type["uses"] = json!("one");
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"{not json".to_vec(), ""),
        (unknown.to_string().into_bytes(), "approved"),
        (bad_digest.to_string().into_bytes(), "argsDigest"),
        (wrong_type.to_string().into_bytes(), "uses"),
        (format!("{} {{}}", body()).into_bytes(), "trailing"),
        ("[".repeat(100_000).into_bytes(), ""),
    ];
    for (b, needle) in cases {
        let r = h.app.handle(&api("POST", "/v1/check", Some(KEY), &b));
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(
            (r.status, v["error"].as_str()),
            (400, Some("invalid_request")),
            "{v}"
        );
        assert!(v["message"].as_str().unwrap().contains(needle), "{v}");
    }
    let mut form = api(
        "POST",
        "/v1/check",
        Some(KEY),
        body().to_string().as_bytes(),
    );
    form.headers[0].1 = "text/plain".into();
    assert_eq!(h.app.handle(&form).status, 415);
}

#[test]
fn expired_approvals_are_refused_through_the_api() {
    let h = harness();
    let id = pending(&h);
    assert_eq!(approve_as(&h, &id, BOB).status, 303);
    h.clock.fetch_add(901, Ordering::SeqCst);
    let (_, v) = check(&h, &body());
    assert_eq!(v["status"], "pending");
    assert_ne!(v["approvalId"], json!(id));
    let r = h
        .app
        .handle(&api("GET", &format!("/v1/approvals/{id}"), Some(KEY), b""));
    let v: Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["state"], "expired");
    let events: Vec<&str> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(events, ["requested", "approved", "expired"]);
}

#[test]
fn pages_need_the_identity_header() {
    let h = harness();
    let id = pending(&h);
    for path in ["/approvals".to_string(), format!("/approvals/{id}")] {
        let r = h.app.handle(&page("GET", &path, None, ""));
        assert_eq!(r.status, 401);
        assert!(html(&r).contains("Sign-in required"));
    }
    let mut garbage = page("GET", "/approvals", None, "");
    garbage
        .headers
        .push(("x-jwt-payload".into(), "not base64 json".into()));
    assert_eq!(h.app.handle(&garbage).status, 401);
}

#[test]
fn the_list_shows_a_request_only_to_its_approvers_and_its_requester() {
    let h = harness();
    let id = pending(&h);
    for who in [BOB, ALICE] {
        let r = h.app.handle(&page("GET", "/approvals", Some(who), ""));
        assert!(html(&r).contains(&format!("/approvals/{id}")), "{}", who.0);
    }
    let r = h.app.handle(&page("GET", "/approvals", Some(MALLORY), ""));
    assert!(!html(&r).contains(&id));
    let r = h
        .app
        .handle(&page("GET", &format!("/approvals/{id}"), Some(MALLORY), ""));
    assert_eq!(r.status, 404);
}

#[test]
fn the_detail_page_shows_the_call_and_sets_protective_headers() {
    let h = harness();
    let id = pending(&h);
    let r = h
        .app
        .handle(&page("GET", &format!("/approvals/{id}"), Some(BOB), ""));
    let text = html(&r);
    for needle in [
        "alice@example.com",
        "support-bot",
        "tickets",
        "delete_ticket",
        "deletes-need-approval",
        "Deleting tickets cannot be undone",
        "[REDACTED:github_token]",
        "groups: ops",
        "id=\"approve\"",
        "id=\"deny\"",
    ] {
        assert!(text.contains(needle), "missing {needle}");
    }
    let header = |n: &str| {
        r.headers
            .iter()
            .find(|(k, _)| k == n)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert!(header("content-security-policy").contains("default-src 'none'"));
    assert!(header("content-security-policy").contains("frame-ancestors 'none'"));
    assert_eq!(header("x-frame-options"), "DENY");
    // Not no-referrer: Chromium then sends `Origin: null` on our own forms.
    assert_eq!(header("referrer-policy"), "same-origin");
    assert_eq!(header("cache-control"), "no-store");
}

#[test]
fn everything_shown_is_html_escaped() {
    let h = harness();
    let mut b = body();
    b["tool"] = json!("<script>alert(1)</script>");
    b["reason"] = json!("\"><img src=x onerror=alert(2)>");
    b["agent"] = json!("<b>bot</b>");
    b["argsPreview"] = json!({"q": "</pre><script>alert(3)</script>"});
    let (_, v) = check(&h, &b);
    let id = v["approvalId"].as_str().unwrap();
    let detail = html(
        &h.app
            .handle(&page("GET", &format!("/approvals/{id}"), Some(BOB), "")),
    );
    let list = html(&h.app.handle(&page("GET", "/approvals", Some(BOB), "")));
    for text in [detail, list] {
        assert!(!text.contains("<script>"), "{text}");
        assert!(!text.contains("<img"), "{text}");
        assert!(!text.contains("<b>bot"), "{text}");
        assert!(text.contains("&lt;script&gt;"));
    }
}

#[test]
fn a_non_approver_cannot_approve_even_with_a_valid_looking_form() {
    let h = harness();
    let id = pending(&h);
    // bob's token, mallory's identity: refused by the token binding.
    let bob_page = html(
        &h.app
            .handle(&page("GET", &format!("/approvals/{id}"), Some(BOB), "")),
    );
    let r = h.app.handle(&page(
        "POST",
        &format!("/approvals/{id}/approve"),
        Some(MALLORY),
        &format!("csrf={}", token_on(&bob_page)),
    ));
    assert_eq!(r.status, 403);
    let (_, v) = check(&h, &body());
    assert_eq!(v["status"], "pending");
}

#[test]
fn the_requester_cannot_approve_their_own_request_but_can_withdraw_it() {
    let h = harness();
    let id = pending(&h);
    let own = html(
        &h.app
            .handle(&page("GET", &format!("/approvals/{id}"), Some(ALICE), "")),
    );
    assert!(!own.contains("id=\"approve\""));
    assert!(own.contains("Withdraw request"));
    // A hand-made POST with her own valid token is still refused.
    let r = h.app.handle(&page(
        "POST",
        &format!("/approvals/{id}/approve"),
        Some(ALICE),
        &format!("csrf={}", token_on(&own)),
    ));
    assert_eq!(r.status, 403);
    assert_eq!(check(&h, &body()).1["status"], "pending");
    let r = h.app.handle(&page(
        "POST",
        &format!("/approvals/{id}/deny"),
        Some(ALICE),
        &format!("csrf={}", token_on(&own)),
    ));
    assert_eq!(r.status, 303);
    let (_, v) = check(&h, &body());
    assert_eq!(
        (v["status"].as_str(), v["deniedBy"].as_str()),
        (Some("denied"), Some("alice@example.com"))
    );
}

#[test]
fn self_confirmation_allows_the_requester_to_approve() {
    let h = harness();
    let mut b = body();
    b["allowSelf"] = json!(true);
    b["approvers"] = json!({});
    let (_, v) = check(&h, &b);
    let id = v["approvalId"].as_str().unwrap();
    assert_eq!(approve_as(&h, id, ALICE).status, 303);
    assert_eq!(check(&h, &b).1["status"], "approved");
}

#[test]
fn cross_site_or_tokenless_posts_are_refused() {
    let h = harness();
    let id = pending(&h);
    let detail = html(
        &h.app
            .handle(&page("GET", &format!("/approvals/{id}"), Some(BOB), "")),
    );
    let token = token_on(&detail);
    let path = format!("/approvals/{id}/approve");
    let form = format!("csrf={token}");

    let mut cross = page("POST", &path, Some(BOB), &form);
    cross.headers.retain(|(k, _)| k != "sec-fetch-site");
    cross
        .headers
        .push(("sec-fetch-site".into(), "cross-site".into()));
    let mut evil = page("POST", &path, Some(BOB), &form);
    evil.headers
        .retain(|(k, _)| k != "origin" && k != "sec-fetch-site");
    evil.headers
        .push(("origin".into(), "https://evil.example".into()));
    let mut blind = page("POST", &path, Some(BOB), &form);
    blind
        .headers
        .retain(|(k, _)| k != "origin" && k != "sec-fetch-site");
    let no_token = page("POST", &path, Some(BOB), "");
    let bad_token = page(
        "POST",
        &path,
        Some(BOB),
        &format!("csrf={}", "0".repeat(64)),
    );
    for req in [cross, evil, blind, no_token, bad_token] {
        assert_eq!(h.app.handle(&req).status, 403);
    }
    assert_eq!(check(&h, &body()).1["status"], "pending");
    // The same form, sent properly, works.
    assert_eq!(
        h.app.handle(&page("POST", &path, Some(BOB), &form)).status,
        303
    );
}

#[test]
fn deciding_twice_is_a_conflict() {
    let h = harness();
    let id = pending(&h);
    assert_eq!(approve_as(&h, &id, BOB).status, 303);
    let detail = html(
        &h.app
            .handle(&page("GET", &format!("/approvals/{id}"), Some(BOB), "")),
    );
    assert!(detail.contains("id=\"revoke\""));
    let r = h.app.handle(&page(
        "POST",
        &format!("/approvals/{id}/deny"),
        Some(BOB),
        &format!("csrf={}", token_on(&detail)),
    ));
    assert_eq!(r.status, 409);
}

#[test]
fn routes_under_a_public_path_prefix() {
    let h = harness_with("https://gw.example.com/approval-svc/");
    let mut req = api(
        "POST",
        "/approval-svc/v1/check",
        Some(KEY),
        body().to_string().as_bytes(),
    );
    let r = h.app.handle(&req);
    let v: Value = serde_json::from_slice(&r.body).unwrap();
    let id = v["approvalId"].as_str().unwrap();
    assert_eq!(
        v["url"],
        format!("https://gw.example.com/approval-svc/approvals/{id}")
    );
    req.path = "/v1/check".into();
    assert_eq!(h.app.handle(&req).status, 404);
}

#[test]
fn unknown_routes_and_methods() {
    let h = harness();
    assert_eq!(
        h.app.handle(&page("GET", "/nope", Some(BOB), "")).status,
        404
    );
    assert_eq!(
        h.app
            .handle(&page("DELETE", "/approvals", Some(BOB), ""))
            .status,
        405
    );
    assert_eq!(
        h.app
            .handle(&api("GET", "/v1/check", Some(KEY), b""))
            .status,
        405
    );
    assert_eq!(
        h.app
            .handle(&page("GET", "/approvals/..%2f", Some(BOB), ""))
            .status,
        404
    );
    assert_eq!(h.app.handle(&page("GET", "/healthz", None, "")).status, 200);
}

#[test]
fn over_a_real_socket_bodies_are_bounded() {
    let h = harness_with("http://127.0.0.1:1");
    let listener = Listener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let _workers = listener.serve(Arc::clone(&h.app), 2);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let url = format!("http://{addr}/v1/check");

    let mut r = agent
        .post(&url)
        .header("content-type", "application/json")
        .header("x-mcp-warden-approval-key", KEY)
        .send(body().to_string())
        .unwrap();
    assert_eq!(r.status(), 200);
    let v: Value = serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(v["status"], "pending");

    let mut big = body();
    big["argsPreview"] = json!("x".repeat(70_000));
    let r = agent
        .post(&url)
        .header("content-type", "application/json")
        .header("x-mcp-warden-approval-key", KEY)
        .send(big.to_string())
        .unwrap();
    assert_eq!(r.status(), 413);
    listener.unblock(2);
}
