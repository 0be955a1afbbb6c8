//! `stream`: one whole HTTP stream through [`Stream`] over the fake Envoy
//! host ([`FakeHost`]): a fixed policy picked by the input, an arbitrary
//! request body in arbitrary chunks ending with `end_of_stream` or with
//! trailers, then an arbitrary answer (JSON or SSE) in arbitrary chunks.
//! Envoy's buffering is modelled: a chunk answered with `Pause` stays
//! buffered and the next callback sees the whole buffer; `Continue`
//! releases it, as rewritten by the filter.
//!
//! Invariants:
//! - never panics;
//! - the request phase ends with a local reply or a release (never held
//!   forever), and so does the answer phase;
//! - a released request parses, and every target of every message in it
//!   is allowed by the policy (the deny rules on `delete_*` tools,
//!   `secret://*` resources and `admin_*` prompts included, read the way a
//!   last-wins server and a Go server read the released bytes);
//! - a list answer the client receives for a `tools/list` (or prompts,
//!   resources) it sent shows no item the policy denies — read the way a
//!   client reads it: SSE per the WHATWG rules (a leading BOM dropped, the
//!   last `event:` field names the type, CR alone ends a line), each
//!   event's data parsed whole and, leniently, line by line; ids matched by
//!   value as a Python client matches them (`1.0` is `1`);
//! - with DLP on (secrets redacted in answers), the AWS example key (as
//!   the detector sees it: not inside a longer alphanumeric run) never
//!   reaches the client in a delivered message's payload (the envelope,
//!   `jsonrpc`/`id`/`method`, is not scanned by design).
//!
//! Input: `control 0xFF request-body 0xFF answer`. In the answer, `$ID` is
//! replaced by the first forwarded request's id (so answers match).

use crate::sse::client_field;
use mcp_warden::host::Action;
use mcp_warden::mcp::{self, ListKind, ParseLimits, Target};
use mcp_warden::policy::Policy;
use mcp_warden::stages::identity::read_identity;
use mcp_warden::stream::{Shared, Stream};
use mcp_warden::testing::FakeHost;
use serde_json::{json, Value};
use std::rc::Rc;

/// The secret the DLP policy redacts in answers.
pub const SECRET: &str = "AKIAZ7Q3MXW2PLK5RT4N";
const KEY: &str = "fuzz-session-key-0123456789abcdef0123456789";

const VERSIONS: &[Option<&str>] = &[
    None,
    Some("2024-11-05"),
    Some("2025-03-26"),
    Some("2025-06-18"),
    Some("2025-11-25"),
    Some("2026-07-28"),
];

/// The fixed policies: (JSON, DLP on).
fn policy_json(i: usize) -> Value {
    let mut p = json!({
        "apiVersion": "mcp-warden/v1",
        "envoy": {"allowOnHeadersStopIteration": false},
        "identity": {"jwt": {}, "require": "jwt"},
        "sessions": {"keys": [{"id": "k1", "fromEnv": "MCPW_FUZZ_KEY"}]},
        "servers": [{"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "high",
                     "match": {"pathPrefix": "/mcp"}}],
        "rules": [
            {"name": "all", "effect": "allow", "who": {"anyone": true}, "servers": ["*"],
             "tools": ["*"], "resources": ["*"], "prompts": ["*"]},
            {"name": "no-delete", "effect": "deny", "who": {"anyone": true}, "servers": ["*"],
             "tools": ["delete_*"]},
            {"name": "no-secret", "effect": "deny", "who": {"anyone": true}, "servers": ["*"],
             "resources": ["secret://*"], "prompts": ["admin_*"]}
        ],
        "defaultEffect": "deny"
    });
    match i {
        1 => {
            p["envoy"]["allowOnHeadersStopIteration"] = json!(true);
            p["servers"][0]["hideDenied"] = json!(true);
        }
        2 => {
            p["servers"][0]["integrity"] = json!({"scan": {"action": "strip"},
                "validateArguments": true, "serverRequests": {"sampling": "deny"}});
        }
        3 => {
            p["servers"][0]["dlp"] = json!({});
        }
        4 => {
            p["envoy"]["allowOnHeadersStopIteration"] = json!(true);
            p["limits"] = json!({"maxRequestBodyBytes": 512, "maxResponseBodyBytes": 1024,
                                 "maxJsonDepth": 8, "maxBatchSize": 3});
            p["servers"][0]["integrity"] = json!({"scan": {"action": "deny"}, "pinning": "tofu"});
        }
        _ => {}
    }
    p
}

