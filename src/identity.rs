//! Who is calling, from what Envoy verified: the jwt_authn payload (person,
//! agent, groups, scopes) and the mTLS peer's SPIFFE id (workload). Nothing
//! here reads a header a client could set, except the jwt_authn forwarded
//! payload header when the operator explicitly chose that source.

use base64::Engine;

/// Claim names, each a list where the first present claim wins.
#[derive(Debug, Clone)]
pub struct ClaimNames {
    pub subject: Vec<String>,
    pub agent: Vec<String>,
    pub groups: Vec<String>,
    pub scopes: Vec<String>,
}

/// A source of verified JWT claims (jwt_authn metadata or payload JSON).
pub trait Claims {
    /// A string claim.
    fn string(&self, name: &str) -> Option<String>;
    /// An array-of-strings claim.
    fn list(&self, name: &str) -> Option<Vec<String>>;
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    /// The person (JWT subject).
    pub subject: Option<String>,
    /// The agent: OAuth client id, else the SPIFFE id of the workload.
    pub agent: Option<String>,
    pub groups: Vec<String>,
    pub scopes: Vec<String>,
    /// mTLS peer URI SAN, only when the connection really is mTLS.
    pub spiffe_id: Option<String>,
    /// A verified JWT was present.
    pub has_jwt: bool,
    /// The token's `aud` (string or array), when a verified payload exists:
    /// empty if it has none. None without a token.
    pub audiences: Option<Vec<String>>,
}

/// Bounds what one token can make us hold.
const MAX_LIST_ITEMS: usize = 256;

impl Identity {
    pub fn from_claims(
        claims: Option<&dyn Claims>,
        names: &ClaimNames,
        spiffe_id: Option<String>,
    ) -> Identity {
        let mut id = Identity {
            spiffe_id: spiffe_id.filter(|s| !s.is_empty()),
            ..Identity::default()
        };
        if let Some(c) = claims {
            id.subject = first_string(c, &names.subject);
            id.agent = first_string(c, &names.agent);
            id.groups = first_list(c, &names.groups, false);
            id.scopes = first_list(c, &names.scopes, true);
            id.has_jwt = id.subject.is_some();
            let aud = c.list("aud").or_else(|| c.string("aud").map(|a| vec![a]));
            if id.has_jwt || aud.is_some() || c.string("iss").is_some() {
                id.audiences = Some(aud.unwrap_or_default());
            }
        }
        if id.agent.is_none() {
            id.agent = id.spiffe_id.clone();
        }
        id
    }

    /// One name for facts and audit: the person, else the workload.
    pub fn principal(&self) -> &str {
        self.subject
            .as_deref()
            .or(self.spiffe_id.as_deref())
            .unwrap_or("anonymous")
    }

    pub fn is_anonymous(&self) -> bool {
        self.subject.is_none() && self.spiffe_id.is_none()
    }
}

fn first_string(c: &dyn Claims, names: &[String]) -> Option<String> {
    names
        .iter()
        .find_map(|n| c.string(n))
        .filter(|s| !s.is_empty())
}

/// Lists may arrive as arrays or as one space-separated string (`scope`).
fn first_list(c: &dyn Claims, names: &[String], split_spaces: bool) -> Vec<String> {
    for n in names {
        if let Some(mut v) = c.list(n) {
            v.truncate(MAX_LIST_ITEMS);
            return v;
        }
        if let Some(s) = c.string(n) {
            return if split_spaces {
                s.split_ascii_whitespace()
                    .take(MAX_LIST_ITEMS)
                    .map(str::to_string)
                    .collect()
            } else {
                vec![s]
            };
        }
    }
    Vec::new()
}

impl Claims for serde_json::Value {
    fn string(&self, name: &str) -> Option<String> {
        self.get(name)?.as_str().map(str::to_string)
    }
    fn list(&self, name: &str) -> Option<Vec<String>> {
        let arr = self.get(name)?.as_array()?;
        Some(
            arr.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
        )
    }
}

/// Decodes a jwt_authn `forward_payload_header` value: base64url of the
/// payload JSON, padded or not.
pub fn decode_forwarded_payload(header: &str) -> Option<serde_json::Value> {
    let trimmed = header.trim().trim_end_matches('=');
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(trimmed)
        .ok()?;
    let v: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    v.is_object().then_some(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names() -> ClaimNames {
        ClaimNames {
            subject: vec!["sub".into()],
            agent: vec!["client_id".into(), "azp".into()],
            groups: vec!["groups".into()],
            scopes: vec!["scope".into(), "scp".into()],
        }
    }

    #[test]
    fn claims_fill_person_agent_groups_and_scopes() {
        let p = json!({"sub": "alice", "azp": "cursor", "groups": ["support", "eng"], "scope": "mcp:read mcp:call"});
        let id = Identity::from_claims(Some(&p), &names(), None);
        assert_eq!(id.subject.as_deref(), Some("alice"));
        assert_eq!(id.agent.as_deref(), Some("cursor"));
        assert_eq!(id.groups, vec!["support", "eng"]);
        assert_eq!(id.scopes, vec!["mcp:read", "mcp:call"]);
        assert!(id.has_jwt);
        assert_eq!(id.audiences, Some(vec![]));
        assert_eq!(id.principal(), "alice");
    }

    #[test]
    fn the_first_present_claim_name_wins() {
        let p = json!({"sub": "a", "client_id": "first", "azp": "second", "scp": ["x", "y"]});
        let id = Identity::from_claims(Some(&p), &names(), None);
        assert_eq!(id.agent.as_deref(), Some("first"));
        assert_eq!(id.scopes, vec!["x", "y"]);
    }

    #[test]
    fn the_workload_is_the_agent_when_no_client_id_is_present() {
        let id = Identity::from_claims(
            None,
            &names(),
            Some("spiffe://cluster.local/ns/a/sa/bot".into()),
        );
        assert_eq!(
            id.agent.as_deref(),
            Some("spiffe://cluster.local/ns/a/sa/bot")
        );
        assert_eq!(id.principal(), "spiffe://cluster.local/ns/a/sa/bot");
        assert!(!id.has_jwt && !id.is_anonymous());
    }

    #[test]
    fn no_claims_and_no_peer_is_anonymous() {
        let id = Identity::from_claims(None, &names(), None);
        assert!(id.is_anonymous());
        assert_eq!(id.principal(), "anonymous");
    }

    #[test]
    fn forwarded_payload_headers_decode_padded_or_not() {
        let raw = br#"{"sub":"bob"}"#;
        let unpadded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw);
        let padded = base64::engine::general_purpose::URL_SAFE.encode(raw);
        assert_eq!(decode_forwarded_payload(&unpadded).unwrap()["sub"], "bob");
        assert_eq!(decode_forwarded_payload(&padded).unwrap()["sub"], "bob");
        assert!(decode_forwarded_payload("!!!").is_none());
        assert!(decode_forwarded_payload(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("[1]")
        )
        .is_none());
    }
}
