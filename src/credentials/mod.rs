//! Credential injection, no token passthrough, OAuth resource-server manners
//! (issue 6). Pure: no proxy-wasm types; the stream glue calls it.
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `oauth` section deserializes into [`OAuthConfig`], each server's
//! optional `credentials` section into [`ServerCredentialsConfig`];
//! [`Credentials::compile`] validates both in one fallible step (errors name
//! the JSON path and the fix) and returns the runtime form.
//!
//! What it decides, per request to server `i` ([`Credentials::on_request`],
//! at request-headers time, so it works in both deployment modes):
//! 1. a token in the URL query (`access_token=`) → 400 `invalid_request`
//!    (MCP authorization: "Access tokens MUST NOT be included in the URI
//!    query string"; RFC 6750 §2.3 is not offered);
//! 2. a verified token whose `aud` does not name this resource → 401
//!    `invalid_token` (MCP: servers MUST validate the audience, RFC 8707);
//! 3. no token passthrough: `authorization` and the configured headers and
//!    cookies are removed, unless the verified token's audience is one the
//!    operator allowed to pass through to this upstream;
//! 4. the server's own credential is set from the host environment (per
//!    identity where configured), or an RFC 8693 exchange is asked for first.
//!
//! At body time the stream asks [`Credentials::scope_allows`] (task-scoped
//! tokens: policy ∩ token) and [`Credentials::step_up`] (403
//! `insufficient_scope`). [`Credentials::metadata_reply`] serves RFC 9728
//! documents; [`Credentials::unauthenticated`] builds the 401 challenge.
//!
//! Secrets (environment values, client tokens on their way to the token
//! service, exchanged tokens) live only in [`Secret`], whose `Debug`
//! redacts; no error, log line or reply built here contains one.

mod config;
mod exchange;
pub(crate) mod http;
mod oauth;
mod scopes;
mod secret;

pub use config::{
    ClientAuth, ExchangeConfig, InjectConfig, OAuthConfig, PerIdentityConfig,
    ServerCredentialsConfig, StepUpConfig,
};
pub use exchange::{
    parse_exchange_response, CacheKey, ExchangeCall, ExchangeError, ExchangedToken, TokenCache,
    GRANT_TYPE, MAX_RESPONSE_BYTES,
};
pub use secret::Secret;

use crate::error::ConfigError;
use crate::glob::GlobSet;
use crate::identity::Identity;
use crate::reply::{code, LocalReply, Reason};
use oauth::{normalize_aud, Resource};

/// JSON-RPC error code for "the gateway could not obtain the upstream
/// credential" (HTTP 502). Proposed for `reply::code`.
pub const CREDENTIAL_UNAVAILABLE: i64 = crate::reply::code::CREDENTIAL_UNAVAILABLE;

/// The path every RFC 9728 document lives under.
pub const WELL_KNOWN_PREFIX: &str = oauth::WELL_KNOWN;

/// Everything `on_request` needs from the request, read by the stream at
/// request-headers time. `Debug` redacts the client's credentials.
#[derive(Clone, Copy)]
pub struct RequestFacts<'a> {
    pub identity: &'a Identity,
    /// The verified token's `aud` claim (a string claim as one item): Some
    /// whenever a verified JWT is present, even if the claim is missing
    /// (then empty); None when the request carries no verified JWT.
    pub audiences: Option<&'a [String]>,
    /// `:path` as received, query included.
    pub path: &'a str,
    /// The client's `Authorization` header (the subject token of an
    /// exchange); the stream has already refused duplicates.
    pub authorization: Option<&'a str>,
    /// The `cookie` header (several headers joined with "; ").
    pub cookie: Option<&'a str>,
    /// The host clock, for the token cache.
    pub now_ms: u64,
}

impl std::fmt::Debug for RequestFacts<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let redacted = |v: Option<&str>| v.map(|_| "<redacted>");
        f.debug_struct("RequestFacts")
            .field("identity", self.identity)
            .field("audiences", &self.audiences)
            .field("path", &self.path)
            .field("authorization", &redacted(self.authorization))
            .field("cookie", &redacted(self.cookie))
            .field("now_ms", &self.now_ms)
            .finish()
    }
}

