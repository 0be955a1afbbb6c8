//! Session taint (toxic flows; see [`crate::taint`]): in the act phase, a
//! call to a sink tool in a scope a rule has tainted is refused (or, with
//! `action: record` or in shadow mode, reported), then every source call
//! taints its scope before it is forwarded — and is refused if that cannot
//! be recorded (fail closed). Runs before DLP, approvals and quotas, so a
//! refused sink call costs nothing and asks nobody.
//!
//! Audit: a refused (or reported) sink call's record names the rule and
//! the call that tainted the scope (`taint: {rule, action, source: {server,
//! tool}}`); a tainting call's record says so (`taint: {tainted: [rules]}`).

use crate::catalog::ToolFacts;
use crate::host::Host;
use crate::mcp::{Kind, Target};
use crate::metrics;
use crate::pipeline::{Cx, Flow, Refusal, RequestBody, Stage};
use crate::reply::Reason;
use crate::taint::{ScopeKey, Source, TaintAction, TaintScope, Unrecorded};
use serde_json::json;

use super::access::call_hints;

#[derive(Default)]
pub struct TaintStage {
    /// The server's own session id (unwrapped at header time: in mode A
    /// request headers are gone by the act phase).
    session: Option<String>,
}

fn count(cx: &Cx, host: &mut dyn Host, rule: &str, decision: &str) {
    let metric = metrics::name(
        metrics::TAINT,
        &[
            ("mcp_server", cx.server_name()),
            ("mcp_rule", rule),
            ("mcp_decision", decision),
        ],
    );
    host.increment(&metric, 1);
}

impl TaintStage {
    /// The key of `scope` for this request: the session, or (no session,
    /// or principal scope) the caller.
    fn key(&self, cx: &Cx, scope: TaintScope) -> ScopeKey {
        let session = self.session.as_deref().or(cx.legacy_session.as_deref());
        match (scope, session) {
            (TaintScope::Session, Some(s)) => ScopeKey::session(cx.server_name(), s),
            _ => ScopeKey::principal(cx.principal()),
        }
    }
}

impl Stage for TaintStage {
    fn name(&self) -> &'static str {
        "taint"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        if cx.server.is_some() && cx.head.get("mcp-session-id").is_some() {
            // The sessions stage has put the server's own id in place.
            self.session = host.request_header("mcp-session-id");
        }
        Flow::Next
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        let calls: Vec<String> = req
            .parsed
            .body
            .messages()
            .iter()
            .filter(|m| m.kind == Kind::Request && m.method() == "tools/call")
            .filter_map(|m| match m.target() {
                Target::Tool(t) => Some(t.clone()),
                _ => None,
            })
            .collect();
        if calls.is_empty() {
            return Flow::Next;
        }
        let policy = cx.shared.clone();
        let (taint, catalog, ns) = (
            &policy.policy.taint,
            &policy.policy.catalog,
            policy.namespace.as_str(),
        );
        let now = host.now_ms();
        let shadow = cx.shadow_mode();
        let mut touched: Vec<ScopeKey> = Vec::new();

