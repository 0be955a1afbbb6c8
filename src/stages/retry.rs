//! Retry safety: whether the request may be sent twice, published as a
//! fact for Envoy (filter state `wasm.mcp_warden.idempotent`, both modes;
//! request header `x-mcp-idempotent` in mode B, which re-matches the
//! route, so only routes that match `x-mcp-idempotent: "true"` need carry a
//! `retry_policy`; see `envoy/retry/`).
//!
//! `true` only when every message of the body is a request that is safe
//! to repeat: a `tools/call` whose tool is idempotent (trusted annotations:
//! `idempotentHint`, or `readOnlyHint`; or the operator's catalog) and not
//! task-augmented, or a method that only reads (lists, reads, gets, ping,
//! discovery, completion). Everything else — initialize, notifications,
//! client answers, cancellations, untrusted tools — is `false`. In mode A
//! the header cannot be set once the body is read (and a client's copy is
//! removed at header time), so a retry route never matches there.

use crate::catalog::ToolFacts;
use crate::host::Host;
use crate::mcp::{Kind, Message, Target};
use crate::pipeline::{Cx, Flow, RequestBody, Stage};
use serde_json::json;

use super::access::call_hints;

pub struct Retry;

/// Methods that read and never change anything on the server.
fn reads_only(method: &str) -> bool {
    matches!(
        method,
        "tools/list"
            | "prompts/list"
            | "prompts/get"
            | "resources/list"
            | "resources/templates/list"
            | "resources/read"
            | "completion/complete"
            | "ping"
            | "server/discover"
            | "tasks/get"
            | "tasks/list"
            | "tasks/result"
    )
}

fn idempotent(cx: &Cx, host: &dyn Host, server: usize, m: &Message) -> bool {
    if m.kind != Kind::Request {
        return false;
    }
    match (m.method(), m.target()) {
        ("tools/call", Target::Tool(tool)) if !m.task_requested => {
            let hints = || call_hints(cx, host, server, m.target());
            ToolFacts::new(server, tool, &hints)
                .hints(&cx.policy().catalog)
                .idempotent
        }
        ("tools/call", _) => false,
        (method, _) => reads_only(method),
    }
}

impl Stage for Retry {
    fn name(&self) -> &'static str {
        "retry"
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        let messages = req.parsed.body.messages();
        let safe = !messages.is_empty() && messages.iter().all(|m| idempotent(cx, host, server, m));
        let value = if safe { "true" } else { "false" };
        host.set_fact("idempotent", value);
        if cx.policy().allow_header_stop {
            host.set_request_header("x-mcp-idempotent", Some(value));
        }
        if messages.iter().any(|m| m.method() == "tools/call") {
            cx.record.note("idempotent", json!(safe));
        }
        Flow::Next
    }
}

#[cfg(test)]
mod tests {
    use crate::host::Action;
    use crate::policy::Policy;
    use crate::stream::{Shared, Stream};
    use crate::testing::{FakeHost, MemStore};
    use serde_json::json;
    use std::rc::Rc;

    fn shared(header_stop: bool) -> Rc<Shared> {
        let v = json!({
            "apiVersion": "mcp-warden/v1",
            "envoy": {"allowOnHeadersStopIteration": header_stop},
            "identity": {"require": "none"},
            "servers": [
                {"name": "ops", "owner": "o", "dataDomain": "d", "riskTier": "low",
                 "match": {"pathPrefix": "/mcp"}, "integrity": {"pinning": "tofu"},
                 "catalog": [{"tools": ["restart_*"], "annotations": {"idempotentHint": true}}]},
                {"name": "plain", "owner": "o", "dataDomain": "d", "riskTier": "low",
                 "match": {"pathPrefix": "/plain"}}
            ],
            "rules": [{"name": "all", "effect": "allow", "who": {"anyone": true}, "servers": ["*"],
                       "tools": ["*"], "methods": ["*"]}],
            "defaultEffect": "deny"
        });
        Rc::new(Shared::new(
            Policy::from_json(v.to_string().as_bytes()).unwrap(),
            "t",
            "w".into(),
        ))
    }