/// Where the upstream's credential came from, for facts and audit. Names,
/// never values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CredentialSource {
    /// The client's own token was kept (its audience is this upstream).
    Passthrough,
    /// Injected from this environment variable.
    Env(String),
    /// An RFC 8693 exchanged token (`cached`: no call was needed).
    Exchange { cached: bool },
}

impl CredentialSource {
    /// A fixed label (`passthrough`, `injected`, `exchanged`, `exchanged_cached`).
    pub fn label(&self) -> &'static str {
        match self {
            CredentialSource::Passthrough => "passthrough",
            CredentialSource::Env(_) => "injected",
            CredentialSource::Exchange { cached: false } => "exchanged",
            CredentialSource::Exchange { cached: true } => "exchanged_cached",
        }
    }
}

/// Header changes for the upstream request: apply `remove` first (every
/// copy), then `set` (replacing). If `exchange` is Some, send it, pause, and
/// apply [`Credentials::exchange_response`]'s plan before resuming.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeaderPlan {
    /// Lowercase header names.
    pub remove: Vec<String>,
    /// Lowercase header names and values (credentials, or a filtered cookie
    /// header): `Debug` redacts the values.
    pub set: Vec<(String, Secret)>,
    pub exchange: Option<ExchangeCall>,
    pub sources: Vec<CredentialSource>,
    /// The cache entry behind an exchanged credential: forget it with
    /// [`TokenCache::forget`] if the upstream answers 401.
    pub exchange_key: Option<CacheKey>,
}

impl HeaderPlan {
    /// The header operations in the order to apply them: every removal
    /// (`None`), then every set (`Some(value)`), ready for
    /// `host.set_request_header(name, value)`.
    pub fn header_ops(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.remove
            .iter()
            .map(|n| (n.as_str(), None))
            .chain(self.set.iter().map(|(n, v)| (n.as_str(), Some(v.expose()))))
    }
}

#[derive(Debug, Clone)]
struct Credential {
    env: String,
    /// The formatted header value (`Bearer <secret>`).
    value: Secret,
}

#[derive(Debug, Clone)]
struct IdentityCredential {
    subjects: Vec<String>,
    groups: Vec<String>,
    credential: Credential,
}

#[derive(Debug, Clone)]
struct Inject {
    header: String,
    default: Option<Credential>,
    per_identity: Vec<IdentityCredential>,
}

impl Inject {
    fn choose(&self, id: &Identity) -> Option<&Credential> {
        self.per_identity
            .iter()
            .find(|p| {
                id.subject.as_ref().is_some_and(|s| p.subjects.contains(s))
                    || id.groups.iter().any(|g| p.groups.contains(g))
            })
            .map(|p| &p.credential)
            .or(self.default.as_ref())
    }
}

#[derive(Debug, Clone)]
struct ServerCreds {
    name: String,
    /// Index into `Credentials::resources`.
    resource: Option<usize>,
    /// Accepted `aud` values, normalized; empty: no audience check.
    audiences: Vec<String>,
    challenge_scopes: Vec<String>,
    strip_headers: Vec<String>,
    strip_cookies: GlobSet,
    passthrough_audiences: Vec<String>,
    inject: Option<Inject>,
    exchange: Option<exchange::Exchange>,
    step_up: Vec<scopes::StepUp>,
}

/// The compiled `oauth` and `servers[i].credentials` sections.
#[derive(Debug, Clone, Default)]
pub struct Credentials {
    servers: Vec<ServerCreds>,
    resources: Vec<Resource>,
    /// The resource answered at the bare `/.well-known/oauth-protected-resource`.
    root_resource: Option<usize>,
    /// `oauth.challengeScopes`, for 401s before a server is known.
    challenge_scopes: Vec<String>,
    task_prefix: Option<String>,
}

/// Adds a resource (or finds the same URI), refusing two resources whose
/// metadata would live at one path.
fn intern_resource(
    resources: &mut Vec<Resource>,
    path: &str,
    uri: &str,
) -> Result<usize, ConfigError> {
    if let Some(i) = resources.iter().position(|r| r.uri == uri) {
        return Ok(i);
    }
    let r = Resource::new(path, uri)?;
    if let Some(other) = resources
        .iter()
        .find(|o| o.well_known_path == r.well_known_path)
    {
        return Err(ConfigError::new(
            path,
            format!(
                "{uri:?} would publish its metadata at {} like {:?} ({}); the filter answers by path, so give each resource a distinct path",
                r.well_known_path, other.uri, other.origin_path
            ),
        ));
    }
    resources.push(r);
    Ok(resources.len() - 1)
}

