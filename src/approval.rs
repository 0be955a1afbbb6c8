//! Approvals: "let the agent read, but a person must approve before it
//! deletes, pays, deploys or emails outside". The policy's `approvals`
//! section names the calls that need a person's approval; the filter asks
//! the approval service (`approval/`, `POST /v1/check` through an Envoy
//! cluster) whether *this* call was approved, and answers the client with
//! the MCP way of sending a person to a URL when it was not. The stage is
//! [`crate::stages::approval`]; this module is its pure core: the section as
//! written and compiled, which rule covers a call, the argument digest, the
//! check request, the service's answer, and the answers clients get.
//!
//! ```jsonc
//! "approvals": {
//!   "cluster": "approval_service",        // Envoy cluster of the service
//!   "authority": "approvals.internal",    // :authority (default: the cluster name)
//!   "path": "/v1/check",                  // default
//!   "keyFromEnv": "MCP_WARDEN_APPROVAL_KEY", // shared key (host_env_keys), >= 16 bytes
//!   "keyHeader": "x-mcp-warden-approval-key", // default
//!   "timeoutMs": 3000,                    // per check, 100-10000; a late answer refuses the call
//!   "pendingTtlSeconds": 3600,            // optional: how long a request waits for a decision
//!   "maxPreviewBytes": 4096,              // arguments shown to the approver, cut beyond this
//!   "rules": [
//!     { "name": "deletes-need-approval",
//!       "who": { "groups": ["support"] }, // optional: every caller
//!       "servers": ["tickets"],           // optional: every server ("*")
//!       "tools": ["delete_*"],            // required, globs
//!       "riskTiers": ["high", "critical"],// optional: any tier
//!       "approvers": { "groups": ["ops-leads"], "subjects": ["carol@example.com"] },
//!       "allowSelf": false,               // the caller may confirm their own call
//!       "ttlSeconds": 900, "uses": 1,     // defaults
//!       "reason": "Deleting a ticket cannot be undone",
//!       "mode": "shadow" }                // optional: report "would need approval", forward
//!   ]
//! }
//! ```
//!
//! The binding the service keeps is (principal, server, tool, args digest,
//! policy version): [`args_digest`] is SHA-256 over the canonical JSON of
//! `params.arguments` as forwarded (after DLP redaction; absent = `{}`), in
//! the form tool pins use ([`crate::integrity::canon`]); the policy version
//! is [`crate::policy::Policy::version`]. Nothing is cached: every call asks
//! (an approval can be used up or revoked at any moment), and any answer
//! but a well-formed 200 refuses the call.

use crate::config::{Mode, RiskTier, WhoConfig};
use crate::credentials::http::{env_secret, header_value_ok};
use crate::credentials::Secret;
use crate::error::ConfigError;
use crate::glob::GlobSet;
use crate::identity::Identity;
use crate::integrity::canon::{canonical_json, sha256_hex};
use crate::json;
use crate::names;
use crate::who::Who;
use serde::Deserialize;
use serde_json::{json, Value};

/// The key of the filter's own entry in 2026-07-28 `inputRequests` /
/// `inputResponses`.
pub const INPUT_KEY: &str = "mcp-warden-approval";
/// 2025-11-25 `URLElicitationRequiredError`.
pub const URL_ELICITATION_REQUIRED: i64 = -32042;
/// 2026-07-28 `MISSING_REQUIRED_CLIENT_CAPABILITY`.
pub const MISSING_REQUIRED_CLIENT_CAPABILITY: i64 = -32021;
/// Limits the service enforces (approval/README.md); checked at load so a
/// rule the service would refuse never loads.
const MAX_TTL_SECONDS: u32 = 604_800;
const MAX_USES: u32 = 1000;
const MAX_APPROVERS: usize = 64;
const MAX_REASON: usize = 2048;
const MAX_RULE_NAME: usize = 128;

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ApprovalsConfig {
    pub cluster: String,
    #[serde(default)]
    pub authority: Option<String>,
    #[serde(default = "ApprovalsConfig::default_path")]
    pub path: String,
    pub key_from_env: String,
    #[serde(default = "ApprovalsConfig::default_key_header")]
    pub key_header: String,
    #[serde(default = "ApprovalsConfig::default_timeout")]
    pub timeout_ms: u32,
    #[serde(default)]
    pub pending_ttl_seconds: Option<u32>,
    #[serde(default = "ApprovalsConfig::default_preview")]
    pub max_preview_bytes: usize,
    pub rules: Vec<ApprovalRuleConfig>,
}

