//! The approver: read only from the header Envoy's `jwt_authn` sets
//! (`forward_payload_header`, base64url of the verified JWT payload) on a
//! route that requires a token, so a client cannot send its own copy. The
//! page never asks who you are.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use mcp_warden::glob::GlobSet;
use serde_json::Value;

use crate::model::{Approvers, MAX_NAME};

/// Largest identity header accepted (a JWT payload is far smaller).
pub const MAX_IDENTITY_HEADER: usize = 16 * 1024;
/// Most groups read from the claim.
pub const MAX_GROUPS: usize = 256;

/// Envoy leaves the payload unpadded unless `pad_forward_payload_header`; accept both.
const B64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Where the approver's identity comes from.
#[derive(Debug, Clone)]
pub struct IdentityConfig {
    /// Lowercase header name (`x-jwt-payload`).
    pub header: String,
    /// Claim holding the subject (`sub`).
    pub subject_claim: String,
    /// Claim holding the groups (`groups`): an array of strings or one
    /// space-separated string.
    pub groups_claim: String,
}

impl Default for IdentityConfig {
    fn default() -> Self {
        IdentityConfig {
            header: "x-jwt-payload".into(),
            subject_claim: "sub".into(),
            groups_claim: "groups".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approver {
    pub subject: String,
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityError {
    Missing,
    Duplicated,
    Malformed(&'static str),
}

impl std::fmt::Display for IdentityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IdentityError::Missing => write!(f, "no verified identity on the request"),
            IdentityError::Duplicated => write!(f, "the identity header appears more than once"),
            IdentityError::Malformed(why) => write!(f, "the identity header is malformed: {why}"),
        }
    }
}

impl IdentityConfig {
    /// The approver behind a request, from the values of its identity header.
    pub fn approver(&self, values: &[&str]) -> Result<Approver, IdentityError> {
        let raw = match values {
            [] => return Err(IdentityError::Missing),
            [one] => one.trim(),
            _ => return Err(IdentityError::Duplicated),
        };
        if raw.is_empty() {
            return Err(IdentityError::Missing);
        }
        if raw.len() > MAX_IDENTITY_HEADER {
            return Err(IdentityError::Malformed("too long"));
        }
        let bytes = B64URL
            .decode(raw)
            .map_err(|_| IdentityError::Malformed("not base64url"))?;
        let payload: Value =
            serde_json::from_slice(&bytes).map_err(|_| IdentityError::Malformed("not JSON"))?;
        let subject = match payload.get(&self.subject_claim) {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            _ => return Err(IdentityError::Malformed("no subject claim")),
        };
        if subject.len() > MAX_NAME || subject.chars().any(char::is_control) {
            return Err(IdentityError::Malformed("subject claim unusable"));
        }
        let mut groups: Vec<String> = match payload.get(&self.groups_claim) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(s)) => s.split_whitespace().map(str::to_string).collect(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            Some(_) => return Err(IdentityError::Malformed("groups claim is not a list")),
        };
        groups.retain(|g| !g.is_empty() && g.len() <= MAX_NAME);
        groups.truncate(MAX_GROUPS);
        Ok(Approver { subject, groups })
    }
}

/// What a person may do with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rights {
    /// May see the request (approvers and the requester).
    pub view: bool,
    /// May approve it.
    pub approve: bool,
    /// May deny it (or revoke its approval): approvers, and the requester,
    /// since withdrawing one's own request only takes power away.
    pub deny: bool,
}

/// The requester may approve only with `allow_self`; anyone else must match
/// the request's approvers by subject or by one of their groups.
pub fn rights(approver: &Approver, principal: &str, who: &Approvers, allow_self: bool) -> Rights {
    let is_requester = approver.subject == principal;
    let listed = GlobSet::new(&who.subjects).is_match(&approver.subject)
        || GlobSet::new(&who.groups).any_match(approver.groups.iter().map(String::as_str));
    let approve = if is_requester { allow_self } else { listed };
    Rights {
        view: is_requester || listed,
        approve,
        deny: is_requester || listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(v: &serde_json::Value) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
    }

    #[test]
    fn reads_subject_and_groups_from_the_forwarded_payload() {
        let cfg = IdentityConfig::default();
        let h = header(&serde_json::json!({"sub": "bob", "groups": ["ops", "eng"]}));
        assert_eq!(
            cfg.approver(&[&h]),
            Ok(Approver {
                subject: "bob".into(),
                groups: vec!["ops".into(), "eng".into()]
            })
        );
        let padded = base64::engine::general_purpose::URL_SAFE
            .encode(serde_json::json!({"sub": "bob", "groups": "ops eng"}).to_string());
        assert_eq!(cfg.approver(&[&padded]).unwrap().groups, vec!["ops", "eng"]);
    }

    #[test]
    fn missing_duplicated_or_malformed_headers_are_refused() {
        let cfg = IdentityConfig::default();
        let ok = header(&serde_json::json!({"sub": "bob"}));
        assert_eq!(cfg.approver(&[]), Err(IdentityError::Missing));
        assert_eq!(cfg.approver(&[&ok, &ok]), Err(IdentityError::Duplicated));
        assert!(matches!(
            cfg.approver(&["%%%"]),
            Err(IdentityError::Malformed(_))
        ));
        let no_sub = header(&serde_json::json!({"groups": ["ops"]}));
        assert!(matches!(
            cfg.approver(&[&no_sub]),
            Err(IdentityError::Malformed(_))
        ));
        let bad_groups = header(&serde_json::json!({"sub": "bob", "groups": 5}));
        assert!(matches!(
            cfg.approver(&[&bad_groups]),
            Err(IdentityError::Malformed(_))
        ));
        let huge = "A".repeat(MAX_IDENTITY_HEADER + 1);
        assert!(matches!(
            cfg.approver(&[&huge]),
            Err(IdentityError::Malformed(_))
        ));
    }

    #[test]
    fn configured_claim_names_are_used() {
        let cfg = IdentityConfig {
            header: "x-approver".into(),
            subject_claim: "email".into(),
            groups_claim: "roles".into(),
        };
        let h =
            header(&serde_json::json!({"sub": "x", "email": "bob@example.com", "roles": ["ops"]}));
        let a = cfg.approver(&[&h]).unwrap();
        assert_eq!((a.subject.as_str(), a.groups.len()), ("bob@example.com", 1));
    }

    fn who(groups: &[&str], subjects: &[&str]) -> Approvers {
        Approvers {
            groups: groups.iter().map(|s| s.to_string()).collect(),
            subjects: subjects.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn person(subject: &str, groups: &[&str]) -> Approver {
        Approver {
            subject: subject.into(),
            groups: groups.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn approvers_match_by_group_or_subject_glob() {
        let w = who(&["ops-*"], &["carol@example.com"]);
        assert!(rights(&person("bob", &["ops-leads"]), "alice", &w, false).approve);
        assert!(rights(&person("carol@example.com", &[]), "alice", &w, false).approve);
        let outsider = rights(&person("mallory", &["eng"]), "alice", &w, false);
        assert_eq!(
            outsider,
            Rights {
                view: false,
                approve: false,
                deny: false
            }
        );
    }

    #[test]
    fn the_requester_approves_only_with_self_confirmation() {
        let w = who(&["ops"], &[]);
        // alice is in ops herself: still not her own approver.
        let alice = person("alice", &["ops"]);
        let r = rights(&alice, "alice", &w, false);
        assert!(r.view && r.deny && !r.approve);
        assert!(rights(&alice, "alice", &w, true).approve);
        assert!(rights(&alice, "alice", &Approvers::default(), true).approve);
    }
}
