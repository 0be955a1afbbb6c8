//! RFC 8693 token exchange: the request the filter sends to the token
//! service (an Envoy cluster, via `dispatch_http_call`), the parse of its
//! answer, and the per-VM cache of exchanged tokens.
//!
//! Cache design. One [`TokenCache`] per worker VM (held by the stream glue's
//! shared state, rebuilt with each new policy), bounded per server by
//! `exchange.cacheEntries`, keyed by (server, SHA-256 of subject ‖ client
//! token). Not proxy-wasm shared data, on purpose:
//! - shared data is readable by every plugin with the same `vm_id`, and Istio
//!   leaves `vm_id` empty, so every WasmPlugin in the proxy could read
//!   cached bearer tokens;
//! - shared data has no delete or TTL (ENVOY-FACTS §5): expired tokens would
//!   stay in host memory for good;
//! - the cost of per-VM caching is at most one exchange per worker per
//!   client token, a few extra calls per hour.
//!
//! The key holds the client token's digest, not just the subject: a new,
//! narrower token of the same person must not ride on an exchange made for a
//! broader one, and a revoked token's entry can never be reached by a new
//! one. jwt_authn rejects an expired client token before we look it up, so an
//! entry cannot outlive the token it was made for in practice; `expires_in`
//! (minus a skew) and `maxCacheSeconds` bound it in any case. A response
//! without `expires_in` is used once and not cached.

use super::config::{ClientAuth, ExchangeConfig};
use super::http::{self, form_encode, header_value_ok};
use super::oauth::{parse_url, UrlKind};
use super::secret::Secret;
use crate::error::ConfigError;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fmt;

pub const GRANT_TYPE: &str = "urn:ietf:params:oauth:grant-type:token-exchange";
const TOKEN_TYPE_PREFIX: &str = "urn:ietf:params:oauth:token-type:";
/// Token service answers larger than this are refused unread.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024;
const MAX_TOKEN_BYTES: usize = 16 * 1024;

#[derive(Debug, Clone)]
pub(crate) struct Exchange {
    cluster: String,
    authority: String,
    path: String,
    timeout_ms: u32,
    /// `Basic …` for client_secret_basic.
    client_auth_header: Option<Secret>,
    /// Form fields for client_secret_post / public clients.
    client_form: Option<Secret>,
    audience: Option<String>,
    resource: Option<String>,
    scope: Option<String>,
    subject_token_type: String,
    requested_token_type: Option<String>,
    pub(crate) header: String,
    format: String,
    pub(crate) cache_entries: usize,
    max_cache_ms: u64,
    skew_ms: u64,
}

fn token_type(path: &str, v: &str) -> Result<String, ConfigError> {
    match v {
        "access_token" | "jwt" | "id_token" | "refresh_token" | "saml1" | "saml2" => {
            Ok(format!("{TOKEN_TYPE_PREFIX}{v}"))
        }
        _ if v.starts_with("urn:") && http::scope_token_ok(v) => Ok(v.to_string()),
        _ => Err(ConfigError::new(
            path,
            format!("{v:?} is not a token type; use access_token, jwt, id_token or a full urn:ietf:params:oauth:token-type:… URN"),
        )),
    }
}

fn plain(path: &str, v: &str, what: &str) -> Result<String, ConfigError> {
    if !header_value_ok(v) || v.contains(' ') || v.len() > 512 {
        return Err(ConfigError::new(
            path,
            format!("must be a non-empty {what} of printable ASCII without spaces"),
        ));
    }
    Ok(v.to_string())
}

