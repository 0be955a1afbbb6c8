//! The feature pipeline: every capability is one [`Stage`] with default
//! no-op hooks; the stream (transport) calls the hooks of every stage in the
//! order written down in [`build`], and knows no feature by name.
//!
//! Hooks, in the order a stream meets them:
//! - `on_head`: request headers (identity, registry, sessions, credentials).
//! - `on_body`: the whole parsed body, before any message is judged
//!   (header/body agreement).
//! - `judge`: one message, without side effects; the first refusal of a
//!   message wins, and one refused message refuses a batch (all or nothing).
//! - `on_request`: the allowed request, with side effects (DLP redaction,
//!   approvals, quota charges), in stage order.
//! - `visible`: a list item, by the same rules that gate calls
//!   (`visible_item` when the stage reads the item's definition: tool
//!   annotations).
//! - `on_response_head`, `on_event` (raw SSE events), `on_answer` (each
//!   server message), `on_side_answer` (a side call this stage started),
//!   `on_end`.
//!
//! Precedence rules that exist because of this order (tested in
//! `stream::tests` and the stages' own tests): a step-up challenge
//! pre-empts every other refusal of the body; a collection miss is judged
//! before access control, so a tool outside the collection is unknown
//! whatever the grants say; taint runs before DLP, approvals and quotas, so
//! a refused sink call costs nothing and asks nobody; DLP runs before
//! approvals and quotas, so a blocked call costs nothing and asks nobody;
//! quotas charge a batch all or nothing; the retry fact is published last,
//! for a request every stage has let through.

use crate::audit::Record;
use crate::host::Host;
use crate::identity::Identity;
use crate::json::Doc;
use crate::mcp::{ListKind, Message, MethodClass, Parsed, RpcId, ServerMessage, Target};
use crate::policy::{Decision, Policy};
use crate::reply::{LocalReply, Reason};
use crate::stream::Shared;
use serde_json::Value;
use std::rc::Rc;

/// Request headers as they arrived (read once), and what the transport
/// learned from them.
#[derive(Debug, Default, Clone)]
pub struct Head {
    /// Names lower case, repeats kept, in order.
    pub headers: Vec<(String, String)>,
    /// `:method`.
    pub method: String,
    /// `:path` with the query.
    pub path: String,
    /// Negotiated protocol revision (`MCP-Protocol-Version`, defaulted).
    pub version: String,
    /// A bodiless CORS preflight: passes early, stripped of credentials.
    pub preflight: bool,
}

impl Head {
    pub fn read(headers: Vec<(String, String)>) -> Head {
        let get = |n: &str| {
            headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let method = get(":method");
        let path = get(":path");
        let version = crate::mcp::effective_version(
            headers
                .iter()
                .find(|(k, _)| k == "mcp-protocol-version")
                .map(|(_, v)| v.as_str()),
        )
        .to_string();
        Head {
            method,
            path,
            version,
            preflight: false,
            headers,
        }
    }

    /// First value of a header.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn count(&self, name: &str) -> usize {
        self.headers.iter().filter(|(k, _)| k == name).count()
    }

    /// The path without query or fragment.
    pub fn path_only(&self) -> &str {
        self.path.split(['?', '#']).next().unwrap_or_default()
    }
}

/// A request this stream forwarded, kept to match and process its answer.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: RpcId,
    pub method: String,
    pub class: MethodClass,
    pub targets: Vec<Target>,
    pub task_requested: bool,
    pub declares_tasks: bool,
}

impl Sent {
    pub fn from_message(m: &Message) -> Option<Sent> {
        Some(Sent {
            id: m.id.clone()?,
            method: m.method().to_string(),
            class: m.class(),
            targets: m.targets.clone(),
            task_requested: m.task_requested,
            declares_tasks: m.declares_tasks,
        })
    }
    pub fn list_kind(&self) -> Option<ListKind> {
        match self.class {
            MethodClass::Listing(k) => Some(k),
            _ => None,
        }
    }
}

