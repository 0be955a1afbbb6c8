//! Approvals: a `tools/call` an approval rule covers is held while the
//! approval service (an Envoy cluster, `POST /v1/check`) says whether a
//! person approved *this* call: the same principal, server, tool, argument
//! digest and policy version. Approved: forwarded (the service counted one
//! use). Not yet: never forwarded; the client is sent to the approval page
//! the MCP way of its revision (2025-11-25 `-32042` URL elicitation;
//! 2026-07-28 an `input_required` result, or `-32021` without URL
//! elicitation). Denied, or any answer but a well-formed 200 in time:
//! refused. Nothing is cached, so a revocation or a used-up approval holds
//! at once. The pure core is [`crate::approval`].
//!
//! Runs after DLP (a blocked call asks nobody; the approver sees the
//! redacted arguments, and the digest covers what is forwarded) and before
//! quotas (an unapproved call costs nothing). A batch carrying a call that
//! needs approval is refused whole, before anyone is asked.

use crate::approval::{self, Verdict as Answer};
use crate::audit::ApprovalFacts;
use crate::host::{Host, LogLevel};
use crate::json;
use crate::mcp::{self, Kind, Message, Parsed, Target};
use crate::metrics;
use crate::pipeline::{Cx, Flow, Refusal, RequestBody, SideAnswer, SideCall, Stage, Verdict};
use crate::reply::{code, LocalReply, Reason};

#[derive(Default)]
pub struct ApprovalStage {
    /// The check in flight.
    waiting: Option<Waiting>,
}

/// What the answer to a check needs to know about the held call.
struct Waiting {
    rule: usize,
    raw_id: Option<String>,
    tool: String,
    /// Answer the 2026-07-28 way (stateless, `input_required` results).
    era_2026: bool,
    /// The request declared URL-mode elicitation (2026-07-28).
    url_capable: bool,
}

/// The approval rule covering this message, if it is a request to call a
/// tool (index into the policy's approval rules).
fn covering_rule(cx: &Cx, m: &Message) -> Option<usize> {
    if m.kind != Kind::Request || m.method() != "tools/call" {
        return None;
    }
    let Target::Tool(tool) = m.target() else {
        return None;
    };
    let server = cx.server?;
    let tier = cx.policy().server(server)?.risk_tier;
    cx.policy()
        .approvals
        .rule_for(&cx.identity, server, tier, tool)
}

/// Whether the rule is enforced (not a shadow rule, not a shadow policy).
fn enforced(cx: &Cx, rule: usize) -> bool {
    !cx.shadow_mode() && cx.policy().approvals.rule(rule).is_some_and(|r| !r.shadow)
}

fn rule_name(cx: &Cx, rule: usize) -> String {
    cx.policy()
        .approvals
        .rule(rule)
        .map_or_else(String::new, |r| r.name.clone())
}

/// Audit, fact and metric for what became of a covered call.
fn note(
    cx: &mut Cx,
    host: &mut dyn Host,
    rule: &str,
    status: &'static str,
    id: Option<String>,
    by: Option<String>,
    uses_left: Option<u64>,
) {
    cx.record.approval = Some(ApprovalFacts {
        rule: rule.to_string(),
        status,
        id,
        by,
        uses_left,
    });
    host.set_fact("approval", status);
    let metric = metrics::name(
        metrics::APPROVALS,
        &[
            ("mcp_server", cx.server_name()),
            ("mcp_rule", rule),
            ("mcp_decision", status),
        ],
    );
    host.increment(&metric, 1);
}

fn refusal(reason: Reason, rule: &str, message: String) -> Refusal {
    Refusal::new(reason, message).with_rule(format!("approval:{rule}"))
}

