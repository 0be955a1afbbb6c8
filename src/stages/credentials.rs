//! Credentials: no token passthrough, the server's own credential injected
//! from the host environment, RFC 8693 exchange (a side call that holds the
//! request), task scopes and step-up. Decided at header time, so it works
//! in both deployment modes. Every value the filter injects is registered
//! for scrubbing: an upstream that echoes it never hands it to the client.

use crate::credentials::{CacheKey, ExchangeCall, HeaderPlan, RequestFacts};
use crate::host::Host;
use crate::mcp::{ListKind, Message, Parsed, Target};
use crate::pipeline::{Cx, Flow, Refusal, SideAnswer, SideCall, Stage, Verdict};
use crate::reply::Reason;

#[derive(Default)]
pub struct CredentialsStage {
    /// The exchange in flight.
    exchange: Option<ExchangeCall>,
    /// The cache entry of an exchanged token, forgotten if the upstream
    /// answers 401 (revoked or expired early).
    exchange_key: Option<CacheKey>,
}

/// Applies a plan to the request headers (removals first) and registers
/// the injected values for scrubbing.
fn apply(cx: &mut Cx, host: &mut dyn Host, plan: &HeaderPlan) {
    for (name, value) in plan.header_ops() {
        host.set_request_header(name, value);
    }
    for (name, value) in &plan.set {
        if name == "cookie" {
            continue;
        }
        let v = value.expose();
        if v.len() >= 8 {
            cx.scrub.push(v.to_string());
        }
        // `Bearer <token>`: the token alone is secret too.
        if let Some((_, token)) = v.rsplit_once(' ') {
            if token.len() >= 8 {
                cx.scrub.push(token.to_string());
            }
        }
    }
    let sources: Vec<&str> = plan.sources.iter().map(|s| s.label()).collect();
    if !sources.is_empty() {
        host.set_fact("credential", &sources.join(","));
    }
}

impl Stage for CredentialsStage {
    fn name(&self) -> &'static str {
        "credentials"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        let authorization = cx.head.get("authorization").map(str::to_string);
        let cookies: Vec<&str> = cx
            .head
            .headers
            .iter()
            .filter(|(k, _)| k == "cookie")
            .map(|(_, v)| v.as_str())
            .collect();
        let cookie = (!cookies.is_empty()).then(|| cookies.join("; "));
        let plan = {
            let facts = RequestFacts {
                identity: &cx.identity,
                audiences: cx.identity.audiences.as_deref(),
                path: &cx.head.path,
                authorization: authorization.as_deref(),
                cookie: cookie.as_deref(),
                now_ms: host.now_ms(),
            };
            cx.shared
                .policy
                .credentials
                .on_request(server, &facts, &cx.shared.tokens.borrow())
        };
        if cx.head.preflight {
            // A preflight passes early, but never with credentials: remove
            // what the plan removes and everything a browser could attach.
            for h in ["authorization", "cookie", "proxy-authorization"] {
                host.set_request_header(h, None);
            }
            if let Ok(p) = &plan {
                for name in &p.remove {
                    host.set_request_header(name, None);
                }
            }
            return Flow::Next;
        }
        let mut plan = match plan {
            Ok(p) => p,
            Err(r) => return Flow::Reply(r),
        };
        apply(cx, host, &plan);
        self.exchange_key = plan.exchange_key.clone();
        match plan.exchange.take() {
            Some(call) => {
                let side = SideCall {
                    cluster: call.cluster.clone(),
                    headers: call
                        .headers()
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect(),
                    body: call.body().to_vec(),
                    timeout_ms: call.timeout_ms,
                };
                self.exchange = Some(call);
                Flow::Hold(side)
            }
            None => Flow::Next,
        }
    }

    fn on_side_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, answer: &SideAnswer) -> Flow {
        let Some(call) = self.exchange.take() else {
            return Flow::Next;
        };
        let now = host.now_ms();
        let r = cx.shared.policy.credentials.exchange_response(
            &call,
            answer.status,
            &answer.body,
            &mut cx.shared.tokens.borrow_mut(),
            now,
        );
        match r {
            Ok(plan) => {
                apply(cx, host, &plan);
                Flow::Next
            }
            Err(reply) => Flow::Reply(reply),
        }
    }

    fn judge(&self, cx: &Cx, _host: &dyn Host, _req: &Parsed, m: &Message) -> Verdict {
        let (Some(server), Target::Tool(tool)) = (cx.server, m.target()) else {
            return Verdict::Pass;
        };
        let creds = &cx.shared.policy.credentials;
        if !creds.scope_allows(server, tool, &cx.identity.scopes) {
            return Verdict::Refuse(Refusal::new(
                Reason::TaskScope,
                format!(
                    "mcp-warden: tool '{}' is outside this token's task scopes",
                    tool.escape_debug()
                ),
            ));
        }
        match creds.step_up(server, tool, &cx.identity.scopes, m.raw_id()) {
            Some(r) => Verdict::Challenge(r),
            None => Verdict::Pass,
        }
    }

    fn visible(&self, cx: &Cx, _host: &dyn Host, kind: ListKind, item: &str) -> bool {
        match (cx.server, kind) {
            (Some(server), ListKind::Tools) => {
                cx.shared
                    .policy
                    .credentials
                    .scope_allows(server, item, &cx.identity.scopes)
            }
            _ => true,
        }
    }

    fn on_response_head(&mut self, cx: &mut Cx, host: &mut dyn Host) {
        // The status costs a host call: read it only with a token to forget.
        if let Some(key) = &self.exchange_key {
            if host.response_header(":status").as_deref() == Some("401") {
                cx.shared.tokens.borrow_mut().forget(key);
            }
        }
    }
}