/// The per-stream facts stages share. Stages that establish a fact write
/// it (identity, server, record); later stages read it.
pub struct Cx {
    pub shared: Rc<Shared>,
    pub head: Head,
    pub identity: Identity,
    /// Index of the matched registry server.
    pub server: Option<usize>,
    /// The audit record being filled in.
    pub record: Record,
    /// Shadow mode let a caller without the required identity through.
    pub shadow_unauthenticated: bool,
    /// A stream-level decision (GET/DELETE streams) to publish.
    pub stream_decision: Option<Decision>,
    /// Exact values that must never reach the client in an answer (the
    /// credentials the filter injected).
    pub scrub: Vec<String>,
    /// The requests of this stream's body that expect an answer.
    pub sent: Vec<Sent>,
    /// Legacy 2024-11-05 transport: the server's session id of a POST to
    /// the message endpoint, or of the GET stream's endpoint event.
    pub legacy_session: Option<String>,
    /// A GET stream (server messages; legacy answers).
    pub server_stream: bool,
    /// The stream's answers must be read even without a pending request
    /// (a stage asked: DLP, integrity on this server).
    pub inspect_answers: bool,
}

impl Cx {
    pub fn policy(&self) -> &Policy {
        &self.shared.policy
    }

    /// The registry name of the matched server.
    pub fn server_name(&self) -> &str {
        self.server
            .and_then(|s| self.shared.policy.server(s))
            .map_or("unregistered", |s| s.name.as_str())
    }

    pub fn principal(&self) -> &str {
        self.identity.principal()
    }

    pub fn shadow_mode(&self) -> bool {
        self.shared.policy.mode == crate::modes::Mode::Shadow
    }
}

/// A refusal of one message (answered with its id) or of the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: i64,
    pub message: String,
    pub reason: Reason,
    /// The policy rule (or `dlp:<detector>`, `quota:<rule>`) behind it, for audit.
    pub rule: Option<String>,
    /// Extra JSON (`error.data`), already serialised.
    pub data: Option<String>,
    /// Extra response headers (Retry-After).
    pub headers: Vec<(String, String)>,
}

impl Refusal {
    pub fn new(reason: Reason, message: impl Into<String>) -> Refusal {
        Refusal {
            code: reason.code(),
            message: message.into(),
            reason,
            rule: None,
            data: None,
            headers: Vec::new(),
        }
    }
    pub fn with_code(mut self, code: i64) -> Refusal {
        self.code = code;
        self
    }
    pub fn with_rule(mut self, rule: impl Into<String>) -> Refusal {
        self.rule = Some(rule.into());
        self
    }
    /// The name audit records as the deciding rule.
    pub fn rule_name(&self) -> String {
        self.rule
            .clone()
            .unwrap_or_else(|| self.reason.name().to_string())
    }
}

/// A stage's opinion on one message.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// No objection.
    Pass,
    /// The access decision (published as the message's facts).
    Allow(Decision),
    /// Refuse this message (and its batch).
    Refuse(Refusal),
    /// Answer the whole request with this (a step-up challenge).
    Challenge(LocalReply),
}

/// What a stage wants the stream to do next.
#[derive(Debug)]
pub enum Flow {
    Next,
    /// Refuse the whole request (audited).
    Refuse(Refusal),
    /// Answer with this reply (audited with its reason).
    Reply(LocalReply),
    /// Answer with this reply, which is not a decision (not audited: the
    /// RFC 9728 document).
    Serve(LocalReply),
    /// Hold the request until the answer to this call (to the stage's
    /// `on_side_answer`).
    Hold(SideCall),
    /// Let the stream through untouched (shadow mode, unregistered server).
    Bypass,
}

/// An HTTP call to an Envoy cluster on behalf of the stream.
#[derive(Debug, Clone)]
pub struct SideCall {
    pub cluster: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub timeout_ms: u32,
}

/// The answer to a side call (status None: no answer at all).
#[derive(Debug, Clone)]
pub struct SideAnswer {
    pub status: Option<u32>,
    pub body: Vec<u8>,
}