const POLICIES: usize = 5;
const DLP_POLICY: usize = 3;

thread_local! {
    static SHARED: Vec<Rc<Shared>> = (0..POLICIES)
        .map(|i| {
            let text = policy_json(i).to_string();
            let env = |name: &str| (name == "MCPW_FUZZ_KEY").then(|| KEY.to_string());
            let policy = Policy::from_json_with_env(text.as_bytes(), &env)
                .unwrap_or_else(|e| panic!("fuzz policy {i}: {e:?}"));
            Rc::new(Shared::new(policy, "fuzz", "w-fuzz".into()))
        })
        .collect();
}

/// How the request body ends: `end_of_stream` on its last chunk, with
/// trailers, or with an extra empty chunk carrying `end_of_stream`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum End {
    Eos,
    Trailers,
    EmptyChunk,
}

struct Plan {
    policy: usize,
    version: Option<&'static str>,
    metadata_headers: bool,
    content_length: bool,
    req_cuts: Vec<usize>,
    req_end: End,
    sse: bool,
    status: u32,
    resp_cuts: Vec<usize>,
    resp_trailers: bool,
}

/// Control bytes: 0 policy, 1 version header, 2 flags (bit 0: no
/// metadata headers, 1: content-length, 2: SSE answer, 3: answer ends
/// with trailers), 3 how the request ends, 4 answer status, then the
/// request cuts and the answer cuts (see [`crate::Ctrl::cuts`]).
fn plan(ctrl: &[u8], body_len: usize, answer_len: usize) -> Plan {
    let mut c = crate::Ctrl::new(ctrl);
    let policy = c.pick(POLICIES);
    let version = VERSIONS[c.pick(VERSIONS.len())];
    let flags = c.byte();
    let req_end = [End::Eos, End::Trailers, End::EmptyChunk][c.pick(3)];
    let status = [200, 200, 200, 202, 404, 500][c.pick(6)];
    let req_cuts = c.cuts(body_len, 8);
    let resp_cuts = c.cuts(answer_len, 8);
    Plan {
        policy,
        version,
        metadata_headers: flags & 1 == 0,
        content_length: flags & 2 != 0,
        req_cuts,
        req_end,
        sse: flags & 4 != 0,
        status,
        resp_cuts,
        resp_trailers: flags & 8 != 0,
    }
}

/// 2026-07-28 clients send `Mcp-Method` / `Mcp-Name`: derive them from the
/// body as a client would (so such requests get past the header check).
fn metadata(f: &mut FakeHost, body: &[u8]) {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let Some(method) = v.get("method").and_then(Value::as_str) else {
        return;
    };
    f.req.push(("mcp-method".into(), method.into()));
    let p = v.get("params");
    let name = match method {
        "tools/call" | "prompts/get" => p.and_then(|p| p.get("name")),
        "resources/read" => p.and_then(|p| p.get("uri")),
        "tasks/get" | "tasks/update" | "tasks/cancel" => p.and_then(|p| p.get("taskId")),
        _ => None,
    };
    if let Some(n) = name.and_then(Value::as_str) {
        f.req.push(("mcp-name".into(), mcp::encode_header_value(n)));
    }
}

