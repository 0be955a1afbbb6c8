//! One HTTP stream through the filter: the transport. It knows phases,
//! buffering, SSE framing, trailers, side calls, reply-once, batches (all or
//! nothing), audit and metrics — and no feature by name: features are the
//! stages of [`crate::pipeline`], called in their order.
//!
//! Buffering rules, written once:
//! - After `Pause`, `body_size` is the total buffered so far: never add up.
//! - Requests: without `allow_on_headers_stop_iteration` (mode A) the
//!   headers must be `Continue`d, so the upstream may see the headers of a
//!   request whose body is then refused; the body itself is held (`Pause` on
//!   every chunk) and never forwarded unread. With the flag (mode B) the
//!   headers wait for the verdict.
//! - The end of a request body is `end_of_stream` on a body callback **or
//!   the trailers** (HTTP/2): both are enforcement points; a body is judged
//!   exactly once, whichever comes.
//! - In mode A `content-length` is removed from every POST (the body may be
//!   rewritten: redaction, sealed task ids, legacy refusals); in mode B the
//!   exact length is set when the body changes.
//! - Answers the filter must read lose `content-length` in the headers
//!   phase. JSON answers are buffered whole (to the end of stream or the
//!   trailers); SSE answers are rewritten event by event, the partial tail
//!   held for the next chunk (and dropped, like any client would, if the
//!   stream ends inside an event).
//! - An answer the filter must read but cannot read exactly, or cannot match
//!   to a request of this stream, fails closed: it never passes as is.
//! - A local reply is sent from exactly one place ([`Stream::reply`]), once.

use crate::audit::{BatchEntry, Chain};
use crate::binding::{Key, Sealer};
use crate::credentials::TokenCache;
use crate::host::{Action, Host, LogLevel};
use crate::json::{self, Doc, Kind as JsonKind};
use crate::mcp::{self, Body, Kind, ListKind, Message, ParseError, ParseLimits, ServerMessage};
use crate::metrics;
use crate::modes::Effect;
use crate::pipeline::{
    self, Answer, Cx, Flow, Head, Refusal, RequestBody, Sent, SideAnswer, SideCall, Stage, Verdict,
};
use crate::policy::{Decision, Policy};
use crate::reply::{code, error_text, Class, LocalReply, Reason};
use crate::sse::SseBuffer;
use crate::store::{fnv1a, SharedStore};
use std::cell::RefCell;
use std::rc::Rc;

/// Request headers the filter publishes; client-sent copies are removed.
pub const PUBLISHED_HEADERS: &[&str] = &[
    "x-mcp-method",
    "x-mcp-target",
    "x-mcp-server",
    "x-mcp-principal",
    "x-mcp-decision",
    "x-mcp-idempotent",
];

/// What replaces an injected credential that an answer echoes.
const SCRUBBED: &str = "[REDACTED:credential]";

/// Everything the filter shares across streams of one plugin instance.
#[derive(Debug)]
pub struct Shared {
    pub policy: Policy,
    /// This worker's audit chain (one VM per worker, single-threaded).
    pub chain: RefCell<Chain>,
    /// Exchanged upstream tokens (per VM: shared data is readable by every
    /// plugin that shares the vm_id, and has no TTL).
    pub tokens: RefCell<TokenCache>,
    /// Shared-data namespace (the plugin name): under Istio every plugin in
    /// a proxy shares one vm_id.
    pub namespace: String,
    /// The configured sealer, or the last one built from this proxy's own
    /// key with that key's bytes: keyed once, not per request.
    sealer: RefCell<Option<(Vec<u8>, Rc<Sealer>)>>,
}

impl Shared {
    pub fn new(mut policy: Policy, namespace: &str, worker: String) -> Shared {
        policy.integrity.set_namespace(namespace);
        let tokens = RefCell::new(policy.credentials.token_cache());
        let sealer = policy
            .sessions
            .sealer
            .clone()
            .map(|s| (Vec::new(), Rc::new(s)));
        Shared {
            policy,
            chain: RefCell::new(Chain::new(worker)),
            tokens,
            namespace: namespace.to_string(),
            sealer: RefCell::new(sealer),
        }
    }

    fn local_key_name(&self) -> String {
        format!("mcp-warden/{}/seal-key", self.namespace)
    }

    /// Creates this proxy's own sealing key if the policy configures none
    /// and no worker created it yet (called at configure time).
    pub fn ensure_local_key(&self, store: &dyn SharedStore) {
        if self.policy.sessions.sealer.is_some() {
            return;
        }
        let key = self.local_key_name();
        let (value, _) = store.get(&key);
        if value.is_some_and(|v| v.len() >= 32) {
            return;
        }
        let mut secret = [0u8; 32];
        if getrandom::getrandom(&mut secret).is_ok() {
            store.set(&key, &secret, None);
        }
    }

