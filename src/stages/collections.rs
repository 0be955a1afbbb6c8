//! Curated collections on a route (see [`crate::collections`]): the
//! collection offered where the request goes is found at header time
//! (a fact, `wasm.mcp_warden.collection`, in both modes, and the audit
//! record's `collection`); list answers keep only its items; a call outside
//! it is answered exactly like an unknown tool (-32602 `Unknown tool: x`).
//! Collections run before access control, so a tool outside the collection
//! is unknown whatever the caller's grants say about it.

use crate::catalog::ToolFacts;
use crate::collections::Collection;
use crate::host::Host;
use crate::mcp::{ListKind, Message, Parsed, Target};
use crate::pipeline::{Cx, Flow, ListItem, Refusal, RequestBody, Stage, Verdict};
use crate::reply::{code, Reason};

use super::access::call_hints;
use super::RouteNames;

#[derive(Default)]
pub struct CollectionsStage {
    /// Index of the collection offered on this request's route.
    active: Option<usize>,
}

impl CollectionsStage {
    fn collection<'a>(&self, cx: &'a Cx) -> Option<&'a Collection> {
        self.active.and_then(|i| cx.policy().collections.get(i))
    }

    /// Whether `t` is in the collection (None: not a named item).
    fn holds(c: &Collection, cx: &Cx, host: &dyn Host, server: usize, t: &Target) -> bool {
        match t {
            Target::Tool(n) => {
                let hints = || call_hints(cx, host, server, t);
                c.has_tool(&cx.policy().catalog, &ToolFacts::new(server, n, &hints))
            }
            Target::Prompt(n) => c.has_prompt(server, n),
            Target::Resource(u) => c.has_resource(server, u),
            Target::Task(_) | Target::None => true,
        }
    }

    /// The refusal for the first target of `m` outside the collection.
    fn miss(&self, cx: &Cx, host: &dyn Host, m: &Message) -> Option<Refusal> {
        let (c, server) = (self.collection(cx)?, cx.server?);
        let t = m
            .targets
            .iter()
            .find(|t| !Self::holds(c, cx, host, server, t))?;
        let message = match t {
            Target::Tool(n) => format!("Unknown tool: {n}"),
            Target::Prompt(n) => format!("Unknown prompt: {n}"),
            Target::Resource(u) => format!("Resource not found: {u}"),
            Target::Task(_) | Target::None => return None,
        };
        Some(
            Refusal::new(Reason::NotInCollection, message)
                .with_code(code::INVALID_PARAMS)
                .with_rule(format!("collection:{}", c.name)),
        )
    }
}

