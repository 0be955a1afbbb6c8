//! Metric names. Envoy's wasm stats API has no tags, so labels are encoded in
//! the stat name Istio-style (`name.label=.=value;.;`) and the bootstrap's
//! `stats_config.stats_tags` turn them into Prometheus labels. Label values
//! come only from the operator's registry and policy, or fixed words: never
//! raw client input (a tool the policy does not name counts as `other`).

pub const REQUESTS: &str = "mcp_warden_requests_total";
pub const DENIALS: &str = "mcp_warden_denials_total";
pub const PARSE_ERRORS: &str = "mcp_warden_parse_errors_total";
pub const BODY_LIMIT: &str = "mcp_warden_body_limit_total";
pub const HIDDEN_ITEMS: &str = "mcp_warden_list_items_hidden_total";
pub const UPSTREAM_LATENCY: &str = "mcp_warden_upstream_latency_ms";
pub const INTEGRITY: &str = "mcp_warden_integrity_findings_total";
pub const DLP: &str = "mcp_warden_dlp_findings_total";
pub const QUOTA: &str = "mcp_warden_quota_total";
pub const APPROVALS: &str = "mcp_warden_approvals_total";
pub const AUDIT_SINK_SENT: &str = "mcp_warden_audit_sink_sent_total";
pub const AUDIT_SINK_DROPPED: &str = "mcp_warden_audit_sink_dropped_total";
pub const DEPRECATED_CALLS: &str = "mcp_warden_deprecated_calls_total";
pub const TAINT: &str = "mcp_warden_taint_total";

/// Every label name this filter uses; `envoy/` has one stats_tags rule each.
pub const LABELS: &[&str] = &[
    "mcp_server",
    "mcp_method",
    "mcp_target",
    "mcp_decision",
    "mcp_reason",
    "mcp_direction",
    "mcp_list",
    "mcp_rule",
    "mcp_detector",
    "mcp_action",
    "mcp_basis",
    "mcp_collection",
];

/// A stat name with labels, e.g.
/// `mcp_warden_requests_total.mcp_server=.=tickets;.;mcp_decision=.=allow;.;`
pub fn name(metric: &str, labels: &[(&str, &str)]) -> String {
    let mut s = String::with_capacity(metric.len() + labels.len() * 32);
    s.push_str(metric);
    s.push('.');
    for (k, v) in labels {
        s.push_str(k);
        s.push_str("=.=");
        s.extend(v.chars().map(|c| {
            if c == ';' || c == '=' || c.is_whitespace() {
                '_'
            } else {
                c
            }
        }));
        s.push_str(";.;");
    }
    s
}

/// What a local reply reason counts as.
pub fn reply_class(reason: &str) -> &'static str {
    match reason {
        "parse_error" | "invalid_request" | "invalid_params" | "empty_body" | "header_mismatch"
        | "batch_not_allowed" | "duplicate_header" | "invalid_name" | "invalid_uri" => {
            "parse_error"
        }
        "body_too_large" | "response_too_large" => "body_limit",
        _ => "denial",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_encoded_for_the_tag_extractors() {
        assert_eq!(
            name(
                REQUESTS,
                &[("mcp_server", "tickets"), ("mcp_method", "tools/call")]
            ),
            "mcp_warden_requests_total.mcp_server=.=tickets;.;mcp_method=.=tools/call;.;"
        );
        // A value cannot break out of its label.
        assert_eq!(name("m", &[("l", "a;.;b=c d")]), "m.l=.=a_._b_c_d;.;");
    }
}
