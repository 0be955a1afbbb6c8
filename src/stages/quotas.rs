//! Quotas and cost budgets: an allowed request is charged against every
//! quota rule that applies (a batch all or nothing), exact across workers
//! (shared data with CAS); a finished tool result is charged against byte
//! budgets. The logic is in [`crate::quota`].

use crate::host::Host;
use crate::mcp::Kind;
use crate::metrics;
use crate::pipeline::{Cx, Flow, Refusal, RequestBody, Stage};
use crate::reply::Reason;

pub struct QuotaStage;

fn count(cx: &Cx, host: &mut dyn Host, rule: &str, decision: &str) {
    let metric = metrics::name(
        metrics::QUOTA,
        &[
            ("mcp_server", cx.server_name()),
            ("mcp_rule", rule),
            ("mcp_decision", decision),
        ],
    );
    host.increment(&metric, 1);
}

impl Stage for QuotaStage {
    fn name(&self) -> &'static str {
        "quotas"
    }

    fn on_request(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &mut RequestBody) -> Flow {
        let Some(server) = cx.server else {
            return Flow::Next;
        };
        let items: Vec<(&str, &crate::mcp::Target)> = req
            .parsed
            .body
            .messages()
            .iter()
            .filter(|m| m.kind == Kind::Request)
            .map(|m| (m.method(), m.target()))
            .collect();
        if items.is_empty() {
            return Flow::Next;
        }
        let now = host.now_ms();
        let charge = cx.shared.policy.quotas.charge_batch(
            host,
            &cx.shared.namespace,
            now,
            &cx.identity,
            server,
            &items,
        );
        let (Some(rule), Some(retry)) =
            (charge.rule().map(str::to_string), charge.retry_after_secs())
        else {
            return Flow::Next;
        };
        let throttled = charge.is_throttled();
        cx.record.add_finding("quota", 1);
        count(
            cx,
            host,
            &rule,
            if throttled {
                "throttled"
            } else {
                "would_throttle"
            },
        );
        if !throttled {
            return Flow::Next;
        }
        let message = charge
            .error_message()
            .unwrap_or_else(|| crate::quota::exceeded_message(&rule, retry));
        let mut r = Refusal::new(Reason::QuotaExceeded, message)
            .with_code(crate::quota::QUOTA_EXCEEDED)
            .with_rule(format!("quota:{rule}"));
        r.data = charge.error_data().map(|d| d.to_string());
        r.headers.push(("retry-after".into(), retry.to_string()));
        Flow::Refuse(r)
    }

    fn on_end(&mut self, cx: &mut Cx, host: &mut dyn Host) {
        let (Some(server), Some("tools/call"), Some(tool)) = (
            cx.server,
            cx.record.method.as_deref(),
            cx.record.target.clone(),
        ) else {
            return;
        };
        let quotas = &cx.shared.policy.quotas;
        if !quotas.counts_bytes(server) || cx.record.decision == Some("deny") {
            return;
        }
        let now = host.now_ms();
        let charge = quotas.charge_bytes(
            host,
            &cx.shared.namespace,
            now,
            &cx.identity,
            server,
            &tool,
            cx.record.bytes_out,
        );
        if let Some(rule) = charge.rule().map(str::to_string) {
            let decision = if charge.is_throttled() {
                "budget_spent"
            } else {
                "would_throttle"
            };
            count(cx, host, &rule, decision);
            cx.record.add_finding("quota", 1);
        }
    }
}