impl ApprovalsConfig {
    fn default_path() -> String {
        "/v1/check".into()
    }
    fn default_key_header() -> String {
        "x-mcp-warden-approval-key".into()
    }
    fn default_timeout() -> u32 {
        3000
    }
    fn default_preview() -> usize {
        4096
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ApprovalRuleConfig {
    pub name: String,
    #[serde(default)]
    pub mode: Option<Mode>,
    #[serde(default)]
    pub who: Option<WhoConfig>,
    #[serde(default)]
    pub servers: Option<Vec<String>>,
    pub tools: Vec<String>,
    #[serde(default)]
    pub risk_tiers: Vec<RiskTier>,
    #[serde(default)]
    pub approvers: ApproversConfig,
    #[serde(default)]
    pub allow_self: bool,
    #[serde(default = "ApprovalRuleConfig::default_ttl")]
    pub ttl_seconds: u32,
    #[serde(default = "ApprovalRuleConfig::default_uses")]
    pub uses: u32,
    #[serde(default)]
    pub reason: Option<String>,
}

impl ApprovalRuleConfig {
    fn default_ttl() -> u32 {
        900
    }
    fn default_uses() -> u32 {
        1
    }
}

/// Who may approve: globs over the approver's groups and subject (the
/// policy's `who` syntax), matched by the service against the identity
/// Envoy's `jwt_authn` verified on the page route.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ApproversConfig {
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub subjects: Vec<String>,
}

/// How the filter reaches the service.
#[derive(Debug, Clone)]
pub struct Service {
    pub cluster: String,
    pub authority: String,
    pub path: String,
    pub key_header: String,
    key: Secret,
    pub timeout_ms: u32,
    pub pending_ttl_seconds: Option<u32>,
    pub max_preview_bytes: usize,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub name: String,
    pub shadow: bool,
    who: Who,
    /// None: every server.
    servers: Option<Vec<usize>>,
    tools: ToolGlobs,
    /// Empty: any tier.
    risk_tiers: Vec<RiskTier>,
    pub approvers: ApproversConfig,
    pub allow_self: bool,
    pub ttl_seconds: u32,
    pub uses: u32,
    pub reason: Option<String>,
}

/// Tool globs matched like deny rules: the name as sent, its case-folded
/// and its confusable-skeleton forms, so `Delete_Ticket` or `dеlete_ticket`
/// (Cyrillic е) cannot dodge `delete_*`. (The approval then binds the name
/// exactly as sent.)
#[derive(Debug, Clone)]
struct ToolGlobs {
    exact: GlobSet,
    folded: GlobSet,
    skeleton: GlobSet,
}

impl ToolGlobs {
    fn new(patterns: &[String]) -> ToolGlobs {
        let folded: Vec<String> = patterns.iter().map(|p| names::folded(p)).collect();
        let skeleton: Vec<String> = patterns.iter().map(|p| names::skeleton_glob(p)).collect();
        ToolGlobs {
            exact: GlobSet::new(patterns),
            folded: GlobSet::new(&folded),
            skeleton: GlobSet::new(&skeleton),
        }
    }
    fn matches(&self, tool: &str) -> bool {
        self.exact.is_match(tool)
            || self.folded.is_match(&names::folded(tool))
            || self.skeleton.is_match(&names::skeleton(tool))
    }
}

impl Rule {
    fn covers(&self, id: &Identity, server: usize, tier: RiskTier, tool: &str) -> bool {
        self.servers.as_ref().is_none_or(|s| s.contains(&server))
            && (self.risk_tiers.is_empty() || self.risk_tiers.contains(&tier))
            && self.who.matches(id)
            && self.tools.matches(tool)
    }

    /// Who may approve, in words, for the client's message.
    pub fn approvers_text(&self) -> String {
        let mut who: Vec<String> = self
            .approvers
            .groups
            .iter()
            .map(|g| format!("group {g}"))
            .chain(self.approvers.subjects.iter().cloned())
            .collect();
        if self.allow_self {
            who.push("you yourself".into());
        }
        who.join(" or ")
    }
}

/// The compiled `approvals` section (empty: no stage runs).
#[derive(Debug, Clone, Default)]
pub struct Approvals {
    pub service: Option<Service>,
    pub rules: Vec<Rule>,
}

impl Approvals {
    pub fn enabled(&self) -> bool {
        self.service.is_some() && !self.rules.is_empty()
    }

    /// The first rule covering this call: an enforced one wins over a
    /// shadow one (index into `rules`).
    pub fn rule_for(
        &self,
        id: &Identity,
        server: usize,
        tier: RiskTier,
        tool: &str,
    ) -> Option<usize> {
        let covering = || {
            self.rules
                .iter()
                .enumerate()
                .filter(|(_, r)| r.covers(id, server, tier, tool))
        };
        covering()
            .find(|(_, r)| !r.shadow)
            .or_else(|| covering().next())
            .map(|(i, _)| i)
    }

    pub fn rule(&self, index: usize) -> Option<&Rule> {
        self.rules.get(index)
    }