        // 1. Sinks: refused in a tainted scope.
        for tool in &calls {
            let target = Target::Tool(tool.clone());
            let hints = || call_hints(cx, host, server, &target);
            let facts = ToolFacts::new(server, tool, &hints);
            let sinks: Vec<(String, TaintAction, ScopeKey)> = taint
                .sink_rules(catalog, &facts)
                .map(|r| (r.name.clone(), r.action, self.key(cx, r.scope)))
                .collect();
            for (rule, action, key) in sinks {
                let hit: Option<Source> = taint
                    .sources(host, ns, &key, now)
                    .into_iter()
                    .find(|s| s.rule == rule);
                if !touched.contains(&key) {
                    touched.push(key);
                }
                let Some(source) = hit else { continue };
                let enforce = action == TaintAction::Deny && !shadow;
                cx.record.note(
                    "taint",
                    json!({"rule": rule, "action": if enforce { "deny" } else { "record" },
                           "tool": tool, "source": {"server": source.server, "tool": source.tool}}),
                );
                if !enforce {
                    count(cx, host, &rule, "would_block");
                    if shadow {
                        super::would_deny(cx, host, &format!("taint:{rule}"));
                    }
                    continue;
                }
                count(cx, host, &rule, "blocked");
                let mut r = Refusal::new(
                    Reason::SessionTainted,
                    format!(
                        "mcp-warden: tool '{}' refused by taint rule '{rule}': this session has read data through '{}' on server '{}'; tools that can send data out stay blocked for the rest of the session",
                        tool.escape_debug(),
                        source.tool.escape_debug(),
                        source.server
                    ),
                )
                .with_rule(format!("taint:{rule}"));
                r.data = Some(
                    json!({"taintRule": rule, "source": {"server": source.server, "tool": source.tool}})
                        .to_string(),
                );
                return Flow::Refuse(r);
            }
        }

