//! Small HTTP text helpers: header names, header-safe values, cookies, query
//! strings, form encoding, challenge parameters, environment secrets. All
//! total functions: any input gives an answer, never a panic.

use super::secret::Secret;
use crate::error::ConfigError;
use crate::glob::GlobSet;

/// Headers that carry framing, routing or MCP protocol state, never a client
/// credential: stripping or injecting them would break the request.
const NOT_CREDENTIAL_HEADERS: &[&str] = &[
    "host",
    "content-length",
    "transfer-encoding",
    "connection",
    "te",
    "upgrade",
    "keep-alive",
    "proxy-connection",
    "content-type",
    "content-encoding",
    "accept",
    "mcp-session-id",
    "mcp-protocol-version",
    "mcp-method",
    "mcp-name",
    "last-event-id",
];

/// Validates a header name from the policy; returns it lowercased.
pub(crate) fn header_name(path: &str, name: &str) -> Result<String, ConfigError> {
    let lower = name.to_ascii_lowercase();
    let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    if lower.is_empty() || lower.len() > 128 || !lower.chars().all(token) {
        return Err(ConfigError::new(
            path,
            format!("{name:?} is not an HTTP header name (letters, digits and - _ . only; no ':' pseudo-headers)"),
        ));
    }
    if NOT_CREDENTIAL_HEADERS.contains(&lower.as_str()) || lower.starts_with("x-mcp-") {
        return Err(ConfigError::new(
            path,
            format!("{lower:?} carries framing or MCP protocol state, not a credential; name a credential header such as \"authorization\" or \"x-api-key\""),
        ));
    }
    Ok(lower)
}

/// True when `v` can be sent as a header value as it is: visible ASCII and
/// inner spaces or tabs, no line breaks, no surrounding whitespace.
pub(crate) fn header_value_ok(v: &str) -> bool {
    !v.is_empty()
        && v.bytes().all(|b| b == b'\t' || (0x20..=0x7e).contains(&b))
        && !v.starts_with([' ', '\t'])
        && !v.ends_with([' ', '\t'])
}

