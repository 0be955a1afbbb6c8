//! Protocol revision allow-list (`servers[].protocolVersions`): a request
//! in a revision the server's list does not name is refused with HTTP 400
//! and a JSON-RPC error that names the allowed revisions
//! (`data: {supported, requested}`, as 2026-07-28's
//! `UnsupportedProtocolVersionError` and 2025's initialize error carry).
//!
//! Where the revision comes from, in order:
//! - `initialize`: `params.protocolVersion` (the 2025-era handshake;
//!   refused with -32602 "Unsupported protocol version", as the 2025-11-25
//!   lifecycle example does);
//! - the `MCP-Protocol-Version` header, on any request (GET and DELETE too)
//!   and a 2026-07-28 body's `_meta` protocol version: -32022;
//! - neither, outside a session: 2025-03-26 (what the spec tells servers to
//!   assume). Requests inside a session (`Mcp-Session-Id`, or the legacy
//!   transport's `session_id`) without a header are in the revision their
//!   `initialize` negotiated, which was checked.
//!
//! The server's answer to `initialize` is checked too: a server that
//! negotiates down to an unlisted revision gets its answer replaced by the
//! same error.

use crate::host::Host;
use crate::mcp::{Kind, Parsed, ServerMessage};
use crate::pipeline::{Answer, Cx, Flow, RequestBody, Stage};
use crate::reply::{code, error_text, LocalReply, Reason};
use serde_json::{json, Value};

#[derive(Default)]
pub struct Versions {
    /// This request carries an `initialize` (its answer is checked).
    initialize: bool,
}

/// The allow-list of the request's server, if it has one.
fn allowed(cx: &Cx) -> Option<&[String]> {
    cx.server
        .and_then(|s| cx.policy().server(s))
        .and_then(|s| s.protocol_versions.as_deref())
}

/// Echoed values are the client's: bounded and printable.
fn shown(v: &str) -> String {
    v.chars()
        .take(64)
        .collect::<String>()
        .escape_debug()
        .to_string()
}

fn error_body(cx: &Cx, id: Option<&str>, code: i64, requested: &str, list: &[String]) -> String {
    let message = format!(
        "mcp-warden: MCP protocol revision '{}' is not allowed for server '{}'; allowed: {}",
        shown(requested),
        cx.server_name(),
        list.join(", ")
    );
    let requested: String = requested.chars().take(64).collect();
    let data = json!({"supported": list, "requested": requested}).to_string();
    let message = if code == code::INVALID_PARAMS {
        // 2025 clients look for this exact text at initialize.
        format!("Unsupported protocol version: {message}")
    } else {
        message
    };
    error_text(id, code, &message, Some(&data))
}

fn refusal(cx: &Cx, id: Option<&str>, code: i64, requested: &str, list: &[String]) -> Flow {
    Flow::Reply(LocalReply::json(
        400,
        error_body(cx, id, code, requested, list),
        Reason::UnsupportedProtocolVersion,
        Some(code),
    ))
}

impl Versions {
    /// Refuses (or, in shadow mode, reports) an unlisted revision.
    fn check(
        cx: &mut Cx,
        host: &mut dyn Host,
        id: Option<&str>,
        code: i64,
        requested: &str,
    ) -> Flow {
        let Some(list) = allowed(cx) else {
            return Flow::Next;
        };
        if list.iter().any(|v| v == requested.trim()) {
            return Flow::Next;
        }
        if cx.shadow_mode() {
            super::would_deny(cx, host, Reason::UnsupportedProtocolVersion.name());
            return Flow::Next;
        }
        let list = list.to_vec();
        refusal(cx, id, code, requested, &list)
    }

    fn in_session(cx: &Cx) -> bool {
        cx.head.get("mcp-session-id").is_some() || cx.legacy_session.is_some()
    }
}