        // 2. Sources: the scope is tainted before the call goes out.
        let mut tainted: Vec<String> = Vec::new();
        for tool in &calls {
            let target = Target::Tool(tool.clone());
            let hints = || call_hints(cx, host, server, &target);
            let facts = ToolFacts::new(server, tool, &hints);
            let sources: Vec<(String, ScopeKey)> = taint
                .source_rules(catalog, &facts)
                .map(|r| (r.name.clone(), self.key(cx, r.scope)))
                .collect();
            for (rule, key) in sources {
                let source = Source {
                    rule: rule.clone(),
                    server: cx.server_name().to_string(),
                    tool: tool.clone(),
                };
                match taint.record(host, ns, &key, source, now) {
                    Ok(()) => {
                        count(cx, host, &rule, "tainted");
                        if !tainted.contains(&rule) {
                            tainted.push(rule);
                        }
                        touched.retain(|k| *k != key);
                    }
                    Err(why) => {
                        count(cx, host, &rule, "unrecorded");
                        cx.record.note(
                            "taint",
                            json!({"rule": rule, "unrecorded": true, "tool": tool}),
                        );
                        if shadow {
                            super::would_deny(cx, host, Reason::TaintUnrecorded.name());
                            continue;
                        }
                        let why = match why {
                            Unrecorded::Full => "its taint table is full of live sessions",
                            Unrecorded::Contended => "its taint table is busy",
                        };
                        return Flow::Refuse(
                            Refusal::new(
                                Reason::TaintUnrecorded,
                                format!(
                                    "mcp-warden: tool '{}' reads data taint rule '{rule}' tracks, and this proxy cannot record that now ({why}); refused rather than untracked, try again later",
                                    tool.escape_debug()
                                ),
                            )
                            .with_rule(format!("taint:{rule}")),
                        );
                    }
                }
            }
        }
        if !tainted.is_empty() && !cx.record.notes.iter().any(|(k, _)| *k == "taint") {
            cx.record.note("taint", json!({"tainted": tainted}));
        }
        // 3. A tainted scope in use stays tainted.
        for key in touched {
            taint.touch(host, ns, &key, now);
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
    use serde_json::{json, Value};
    use std::rc::Rc;

    fn shared(mode: &str, scope: &str, action: &str, slots: u32) -> Rc<Shared> {
        let v = json!({
            "apiVersion": "mcp-warden/v1", "mode": mode,
            "identity": {"jwt": {}, "require": "jwt"},
            "servers": [{"name": "ops", "owner": "o", "dataDomain": "operations", "riskTier": "low",
                         "match": {"pathPrefix": "/mcp"},
                         "catalog": [{"tools": ["read_customer"], "tags": ["sensitive-read"],
                                      "annotations": {"readOnlyHint": true, "openWorldHint": false}},
                                     {"tools": ["send_email"], "tags": ["egress"]},
                                     {"tools": ["restart"], "annotations": {"openWorldHint": false}}]},
                        {"name": "crm", "owner": "o", "dataDomain": "customer-pii", "riskTier": "high",
                         "match": {"pathPrefix": "/crm"},
                         "catalog": [{"tools": ["*"], "annotations": {"openWorldHint": false}}]}],
            "taint": {"slots": slots, "rules": [{"name": "no-exfil", "scope": scope, "action": action,
                "sources": [{"tags": ["sensitive-read"]}, {"dataDomains": ["customer-*"]}],
                "sinks": [{"tags": ["egress"]}, {"annotations": {"openWorldHint": true}}]}]},
            "rules": [{"name": "all", "effect": "allow", "who": {"anyone": true}, "servers": ["*"], "tools": ["*"]}],
            "defaultEffect": "deny"
        });
        Rc::new(Shared::new(
            Policy::from_json(v.to_string().as_bytes()).unwrap(),
            "t",
            "w".into(),
        ))
    }

    /// One tools/call through a stream; returns the host (replies, audit).
    fn call(
        shared: &Rc<Shared>,
        store: MemStore,
        path: &str,
        who: &str,
        session: Option<&str>,
        tool: &str,
    ) -> FakeHost {
        let body =
            json!({"jsonrpc": "2.0", "id": 9, "method": "tools/call", "params": {"name": tool}});
        let mut f = FakeHost::post(&body.to_string())
            .with_claims(who, &[])
            .with_header("mcp-protocol-version", "2025-11-25");
        crate::testing::set(&mut f.req, ":path", Some(path));
        f.store = store;
        if let Some(up) = session {
            // A sealed id for the server's session `up`, as a client holds it.
            let sealer = shared.sealer(&f.store).unwrap();
            let server = if path.starts_with("/crm") {
                "crm"
            } else {
                "ops"
            };
            let sealed = sealer
                .seal(crate::binding::Kind::Session, server, who, up, f.now_ms)
                .unwrap();
            f.req.push(("mcp-session-id".into(), sealed));
        }
        let mut s = Stream::new(shared.clone());
        assert_eq!(s.on_request_headers(&mut f, false), Action::Continue);
        let n = f.req_body.len();
        s.on_request_body(&mut f, n, true);
        if f.replies.is_empty() {
            f.respond(
                200,
                "application/json",
                r#"{"jsonrpc":"2.0","id":9,"result":{"content":[]}}"#,
            );
            s.on_response_headers(&mut f, true);
        }
        f
    }

    fn last_record(f: &FakeHost) -> Value {
        serde_json::from_str(f.audit.last().unwrap()).unwrap()
    }

    #[test]
    fn a_tainted_session_cannot_call_a_sink_while_a_fresh_session_can() {
        let p = shared("enforce", "session", "deny", 64);
        let f = call(
            &p,
            MemStore::default(),
            "/mcp",
            "alice",
            Some("s1"),
            "send_email",
        );
        assert!(f.replies.is_empty(), "untainted: allowed");
        let f = call(&p, f.store, "/mcp", "alice", Some("s1"), "read_customer");
        assert!(f.replies.is_empty());
        assert_eq!(last_record(&f)["taint"], json!({"tainted": ["no-exfil"]}));
        let f = call(&p, f.store, "/mcp", "alice", Some("s1"), "send_email");
        let (status, v) = f.reply_json();
        assert_eq!((status, v["error"]["code"].as_i64()), (200, Some(-32003)));
        let msg = v["error"]["message"].as_str().unwrap();
        assert!(
            msg.contains("taint rule 'no-exfil'") && msg.contains("'read_customer'"),
            "{msg}"
        );
        assert_eq!(
            v["error"]["data"]["source"],
            json!({"server": "ops", "tool": "read_customer"})
        );
        let rec = last_record(&f);
        assert_eq!(rec["rule"], "taint:no-exfil");
        assert_eq!(
            rec["taint"]["source"],
            json!({"server": "ops", "tool": "read_customer"})
        );
        assert!(f
            .counters
            .keys()
            .any(|k| k.starts_with("mcp_warden_taint_total")
                && k.contains("mcp_decision=.=blocked;")));
        // Untrusted, unannotated tools are open-world: sinks too.
        let f = call(&p, f.store, "/mcp", "alice", Some("s1"), "post_webhook");
        assert_eq!(f.reply_json().1["error"]["code"], -32003);
        // Not a sink: fine.
        let f = call(&p, f.store, "/mcp", "alice", Some("s1"), "restart");
        assert!(f.replies.is_empty());
        // A fresh session of the same caller is clean.
        let f = call(&p, f.store, "/mcp", "alice", Some("s2"), "send_email");
        assert!(f.replies.is_empty());
    }

    #[test]
    fn without_a_session_taint_follows_the_caller_and_principal_scope_crosses_servers() {
        let p = shared("enforce", "session", "deny", 64);
        // Stateless: any tool of a server in a customer data domain taints.
        let f = call(&p, MemStore::default(), "/crm", "bob", None, "lookup");
        assert!(f.replies.is_empty());
        let f = call(&p, f.store, "/mcp", "bob", None, "send_email");
        assert_eq!(f.reply_json().1["error"]["code"], -32003);
        let f = call(&p, f.store, "/mcp", "carol", None, "send_email");
        assert!(f.replies.is_empty(), "another caller is clean");

        let p = shared("enforce", "principal", "deny", 64);
        let f = call(
            &p,
            MemStore::default(),
            "/crm",
            "bob",
            Some("crm-1"),
            "lookup",
        );
        let f = call(&p, f.store, "/mcp", "bob", Some("ops-1"), "send_email");
        assert_eq!(f.reply_json().1["error"]["code"], -32003);
    }

    #[test]
    fn record_action_and_shadow_mode_report_without_refusing() {
        let p = shared("enforce", "session", "record", 64);
        let f = call(
            &p,
            MemStore::default(),
            "/mcp",
            "alice",
            Some("s1"),
            "read_customer",
        );
        let f = call(&p, f.store, "/mcp", "alice", Some("s1"), "send_email");
        assert!(f.replies.is_empty());
        assert_eq!(last_record(&f)["taint"]["action"], "record");
        assert_eq!(last_record(&f)["decision"], "allow");

        let p = shared("shadow", "session", "deny", 64);
        let f = call(
            &p,
            MemStore::default(),
            "/mcp",
            "alice",
            Some("s1"),
            "read_customer",
        );
        let f = call(&p, f.store, "/mcp", "alice", Some("s1"), "send_email");
        assert!(f.replies.is_empty());
        assert_eq!(last_record(&f)["decision"], "would_deny");
        assert_eq!(last_record(&f)["rule"], "taint:no-exfil");
    }

    #[test]
    fn a_taint_that_cannot_be_recorded_refuses_the_source_call() {
        // One bucket of four: four live tainted sessions fill it.
        let p = shared("enforce", "session", "deny", 1);
        let mut store = MemStore::default();
        for i in 0..4 {
            let f = call(
                &p,
                store,
                "/mcp",
                "alice",
                Some(&format!("s{i}")),
                "read_customer",
            );
            assert!(f.replies.is_empty());
            store = f.store;
        }
        let f = call(&p, store, "/mcp", "alice", Some("s9"), "read_customer");
        let (_, v) = f.reply_json();
        assert_eq!(v["error"]["code"], -32003);
        assert!(v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("cannot record"));
        assert_eq!(last_record(&f)["rule"], "taint:no-exfil");
        // A non-source call of that session still works.
        let f = call(&p, f.store, "/mcp", "alice", Some("s9"), "restart");
        assert!(f.replies.is_empty());
    }
}
