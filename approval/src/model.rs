//! The filter-facing request and answer shapes of `POST /v1/check`, and
//! their validation. Strict: unknown fields are refused, every bound is
//! checked here, so the store and the pages only ever see sane values.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Longest principal, agent, subject or group name accepted (bytes).
pub const MAX_NAME: usize = 256;
/// Longest free text (`reason`).
pub const MAX_REASON: usize = 2048;
/// Longest approval lifetime: one week.
pub const MAX_TTL_SECONDS: i64 = 7 * 24 * 3600;
/// Most uses one approval may grant.
pub const MAX_USES: i64 = 1000;
/// Most approver entries (groups + subjects) one request may name.
pub const MAX_APPROVER_ENTRIES: usize = 64;

/// Who may decide a request: glob patterns (`*`, `?`) over the approver's
/// subject and over each of their groups, the same globs as the policy's `who`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Approvers {
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub subjects: Vec<String>,
}

impl Approvers {
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty() && self.subjects.is_empty()
    }
}

/// `POST /v1/check` body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CheckRequest {
    /// The person the call is made for (the filter's principal: JWT subject,
    /// else SPIFFE id). Part of the binding.
    pub principal: String,
    /// The agent (OAuth client id or workload); shown, not bound.
    #[serde(default)]
    pub agent: String,
    /// Registry name of the MCP server. Part of the binding.
    pub server: String,
    /// Tool name. Part of the binding.
    pub tool: String,
    /// Lowercase hex SHA-256 of the canonical arguments. Part of the binding.
    pub args_digest: String,
    /// The arguments as the approver should see them, already redacted by
    /// the filter's DLP stage. Stored and shown as given, never re-derived.
    #[serde(default)]
    pub args_preview: Value,
    /// Identifies the policy the decision was made under. Part of the binding.
    pub policy_version: String,
    /// The approval rule that asked for approval.
    pub rule: String,
    pub approvers: Approvers,
    /// The requesting principal may approve their own request.
    #[serde(default)]
    pub allow_self: bool,
    /// How long an approval (or a denial) holds after the decision.
    pub ttl_seconds: i64,
    /// How many calls one approval lets through.
    pub uses: i64,
    /// Text shown to approvers (why this needs approval).
    #[serde(default)]
    pub reason: String,
    /// How long the request waits for a decision; the service default when absent.
    #[serde(default)]
    pub pending_ttl_seconds: Option<i64>,
}

/// Why a check request was refused (400), naming the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub field: String,
    pub problem: String,
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

fn invalid(field: &str, problem: impl Into<String>) -> Invalid {
    Invalid {
        field: field.to_string(),
        problem: problem.into(),
    }
}

/// Printable, bounded text: no control characters (they could forge lines in
/// logs or hide text on the page), at most `max` bytes.
fn check_text(field: &str, value: &str, max: usize, required: bool) -> Result<(), Invalid> {
    if required && value.is_empty() {
        return Err(invalid(field, "must not be empty"));
    }
    if value.len() > max {
        return Err(invalid(field, format!("longer than {max} bytes")));
    }
    if value.chars().any(char::is_control) {
        return Err(invalid(field, "contains control characters"));
    }
    Ok(())
}

impl CheckRequest {
    /// Every bound the service relies on. `max_pending_ttl` caps
    /// `pendingTtlSeconds`.
    pub fn validate(&self, max_pending_ttl: i64) -> Result<(), Invalid> {
        check_text("principal", &self.principal, MAX_NAME, true)?;
        check_text("agent", &self.agent, MAX_NAME, false)?;
        check_text("server", &self.server, 63, true)?;
        check_text("tool", &self.tool, 128, true)?;
        if self.args_digest.len() != 64
            || !self
                .args_digest
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return Err(invalid(
                "argsDigest",
                "must be 64 lowercase hex characters (SHA-256 of the canonical arguments)",
            ));
        }
        check_text("policyVersion", &self.policy_version, 128, true)?;
        check_text("rule", &self.rule, 128, true)?;
        check_text("reason", &self.reason, MAX_REASON, false)?;
        if self.approvers.groups.len() + self.approvers.subjects.len() > MAX_APPROVER_ENTRIES {
            return Err(invalid(
                "approvers",
                format!("more than {MAX_APPROVER_ENTRIES} entries"),
            ));
        }
        for (i, g) in self.approvers.groups.iter().enumerate() {
            check_text(&format!("approvers.groups[{i}]"), g, MAX_NAME, true)?;
        }
        for (i, s) in self.approvers.subjects.iter().enumerate() {
            check_text(&format!("approvers.subjects[{i}]"), s, MAX_NAME, true)?;
        }
        if self.approvers.is_empty() && !self.allow_self {
            return Err(invalid(
                "approvers",
                "names nobody: give groups or subjects, or set allowSelf",
            ));
        }
        if !(1..=MAX_TTL_SECONDS).contains(&self.ttl_seconds) {
            return Err(invalid(
                "ttlSeconds",
                format!("must be 1..={MAX_TTL_SECONDS}"),
            ));
        }
        if !(1..=MAX_USES).contains(&self.uses) {
            return Err(invalid("uses", format!("must be 1..={MAX_USES}")));
        }
        if let Some(p) = self.pending_ttl_seconds {
            if !(1..=max_pending_ttl).contains(&p) {
                return Err(invalid(
                    "pendingTtlSeconds",
                    format!("must be 1..={max_pending_ttl}"),
                ));
            }
        }
        Ok(())
    }
}