impl ApprovalStage {
    /// The one call that needs approval: ask the service, holding the call.
    fn ask(
        &mut self,
        cx: &mut Cx,
        host: &mut dyn Host,
        req: &mut RequestBody,
        rule_index: usize,
    ) -> Flow {
        let shared = cx.shared.clone();
        let policy = &shared.policy;
        let (Some(rule), Some(service)) = (
            policy.approvals.rule(rule_index),
            policy.approvals.service.as_ref(),
        ) else {
            return Flow::Next;
        };
        let Some(m) = req.parsed.body.messages().first() else {
            return Flow::Next;
        };
        let Target::Tool(tool) = m.target() else {
            return Flow::Next;
        };
        let tool = tool.clone();
        if cx.identity.is_anonymous() {
            // An approval is bound to the caller; "anonymous" is everyone.
            note(cx, host, &rule.name, "unavailable", None, None, None);
            return Flow::Refuse(refusal(
                Reason::ApprovalRequired,
                &rule.name,
                format!(
                    "mcp-warden: tool '{}' needs a person's approval, which is bound to the caller: an anonymous caller cannot get one",
                    tool.escape_debug()
                ),
            ).with_code(code::ACCESS_DENIED));
        }
        let doc = &req.parsed.doc;
        let retry = approval::read_retry(doc, m.params);
        let era_2026 = mcp::at_least(&cx.head.version, mcp::HEADER_METADATA_VERSION)
            || m.meta_protocol_version
                .as_deref()
                .is_some_and(|v| mcp::at_least(v, mcp::HEADER_METADATA_VERSION));
        if let Some(action) = retry.action.as_deref().filter(|a| *a != "accept") {
            // The person would not open the page: nothing to ask.
            note(cx, host, &rule.name, "declined", None, None, None);
            return Flow::Refuse(refusal(
                Reason::ApprovalDenied,
                &rule.name,
                format!(
                    "mcp-warden: approval not given for tool '{}' (the approval request was answered with '{}')",
                    tool.escape_debug(),
                    action.escape_debug()
                ),
            ));
        }
        let arguments = m.arguments.map(|a| doc.to_value(a));
        let digest = approval::args_digest(arguments.as_ref());
        let preview = approval::args_preview(arguments.as_ref(), service.max_preview_bytes);
        let raw_id = m.raw_id().map(str::to_string);
        // The server never asked the filter's question: its answer goes
        // before forwarding (removed now; a refusal never forwards anyway).
        let strip = match (retry.has_own_response, m.params) {
            (true, Some(p)) => {
                let (s, e) = doc.span(p);
                let stripped = approval::strip_own_response(&doc.to_value(p));
                Some((s, e, stripped.to_string()))
            }
            _ => None,
        };
        if let Some(edit) = strip {
            let version = cx.head.version.clone();
            let ok = json::splice(req.text(), vec![edit]).is_some_and(|t| req.replace(t, &version));
            if !ok {
                note(cx, host, &rule.name, "unavailable", None, None, None);
                return Flow::Refuse(refusal(
                    Reason::ApprovalUnavailable,
                    &rule.name,
                    "mcp-warden: the request could not be prepared for forwarding; it was not forwarded".into(),
                ));
            }
        }
        let (headers, body) = service.check_request(
            rule,
            approval::CheckFacts {
                principal: cx.identity.principal(),
                agent: cx.identity.agent.as_deref(),
                server: cx.server_name(),
                tool: &tool,
                args_digest: &digest,
                args_preview: preview,
                policy_version: &policy.version,
            },
        );
        self.waiting = Some(Waiting {
            rule: rule_index,
            raw_id,
            tool,
            era_2026,
            url_capable: retry.url_capable,
        });
        Flow::Hold(SideCall {
            cluster: service.cluster.clone(),
            headers,
            body,
            timeout_ms: service.timeout_ms,
        })
    }
}

