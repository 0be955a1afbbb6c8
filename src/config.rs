//! The filter JSON as written by the operator (`raw` types, strict serde) and
//! its validation into the runtime form ([`crate::policy::Policy`]).
//!
//! Every error names the JSON path and, where we know it, the fix. The plugin
//! refuses to start on any error: nothing is half-loaded.

use serde::Deserialize;

pub const API_VERSION: &str = "mcp-warden/v1";

pub use crate::error::ConfigError;

pub use crate::modes::{Effect, Mode};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RawConfig {
    /// Editor metadata: the JSON Schema this file follows (ignored by the
    /// filter, so `"$schema": "…/policy.schema.json"` can stay in the file).
    #[serde(default, rename = "$schema")]
    pub schema: Option<String>,
    #[cfg_attr(feature = "schema", schemars(extend("const" = "mcp-warden/v1")))]
    pub api_version: String,
    #[serde(default)]
    pub mode: Mode,
    #[serde(default)]
    pub envoy: EnvoySettings,
    #[serde(default)]
    pub limits: Limits,
    #[serde(default)]
    pub identity: IdentityConfig,
    pub servers: Vec<ServerConfig>,
    #[serde(default)]
    pub rules: Vec<RuleConfig>,
    pub default_effect: Effect,
    #[serde(default)]
    pub tasks: TasksConfig,
    #[serde(default)]
    pub audit: Option<crate::audit::AuditConfig>,
    #[serde(default)]
    pub quotas: Option<crate::quota::QuotaConfig>,
    #[serde(default)]
    pub dlp: Option<crate::dlp::DlpConfig>,
    #[serde(default)]
    pub oauth: Option<crate::credentials::OAuthConfig>,
    #[serde(default)]
    pub integrity: Option<crate::integrity::IntegrityConfig>,
    #[serde(default)]
    pub sessions: Option<SessionsConfig>,
    #[serde(default)]
    pub approvals: Option<crate::approval::ApprovalsConfig>,
    /// Named sets of tools, prompts and resources offered per route.
    #[serde(default)]
    pub collections: Vec<crate::collections::CollectionConfig>,
    /// Session taint rules (toxic flows).
    #[serde(default)]
    pub taint: Option<crate::taint::TaintConfig>,
}