pub(crate) fn compile(
    path: &str,
    c: &ExchangeConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Exchange, ConfigError> {
    let cluster = plain(&format!("{path}.cluster"), &c.cluster, "Envoy cluster name")?;
    let authority = plain(&format!("{path}.authority"), &c.authority, "host name")?;
    if !c.path.starts_with('/') {
        return Err(ConfigError::new(
            format!("{path}.path"),
            "must be the token endpoint's path, starting with '/' (e.g. \"/oauth2/token\")",
        ));
    }
    let tpath = plain(&format!("{path}.path"), &c.path, "path")?;
    if c.timeout_ms == 0 || c.timeout_ms > 60_000 {
        return Err(ConfigError::new(
            format!("{path}.timeoutMs"),
            "must be between 1 and 60000 (0 would mean no timeout in Envoy)",
        ));
    }
    let client_id = match &c.client_id {
        // RFC 6749 Appendix A.1: client_id is VSCHAR (spaces allowed).
        Some(id) if header_value_ok(id) && id.len() <= 512 => Some(id.clone()),
        Some(_) => {
            return Err(ConfigError::new(
                format!("{path}.clientId"),
                "must be non-empty printable ASCII",
            ))
        }
        None => None,
    };
    let secret = match &c.client_secret_from_env {
        Some(name) => Some(http::env_secret(
            &format!("{path}.clientSecretFromEnv"),
            name,
            env,
        )?),
        None => None,
    };
    let auth = c.client_auth.unwrap_or(if secret.is_some() {
        ClientAuth::Basic
    } else {
        ClientAuth::None
    });
    let (client_auth_header, client_form) = match (auth, &client_id, &secret) {
        (ClientAuth::Basic, Some(id), Some(s)) => {
            // RFC 6749 §2.3.1: form-encode both before base64.
            let raw = format!("{}:{}", form_encode(id), form_encode(s.expose()));
            let b64 = base64::engine::general_purpose::STANDARD.encode(raw);
            (Some(Secret::new(format!("Basic {b64}"))), None)
        }
        (ClientAuth::Post, Some(id), Some(s)) => (
            None,
            Some(Secret::new(format!(
                "client_id={}&client_secret={}",
                form_encode(id),
                form_encode(s.expose())
            ))),
        ),
        (ClientAuth::Basic | ClientAuth::Post, _, _) => {
            return Err(ConfigError::new(
                format!("{path}.clientAuth"),
                "basic and post client authentication need both clientId and clientSecretFromEnv",
            ))
        }
        (ClientAuth::None, _, Some(_)) => return Err(ConfigError::new(
            format!("{path}.clientSecretFromEnv"),
            "is given but clientAuth is \"none\"; use \"basic\" or \"post\", or drop the secret",
        )),
        (ClientAuth::None, Some(id), None) => (
            None,
            Some(Secret::new(format!("client_id={}", form_encode(id)))),
        ),
        (ClientAuth::None, None, None) => (None, None),
    };
    if c.audience.is_none() && c.resource.is_none() {
        return Err(ConfigError::new(
            path,
            "name the target with audience and/or resource, so the token service issues a token for this server and nothing else",
        ));
    }
    let audience = match &c.audience {
        Some(a) => Some(plain(&format!("{path}.audience"), a, "audience")?),
        None => None,
    };
    if let Some(r) = &c.resource {
        parse_url(&format!("{path}.resource"), r, UrlKind::Resource)?;
    }
    let scope = match &c.scope {
        Some(s) => {
            let list: Vec<String> = s.split_ascii_whitespace().map(String::from).collect();
            if list.is_empty() || list.iter().any(|x| !http::scope_token_ok(x)) {
                return Err(ConfigError::new(
                    format!("{path}.scope"),
                    "must be space-separated OAuth scopes",
                ));
            }
            Some(list.join(" "))
        }
        None => None,
    };
    let subject_token_type = token_type(
        &format!("{path}.subjectTokenType"),
        c.subject_token_type.as_deref().unwrap_or("access_token"),
    )?;
    let requested_token_type = match &c.requested_token_type {
        Some(t) => Some(token_type(&format!("{path}.requestedTokenType"), t)?),
        None => None,
    };
    let header = http::header_name(&format!("{path}.header"), &c.header)?;
    http::check_format(&format!("{path}.format"), &c.format)?;
    if c.cache_entries > 65_536 {
        return Err(ConfigError::new(
            format!("{path}.cacheEntries"),
            "must be at most 65536 (per worker VM)",
        ));
    }
    if c.max_cache_seconds > 86_400 {
        return Err(ConfigError::new(
            format!("{path}.maxCacheSeconds"),
            "must be at most 86400",
        ));
    }
    if c.expiry_skew_seconds > 3600 {
        return Err(ConfigError::new(
            format!("{path}.expirySkewSeconds"),
            "must be at most 3600",
        ));
    }
    Ok(Exchange {
        cluster,
        authority,
        path: tpath,
        timeout_ms: c.timeout_ms,
        client_auth_header,
        client_form,
        audience,
        resource: c.resource.clone(),
        scope,
        subject_token_type,
        requested_token_type,
        header,
        format: c.format.clone(),
        cache_entries: c.cache_entries as usize,
        max_cache_ms: u64::from(c.max_cache_seconds) * 1000,
        skew_ms: u64::from(c.expiry_skew_seconds) * 1000,
    })
}

/// Identifies one cached exchange: the server and a digest of the subject
/// and the client token (never the token itself).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CacheKey {
    server: usize,
    digest: [u8; 32],
}