    /// Compiles the section against the registry (`servers`: name and
    /// risk tier, in registry order).
    pub fn compile(
        raw: Option<ApprovalsConfig>,
        servers: &[String],
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Approvals, ConfigError> {
        let Some(raw) = raw else {
            return Ok(Approvals::default());
        };
        let p = "approvals";
        if raw.cluster.trim().is_empty() || raw.cluster.contains(char::is_whitespace) {
            return Err(ConfigError::new(
                format!("{p}.cluster"),
                "name the Envoy cluster of the approval service (e.g. \"approval_service\")",
            ));
        }
        let authority = raw.authority.unwrap_or_else(|| raw.cluster.clone());
        if !header_value_ok(&authority) || authority.contains([' ', '\t', '/']) {
            return Err(ConfigError::new(
                format!("{p}.authority"),
                "must be a host name (and port), without spaces or '/'",
            ));
        }
        if !raw.path.starts_with('/') || !header_value_ok(&raw.path) || raw.path.contains(' ') {
            return Err(ConfigError::new(
                format!("{p}.path"),
                "must be a request path starting with '/', such as \"/v1/check\"",
            ));
        }
        let key_header = raw.key_header.to_ascii_lowercase();
        let token = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
        if key_header.is_empty() || key_header.len() > 128 || !key_header.chars().all(token) {
            return Err(ConfigError::new(
                format!("{p}.keyHeader"),
                "must be an HTTP header name (letters, digits and - _ . only), such as \"x-mcp-warden-approval-key\"",
            ));
        }
        let key = env_secret(&format!("{p}.keyFromEnv"), &raw.key_from_env, env)?;
        if key.expose().len() < 16 {
            return Err(ConfigError::new(
                format!("{p}.keyFromEnv"),
                format!(
                    "environment variable {} holds fewer than 16 bytes; the approval service refuses shorter keys (use e.g. openssl rand -base64 32)",
                    raw.key_from_env
                ),
            ));
        }
        if !(100..=10_000).contains(&raw.timeout_ms) {
            return Err(ConfigError::new(
                format!("{p}.timeoutMs"),
                "must be between 100 and 10000 (milliseconds); a held call waits this long at most",
            ));
        }
        if let Some(t) = raw.pending_ttl_seconds {
            if !(1..=86_400).contains(&t) {
                return Err(ConfigError::new(
                    format!("{p}.pendingTtlSeconds"),
                    "must be between 1 and 86400 (seconds), or left out for the service's default",
                ));
            }
        }
        if !(64..=16_384).contains(&raw.max_preview_bytes) {
            return Err(ConfigError::new(
                format!("{p}.maxPreviewBytes"),
                "must be between 64 and 16384 (the service takes at most 64 KiB per check)",
            ));
        }
        if raw.rules.is_empty() {
            return Err(ConfigError::new(
                format!("{p}.rules"),
                "name at least one rule, e.g. {\"name\": \"deletes\", \"tools\": [\"delete_*\"], \"approvers\": {\"groups\": [\"ops-leads\"]}}",
            ));
        }
        let mut rules: Vec<Rule> = Vec::with_capacity(raw.rules.len());
        for (i, r) in raw.rules.into_iter().enumerate() {
            rules.push(compile_rule(
                &format!("{p}.rules[{i}]"),
                r,
                servers,
                &rules,
            )?);
        }
        Ok(Approvals {
            service: Some(Service {
                cluster: raw.cluster,
                authority,
                path: raw.path,
                key_header,
                key,
                timeout_ms: raw.timeout_ms,
                pending_ttl_seconds: raw.pending_ttl_seconds,
                max_preview_bytes: raw.max_preview_bytes,
            }),
            rules,
        })
    }
}

fn compile_rule(
    p: &str,
    r: ApprovalRuleConfig,
    servers: &[String],
    earlier: &[Rule],
) -> Result<Rule, ConfigError> {
    if r.name.trim().is_empty()
        || r.name.len() > MAX_RULE_NAME
        || r.name.chars().any(char::is_control)
    {
        return Err(ConfigError::new(
            format!("{p}.name"),
            format!("must be 1-{MAX_RULE_NAME} characters without control characters"),
        ));
    }
    if earlier.iter().any(|e| e.name == r.name) {
        return Err(ConfigError::new(
            format!("{p}.name"),
            format!("duplicate approval rule name {:?}", r.name),
        ));
    }
    let who = match r.who {
        None => Who::anyone(),
        Some(w) => Who::compile(p, w, "leave \"who\" out to cover every caller")?,
    };
    let servers_sel = match r.servers {
        None => None,
        Some(list) if list.iter().any(|s| s == "*") => None,
        Some(list) if list.is_empty() => {
            return Err(ConfigError::new(
                format!("{p}.servers"),
                "name at least one server, or \"*\" (or leave it out for every server)",
            ))
        }
        Some(list) => {
            let mut idx = Vec::with_capacity(list.len());
            for (j, name) in list.iter().enumerate() {
                match servers.iter().position(|s| s == name) {
                    Some(k) => idx.push(k),
                    None => {
                        return Err(ConfigError::new(
                            format!("{p}.servers[{j}]"),
                            format!(
                                "unknown server {name:?}; declared servers are: {}",
                                servers.join(", ")
                            ),
                        ))
                    }
                }
            }
            Some(idx)
        }
    };
    if r.tools.is_empty() {
        return Err(ConfigError::new(
            format!("{p}.tools"),
            "name at least one tool (globs such as \"delete_*\" work; \"*\" for every tool)",
        ));
    }
    if let Some(j) = r.tools.iter().position(|t| t.is_empty()) {
        return Err(ConfigError::new(
            format!("{p}.tools[{j}]"),
            "empty pattern; use \"*\" for every tool",
        ));
    }
    let a = &r.approvers;
    if a.groups.is_empty() && a.subjects.is_empty() && !r.allow_self {
        return Err(ConfigError::new(
            format!("{p}.approvers"),
            "name who may approve (approvers.groups or approvers.subjects), or set \"allowSelf\": true to let the caller confirm their own call",
        ));
    }
    for (field, list) in [("groups", &a.groups), ("subjects", &a.subjects)] {
        if list.len() > MAX_APPROVERS {
            return Err(ConfigError::new(
                format!("{p}.approvers.{field}"),
                format!("at most {MAX_APPROVERS} entries"),
            ));
        }
        if let Some(j) = list
            .iter()
            .position(|g| g.is_empty() || g.len() > 256 || g.chars().any(char::is_control))
        {
            return Err(ConfigError::new(
                format!("{p}.approvers.{field}[{j}]"),
                "must be 1-256 characters without control characters (globs: * and ?)",
            ));
        }
    }
    if !(1..=MAX_TTL_SECONDS).contains(&r.ttl_seconds) {
        return Err(ConfigError::new(
            format!("{p}.ttlSeconds"),
            format!("must be between 1 and {MAX_TTL_SECONDS} (seconds an approval lives after the decision)"),
        ));
    }
    if !(1..=MAX_USES).contains(&r.uses) {
        return Err(ConfigError::new(
            format!("{p}.uses"),
            format!("must be between 1 and {MAX_USES} (calls one approval lets through)"),
        ));
    }
    if let Some(reason) = &r.reason {
        if reason.len() > MAX_REASON || reason.chars().any(|c| c.is_control() && c != '\n') {
            return Err(ConfigError::new(
                format!("{p}.reason"),
                format!("must be at most {MAX_REASON} bytes without control characters"),
            ));
        }
    }
    Ok(Rule {
        name: r.name,
        shadow: r.mode == Some(Mode::Shadow),
        who,
        servers: servers_sel,
        tools: ToolGlobs::new(&r.tools),
        risk_tiers: r.risk_tiers,
        approvers: r.approvers,
        allow_self: r.allow_self,
        ttl_seconds: r.ttl_seconds,
        uses: r.uses,
        reason: r.reason,
    })
}

/// SHA-256 (lowercase hex) of the canonical JSON of a call's arguments;
/// absent arguments count as `{}`.
pub fn args_digest(arguments: Option<&Value>) -> String {
    let mut text = String::new();
    match arguments {
        Some(v) => canonical_json(v, &mut text),
        None => text.push_str("{}"),
    }
    sha256_hex(text.as_bytes())
}

/// The arguments as the approver sees them: as forwarded (already
/// redacted by DLP), or, over `max` bytes, their first `max` bytes as text.
pub fn args_preview(arguments: Option<&Value>, max: usize) -> Value {
    let Some(v) = arguments else {
        return json!({});
    };
    let text = v.to_string();
    if text.len() <= max {
        return v.clone();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut = cut.saturating_sub(1);
    }
    Value::String(format!(
        "{}… (cut: {} bytes in all)",
        text.get(..cut).unwrap_or_default(),
        text.len()
    ))
}

/// What the check asks about, besides the rule.
pub struct CheckFacts<'a> {
    pub principal: &'a str,
    pub agent: Option<&'a str>,
    pub server: &'a str,
    pub tool: &'a str,
    pub args_digest: &'a str,
    pub args_preview: Value,
    pub policy_version: &'a str,
}

impl Service {
    /// The `POST /v1/check` request: headers and JSON body.
    pub fn check_request(
        &self,
        rule: &Rule,
        f: CheckFacts<'_>,
    ) -> (Vec<(String, String)>, Vec<u8>) {
        let mut body = json!({
            "principal": f.principal,
            "server": f.server,
            "tool": f.tool,
            "argsDigest": f.args_digest,
            "argsPreview": f.args_preview,
            "policyVersion": f.policy_version,
            "rule": rule.name,
            "approvers": {"groups": rule.approvers.groups, "subjects": rule.approvers.subjects},
            "allowSelf": rule.allow_self,
            "ttlSeconds": rule.ttl_seconds,
            "uses": rule.uses,
        });
        if let Some(obj) = body.as_object_mut() {
            if let Some(a) = f.agent {
                obj.insert("agent".into(), json!(a));
            }
            if let Some(r) = &rule.reason {
                obj.insert("reason".into(), json!(r));
            }
            if let Some(t) = self.pending_ttl_seconds {
                obj.insert("pendingTtlSeconds".into(), json!(t));
            }
        }
        let headers = vec![
            (":method".to_string(), "POST".to_string()),
            (":path".to_string(), self.path.clone()),
            (":authority".to_string(), self.authority.clone()),
            ("content-type".to_string(), "application/json".to_string()),
            (self.key_header.clone(), self.key.expose().to_string()),
        ];
        (headers, body.to_string().into_bytes())
    }
}

/// The service's answer to a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Approved {
        id: String,
        by: String,
        uses_left: Option<u64>,
    },
    Pending {
        id: String,
        url: String,
    },
    Denied {
        id: String,
        by: Option<String>,
    },
}