/// `sessions`: the keys that seal the session and task ids the filter
/// hands out (see `crate::binding`). Without it each proxy makes its own
/// key: fine for one replica; a fleet needs the same keys everywhere.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SessionsConfig {
    /// The first key signs new ids; the others only verify (rotation).
    pub keys: Vec<SessionKeyConfig>,
    /// Ids older than this are refused (404: the client starts over).
    #[serde(default)]
    pub max_age_seconds: Option<u64>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SessionKeyConfig {
    /// 1-16 of a-z 0-9 -, carried in every id.
    pub id: String,
    /// Environment variable (Envoy `host_env_keys`) holding at least 32 bytes.
    pub from_env: String,
    /// RFC 3339 UTC time after which ids sealed with this (retired) key are
    /// refused; not allowed on the first key.
    #[serde(default)]
    pub accept_until: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct EnvoySettings {
    /// Must mirror the PluginConfig's `allow_on_headers_stop_iteration`.
    /// With it the filter holds request headers until the body is decided,
    /// so a denied request never reaches the upstream at all and MCP facts
    /// can be lifted into request headers for later filters.
    #[serde(default)]
    pub allow_on_headers_stop_iteration: bool,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Limits {
    #[serde(default = "Limits::default_request")]
    pub max_request_body_bytes: usize,
    #[serde(default = "Limits::default_response")]
    pub max_response_body_bytes: usize,
    #[serde(default = "Limits::default_depth")]
    pub max_json_depth: usize,
    #[serde(default = "Limits::default_batch")]
    pub max_batch_size: usize,
}

impl Limits {
    fn default_request() -> usize {
        1024 * 1024
    }
    fn default_response() -> usize {
        8 * 1024 * 1024
    }
    fn default_depth() -> usize {
        64
    }
    fn default_batch() -> usize {
        32
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_request_body_bytes: Self::default_request(),
            max_response_body_bytes: Self::default_response(),
            max_json_depth: Self::default_depth(),
            max_batch_size: Self::default_batch(),
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum RequireIdentity {
    None,
    Jwt,
    Spiffe,
    #[default]
    Any,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IdentityConfig {
    #[serde(default)]
    pub jwt: Option<JwtIdentityConfig>,
    #[serde(default = "default_true")]
    pub spiffe: bool,
    #[serde(default)]
    pub require: RequireIdentity,
    #[serde(default)]
    pub resource_metadata_url: Option<String>,
}

impl Default for IdentityConfig {
    fn default() -> Self {
        IdentityConfig {
            jwt: None,
            spiffe: true,
            require: RequireIdentity::Any,
            resource_metadata_url: None,
        }
    }
}

fn default_true() -> bool {
    true
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum JwtSource {
    /// jwt_authn `payload_in_metadata`: set by Envoy only, never by a client.
    #[default]
    Metadata,
    /// jwt_authn `forward_payload_header`. Only safe when the route requires a
    /// token (or a filter ahead of jwt_authn strips the header), because
    /// jwt_authn leaves a client-sent copy alone when no token is verified.
    Header,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct JwtIdentityConfig {
    #[serde(default)]
    pub source: JwtSource,
    #[serde(default = "JwtIdentityConfig::default_namespace")]
    pub metadata_namespace: String,
    #[serde(default = "JwtIdentityConfig::default_key")]
    pub metadata_key: String,
    #[serde(default = "JwtIdentityConfig::default_header")]
    pub header: String,
    #[serde(default)]
    pub claims: ClaimNames,
}

impl JwtIdentityConfig {
    fn default_namespace() -> String {
        "envoy.filters.http.jwt_authn".into()
    }
    fn default_key() -> String {
        "jwt_payload".into()
    }
    fn default_header() -> String {
        "x-jwt-payload".into()
    }
}

/// Claim names to read; a list means "the first one present wins".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ClaimNames {
    #[serde(default = "ClaimNames::default_subject")]
    pub subject: OneOrMany,
    #[serde(default = "ClaimNames::default_agent")]
    pub agent: OneOrMany,
    #[serde(default = "ClaimNames::default_groups")]
    pub groups: OneOrMany,
    #[serde(default = "ClaimNames::default_scopes")]
    pub scopes: OneOrMany,
}

impl ClaimNames {
    fn default_subject() -> OneOrMany {
        OneOrMany::One("sub".into())
    }
    fn default_agent() -> OneOrMany {
        OneOrMany::Many(vec!["client_id".into(), "azp".into()])
    }
    fn default_groups() -> OneOrMany {
        OneOrMany::One("groups".into())
    }
    fn default_scopes() -> OneOrMany {
        OneOrMany::Many(vec!["scope".into(), "scp".into()])
    }
}

impl Default for ClaimNames {
    fn default() -> Self {
        ClaimNames {
            subject: Self::default_subject(),
            agent: Self::default_agent(),
            groups: Self::default_groups(),
            scopes: Self::default_scopes(),
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum RiskTier {
    Low,
    Medium,
    High,
    Critical,
}

impl RiskTier {
    pub fn as_str(self) -> &'static str {
        match self {
            RiskTier::Low => "low",
            RiskTier::Medium => "medium",
            RiskTier::High => "high",
            RiskTier::Critical => "critical",
        }
    }
}

pub use crate::names::ToolNameRule;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerConfig {
    pub name: String,
    pub owner: String,
    pub data_domain: String,
    pub risk_tier: RiskTier,
    #[serde(rename = "match")]
    pub matcher: ServerMatch,
    #[serde(default)]
    pub hide_denied: bool,
    #[serde(default)]
    pub tool_names: ToolNameRule,
    #[serde(default)]
    pub quotas: Option<crate::quota::ServerQuotaConfig>,
    #[serde(default)]
    pub dlp: Option<crate::dlp::ServerDlpConfig>,
    #[serde(default)]
    pub credentials: Option<crate::credentials::ServerCredentialsConfig>,
    #[serde(default)]
    pub integrity: Option<crate::integrity::ServerIntegrityConfig>,
    /// What the operator says about this server's tools: tags, declared
    /// annotations, deprecation.
    #[serde(default)]
    pub catalog: Vec<crate::catalog::CatalogEntryConfig>,
    /// MCP protocol revisions this server may be spoken to in; absent: any.
    #[serde(default)]
    pub protocol_versions: Option<Vec<String>>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerMatch {
    /// Envoy route name (`xds.route_name`).
    #[serde(default)]
    pub route_name: Option<String>,
    /// Upstream cluster (`xds.cluster_name`).
    #[serde(default)]
    pub cluster: Option<String>,
    /// `:authority` without port; `*.example.com` matches subdomains.
    #[serde(default)]
    pub host: Option<String>,
    /// Request path prefix, at a segment boundary (`/mcp` matches `/mcp` and
    /// `/mcp/x`, not `/mcpx`).
    #[serde(default)]
    pub path_prefix: Option<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RuleConfig {
    pub name: String,
    pub effect: Effect,
    /// Per-rule dry run: evaluated and recorded as "would deny", not enforced.
    #[serde(default)]
    pub mode: Option<Mode>,
    #[serde(default)]
    pub description: Option<String>,
    pub who: WhoConfig,
    pub servers: Vec<String>,
    #[serde(default)]
    pub tools: Vec<String>,
    #[serde(default)]
    pub resources: Vec<String>,
    #[serde(default)]
    pub prompts: Vec<String>,
    #[serde(default)]
    pub methods: Vec<String>,
    /// Narrows `tools` (default `["*"]` when only this is given) to tools
    /// with these tags / annotations: any alternative may match.
    #[serde(default)]
    pub select: Option<Vec<crate::catalog::ToolMatchConfig>>,
}

pub use crate::who::WhoConfig;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct TasksConfig {
    /// Slots in shared data that remember which principal created a task.
    /// Shared data has no delete, so this bounds its memory for good.
    #[serde(default = "TasksConfig::default_slots")]
    pub tracked_task_slots: u32,
}

impl TasksConfig {
    fn default_slots() -> u32 {
        4096
    }
}

impl Default for TasksConfig {
    fn default() -> Self {
        TasksConfig {
            tracked_task_slots: Self::default_slots(),
        }
    }
}

/// Parses the filter JSON strictly; errors carry the JSON path.
pub fn parse(bytes: &[u8]) -> Result<RawConfig, ConfigError> {
    // The policy is read by the filter's own strict reader (duplicate
    // member names, lone surrogates and the like are errors, not guesses),
    // then mapped onto the config types without serde's leniencies: a list
    // where an object belongs is an error, never "the defaults".
    let doc =
        crate::json::Doc::parse(bytes.to_vec(), crate::json::MAX_DEPTH_LIMIT).map_err(|e| {
            ConfigError::new(
                "",
                format!("{e} (the configuration must be one JSON object)"),
            )
        })?;
    if let Some(d) = doc.defect() {
        return Err(ConfigError::new(
            "",
            format!("the configuration cannot be read unambiguously: {d}"),
        ));
    }
    let value = doc.to_value(crate::json::Doc::ROOT);
    let track = strict::Track::default();
    let raw: RawConfig = serde::Deserialize::deserialize(strict::Strict::new(value, &track))
        .map_err(|e| ConfigError::new(track.error_path(), e.to_string()))?;
    if raw.api_version != API_VERSION {
        return Err(ConfigError::new(
            "apiVersion",
            format!(
                "unsupported version {:?}; this filter understands {:?}",
                raw.api_version, API_VERSION
            ),
        ));
    }
    Ok(raw)
}

/// A deserializer over a parsed value that refuses what serde's derives
/// would otherwise accept silently (a JSON array in place of an object, read
/// "by position"), and that knows where it is: the first error's JSON path
/// (`servers[0].match.pathPrefx`) is kept for the message.
mod strict {
    use serde::de::{
        self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected, Visitor,
    };
    use serde::Deserializer;
    use serde_json::Value;
    use std::cell::RefCell;

    enum Seg {
        Key(String),
        Index(usize),
    }

    /// The path being read, and the path of the first error.
    #[derive(Default)]
    pub struct Track {
        at: RefCell<Vec<Seg>>,
        error: RefCell<Option<String>>,
    }

    impl Track {
        fn push(&self, seg: Seg) {
            self.at.borrow_mut().push(seg);
        }
        fn pop(&self) {
            self.at.borrow_mut().pop();
        }
        /// Called on the way out of a failed step: the deepest one wins.
        fn failed(&self) {
            let mut e = self.error.borrow_mut();
            if e.is_none() {
                let mut p = String::new();
                for seg in self.at.borrow().iter() {
                    match seg {
                        Seg::Key(k) => {
                            if !p.is_empty() {
                                p.push('.');
                            }
                            p.push_str(k);
                        }
                        Seg::Index(i) => p.push_str(&format!("[{i}]")),
                    }
                }
                *e = Some(p);
            }
        }
        pub fn error_path(&self) -> String {
            self.error.borrow().clone().unwrap_or_default()
        }
    }

    pub struct Strict<'t> {
        value: Value,
        track: &'t Track,
    }

    impl<'t> Strict<'t> {
        pub fn new(value: Value, track: &'t Track) -> Self {
            Strict { value, track }
        }
    }

    fn unexpected(v: &Value) -> Unexpected<'_> {
        match v {
            Value::Null => Unexpected::Unit,
            Value::Bool(b) => Unexpected::Bool(*b),
            Value::Number(_) => Unexpected::Other("a number"),
            Value::String(s) => Unexpected::Str(s),
            Value::Array(_) => Unexpected::Seq,
            Value::Object(_) => Unexpected::Map,
        }
    }

    impl<'de> Deserializer<'de> for Strict<'_> {
        type Error = serde_json::Error;

        fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            let track = self.track;
            let out = match self.value {
                Value::Array(items) => {
                    let len = items.len();
                    let mut seq = Seq {
                        iter: items.into_iter(),
                        index: 0,
                        track,
                    };
                    match v.visit_seq(&mut seq) {
                        Ok(out) if seq.iter.len() == 0 => Ok(out),
                        Ok(_) => Err(de::Error::invalid_length(len, &"fewer elements")),
                        Err(e) => Err(e),
                    }
                }
                Value::Object(map) => v.visit_map(Map {
                    iter: map.into_iter(),
                    value: None,
                    key: None,
                    track,
                }),
                other => other.deserialize_any(v),
            };
            if out.is_err() {
                track.failed();
            }
            out
        }

        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            _fields: &'static [&'static str],
            v: V,
        ) -> Result<V::Value, Self::Error> {
            match self.value {
                Value::Object(_) => self.deserialize_any(v),
                other => {
                    self.track.failed();
                    Err(de::Error::invalid_type(unexpected(&other), &"an object"))
                }
            }
        }

        fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Self::Error> {
            match self.value {
                Value::Null => v.visit_none(),
                _ => v.visit_some(self),
            }
        }

        fn deserialize_newtype_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            v: V,
        ) -> Result<V::Value, Self::Error> {
            v.visit_newtype_struct(self)
        }

        fn deserialize_enum<V: Visitor<'de>>(
            self,
            name: &'static str,
            variants: &'static [&'static str],
            v: V,
        ) -> Result<V::Value, Self::Error> {
            // Config enums are plain strings.
            let out = self.value.deserialize_enum(name, variants, v);
            if out.is_err() {
                self.track.failed();
            }
            out
        }

        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
            bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier ignored_any
        }
    }

    struct Seq<'t> {
        iter: std::vec::IntoIter<Value>,
        index: usize,
        track: &'t Track,
    }

    impl<'de> SeqAccess<'de> for Seq<'_> {
        type Error = serde_json::Error;
        fn next_element_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<Option<T::Value>, Self::Error> {
            let Some(v) = self.iter.next() else {
                return Ok(None);
            };
            self.track.push(Seg::Index(self.index));
            self.index += 1;
            let out = seed.deserialize(Strict::new(v, self.track));
            if out.is_err() {
                self.track.failed();
            }
            self.track.pop();
            out.map(Some)
        }
    }

    struct Map<'t> {
        iter: serde_json::map::IntoIter,
        value: Option<Value>,
        key: Option<String>,
        track: &'t Track,
    }

    impl<'de> MapAccess<'de> for Map<'_> {
        type Error = serde_json::Error;
        fn next_key_seed<K: DeserializeSeed<'de>>(
            &mut self,
            seed: K,
        ) -> Result<Option<K::Value>, Self::Error> {
            let Some((k, v)) = self.iter.next() else {
                return Ok(None);
            };
            self.value = Some(v);
            self.key = Some(k.clone());
            self.track.push(Seg::Key(k.clone()));
            let out = seed.deserialize(k.into_deserializer());
            if out.is_err() {
                // An unknown field: its own path names it.
                self.track.failed();
            }
            self.track.pop();
            out.map(Some)
        }
        fn next_value_seed<T: DeserializeSeed<'de>>(
            &mut self,
            seed: T,
        ) -> Result<T::Value, Self::Error> {
            let v = self
                .value
                .take()
                .ok_or_else(|| <serde_json::Error as de::Error>::custom("a value is missing"))?;
            // The key was popped after reading it: push it again for the value.
            let pushed = self
                .key
                .take()
                .map(|k| self.track.push(Seg::Key(k)))
                .is_some();
            let out = seed.deserialize(Strict::new(v, self.track));
            if out.is_err() {
                self.track.failed();
            }
            if pushed {
                self.track.pop();
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> serde_json::Value {
        serde_json::json!({
            "apiVersion": "mcp-warden/v1",
            "servers": [{"name": "s", "owner": "o", "dataDomain": "d", "riskTier": "low",
                          "match": {"pathPrefix": "/mcp"}}],
            "defaultEffect": "deny"
        })
    }

    fn parse_value(v: &serde_json::Value) -> Result<RawConfig, ConfigError> {
        parse(v.to_string().as_bytes())
    }

    #[test]
    fn a_minimal_config_parses_with_defaults() {
        let raw = parse_value(&minimal()).unwrap();
        assert_eq!(raw.mode, Mode::Enforce);
        assert_eq!(raw.limits.max_request_body_bytes, 1024 * 1024);
        assert!(!raw.envoy.allow_on_headers_stop_iteration);
        assert_eq!(raw.identity.require, RequireIdentity::Any);
    }

    #[test]
    fn a_list_where_an_object_belongs_is_an_error_not_the_defaults() {
        let mut v = minimal();
        v["envoy"] = serde_json::json!([]);
        let err = parse_value(&v).unwrap_err();
        assert_eq!(err.path, "envoy");
        assert!(err.message.contains("expected an object"), "{err}");
        let mut v = minimal();
        v["servers"][0]["match"] = serde_json::json!(["/mcp"]);
        assert_eq!(parse_value(&v).unwrap_err().path, "servers[0].match");
    }

    #[test]
    fn a_duplicated_member_in_the_policy_is_an_error() {
        let text = r#"{"apiVersion":"mcp-warden/v1","defaultEffect":"deny","defaultEffect":"allow","servers":[]}"#;
        let err = parse(text.as_bytes()).unwrap_err();
        assert!(err.message.contains("duplicate member name"), "{err}");
    }

    #[test]
    fn an_unknown_field_is_rejected_with_its_path() {
        let mut v = minimal();
        v["servers"][0]["match"]["pathPrefx"] = "/x".into();
        let err = parse_value(&v).unwrap_err();
        assert_eq!(err.path, "servers[0].match.pathPrefx");
        assert!(err.message.contains("unknown field `pathPrefx`"), "{err}");
        assert!(err
            .to_string()
            .starts_with("mcp-warden: invalid config at servers[0].match.pathPrefx"));
    }

    #[test]
    fn a_wrong_type_deep_inside_names_its_path() {
        let mut v = minimal();
        v["limits"] = serde_json::json!({"maxRequestBodyBytes": "big"});
        let err = parse_value(&v).unwrap_err();
        assert_eq!(err.path, "limits.maxRequestBodyBytes");
        let mut v = minimal();
        v["servers"][0]["riskTier"] = serde_json::json!("extreme");
        assert_eq!(parse_value(&v).unwrap_err().path, "servers[0].riskTier");
    }

    #[test]
    fn a_wrong_api_version_is_rejected() {
        let mut v = minimal();
        v["apiVersion"] = "v2".into();
        let err = parse_value(&v).unwrap_err();
        assert_eq!(err.path, "apiVersion");
    }

    #[test]
    fn a_missing_default_effect_is_rejected() {
        let mut v = minimal();
        v.as_object_mut().unwrap().remove("defaultEffect");
        let err = parse_value(&v).unwrap_err();
        assert!(err.message.contains("defaultEffect"), "{err}");
    }

    #[test]
    fn non_json_is_rejected() {
        let err = parse(b"not json").unwrap_err();
        assert!(err.message.contains("one JSON object"), "{err}");
    }
}