    /// The sealer for session and task ids: the configured keys, or this
    /// proxy's own key (read from shared data on every use, so all workers
    /// agree on the one that was stored last).
    pub fn sealer(&self, store: &dyn SharedStore) -> Option<Rc<Sealer>> {
        if self.policy.sessions.sealer.is_some() {
            return self.sealer.borrow().as_ref().map(|(_, s)| s.clone());
        }
        let key = self.local_key_name();
        let (mut value, _) = store.get(&key);
        if value.as_ref().is_none_or(|v| v.len() < 32) {
            self.ensure_local_key(store);
            value = store.get(&key).0;
        }
        let secret = value.filter(|v| v.len() >= 32)?;
        let mut cached = self.sealer.borrow_mut();
        if let Some((bytes, s)) = cached.as_ref() {
            if *bytes == secret {
                return Some(s.clone());
            }
        }
        let s = Rc::new(Sealer::new(
            vec![Key {
                id: "local".into(),
                secret: secret.clone(),
                accept_until_ms: None,
            }],
            self.policy.sessions.max_age_ms,
        ));
        *cached = Some((secret, s.clone()));
        Some(s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Await {
    /// A request body to judge.
    Body,
    /// A body that must be empty (GET, DELETE).
    Empty,
}

enum After {
    /// A head-time hold (token exchange): resume when it clears (and, in
    /// mode B, once the body verdict is in).
    Head,
    /// An act-phase hold: continue the act phase at stage `next`.
    Act { next: usize, body: Box<RequestBody> },
}

struct Hold {
    token: u32,
    stage: usize,
    then: After,
}

/// An act-phase side call that had to wait for a head-time one (mode B: a
/// token exchange still in flight when an approval is asked).
struct Deferred {
    stage: usize,
    call: SideCall,
    body: Box<RequestBody>,
}

#[derive(Default)]
enum ResponseMode {
    #[default]
    Passthrough,
    /// Not read, but secrets are scrubbed (a tail is held across chunks).
    Scrub(Vec<u8>),
    Json,
    Sse(SseBuffer),
}

/// What to do with one server message.
enum Rewrite {
    Keep,
    Replace(String),
    Drop,
}

pub struct Stream {
    cx: Cx,
    stages: Vec<Box<dyn Stage>>,
    replied: bool,
    sealed: bool,
    /// Let through untouched (shadow mode, unregistered server).
    bypass: bool,
    awaiting: Option<Await>,
    /// The body size of the last body callback (cumulative while paused).
    body_size: usize,
    hold: Option<Hold>,
    deferred: Option<Deferred>,
    /// The body was judged and allowed while a head hold was still running.
    body_allowed_waiting: bool,
    response: ResponseMode,
    /// Response body bytes buffered so far (JSON answers).
    response_size: usize,
    /// Metric label of the decided target.
    target_label: String,
}

impl Stream {
    pub fn new(shared: Rc<Shared>) -> Self {
        let stages = pipeline::build(&shared);
        Stream {
            cx: Cx {
                shared,
                head: Head::default(),
                identity: Default::default(),
                server: None,
                record: Default::default(),
                shadow_unauthenticated: false,
                stream_decision: None,
                scrub: Vec::new(),
                sent: Vec::new(),
                legacy_session: None,
                server_stream: false,
                inspect_answers: false,
            },
            stages,
            replied: false,
            sealed: false,
            bypass: false,
            awaiting: None,
            body_size: 0,
            hold: None,
            deferred: None,
            body_allowed_waiting: false,
            response: ResponseMode::Passthrough,
            response_size: 0,
            target_label: "none".into(),
        }
    }

    fn policy(&self) -> &Policy {
        &self.cx.shared.policy
    }

    fn header_stop(&self) -> bool {
        self.cx.shared.policy.allow_header_stop
    }

    // ------------------------------------------------------------ replies

    /// The one place a local reply leaves the filter.
    fn reply(&mut self, host: &mut dyn Host, reply: LocalReply) -> Action {
        let reply = reply.for_wire(&self.cx.head.version);
        if !self.replied {
            self.replied = true;
            host.set_fact("outcome", reply.reason.name());
            host.log(
                LogLevel::Debug,
                &format!(
                    "mcp-warden: local reply {} ({})",
                    reply.status,
                    reply.reason.name()
                ),
            );
            let r = &mut self.cx.record;
            r.http_status = Some(reply.status);
            r.rpc_code = reply.rpc_code;
            if r.decision.is_none() || reply.reason != Reason::Denied {
                r.decision = Some("deny");
            }
            if r.rule.is_none() {
                r.rule = Some(reply.reason.name().to_string());
            }
            self.count_reply(host, reply.reason);
            host.send_reply(&reply);
            self.seal(host);
        }
        Action::Pause
    }

    /// A reply that is not an MCP decision (no audit record).
    fn serve(&mut self, host: &mut dyn Host, reply: LocalReply) -> Action {
        if !self.replied {
            self.replied = true;
            self.sealed = true;
            host.send_reply(&reply);
        }
        Action::Pause
    }

    fn count_reply(&self, host: &mut dyn Host, reason: Reason) {
        let server = self.cx.server_name();
        let metric = match reason.class() {
            Class::ParseError => metrics::name(
                metrics::PARSE_ERRORS,
                &[("mcp_server", server), ("mcp_reason", reason.name())],
            ),
            Class::BodyLimit => {
                let dir = if reason == Reason::BodyTooLarge {
                    "request"
                } else {
                    "response"
                };
                metrics::name(
                    metrics::BODY_LIMIT,
                    &[("mcp_server", server), ("mcp_direction", dir)],
                )
            }
            Class::Denial => metrics::name(
                metrics::DENIALS,
                &[("mcp_server", server), ("mcp_reason", reason.name())],
            ),
        };
        host.increment(&metric, 1);
    }

    fn refuse(
        &mut self,
        host: &mut dyn Host,
        status: u32,
        reason: Reason,
        message: &str,
    ) -> Action {
        let r = LocalReply::rpc_error(status, None, reason.code(), message, reason);
        self.reply(host, r)
    }

    /// Seals the audit record (once) and counts the request.
    fn seal(&mut self, host: &mut dyn Host) {
        if self.sealed {
            return;
        }
        self.sealed = true;
        if !self.replied && !self.bypass {
            for st in self.stages.iter_mut() {
                st.on_end(&mut self.cx, host);
            }
        }
        let now = host.now_ms();
        let line = self.cx.shared.chain.borrow_mut().seal_with(
            &self.cx.record,
            now,
            &self.cx.shared.policy.audit,
        );
        host.emit_audit(&line);
        if let Some(decision) = self.cx.record.decision {
            let method = self
                .cx
                .record
                .method
                .as_deref()
                .map(metric_method)
                .unwrap_or("none");
            let mut labels = vec![
                ("mcp_server", self.cx.server_name()),
                ("mcp_method", method),
                ("mcp_target", self.target_label.as_str()),
                ("mcp_decision", decision),
            ];
            // Explicit rule, the default effect, or neither (a refusal that
            // is not the access decision's: identity, limits, DLP, quotas…).
            let basis = match self.cx.record.rule.as_deref() {
                Some("default") => "default",
                Some(rule) if self.cx.shared.policy.has_rule(rule) => "rule",
                _ => "other",
            };
            labels.push(("mcp_basis", basis));
            // Requests through a collection's route: its (policy) name.
            if let Some(c) = self.cx.record.collection.as_deref() {
                labels.push(("mcp_collection", c));
            }
            let name = metrics::name(metrics::REQUESTS, &labels);
            host.increment(&name, 1);
        }
    }

    /// Called when the stream ends; seals a record nothing else did (a
    /// reset, or a stream the client abandoned).
    pub fn on_log(&mut self, host: &mut dyn Host) {
        if self.cx.record.http_status.is_none() {
            self.cx.record.http_status = host
                .property(&["response", "code"])
                .and_then(|b| b.get(..8).and_then(|s| <[u8; 8]>::try_from(s).ok()))
                .map(|b| u64::from_le_bytes(b) as u32);
        }
        if self.cx.server.is_some() || self.replied {
            self.seal(host);
        }
    }

    // ------------------------------------------------------ request head

    pub fn on_request_headers(&mut self, host: &mut dyn Host, end_of_stream: bool) -> Action {
        self.cx.head = Head::read(host.request_headers());
        // Facts we publish must come from us only.
        for h in PUBLISHED_HEADERS {
            if self.cx.head.count(h) > 0 {
                host.set_request_header(h, None);
            }
        }
        let method = self.cx.head.method.clone();
        let declares_body = self
            .cx
            .head
            .get("content-length")
            .is_some_and(|v| v.trim() != "0")
            || self.cx.head.count("transfer-encoding") > 0;
        if method == "OPTIONS" {
            // Only a bodiless CORS preflight may pass early.
            self.cx.head.preflight = end_of_stream
                && !declares_body
                && self.cx.head.get("access-control-request-method").is_some();
        }
        let acceptable =
            matches!(method.as_str(), "POST" | "GET" | "DELETE" | "HEAD") || self.cx.head.preflight;
        self.cx.record.start_ms = host.now_ms();
        self.cx.record.request_id = self.cx.head.get("x-request-id").map(str::to_string);
        self.cx.record.session_id = self.cx.head.get("mcp-session-id").map(str::to_string);
        self.cx.record.http_method = method.clone();
        if !acceptable {
            return self.method_not_allowed(host);
        }

        for i in 0..self.stages.len() {
            let flow = match self.stages.get_mut(i) {
                Some(st) => st.on_head(&mut self.cx, host),
                None => Flow::Next,
            };
            match flow {
                Flow::Next => {}
                Flow::Reply(r) => return self.reply(host, r),
                Flow::Serve(r) => return self.serve(host, r),
                Flow::Refuse(r) => {
                    let reply = LocalReply::rpc_error(403, None, r.code, &r.message, r.reason);
                    return self.reply(host, reply);
                }
                Flow::Bypass => {
                    self.bypass = true;
                    self.seal(host);
                    return Action::Continue;
                }
                Flow::Hold(call) => {
                    if let Some(a) = self.start_hold(host, i, call, After::Head) {
                        return a;
                    }
                }
            }
        }
        // The filter must read answers: ask the upstream for identity
        // encoding (no stage adds the header: absent from the head, it is
        // absent from the request, and removing it would cost a host call).
        if self.cx.head.count("accept-encoding") > 0 {
            host.set_request_header("accept-encoding", None);
        }

        match method.as_str() {
            "POST" => self.post_head(host, end_of_stream),
            "GET" | "DELETE" if !end_of_stream && !self.header_stop() => {
                // Without header-stop the headers would go out before we
                // could see whether a body follows: refuse a request that
                // does not end with its headers.
                self.refuse(
                    host,
                    400,
                    Reason::UnexpectedBody,
                    "mcp-warden: a GET or DELETE request must not carry a body",
                )
            }
            "GET" | "DELETE" => {
                self.cx.server_stream = method == "GET";
                if let Some(d) = self.cx.stream_decision.clone() {
                    self.publish(host, &method, "", &d);
                }
                if !end_of_stream {
                    self.awaiting = Some(Await::Empty);
                }
                if self.hold.is_some() || (self.header_stop() && !end_of_stream) {
                    Action::Pause
                } else {
                    Action::Continue
                }
            }
            "OPTIONS" => Action::Continue,
            _ => self.method_not_allowed(host),
        }
    }

    fn method_not_allowed(&mut self, host: &mut dyn Host) -> Action {
        let r = LocalReply::rpc_error(
            405,
            None,
            code::INVALID_REQUEST,
            "mcp-warden: method not allowed on an MCP endpoint",
            Reason::MethodNotAllowed,
        )
        .with_header("allow", "GET, POST, DELETE");
        self.reply(host, r)
    }

    fn post_head(&mut self, host: &mut dyn Host, end_of_stream: bool) -> Action {
        if !self.header_stop() {
            // The body may be rewritten and the headers are gone by then.
            host.set_request_header("content-length", None);
        }
        if let Some(enc) = self.cx.head.get("content-encoding") {
            if !enc.trim().eq_ignore_ascii_case("identity") {
                return self.refuse(host, 415, Reason::UnreadableBody, "mcp-warden: request content-encoding must be identity; the filter cannot inspect compressed bodies");
            }
        }
        let media = self
            .cx
            .head
            .get("content-type")
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if media != "application/json" {
            return self.refuse(
                host,
                415,
                Reason::UnsupportedMediaType,
                "mcp-warden: MCP requests must be application/json",
            );
        }
        let limit = self.policy().limits.max_request_body_bytes;
        let declared = self
            .cx
            .head
            .get("content-length")
            .and_then(|v| v.trim().parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit as u64) {
            return self.body_too_large(host);
        }
        if end_of_stream {
            return self.refuse(host, 400, Reason::EmptyBody, "mcp-warden: empty body");
        }
        self.awaiting = Some(Await::Body);
        if self.header_stop() || self.hold.is_some() {
            Action::Pause
        } else {
            Action::Continue
        }
    }

    fn body_too_large(&mut self, host: &mut dyn Host) -> Action {
        let msg = format!(
            "mcp-warden: request body exceeds the limit of {} bytes",
            self.policy().limits.max_request_body_bytes
        );
        self.refuse(host, 413, Reason::BodyTooLarge, &msg)
    }

    // ------------------------------------------------------------ holds

    /// Dispatches a side call for stage `stage`. Some(action) when the
    /// request must stop here.
    fn start_hold(
        &mut self,
        host: &mut dyn Host,
        stage: usize,
        call: SideCall,
        then: After,
    ) -> Option<Action> {
        if self.hold.is_some() {
            host.log(LogLevel::Error, "mcp-warden: two side calls at once");
            return Some(self.refuse(host, 500, Reason::Denied, "mcp-warden: internal error"));
        }
        let headers: Vec<(&str, &str)> = call
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        match host.dispatch_call(&call.cluster, &headers, &call.body, call.timeout_ms) {
            Some(token) => {
                self.hold = Some(Hold { token, stage, then });
                None
            }
            None => {
                // The call could not even start: the stage decides (fail closed).
                let answer = SideAnswer {
                    status: None,
                    body: Vec::new(),
                };
                let flow = match self.stages.get_mut(stage) {
                    Some(st) => st.on_side_answer(&mut self.cx, host, &answer),
                    None => Flow::Next,
                };
                match (flow, then) {
                    (Flow::Next, After::Head) => None,
                    (Flow::Next, After::Act { next, body }) => Some(self.act(host, *body, next)),
                    (Flow::Reply(r), _) => Some(self.reply(host, r)),
                    (Flow::Refuse(r), After::Act { body, .. }) => {
                        Some(self.refuse_body(host, &body.parsed.body, r))
                    }
                    (other, _) => {
                        host.log(
                            LogLevel::Warn,
                            &format!(
                                "mcp-warden: unexpected flow after a failed side call: {other:?}"
                            ),
                        );
                        Some(self.refuse(
                            host,
                            502,
                            Reason::Denied,
                            "mcp-warden: a side call failed",
                        ))
                    }
                }
            }
        }
    }

    /// The answer to a dispatched call.
    pub fn on_http_call_response(&mut self, host: &mut dyn Host, token: u32, body_size: usize) {
        // Only the answer to our own call; anything else is ignored.
        if self.replied || self.hold.as_ref().is_none_or(|h| h.token != token) {
            return;
        }
        let Some(hold) = self.hold.take() else {
            return;
        };
        let status = host
            .call_response_header(":status")
            .and_then(|s| s.parse::<u32>().ok());
        let body = host
            .call_response_body(body_size.min(crate::credentials::MAX_RESPONSE_BYTES))
            .unwrap_or_default();
        let answer = SideAnswer { status, body };
        let flow = match self.stages.get_mut(hold.stage) {
            Some(st) => st.on_side_answer(&mut self.cx, host, &answer),
            None => Flow::Next,
        };
        match (flow, hold.then) {
            (Flow::Next, After::Head) if self.deferred.is_some() => {
                if let Some(d) = self.deferred.take() {
                    let then = After::Act {
                        next: d.stage + 1,
                        body: d.body,
                    };
                    if self.start_hold(host, d.stage, d.call, then) == Some(Action::Continue) {
                        host.resume_request();
                    }
                }
            }
            (Flow::Next, After::Head) => {
                // Mode A held only the headers; mode B also waits for the
                // body verdict, which may still be to come.
                if !self.header_stop()
                    || self.awaiting != Some(Await::Body)
                    || self.body_allowed_waiting
                {
                    host.resume_request();
                }
            }
            (Flow::Next, After::Act { next, body }) => {
                if self.act(host, *body, next) == Action::Continue {
                    host.resume_request();
                }
            }
            (Flow::Reply(r), _) => {
                self.reply(host, r);
            }
            (Flow::Refuse(r), After::Act { body, .. }) => {
                self.refuse_body(host, &body.parsed.body, r);
            }
            (Flow::Refuse(r), After::Head) => {
                let reply = LocalReply::rpc_error(403, None, r.code, &r.message, r.reason);
                self.reply(host, reply);
            }
            (other, _) => {
                host.log(
                    LogLevel::Warn,
                    &format!("mcp-warden: unexpected flow after a side call: {other:?}"),
                );
                self.refuse(host, 502, Reason::Denied, "mcp-warden: a side call failed");
            }
        }
    }

    // ------------------------------------------------------ request body

    pub fn on_request_body(
        &mut self,
        host: &mut dyn Host,
        body_size: usize,
        end_of_stream: bool,
    ) -> Action {
        if self.replied {
            return Action::Pause;
        }
        let Some(awaiting) = self.awaiting else {
            return Action::Continue;
        };
        self.body_size = body_size;
        match awaiting {
            Await::Empty => {
                if body_size > 0 {
                    return self.refuse(
                        host,
                        400,
                        Reason::UnexpectedBody,
                        "mcp-warden: a GET or DELETE request must not carry a body",
                    );
                }
                if end_of_stream {
                    self.awaiting = None;
                    return self.release_empty(host);
                }
                Action::Pause
            }
            Await::Body => {
                if body_size > self.policy().limits.max_request_body_bytes {
                    return self.body_too_large(host);
                }
                if !end_of_stream {
                    return Action::Pause;
                }
                self.finish_body(host)
            }
        }
    }

    /// Trailers end the request: the body (if one is awaited) is judged now.
    pub fn on_request_trailers(&mut self, host: &mut dyn Host) -> Action {
        if self.replied {
            return Action::Pause;
        }
        match self.awaiting {
            Some(Await::Body) => self.finish_body(host),
            Some(Await::Empty) => {
                self.awaiting = None;
                self.release_empty(host)
            }
            None => Action::Continue,
        }
    }

    fn release_empty(&mut self, _host: &mut dyn Host) -> Action {
        if self.hold.is_some() {
            Action::Pause
        } else {
            Action::Continue
        }
    }

    fn finish_body(&mut self, host: &mut dyn Host) -> Action {
        self.awaiting = None;
        let size = self.body_size;
        self.cx.record.bytes_in = size as u64;
        let Some(body) = host.request_body(size) else {
            return self.refuse(
                host,
                500,
                Reason::UnreadableBody,
                "mcp-warden: the request body could not be read",
            );
        };
        if body.len() != size {
            return self.refuse(
                host,
                500,
                Reason::UnreadableBody,
                "mcp-warden: the request body could not be read whole",
            );
        }
        self.decide_body(host, body)
    }

    fn limits(&self) -> ParseLimits {
        ParseLimits {
            max_depth: self.policy().limits.max_json_depth,
            max_batch: self.policy().limits.max_batch_size,
        }
    }

    fn decide_body(&mut self, host: &mut dyn Host, bytes: Vec<u8>) -> Action {
        if self.cx.server.is_none() {
            return self.refuse(
                host,
                403,
                Reason::UnregisteredServer,
                "mcp-warden: no registered MCP server",
            );
        }
        let version = self.cx.head.version.clone();
        let parsed = match mcp::parse_body(bytes, self.limits(), &version) {
            Ok(p) => p,
            Err(ParseError::Parse(m)) => {
                return self.refuse(host, 400, Reason::ParseError, &format!("mcp-warden: {m}"))
            }
            Err(ParseError::Invalid { id, message }) => {
                let r = LocalReply::rpc_error(
                    400,
                    id.as_deref(),
                    code::INVALID_REQUEST,
                    &format!("mcp-warden: {message}"),
                    Reason::InvalidRequest,
                );
                return self.reply(host, r);
            }
            Err(ParseError::InvalidParams { id, message }) => {
                let r = LocalReply::rpc_error(
                    200,
                    Some(&id),
                    code::INVALID_PARAMS,
                    &format!("mcp-warden: {message}"),
                    Reason::InvalidParams,
                );
                return self.reply(host, r);
            }
        };
        for i in 0..self.stages.len() {
            let flow = match self.stages.get_mut(i) {
                Some(st) => st.on_body(&mut self.cx, host, &parsed),
                None => Flow::Next,
            };
            match flow {
                Flow::Next => {}
                Flow::Reply(r) => return self.reply(host, r),
                Flow::Refuse(r) => return self.refuse_body(host, &parsed.body, r),
                other => {
                    host.log(
                        LogLevel::Warn,
                        &format!("mcp-warden: unexpected flow in on_body: {other:?}"),
                    );
                    return self.refuse(host, 500, Reason::Denied, "mcp-warden: internal error");
                }
            }
        }

        // Judge every message with every stage; the first refusal wins.
        let mut verdicts: Vec<Verdict> = Vec::with_capacity(parsed.body.messages().len());
        for m in parsed.body.messages() {
            let mut v = Verdict::Pass;
            for st in &self.stages {
                match st.judge(&self.cx, host, &parsed, m) {
                    Verdict::Pass => {}
                    Verdict::Allow(d) => {
                        if matches!(v, Verdict::Pass) {
                            v = Verdict::Allow(d);
                        }
                    }
                    stop @ (Verdict::Refuse(_) | Verdict::Challenge(_)) => {
                        v = stop;
                        break;
                    }
                }
            }
            verdicts.push(v);
        }
        // A step-up challenge pre-empts every other refusal of the body.
        if let Some(i) = verdicts
            .iter()
            .position(|v| matches!(v, Verdict::Challenge(_)))
        {
            if let (Some(Verdict::Challenge(r)), Some(m)) =
                (verdicts.get(i).cloned(), parsed.body.messages().get(i))
            {
                self.publish_refusal(host, m, Reason::InsufficientScope.name());
                return self.reply(host, r);
            }
        }
        if let Body::Batch(msgs) = &parsed.body {
            self.cx.record.batch = msgs
                .iter()
                .zip(&verdicts)
                .map(|(m, v)| BatchEntry {
                    id: m.raw_id().map(str::to_string),
                    method: m.method().to_string(),
                    target: m.target().name().map(str::to_string),
                    decision: match v {
                        Verdict::Allow(d) => decision_word(d),
                        Verdict::Pass => "allow",
                        Verdict::Refuse(_) | Verdict::Challenge(_) => "deny",
                    },
                    rule: match v {
                        Verdict::Allow(d) => d.basis.rule_name().to_string(),
                        Verdict::Pass => "none".to_string(),
                        Verdict::Refuse(r) => r.rule_name(),
                        Verdict::Challenge(_) => Reason::InsufficientScope.name().to_string(),
                    },
                })
                .collect();
        }
        if let Some(bad) = verdicts
            .iter()
            .position(|v| matches!(v, Verdict::Refuse(_)))
        {
            return self.refuse_judged(host, &parsed.body, &verdicts, bad);
        }
        match &parsed.body {
            Body::Single(m) => {
                self.target_label = self.policy().target_label(m.target()).to_string();
                self.cx.record.target_kind = Some(m.target().kind()).filter(|k| !k.is_empty());
                let d = match verdicts.first() {
                    Some(Verdict::Allow(d)) => Some(d.clone()),
                    _ => None,
                };
                let target = target_text(m);
                match d {
                    Some(d) => self.publish(host, m.method(), &target, &d),
                    None => self.publish_plain(host, m.method(), &target),
                }
            }
            Body::Batch(msgs) => {
                let d = verdicts.iter().find_map(|v| match v {
                    Verdict::Allow(d) => Some(d.clone()),
                    _ => None,
                });
                let methods: Vec<&str> = msgs
                    .iter()
                    .map(Message::method)
                    .filter(|m| !m.is_empty())
                    .collect();
                match d {
                    Some(d) => self.publish(host, "batch", &methods.join(","), &d),
                    None => self.publish_plain(host, "batch", &methods.join(",")),
                }
            }
        }
        let limits = self.limits();
        self.act(host, RequestBody::new(parsed, limits), 0)
    }

    /// The act phase, from stage `from` on.
    fn act(&mut self, host: &mut dyn Host, mut body: RequestBody, from: usize) -> Action {
        for i in from..self.stages.len() {
            let flow = match self.stages.get_mut(i) {
                Some(st) => st.on_request(&mut self.cx, host, &mut body),
                None => Flow::Next,
            };
            match flow {
                Flow::Next => {}
                Flow::Refuse(r) => return self.refuse_body(host, &body.parsed.body, r),
                Flow::Reply(r) => return self.reply(host, r),
                Flow::Hold(call) if self.hold.is_some() => {
                    // One side call at a time: this one waits for the
                    // head-time call, then runs before the request moves.
                    self.deferred = Some(Deferred {
                        stage: i,
                        call,
                        body: Box::new(body),
                    });
                    return Action::Pause;
                }
                Flow::Hold(call) => {
                    return match self.start_hold(
                        host,
                        i,
                        call,
                        After::Act {
                            next: i + 1,
                            body: Box::new(body),
                        },
                    ) {
                        Some(a) => a,
                        None => Action::Pause,
                    };
                }
                other => {
                    host.log(
                        LogLevel::Warn,
                        &format!("mcp-warden: unexpected flow in on_request: {other:?}"),
                    );
                    return self.refuse(host, 500, Reason::Denied, "mcp-warden: internal error");
                }
            }
        }
        if body.changed {
            let text = body.text().as_bytes().to_vec();
            if !host.set_request_body(self.body_size, &text) {
                return self.refuse(
                    host,
                    500,
                    Reason::InvalidRequest,
                    "mcp-warden: could not rewrite the request",
                );
            }
            if self.header_stop() {
                host.set_request_header("content-length", Some(&text.len().to_string()));
            }
            self.cx.record.bytes_in = text.len() as u64;
        }
        self.cx.sent = body
            .parsed
            .body
            .messages()
            .iter()
            .filter(|m| m.kind == Kind::Request)
            .filter_map(Sent::from_message)
            .collect();
        if self.hold.is_some() {
            // The upstream credential is not there yet: hold the request.
            self.body_allowed_waiting = true;
            return Action::Pause;
        }
        Action::Continue
    }

    /// One or more messages were refused by a judge: a single message gets
    /// its error; a batch is refused whole (every request id answered).
    fn refuse_judged(
        &mut self,
        host: &mut dyn Host,
        body: &Body,
        verdicts: &[Verdict],
        bad: usize,
    ) -> Action {
        let rule = match verdicts.get(bad) {
            Some(Verdict::Refuse(r)) => r.rule_name(),
            _ => Reason::Denied.name().to_string(),
        };
        if let Some(m) = body.messages().get(bad) {
            self.publish_refusal(host, m, &rule);
        }
        match body {
            Body::Single(m) => {
                let Some(Verdict::Refuse(r)) = verdicts.first() else {
                    return self.refuse(host, 403, Reason::Denied, "mcp-warden: refused");
                };
                self.refuse_one(host, m, r)
            }
            Body::Batch(msgs) => {
                let mut errors = Vec::new();
                let mut first = (code::ACCESS_DENIED, Reason::Denied);
                for (i, (m, v)) in msgs.iter().zip(verdicts).enumerate() {
                    let (Some(id), Kind::Request) = (m.raw_id(), m.kind) else {
                        continue;
                    };
                    match v {
                        Verdict::Refuse(r) => {
                            if i == bad {
                                first = (r.code, r.reason);
                            }
                            errors.push(error_text(
                                Some(id),
                                r.code,
                                &r.message,
                                r.data.as_deref(),
                            ));
                        }
                        _ => {
                            let msg = format!(
                                "mcp-warden: batch rejected because message {bad} in it was refused"
                            );
                            errors.push(error_text(Some(id), code::ACCESS_DENIED, &msg, None));
                        }
                    }
                }
                if errors.is_empty() {
                    return self.refuse(host, 403, first.1, "mcp-warden: batch refused");
                }
                let reply = LocalReply::json(
                    200,
                    format!("[{}]", errors.join(",")),
                    first.1,
                    Some(first.0),
                );
                self.reply(host, reply)
            }
        }
    }

    /// A single message refused: its id gets the error (on the legacy
    /// transport, on its GET stream).
    fn refuse_one(&mut self, host: &mut dyn Host, m: &Message, r: &Refusal) -> Action {
        if let (Some(session), Some(id), Kind::Request) =
            (self.cx.legacy_session.clone(), m.raw_id(), m.kind)
        {
            return self.refuse_on_legacy_stream(host, &session, id, r);
        }
        let (status, id) = match m.raw_id() {
            Some(id) if m.kind == Kind::Request => (200, Some(id)),
            _ => (403, None),
        };
        let mut reply = LocalReply::json(
            status,
            error_text(id, r.code, &r.message, r.data.as_deref()),
            r.reason,
            Some(r.code),
        );
        reply.headers.extend(r.headers.iter().cloned());
        self.reply(host, reply)
    }

    /// The whole body refused by an act-phase stage (DLP, quotas,
    /// approvals): every request id gets the same error.
    fn refuse_body(&mut self, host: &mut dyn Host, body: &Body, r: Refusal) -> Action {
        let rule = r.rule_name();
        match body {
            Body::Single(m) => {
                self.publish_refusal(host, m, &rule);
                self.refuse_one(host, m, &r)
            }
            Body::Batch(msgs) => {
                for entry in &mut self.cx.record.batch {
                    entry.decision = "deny";
                    entry.rule = rule.clone();
                }
                let methods: Vec<&str> = msgs
                    .iter()
                    .map(Message::method)
                    .filter(|m| !m.is_empty())
                    .collect();
                let target = methods.join(",");
                self.cx.record.method = Some("batch".into());
                self.cx.record.target = Some(target.clone());
                self.cx.record.decision = Some("deny");
                self.cx.record.rule = Some(rule.clone());
                host.set_fact("method", "batch");
                host.set_fact("target", &target);
                host.set_fact("decision", "deny");
                host.set_fact("rule", &rule);
                let errors: Vec<String> = msgs
                    .iter()
                    .filter(|m| m.kind == Kind::Request)
                    .filter_map(|m| {
                        m.raw_id()
                            .map(|id| error_text(Some(id), r.code, &r.message, r.data.as_deref()))
                    })
                    .collect();
                let mut reply = if errors.is_empty() {
                    LocalReply::json(
                        403,
                        error_text(None, r.code, &r.message, None),
                        r.reason,
                        Some(r.code),
                    )
                } else {
                    LocalReply::json(
                        200,
                        format!("[{}]", errors.join(",")),
                        r.reason,
                        Some(r.code),
                    )
                };
                reply.headers.extend(r.headers.iter().cloned());
                self.reply(host, reply)
            }
        }
    }

    /// A legacy (2024-11-05) client reads answers only from its GET stream
    /// and ignores the POST's own answer, so a local reply would leave its
    /// call pending forever. Instead the refused request is replaced by a
    /// harmless unknown method with the same id; the server answers it on
    /// the GET stream, where the filter swaps in the refusal (remembered in
    /// bounded shared data). The refused content never reaches the server.
    fn refuse_on_legacy_stream(
        &mut self,
        host: &mut dyn Host,
        session: &str,
        id: &str,
        r: &Refusal,
    ) -> Action {
        let key = legacy_refusal_key(&self.cx.shared.namespace, session, id);
        let value = format!("{session}\u{1f}{id}\u{1f}{}\u{1f}{}", r.code, r.message);
        let (_, cas) = host.get(&key);
        host.set(&key, value.as_bytes(), cas);
        let probe =
            format!("{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":\"mcp-warden/refused\"}}");
        if !host.set_request_body(self.body_size, probe.as_bytes()) {
            let reply = LocalReply::rpc_error(403, Some(id), r.code, &r.message, r.reason);
            return self.reply(host, reply);
        }
        if self.header_stop() {
            host.set_request_header("content-length", Some(&probe.len().to_string()));
        }
        self.cx.record.rpc_code = Some(r.code);
        host.set_fact("outcome", r.reason.name());
        self.count_reply(host, r.reason);
        Action::Continue
    }

    /// On a legacy GET stream: the server's answer to a probe becomes the
    /// refusal it stands for.
    fn restore_legacy_refusal(&self, host: &dyn Host, id: &str) -> Option<String> {
        let session = self.cx.legacy_session.as_ref()?;
        let key = legacy_refusal_key(&self.cx.shared.namespace, session, id);
        let stored = host.get(&key).0?;
        let stored = String::from_utf8_lossy(&stored).into_owned();
        let mut parts = stored.splitn(4, '\u{1f}');
        let (Some(s), Some(i), Some(c), Some(message)) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        if s != session || i != id {
            return None;
        }
        let c: i64 = c.parse().unwrap_or(code::ACCESS_DENIED);
        Some(error_text(Some(id), c, message, None))
    }

    // ------------------------------------------------------------ facts

    fn publish(&mut self, host: &mut dyn Host, method: &str, target: &str, d: &Decision) {
        let mut decision = decision_word(d);
        // A would-deny names the rule that would have denied.
        let mut rule = match (&d.shadow, decision) {
            (Some((_, r)), "would_deny") => r.rule_name().to_string(),
            _ => d.basis.rule_name().to_string(),
        };
        if self.cx.shadow_unauthenticated && decision == "allow" {
            decision = "would_deny";
            rule = Reason::Unauthenticated.name().into();
        }
        if self.cx.record.decision == Some("would_deny") && decision == "allow" {
            // A stage already reported a would-deny (shadow session binding).
            decision = "would_deny";
            rule = self.cx.record.rule.clone().unwrap_or(rule);
        }
        self.cx.record.method = Some(method.to_string());
        self.cx.record.target = Some(target.to_string()).filter(|t| !t.is_empty());
        self.cx.record.decision = Some(decision);
        host.set_fact("method", method);
        host.set_fact("target", target);
        host.set_fact("decision", decision);
        host.set_fact("rule", &rule);
        self.cx.record.rule = Some(rule);
        if self.header_stop() {
            host.set_request_header("x-mcp-method", Some(method));
            host.set_request_header("x-mcp-target", Some(&header_safe(target)));
            host.set_request_header("x-mcp-decision", Some(decision));
        }
    }

    /// Facts of a message no access decision covered (never happens with
    /// the access stage in place; kept explicit rather than guessed).
    fn publish_plain(&mut self, host: &mut dyn Host, method: &str, target: &str) {
        let d = Decision {
            effect: Effect::Allow,
            basis: crate::policy::Basis::Default,
            shadow: None,
        };
        self.publish(host, method, target, &d);
    }

    fn publish_refusal(&mut self, host: &mut dyn Host, m: &Message, rule: &str) {
        let target = target_text(m);
        self.cx.record.method = Some(m.method().to_string());
        self.cx.record.target = Some(target.clone()).filter(|t| !t.is_empty());
        self.cx.record.target_kind = Some(m.target().kind()).filter(|k| !k.is_empty());
        self.cx.record.decision = Some("deny");
        self.cx.record.rule = Some(rule.to_string());
        self.target_label = self.policy().target_label(m.target()).to_string();
        host.set_fact("method", m.method());
        host.set_fact("target", &target);
        host.set_fact("decision", "deny");
        host.set_fact("rule", rule);
    }

    // ----------------------------------------------------------- answers

    /// Whether this stream's answers must be read.
    fn must_read(&self) -> bool {
        self.cx.server_stream || self.cx.inspect_answers || self.cx.sent.iter().any(needs_answer)
    }

    pub fn on_response_headers(&mut self, host: &mut dyn Host, end_of_stream: bool) -> Action {
        if self.replied || self.bypass {
            return Action::Continue;
        }
        let upstream = from_upstream(host);
        if self.awaiting.is_some() && upstream {
            // Without header-stop the upstream saw the headers and answered
            // before the body was judged: that answer was never authorized.
            // (A local reply of a later filter, e.g. a 429 from
            // local_ratelimit, carries no server content and passes.)
            return self.refuse(
                host,
                502,
                Reason::EarlyResponse,
                "mcp-warden: the MCP server answered before the request was checked",
            );
        }
        let latency = host.now_ms().saturating_sub(self.cx.record.start_ms);
        if upstream {
            self.cx.record.upstream_latency_ms = Some(latency);
        }
        let status: Option<u32> = host.response_header(":status").and_then(|s| s.parse().ok());
        self.cx.record.http_status = status;
        if self.cx.server.is_some() && upstream {
            let name = metrics::name(
                metrics::UPSTREAM_LATENCY,
                &[("mcp_server", self.cx.server_name())],
            );
            host.observe(&name, latency);
        }
        for st in self.stages.iter_mut() {
            st.on_response_head(&mut self.cx, host);
        }
        if !self.cx.scrub.is_empty() {
            // An echoed credential in a response header: the header goes.
            for (name, value) in host.response_headers() {
                if self.cx.scrub.iter().any(|s| value.contains(s.as_str())) {
                    host.set_response_header(&name, None);
                }
            }
        }
        if end_of_stream {
            self.seal(host);
            return Action::Continue;
        }
        let must_read = self.must_read();
        let scrub = !self.cx.scrub.is_empty();
        if !must_read && !scrub {
            return Action::Continue;
        }
        let media = host
            .response_header("content-type")
            .unwrap_or_default()
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        // A 2xx that may carry MCP results (202/204 carry none; a legacy
        // POST's answers arrive on its GET stream).
        let ok = status.is_some_and(|s| (200..300).contains(&s) && s != 202 && s != 204)
            && self.cx.legacy_session.is_none();
        self.response = match media.as_str() {
            "application/json" if must_read => ResponseMode::Json,
            "text/event-stream" if must_read => ResponseMode::Sse(SseBuffer::new()),
            // An answer we must read in a form we cannot: fail closed (a
            // non-2xx answer carries no MCP result a client would use).
            _ if must_read && ok && self.cx.sent.iter().any(needs_answer) => {
                return self.refuse(
                    host,
                    502,
                    Reason::UnreadableAnswer,
                    "mcp-warden: the MCP server answered in a form the filter cannot inspect",
                );
            }
            _ if scrub => ResponseMode::Scrub(Vec::new()),
            _ => ResponseMode::Passthrough,
        };
        if matches!(self.response, ResponseMode::Passthrough) {
            return Action::Continue;
        }
        if let Some(enc) = host.response_header("content-encoding") {
            if !enc.trim().eq_ignore_ascii_case("identity") {
                self.response = ResponseMode::Passthrough;
                return self.refuse(host, 502, Reason::UnreadableBody, "mcp-warden: the MCP server answered with a compressed body the filter cannot inspect");
            }
        }
        host.set_response_header("content-length", None);
        if matches!(self.response, ResponseMode::Json) && self.header_stop() {
            // Hold the headers: if the answer proves unreadable we can still
            // replace it with a proper error instead of resetting the stream.
            return Action::Pause;
        }
        Action::Continue
    }

    pub fn on_response_body(
        &mut self,
        host: &mut dyn Host,
        body_size: usize,
        end_of_stream: bool,
    ) -> Action {
        if self.replied || self.bypass {
            return Action::Continue;
        }
        let action = self.rewrite_response_body(host, body_size, end_of_stream);
        if end_of_stream && !self.replied {
            self.seal(host);
        }
        action
    }

    /// Response trailers end the answer: a buffered answer is rewritten now
    /// (never released unread); an SSE event cut short is dropped.
    pub fn on_response_trailers(&mut self, host: &mut dyn Host) -> Action {
        if self.replied || self.bypass {
            return Action::Continue;
        }
        let action = match std::mem::take(&mut self.response) {
            ResponseMode::Json => {
                self.response = ResponseMode::Json;
                let size = self.response_size;
                self.rewrite_response_body(host, size, true)
            }
            ResponseMode::Scrub(held) => {
                if !held.is_empty() {
                    // The held bytes could end in the start of a secret:
                    // flush them scrubbed, as the last bytes of the body.
                    let (out, _) = scrub_stream(&held, &self.cx.scrub, 0);
                    host.set_response_body(0, &out);
                }
                Action::Continue
            }
            _ => Action::Continue,
        };
        if !self.replied {
            self.seal(host);
        }
        action
    }

    fn rewrite_response_body(
        &mut self,
        host: &mut dyn Host,
        body_size: usize,
        end_of_stream: bool,
    ) -> Action {
        let max = self.policy().limits.max_response_body_bytes;
        match std::mem::take(&mut self.response) {
            ResponseMode::Passthrough => {
                self.cx.record.bytes_out =
                    self.cx.record.bytes_out.saturating_add(body_size as u64);
                Action::Continue
            }
            ResponseMode::Scrub(mut buf) => {
                self.cx.record.bytes_out =
                    self.cx.record.bytes_out.saturating_add(body_size as u64);
                let chunk = host.response_body(body_size).unwrap_or_default();
                buf.extend_from_slice(&chunk);
                let hold = if end_of_stream {
                    0
                } else {
                    self.cx
                        .scrub
                        .iter()
                        .map(String::len)
                        .max()
                        .unwrap_or(0)
                        .saturating_sub(1)
                };
                let (out, rest) = scrub_stream(&buf, &self.cx.scrub, hold);
                if out != chunk {
                    host.set_response_body(body_size, &out);
                }
                self.response = ResponseMode::Scrub(rest);
                Action::Continue
            }
            ResponseMode::Json => {
                self.response_size = body_size;
                if body_size > max {
                    return self.response_too_large(host);
                }
                if !end_of_stream {
                    self.response = ResponseMode::Json;
                    return Action::Pause;
                }
                self.cx.record.bytes_out = body_size as u64;
                let body = host.response_body(body_size).unwrap_or_default();
                let text = String::from_utf8(body).ok();
                let out = match text {
                    // Nothing to scrub: the text need not be kept for it.
                    Some(t) if self.cx.scrub.is_empty() => match self.process_text(host, t) {
                        Rewrite::Keep => None,
                        Rewrite::Replace(new) => Some(new),
                        Rewrite::Drop => Some(String::new()),
                    },
                    Some(t) => match self.process_text(host, t.clone()) {
                        Rewrite::Keep => scrub_text(&t, &self.cx.scrub),
                        Rewrite::Replace(new) => {
                            Some(scrub_text(&new, &self.cx.scrub).unwrap_or(new))
                        }
                        Rewrite::Drop => Some(String::new()),
                    },
                    None => self.fail_closed_text(),
                };
                if let Some(new) = out {
                    host.set_response_body(body_size, new.as_bytes());
                }
                Action::Continue
            }
            ResponseMode::Sse(mut buf) => {
                self.cx.record.bytes_out =
                    self.cx.record.bytes_out.saturating_add(body_size as u64);
                let chunk = host.response_body(body_size).unwrap_or_default();
                let events = match buf.feed(&chunk, max) {
                    Ok(e) => e,
                    Err(_) => return self.response_too_large(host),
                };
                let mut out = Vec::with_capacity(chunk.len());
                for ev in events {
                    let rewritten = self.process_event(host, &ev);
                    out.extend(rewritten.unwrap_or(ev));
                }
                // A partial event at the end of the stream is dropped: a
                // client discards it too, and it was never inspected.
                let out = scrub_bytes(&out, &self.cx.scrub).unwrap_or(out);
                if out != chunk {
                    host.set_response_body(body_size, &out);
                }
                self.response = ResponseMode::Sse(buf);
                Action::Continue
            }
        }
    }

    /// One SSE event: Some(new bytes) when it changed.
    fn process_event(&mut self, host: &mut dyn Host, ev: &[u8]) -> Option<Vec<u8>> {
        let Ok(text) = std::str::from_utf8(ev) else {
            // Cannot be read, so cannot be passed where reading is required.
            return self
                .must_read()
                .then(|| b": mcp-warden removed an unreadable event\n\n".to_vec());
        };
        let (name, data) = crate::sse::event_parts(text);
        let data = data?;
        if name.as_deref().is_some_and(|n| n != "message")
            || !data.trim_start().starts_with(['{', '['])
        {
            let mut new = None;
            for st in self.stages.iter_mut() {
                if let Some(d) = st.on_event(&mut self.cx, host, name.as_deref(), &data) {
                    new = Some(d);
                }
            }
            return new.map(|d| crate::sse::replace_data(ev, &d));
        }
        match self.process_text(host, data) {
            Rewrite::Keep => None,
            Rewrite::Replace(new) => Some(crate::sse::replace_data(ev, &new)),
            Rewrite::Drop => Some(b": mcp-warden removed a server request\n\n".to_vec()),
        }
    }

    fn response_too_large(&mut self, host: &mut dyn Host) -> Action {
        let msg = format!(
            "mcp-warden: the MCP server's answer exceeds the limit of {} bytes",
            self.policy().limits.max_response_body_bytes
        );
        self.refuse(host, 502, Reason::ResponseTooLarge, &msg)
    }

    /// The error that replaces an answer the filter could not read exactly:
    /// for the one pending request when there is one.
    fn fail_closed_text(&self) -> Option<String> {
        let id = match self.cx.sent.as_slice() {
            [one] => Some(one.id.raw.as_str()),
            _ => None,
        };
        Some(error_text(
            id,
            code::ACCESS_DENIED,
            "mcp-warden: the MCP server's answer could not be inspected",
            None,
        ))
    }

    /// Reviews one server message text (an object or a batch array).
    fn process_text(&mut self, host: &mut dyn Host, text: String) -> Rewrite {
        if !self.must_read() {
            return Rewrite::Keep;
        }
        let depth = self.policy().limits.max_json_depth;
        let doc = match Doc::parse_string(text, depth) {
            Ok(d) if d.defect().is_none() => d,
            _ => {
                host.log(
                    LogLevel::Info,
                    "mcp-warden: an answer could not be read exactly; refused",
                );
                return match self.fail_closed_text() {
                    Some(t) => Rewrite::Replace(t),
                    None => Rewrite::Drop,
                };
            }
        };
        match doc.kind(Doc::ROOT) {
            Some(JsonKind::Array) => {
                let items: Vec<json::Id> = doc.items(Doc::ROOT).collect();
                let mut out: Vec<String> = Vec::with_capacity(items.len());
                let mut changed = false;
                for item in items {
                    let raw = doc.raw(item).to_string();
                    let sub = match Doc::parse_str(&raw, depth) {
                        Ok(d) => d,
                        Err(_) => {
                            changed = true;
                            continue;
                        }
                    };
                    match self.process_one(host, sub) {
                        Rewrite::Keep => out.push(raw),
                        Rewrite::Replace(t) => {
                            changed = true;
                            out.push(t);
                        }
                        Rewrite::Drop => changed = true,
                    }
                }
                if changed {
                    Rewrite::Replace(format!("[{}]", out.join(",")))
                } else {
                    Rewrite::Keep
                }
            }
            _ => self.process_one(host, doc),
        }
    }

    /// One server message: match, list visibility, then every stage.
    fn process_one(&mut self, host: &mut dyn Host, doc: Doc) -> Rewrite {
        let msg = ServerMessage::read(&doc, Doc::ROOT);
        let mut request = None;
        let mut list = None;
        if let ServerMessage::Response { id, error } = &msg {
            let matched = id
                .as_ref()
                .and_then(|id| self.cx.sent.iter().find(|s| s.id.canonical == id.canonical))
                .cloned();
            match matched {
                Some(s) => {
                    list = s.list_kind();
                    request = Some(s);
                }
                None if self.cx.server_stream => {
                    if *error {
                        if let Some(restored) = id
                            .as_ref()
                            .and_then(|i| self.restore_legacy_refusal(host, &i.raw))
                        {
                            return Rewrite::Replace(restored);
                        }
                    }
                    list = mcp::guess_list_kind(&doc, Doc::ROOT);
                }
                None => {
                    // An answer to no request of this stream: never passed
                    // on unread (it may be the list the caller asked for,
                    // under an id the server changed).
                    host.log(
                        LogLevel::Info,
                        "mcp-warden: an answer matched no request; refused",
                    );
                    let raw = id.as_ref().map(|i| i.raw.clone());
                    return Rewrite::Replace(error_text(
                        raw.as_deref(),
                        code::ACCESS_DENIED,
                        "mcp-warden: the MCP server's answer matches no request",
                        None,
                    ));
                }
            }
        }
        let mut filtered = false;
        let doc = match list {
            Some(kind) => match self.filter_visible(host, doc, kind) {
                Ok((d, f)) => {
                    filtered = f;
                    d
                }
                Err(r) => return r,
            },
            None => doc,
        };
        let mut ans = Answer::new(doc, msg, request, list);
        for st in self.stages.iter_mut() {
            st.on_answer(&mut self.cx, host, &mut ans);
            if ans.is_dropped() {
                return Rewrite::Drop;
            }
        }
        if filtered {
            return Rewrite::Replace(ans.into_text());
        }
        match ans.finish() {
            Some(t) => Rewrite::Replace(t),
            None => Rewrite::Keep,
        }
    }

    /// Removes the list items this caller may not use (the rule every
    /// stage's `visible` gives, the same that gates calls). Items without
    /// a readable key are removed (fail closed). The kept items stay byte
    /// for byte as the server sent them.
    fn filter_visible(
        &mut self,
        host: &mut dyn Host,
        doc: Doc,
        kind: ListKind,
    ) -> Result<(Doc, bool), Rewrite> {
        let field = kind.result_field();
        // A second copy of the list under another case would reach clients
        // that match names case-insensitively: refuse the answer.
        if let Some(result) = doc.get(Doc::ROOT, "result") {
            let confused = doc.members(result).any(|(k, _)| {
                doc.str(k)
                    .is_some_and(|k| k != field && mcp::folded(&k) == mcp::folded(field))
            });
            if confused {
                return Err(match self.fail_closed_text() {
                    Some(t) => Rewrite::Replace(t),
                    None => Rewrite::Drop,
                });
            }
        }
        let Some(items) = doc.path(Doc::ROOT, &["result", field]) else {
            return Ok((doc, false));
        };
        if doc.kind(items) != Some(JsonKind::Array) {
            return Ok((doc, false));
        }
        let key = kind.item_key();
        let mut kept: Vec<&str> = Vec::new();
        let mut removed = 0u64;
        for item in doc.items(items) {
            let name = doc.get(item, key).and_then(|k| {
                (doc.kind(k) == Some(JsonKind::String))
                    .then(|| doc.str(k))
                    .flatten()
            });
            let visible = name.is_some_and(|n| {
                let def = pipeline::ListItem {
                    doc: &doc,
                    node: item,
                };
                self.stages
                    .iter()
                    .all(|st| st.visible_item(&self.cx, host, kind, &n, &def))
            });
            if visible {
                kept.push(doc.raw(item));
            } else {
                removed += 1;
            }
        }
        if removed == 0 {
            return Ok((doc, false));
        }
        let metric = metrics::name(
            metrics::HIDDEN_ITEMS,
            &[
                ("mcp_server", self.cx.server_name()),
                ("mcp_list", kind.result_field()),
            ],
        );
        host.increment(&metric, removed);
        let (s, e) = doc.span(items);
        let new = json::splice(doc.text(), vec![(s, e, format!("[{}]", kept.join(",")))]);
        let depth = self.policy().limits.max_json_depth;
        match new.map(|t| Doc::parse_string(t, depth)) {
            Some(Ok(d)) => Ok((d, true)),
            _ => Err(match self.fail_closed_text() {
                Some(t) => Rewrite::Replace(t),
                None => Rewrite::Drop,
            }),
        }
    }

    /// For the adapter: whether the request phase still waits for a body.
    pub fn awaiting_body(&self) -> bool {
        self.awaiting.is_some()
    }
}

/// Whether a forwarded request's answer must be processed (lists, tasks).
fn needs_answer(s: &Sent) -> bool {
    s.list_kind().is_some()
        || s.task_requested
        || s.declares_tasks
        || s.class == mcp::MethodClass::Task
}

/// The audit/fact text of a message's targets.
fn target_text(m: &Message) -> String {
    let names: Vec<&str> = m.targets.iter().filter_map(|t| t.name()).collect();
    names.join(",")
}

/// Each secret as sent, and as a JSON string would carry it.
fn scrub_patterns(secrets: &[String]) -> Vec<String> {
    let mut patterns: Vec<String> = Vec::new();
    for s in secrets {
        patterns.push(s.clone());
        let escaped = json::quote(s);
        let inner = escaped
            .get(1..escaped.len().saturating_sub(1))
            .unwrap_or_default();
        if inner != s {
            patterns.push(inner.to_string());
        }
        let slashes = s.replace('/', "\\/");
        if slashes != *s {
            patterns.push(slashes);
        }
    }
    patterns
}

/// Replaces every occurrence of a secret (and its JSON-escaped form).
fn scrub_bytes(bytes: &[u8], secrets: &[String]) -> Option<Vec<u8>> {
    if secrets.is_empty() {
        return None;
    }
    let patterns = scrub_patterns(secrets);
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&patterns)
        .ok()?;
    if !ac.is_match(bytes) {
        return None;
    }
    let replacements: Vec<&[u8]> = patterns.iter().map(|_| SCRUBBED.as_bytes()).collect();
    Some(ac.replace_all_bytes(bytes, &replacements))
}

/// Scrubs a stream chunk: returns the bytes safe to release now and the
/// bytes to hold (the last `hold`, unless a secret ends there: a secret is
/// never split between what is released and what is held).
fn scrub_stream(buf: &[u8], secrets: &[String], hold: usize) -> (Vec<u8>, Vec<u8>) {
    let mut safe_end = buf.len().saturating_sub(hold);
    let patterns = scrub_patterns(secrets);
    let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&patterns)
    else {
        // Cannot scan: release nothing unscanned.
        return (Vec::new(), buf.to_vec());
    };
    let mut out = Vec::with_capacity(buf.len());
    let mut at = 0usize;
    for m in ac.find_iter(buf) {
        if m.start() >= safe_end {
            break;
        }
        if m.end() > safe_end {
            // A secret across the release point: hold it whole.
            safe_end = m.start();
            break;
        }
        out.extend_from_slice(buf.get(at..m.start()).unwrap_or_default());
        out.extend_from_slice(SCRUBBED.as_bytes());
        at = m.end();
    }
    out.extend_from_slice(buf.get(at..safe_end.max(at)).unwrap_or_default());
    let rest = buf.get(safe_end.max(at)..).unwrap_or_default().to_vec();
    (out, rest)
}

fn scrub_text(text: &str, secrets: &[String]) -> Option<String> {
    scrub_bytes(text.as_bytes(), secrets).and_then(|b| String::from_utf8(b).ok())
}

/// Whether the response being encoded came from the upstream (rather than
/// a local reply of Envoy or another filter).
fn from_upstream(host: &dyn Host) -> bool {
    match host
        .property(&["response", "code_details"])
        .and_then(|b| String::from_utf8(b).ok())
        .filter(|s| !s.is_empty())
    {
        Some(details) => details == "via_upstream",
        // Unknown: assume the worst.
        None => true,
    }
}

fn legacy_refusal_key(namespace: &str, session: &str, id: &str) -> String {
    let slot = (fnv1a(session.as_bytes()) ^ fnv1a(id.as_bytes()).rotate_left(7)) % 1024;
    format!("mcp-warden/{namespace}/legacy/{slot}")
}

fn decision_word(d: &Decision) -> &'static str {
    match (d.effect, &d.shadow) {
        (Effect::Allow, Some((Effect::Deny, _))) => "would_deny",
        (Effect::Allow, _) => "allow",
        (Effect::Deny, _) => "deny",
    }
}

/// Known methods label as themselves; anything else is `other`.
fn metric_method(m: &str) -> &str {
    match m {
        "batch" | "GET" | "DELETE" => m,
        _ if mcp::CLIENT_METHODS.contains(&m) => m,
        _ => "other",
    }
}

/// Header values must be visible ASCII; anything else is escaped.
fn header_safe(s: &str) -> String {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        s.to_string()
    } else {
        s.escape_default().to_string()
    }
}

#[cfg(test)]
mod tests;