impl Stage for Versions {
    fn name(&self) -> &'static str {
        "versions"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        if cx.server.is_none() || cx.head.preflight {
            return Flow::Next;
        }
        match cx.head.get("mcp-protocol-version").map(str::to_string) {
            Some(v) => Self::check(cx, host, None, code::UNSUPPORTED_PROTOCOL_VERSION, &v),
            None => Flow::Next,
        }
    }

    fn on_body(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &Parsed) -> Flow {
        if allowed(cx).is_none() {
            return Flow::Next;
        }
        let header = cx.head.get("mcp-protocol-version").is_some();
        for m in req.body.messages() {
            let id = (m.kind == Kind::Request).then(|| m.raw_id()).flatten();
            if m.kind == Kind::Request && m.method() == "initialize" {
                let proposed = m
                    .params
                    .and_then(|p| req.doc.get_str(p, "protocolVersion"))
                    .map(|v| v.into_owned());
                // No proposal at all is the server's to refuse.
                if let Some(v) = proposed {
                    let flow = Self::check(cx, host, id, code::INVALID_PARAMS, &v);
                    if !matches!(flow, Flow::Next) {
                        return flow;
                    }
                }
                continue;
            }
            if let Some(v) = &m.meta_protocol_version {
                let flow = Self::check(cx, host, id, code::UNSUPPORTED_PROTOCOL_VERSION, v);
                if !matches!(flow, Flow::Next) {
                    return flow;
                }
                continue;
            }
            if !header && !Self::in_session(cx) {
                let flow = Self::check(
                    cx,
                    host,
                    id,
                    code::UNSUPPORTED_PROTOCOL_VERSION,
                    crate::mcp::LAST_BATCH_VERSION,
                );
                if !matches!(flow, Flow::Next) {
                    return flow;
                }
            }
        }
        Flow::Next
    }

    fn on_request(&mut self, cx: &mut Cx, _host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        if allowed(cx).is_some()
            && req
                .parsed
                .body
                .messages()
                .iter()
                .any(|m| m.kind == Kind::Request && m.method() == "initialize")
        {
            self.initialize = true;
            cx.inspect_answers = true;
        }
        Flow::Next
    }

    fn on_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, ans: &mut Answer) {
        if !self.initialize || ans.request.as_ref().map(|r| r.method.as_str()) != Some("initialize")
        {
            return;
        }
        let ServerMessage::Response { id, error: false } = &ans.msg else {
            return;
        };
        let id = id.as_ref().map(|i| i.raw.clone());
        let Some(list) = allowed(cx).map(<[String]>::to_vec) else {
            return;
        };
        let negotiated = ans
            .value()
            .get("result")
            .and_then(|r| r.get("protocolVersion"))
            .and_then(Value::as_str)
            .map(str::to_string);
        let Some(v) = negotiated else {
            return;
        };
        if list.contains(&v) {
            return;
        }
        if cx.shadow_mode() {
            super::would_deny(cx, host, Reason::UnsupportedProtocolVersion.name());
            return;
        }
        let text = error_body(cx, id.as_deref(), code::INVALID_PARAMS, &v, &list);
        if let Ok(err) = serde_json::from_str::<Value>(&text) {
            *ans.value_mut() = err;
        }
        cx.record.rule = Some(Reason::UnsupportedProtocolVersion.name().into());
    }
}

#[cfg(test)]
mod tests {
    use crate::host::Action;
    use crate::policy::Policy;
    use crate::stream::{Shared, Stream};
    use crate::testing::FakeHost;
    use serde_json::{json, Value};
    use std::rc::Rc;

    fn shared(mode: &str) -> Rc<Shared> {
        let v = json!({
            "apiVersion": "mcp-warden/v1", "mode": mode,
            "identity": {"require": "none"},
            "servers": [{"name": "ops", "owner": "o", "dataDomain": "d", "riskTier": "low",
                         "match": {"pathPrefix": "/mcp"},
                         "protocolVersions": ["2025-11-25", "2026-07-28"]}],
            "rules": [{"name": "all", "effect": "allow", "who": {"anyone": true}, "servers": ["*"], "tools": ["*"]}],
            "defaultEffect": "deny"
        });
        Rc::new(Shared::new(
            Policy::from_json(v.to_string().as_bytes()).unwrap(),
            "t",
            "w".into(),
        ))
    }

    fn run(f: &mut FakeHost, mode: &str) -> Stream {
        let mut s = Stream::new(shared(mode));
        if s.on_request_headers(f, false) == Action::Pause && !f.replies.is_empty() {
            return s;
        }
        let n = f.req_body.len();
        s.on_request_body(f, n, true);
        s
    }