fn audiences(path: &str, list: &[String]) -> Result<Vec<String>, ConfigError> {
    let mut out = Vec::with_capacity(list.len());
    for (j, a) in list.iter().enumerate() {
        if a.is_empty() || a.len() > 512 || a.chars().any(char::is_control) {
            return Err(ConfigError::new(
                format!("{path}[{j}]"),
                "must be a non-empty audience value (the token's aud), at most 512 characters",
            ));
        }
        out.push(normalize_aud(a));
    }
    Ok(out)
}

fn compile_inject(
    path: &str,
    c: &InjectConfig,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Inject, ConfigError> {
    let header = http::header_name(&format!("{path}.header"), &c.header)?;
    http::check_format(&format!("{path}.format"), &c.format)?;
    let credential = |p: String, name: &str| -> Result<Credential, ConfigError> {
        let secret = http::env_secret(&p, name, env)?;
        Ok(Credential {
            env: name.to_string(),
            value: Secret::new(c.format.replace("{}", secret.expose())),
        })
    };
    let default = match &c.from_env {
        Some(name) => Some(credential(format!("{path}.fromEnv"), name)?),
        None => None,
    };
    let mut per_identity = Vec::with_capacity(c.per_identity.len());
    for (k, p) in c.per_identity.iter().enumerate() {
        let pp = format!("{path}.perIdentity[{k}]");
        if p.subjects.is_empty() && p.groups.is_empty() {
            return Err(ConfigError::new(
                pp,
                "name the subjects or groups this credential belongs to",
            ));
        }
        if p.subjects.iter().chain(&p.groups).any(String::is_empty) {
            return Err(ConfigError::new(
                pp,
                "subjects and groups must not be empty strings",
            ));
        }
        per_identity.push(IdentityCredential {
            subjects: p.subjects.clone(),
            groups: p.groups.clone(),
            credential: credential(format!("{pp}.fromEnv"), &p.from_env)?,
        });
    }
    if default.is_none() && per_identity.is_empty() {
        return Err(ConfigError::new(
            path,
            "give fromEnv (the server's credential) and/or perIdentity (credentials of people or groups)",
        ));
    }
    Ok(Inject {
        header,
        default,
        per_identity,
    })
}

impl Credentials {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are
    /// `servers[i].credentials`. Secrets are read from the process
    /// environment (in wasm: Envoy's `vm_config.environment_variables`).
    pub fn compile(
        top: Option<OAuthConfig>,
        servers: &[(String, Option<ServerCredentialsConfig>)],
    ) -> Result<Credentials, ConfigError> {
        Self::compile_with_env(top, servers, &|name: &str| std::env::var(name).ok())
    }

    /// [`Credentials::compile`] with the environment given as a function.
    pub fn compile_with_env(
        top: Option<OAuthConfig>,
        servers: &[(String, Option<ServerCredentialsConfig>)],
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Credentials, ConfigError> {
        let mut resources: Vec<Resource> = Vec::new();
        let mut top_resource = None;
        let mut top_audiences = Vec::new();
        let mut top_challenge = Vec::new();
        let mut task_prefix = None;
        if let Some(o) = &top {
            if o.authorization_servers.is_empty() {
                return Err(ConfigError::new(
                    "oauth.authorizationServers",
                    "name at least one authorization server (issuer URL) clients can get tokens from",
                ));
            }
            for (j, a) in o.authorization_servers.iter().enumerate() {
                oauth::parse_url(
                    &format!("oauth.authorizationServers[{j}]"),
                    a,
                    oauth::UrlKind::Issuer,
                )?;
            }
            for (field, v) in [
                ("resourceDocumentation", &o.resource_documentation),
                ("resourcePolicyUri", &o.resource_policy_uri),
                ("resourceTosUri", &o.resource_tos_uri),
            ] {
                if let Some(v) = v {
                    oauth::parse_url(&format!("oauth.{field}"), v, oauth::UrlKind::Link)?;
                }
            }
            if let Some(n) = &o.resource_name {
                check_name("oauth.resourceName", n)?;
            }
            http::scopes("oauth.scopesSupported", &o.scopes_supported)?;
            top_challenge = http::scopes("oauth.challengeScopes", &o.challenge_scopes)?;
            top_audiences = audiences("oauth.audiences", &o.audiences)?;
            if let Some(r) = &o.resource {
                top_resource = Some(intern_resource(&mut resources, "oauth.resource", r)?);
            }
            if let Some(p) = &o.task_scope_prefix {
                scopes::check_prefix(p)?;
                task_prefix = Some(p.clone());
            }
        }

        let mut compiled = Vec::with_capacity(servers.len());
        let mut resource_names: Vec<Option<String>> = vec![None; resources.len()];
        for (i, (name, section)) in servers.iter().enumerate() {
            let path = format!("servers[{i}].credentials");
            let c = section.clone().unwrap_or_default();
            let resource = match (&c.resource, &top) {
                (Some(r), Some(_)) => Some(intern_resource(
                    &mut resources,
                    &format!("{path}.resource"),
                    r,
                )?),
                (Some(_), None) => {
                    return Err(ConfigError::new(
                        format!("{path}.resource"),
                        "needs the top-level \"oauth\" section with authorizationServers, so clients can find where to get tokens",
                    ))
                }
                (None, _) => top_resource,
            };
            resource_names.resize(resources.len(), None);
            if let Some(n) = &c.resource_name {
                check_name(&format!("{path}.resourceName"), n)?;
                match resource.and_then(|r| resource_names.get_mut(r)) {
                    Some(slot) => {
                        slot.get_or_insert_with(|| n.clone());
                    }
                    None => {
                        return Err(ConfigError::new(
                            format!("{path}.resourceName"),
                            "names a resource, but this server has none; set resource here or oauth.resource",
                        ))
                    }
                }
            }
            let mut accepted = Vec::new();
            if let Some(r) = resource.and_then(|r| resources.get(r)) {
                accepted.push(normalize_aud(&r.uri));
                accepted.extend(top_audiences.iter().cloned());
            }
            for a in audiences(&format!("{path}.audiences"), &c.audiences)? {
                accepted.push(a);
            }
            let mut seen = Vec::with_capacity(accepted.len());
            accepted.retain(|a| {
                let fresh = !seen.contains(a);
                if fresh {
                    seen.push(a.clone());
                }
                fresh
            });
            let challenge_scopes = match &c.challenge_scopes {
                Some(list) => http::scopes(&format!("{path}.challengeScopes"), list)?,
                None => top_challenge.clone(),
            };

            let mut strip_headers = vec!["authorization".to_string()];
            for (j, h) in c.strip_headers.iter().enumerate() {
                let h = http::header_name(&format!("{path}.stripHeaders[{j}]"), h)?;
                if !strip_headers.contains(&h) {
                    strip_headers.push(h);
                }
            }
            for (j, n) in c.strip_cookies.iter().enumerate() {
                let ok = |ch: char| ch.is_ascii_graphic() && !"()<>@,;:\\\"/[]={}".contains(ch);
                if n.is_empty() || n.len() > 256 || !n.chars().all(ok) {
                    return Err(ConfigError::new(
                        format!("{path}.stripCookies[{j}]"),
                        format!("{n:?} is not a cookie name (globs such as \"__Host-*\" work)"),
                    ));
                }
            }
            let passthrough_audiences = audiences(
                &format!("{path}.allowPassthroughForAudiences"),
                &c.allow_passthrough_for_audiences,
            )?;

            let inject = match &c.inject {
                Some(cfg) => Some(compile_inject(&format!("{path}.inject"), cfg, env)?),
                None => None,
            };
            let exchange = match &c.exchange {
                Some(cfg) => Some(exchange::compile(&format!("{path}.exchange"), cfg, env)?),
                None => None,
            };
            if let (Some(inj), Some(x)) = (&inject, &exchange) {
                if inj.header == x.header {
                    return Err(ConfigError::new(
                        format!("{path}.exchange.header"),
                        format!("inject and exchange both set {:?}; give them different headers or keep one", x.header),
                    ));
                }
            }
            let sets_authorization = inject.iter().any(|j| j.header == "authorization")
                || exchange.iter().any(|x| x.header == "authorization");
            if !passthrough_audiences.is_empty() && sets_authorization {
                return Err(ConfigError::new(
                    format!("{path}.allowPassthroughForAudiences"),
                    "cannot be combined with a credential injected into authorization: choose whether the server gets the caller's own token or the gateway's credential",
                ));
            }
            let step_up = scopes::compile_step_up(&format!("{path}.stepUp"), &c.step_up)?;
            compiled.push(ServerCreds {
                name: name.clone(),
                resource,
                audiences: accepted,
                challenge_scopes,
                strip_headers,
                strip_cookies: GlobSet::new(&c.strip_cookies),
                passthrough_audiences,
                inject,
                exchange,
                step_up,
            });
        }

        // Documents: scopes_supported gathers what clients may need to ask
        // for here (published, challenge and step-up scopes).
        if let Some(o) = &top {
            for (ri, r) in resources.iter_mut().enumerate() {
                let mut scopes: Vec<String> = o.scopes_supported.clone();
                let users: Vec<&ServerCreds> =
                    compiled.iter().filter(|s| s.resource == Some(ri)).collect();
                // A resource no server uses still advertises the default challenge.
                let mut extra: Vec<String> = if users.is_empty() {
                    top_challenge.clone()
                } else {
                    Vec::new()
                };
                for s in &users {
                    extra.extend(s.challenge_scopes.iter().cloned());
                    for st in &s.step_up {
                        extra.extend(st.scopes.iter().cloned());
                    }
                }
                for sc in extra {
                    if !scopes.contains(&sc) {
                        scopes.push(sc);
                    }
                }
                let name = resource_names
                    .get(ri)
                    .cloned()
                    .flatten()
                    .or_else(|| o.resource_name.clone());
                r.document = oauth::document(&oauth::DocumentFields {
                    resource: &r.uri,
                    authorization_servers: &o.authorization_servers,
                    scopes_supported: &scopes,
                    resource_name: name.as_deref(),
                    resource_documentation: o.resource_documentation.as_deref(),
                    resource_policy_uri: o.resource_policy_uri.as_deref(),
                    resource_tos_uri: o.resource_tos_uri.as_deref(),
                });
            }
        }
        // The bare well-known path: the resource at the root, else the only
        // resource, else oauth.resource.
        let root_resource = resources
            .iter()
            .position(|r| r.well_known_path == oauth::WELL_KNOWN)
            .or_else(|| (resources.len() == 1).then_some(0))
            .or(top_resource);

        Ok(Credentials {
            servers: compiled,
            resources,
            root_resource,
            challenge_scopes: top_challenge,
            task_prefix,
        })
    }

    /// A fresh per-VM cache sized for this configuration.
    pub fn token_cache(&self) -> TokenCache {
        TokenCache::with_capacities(
            self.servers
                .iter()
                .map(|s| s.exchange.as_ref().map_or(0, |x| x.cache_entries))
                .collect(),
        )
    }

    fn resource_of(&self, server: Option<usize>) -> Option<&Resource> {
        let idx = match server {
            Some(i) => self.servers.get(i)?.resource,
            None => self.root_resource,
        };
        self.resources.get(idx?)
    }

    /// The RFC 9728 metadata URL for `resource_metadata="…"` (None: no
    /// `oauth` section or no resource for this server).
    pub fn resource_metadata_url(&self, server: Option<usize>) -> Option<&str> {
        self.resource_of(server).map(|r| r.metadata_url.as_str())
    }

    /// Answers `GET /.well-known/oauth-protected-resource[/<path>]` (query
    /// ignored) with the RFC 9728 document; None for any other path. Call it
    /// for GET and HEAD before server matching and identity checks: the
    /// document is public.
    pub fn metadata_reply(&self, path: &str) -> Option<LocalReply> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        if !path.starts_with(oauth::WELL_KNOWN) {
            return None;
        }
        let r = self
            .resources
            .iter()
            .find(|r| r.well_known_path == path && !r.document.is_empty())
            .or_else(|| {
                (path == oauth::WELL_KNOWN)
                    .then(|| self.root_resource.and_then(|i| self.resources.get(i)))
                    .flatten()
            })?;
        if r.document.is_empty() {
            return None;
        }
        Some(LocalReply {
            status: 200,
            headers: vec![
                ("content-type".into(), "application/json".into()),
                ("cache-control".into(), "public, max-age=3600".into()),
                // Browser-based MCP clients fetch it cross-origin.
                ("access-control-allow-origin".into(), "*".into()),
            ],
            body: r.document.clone().into_bytes(),
            reason: Reason::OauthMetadata,
            rpc_code: None,
        })
    }

    fn challenge_scopes_of(&self, server: Option<usize>) -> &[String] {
        match server.and_then(|i| self.servers.get(i)) {
            Some(s) => &s.challenge_scopes,
            None => &self.challenge_scopes,
        }
    }

    /// 401 with `WWW-Authenticate: Bearer resource_metadata="…", scope="…"`
    /// (MCP 2025-11-25 authorization; RFC 9728 §5.1). `server` None: before
    /// a server matched. `fallback_metadata_url`: the legacy
    /// `identity.resourceMetadataUrl`, used when no resource is configured.
    pub fn unauthenticated(
        &self,
        server: Option<usize>,
        fallback_metadata_url: Option<&str>,
    ) -> LocalReply {
        let url = self
            .resource_metadata_url(server)
            .or(fallback_metadata_url)
            .map(http::quote_safe)
            .unwrap_or_default();
        let scope = self.challenge_scopes_of(server).join(" ");
        LocalReply::rpc_error(
            401,
            None,
            code::UNAUTHENTICATED,
            "mcp-warden: authentication required",
            Reason::Unauthenticated,
        )
        .with_header(
            "www-authenticate",
            &oauth::challenge(&[("resource_metadata", url), ("scope", scope)]),
        )
    }

    /// The per-request header decision (see the module notes for the order).
    /// Call after the identity requirement passed and before the request
    /// headers are released; `cache` is this VM's [`TokenCache`].
    pub fn on_request(
        &self,
        server: usize,
        req: &RequestFacts<'_>,
        cache: &TokenCache,
    ) -> Result<HeaderPlan, LocalReply> {
        if http::query_has_access_token(req.path) {
            return Err(self.token_in_query(server));
        }
        let Some(s) = self.servers.get(server) else {
            // Unknown server index: still never pass a token through.
            return Ok(HeaderPlan {
                remove: vec!["authorization".into()],
                ..HeaderPlan::default()
            });
        };
        self.check_audience(server, s, req)?;

        let mut plan = HeaderPlan::default();
        let passthrough = !s.passthrough_audiences.is_empty()
            && req.audiences.is_some_and(|aud| {
                aud.iter()
                    .any(|a| s.passthrough_audiences.contains(&normalize_aud(a)))
            });
        for h in &s.strip_headers {
            if !(passthrough && h == "authorization") {
                plan.remove.push(h.clone());
            }
        }
        if passthrough {
            plan.sources.push(CredentialSource::Passthrough);
        }
        if let Some(kept) = req
            .cookie
            .and_then(|c| http::strip_cookies(c, &s.strip_cookies))
        {
            plan.remove.push("cookie".into());
            if !kept.is_empty() {
                plan.set.push(("cookie".into(), Secret::new(kept)));
            }
        }

        if let Some(inj) = &s.inject {
            let Some(c) = inj.choose(req.identity) else {
                return Err(self.no_credential(server, s, req.identity));
            };
            plan.set.push((inj.header.clone(), c.value.clone()));
            plan.sources.push(CredentialSource::Env(c.env.clone()));
        }

        if let Some(x) = &s.exchange {
            if req.audiences.is_none() && !req.identity.has_jwt {
                return Err(self.unauthenticated(Some(server), None));
            }
            let Some(token) = req.authorization.and_then(bearer_token) else {
                return Err(LocalReply::rpc_error(
                    500,
                    None,
                    CREDENTIAL_UNAVAILABLE,
                    &format!("mcp-warden: server '{}' needs a token exchange, but the client's bearer token did not reach the filter; set forward: true on the jwt_authn provider (mcp-warden removes the token before the upstream)", s.name),
                    Reason::ExchangeMisconfigured,
                ));
            };
            let subject = req.identity.subject.as_deref().unwrap_or_default();
            let key = CacheKey::new(server, subject, token);
            match cache.get(&key, req.now_ms) {
                Some(v) => {
                    plan.set.push((x.header.clone(), v.clone()));
                    plan.sources
                        .push(CredentialSource::Exchange { cached: true });
                }
                None => {
                    plan.exchange = Some(x.call(server, token, key.clone()));
                    plan.sources
                        .push(CredentialSource::Exchange { cached: false });
                }
            }
            plan.exchange_key = Some(key);
        }
        Ok(plan)
    }

    /// Finishes an exchange: `status` is the token service's `:status` (None
    /// when the call failed without an answer: unknown cluster, reset), `body`
    /// its body (at most [`MAX_RESPONSE_BYTES`] are needed). Caches the token
    /// and returns the header to set, or the reply that fails the request
    /// closed: 403 when the service refused the caller's token, else 502.
    pub fn exchange_response(
        &self,
        call: &ExchangeCall,
        status: Option<u32>,
        body: &[u8],
        cache: &mut TokenCache,
        now_ms: u64,
    ) -> Result<HeaderPlan, LocalReply> {
        let s = self.servers.get(call.server);
        let name = s.map(|s| s.name.as_str()).unwrap_or_default();
        let Some(x) = s.and_then(|s| s.exchange.as_ref()) else {
            return Err(exchange_failure(name, &ExchangeError::Unreachable));
        };
        let token =
            parse_exchange_response(status, body).map_err(|e| exchange_failure(name, &e))?;
        let (value, ttl_ms) = x.header_value(&token);
        if ttl_ms > 0 {
            cache.put(
                call.key(),
                value.clone(),
                now_ms.saturating_add(ttl_ms),
                now_ms,
            );
        }
        Ok(HeaderPlan {
            set: vec![(x.header.clone(), value)],
            sources: vec![CredentialSource::Exchange { cached: false }],
            exchange_key: Some(call.key().clone()),
            ..HeaderPlan::default()
        })
    }

    /// Policy ∩ token: false when the caller's token is task-scoped (carries
    /// a `<prefix><server>:<tool-glob>` scope) and no task scope covers this
    /// tool on this server. Gate `tools/call` and filter `tools/list` with it.
    pub fn scope_allows(&self, server: usize, tool: &str, scopes: &[String]) -> bool {
        let Some(prefix) = &self.task_prefix else {
            return true;
        };
        match self.servers.get(server) {
            Some(s) => scopes::task_allows(prefix, &s.name, tool, scopes),
            None => !self.is_task_scoped(scopes),
        }
    }

    /// True when the token carries at least one task scope.
    pub fn is_task_scoped(&self, scopes: &[String]) -> bool {
        self.task_prefix
            .as_deref()
            .is_some_and(|p| scopes::task_scopes(p, scopes).next().is_some())
    }

    /// A 403 `insufficient_scope` challenge when `tool` needs scopes the token
    /// lacks (MCP 2025-11-25 "Runtime Insufficient Scope Errors", RFC 6750
    /// §3.1); None when the token has them or the tool needs none. `rpc_id`:
    /// the raw JSON-RPC id, echoed in the error body.
    pub fn step_up(
        &self,
        server: usize,
        tool: &str,
        scopes: &[String],
        rpc_id: Option<&str>,
    ) -> Option<LocalReply> {
        let s = self.servers.get(server)?;
        let (_, missing) = scopes::required_and_missing(&s.step_up, tool, scopes);
        if missing.is_empty() {
            return None;
        }
        let need = missing.join(" ");
        let description = http::quote_safe(&format!(
            "tool {tool} on server {} requires scope {need}",
            s.name
        ));
        let url = self
            .resource_metadata_url(Some(server))
            .map(http::quote_safe)
            .unwrap_or_default();
        let challenge = oauth::challenge(&[
            ("error", "insufficient_scope".into()),
            ("scope", scopes::step_up_scope(scopes, &missing)),
            ("resource_metadata", url),
            ("error_description", description),
        ]);
        Some(
            LocalReply::rpc_error(
                403,
                rpc_id,
                code::ACCESS_DENIED,
                &format!("mcp-warden: tool '{tool}' needs scope '{need}'; authorize again with it (step-up) and retry"),
                Reason::InsufficientScope,
            )
            .with_header("www-authenticate", &challenge),
        )
    }

    fn token_in_query(&self, server: usize) -> LocalReply {
        let url = self
            .resource_metadata_url(Some(server))
            .map(http::quote_safe)
            .unwrap_or_default();
        LocalReply::rpc_error(
            400,
            None,
            code::INVALID_REQUEST,
            "mcp-warden: access tokens are accepted only in the Authorization header, never in the URL query (MCP authorization: tokens MUST NOT be included in the URI query string)",
            Reason::TokenInQuery,
        )
        .with_header(
            "www-authenticate",
            &oauth::challenge(&[
                ("error", "invalid_request".into()),
                (
                    "error_description",
                    "access token in the URL query; send it in the Authorization header".into(),
                ),
                ("resource_metadata", url),
            ]),
        )
    }

    fn check_audience(
        &self,
        server: usize,
        s: &ServerCreds,
        req: &RequestFacts<'_>,
    ) -> Result<(), LocalReply> {
        if s.audiences.is_empty() {
            return Ok(());
        }
        let aud = match req.audiences {
            Some(a) => a,
            None if req.identity.has_jwt => &[],
            None => return Ok(()),
        };
        if aud
            .iter()
            .take(64)
            .any(|a| s.audiences.contains(&normalize_aud(a)))
        {
            return Ok(());
        }
        let resource = self
            .resource_of(Some(server))
            .map(|r| r.uri.as_str())
            .unwrap_or_default();
        let description = if resource.is_empty() {
            "the token was not issued for this server (aud)".to_string()
        } else {
            http::quote_safe(&format!(
                "the token was not issued for this resource; request one with resource={resource}"
            ))
        };
        let url = self
            .resource_metadata_url(Some(server))
            .map(http::quote_safe)
            .unwrap_or_default();
        Err(LocalReply::rpc_error(
            401,
            None,
            code::UNAUTHENTICATED,
            &format!("mcp-warden: the token's audience (aud) does not include this server's resource {resource:?}"),
            Reason::InvalidAudience,
        )
        .with_header(
            "www-authenticate",
            &oauth::challenge(&[
                ("error", "invalid_token".into()),
                ("error_description", description),
                ("resource_metadata", url),
                ("scope", s.challenge_scopes.join(" ")),
            ]),
        ))
    }

    fn no_credential(&self, server: usize, s: &ServerCreds, id: &Identity) -> LocalReply {
        if id.is_anonymous() {
            return self.unauthenticated(Some(server), None);
        }
        LocalReply::rpc_error(
            403,
            None,
            code::ACCESS_DENIED,
            &format!(
                "mcp-warden: server '{}' acts as the caller and holds no credential for this identity",
                s.name
            ),
            Reason::NoCredential,
        )
    }
}

fn check_name(path: &str, n: &str) -> Result<(), ConfigError> {
    if n.is_empty() || n.len() > 256 || n.chars().any(char::is_control) {
        return Err(ConfigError::new(
            path,
            "must be 1-256 characters without control characters",
        ));
    }
    Ok(())
}

/// The token of an `Authorization: Bearer <b64token>` header (RFC 6750 §2.1).
fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    let token = token.trim();
    let b64 = |c: char| c.is_ascii_alphanumeric() || "-._~+/=".contains(c);
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.chars().all(b64))
        .then_some(token)
}

fn exchange_failure(server: &str, e: &ExchangeError) -> LocalReply {
    if e.is_callers_fault() {
        LocalReply::rpc_error(
            403,
            None,
            code::ACCESS_DENIED,
            &format!("mcp-warden: server '{server}' needs an exchanged token and {e}"),
            Reason::ExchangeRefused,
        )
    } else {
        LocalReply::rpc_error(
            502,
            None,
            CREDENTIAL_UNAVAILABLE,
            &format!("mcp-warden: could not obtain a credential for server '{server}': {e}"),
            Reason::ExchangeFailed,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_tokens_are_read_only_from_the_bearer_scheme() {
        assert_eq!(bearer_token("Bearer abc.def-ghi_"), Some("abc.def-ghi_"));
        assert_eq!(bearer_token("bearer  abc=="), Some("abc=="));
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("Bearer"), None);
        assert_eq!(bearer_token("Bearer a b"), None);
        assert_eq!(bearer_token("Bearer a\"b"), None);
    }
}