impl CacheKey {
    pub(crate) fn new(server: usize, subject: &str, token: &str) -> CacheKey {
        let mut h = Sha256::new();
        h.update(subject.as_bytes());
        h.update([0u8]);
        h.update(token.as_bytes());
        CacheKey {
            server,
            digest: h.finalize().into(),
        }
    }

    pub fn server(&self) -> usize {
        self.server
    }
}

impl fmt::Debug for CacheKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let short: String = self
            .digest
            .iter()
            .take(4)
            .map(|b| format!("{b:02x}"))
            .collect();
        write!(f, "CacheKey(server {}, {short}…)", self.server)
    }
}

/// One token request to send with `dispatch_http_call`. Headers and body
/// carry the client's token and maybe the client secret: `Debug` redacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeCall {
    pub server: usize,
    /// Envoy cluster of the token service.
    pub cluster: String,
    /// Envoy's call timeout, in milliseconds (never 0).
    pub timeout_ms: u32,
    headers: Vec<(String, Secret)>,
    body: Secret,
    key: CacheKey,
}

impl ExchangeCall {
    /// `:method`, `:path`, `:authority` and the rest, ready for the host call.
    pub fn headers(&self) -> Vec<(&str, &str)> {
        self.headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.expose()))
            .collect()
    }

    /// The form body (`grant_type=…&subject_token=…`).
    pub fn body(&self) -> &[u8] {
        self.body.expose().as_bytes()
    }

    pub fn key(&self) -> &CacheKey {
        &self.key
    }
}

impl Exchange {
    pub(crate) fn call(&self, server: usize, subject_token: &str, key: CacheKey) -> ExchangeCall {
        let mut body = format!(
            "grant_type={}&subject_token={}&subject_token_type={}",
            form_encode(GRANT_TYPE),
            form_encode(subject_token),
            form_encode(&self.subject_token_type)
        );
        for (k, v) in [
            ("requested_token_type", &self.requested_token_type),
            ("audience", &self.audience),
            ("resource", &self.resource),
            ("scope", &self.scope),
        ] {
            if let Some(v) = v {
                body.push_str(&format!("&{k}={}", form_encode(v)));
            }
        }
        if let Some(f) = &self.client_form {
            body.push('&');
            body.push_str(f.expose());
        }
        let mut headers: Vec<(String, Secret)> = vec![
            (":method".into(), Secret::new("POST")),
            (":path".into(), Secret::new(self.path.clone())),
            (":authority".into(), Secret::new(self.authority.clone())),
            (
                "content-type".into(),
                Secret::new("application/x-www-form-urlencoded"),
            ),
            ("accept".into(), Secret::new("application/json")),
        ];
        if let Some(a) = &self.client_auth_header {
            headers.push(("authorization".into(), a.clone()));
        }
        ExchangeCall {
            server,
            cluster: self.cluster.clone(),
            timeout_ms: self.timeout_ms,
            headers,
            body: Secret::new(body),
            key,
        }
    }