impl Stage for CollectionsStage {
    fn name(&self) -> &'static str {
        "collections"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        if cx.server.is_none() {
            return Flow::Next;
        }
        let collections = &cx.shared.policy.collections;
        let names = RouteNames::read(host, collections.needs_route_facts());
        let facts = names.facts(&cx.head);
        self.active = collections.position(&facts);
        if let Some(c) = self.collection(cx) {
            let name = c.name.clone();
            host.set_fact("collection", &name);
            cx.record.collection = Some(name);
        }
        Flow::Next
    }

    fn judge(&self, cx: &Cx, host: &dyn Host, _req: &Parsed, m: &Message) -> Verdict {
        if cx.shadow_mode() {
            return Verdict::Pass;
        }
        match self.miss(cx, host, m) {
            Some(r) => Verdict::Refuse(r),
            None => Verdict::Pass,
        }
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        // Shadow mode: what the judge let through is reported here.
        if cx.shadow_mode() && self.active.is_some() {
            let rule = req
                .parsed
                .body
                .messages()
                .iter()
                .find_map(|m| self.miss(cx, host, m))
                .map(|r| r.rule_name());
            if let Some(rule) = rule {
                super::would_deny(cx, host, &rule);
            }
        }
        Flow::Next
    }

    fn visible(&self, cx: &Cx, host: &dyn Host, kind: ListKind, item: &str) -> bool {
        let (Some(c), Some(server)) = (self.collection(cx), cx.server) else {
            return true;
        };
        if cx.shadow_mode() {
            return true;
        }
        let t = match kind {
            ListKind::Tools => Target::Tool(item.to_string()),
            ListKind::Prompts => Target::Prompt(item.to_string()),
            ListKind::Resources | ListKind::ResourceTemplates => Target::Resource(item.to_string()),
            ListKind::Tasks => return true,
        };
        Self::holds(c, cx, host, server, &t)
    }

    fn visible_item(
        &self,
        cx: &Cx,
        host: &dyn Host,
        kind: ListKind,
        name: &str,
        item: &ListItem<'_>,
    ) -> bool {
        let (Some(c), Some(server)) = (self.collection(cx), cx.server) else {
            return true;
        };
        if kind != ListKind::Tools || cx.shadow_mode() {
            return self.visible(cx, host, kind, name);
        }
        // Annotation-based members: the listed definition, if pinned.
        let hints = || {
            cx.policy()
                .integrity
                .trusted_listed(server, &item.value(), host)
        };
        c.has_tool(&cx.policy().catalog, &ToolFacts::new(server, name, &hints))
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
            "identity": {"jwt": {}, "require": "jwt"},
            "servers": [{"name": "ops", "owner": "o", "dataDomain": "d", "riskTier": "low",
                         "match": {"pathPrefix": "/mcp"}}],
            "collections": [{"name": "devops", "expose": {"pathPrefix": "/mcp/devops"},
                             "include": [{"servers": ["ops"], "tools": ["restart_*", "list_services"],
                                          "prompts": ["incident_*"]}]}],
            "rules": [
                {"name": "ops-all", "effect": "allow", "who": {"groups": ["ops"]}, "servers": ["*"],
                 "tools": ["*"], "prompts": ["*"]},
                {"name": "narrow", "effect": "allow", "who": {"groups": ["narrow"]}, "servers": ["*"],
                 "tools": ["list_services", "read_customer"]}
            ],
            "defaultEffect": "deny"
        });
        Rc::new(Shared::new(
            Policy::from_json(v.to_string().as_bytes()).unwrap(),
            "t",
            "w".into(),
        ))
    }

    fn post(path: &str, body: &str, group: &str) -> FakeHost {
        let mut f = FakeHost::post(body).with_claims("u", &[group]);
        crate::testing::set(&mut f.req, ":path", Some(path));
        f
    }

    fn call(tool: &str) -> String {
        json!({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": tool}})
            .to_string()
    }

    fn run(s: &mut Stream, f: &mut FakeHost) {
        assert_eq!(s.on_request_headers(f, false), Action::Continue);
        let n = f.req_body.len();
        s.on_request_body(f, n, true);
    }

    #[test]
    fn a_call_outside_the_collection_is_an_unknown_tool_whatever_the_grants() {
        let mut f = post("/mcp/devops", &call("read_customer"), "ops");
        let mut s = Stream::new(shared("enforce"));
        run(&mut s, &mut f);
        let (status, v) = f.reply_json();
        assert_eq!(status, 200);
        assert_eq!(v["id"], 7);
        assert_eq!(v["error"]["code"], -32602);
        assert_eq!(v["error"]["message"], "Unknown tool: read_customer");
        assert_eq!(
            f.facts.get("collection").map(String::as_str),
            Some("devops")
        );
        assert_eq!(
            f.facts.get("rule").map(String::as_str),
            Some("collection:devops")
        );
        let rec: Value = serde_json::from_str(&f.audit[0]).unwrap();
        assert_eq!(rec["collection"], "devops");
        assert!(f
            .counters
            .keys()
            .any(|k| k.starts_with("mcp_warden_requests_total")
                && k.contains("mcp_collection=.=devops;")));
        // In it: allowed.
        let mut f = post("/mcp/devops", &call("restart_web"), "ops");
        let mut s = Stream::new(shared("enforce"));
        run(&mut s, &mut f);
        assert!(f.replies.is_empty());
        // Another route: not narrowed.
        let mut f = post("/mcp", &call("read_customer"), "ops");
        let mut s = Stream::new(shared("enforce"));
        run(&mut s, &mut f);
        assert!(f.replies.is_empty());
        assert_eq!(f.facts.get("collection"), None);
    }

    fn listed(path: &str, group: &str, kind: &str, answer: Value) -> Vec<String> {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": kind}).to_string();
        let mut f = post(path, &body, group);
        let mut s = Stream::new(shared("enforce"));
        run(&mut s, &mut f);
        f.respond(200, "application/json", &answer.to_string());
        s.on_response_headers(&mut f, false);
        let n = f.resp_body.len();
        s.on_response_body(&mut f, n, true);
        let v: Value = serde_json::from_slice(&f.resp_body).unwrap();
        let field = if kind == "tools/list" {
            "tools"
        } else {
            "prompts"
        };
        v["result"][field]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn lists_show_the_collection_intersected_with_the_grants() {
        let tools = json!({"jsonrpc": "2.0", "id": 1, "result": {"tools": [
            {"name": "list_services", "inputSchema": {"type": "object"}},
            {"name": "restart_web", "inputSchema": {"type": "object"}},
            {"name": "read_customer", "inputSchema": {"type": "object"}}]}});
        assert_eq!(
            listed("/mcp/devops", "ops", "tools/list", tools.clone()),
            ["list_services", "restart_web"]
        );
        assert_eq!(
            listed("/mcp/devops", "narrow", "tools/list", tools.clone()),
            ["list_services"]
        );
        assert_eq!(listed("/mcp", "ops", "tools/list", tools).len(), 3);
        let prompts = json!({"jsonrpc": "2.0", "id": 1, "result": {"prompts": [
            {"name": "incident_summary"}, {"name": "internal_prompt"}]}});
        assert_eq!(
            listed("/mcp/devops", "ops", "prompts/list", prompts),
            ["incident_summary"]
        );
    }

    #[test]
    fn shadow_mode_reports_a_miss_and_lets_it_through() {
        let mut f = post("/mcp/devops", &call("read_customer"), "ops");
        let mut s = Stream::new(shared("shadow"));
        run(&mut s, &mut f);
        assert!(f.replies.is_empty());
        assert_eq!(
            f.facts.get("decision").map(String::as_str),
            Some("would_deny")
        );
        assert_eq!(
            f.facts.get("rule").map(String::as_str),
            Some("collection:devops")
        );
    }
}