/// The request body as the act phase sees it: parsed, and rewritable.
pub struct RequestBody {
    pub parsed: Parsed,
    pub changed: bool,
    limits: crate::mcp::ParseLimits,
}

impl RequestBody {
    pub fn new(parsed: Parsed, limits: crate::mcp::ParseLimits) -> RequestBody {
        RequestBody {
            parsed,
            changed: false,
            limits,
        }
    }

    pub fn text(&self) -> &str {
        self.parsed.doc.text()
    }

    /// Replaces the body with `text` (which must hold the same messages in
    /// the same order, with only their content changed) and parses it again.
    /// False when the result does not parse the same way: the caller must
    /// refuse (never forward a half-edited body).
    pub fn replace(&mut self, text: String, version: &str) -> bool {
        let before: Vec<(Option<String>, Option<String>)> = self
            .parsed
            .body
            .messages()
            .iter()
            .map(|m| (m.id.as_ref().map(|i| i.canonical.clone()), m.method.clone()))
            .collect();
        match crate::mcp::parse_body(text.into_bytes(), self.limits, version) {
            Ok(p) => {
                let after: Vec<(Option<String>, Option<String>)> = p
                    .body
                    .messages()
                    .iter()
                    .map(|m| (m.id.as_ref().map(|i| i.canonical.clone()), m.method.clone()))
                    .collect();
                if after != before {
                    return false;
                }
                self.parsed = p;
                self.changed = true;
                true
            }
            Err(_) => false,
        }
    }
}

/// One item of a list answer, as the server sent it.
pub struct ListItem<'a> {
    pub doc: &'a Doc,
    pub node: crate::json::Id,
}

impl ListItem<'_> {
    /// The item as a value (materialised on demand).
    pub fn value(&self) -> Value {
        self.doc.to_value(self.node)
    }
}

/// One server message (a JSON answer, an SSE event, a batch element) as the
/// answer hooks see it.
pub struct Answer {
    pub msg: ServerMessage,
    /// The request of this stream it answers (matched by canonical id).
    pub request: Option<Sent>,
    /// The list this answers (from the request, or guessed on GET streams).
    pub list: Option<ListKind>,
    doc: Doc,
    value: Option<Value>,
    changed: bool,
    dropped: bool,
}

impl Answer {
    pub fn new(
        doc: Doc,
        msg: ServerMessage,
        request: Option<Sent>,
        list: Option<ListKind>,
    ) -> Answer {
        Answer {
            msg,
            request,
            list,
            doc,
            value: None,
            changed: false,
            dropped: false,
        }
    }

    /// The message as parsed (None once a stage changed it: read
    /// [`Answer::value`] then).
    pub fn doc(&self) -> Option<&Doc> {
        (!self.changed).then_some(&self.doc)
    }

    /// The message as a value (materialised once, exactly).
    pub fn value(&mut self) -> &Value {
        self.value
            .get_or_insert_with(|| self.doc.to_value(Doc::ROOT))
    }

    /// The message to change in place; marks it changed.
    pub fn value_mut(&mut self) -> &mut Value {
        self.changed = true;
        self.value
            .get_or_insert_with(|| self.doc.to_value(Doc::ROOT))
    }

    /// Runs `f` on the message as a value; it returns whether it changed it.
    pub fn edit<R>(&mut self, f: impl FnOnce(&mut Value) -> (R, bool)) -> R {
        let v = self
            .value
            .get_or_insert_with(|| self.doc.to_value(Doc::ROOT));
        let (r, changed) = f(v);
        self.changed |= changed;
        r
    }

    /// Replaces the message with a JSON-RPC error for its id.
    pub fn replace_with_error(&mut self, code: i64, message: &str) {
        let id = match &self.msg {
            ServerMessage::Response { id, .. } => id.as_ref().map(|i| i.raw.clone()),
            ServerMessage::Request { id, .. } => Some(id.raw.clone()),
            _ => None,
        };
        let text = crate::reply::error_text(id.as_deref(), code, message, None);
        self.value = serde_json::from_str(&text).ok();
        self.changed = true;
    }