pub fn check(data: &[u8]) {
    let [ctrl, body, answer] = crate::sections(data, 3)[..] else {
        return;
    };
    let p = plan(ctrl, body.len(), answer.len());
    let Some(shared) = SHARED.with(|s| s.get(p.policy).cloned()) else {
        return;
    };
    let policy = &shared.policy;
    let limits = ParseLimits {
        max_depth: policy.limits.max_json_depth,
        max_batch: policy.limits.max_batch_size,
    };

    // ---------------------------------------------------------- request
    let mut f = FakeHost::post("").with_claims("alice", &["support"]);
    if let Some(v) = p.version {
        f.req.push(("mcp-protocol-version".into(), v.into()));
    }
    if p.metadata_headers {
        metadata(&mut f, body);
    }
    if p.content_length {
        f.req
            .push(("content-length".into(), body.len().to_string()));
    }
    let mut s = Stream::new(shared.clone());
    let mut last = s.on_request_headers(&mut f, false);
    let mut buffered: Vec<u8> = Vec::new();
    let mut released: Vec<u8> = Vec::new();
    if f.replies.is_empty() {
        let mut parts = crate::chunks(body, &p.req_cuts);
        if p.req_end == End::EmptyChunk {
            parts.push(&[]);
        }
        let n = parts.len();
        for (i, part) in parts.into_iter().enumerate() {
            buffered.extend_from_slice(part);
            f.req_body = buffered.clone();
            let eos = i + 1 == n && p.req_end != End::Trailers;
            last = s.on_request_body(&mut f, buffered.len(), eos);
            if !f.replies.is_empty() {
                break;
            }
            if last == Action::Continue {
                released.extend_from_slice(&f.req_body);
                buffered.clear();
            } else {
                buffered = f.req_body.clone();
            }
        }
        if p.req_end == End::Trailers && f.replies.is_empty() {
            f.req_body = buffered.clone();
            last = s.on_request_trailers(&mut f);
            if last == Action::Continue {
                released.extend_from_slice(&f.req_body);
                buffered.clear();
            }
        }
    }
    if !f.replies.is_empty() {
        s.on_log(&mut f);
        return;
    }
    assert!(
        last == Action::Continue && buffered.is_empty() || !f.calls.is_empty(),
        "the request was neither answered nor released ({last:?}, {} bytes held)",
        buffered.len()
    );
    let version = mcp::effective_version(p.version).to_string();

    // The released request: parses, and every target is allowed.
    let parsed = mcp::parse_body(released.clone(), limits, &version).unwrap_or_else(|e| {
        panic!(
            "released a request that does not parse ({e:?}): {:?}",
            String::from_utf8_lossy(&released)
        )
    });
    let identity = read_identity(&f, policy);
    let mut lists: Vec<(String, ListKind)> = Vec::new();
    for m in parsed.body.messages() {
        for t in &m.targets {
            assert!(
                policy.decide(&identity, 0, m.method(), t).allowed(),
                "released {} {t:?}, which the policy denies",
                m.method()
            );
        }
        if let (Some(id), mcp::MethodClass::Listing(k)) = (&m.id, m.class()) {
            lists.push((py_id_key_of_raw(&id.raw), k));
        }
    }
    last_wins_targets_allowed(&released);
    let first_id = parsed
        .body
        .messages()
        .iter()
        .find(|m| m.kind == mcp::Kind::Request)
        .and_then(|m| m.raw_id().map(str::to_string))
        .unwrap_or_else(|| "null".into());

    // ----------------------------------------------------------- answer
    let answer = replace_all(answer, b"$ID", first_id.as_bytes());
    let ct = if p.sse {
        "text/event-stream"
    } else {
        "application/json"
    };
    f.respond(p.status, ct, "");
    let mut last = s.on_response_headers(&mut f, answer.is_empty());
    let mut delivered: Vec<u8> = Vec::new();
    let mut held: Vec<u8> = Vec::new();
    if f.replies.is_empty() && !answer.is_empty() {
        let parts = crate::chunks(&answer, &p.resp_cuts);
        let n = parts.len();
        for (i, part) in parts.into_iter().enumerate() {
            held.extend_from_slice(part);
            f.resp_body = held.clone();
            let eos = i + 1 == n && !p.resp_trailers;
            last = s.on_response_body(&mut f, held.len(), eos);
            if !f.replies.is_empty() {
                break;
            }
            if last == Action::Continue {
                delivered.extend_from_slice(&f.resp_body);
                held.clear();
            } else {
                held = f.resp_body.clone();
            }
        }
        if p.resp_trailers && f.replies.is_empty() {
            f.resp_body = held.clone();
            last = s.on_response_trailers(&mut f);
            if last == Action::Continue {
                delivered.extend_from_slice(&f.resp_body);
                held.clear();
            }
        }
    }
    s.on_log(&mut f);
    if f.replies.is_empty() {
        assert!(
            last == Action::Continue && held.is_empty(),
            "the answer was neither replaced nor released ({last:?}, {} bytes held)",
            held.len()
        );
    }

    // What the client reads.
    let messages = if p.sse {
        client_sse_messages(&delivered)
    } else {
        serde_json::from_slice::<Value>(&delivered)
            .map(|v| vec![v])
            .unwrap_or_default()
    };
    let dlp = p.policy == DLP_POLICY
        && !released
            .windows(SECRET.len())
            .any(|w| w == SECRET.as_bytes());
    for v in messages {
        let items: Vec<&Value> = match &v {
            Value::Array(a) => a.iter().collect(),
            one => vec![one],
        };
        for m in items {
            list_answer(policy, &identity, &lists, m, &delivered);
            if dlp {
                let mut payload = m.clone();
                if let Value::Object(o) = &mut payload {
                    for k in ["jsonrpc", "id", "method"] {
                        o.remove(k);
                    }
                }
                assert!(
                    !exposes_secret(&payload),
                    "the DLP-redacted secret reached the client: {:?}",
                    String::from_utf8_lossy(&delivered)
                );
            }
        }
    }
}

