//! Access control: the identity requirement, then the rules (deny overrides
//! allow, explicit default) — the same function gates calls and decides
//! which list items a caller sees. Names that exist only to fool a matcher
//! (invisible characters, path tricks) and resource URIs with traversal are
//! refused before any rule sees them.

use crate::host::Host;
use crate::mcp::{Kind, ListKind, Message, Parsed, Target};
use crate::names;
use crate::pipeline::{Cx, Flow, Refusal, Stage, Verdict};
use crate::policy::{Basis, Decision};
use crate::reply::{code, LocalReply, Reason};

pub struct Access;

pub fn describe_basis(b: &Basis) -> String {
    match b {
        Basis::Rule(n) | Basis::ServerAccess(n) => format!("rule '{n}'"),
        Basis::Default => "default policy".into(),
    }
}

/// Name hygiene for one target (None: fine).
fn hygiene(cx: &Cx, server: usize, t: &Target) -> Option<Refusal> {
    let srv = cx.policy().server(server)?;
    match t {
        Target::Tool(n) | Target::Prompt(n) => {
            names::check_name(n, srv.tool_names).err().map(|p| {
                Refusal::new(
                    Reason::InvalidName,
                    format!(
                        "mcp-warden: {} name '{}' {}",
                        t.kind(),
                        n.escape_debug(),
                        p.describe()
                    ),
                )
            })
        }
        Target::Resource(u) => names::check_uri(u).err().map(|p| {
            Refusal::new(
                Reason::InvalidUri,
                format!("mcp-warden: resource URI {}", p.describe()),
            )
        }),
        Target::Task(_) | Target::None => None,
    }
}

fn refusal_of(d: &Decision, m: &Message, t: &Target, hide: bool) -> Refusal {
    let (code, message) = match (t, hide) {
        (Target::Tool(n), true) => (code::INVALID_PARAMS, format!("Unknown tool: {n}")),
        (Target::Prompt(n), true) => (code::INVALID_PARAMS, format!("Unknown prompt: {n}")),
        (Target::Resource(u), true) => (code::INVALID_PARAMS, format!("Resource not found: {u}")),
        (Target::Tool(n) | Target::Prompt(n) | Target::Resource(n), _) => (
            code::ACCESS_DENIED,
            format!(
                "mcp-warden: {} '{}' denied by {}",
                t.kind(),
                n.escape_debug(),
                describe_basis(&d.basis)
            ),
        ),
        _ => {
            let what = if m.kind == Kind::Response {
                "response".to_string()
            } else {
                format!("method '{}'", m.method().escape_debug())
            };
            (
                code::ACCESS_DENIED,
                format!("mcp-warden: {what} denied by {}", describe_basis(&d.basis)),
            )
        }
    };
    Refusal::new(Reason::Denied, message)
        .with_code(code)
        .with_rule(d.basis.rule_name())
}

impl Stage for Access {
    fn name(&self) -> &'static str {
        "access"
    }

    fn on_head(&mut self, cx: &mut Cx, _host: &mut dyn Host) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        if cx.head.preflight {
            // A CORS preflight carries no credentials and no MCP content.
            return Flow::Next;
        }
        let policy = &cx.shared.policy;
        if !policy.identity.satisfied_by(&cx.identity) {
            if cx.shadow_mode() {
                // Shadow: an unauthenticated caller goes on, marked would_deny.
                cx.shadow_unauthenticated = true;
            } else {
                let url = policy.identity.resource_metadata_url.as_deref();
                return Flow::Reply(policy.credentials.unauthenticated(Some(server), url));
            }
        }
        if cx.head.method == "GET" || cx.head.method == "DELETE" {
            let d = policy.decide(&cx.identity, server, "", &Target::None);
            if !d.allowed() {
                let msg = format!(
                    "mcp-warden: {} denied by {}",
                    cx.head.method,
                    describe_basis(&d.basis)
                );
                let rule = d.basis.rule_name().to_string();
                cx.record.rule = Some(rule.clone());
                cx.stream_decision = Some(d);
                return Flow::Reply(LocalReply::rpc_error(
                    403,
                    None,
                    code::ACCESS_DENIED,
                    &msg,
                    Reason::Denied,
                ));
            }
            cx.stream_decision = Some(d);
        }
        Flow::Next
    }

    fn judge(&self, cx: &Cx, _host: &dyn Host, _req: &Parsed, m: &Message) -> Verdict {
        let Some(server) = cx.server else {
            return Verdict::Refuse(Refusal::new(Reason::Denied, "mcp-warden: unknown server"));
        };
        let policy = &cx.shared.policy;
        let hide = policy.server(server).is_some_and(|s| s.hide_denied);
        if m.kind == Kind::Response {
            let d = policy.decide(&cx.identity, server, "", &Target::None);
            return if d.allowed() {
                Verdict::Allow(d)
            } else {
                Verdict::Refuse(refusal_of(&d, m, &Target::None, hide))
            };
        }
        for t in &m.targets {
            if let Some(r) = hygiene(cx, server, t) {
                return Verdict::Refuse(r);
            }
        }
        let mut first: Option<Decision> = None;
        let none = [Target::None];
        let targets = if m.targets.is_empty() {
            &none[..]
        } else {
            &m.targets[..]
        };
        for t in targets {
            let d = policy.decide(&cx.identity, server, m.method(), t);
            if !d.allowed() {
                return Verdict::Refuse(refusal_of(&d, m, t, hide));
            }
            first.get_or_insert(d);
        }
        match first {
            Some(d) => Verdict::Allow(d),
            None => Verdict::Pass,
        }
    }

    fn visible(&self, cx: &Cx, _host: &dyn Host, kind: ListKind, item: &str) -> bool {
        cx.server.is_some_and(|server| {
            crate::policy::item_allowed(cx.policy(), &cx.identity, server, kind, item)
        })
    }
}