    fn initialize(version: &str) -> String {
        json!({"jsonrpc": "2.0", "id": "i1", "method": "initialize",
               "params": {"protocolVersion": version, "capabilities": {},
                          "clientInfo": {"name": "t", "version": "1"}}})
        .to_string()
    }

    #[test]
    fn an_unlisted_revision_is_refused_at_initialize_naming_the_allowed_ones() {
        let mut f = FakeHost::post(&initialize("2025-03-26"));
        run(&mut f, "enforce");
        let (status, v) = f.reply_json();
        assert_eq!(status, 400);
        assert_eq!(v["id"], "i1");
        assert_eq!(v["error"]["code"], -32602);
        let msg = v["error"]["message"].as_str().unwrap();
        assert!(msg.starts_with("Unsupported protocol version"), "{msg}");
        assert!(msg.contains("allowed: 2025-11-25, 2026-07-28"), "{msg}");
        assert_eq!(
            v["error"]["data"],
            json!({"supported": ["2025-11-25", "2026-07-28"], "requested": "2025-03-26"})
        );
        // A listed one passes.
        let mut f = FakeHost::post(&initialize("2025-11-25"));
        run(&mut f, "enforce");
        assert!(f.replies.is_empty());
    }

    #[test]
    fn a_2026_request_in_an_unlisted_revision_gets_unsupported_protocol_version() {
        let body = json!({"jsonrpc": "2.0", "id": 3, "method": "tools/list",
                          "params": {"_meta": {"io.modelcontextprotocol/protocolVersion": "2026-09-01"}}});
        let mut f = FakeHost::post(&body.to_string())
            .with_header("mcp-protocol-version", "2026-09-01")
            .with_header("mcp-method", "tools/list");
        run(&mut f, "enforce");
        let (status, v) = f.reply_json();
        assert_eq!((status, v["error"]["code"].as_i64()), (400, Some(-32022)));
        assert_eq!(v["error"]["data"]["requested"], "2026-09-01");
        // GET streams carry the header too.
        let mut f =
            FakeHost::request("GET", "/mcp").with_header("mcp-protocol-version", "2025-06-18");
        let mut s = Stream::new(shared("enforce"));
        s.on_request_headers(&mut f, true);
        assert_eq!(f.reply_json().0, 400);
    }

    #[test]
    fn no_revision_outside_a_session_counts_as_2025_03_26_and_a_session_carries_its_own() {
        let call = r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"}}"#;
        let mut f = FakeHost::post(call);
        run(&mut f, "enforce");
        let (_, v) = f.reply_json();
        assert_eq!(v["error"]["data"]["requested"], "2025-03-26");
        let mut f = FakeHost::post(call).with_header("mcp-protocol-version", "2025-11-25");
        run(&mut f, "enforce");
        assert!(f.replies.is_empty());
    }

    #[test]
    fn a_server_negotiating_down_to_an_unlisted_revision_is_refused_in_its_answer() {
        let mut f = FakeHost::post(&initialize("2025-11-25"));
        let mut s = run(&mut f, "enforce");
        assert!(f.replies.is_empty());
        let answer = r#"{"jsonrpc":"2.0","id":"i1","result":{"protocolVersion":"2025-03-26","capabilities":{},"serverInfo":{"name":"s","version":"1"}}}"#;
        f.respond(200, "application/json", answer);
        s.on_response_headers(&mut f, false);
        let n = f.resp_body.len();
        s.on_response_body(&mut f, n, true);
        let v: Value = serde_json::from_slice(&f.resp_body).unwrap();
        assert_eq!(v["id"], "i1");
        assert_eq!(v["error"]["code"], -32602);
        assert_eq!(v["error"]["data"]["requested"], "2025-03-26");
    }

    #[test]
    fn shadow_mode_reports_and_lets_through() {
        let mut f = FakeHost::post(&initialize("2025-03-26"));
        run(&mut f, "shadow");
        assert!(f.replies.is_empty());
        assert_eq!(
            f.facts.get("decision").map(String::as_str),
            Some("would_deny")
        );
        assert_eq!(
            f.facts.get("rule").map(String::as_str),
            Some("unsupported_protocol_version")
        );
    }
}