impl Stage for ApprovalStage {
    fn name(&self) -> &'static str {
        "approval"
    }

    /// A batch cannot wait for a person: one call in it that needs approval
    /// refuses the whole batch, before anyone is asked.
    fn judge(&self, cx: &Cx, _host: &dyn Host, req: &Parsed, m: &Message) -> Verdict {
        if !req.body.is_batch() {
            return Verdict::Pass;
        }
        match covering_rule(cx, m) {
            Some(r) if enforced(cx, r) => {
                let rule = rule_name(cx, r);
                Verdict::Refuse(
                    refusal(
                        Reason::ApprovalRequired,
                        &rule,
                        format!(
                            "mcp-warden: tool '{}' needs a person's approval (rule '{}'), which a batch cannot wait for; send the call on its own",
                            m.target().name().unwrap_or_default().escape_debug(),
                            rule.escape_debug()
                        ),
                    )
                    .with_code(code::ACCESS_DENIED),
                )
            }
            _ => Verdict::Pass,
        }
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        if cx.server.is_none() {
            return Flow::Next;
        }
        let covered: Vec<usize> = req
            .parsed
            .body
            .messages()
            .iter()
            .filter_map(|m| covering_rule(cx, m))
            .collect();
        let mut ask = None;
        for r in covered {
            if enforced(cx, r) {
                ask.get_or_insert(r);
            } else {
                let rule = rule_name(cx, r);
                note(cx, host, &rule, "would_need_approval", None, None, None);
            }
        }
        match ask {
            // Batches were refused by `judge`; this is a single call.
            Some(r) if !req.parsed.body.is_batch() => self.ask(cx, host, req, r),
            _ => Flow::Next,
        }
    }

    fn on_side_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, answer: &SideAnswer) -> Flow {
        let Some(w) = self.waiting.take() else {
            return Flow::Next;
        };
        let shared = cx.shared.clone();
        let Some(rule) = shared.policy.approvals.rule(w.rule) else {
            return Flow::Next;
        };
        match approval::read_answer(answer.status, &answer.body) {
            Ok(Answer::Approved { id, by, uses_left }) => {
                note(
                    cx,
                    host,
                    &rule.name,
                    "approved",
                    Some(id),
                    Some(by),
                    uses_left,
                );
                Flow::Next
            }
            Ok(Answer::Pending { id, url }) => {
                note(
                    cx,
                    host,
                    &rule.name,
                    "pending",
                    Some(id.clone()),
                    None,
                    None,
                );
                let message = approval::pending_message(
                    cx.identity.principal(),
                    &w.tool,
                    cx.server_name(),
                    rule,
                    &url,
                );
                if !w.era_2026 {
                    let mut r = refusal(Reason::ApprovalRequired, &rule.name, message.clone())
                        .with_code(approval::URL_ELICITATION_REQUIRED);
                    r.data = Some(approval::elicitation_data(&id, &url, &message));
                    return Flow::Refuse(r);
                }
                match (&w.raw_id, w.url_capable) {
                    (Some(raw_id), true) => {
                        // A result, not an error: the client opens the URL
                        // and retries the same call.
                        let rule_fact = format!("approval:{}", rule.name);
                        cx.record.rule = Some(rule_fact.clone());
                        host.set_fact("decision", "deny");
                        host.set_fact("rule", &rule_fact);
                        Flow::Reply(LocalReply::json(
                            200,
                            approval::input_required(raw_id, &url, &message),
                            Reason::ApprovalRequired,
                            None,
                        ))
                    }
                    _ => {
                        let mut r = refusal(Reason::ApprovalRequired, &rule.name, message)
                            .with_code(approval::MISSING_REQUIRED_CLIENT_CAPABILITY);
                        r.data = Some(approval::missing_capability_data());
                        Flow::Refuse(r)
                    }
                }
            }
            Ok(Answer::Denied { id, by }) => {
                let who = by.as_deref().unwrap_or("an approver").to_string();
                note(cx, host, &rule.name, "denied", Some(id.clone()), by, None);
                Flow::Refuse(refusal(
                    Reason::ApprovalDenied,
                    &rule.name,
                    format!(
                        "mcp-warden: the call of tool '{}' was denied by {} (approval {id})",
                        w.tool.escape_debug(),
                        who.escape_debug()
                    ),
                ))
            }
            Err(why) => {
                host.log(
                    LogLevel::Warn,
                    &format!("mcp-warden: approval check failed: {why}; call refused"),
                );
                note(cx, host, &rule.name, "unavailable", None, None, None);
                Flow::Refuse(refusal(
                    Reason::ApprovalUnavailable,
                    &rule.name,
                    format!(
                        "mcp-warden: tool '{}' needs a person's approval and the approval service could not be asked; the call was not forwarded (try again later)",
                        w.tool.escape_debug()
                    ),
                ))
            }
        }
    }
}

#[cfg(test)]
mod tests;
