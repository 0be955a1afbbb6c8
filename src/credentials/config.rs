//! The `oauth` and `servers[i].credentials` sections as the operator writes
//! them. Strict: unknown fields are errors, camelCase throughout. Nothing in
//! here is secret: secrets are named (`fromEnv`), never written.

use serde::Deserialize;

/// Top-level `oauth`: this gateway as an OAuth 2.1 resource server (MCP
/// authorization 2025-06-18 / 2025-11-25, RFC 9728, RFC 6750).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OAuthConfig {
    /// The protected resource (canonical MCP server URI, RFC 8707) for every
    /// server that does not name its own `credentials.resource`.
    #[serde(default)]
    pub resource: Option<String>,
    /// Issuer URLs clients may get tokens from (RFC 9728
    /// `authorization_servers`). At least one.
    #[serde(default)]
    pub authorization_servers: Vec<String>,
    /// Published as `scopes_supported`; step-up and challenge scopes are added.
    #[serde(default)]
    pub scopes_supported: Vec<String>,
    /// `scope="…"` of the 401 challenge: what a client should ask for first.
    #[serde(default)]
    pub challenge_scopes: Vec<String>,
    /// Further `aud` values accepted besides the resource URI, for every server.
    #[serde(default)]
    pub audiences: Vec<String>,
    #[serde(default)]
    pub resource_name: Option<String>,
    #[serde(default)]
    pub resource_documentation: Option<String>,
    #[serde(default)]
    pub resource_policy_uri: Option<String>,
    #[serde(default)]
    pub resource_tos_uri: Option<String>,
    /// Turns on task-scoped tokens: a scope `<prefix><server>:<tool-glob>`
    /// narrows the caller to those tools. Absent: scopes never narrow.
    #[serde(default)]
    pub task_scope_prefix: Option<String>,
}

/// `servers[i].credentials`: what reaches this server's upstream, and how this
/// server presents itself as a protected resource.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerCredentialsConfig {
    /// This server's protected-resource URI; overrides `oauth.resource`.
    #[serde(default)]
    pub resource: Option<String>,
    /// `resource_name` in this server's metadata; overrides `oauth.resourceName`.
    #[serde(default)]
    pub resource_name: Option<String>,
    /// Further accepted `aud` values for this server.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Overrides `oauth.challengeScopes` for this server's 401s.
    #[serde(default)]
    pub challenge_scopes: Option<Vec<String>>,
    /// Client credential headers removed before the upstream, besides
    /// `authorization` (always removed unless passthrough applies).
    #[serde(default)]
    pub strip_headers: Vec<String>,
    /// Cookie names (globs) removed from the `cookie` header.
    #[serde(default)]
    pub strip_cookies: Vec<String>,
    /// Keep the client's `Authorization` header when its verified token's
    /// `aud` contains one of these (the token was issued for this upstream).
    #[serde(default)]
    pub allow_passthrough_for_audiences: Vec<String>,
    #[serde(default)]
    pub inject: Option<InjectConfig>,
    #[serde(default)]
    pub exchange: Option<ExchangeConfig>,
    /// Tools that need more scope than the token has (403 insufficient_scope).
    #[serde(default)]
    pub step_up: Vec<StepUpConfig>,
}

/// A credential the gateway holds and sets on every request to the server.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct InjectConfig {
    #[serde(default = "default_header")]
    pub header: String,
    /// Exactly one `{}`, replaced by the secret.
    #[serde(default = "default_format")]
    pub format: String,
    /// Environment variable with the server's own credential (Envoy
    /// `vm_config.environment_variables.host_env_keys`).
    #[serde(default)]
    pub from_env: Option<String>,
    /// Credentials of people or groups, first match wins, for servers that
    /// must act as the person. Callers matching none get `fromEnv`, or 403
    /// when it is absent.
    #[serde(default)]
    pub per_identity: Vec<PerIdentityConfig>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PerIdentityConfig {
    /// Exact subjects (`sub`).
    #[serde(default)]
    pub subjects: Vec<String>,
    /// Exact group names.
    #[serde(default)]
    pub groups: Vec<String>,
    pub from_env: String,
}

/// RFC 8693 token exchange at an Envoy cluster before forwarding.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ExchangeConfig {
    /// Envoy cluster of the token service.
    pub cluster: String,
    /// `:authority` of the token request.
    pub authority: String,
    /// Token endpoint path, e.g. `/oauth2/token`.
    pub path: String,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u32,
    #[serde(default)]
    pub client_id: Option<String>,
    #[serde(default)]
    pub client_secret_from_env: Option<String>,
    /// `basic` (RFC 6749 client_secret_basic), `post` (client_secret_post) or
    /// `none`. Default: `basic` with a secret, `none` without.
    #[serde(default)]
    pub client_auth: Option<ClientAuth>,
    /// RFC 8693 `audience` (logical name of the target service).
    #[serde(default)]
    pub audience: Option<String>,
    /// RFC 8693 / RFC 8707 `resource` (absolute URI of the target).
    #[serde(default)]
    pub resource: Option<String>,
    /// Space-separated scopes to request.
    #[serde(default)]
    pub scope: Option<String>,
    /// `access_token` (default), `jwt`, `id_token`, or a full token-type URN.
    #[serde(default)]
    pub subject_token_type: Option<String>,
    #[serde(default)]
    pub requested_token_type: Option<String>,
    #[serde(default = "default_header")]
    pub header: String,
    #[serde(default = "default_format")]
    pub format: String,
    /// Cached exchanged tokens per worker VM for this server (0: no cache).
    #[serde(default = "default_cache_entries")]
    pub cache_entries: u32,
    /// Upper bound on how long one exchanged token is reused.
    #[serde(default = "default_max_cache_seconds")]
    pub max_cache_seconds: u32,
    /// Stop using a token this long before its `expires_in` runs out.
    #[serde(default = "default_skew")]
    pub expiry_skew_seconds: u32,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    Basic,
    Post,
    None,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct StepUpConfig {
    /// Tool name globs; matched like deny rules (also case-folded and
    /// confusable forms), so `Delete_x` cannot dodge `delete_*`.
    pub tools: Vec<String>,
    /// Scopes the token must carry (space-separated: all of them).
    pub scope: String,
}

fn default_header() -> String {
    "authorization".into()
}
fn default_format() -> String {
    "Bearer {}".into()
}
fn default_timeout_ms() -> u32 {
    5000
}
fn default_cache_entries() -> u32 {
    1024
}
fn default_max_cache_seconds() -> u32 {
    3600
}
fn default_skew() -> u32 {
    30
}
