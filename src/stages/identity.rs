//! Who is calling, from what Envoy verified: the jwt_authn payload (dynamic
//! metadata, or its forwarded header) and the mTLS peer's SPIFFE id. Never
//! a header the client could set: the payload header is removed before the
//! upstream in every mode, so a client-sent copy reaches nobody.

use crate::host::Host;
use crate::identity::{self, Claims, Identity};
use crate::pipeline::{Cx, Flow, Stage};
use crate::policy::{JwtSource, Policy};

use super::property_string;

pub struct IdentityStage;

impl Stage for IdentityStage {
    fn name(&self) -> &'static str {
        "identity"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        // Who is asking comes first, so even a probe of an undeclared
        // server is attributed in the audit trail.
        cx.identity = read_identity(host, cx.policy());
        cx.record.person = cx.identity.subject.clone();
        cx.record.agent = cx.identity.agent.clone();
        cx.record.spiffe_id = cx.identity.spiffe_id.clone();
        if let Some(jwt) = &cx.policy().identity.jwt {
            if cx.head.count(&jwt.header) > 0 {
                host.set_request_header(&jwt.header, None);
            }
        }
        Flow::Next
    }
}

/// The jwt_authn payload Struct as Envoy serializes it for get_property: a
/// pairs map whose string values are raw bytes and whose lists are nested
/// pairs blobs with the items as keys (numbers are 8-byte doubles: ignored).
struct PayloadClaims {
    strings: Vec<(String, String)>,
    lists: Vec<(String, Vec<String>)>,
}

impl PayloadClaims {
    fn decode(bytes: &[u8]) -> Option<PayloadClaims> {
        let pairs = crate::host::decode_pairs(bytes)?;
        let mut claims = PayloadClaims {
            strings: Vec::new(),
            lists: Vec::new(),
        };
        for (k, v) in pairs {
            let key = String::from_utf8(k.to_vec()).ok()?;
            if !v.contains(&0) {
                if let Ok(s) = std::str::from_utf8(v) {
                    claims.strings.push((key, s.to_string()));
                }
                continue;
            }
            if let Some(items) = crate::host::decode_pairs(v) {
                let list: Option<Vec<String>> = if items.iter().all(|(_, val)| val.is_empty()) {
                    items
                        .iter()
                        .map(|(item, _)| String::from_utf8(item.to_vec()).ok())
                        .collect()
                } else if items.iter().all(|(item, _)| item.is_empty()) {
                    items
                        .iter()
                        .map(|(_, val)| String::from_utf8(val.to_vec()).ok())
                        .collect()
                } else {
                    None
                };
                if let Some(list) = list {
                    claims.lists.push((key, list));
                }
            }
        }
        Some(claims)
    }
}

impl Claims for PayloadClaims {
    fn string(&self, name: &str) -> Option<String> {
        self.strings
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
    fn list(&self, name: &str) -> Option<Vec<String>> {
        self.lists
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// Claims read from jwt_authn's dynamic metadata through Envoy attributes.
struct MetadataClaims<'a> {
    host: &'a dyn Host,
    base: [&'a str; 4],
}

impl Claims for MetadataClaims<'_> {
    fn string(&self, name: &str) -> Option<String> {
        let [a, b, c, d] = self.base;
        let bytes = self.host.property(&[a, b, c, d, name])?;
        // Lists and numbers come back in binary encodings that contain NULs.
        if bytes.contains(&0) {
            return None;
        }
        String::from_utf8(bytes).ok()
    }

    fn list(&self, name: &str) -> Option<Vec<String>> {
        let [a, b, c, d] = self.base;
        let mut out = Vec::new();
        for i in 0..256usize {
            let idx = i.to_string();
            match self.host.property(&[a, b, c, d, name, &idx]) {
                Some(v) => out.extend(String::from_utf8(v).ok()),
                None => break,
            }
        }
        (!out.is_empty()).then_some(out)
    }
}

pub fn read_identity(host: &dyn Host, policy: &Policy) -> Identity {
    let settings = &policy.identity;
    let spiffe = if settings.spiffe
        && host
            .property(&["connection", "mtls"])
            .is_some_and(|v| v.first() == Some(&1))
    {
        property_string(host, &["connection", "uri_san_peer_certificate"])
            .filter(|s| s.starts_with("spiffe://"))
    } else {
        None
    };
    let Some(jwt) = &settings.jwt else {
        return Identity::from_claims(
            None,
            &identity::ClaimNames {
                subject: vec![],
                agent: vec![],
                groups: vec![],
                scopes: vec![],
            },
            spiffe,
        );
    };
    match jwt.source {
        JwtSource::Metadata => {
            let base = [
                "metadata",
                "filter_metadata",
                jwt.metadata_namespace.as_str(),
                jwt.metadata_key.as_str(),
            ];
            // One host call for the whole payload; per-claim lookups only if
            // its encoding is not the expected pairs map.
            match host.property(&base) {
                None => Identity::from_claims(None, &jwt.claims, spiffe),
                Some(bytes) => match PayloadClaims::decode(&bytes) {
                    Some(claims) => Identity::from_claims(Some(&claims), &jwt.claims, spiffe),
                    None => {
                        let claims = MetadataClaims { host, base };
                        Identity::from_claims(Some(&claims), &jwt.claims, spiffe)
                    }
                },
            }
        }
        JwtSource::Header => {
            let payload = host
                .request_header(&jwt.header)
                .and_then(|h| identity::decode_forwarded_payload(&h));
            Identity::from_claims(
                payload.as_ref().map(|p| p as &dyn Claims),
                &jwt.claims,
                spiffe,
            )
        }
    }
}