/// The AWS example key as the detector sees it (not inside a longer
/// alphanumeric run) in any string or member name of `v`.
fn exposes_secret(v: &Value) -> bool {
    let in_text = |t: &str| {
        t.match_indices(SECRET).any(|(i, _)| {
            let before = t[..i].chars().next_back();
            let after = t[i + SECRET.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric())
        })
    };
    match v {
        Value::String(s) => in_text(s),
        Value::Array(a) => a.iter().any(exposes_secret),
        Value::Object(o) => o.iter().any(|(k, x)| in_text(k) || exposes_secret(x)),
        _ => false,
    }
}

/// Every tools/call, prompts/get and resources/read of the released bytes
/// names nothing a deny rule covers, read last-wins (Python) and read the
/// way a Go server reads it (names folded; known finding F1 skipped with
/// `MCPW_FUZZ_SKIP_KNOWN=1`).
fn last_wins_targets_allowed(released: &[u8]) {
    let Some(tree) = std::str::from_utf8(released)
        .ok()
        .and_then(crate::reference::parse)
    else {
        return;
    };
    let items: Vec<&crate::reference::J> = match &tree {
        crate::reference::J::Arr(a) => a.iter().collect(),
        one => vec![one],
    };
    for m in items {
        let mut readings = Vec::new();
        readings.extend(crate::reference::python_reading(m).map(|r| ("last-wins", r)));
        if !(crate::skip_known() && crate::reference::has_go_fold_variant(m)) {
            readings.extend(crate::reference::go_reading(m).map(|r| ("Go", r)));
        }
        for (reader, r) in readings {
            let name = r.name.as_deref().unwrap_or_default();
            let uri = r.uri.as_deref().unwrap_or_default();
            let denied = match r.method.as_deref().unwrap_or_default() {
                "tools/call" => name.starts_with("delete_"),
                "prompts/get" => name.starts_with("admin_"),
                "resources/read" | "resources/subscribe" => uri.starts_with("secret://"),
                _ => false,
            };
            assert!(
                !denied,
                "released a denied {:?} (read as a {reader} server reads it): {:?}",
                r.method,
                String::from_utf8_lossy(released)
            );
        }
    }
}

/// A list answer for a list this stream sent shows only allowed items.
fn list_answer(
    policy: &Policy,
    identity: &mcp_warden::identity::Identity,
    lists: &[(String, ListKind)],
    m: &Value,
    delivered: &[u8],
) {
    let Some(result) = m.get("result") else {
        return;
    };
    let Some(key) = m.get("id").map(py_id_key) else {
        return;
    };
    for (id, kind) in lists {
        if *id != key {
            continue;
        }
        let Some(Value::Array(items)) = result.get(kind.result_field()) else {
            continue;
        };
        for item in items {
            let Some(name) = item.get(kind.item_key()).and_then(Value::as_str) else {
                continue;
            };
            let (method, target) = match kind {
                ListKind::Tools => ("tools/call", Target::Tool(name.into())),
                ListKind::Prompts => ("prompts/get", Target::Prompt(name.into())),
                ListKind::Resources | ListKind::ResourceTemplates => {
                    ("resources/read", Target::Resource(name.into()))
                }
                ListKind::Tasks => continue,
            };
            assert!(
                policy.decide(identity, 0, method, &target).allowed(),
                "the client received denied {target:?} in its {} answer: {:?}",
                kind.result_field(),
                String::from_utf8_lossy(delivered)
            );
        }
    }
}