/// The answer of `POST /v1/check` (HTTP 200).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum CheckAnswer {
    /// Go ahead: one use was consumed by this answer.
    #[serde(rename_all = "camelCase")]
    Approved {
        approval_id: String,
        approved_by: String,
        uses_left: i64,
        /// Unix seconds after which the approval no longer holds.
        expires_at: i64,
    },
    /// Not yet decided: send the person to `url`.
    #[serde(rename_all = "camelCase")]
    Pending {
        approval_id: String,
        url: String,
        /// Suggested text for the client: what needs approving and by whom.
        message: String,
        /// Unix seconds after which the request expires undecided.
        expires_at: i64,
    },
    /// Refused by a person (or an approval revoked); holds until `expiresAt`.
    #[serde(rename_all = "camelCase")]
    Denied {
        approval_id: String,
        denied_by: String,
        url: String,
        expires_at: i64,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CheckRequest {
        serde_json::from_value(serde_json::json!({
            "principal": "alice", "agent": "cli", "server": "tickets", "tool": "delete_ticket",
            "argsDigest": "a".repeat(64), "argsPreview": {"id": 7}, "policyVersion": "v1",
            "rule": "deletes", "approvers": {"groups": ["ops"]}, "ttlSeconds": 900, "uses": 1
        }))
        .unwrap()
    }

    #[test]
    fn a_well_formed_request_is_valid() {
        assert_eq!(sample().validate(3600), Ok(()));
    }

    #[test]
    fn unknown_fields_are_refused() {
        let mut v = serde_json::to_value(sample()).unwrap();
        v["approvedBy"] = "mallory".into();
        assert!(serde_json::from_value::<CheckRequest>(v).is_err());
    }

    #[test]
    fn each_bound_names_its_field() {
        type Edit = Box<dyn Fn(&mut CheckRequest)>;
        let cases: Vec<(&str, Edit)> = vec![
            ("principal", Box::new(|r| r.principal.clear())),
            ("argsDigest", Box::new(|r| r.args_digest = "A".repeat(64))),
            ("argsDigest", Box::new(|r| r.args_digest = "ab".into())),
            ("tool", Box::new(|r| r.tool = "x\ny".into())),
            ("ttlSeconds", Box::new(|r| r.ttl_seconds = 0)),
            ("uses", Box::new(|r| r.uses = 0)),
            ("uses", Box::new(|r| r.uses = MAX_USES + 1)),
            (
                "approvers",
                Box::new(|r| r.approvers = Approvers::default()),
            ),
            (
                "approvers.groups[0]",
                Box::new(|r| r.approvers.groups = vec![String::new()]),
            ),
            (
                "pendingTtlSeconds",
                Box::new(|r| r.pending_ttl_seconds = Some(7200)),
            ),
            (
                "reason",
                Box::new(|r| r.reason = "x".repeat(MAX_REASON + 1)),
            ),
        ];
        for (field, edit) in cases {
            let mut r = sample();
            edit(&mut r);
            assert_eq!(
                r.validate(3600).map_err(|e| e.field),
                Err(field.to_string())
            );
        }
    }

    #[test]
    fn self_confirmation_alone_needs_no_approvers() {
        let mut r = sample();
        r.approvers = Approvers::default();
        r.allow_self = true;
        assert_eq!(r.validate(3600), Ok(()));
    }

    #[test]
    fn answers_serialize_with_a_status_tag() {
        let a = CheckAnswer::Approved {
            approval_id: "x".into(),
            approved_by: "bob".into(),
            uses_left: 0,
            expires_at: 5,
        };
        assert_eq!(
            serde_json::to_value(a).unwrap(),
            serde_json::json!({"status": "approved", "approvalId": "x", "approvedBy": "bob", "usesLeft": 0, "expiresAt": 5})
        );
    }
}