    /// The header value for an exchanged token, and how long to cache it (0:
    /// do not cache).
    pub(crate) fn header_value(&self, t: &ExchangedToken) -> (Secret, u64) {
        let value = Secret::new(self.format.replace("{}", t.access_token.expose()));
        let ttl = match t.expires_in {
            Some(s) if self.cache_entries > 0 => s
                .saturating_mul(1000)
                .saturating_sub(self.skew_ms)
                .min(self.max_cache_ms),
            _ => 0,
        };
        (value, ttl)
    }
}

/// A successful RFC 8693 §2.2.1 response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangedToken {
    pub access_token: Secret,
    /// `Bearer` or `N_A` (as sent).
    pub token_type: String,
    pub expires_in: Option<u64>,
    pub issued_token_type: Option<String>,
    pub scope: Option<String>,
}

/// Why an exchange failed. `Display` is safe for logs and client errors: it
/// never contains a token, a secret or the response body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeError {
    /// No answer: unknown cluster, reset, connection failure.
    Unreachable,
    /// An HTTP status other than 200 without a usable OAuth error.
    Status(u32),
    /// RFC 6749 §5.2 error code from the token service (sanitized).
    Refused(String),
    /// 200 but not a usable token response.
    Malformed(&'static str),
    /// A `token_type` other than Bearer or N_A (sanitized).
    UnsupportedTokenType(String),
}

impl ExchangeError {
    /// True when the token service refused this caller's token (403); false
    /// when the exchange itself is broken (502).
    pub fn is_callers_fault(&self) -> bool {
        matches!(self, ExchangeError::Refused(e)
            if matches!(e.as_str(), "invalid_grant" | "invalid_target" | "invalid_scope" | "access_denied"))
    }
}

impl fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExchangeError::Unreachable => f.write_str("the token service could not be reached"),
            ExchangeError::Status(s) => write!(f, "the token service answered HTTP {s}"),
            ExchangeError::Refused(e) => write!(f, "the token service refused the exchange ({e})"),
            ExchangeError::Malformed(why) => {
                write!(f, "the token service's answer is unusable: {why}")
            }
            ExchangeError::UnsupportedTokenType(t) => {
                write!(
                    f,
                    "the token service issued a {t:?} token, not a bearer token"
                )
            }
        }
    }
}

impl std::error::Error for ExchangeError {}

/// Only `[A-Za-z0-9_.-]`, bounded: what may be echoed from the token service.
fn sanitize_code(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        .take(64)
        .collect()
}

fn expires_in(v: Option<&serde_json::Value>) -> Result<Option<u64>, ExchangeError> {
    let bad = ExchangeError::Malformed("expires_in is not a number of seconds");
    match v {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::Number(n)) => match (n.as_u64(), n.as_f64()) {
            (Some(u), _) => Ok(Some(u)),
            (None, Some(f)) if f.is_finite() && f >= 0.0 => Ok(Some(f as u64)),
            _ => Err(bad),
        },
        // Some services send it as a string ("3599").
        Some(serde_json::Value::String(s)) => s.trim().parse::<u64>().map(Some).map_err(|_| bad),
        Some(_) => Err(bad),
    }
}