/// `[A-Za-z_][A-Za-z0-9_]*`: what Envoy's `host_env_keys` and Istio's
/// `vmConfig.env` can carry.
fn env_name_ok(name: &str) -> bool {
    let mut chars = name.chars();
    name.len() <= 128
        && chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Reads a secret from the environment at configure time. Errors name the
/// variable and the fix, never the value (and never echo an invalid "name",
/// which may be a pasted secret).
pub(crate) fn env_secret(
    path: &str,
    name: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Secret, ConfigError> {
    if !env_name_ok(name) {
        return Err(ConfigError::new(
            path,
            "is not an environment variable name (letters, digits and _, not starting with a digit); name the variable that holds the secret, never the secret itself",
        ));
    }
    let Some(value) = env(name) else {
        return Err(ConfigError::new(
            path,
            format!("environment variable {name} is not set; add it to vm_config.environment_variables.host_env_keys (Istio: vmConfig.env with valueFrom: HOST) and set it in Envoy's environment"),
        ));
    };
    if value.is_empty() {
        return Err(ConfigError::new(
            path,
            format!("environment variable {name} is set but empty"),
        ));
    }
    if !header_value_ok(&value) {
        return Err(ConfigError::new(
            path,
            format!("environment variable {name} holds a line break, control character, non-ASCII character or surrounding whitespace (a trailing newline from a file?); store the bare credential"),
        ));
    }
    Ok(Secret::new(value))
}

/// `Bearer {}` style templates: exactly one `{}`, header-safe text around it.
pub(crate) fn check_format(path: &str, format: &str) -> Result<(), ConfigError> {
    if format.matches("{}").count() != 1 || format.len() > 256 {
        return Err(ConfigError::new(
            path,
            "must contain exactly one {} where the credential goes, e.g. \"Bearer {}\"",
        ));
    }
    let probe = format.replace("{}", "x");
    if !header_value_ok(&probe) {
        return Err(ConfigError::new(
            path,
            "must be printable ASCII without line breaks or surrounding spaces",
        ));
    }
    Ok(())
}

/// The `cookie` header without the cookies whose names match `strip`:
/// None when nothing matched (leave the header alone), Some("") when every
/// cookie went (remove the header).
pub(crate) fn strip_cookies(header: &str, strip: &GlobSet) -> Option<String> {
    if strip.is_empty() {
        return None;
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut removed = false;
    for pair in header.split(';') {
        let pair = pair.trim();
        if pair.is_empty() {
            continue;
        }
        let name = pair.split('=').next().unwrap_or_default().trim();
        if strip.is_match(name) {
            removed = true;
        } else {
            kept.push(pair);
        }
    }
    removed.then(|| kept.join("; "))
}

/// Percent-decodes (and `+` → space) for comparison only; invalid escapes
/// stay as they are.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |at: usize| bytes.get(at).and_then(|c| (*c as char).to_digit(16));
        match b {
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b),
            },
            b'+' => out.push(b' '),
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// True when the query string of `path` carries an `access_token` parameter
/// (RFC 6750 §2.3 URI query parameter), in any case or percent-encoding.
pub(crate) fn query_has_access_token(path: &str) -> bool {
    let Some((_, rest)) = path.split_once('?') else {
        return false;
    };
    let query = rest.split('#').next().unwrap_or_default();
    query.split(['&', ';']).any(|param| {
        let key = param.split('=').next().unwrap_or_default();
        percent_decode(key)
            .trim()
            .eq_ignore_ascii_case("access_token")
    })
}

/// application/x-www-form-urlencoded encoding of one value.
pub(crate) fn form_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Text safe inside a quoted `WWW-Authenticate` parameter: RFC 6750 §3
/// allows %x20-21 / %x23-5B / %x5D-7E in `error_description`; anything else
/// becomes `?`. Bounded.
pub(crate) fn quote_safe(s: &str) -> String {
    s.chars()
        .take(200)
        .map(|c| {
            if (' '..='~').contains(&c) && c != '"' && c != '\\' {
                c
            } else {
                '?'
            }
        })
        .collect()
}

/// RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E, bounded.
pub(crate) fn scope_token_ok(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 256
        && s.bytes()
            .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
}

/// Validates a list of scopes from the policy.
pub(crate) fn scopes(path: &str, list: &[String]) -> Result<Vec<String>, ConfigError> {
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for (j, s) in list.iter().enumerate() {
        if !scope_token_ok(s) {
            return Err(ConfigError::new(
                format!("{path}[{j}]"),
                format!("{s:?} is not an OAuth scope (printable ASCII without spaces, '\"' or '\\'); give one scope per entry"),
            ));
        }
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_stripped_by_name_and_the_rest_kept_in_order() {
        let strip = GlobSet::new(&["session", "__Host-*"]);
        let cases: &[(&str, Option<&str>)] = &[
            ("a=1; session=xyz; b=2", Some("a=1; b=2")),
            ("session=xyz", Some("")),
            ("a=1;b=2", None),
            ("__Host-id=1; theme=dark", Some("theme=dark")),
            ("SESSION=1", None), // cookie names are case-sensitive (RFC 6265)
            ("", None),
            (";;; session", Some("")),
        ];
        for (header, want) in cases {
            assert_eq!(strip_cookies(header, &strip).as_deref(), *want, "{header}");
        }
    }

    #[test]
    fn query_tokens_are_found_however_they_are_spelled() {
        for (path, want) in [
            ("/mcp?access_token=abc", true),
            ("/mcp?x=1&access_token=abc", true),
            ("/mcp?ACCESS_TOKEN=abc", true),
            ("/mcp?access%5Ftoken=abc", true),
            ("/mcp?access_token", true),
            ("/mcp?a=1;access_token=2", true),
            ("/mcp?access_token_hint=1", false),
            ("/mcp?x=access_token", false),
            ("/mcp", false),
            ("/mcp#access_token=1", false),
            ("/mcp?%zz=1", false),
        ] {
            assert_eq!(query_has_access_token(path), want, "{path}");
        }
    }

    #[test]
    fn form_encoding_escapes_everything_but_unreserved() {
        assert_eq!(form_encode("a b+c/d=é"), "a+b%2Bc%2Fd%3D%C3%A9");
        assert_eq!(form_encode("AZaz09-._*"), "AZaz09-._*");
    }

    #[test]
    fn header_names_are_lowercased_and_protocol_headers_refused() {
        assert_eq!(header_name("p", "X-Api-Key").unwrap(), "x-api-key");
        for bad in [
            ":authority",
            "",
            "a b",
            "content-length",
            "mcp-session-id",
            "x-mcp-server",
            "host",
        ] {
            assert!(header_name("p", bad).is_err(), "{bad}");
        }
    }
}
