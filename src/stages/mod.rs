//! One file per feature, each a [`crate::pipeline::Stage`]. The order they
//! run in is [`crate::pipeline::build`].

pub mod access;
pub mod approval;
pub mod collections;
pub mod credentials;
pub mod dlp;
pub mod identity;
pub mod integrity;
pub mod lifecycle;
pub mod metadata;
pub mod protocol;
pub mod quotas;
pub mod registry;
pub mod retry;
pub mod sessions;
pub mod taint;
pub mod tasks;
pub mod versions;

use crate::host::Host;
use crate::pipeline::Cx;

/// Shadow mode: what a stage would have refused goes on, reported as
/// `would_deny` with the refusing rule (audit, facts, metrics), unless a
/// refusal is already on record.
pub fn would_deny(cx: &mut Cx, host: &mut dyn Host, rule: &str) {
    if cx.record.decision == Some("would_deny") {
        return;
    }
    cx.record.decision = Some("would_deny");
    cx.record.rule = Some(rule.to_string());
    host.set_fact("decision", "would_deny");
    host.set_fact("rule", rule);
    if cx.policy().allow_header_stop {
        host.set_request_header("x-mcp-decision", Some("would_deny"));
    }
}