/// How a Python client keys a JSON-RPC id: by value (`1`, `1.0`, `-0`,
/// `true` are one key; `"1"` another).
fn py_id_key(v: &Value) -> String {
    match v {
        Value::String(s) => format!("s:{s}"),
        Value::Bool(b) => format!("n:{}", u8::from(*b)),
        Value::Number(n) => {
            let t = n.to_string();
            if !t.contains(['.', 'e', 'E']) {
                let d = t.strip_prefix('-').unwrap_or(&t);
                if d.bytes().all(|b| b == b'0') {
                    return "n:0".into();
                }
                return format!("n:{t}");
            }
            match t.parse::<f64>() {
                Ok(x) if x.is_finite() && x.fract() == 0.0 && x.abs() < 1e38 => {
                    format!("n:{}", x as i128)
                }
                _ => format!("f:{t}"),
            }
        }
        other => format!("other:{other}"),
    }
}

fn py_id_key_of_raw(raw: &str) -> String {
    serde_json::from_str::<Value>(raw)
        .map(|v| py_id_key(&v))
        .unwrap_or_else(|_| format!("raw:{raw}"))
}

fn replace_all(hay: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay.get(i..i + from.len()) == Some(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// The JSON messages a client reads from an event stream: WHATWG parsing
/// (BOM dropped, CRLF/LF/CR lines, the last `event:` names the type and
/// an empty one is `message`, an unterminated last event discarded); each `message` event's data parsed
/// whole, and each data line on its own (a lenient client).
///
/// With `MCPW_FUZZ_SKIP_KNOWN=1` the client is modelled the way the filter
/// reads streams where they differ (known findings): the first `event:`
/// field names the type and an empty one is not `message` (F2), a leading
/// BOM is kept (F3), and an event
/// with a line ended by a CR alone is not read line by line (F4).
fn client_sse_messages(stream: &[u8]) -> Vec<Value> {
    let known = crate::skip_known();
    let text = String::from_utf8_lossy(stream);
    let text = match text.strip_prefix('\u{feff}') {
        Some(t) if !known => t,
        _ => &text,
    };
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let (mut data, mut lines, mut kind): (Option<String>, Vec<String>, Option<String>) =
        (None, Vec::new(), None);
    // Which events (by index) have a line ended by a lone CR.
    let lone_cr: Vec<bool> = {
        let mut b = mcp_warden::sse::SseBuffer::new();
        b.feed(text.as_bytes(), usize::MAX)
            .unwrap_or_default()
            .iter()
            .map(|e| crate::sse::has_lone_cr(e))
            .collect()
    };
    let mut event_index = 0usize;
    for line in normalised.split_inclusive('\n') {
        let terminated = line.ends_with('\n');
        let line = line.trim_end_matches('\n');
        if !terminated {
            break; // an unterminated line: the event never completes
        }
        if line.is_empty() {
            // An empty type is `message` too (WHATWG: only a non-empty
            // type buffer names the event).
            let message = match kind.as_deref() {
                None => true,
                Some(k) if known => k == "message",
                Some(k) => k == "message" || k.is_empty(),
            };
            if message {
                if let Some(d) = data.take() {
                    if let Ok(v) = serde_json::from_str::<Value>(&d) {
                        out.push(v);
                    }
                    let skip_lines = known && lone_cr.get(event_index).copied().unwrap_or(false);
                    for l in lines.iter().filter(|_| !skip_lines) {
                        if let Ok(v) = serde_json::from_str::<Value>(l) {
                            out.push(v);
                        }
                    }
                }
            }
            event_index += 1;
            data = None;
            lines.clear();
            kind = None;
            continue;
        }
        let Some((field, value)) = client_field(line) else {
            continue;
        };
        match field {
            "data" => {
                lines.push(value.to_string());
                match &mut data {
                    Some(d) => {
                        d.push('\n');
                        d.push_str(value);
                    }
                    None => data = Some(value.to_string()),
                }
            }
            "event" if known && kind.is_some() => {}
            "event" => kind = Some(value.to_string()),
            _ => {}
        }
    }
    out
}