#[derive(Deserialize)]
#[serde(tag = "status", rename_all = "lowercase")]
enum Wire {
    Approved {
        #[serde(rename = "approvalId")]
        approval_id: String,
        #[serde(rename = "approvedBy")]
        approved_by: String,
        #[serde(rename = "usesLeft", default)]
        uses_left: Option<u64>,
    },
    Pending {
        #[serde(rename = "approvalId")]
        approval_id: String,
        url: String,
    },
    Denied {
        #[serde(rename = "approvalId")]
        approval_id: String,
        #[serde(rename = "deniedBy", default)]
        denied_by: Option<String>,
    },
}

fn id_ok(id: &str) -> bool {
    (1..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn person_ok(by: &str) -> bool {
    (1..=256).contains(&by.len()) && !by.chars().any(char::is_control)
}

/// A URL we may hand a client: absolute http(s), visible ASCII only (it is
/// echoed into JSON and shown to a person), bounded.
fn url_ok(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() <= 2048
        && url
            .bytes()
            .all(|b| (0x21..0x7f).contains(&b) && b != b'"' && b != b'\\')
}

/// Reads the service's answer; Err says why it cannot be used (the call is
/// then refused: fail closed).
pub fn read_answer(status: Option<u32>, body: &[u8]) -> Result<Verdict, String> {
    match status {
        Some(200) => {}
        Some(504) => return Err("no answer in time (HTTP 504)".into()),
        Some(s) => return Err(format!("HTTP {s}")),
        None => return Err("no answer (connection failed or reset)".into()),
    }
    let wire: Wire =
        serde_json::from_slice(body).map_err(|e| format!("unreadable answer ({e})"))?;
    let v = match wire {
        Wire::Approved {
            approval_id,
            approved_by,
            uses_left,
        } if id_ok(&approval_id) && person_ok(&approved_by) => Verdict::Approved {
            id: approval_id,
            by: approved_by,
            uses_left,
        },
        Wire::Pending { approval_id, url } if id_ok(&approval_id) && url_ok(&url) => {
            Verdict::Pending {
                id: approval_id,
                url,
            }
        }
        Wire::Denied {
            approval_id,
            denied_by,
        } if id_ok(&approval_id) => Verdict::Denied {
            id: approval_id,
            by: denied_by.filter(|b| person_ok(b)),
        },
        _ => return Err("an answer with a malformed id, person or URL".into()),
    };
    Ok(v)
}

/// What the client is told about a pending approval.
pub fn pending_message(
    principal: &str,
    tool: &str,
    server: &str,
    rule: &Rule,
    url: &str,
) -> String {
    let mut m = format!(
        "Approval required: {} wants to call tool '{}' on server '{}' (rule '{}'). A person ({}) must approve it at {}, then retry the same call.",
        principal.escape_debug(),
        tool.escape_debug(),
        server,
        rule.name.escape_debug(),
        rule.approvers_text().escape_debug(),
        url
    );
    if let Some(r) = &rule.reason {
        m.push_str(" Reason: ");
        m.push_str(&r.escape_debug().to_string());
    }
    m
}

/// `error.data` of the 2025-11-25 `-32042` answer.
pub fn elicitation_data(id: &str, url: &str, message: &str) -> String {
    json!({"elicitations": [{"mode": "url", "elicitationId": id, "url": url, "message": message}]})
        .to_string()
}

/// `error.data` of the 2026-07-28 `-32021` answer (no URL elicitation).
pub fn missing_capability_data() -> String {
    json!({"requiredCapabilities": {"elicitation": {"url": {}}}}).to_string()
}

/// The 2026-07-28 `InputRequiredResult` for request `raw_id` (its JSON text).
pub fn input_required(raw_id: &str, url: &str, message: &str) -> String {
    let result = json!({
        "resultType": "input_required",
        "inputRequests": {
            INPUT_KEY: {
                "method": "elicitation/create",
                "params": {"mode": "url", "url": url, "message": message}
            }
        }
    });
    format!("{{\"jsonrpc\":\"2.0\",\"id\":{raw_id},\"result\":{result}}}")
}

/// The 2026-07-28 facts of one request: whether the client declared URL
/// elicitation, and what it answered to the filter's own input request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Retry {
    pub url_capable: bool,
    /// `inputResponses["mcp-warden-approval"].action`, when present.
    pub action: Option<String>,
    /// The request carries the filter's own `inputResponses` entry.
    pub has_own_response: bool,
}

pub fn read_retry(doc: &json::Doc, params: Option<json::Id>) -> Retry {
    let Some(p) = params else {
        return Retry::default();
    };
    let url_capable = doc
        .path(
            p,
            &[
                "_meta",
                "io.modelcontextprotocol/clientCapabilities",
                "elicitation",
                "url",
            ],
        )
        .is_some_and(|u| doc.kind(u) == Some(json::Kind::Object));
    let own = doc.path(p, &["inputResponses", INPUT_KEY]);
    let action = own
        .and_then(|r| doc.get_str(r, "action"))
        .map(|a| a.into_owned());
    Retry {
        url_capable,
        action,
        has_own_response: own.is_some(),
    }
}

/// `params` without the filter's own `inputResponses` entry (and without
/// `inputResponses` when nothing else is left in it): what the server
/// gets, since it never asked that question.
pub fn strip_own_response(params: &Value) -> Value {
    let mut p = params.clone();
    if let Some(obj) = p.as_object_mut() {
        let now_empty = match obj.get_mut("inputResponses").and_then(Value::as_object_mut) {
            Some(r) => {
                r.remove(INPUT_KEY);
                r.is_empty()
            }
            None => false,
        };
        if now_empty {
            obj.remove("inputResponses");
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "KEY" => Some("k".repeat(24)),
            "SHORT" => Some("short".into()),
            _ => None,
        }
    }

    fn servers() -> Vec<String> {
        vec!["tickets".into(), "files".into()]
    }

    fn section(rules: Value) -> Value {
        json!({"cluster": "approval_service", "keyFromEnv": "KEY", "rules": rules})
    }

    fn compile(v: Value) -> Result<Approvals, ConfigError> {
        let raw: ApprovalsConfig =
            serde_json::from_value(v).map_err(|e| ConfigError::new("", e.to_string()))?;
        Approvals::compile(Some(raw), &servers(), &env)
    }

    fn user(sub: &str, groups: &[&str]) -> Identity {
        Identity {
            subject: Some(sub.into()),
            groups: groups.iter().map(|g| g.to_string()).collect(),
            has_jwt: true,
            ..Identity::default()
        }
    }

    #[test]
    fn the_digest_is_the_canonical_sha256_and_absent_arguments_are_an_empty_object() {
        let a: Value = serde_json::from_str(r#"{ "b": [1, 2.0], "a": "x" }"#).unwrap();
        let b: Value = serde_json::from_str(r#"{"a":"x","b":[1,2]}"#).unwrap();
        assert_eq!(args_digest(Some(&a)), args_digest(Some(&b)));
        assert_eq!(args_digest(Some(&a)), sha256_hex(br#"{"a":"x","b":[1,2]}"#));
        assert_eq!(args_digest(None), sha256_hex(b"{}"));
        assert_eq!(args_digest(None), args_digest(Some(&json!({}))));
        assert_ne!(
            args_digest(Some(&json!({"id": 1}))),
            args_digest(Some(&json!({"id": 2})))
        );
        assert_eq!(args_digest(None).len(), 64);
    }

    #[test]
    fn rules_cover_by_server_tier_caller_and_lookalike_tool_names() {
        let a = compile(section(json!([
            {"name": "deletes", "who": {"groups": ["support"]}, "servers": ["tickets"], "tools": ["delete_*"],
             "riskTiers": ["high"], "approvers": {"groups": ["ops"]}},
            {"name": "trial", "mode": "shadow", "tools": ["*"], "approvers": {"subjects": ["carol"]}}
        ])))
        .unwrap();
        let alice = user("alice", &["support"]);
        let high = RiskTier::High;
        assert_eq!(a.rule_for(&alice, 0, high, "delete_ticket"), Some(0));
        for lookalike in [
            "Delete_Ticket",
            "d\u{0435}lete_ticket",
            "ｄｅｌｅｔｅ_ticket",
        ] {
            assert_eq!(
                a.rule_for(&alice, 0, high, lookalike),
                Some(0),
                "{lookalike}"
            );
        }
        // Other tool, server, tier or caller: only the shadow rule covers it.
        assert_eq!(a.rule_for(&alice, 0, high, "get_ticket"), Some(1));
        assert_eq!(a.rule_for(&alice, 1, high, "delete_ticket"), Some(1));
        assert_eq!(
            a.rule_for(&alice, 0, RiskTier::Low, "delete_ticket"),
            Some(1)
        );
        assert_eq!(
            a.rule_for(&user("bob", &["eng"]), 0, high, "delete_ticket"),
            Some(1)
        );
        assert!(a.rule(1).unwrap().shadow);
    }

    #[test]
    fn config_errors_name_the_path_and_the_fix() {
        let ok = json!({"name": "r", "tools": ["delete_*"], "approvers": {"groups": ["ops"]}});
        let with = |k: &str, v: Value| {
            let mut r = ok.clone();
            r[k] = v;
            section(json!([r]))
        };
        let cases: Vec<(Value, &str, &str)> = vec![
            (section(json!([])), "approvals.rules", "at least one rule"),
            (
                with("tools", json!([])),
                "approvals.rules[0].tools",
                "at least one tool",
            ),
            (
                with("approvers", json!({})),
                "approvals.rules[0].approvers",
                "allowSelf",
            ),
            (
                with("servers", json!(["nope"])),
                "approvals.rules[0].servers[0]",
                "declared servers are: tickets, files",
            ),
            (
                with("ttlSeconds", json!(0)),
                "approvals.rules[0].ttlSeconds",
                "between 1 and 604800",
            ),
            (
                with("uses", json!(1001)),
                "approvals.rules[0].uses",
                "between 1 and 1000",
            ),
            (
                with("who", json!({})),
                "approvals.rules[0].who",
                "leave \"who\" out",
            ),
            (with("name", json!("")), "approvals.rules[0].name", "1-128"),
            (
                section(json!([ok.clone(), ok.clone()])),
                "approvals.rules[1].name",
                "duplicate",
            ),
            (
                json!({"cluster": "c", "keyFromEnv": "MISSING", "rules": [ok.clone()]}),
                "approvals.keyFromEnv",
                "MISSING is not set; add it to vm_config.environment_variables.host_env_keys",
            ),
            (
                json!({"cluster": "c", "keyFromEnv": "SHORT", "rules": [ok.clone()]}),
                "approvals.keyFromEnv",
                "fewer than 16 bytes",
            ),
            (
                json!({"cluster": "c", "keyFromEnv": "KEY", "timeoutMs": 60000, "rules": [ok.clone()]}),
                "approvals.timeoutMs",
                "between 100 and 10000",
            ),
            (
                json!({"cluster": "c", "keyFromEnv": "KEY", "path": "v1/check", "rules": [ok.clone()]}),
                "approvals.path",
                "starting with '/'",
            ),
            (
                json!({"cluster": "", "keyFromEnv": "KEY", "rules": [ok.clone()]}),
                "approvals.cluster",
                "Envoy cluster",
            ),
        ];
        for (v, path, fragment) in cases {
            let e = compile(v).unwrap_err();
            assert_eq!(e.path, path, "{e}");
            assert!(
                e.message.contains(fragment),
                "{e} should contain {fragment:?}"
            );
        }
        // Self-confirmation alone is a valid rule.
        compile(section(
            json!([{"name": "r", "tools": ["x"], "allowSelf": true}]),
        ))
        .unwrap();
    }

    #[test]
    fn the_check_request_carries_the_binding_the_rule_and_the_key() {
        let a = compile(json!({"cluster": "approval_service", "authority": "approvals", "keyFromEnv": "KEY",
            "pendingTtlSeconds": 600,
            "rules": [{"name": "r", "tools": ["delete_*"], "approvers": {"groups": ["ops"]}, "ttlSeconds": 60,
                       "uses": 2, "reason": "cannot be undone"}]}))
        .unwrap();
        let svc = a.service.as_ref().unwrap();
        let (headers, body) = svc.check_request(
            a.rule(0).unwrap(),
            CheckFacts {
                principal: "alice",
                agent: Some("bot"),
                server: "tickets",
                tool: "delete_ticket",
                args_digest: &"0".repeat(64),
                args_preview: json!({"id": 1}),
                policy_version: "sha256:abc",
            },
        );
        let h = |n: &str| {
            headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(h(":method"), Some("POST"));
        assert_eq!(h(":path"), Some("/v1/check"));
        assert_eq!(h(":authority"), Some("approvals"));
        assert_eq!(
            h("x-mcp-warden-approval-key"),
            Some("k".repeat(24).as_str())
        );
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            v,
            json!({"principal": "alice", "server": "tickets", "tool": "delete_ticket", "argsDigest": "0".repeat(64),
                   "argsPreview": {"id": 1}, "policyVersion": "sha256:abc", "rule": "r",
                   "approvers": {"groups": ["ops"], "subjects": []}, "allowSelf": false, "ttlSeconds": 60,
                   "uses": 2, "agent": "bot", "reason": "cannot be undone", "pendingTtlSeconds": 600})
        );
        // The key never shows in Debug output.
        assert!(!format!("{a:?}").contains(&"k".repeat(24)));
    }

    #[test]
    fn answers_are_read_strictly_and_anything_else_is_refused() {
        let ok = |s: &str| read_answer(Some(200), s.as_bytes());
        assert_eq!(
            ok(
                r#"{"status":"approved","approvalId":"a1","approvedBy":"bob","usesLeft":0,"expiresAt":1}"#
            ),
            Ok(Verdict::Approved {
                id: "a1".into(),
                by: "bob".into(),
                uses_left: Some(0)
            })
        );
        assert_eq!(
            ok(
                r#"{"status":"pending","approvalId":"a1","url":"http://gw/approvals/a1","message":"m","expiresAt":1}"#
            ),
            Ok(Verdict::Pending {
                id: "a1".into(),
                url: "http://gw/approvals/a1".into()
            })
        );
        assert_eq!(
            ok(
                r#"{"status":"denied","approvalId":"a1","deniedBy":"bob","url":"http://gw/x","expiresAt":1}"#
            ),
            Ok(Verdict::Denied {
                id: "a1".into(),
                by: Some("bob".into())
            })
        );
        for bad in [
            "",
            "{}",
            "not json",
            r#"{"status":"maybe","approvalId":"a1"}"#,
            r#"{"status":"approved","approvalId":"a1"}"#,
            r#"{"status":"approved","approvalId":"a 1","approvedBy":"bob"}"#,
            r#"{"status":"pending","approvalId":"a1","url":"javascript:alert(1)"}"#,
            r#"{"status":"pending","approvalId":"a1","url":"http://x/\"><script>"}"#,
            r#"{"status":"approved","approvalId":"a1","approvedBy":"bob"} trailing"#,
        ] {
            assert!(ok(bad).is_err(), "{bad}");
        }
        let approved = br#"{"status":"approved","approvalId":"a1","approvedBy":"bob"}"#;
        for status in [
            None,
            Some(504),
            Some(503),
            Some(401),
            Some(429),
            Some(500),
            Some(302),
        ] {
            assert!(read_answer(status, approved).is_err(), "{status:?}");
        }
    }

    #[test]
    fn client_answers_have_the_revision_shapes() {
        let data: Value =
            serde_json::from_str(&elicitation_data("a1", "http://gw/approvals/a1", "go")).unwrap();
        assert_eq!(
            data,
            json!({"elicitations": [{"mode": "url", "elicitationId": "a1", "url": "http://gw/approvals/a1", "message": "go"}]})
        );
        let r: Value =
            serde_json::from_str(&input_required("\"x\"", "http://gw/approvals/a1", "go")).unwrap();
        assert_eq!(r["id"], "x");
        assert_eq!(r["result"]["resultType"], "input_required");
        assert_eq!(
            r["result"]["inputRequests"][INPUT_KEY],
            json!({"method": "elicitation/create", "params": {"mode": "url", "url": "http://gw/approvals/a1", "message": "go"}})
        );
        assert!(r.get("error").is_none());
        let m: Value = serde_json::from_str(&missing_capability_data()).unwrap();
        assert_eq!(
            m,
            json!({"requiredCapabilities": {"elicitation": {"url": {}}}})
        );
    }

    #[test]
    fn the_message_says_what_needs_approving_and_by_whom() {
        let a = compile(section(json!([
            {"name": "deletes", "tools": ["*"], "approvers": {"groups": ["ops-leads"], "subjects": ["carol"]},
             "allowSelf": true, "reason": "cannot be undone"}
        ])))
        .unwrap();
        let m = pending_message(
            "alice",
            "delete_ticket",
            "tickets",
            a.rule(0).unwrap(),
            "http://gw/approvals/a1",
        );
        assert_eq!(
            m,
            "Approval required: alice wants to call tool 'delete_ticket' on server 'tickets' (rule 'deletes'). A person (group ops-leads or carol or you yourself) must approve it at http://gw/approvals/a1, then retry the same call. Reason: cannot be undone"
        );
    }

    #[test]
    fn the_filters_own_input_response_is_removed_and_nothing_else() {
        let p = json!({"name": "t", "arguments": {"a": 1},
            "inputResponses": {INPUT_KEY: {"action": "accept"}, "other": {"action": "accept"}}});
        assert_eq!(
            strip_own_response(&p),
            json!({"name": "t", "arguments": {"a": 1}, "inputResponses": {"other": {"action": "accept"}}})
        );
        let p = json!({"name": "t", "inputResponses": {INPUT_KEY: {"action": "accept"}}});
        assert_eq!(strip_own_response(&p), json!({"name": "t"}));
        let doc = json::Doc::parse_str(
            r#"{"name":"t","inputResponses":{"mcp-warden-approval":{"action":"decline"}},
                "_meta":{"io.modelcontextprotocol/clientCapabilities":{"elicitation":{"url":{}}}}}"#,
            16,
        )
        .unwrap();
        assert_eq!(
            read_retry(&doc, Some(json::Doc::ROOT)),
            Retry {
                url_capable: true,
                action: Some("decline".into()),
                has_own_response: true
            }
        );
    }

    #[test]
    fn the_sample_approval_policy_compiles() {
        let text = include_str!("../examples/policy-approvals.json");
        let env = |n: &str| (n == "MCP_WARDEN_APPROVAL_KEY").then(|| "k".repeat(32));
        let p = crate::policy::Policy::from_json_with_env(text.as_bytes(), &env).unwrap();
        assert!(p.approvals.enabled());
        assert_eq!(p.approvals.rules.len(), 1);
    }

    #[test]
    fn a_long_preview_is_cut_on_a_character_boundary() {
        let v = json!({"text": "é".repeat(100)});
        assert_eq!(args_preview(Some(&v), 4096), v);
        let cut = args_preview(Some(&v), 64);
        let s = cut.as_str().unwrap();
        assert!(
            s.starts_with("{\"text\":\"é") && s.contains("(cut: 211 bytes in all)"),
            "{s}"
        );
        assert_eq!(args_preview(None, 64), json!({}));
    }
}
