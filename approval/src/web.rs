//! The HTTP surface, independent of the server library: a request in, a
//! response out. Routes (all under the public URL's path, if it has one):
//!
//! | route | who | what |
//! |---|---|---|
//! | `POST /v1/check` | the filter (shared key header) | see the crate docs |
//! | `GET /v1/approvals/{id}` | the filter, operators (shared key) | one request and its events |
//! | `GET /approvals` | approvers (identity header) | pending requests they may decide, recent decisions |
//! | `GET /approvals/{id}` | approvers, the requester | the request as the approver sees it |
//! | `POST /approvals/{id}/approve\|deny\|revoke` | approvers, the requester (deny/revoke) | same-origin + form token |
//! | `GET /healthz` | Envoy health checks | `ok` |

use std::sync::{Mutex, MutexGuard};

use hmac::{Hmac, Mac};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::identity::{rights, Approver, IdentityConfig};
use crate::model::CheckRequest;
use crate::pages;
use crate::store::{Approval, CheckError, DecideError, Decision, Event, State, Store};

/// One HTTP request, header names lowercased.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub method: String,
    /// Path without the query string.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header_values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The header's value when it appears exactly once.
    pub fn header(&self, name: &str) -> Option<&str> {
        match self.header_values(name).as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json(status: u16, v: &Value) -> Response {
        Response {
            status,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("cache-control".into(), "no-store".into()),
            ],
            body: v.to_string().into_bytes(),
        }
    }

    pub fn api_error(status: u16, error: &str, message: &str) -> Response {
        Response::json(status, &json!({"error": error, "message": message}))
    }

    /// An HTML page with the headers every page gets: no scripts at all, no
    /// framing (the approve button must not be clickjacked), no caching, no
    /// referrer to other sites (the URL names a request). Not `no-referrer`:
    /// with it Chromium sends `Origin: null` on the page's own forms.
    pub fn html(status: u16, body: String) -> Response {
        Response {
            status,
            headers: vec![
                ("content-type".into(), "text/html; charset=utf-8".into()),
                (
                    "content-security-policy".into(),
                    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; \
                     form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
                        .into(),
                ),
                ("x-frame-options".into(), "DENY".into()),
                ("x-content-type-options".into(), "nosniff".into()),
                ("referrer-policy".into(), "same-origin".into()),
                ("cache-control".into(), "no-store".into()),
            ],
            body: body.into_bytes(),
        }
    }

    pub fn redirect(location: &str) -> Response {
        Response {
            status: 303,
            headers: vec![
                ("location".into(), location.to_string()),
                ("cache-control".into(), "no-store".into()),
            ],
            body: Vec::new(),
        }
    }

    pub fn text(status: u16, text: &str) -> Response {
        Response {
            status,
            headers: vec![("content-type".into(), "text/plain; charset=utf-8".into())],
            body: text.as_bytes().to_vec(),
        }
    }
}

/// What the service was told at start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where people reach the pages through Envoy: origin plus optional path,
    /// no trailing slash (`https://gw.example.com/approvals-svc`).
    pub public_url: String,
    pub identity: IdentityConfig,
    /// Lowercase name of the header carrying the shared key.
    pub api_key_header: String,
    pub api_key: Vec<u8>,
    /// Key for the form tokens (random per process unless configured, so
    /// replicas behind one route share it).
    pub csrf_key: Vec<u8>,
    pub max_body_bytes: usize,
    pub max_pending_ttl_seconds: i64,
}

/// A receiver of JSON records.
pub type Sink = Box<dyn Fn(&Value) + Send + Sync>;

/// Where audit records and new-request notices go.
pub struct Hooks {
    /// One JSON object per state change.
    pub audit: Sink,
    /// Called with the webhook payload of each new pending request; must not block.
    pub webhook: Option<Sink>,
}