    fn post(p: &Rc<Shared>, store: MemStore, path: &str, body: &str) -> FakeHost {
        post_in(p, store, path, body, "2025-11-25")
    }

    fn post_in(p: &Rc<Shared>, store: MemStore, path: &str, body: &str, version: &str) -> FakeHost {
        let mut f = FakeHost::post(body)
            .with_header("mcp-protocol-version", version)
            .with_header("x-mcp-idempotent", "true");
        crate::testing::set(&mut f.req, ":path", Some(path));
        f.store = store;
        let mut s = Stream::new(p.clone());
        let a = s.on_request_headers(&mut f, false);
        // A client's copy never survives the header phase.
        assert_eq!(f.header("x-mcp-idempotent"), None);
        assert!(a == Action::Continue || a == Action::Pause);
        let n = f.req_body.len();
        s.on_request_body(&mut f, n, true);
        if body.contains("tools/list") {
            f.respond(
                200,
                "application/json",
                r#"{"jsonrpc":"2.0","id":1,"result":{"tools":[
                    {"name":"lookup","inputSchema":{"type":"object"},"annotations":{"readOnlyHint":true}},
                    {"name":"charge","inputSchema":{"type":"object"},"annotations":{"idempotentHint":false}},
                    {"name":"restart_web","inputSchema":{"type":"object"}}]}}"#,
            );
            s.on_response_headers(&mut f, false);
            let n = f.resp_body.len();
            s.on_response_body(&mut f, n, true);
        }
        f
    }

    fn call(tool: &str) -> String {
        json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": tool}})
            .to_string()
    }

    #[test]
    fn only_idempotent_calls_are_marked_retryable_and_only_mode_b_lifts_the_header() {
        let p = shared(true);
        let f = post(
            &p,
            MemStore::default(),
            "/mcp",
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#,
        );
        assert_eq!(f.header("x-mcp-idempotent"), Some("true"));
        // Pinned on first use: read-only means idempotent.
        let f = post(&p, f.store, "/mcp", &call("lookup"));
        assert_eq!(f.facts.get("idempotent").map(String::as_str), Some("true"));
        assert_eq!(f.header("x-mcp-idempotent"), Some("true"));
        let f = post(&p, f.store, "/mcp", &call("charge"));
        assert_eq!(f.header("x-mcp-idempotent"), Some("false"));
        // Unannotated (the riskiest reading), but the operator vouches for it.
        let f = post(&p, f.store, "/mcp", &call("restart_web"));
        assert_eq!(f.header("x-mcp-idempotent"), Some("true"));
        // No integrity on this server: annotations are never trusted.
        let f = post(&p, f.store, "/plain", &call("lookup"));
        assert_eq!(f.header("x-mcp-idempotent"), Some("false"));
        // Not a request that may repeat.
        let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"c","version":"1"}}}"#;
        let f = post(&p, f.store, "/mcp", init);
        assert_eq!(f.header("x-mcp-idempotent"), Some("false"));
        let batch = format!(
            "[{},{}]",
            call("lookup"),
            call("charge").replace("\"id\":2", "\"id\":3")
        );
        let f = post_in(&p, f.store, "/mcp", &batch, "2025-03-26");
        assert!(f.replies.is_empty());
        assert_eq!(f.facts.get("idempotent").map(String::as_str), Some("false"));

        // Mode A: the fact, never the header.
        let p = shared(false);
        let list = r#"{"jsonrpc":"2.0","id":1,"method":"tools/list"}"#;
        let f = post(&p, MemStore::default(), "/mcp", list);
        let f = post(&p, f.store, "/mcp", &call("restart_web"));
        assert_eq!(f.facts.get("idempotent").map(String::as_str), Some("true"));
        assert_eq!(f.header("x-mcp-idempotent"), None);
    }
}
