//! Tool integrity: poisoned descriptions stripped, definitions pinned (rug
//! pulls caught), arguments validated, and server-initiated requests
//! (sampling, elicitation, roots; 2026-07-28 `inputRequests`) allowed or
//! removed per server. The logic is in [`crate::integrity`]; this stage
//! wires it to calls, list answers and server messages.

use crate::audit::{FindingWhy, PinChange};
use crate::host::{Host, LogLevel};
use crate::mcp::{ListKind, Message, Parsed, ServerMessage, Target};
use crate::metrics;
use crate::pipeline::{Answer, Cx, Refusal, Stage, Verdict};
use crate::reply::Reason;
use serde_json::Value;

pub struct IntegrityStage;

fn refusal(r: crate::integrity::Refusal) -> Refusal {
    Refusal::new(
        Reason::from_name(r.reason).unwrap_or(Reason::Denied),
        r.message,
    )
    .with_code(r.code)
}

/// Findings to audit (counts) and metrics (bounded names).
pub fn note(cx: &mut Cx, host: &mut dyn Host, what: &str, n: u64) {
    cx.record.add_finding("integrity", n);
    let metric = metrics::name(
        metrics::INTEGRITY,
        &[("mcp_server", cx.server_name()), ("mcp_reason", what)],
    );
    host.increment(&metric, n);
}

impl IntegrityStage {
    fn refused_input_request(
        cx: &Cx,
        v: &Value,
        server: usize,
    ) -> Option<crate::integrity::Refusal> {
        let requests = v.get("result")?.get("inputRequests")?;
        let entries: Vec<&Value> = match requests {
            Value::Array(a) => a.iter().collect(),
            Value::Object(o) => o.values().collect(),
            _ => return None,
        };
        entries.into_iter().find_map(|r| {
            let method = r.get("method").and_then(Value::as_str)?;
            cx.policy()
                .integrity
                .server_request(server, method, r.get("params"))
                .err()
        })
    }
}

impl Stage for IntegrityStage {
    fn name(&self) -> &'static str {
        "integrity"
    }

    fn on_head(&mut self, cx: &mut Cx, _host: &mut dyn Host) -> crate::pipeline::Flow {
        // Server requests (and 2026 inputRequests) may ride in any answer.
        if cx
            .server
            .is_some_and(|s| cx.policy().integrity.enabled_for(s))
        {
            cx.inspect_answers = true;
        }
        crate::pipeline::Flow::Next
    }

    fn judge(&self, cx: &Cx, host: &dyn Host, req: &Parsed, m: &Message) -> Verdict {
        let (Some(server), Target::Tool(tool)) = (cx.server, m.target()) else {
            return Verdict::Pass;
        };
        if m.method() != "tools/call" || !cx.policy().integrity.enabled_for(server) {
            return Verdict::Pass;
        }
        let args = m.arguments.map(|a| req.doc.to_value(a));
        match cx
            .policy()
            .integrity
            .check_call(server, tool, args.as_ref(), host)
        {
            Ok(()) => Verdict::Pass,
            Err(r) => Verdict::Refuse(refusal(r)),
        }
    }

    fn on_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, ans: &mut Answer) {
        let Some(server) = cx.server else {
            return;
        };
        if !cx.policy().integrity.enabled_for(server) {
            return;
        }
        // Server-initiated requests need the server's permission before the
        // client may act on them.
        if let ServerMessage::Request { method, .. } = &ans.msg {
            let method = method.clone();
            let params = ans.value().get("params").cloned();
            if let Err(refused) =
                cx.policy()
                    .integrity
                    .server_request(server, &method, params.as_ref())
            {
                note(cx, host, refused.reason, 1);
                host.log(
                    LogLevel::Info,
                    &format!(
                        "mcp-warden: removed a server request ({method}): {}",
                        refused.reason
                    ),
                );
                ans.drop_message();
            }
            return;
        }
        if !matches!(ans.msg, ServerMessage::Response { error: false, .. }) {
            return;
        }
        // 2026-07-28: server requests ride inside results as inputRequests.
        let has_input = ans
            .doc()
            .map(|d| d.text().contains("\"inputRequests\""))
            .unwrap_or(true);
        if has_input {
            let v = ans.value().clone();
            if let Some(refused) = Self::refused_input_request(cx, &v, server) {
                note(cx, host, refused.reason, 1);
                ans.replace_with_error(refused.code, &refused.message);
                return;
            }
        }
        let Some(kind) = ans.list.filter(|k| *k != ListKind::Tasks) else {
            return;
        };
        let now = host.now_ms();
        let field = kind.result_field();
        let mut items = match ans
            .value()
            .get("result")
            .and_then(|r| r.get(field))
            .and_then(Value::as_array)
        {
            Some(a) => a.clone(),
            None => return,
        };
        let before = items.len();
        let review = cx
            .policy()
            .integrity
            .review_list(server, kind, &mut items, host, now);
        if let Some(refused) = review.refused {
            note(cx, host, refused.reason, 1);
            ans.replace_with_error(refused.code, &refused.message);
            return;
        }
        for f in &review.findings {
            note(cx, host, f.pattern, 1);
            cx.record.add_why(FindingWhy {
                kind: "integrity",
                name: f.pattern.to_string(),
                item: Some(f.item.clone()),
                action: f.action.to_string(),
                confidence: None,
                score: Some(f.score),
                signals: f.signals.clone(),
            });
        }
        for e in &review.pin_events {
            note(cx, host, e.event, 1);
            if cx.record.pin_events.len() < crate::audit::MAX_PIN_EVENTS {
                cx.record.pin_events.push(PinChange {
                    tool: e.tool.clone(),
                    event: e.event,
                    approved: e.approved.clone(),
                    seen: e.seen.clone(),
                });
            }
        }
        if items.len() != before {
            if let Some(slot) = ans
                .value_mut()
                .get_mut("result")
                .and_then(|r| r.get_mut(field))
            {
                *slot = Value::Array(items);
            }
        }
    }
}