    /// Removes the message (a server request the client must never see).
    pub fn drop_message(&mut self) {
        self.dropped = true;
    }

    pub fn is_dropped(&self) -> bool {
        self.dropped
    }

    /// The outcome: None when no stage changed the message, else its new text.
    pub fn finish(self) -> Option<String> {
        if !self.changed {
            return None;
        }
        self.value.map(|v| v.to_string())
    }

    /// The message's current text.
    pub fn into_text(self) -> String {
        match (self.changed, self.value) {
            (true, Some(v)) => v.to_string(),
            _ => self.doc.into_text(),
        }
    }
}

/// One feature. Every hook defaults to "no opinion".
#[allow(unused_variables)]
pub trait Stage {
    /// For logs and the README's stage table.
    fn name(&self) -> &'static str;

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        Flow::Next
    }

    fn on_body(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &Parsed) -> Flow {
        Flow::Next
    }

    fn judge(&self, cx: &Cx, host: &dyn Host, req: &Parsed, m: &Message) -> Verdict {
        Verdict::Pass
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        Flow::Next
    }

    fn visible(&self, cx: &Cx, host: &dyn Host, kind: ListKind, item: &str) -> bool {
        true
    }

    /// [`Stage::visible`] with the item's definition as listed (what the
    /// stream calls; defaults to `visible`).
    fn visible_item(
        &self,
        cx: &Cx,
        host: &dyn Host,
        kind: ListKind,
        name: &str,
        item: &ListItem<'_>,
    ) -> bool {
        self.visible(cx, host, kind, name)
    }

    fn on_response_head(&mut self, cx: &mut Cx, host: &mut dyn Host) {}

    /// A raw SSE event whose data is not JSON-RPC (the legacy `endpoint`
    /// event). Some(new data) to rewrite it.
    fn on_event(
        &mut self,
        cx: &mut Cx,
        host: &mut dyn Host,
        event: Option<&str>,
        data: &str,
    ) -> Option<String> {
        None
    }

    fn on_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, ans: &mut Answer) {}

    fn on_side_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, answer: &SideAnswer) -> Flow {
        Flow::Next
    }

    fn on_end(&mut self, cx: &mut Cx, host: &mut dyn Host) {}
}

/// The stages of one stream, in order. The order is the policy of the
/// pipeline: change it only together with the precedence tests.
pub fn build(shared: &Rc<Shared>) -> Vec<Box<dyn Stage>> {
    use crate::stages::*;
    let p = &shared.policy;
    let mut stages: Vec<Box<dyn Stage>> = vec![
        Box::new(metadata::Metadata),
        Box::new(identity::IdentityStage),
        Box::new(registry::Registry),
        Box::new(protocol::Protocol),
    ];
    if !p.collections.is_empty() {
        stages.push(Box::new(collections::CollectionsStage::default()));
    }
    stages.push(Box::new(access::Access));
    if p.servers.iter().any(|s| s.protocol_versions.is_some()) {
        stages.push(Box::new(versions::Versions::default()));
    }
    if p.catalog.any_deprecated() {
        stages.push(Box::new(lifecycle::Lifecycle::default()));
    }
    stages.push(Box::new(sessions::Sessions::default()));
    stages.push(Box::new(credentials::CredentialsStage::default()));
    stages.push(Box::new(tasks::Tasks));
    if !p.taint.is_empty() {
        stages.push(Box::new(taint::TaintStage::default()));
    }
    if p.integrity.any_enabled() {
        stages.push(Box::new(integrity::IntegrityStage));
    }
    if p.dlp.any_enabled() {
        stages.push(Box::new(dlp::DlpStage::default()));
    }
    if p.approvals.enabled() {
        stages.push(Box::new(approval::ApprovalStage::default()));
    }
    if !p.quotas.is_empty() {
        stages.push(Box::new(quotas::QuotaStage));
    }
    stages.push(Box::new(retry::Retry));
    stages
}