pub struct App {
    config: Config,
    origin: String,
    base_path: String,
    store: Mutex<Store>,
    hooks: Hooks,
    clock: Box<dyn Fn() -> i64 + Send + Sync>,
}

/// Splits `scheme://host[:port][/path]` into origin and path (no trailing slash).
pub fn split_public_url(url: &str) -> Result<(String, String), String> {
    let rest = url
        .strip_prefix("https://")
        .map(|r| ("https://", r))
        .or_else(|| url.strip_prefix("http://").map(|r| ("http://", r)));
    let Some((scheme, rest)) = rest else {
        return Err(format!(
            "public URL {url:?} must start with http:// or https://"
        ));
    };
    let (host, path) = match rest.find('/') {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("")),
        None => (rest, ""),
    };
    if host.is_empty() || host.contains(['?', '#', '@', ' ']) || path.contains(['?', '#']) {
        return Err(format!(
            "public URL {url:?} is not an origin with an optional path"
        ));
    }
    Ok((
        format!("{scheme}{host}"),
        path.trim_end_matches('/').to_string(),
    ))
}

/// 32 random hex characters (128 bits from the OS).
pub fn random_id() -> Result<String, String> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).map_err(|e| format!("no randomness from the OS: {e}"))?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

fn is_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn digest(b: &[u8]) -> [u8; 32] {
    Sha256::digest(b).into()
}

/// Constant-time comparison of the shared key (over digests, so the
/// length of the configured key does not leak either).
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    let (a, b) = (digest(given), digest(expected));
    a.iter()
        .zip(b.iter())
        .fold(0u8, |acc, (x, y)| acc | (x ^ y))
        == 0
}

impl App {
    pub fn new(config: Config, store: Store, hooks: Hooks) -> Result<App, String> {
        App::with_clock(config, store, hooks, Box::new(now_unix))
    }

    /// Tests move time forward through `clock` instead of sleeping.
    pub fn with_clock(
        config: Config,
        store: Store,
        hooks: Hooks,
        clock: Box<dyn Fn() -> i64 + Send + Sync>,
    ) -> Result<App, String> {
        let (origin, base_path) = split_public_url(&config.public_url)?;
        Ok(App {
            config,
            origin,
            base_path,
            store: Mutex::new(store),
            hooks,
            clock,
        })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    fn store(&self) -> Option<MutexGuard<'_, Store>> {
        // A poisoned lock means a thread died mid-operation: refuse (the
        // filter fails closed) rather than trust the state.
        self.store.lock().ok()
    }

    /// The page of one request, as given to clients.
    pub fn approval_url(&self, id: &str) -> String {
        format!("{}{}/approvals/{id}", self.origin, self.base_path)
    }

    fn path(&self, rel: &str) -> String {
        format!("{}{rel}", self.base_path)
    }

    pub fn handle(&self, req: &Request) -> Response {
        let Some(path) = req.path.strip_prefix(self.base_path.as_str()) else {
            return Response::text(404, "not found");
        };
        let path = if path.is_empty() { "/" } else { path };
        let segs: Vec<&str> = path.split('/').skip(1).collect();
        let get = req.method == "GET";
        let post = req.method == "POST";
        match segs.as_slice() {
            ["healthz"] if get => Response::text(200, "ok"),
            ["v1", "check"] if post => self.api_check(req),
            ["v1", "approvals", id] if get => self.api_get(req, id),
            [""] if get => Response::redirect(&self.path("/approvals")),
            ["approvals"] if get => self.page_list(req),
            ["approvals", id] if get => self.page_detail(req, id),
            ["approvals", id, action] if post => self.page_decide(req, id, action),
            ["healthz"]
            | ["v1", "check"]
            | ["v1", "approvals", _]
            | ["approvals"]
            | ["approvals", _]
            | ["approvals", _, _] => Response::text(405, "method not allowed"),
            _ => Response::text(404, "not found"),
        }
    }

    // ---- filter-facing API ----