/// Parses the token service's answer (`status` None: the call failed with no
/// response at all). Pure; bounded; fails closed on anything unusable.
pub fn parse_exchange_response(
    status: Option<u32>,
    body: &[u8],
) -> Result<ExchangedToken, ExchangeError> {
    let Some(status) = status else {
        return Err(ExchangeError::Unreachable);
    };
    if body.len() > MAX_RESPONSE_BYTES {
        return Err(if status == 200 {
            ExchangeError::Malformed("the response is too large")
        } else {
            ExchangeError::Status(status)
        });
    }
    let json: Option<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_slice(body).ok();
    if status != 200 {
        // RFC 6749 §5.2: 400 (or 401 for client authentication) with `error`.
        let code = json
            .as_ref()
            .filter(|_| matches!(status, 400 | 401 | 403))
            .and_then(|m| m.get("error"))
            .and_then(|e| e.as_str())
            .map(sanitize_code)
            .filter(|c| !c.is_empty());
        return Err(match code {
            Some(c) => ExchangeError::Refused(c),
            None => ExchangeError::Status(status),
        });
    }
    let Some(m) = json else {
        return Err(ExchangeError::Malformed(
            "the response is not a JSON object",
        ));
    };
    let access_token = m
        .get("access_token")
        .and_then(|v| v.as_str())
        .filter(|t| header_value_ok(t) && !t.contains(' ') && t.len() <= MAX_TOKEN_BYTES)
        .ok_or(ExchangeError::Malformed(
            "access_token is missing or not a header-safe string",
        ))?;
    let token_type = m
        .get("token_type")
        .and_then(|v| v.as_str())
        .ok_or(ExchangeError::Malformed("token_type is missing"))?;
    if !(token_type.eq_ignore_ascii_case("bearer") || token_type.eq_ignore_ascii_case("n_a")) {
        return Err(ExchangeError::UnsupportedTokenType(sanitize_code(
            token_type,
        )));
    }
    let text = |k: &str| {
        m.get(k)
            .and_then(|v| v.as_str())
            .map(|s| s.chars().take(256).collect::<String>())
    };
    Ok(ExchangedToken {
        access_token: Secret::new(access_token),
        token_type: sanitize_code(token_type),
        expires_in: expires_in(m.get("expires_in"))?,
        issued_token_type: text("issued_token_type"),
        scope: text("scope"),
    })
}

#[derive(Debug, Clone)]
struct Entry {
    value: Secret,
    expires_at_ms: u64,
}

#[derive(Debug, Clone, Default)]
struct ServerCache {
    capacity: usize,
    entries: HashMap<[u8; 32], Entry>,
}

/// Exchanged credentials of one worker VM, bounded per server. Not shared
/// across workers (see the module notes).
#[derive(Debug, Clone, Default)]
pub struct TokenCache {
    servers: Vec<ServerCache>,
}

impl TokenCache {
    /// Capacities per server index (`Credentials::token_cache` builds it).
    pub(crate) fn with_capacities(capacities: Vec<usize>) -> TokenCache {
        TokenCache {
            servers: capacities
                .into_iter()
                .map(|capacity| ServerCache {
                    capacity,
                    entries: HashMap::new(),
                })
                .collect(),
        }
    }

    /// The cached header value, if still fresh.
    pub fn get(&self, key: &CacheKey, now_ms: u64) -> Option<&Secret> {
        let e = self.servers.get(key.server)?.entries.get(&key.digest)?;
        (e.expires_at_ms > now_ms).then_some(&e.value)
    }

    /// Stores a value until `expires_at_ms`; when the server's slots are
    /// full, drops expired entries, then the one closest to expiry.
    pub fn put(&mut self, key: &CacheKey, value: Secret, expires_at_ms: u64, now_ms: u64) {
        let Some(s) = self.servers.get_mut(key.server) else {
            return;
        };
        if s.capacity == 0 || expires_at_ms <= now_ms {
            return;
        }
        if s.entries.len() >= s.capacity && !s.entries.contains_key(&key.digest) {
            s.entries.retain(|_, e| e.expires_at_ms > now_ms);
            if s.entries.len() >= s.capacity {
                let soonest = s
                    .entries
                    .iter()
                    .min_by_key(|(_, e)| e.expires_at_ms)
                    .map(|(k, _)| *k);
                if let Some(k) = soonest {
                    s.entries.remove(&k);
                }
            }
        }
        s.entries.insert(
            key.digest,
            Entry {
                value,
                expires_at_ms,
            },
        );
    }

    /// Drops an entry, e.g. when the upstream answered 401 to it.
    pub fn forget(&mut self, key: &CacheKey) {
        if let Some(s) = self.servers.get_mut(key.server) {
            s.entries.remove(&key.digest);
        }
    }

    pub fn len(&self) -> usize {
        self.servers.iter().map(|s| s.entries.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
