//! Data loss prevention on the wire: secrets and personal data in what the
//! client sends (arguments, prompt arguments, answers to server requests,
//! 2026-07-28 `Mcp-Param-*` headers that mirror arguments) and in what the
//! server returns (results, resource contents, server requests), blocked,
//! redacted or recorded. The detectors are in [`crate::dlp`].
//!
//! `Mcp-Param-*` headers are scanned at header time, because in mode A the
//! upstream receives the headers before the body is judged: a blocked value
//! is removed from the header at once and the request refused once its id
//! is known; a redacted one is replaced with the same redaction the body
//! gets.

use crate::audit::FindingWhy;
use crate::dlp::{Direction, Outcome, Verdict as DlpVerdict};
use crate::host::Host;
use crate::json;
use crate::mcp::{self, Kind, ServerMessage};
use crate::metrics;
use crate::pipeline::{Answer, Cx, Flow, Refusal, RequestBody, Stage};
use crate::reply::{code, Reason};
use serde_json::{Map, Value};

#[derive(Default)]
pub struct DlpStage {
    /// A detector that blocked an `Mcp-Param-*` header: the request is
    /// refused once its id is known.
    header_block: Option<String>,
}

fn shadow(cx: &Cx) -> bool {
    cx.shadow_mode()
}

/// Findings to audit (counts only) and metrics (detector names are a
/// bounded set from the policy).
fn note(cx: &mut Cx, host: &mut dyn Host, outcome: &Outcome) {
    let shadow = cx.shadow_mode() || cx.server.is_some_and(|s| cx.policy().dlp.shadow(s));
    if let DlpVerdict::WouldBlock { detector } = &outcome.verdict {
        let rule = format!("dlp:{detector}");
        cx.record.decision = Some("would_deny");
        host.set_fact("decision", "would_deny");
        host.set_fact("rule", &rule);
        cx.record.rule = Some(rule);
    }
    for f in &outcome.findings {
        let action = match (shadow, f.action.as_str()) {
            (true, "block") => "would_block",
            (true, "redact") => "would_redact",
            (_, a) => a,
        };
        cx.record.add_finding("dlp", u64::from(f.count));
        cx.record.add_why(FindingWhy {
            kind: "dlp",
            name: f.detector.clone(),
            item: None,
            action: action.to_string(),
            confidence: Some(f.confidence.as_str()),
            score: None,
            signals: f.signals.clone(),
        });
        let metric = metrics::name(
            metrics::DLP,
            &[
                ("mcp_server", cx.server_name()),
                ("mcp_detector", &f.detector),
                ("mcp_direction", f.direction.as_str()),
                ("mcp_action", action),
            ],
        );
        host.increment(&metric, u64::from(f.count));
    }
}

fn blocked(detector: &str) -> Refusal {
    Refusal::new(
        Reason::DlpBlocked,
        format!("mcp-warden: request blocked by data loss prevention (detector '{detector}')"),
    )
    .with_rule(format!("dlp:{detector}"))
}

impl DlpStage {
    fn scan_headers(cx: &mut Cx, host: &mut dyn Host) -> Option<String> {
        let server = cx.server?;
        if !cx.policy().dlp.enabled_for(server, Direction::Request) {
            return None;
        }
        let params: Vec<(String, String)> = cx
            .head
            .headers
            .iter()
            .filter(|(k, _)| k.starts_with("mcp-param-"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut blocked_by = None;
        for (header, raw) in params {
            let name = header.trim_start_matches("mcp-param-").to_string();
            let Some(value) = mcp::decode_header_value(&raw) else {
                continue;
            };
            let mut map = Map::new();
            map.insert(name.clone(), Value::String(value));
            let mut v = Value::Object(map);
            let outcome =
                cx.policy()
                    .dlp
                    .inspect_with(server, Direction::Request, &mut v, shadow(cx));
            note(cx, host, &outcome);
            match &outcome.verdict {
                DlpVerdict::Block { detector } => {
                    host.set_request_header(&header, None);
                    blocked_by.get_or_insert_with(|| detector.clone());
                }
                DlpVerdict::Redacted => {
                    let new = v.get(&name).and_then(Value::as_str).unwrap_or_default();
                    host.set_request_header(&header, Some(&mcp::encode_header_value(new)));
                }
                _ => {}
            }
        }
        blocked_by
    }
}

impl Stage for DlpStage {
    fn name(&self) -> &'static str {
        "dlp"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        if cx
            .server
            .is_some_and(|s| cx.policy().dlp.enabled_for(s, Direction::Response))
        {
            cx.inspect_answers = true;
        }
        self.header_block = DlpStage::scan_headers(cx, host);
        Flow::Next
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        if let Some(detector) = &self.header_block {
            return Flow::Refuse(blocked(detector));
        }
        if !cx.policy().dlp.enabled_for(server, Direction::Request) {
            return Flow::Next;
        }
        let shadow = shadow(cx);
        let mut edits = Vec::new();
        let mut blocked_by: Option<String> = None;
        let mut outcomes = Vec::new();
        for m in req.parsed.body.messages() {
            if m.kind == Kind::Notification && m.params.is_none() {
                continue;
            }
            let mut v = req.parsed.doc.to_value(m.node);
            let outcome = cx
                .policy()
                .dlp
                .inspect_with(server, Direction::Request, &mut v, shadow);
            match &outcome.verdict {
                DlpVerdict::Redacted => {
                    let (s, e) = req.parsed.doc.span(m.node);
                    edits.push((s, e, v.to_string()));
                }
                DlpVerdict::Block { detector } => {
                    blocked_by.get_or_insert_with(|| detector.clone());
                }
                _ => {}
            }
            outcomes.push(outcome);
        }
        for o in &outcomes {
            note(cx, host, o);
        }
        if let Some(detector) = blocked_by {
            return Flow::Refuse(blocked(&detector));
        }
        if edits.is_empty() {
            return Flow::Next;
        }
        let version = cx.head.version.clone();
        let replaced =
            json::splice(req.text(), edits).is_some_and(|text| req.replace(text, &version));
        match replaced {
            true => Flow::Next,
            // Cannot forward the redacted form: fail closed.
            false => Flow::Refuse(
                Refusal::new(
                    Reason::DlpBlocked,
                    "mcp-warden: could not redact the request",
                )
                .with_code(code::DLP_BLOCKED),
            ),
        }
    }

    fn on_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, ans: &mut Answer) {
        let Some(server) = cx.server else {
            return;
        };
        if !cx.policy().dlp.enabled_for(server, Direction::Response) {
            return;
        }
        let shadow = shadow(cx);
        let policy = cx.shared.clone();
        let outcome = ans.edit(|v| {
            let o = policy
                .policy
                .dlp
                .inspect_with(server, Direction::Response, v, shadow);
            let changed = matches!(o.verdict, DlpVerdict::Redacted);
            (o, changed)
        });
        note(cx, host, &outcome);
        if let DlpVerdict::Block { detector } = outcome.verdict {
            match ans.msg {
                ServerMessage::Request { .. } | ServerMessage::Notification { .. } => ans.drop_message(),
                _ => ans.replace_with_error(
                    code::DLP_BLOCKED,
                    &format!(
                        "mcp-warden: answer withheld by data loss prevention (detector '{detector}')"
                    ),
                ),
            }
        }
    }
}
