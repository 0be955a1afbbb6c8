//! The gateway as an OAuth 2.1 resource server: protected resources and
//! their RFC 9728 metadata documents, `WWW-Authenticate` challenges
//! (RFC 6750 §3, RFC 9728 §5.1) and audience comparison (RFC 8707).

use crate::error::ConfigError;
use serde_json::{json, Map, Value};

/// RFC 9728 §3: the well-known URI suffix, inserted between the host and the
/// path of the resource identifier.
pub(crate) const WELL_KNOWN: &str = "/.well-known/oauth-protected-resource";

/// One protected resource: the URI clients send as `resource` (RFC 8707) and
/// expect in the token's `aud`, where its metadata lives, and the document.
#[derive(Debug, Clone)]
pub(crate) struct Resource {
    pub uri: String,
    /// `/.well-known/oauth-protected-resource[/<path>]`: what this filter
    /// answers on (any authority).
    pub well_known_path: String,
    /// Absolute metadata URL for `resource_metadata="…"`.
    pub metadata_url: String,
    /// Serialized metadata JSON, built once all servers are known.
    pub document: String,
    /// Where in the policy the URI came from, for collision errors.
    pub origin_path: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UrlKind {
    /// RFC 8707 / RFC 9728 resource identifier: no query, no fragment.
    Resource,
    /// RFC 8414 issuer: no query, no fragment.
    Issuer,
    /// A link for people (documentation, policy, terms): query allowed.
    Link,
}

pub(crate) struct ParsedUrl {
    /// `scheme://authority`, scheme and host lowercased.
    pub origin: String,
    /// Path without a terminating slash (`""` for the root).
    pub path: String,
}

fn is_loopback(authority: &str) -> bool {
    let host = if let Some(rest) = authority.strip_prefix('[') {
        rest.split(']').next().unwrap_or_default()
    } else {
        authority.split(':').next().unwrap_or_default()
    };
    host.eq_ignore_ascii_case("localhost") || host == "::1" || host.starts_with("127.")
}

/// Checks an absolute http(s) URL from the policy. `https` is required except
/// for loopback hosts (local development and tests).
pub(crate) fn parse_url(path: &str, value: &str, kind: UrlKind) -> Result<ParsedUrl, ConfigError> {
    let bad = |why: &str| Err(ConfigError::new(path, format!("{value:?} {why}")));
    if value.len() > 2048 {
        return bad("is too long (2048 bytes at most)");
    }
    if !value
        .bytes()
        .all(|b| (0x21..=0x7e).contains(&b) && !b"\"\\<>`{}|^".contains(&b))
    {
        return bad("contains spaces, quotes or characters that are not allowed in a URL");
    }
    let Some((scheme, rest)) = value.split_once("://") else {
        return bad("is not an absolute URL; write it as https://host/path");
    };
    let scheme = scheme.to_ascii_lowercase();
    let (authority, rest_path) = match rest.find(['/', '?', '#']) {
        Some(i) => (
            rest.get(..i).unwrap_or_default(),
            rest.get(i..).unwrap_or_default(),
        ),
        None => (rest, ""),
    };
    if authority.is_empty() || authority.contains('@') {
        return bad("needs a host and no user information");
    }
    match scheme.as_str() {
        "https" => {}
        "http" if is_loopback(authority) => {}
        "http" => return bad("must use https (http is accepted only for localhost and 127.0.0.1)"),
        _ => return bad("must be an https URL"),
    }
    if kind != UrlKind::Link && rest_path.contains(['?', '#']) {
        return bad("must not have a query or fragment");
    }
    if rest_path.contains('#') {
        return bad("must not have a fragment");
    }
    let path_only = rest_path.split(['?', '#']).next().unwrap_or_default();
    Ok(ParsedUrl {
        origin: format!("{scheme}://{}", authority.to_ascii_lowercase()),
        path: path_only.trim_end_matches('/').to_string(),
    })
}

impl Resource {
    pub(crate) fn new(origin_path: &str, uri: &str) -> Result<Resource, ConfigError> {
        let url = parse_url(origin_path, uri, UrlKind::Resource)?;
        let well_known_path = format!("{WELL_KNOWN}{}", url.path);
        Ok(Resource {
            uri: uri.to_string(),
            metadata_url: format!("{}{well_known_path}", url.origin),
            well_known_path,
            document: String::new(),
            origin_path: origin_path.to_string(),
        })
    }
}

/// Fields of one RFC 9728 §2 document, in the order they are published.
pub(crate) struct DocumentFields<'a> {
    pub resource: &'a str,
    pub authorization_servers: &'a [String],
    pub scopes_supported: &'a [String],
    pub resource_name: Option<&'a str>,
    pub resource_documentation: Option<&'a str>,
    pub resource_policy_uri: Option<&'a str>,
    pub resource_tos_uri: Option<&'a str>,
}