    fn api_authorized(&self, req: &Request) -> bool {
        match req.header_values(&self.config.api_key_header).as_slice() {
            [one] => same_secret(one.trim().as_bytes(), &self.config.api_key),
            _ => false,
        }
    }

    fn api_check(&self, req: &Request) -> Response {
        if !self.api_authorized(req) {
            return Response::api_error(401, "unauthorized", "missing or wrong service key");
        }
        let json_body = req.header("content-type").is_some_and(|ct| {
            ct.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
        if !json_body {
            return Response::api_error(415, "unsupported_media_type", "send application/json");
        }
        let mut de = serde_json::Deserializer::from_slice(&req.body);
        let check: CheckRequest = match serde_path_to_error::deserialize(&mut de) {
            Ok(c) => c,
            Err(e) => {
                let path = e.path().to_string();
                let msg = if path == "." {
                    e.inner().to_string()
                } else {
                    format!("{path}: {}", e.inner())
                };
                return Response::api_error(400, "invalid_request", &msg);
            }
        };
        if de.end().is_err() {
            return Response::api_error(400, "invalid_request", "trailing data after the JSON");
        }
        if let Err(e) = check.validate(self.config.max_pending_ttl_seconds) {
            return Response::api_error(400, "invalid_request", &e.to_string());
        }
        // The id a new request would get, drawn before the transaction so a
        // failure cannot leave a row behind.
        let fresh = match random_id() {
            Ok(id) => id,
            Err(e) => {
                eprintln!("mcp-warden-approval: {e}");
                return Response::api_error(503, "unavailable", "no randomness");
            }
        };
        let now = (self.clock)();
        let Some(mut store) = self.store() else {
            return Response::api_error(503, "unavailable", "store unavailable");
        };
        let outcome = store.check(&check, now, &mut || fresh.clone(), &|id| {
            self.approval_url(id)
        });
        match outcome {
            Err(e) => {
                eprintln!("mcp-warden-approval: check failed: {e}");
                Response::api_error(503, "unavailable", "store error")
            }
            Ok(Err(CheckError::TooManyPending)) => Response::api_error(
                429,
                "too_many_pending",
                "this principal has too many requests waiting for approval",
            ),
            Ok(Ok(outcome)) => {
                self.emit(&mut store, &outcome.events);
                drop(store);
                if let (Some(row), Some(hook)) = (&outcome.created, &self.hooks.webhook) {
                    hook(&self.webhook_payload(row));
                }
                match serde_json::to_value(&outcome.answer) {
                    Ok(v) => Response::json(200, &v),
                    Err(_) => Response::api_error(500, "internal", "answer not serializable"),
                }
            }
        }
    }

    fn api_get(&self, req: &Request, id: &str) -> Response {
        if !self.api_authorized(req) {
            return Response::api_error(401, "unauthorized", "missing or wrong service key");
        }
        if !is_id(id) {
            return Response::api_error(404, "not_found", "no such approval");
        }
        let now = (self.clock)();
        let Some(mut store) = self.store() else {
            return Response::api_error(503, "unavailable", "store unavailable");
        };
        let (row, expired) = match store.get(id, now) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("mcp-warden-approval: {e}");
                return Response::api_error(503, "unavailable", "store error");
            }
        };
        self.emit(&mut store, &expired);
        let Some(row) = row else {
            return Response::api_error(404, "not_found", "no such approval");
        };
        let events = store.events(id).unwrap_or_default();
        let mut v = serde_json::to_value(&row).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.insert("url".into(), Value::String(self.approval_url(id)));
            m.insert(
                "events".into(),
                serde_json::to_value(events).unwrap_or(Value::Null),
            );
        }
        Response::json(200, &v)
    }

    fn webhook_payload(&self, row: &Approval) -> Value {
        let url = self.approval_url(&row.id);
        json!({
            "event": "approval.requested",
            "approvalId": row.id,
            "url": url,
            "principal": row.principal,
            "agent": row.agent,
            "server": row.server,
            "tool": row.tool,
            "rule": row.rule,
            "reason": row.reason,
            "approvers": row.approvers,
            "expiresAt": row.pending_until,
            // Chat incoming webhooks (Slack, Mattermost) show `text`.
            "text": format!(
                "{} asks to call {}/{} (rule {}). Review: {url}",
                row.principal, row.server, row.tool, row.rule
            ),
        })
    }

    /// Audit records for state changes: metadata only (the argument digest,
    /// never the preview).
    fn emit(&self, store: &mut Store, events: &[Event]) {
        for ev in events {
            let row = store.peek(&ev.approval_id).ok().flatten();
            let mut rec = json!({
                "type": "mcp_warden_approval",
                "time": mcp_warden::audit::rfc3339_ms((ev.time.max(0) as u64).saturating_mul(1000)),
                "event": ev.event,
                "approvalId": ev.approval_id,
                "by": ev.by,
            });
            if let (Some(r), Value::Object(m)) = (row, &mut rec) {
                for (k, v) in [
                    ("principal", json!(r.principal)),
                    ("agent", json!(r.agent)),
                    ("server", json!(r.server)),
                    ("tool", json!(r.tool)),
                    ("rule", json!(r.rule)),
                    ("argsDigest", json!(r.args_digest)),
                    ("policyVersion", json!(r.policy_version)),
                    ("state", json!(r.state.as_str())),
                    ("usesLeft", json!(r.uses_left)),
                ] {
                    m.insert(k.into(), v);
                }
            }
            (self.hooks.audit)(&rec);
        }
    }

    /// Runs the periodic expiry and retention sweep.
    pub fn sweep(&self) {
        let now = (self.clock)();
        let Some(mut store) = self.store() else {
            return;
        };
        match store.sweep(now) {
            Ok((events, _deleted)) => self.emit(&mut store, &events),
            Err(e) => eprintln!("mcp-warden-approval: sweep failed: {e}"),
        }
    }

    // ---- approver-facing pages ----

    fn viewer(&self, req: &Request) -> Result<Approver, Response> {
        let values = req.header_values(&self.config.identity.header);
        self.config.identity.approver(&values).map_err(|e| {
            pages::error_page(
                401,
                "Sign-in required",
                &format!(
                    "{e}. Open this page through the gateway, which signs you in and tells the \
                     approval service who you are."
                ),
            )
        })
    }

    fn csrf_token(&self, subject: &str, id: &str) -> String {
        // HMAC accepts keys of any length; an error is impossible, but stay total.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.config.csrf_key) else {
            return String::new();
        };
        mac.update(b"mcp-warden-approval csrf\n");
        mac.update(subject.as_bytes());
        mac.update(b"\n");
        mac.update(id.as_bytes());
        mac.finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    fn csrf_ok(&self, subject: &str, id: &str, given: &str) -> bool {
        let expected = self.csrf_token(subject, id);
        !expected.is_empty() && same_secret(given.as_bytes(), expected.as_bytes())
    }

    /// A state-changing POST must come from our own page: the browser says
    /// so with `Sec-Fetch-Site: same-origin` and/or an `Origin` equal to the
    /// public origin; with neither, it is refused.
    fn same_origin(&self, req: &Request) -> bool {
        let site = req.header("sec-fetch-site");
        let origin = req.header("origin");
        if site.is_some_and(|s| s != "same-origin") {
            return false;
        }
        if origin.is_some_and(|o| o != self.origin) {
            return false;
        }
        site.is_some() || origin.is_some()
    }

    fn page_list(&self, req: &Request) -> Response {
        let who = match self.viewer(req) {
            Ok(w) => w,
            Err(r) => return r,
        };
        let Some(store) = self.store() else {
            return pages::error_page(503, "Unavailable", "The approval store is unavailable.");
        };
        let now = (self.clock)();
        let visible = |a: &Approval| rights(&who, &a.principal, &a.approvers, a.allow_self).view;
        let pending: Vec<Approval> = match store.list(State::Pending, 1000) {
            Ok(rows) => rows
                .into_iter()
                .filter(|a| a.pending_until > now)
                .filter(visible)
                .collect(),
            Err(e) => {
                eprintln!("mcp-warden-approval: {e}");
                return pages::error_page(503, "Unavailable", "The approval store failed.");
            }
        };
        let recent: Vec<Approval> = store
            .recent(500)
            .unwrap_or_default()
            .into_iter()
            .filter(visible)
            .take(50)
            .collect();
        drop(store);
        let base = self.path("/approvals");
        Response::html(200, pages::list_page(&who, &pending, &recent, &base))
    }

    fn page_detail(&self, req: &Request, id: &str) -> Response {
        let who = match self.viewer(req) {
            Ok(w) => w,
            Err(r) => return r,
        };
        if !is_id(id) {
            return pages::not_found();
        }
        let now = (self.clock)();
        let Some(mut store) = self.store() else {
            return pages::error_page(503, "Unavailable", "The approval store is unavailable.");
        };
        let (row, expired) = match store.get(id, now) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("mcp-warden-approval: {e}");
                return pages::error_page(503, "Unavailable", "The approval store failed.");
            }
        };
        self.emit(&mut store, &expired);
        // Someone who may not see a request learns nothing, not even that it exists.
        let Some(row) = row.filter(|a| rights(&who, &a.principal, &a.approvers, a.allow_self).view)
        else {
            return pages::not_found();
        };
        let events = store.events(id).unwrap_or_default();
        drop(store);
        let r = rights(&who, &row.principal, &row.approvers, row.allow_self);
        let token = self.csrf_token(&who.subject, id);
        let base = self.path("/approvals");
        Response::html(
            200,
            pages::detail_page(&who, &row, &events, r, &token, &base, now),
        )
    }

    fn page_decide(&self, req: &Request, id: &str, action: &str) -> Response {
        let decision = match action {
            "approve" => Decision::Approve,
            "deny" => Decision::Deny,
            "revoke" => Decision::Revoke,
            _ => return pages::not_found(),
        };
        let who = match self.viewer(req) {
            Ok(w) => w,
            Err(r) => return r,
        };
        if !is_id(id) {
            return pages::not_found();
        }
        if !self.same_origin(req) {
            return pages::error_page(
                403,
                "Refused",
                "This form was not sent from the approval page itself (cross-site request).",
            );
        }
        let token = form_urlencoded::parse(&req.body)
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        if !self.csrf_ok(&who.subject, id, &token) {
            return pages::error_page(
                403,
                "Refused",
                "The form token does not match you and this request. Reload the page and try again.",
            );
        }
        let now = (self.clock)();
        let Some(mut store) = self.store() else {
            return pages::error_page(503, "Unavailable", "The approval store is unavailable.");
        };
        let result = store.decide(id, decision, &who, now);
        match result {
            Err(e) => {
                eprintln!("mcp-warden-approval: {e}");
                pages::error_page(503, "Unavailable", "The approval store failed.")
            }
            Ok(Err(DecideError::NotFound)) => pages::not_found(),
            Ok(Err(DecideError::Forbidden)) => pages::error_page(
                403,
                "Not allowed",
                match decision {
                    Decision::Approve => {
                        "You may not approve this request: you are not one of its approvers, \
                         or it is your own request and its rule does not allow self-confirmation."
                    }
                    _ => "You may not change this request.",
                },
            ),
            Ok(Err(DecideError::Conflict(state))) => pages::error_page(
                409,
                "Already decided",
                &format!(
                    "This request is {} now; nothing was changed.",
                    state.as_str()
                ),
            ),
            Ok(Ok((_row, events))) => {
                self.emit(&mut store, &events);
                Response::redirect(&self.path(&format!("/approvals/{id}")))
            }
        }
    }
}