pub(crate) fn document(f: &DocumentFields<'_>) -> String {
    let mut m = Map::new();
    m.insert("resource".into(), json!(f.resource));
    m.insert(
        "authorization_servers".into(),
        json!(f.authorization_servers),
    );
    if !f.scopes_supported.is_empty() {
        m.insert("scopes_supported".into(), json!(f.scopes_supported));
    }
    // MCP: tokens only in the Authorization header, never in the query.
    m.insert("bearer_methods_supported".into(), json!(["header"]));
    for (k, v) in [
        ("resource_name", f.resource_name),
        ("resource_documentation", f.resource_documentation),
        ("resource_policy_uri", f.resource_policy_uri),
        ("resource_tos_uri", f.resource_tos_uri),
    ] {
        if let Some(v) = v {
            m.insert(k.into(), json!(v));
        }
    }
    Value::Object(m).to_string()
}

/// `Bearer k="v", …`; values must already be quote-safe (validated at
/// configure time or passed through `quote_safe`).
pub(crate) fn challenge(params: &[(&str, String)]) -> String {
    let parts: Vec<String> = params
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}=\"{v}\""))
        .collect();
    if parts.is_empty() {
        "Bearer".into()
    } else {
        format!("Bearer {}", parts.join(", "))
    }
}

/// Audience values compare as URIs when they are http(s) URLs (scheme and
/// host case-insensitive, a terminating slash ignored, as MCP's canonical
/// server URI guidance asks), otherwise exactly.
pub(crate) fn normalize_aud(s: &str) -> String {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return s.to_string();
    }
    let Some((scheme, rest)) = s.split_once("://") else {
        return s.to_string();
    };
    let (authority, path) = match rest.find('/') {
        Some(i) => (
            rest.get(..i).unwrap_or_default(),
            rest.get(i..).unwrap_or_default(),
        ),
        None => (rest, ""),
    };
    format!(
        "{}://{}{}",
        scheme.to_ascii_lowercase(),
        authority.to_ascii_lowercase(),
        path.trim_end_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_paths_insert_the_suffix_before_the_resource_path() {
        for (uri, path, url) in [
            (
                "https://gw.example.com/mcp",
                "/.well-known/oauth-protected-resource/mcp",
                "https://gw.example.com/.well-known/oauth-protected-resource/mcp",
            ),
            (
                "https://gw.example.com/",
                "/.well-known/oauth-protected-resource",
                "https://gw.example.com/.well-known/oauth-protected-resource",
            ),
            (
                "https://gw.example.com",
                "/.well-known/oauth-protected-resource",
                "https://gw.example.com/.well-known/oauth-protected-resource",
            ),
            (
                "https://GW.example.com:8443/a/b/",
                "/.well-known/oauth-protected-resource/a/b",
                "https://gw.example.com:8443/.well-known/oauth-protected-resource/a/b",
            ),
            (
                "http://127.0.0.1:10000/mcp",
                "/.well-known/oauth-protected-resource/mcp",
                "http://127.0.0.1:10000/.well-known/oauth-protected-resource/mcp",
            ),
        ] {
            let r = Resource::new("p", uri).unwrap();
            assert_eq!(r.well_known_path, path, "{uri}");
            assert_eq!(r.metadata_url, url, "{uri}");
        }
    }

    #[test]
    fn resource_uris_must_be_https_absolute_and_without_query_or_fragment() {
        for bad in [
            "gw.example.com/mcp",
            "http://gw.example.com/mcp",
            "ftp://gw/mcp",
            "https:///mcp",
            "https://user@gw/mcp",
            "https://gw/mcp?x=1",
            "https://gw/mcp#frag",
            "https://gw/m cp",
            "https://gw/\"mcp",
        ] {
            assert!(Resource::new("p", bad).is_err(), "{bad}");
        }
        assert!(Resource::new("p", "http://localhost:8080/mcp").is_ok());
        assert!(Resource::new("p", "http://[::1]:8080/mcp").is_ok());
    }

    #[test]
    fn audiences_compare_as_canonical_uris_or_exactly() {
        assert_eq!(
            normalize_aud("HTTPS://GW.example.com/mcp/"),
            "https://gw.example.com/mcp"
        );
        assert_eq!(
            normalize_aud("https://gw.example.com/MCP"),
            "https://gw.example.com/MCP"
        );
        assert_eq!(normalize_aud("api://Tickets"), "api://Tickets");
        assert_eq!(normalize_aud("tickets"), "tickets");
        assert_eq!(normalize_aud("é"), "é");
    }
}
