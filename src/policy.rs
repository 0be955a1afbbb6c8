//! The compiled policy: the server registry and the rules, and the one
//! function that decides (the same one gates `tools/call` and filters
//! `tools/list`).
//!
//! Precedence, in order:
//! 1. an enforced `deny` rule that matches → deny (deny overrides allow);
//! 2. an enforced `allow` rule that matches → allow;
//! 3. listing, plumbing and task methods → allow if the caller has any allow
//!    rule on the server ("server access"); lists are then filtered;
//! 4. otherwise `defaultEffect`.
//!
//! Shadow rules (and a policy in shadow mode) are evaluated too, and what
//! they would have changed is reported, but they never change the outcome.

use crate::catalog::{Catalog, Hints, ToolFacts, ToolSelector};
use crate::config::{self, Effect, Mode, RawConfig, RequireIdentity, RiskTier, ToolNameRule};
use crate::error::ConfigError;
use crate::glob::GlobSet;
use crate::identity::{ClaimNames, Identity};
use crate::mcp::{self, MethodClass, Target};
use crate::names::NamePatterns;
pub use crate::who::Who;
use std::collections::HashSet;

pub use config::{JwtSource, Limits};

#[derive(Debug, Clone)]
pub struct JwtSettings {
    pub source: JwtSource,
    pub metadata_namespace: String,
    pub metadata_key: String,
    pub header: String,
    pub claims: ClaimNames,
}

#[derive(Debug, Clone)]
pub struct IdentitySettings {
    pub jwt: Option<JwtSettings>,
    pub spiffe: bool,
    pub require: RequireIdentity,
    pub resource_metadata_url: Option<String>,
}

impl IdentitySettings {
    /// Whether this identity satisfies `require`.
    pub fn satisfied_by(&self, id: &Identity) -> bool {
        match self.require {
            RequireIdentity::None => true,
            RequireIdentity::Jwt => id.has_jwt,
            RequireIdentity::Spiffe => id.spiffe_id.is_some(),
            RequireIdentity::Any => id.has_jwt || id.spiffe_id.is_some(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Server {
    pub name: String,
    pub owner: String,
    pub data_domain: String,
    pub risk_tier: RiskTier,
    pub hide_denied: bool,
    pub tool_names: ToolNameRule,
    /// MCP protocol revisions allowed (None: any).
    pub protocol_versions: Option<Vec<String>>,
    matcher: ServerMatcher,
}

/// Where a request goes, as Envoy knows it: the registry's `match` (and a
/// collection's `expose`).
#[derive(Debug, Clone)]
pub struct ServerMatcher {
    route_name: Option<String>,
    cluster: Option<String>,
    host: Option<GlobSet>,
    path_prefix: Option<String>,
}

/// What Envoy knows about a request, for registry matching.
#[derive(Debug, Clone, Default)]
pub struct RouteFacts<'a> {
    pub route_name: Option<&'a str>,
    pub cluster: Option<&'a str>,
    pub host: Option<&'a str>,
    /// Path without the query string.
    pub path: &'a str,
}

impl ServerMatcher {
    /// Validates a `match` object (`path` names it).
    pub fn compile(path: &str, m: config::ServerMatch) -> Result<ServerMatcher, ConfigError> {
        if m.route_name.is_none()
            && m.cluster.is_none()
            && m.host.is_none()
            && m.path_prefix.is_none()
        {
            return Err(ConfigError::new(
                path,
                "give at least one of routeName, cluster, host, pathPrefix",
            ));
        }
        if let Some(p) = &m.path_prefix {
            if !p.starts_with('/') {
                return Err(ConfigError::new(
                    format!("{path}.pathPrefix"),
                    "must start with '/'",
                ));
            }
        }
        Ok(ServerMatcher {
            route_name: m.route_name,
            cluster: m.cluster,
            host: m.host.map(|h| GlobSet::new(&[h.to_ascii_lowercase()])),
            path_prefix: m.path_prefix,
        })
    }

    /// Whether matching needs the route name / the cluster name.
    pub fn needs_route_facts(&self) -> (bool, bool) {
        (self.route_name.is_some(), self.cluster.is_some())
    }

    pub fn matches(&self, f: &RouteFacts<'_>) -> bool {
        if let Some(r) = &self.route_name {
            if f.route_name != Some(r.as_str()) {
                return false;
            }
        }
        if let Some(c) = &self.cluster {
            if f.cluster != Some(c.as_str()) {
                return false;
            }
        }
        if let Some(h) = &self.host {
            let host = f
                .host
                .map(strip_port)
                .unwrap_or_default()
                .to_ascii_lowercase();
            if !h.is_match(&host) {
                return false;
            }
        }
        if let Some(p) = &self.path_prefix {
            let ok = f.path == p
                || (p.ends_with('/') && f.path.starts_with(p.as_str()))
                || f.path
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.starts_with('/'));
            if !ok {
                return false;
            }
        }
        true
    }
}

fn strip_port(host: &str) -> &str {
    if host.starts_with('[') {
        // [v6]:port
        return host
            .split(']')
            .next()
            .map(|h| h.trim_start_matches('['))
            .unwrap_or(host);
    }
    match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    }
}

#[derive(Debug, Clone)]
struct Rule {
    name: String,
    effect: Effect,
    shadow: bool,
    who: Who,
    /// None: every server.
    servers: Option<Vec<usize>>,
    tools: NamePatterns,
    resources: GlobSet,
    prompts: NamePatterns,
    methods: GlobSet,
    /// Narrows `tools` by tags and annotations.
    select: Option<ToolSelector>,
}

impl Rule {
    fn covers_server(&self, server: usize) -> bool {
        self.servers.as_ref().is_none_or(|s| s.contains(&server))
    }

    fn covers_what(
        &self,
        method: &str,
        target: &Target,
        tool: &ToolFacts<'_>,
        catalog: &Catalog,
    ) -> bool {
        if self.methods.is_match(method) {
            return true;
        }
        // Deny rules match lookalike names (and their tags) too.
        let loose = self.effect == Effect::Deny;
        match target {
            Target::Tool(_) => {
                self.tools.matches(&tool.name, loose)
                    && self
                        .select
                        .as_ref()
                        .is_none_or(|s| s.matches(catalog, tool, loose))
            }
            Target::Prompt(_) => self.prompts.matches(&tool.name, loose),
            Target::Resource(u) => self.resources.is_match(u),
            Target::None | Target::Task(_) => false,
        }
    }
}

/// Which part of the policy made a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// A named rule.
    Rule(String),
    /// Listing/plumbing allowed because the named rule gives server access.
    ServerAccess(String),
    /// No rule matched.
    Default,
}

impl Basis {
    /// The rule name for facts and audit (`default` when none).
    pub fn rule_name(&self) -> &str {
        match self {
            Basis::Rule(n) | Basis::ServerAccess(n) => n,
            Basis::Default => "default",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// What is enforced.
    pub effect: Effect,
    pub basis: Basis,
    /// Set when shadow rules or shadow mode would have decided otherwise.
    pub shadow: Option<(Effect, Basis)>,
}

impl Decision {
    pub fn allowed(&self) -> bool {
        self.effect == Effect::Allow
    }
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub mode: Mode,
    pub allow_header_stop: bool,
    pub limits: Limits,
    pub identity: IdentitySettings,
    pub servers: Vec<Server>,
    pub task_slots: u32,
    rules: Vec<Rule>,
    default_effect: Effect,
    /// Tool and prompt names the policy spells out: the only values the
    /// `mcp_target` metric label may take (everything else is `other`).
    metric_targets: HashSet<String>,
    pub audit: crate::audit::Audit,
    pub sessions: SessionSettings,
    pub quotas: crate::quota::Quotas,
    pub dlp: crate::dlp::Dlp,
    pub credentials: crate::credentials::Credentials,
    pub integrity: crate::integrity::Integrity,
    pub catalog: Catalog,
    pub collections: crate::collections::Collections,
    pub taint: crate::taint::Taint,
    pub approvals: crate::approval::Approvals,
    /// `sha256:<hex>` of the policy JSON as loaded: approvals are bound to
    /// it, so any policy change makes earlier approvals unusable.
    pub version: String,
}

impl Policy {
    /// Whether an access rule of this name exists (the `mcp_basis` label).
    pub fn has_rule(&self, name: &str) -> bool {
        self.rules.iter().any(|r| r.name == name)
    }

    /// Parses, validates and compiles the filter JSON in one fallible step
    /// (secrets named by the policy are read from the environment).
    pub fn from_json(bytes: &[u8]) -> Result<Policy, ConfigError> {
        Self::from_json_with_env(bytes, &|name: &str| std::env::var(name).ok())
    }

    /// [`Policy::from_json`] with an explicit environment (tests, the CLI).
    pub fn from_json_with_env(
        bytes: &[u8],
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Policy, ConfigError> {
        let mut policy = compile(config::parse(bytes)?, env)?;
        policy.version = format!("sha256:{}", crate::integrity::canon::sha256_hex(bytes));
        Ok(policy)
    }

    pub fn match_server(&self, facts: &RouteFacts<'_>) -> Option<usize> {
        self.servers.iter().position(|s| s.matcher.matches(facts))
    }

    pub fn server(&self, index: usize) -> Option<&Server> {
        self.servers.get(index)
    }

    /// Whether any server matches on the route name / the cluster name
    /// (each costs the stream a host call to learn).
    pub fn matches_on_route_facts(&self) -> (bool, bool) {
        let route = self.servers.iter().any(|s| s.matcher.route_name.is_some());
        let cluster = self.servers.iter().any(|s| s.matcher.cluster.is_some());
        (route, cluster)
    }

    /// A bounded metric label for a target.
    pub fn target_label<'a>(&self, target: &'a Target) -> &'a str {
        match target {
            Target::None => "none",
            Target::Resource(_) => "resource",
            Target::Task(_) => "task",
            Target::Tool(n) | Target::Prompt(n) if self.metric_targets.contains(n) => n,
            Target::Tool(_) | Target::Prompt(_) => "other",
        }
    }

    /// Decides one message. `method`/`target` come from the parser; names
    /// have already passed [`crate::names::check_name`]. A tool's annotations
    /// take their riskiest reading (see [`Policy::decide_with`]).
    pub fn decide(&self, id: &Identity, server: usize, method: &str, target: &Target) -> Decision {
        self.decide_with(id, server, method, target, &|| None)
    }

    /// [`Policy::decide`] with the tool's trusted annotations (`hints`:
    /// asked at most once, and only if a rule's `select` reads them; None
    /// means untrusted: the riskiest reading).
    pub fn decide_with(
        &self,
        id: &Identity,
        server: usize,
        method: &str,
        target: &Target,
        hints: &dyn Fn() -> Option<Hints>,
    ) -> Decision {
        let name = ToolFacts::new(server, target.name().unwrap_or_default(), hints);
        let enforced = self.evaluate(id, server, method, target, &name, false);
        // Shadow rules are rare: evaluate twice only when there are some.
        let with_shadow = if self.rules.iter().any(|r| r.shadow) {
            self.evaluate(id, server, method, target, &name, true)
        } else {
            enforced.clone()
        };
        let mut decision = Decision {
            effect: enforced.0,
            basis: enforced.1,
            shadow: None,
        };
        if with_shadow.0 != decision.effect {
            decision.shadow = Some(with_shadow);
        }
        if self.mode == Mode::Shadow && decision.effect == Effect::Deny {
            decision.shadow = Some((Effect::Deny, decision.basis.clone()));
            decision.effect = Effect::Allow;
        }
        decision
    }

    fn evaluate(
        &self,
        id: &Identity,
        server: usize,
        method: &str,
        target: &Target,
        name: &ToolFacts<'_>,
        include_shadow: bool,
    ) -> (Effect, Basis) {
        let live = |r: &&Rule| include_shadow || !r.shadow;
        let applicable = self
            .rules
            .iter()
            .filter(live)
            .filter(|r| r.covers_server(server) && r.who.matches(id));
        let mut first_allow: Option<&Rule> = None;
        for r in applicable.clone() {
            if r.covers_what(method, target, name, &self.catalog) {
                match r.effect {
                    Effect::Deny => return (Effect::Deny, Basis::Rule(r.name.clone())),
                    Effect::Allow => {
                        first_allow.get_or_insert(r);
                    }
                }
            }
        }
        if let Some(r) = first_allow {
            return (Effect::Allow, Basis::Rule(r.name.clone()));
        }
        let implicit = matches!(
            mcp::classify(method),
            MethodClass::Listing(_) | MethodClass::Plumbing | MethodClass::Task
        ) || method.is_empty();
        if implicit {
            if let Some(r) = applicable.clone().find(|r| r.effect == Effect::Allow) {
                return (Effect::Allow, Basis::ServerAccess(r.name.clone()));
            }
        }
        (self.default_effect, Basis::Default)
    }
}

/// Whether a list item (tool or prompt name, resource URI or URI template)
/// is shown to `id` on `server`: the name passes hygiene, a tool is inside
/// the token's task scopes, and the decision function allows the call the
/// item stands for. Tasks are not the policy's to hide (their owner is in
/// shared data): true for them.
///
/// The conjunction of the access and credentials stages' `visible` (what
/// the pipeline applies to list answers), as one pure function: what
/// `mcp-warden explain` reports.
pub fn item_visible(
    policy: &Policy,
    id: &Identity,
    server: usize,
    kind: mcp::ListKind,
    item: &str,
) -> bool {
    let in_task_scope = match kind {
        mcp::ListKind::Tools => policy.credentials.scope_allows(server, item, &id.scopes),
        _ => true,
    };
    in_task_scope && item_allowed(policy, id, server, kind, item)
}

/// The access part of [`item_visible`] (what the access stage applies): the
/// item's name passes hygiene and the decision function allows the call it
/// stands for — the same function that gates the call itself. A tool's
/// annotations take their riskiest reading (see [`item_allowed_with`]).
pub fn item_allowed(
    policy: &Policy,
    id: &Identity,
    server: usize,
    kind: mcp::ListKind,
    item: &str,
) -> bool {
    item_allowed_with(policy, id, server, kind, item, &|| None)
}

/// [`item_allowed`] with the tool's trusted annotations (`hints`, read only
/// if a rule's `select` needs them; see [`Policy::decide_with`]).
pub fn item_allowed_with(
    policy: &Policy,
    id: &Identity,
    server: usize,
    kind: mcp::ListKind,
    item: &str,
    hints: &dyn Fn() -> Option<Hints>,
) -> bool {
    let Some(srv) = policy.server(server) else {
        return false;
    };
    let (method, target) = match kind {
        mcp::ListKind::Tools => ("tools/call", Target::Tool(item.to_string())),
        mcp::ListKind::Prompts => ("prompts/get", Target::Prompt(item.to_string())),
        mcp::ListKind::Resources | mcp::ListKind::ResourceTemplates => {
            ("resources/read", Target::Resource(item.to_string()))
        }
        mcp::ListKind::Tasks => return true,
    };
    let hygienic = match &target {
        Target::Resource(u) => crate::names::check_uri(u).is_ok(),
        _ => crate::names::check_name(item, srv.tool_names).is_ok(),
    };
    hygienic
        && policy
            .decide_with(id, server, method, &target, hints)
            .allowed()
}

fn compile(raw: RawConfig, env: &dyn Fn(&str) -> Option<String>) -> Result<Policy, ConfigError> {
    let limits = raw.limits;
    for (field, value, min) in [
        (
            "limits.maxRequestBodyBytes",
            limits.max_request_body_bytes,
            64,
        ),
        (
            "limits.maxResponseBodyBytes",
            limits.max_response_body_bytes,
            64,
        ),
        ("limits.maxJsonDepth", limits.max_json_depth, 2),
        ("limits.maxBatchSize", limits.max_batch_size, 1),
    ] {
        if value < min {
            return Err(ConfigError::new(field, format!("must be at least {min}")));
        }
    }
    if limits.max_json_depth > crate::json::MAX_DEPTH_LIMIT {
        return Err(ConfigError::new(
            "limits.maxJsonDepth",
            format!(
                "must be at most {}: the filter reads every body exactly and never deeper than that; MCP messages need far less (default 64)",
                crate::json::MAX_DEPTH_LIMIT
            ),
        ));
    }
    for (field, value) in [
        ("limits.maxRequestBodyBytes", limits.max_request_body_bytes),
        (
            "limits.maxResponseBodyBytes",
            limits.max_response_body_bytes,
        ),
    ] {
        if value > MAX_BODY_LIMIT {
            return Err(ConfigError::new(
                field,
                format!("must be at most {MAX_BODY_LIMIT} bytes (256 MiB): a body is buffered in the proxy's memory"),
            ));
        }
    }

    let identity = compile_identity(raw.identity)?;
    let sessions = compile_sessions(raw.sessions.clone(), env)?;

    if raw.servers.is_empty() {
        return Err(ConfigError::new(
            "servers",
            "declare at least one MCP server",
        ));
    }
    // Feature sections compile against the registry; each names its own paths.
    macro_rules! per_server {
        ($field:ident) => {
            raw.servers
                .iter()
                .map(|s| (s.name.clone(), s.$field.clone()))
                .collect::<Vec<_>>()
        };
    }
    let audit = crate::audit::Audit::compile(raw.audit.clone())?;
    let mut quotas = crate::quota::Quotas::compile(raw.quotas.clone(), &per_server!(quotas))?;
    if raw.mode == Mode::Shadow {
        quotas.force_shadow();
    }
    let dlp = crate::dlp::Dlp::compile(raw.dlp.clone(), &per_server!(dlp))?;
    let credentials =
        crate::credentials::Credentials::compile(raw.oauth.clone(), &per_server!(credentials))?;
    let integrity =
        crate::integrity::Integrity::compile(raw.integrity.clone(), &per_server!(integrity))?;
    let catalog = Catalog::compile(
        &raw.servers
            .iter()
            .map(|s| crate::catalog::ServerInput {
                name: &s.name,
                data_domain: &s.data_domain,
                catalog: &s.catalog,
            })
            .collect::<Vec<_>>(),
    )?;
    let taint = crate::taint::Taint::compile(raw.taint.clone(), &catalog)?;
    let mut servers = Vec::with_capacity(raw.servers.len());
    let mut seen = HashSet::new();
    for (i, s) in raw.servers.into_iter().enumerate() {
        let path = format!("servers[{i}]");
        check_label(&format!("{path}.name"), &s.name)?;
        if !seen.insert(s.name.clone()) {
            return Err(ConfigError::new(
                format!("{path}.name"),
                format!("duplicate server name {:?}", s.name),
            ));
        }
        let matcher = ServerMatcher::compile(&format!("{path}.match"), s.matcher)?;
        let protocol_versions =
            compile_versions(&format!("{path}.protocolVersions"), s.protocol_versions)?;
        servers.push(Server {
            name: s.name,
            owner: s.owner,
            data_domain: s.data_domain,
            risk_tier: s.risk_tier,
            hide_denied: s.hide_denied,
            tool_names: s.tool_names,
            protocol_versions,
            matcher,
        });
    }

    let mut rules = Vec::with_capacity(raw.rules.len());
    let mut rule_names = HashSet::new();
    for (i, r) in raw.rules.into_iter().enumerate() {
        let path = format!("rules[{i}]");
        if r.name.trim().is_empty() {
            return Err(ConfigError::new(
                format!("{path}.name"),
                "must not be empty",
            ));
        }
        if !rule_names.insert(r.name.clone()) {
            return Err(ConfigError::new(
                format!("{path}.name"),
                format!("duplicate rule name {:?}", r.name),
            ));
        }
        let who = Who::compile(&path, r.who, "set \"anyone\": true")?;
        let server_sel = if r.servers.iter().any(|s| s == "*") {
            None
        } else {
            if r.servers.is_empty() {
                return Err(ConfigError::new(
                    format!("{path}.servers"),
                    "name at least one server, or \"*\"",
                ));
            }
            let mut idx = Vec::new();
            for (j, name) in r.servers.iter().enumerate() {
                match servers.iter().position(|s| &s.name == name) {
                    Some(k) => idx.push(k),
                    None => {
                        return Err(ConfigError::new(
                            format!("{path}.servers[{j}]"),
                            format!(
                                "unknown server {name:?}; declared servers are: {}",
                                servers
                                    .iter()
                                    .map(|s| s.name.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ),
                        ))
                    }
                }
            }
            Some(idx)
        };
        if r.tools.is_empty()
            && r.resources.is_empty()
            && r.prompts.is_empty()
            && r.methods.is_empty()
            && r.select.is_none()
        {
            return Err(ConfigError::new(
                path.clone(),
                "says nothing about what it covers; give tools, resources, prompts or methods",
            ));
        }
        for (j, m) in r.methods.iter().enumerate() {
            if !m.contains(['*', '?']) && !mcp::CLIENT_METHODS.contains(&m.as_str()) {
                return Err(ConfigError::new(
                    format!("{path}.methods[{j}]"),
                    format!("unknown MCP method {m:?}; use a method name such as \"tools/list\" or a glob such as \"notifications/*\""),
                ));
            }
        }
        for (field, list) in [
            ("tools", &r.tools),
            ("resources", &r.resources),
            ("prompts", &r.prompts),
            ("methods", &r.methods),
        ] {
            if let Some(j) = list.iter().position(|p| p.is_empty()) {
                return Err(ConfigError::new(
                    format!("{path}.{field}[{j}]"),
                    "empty pattern; use \"*\" for everything",
                ));
            }
        }
        let select = match &r.select {
            None => None,
            Some(alts) if alts.is_empty() => {
                return Err(ConfigError::new(
                    format!("{path}.select"),
                    "empty; leave it out, or give alternatives such as [{\"annotations\": {\"readOnlyHint\": true}}]",
                ))
            }
            Some(alts) => Some(ToolSelector::compile(
                &format!("{path}.select"),
                alts,
                &catalog,
            )?),
        };
        // `select` alone narrows every tool.
        let tools = if r.tools.is_empty() && select.is_some() {
            vec!["*".to_string()]
        } else {
            r.tools
        };
        rules.push(Rule {
            name: r.name,
            effect: r.effect,
            shadow: r.mode == Some(Mode::Shadow),
            who,
            servers: server_sel,
            tools: NamePatterns::new(&tools),
            resources: GlobSet::new(&r.resources),
            prompts: NamePatterns::new(&r.prompts),
            methods: GlobSet::new(&r.methods),
            select,
        });
    }
    let server_names: Vec<String> = servers.iter().map(|s| s.name.clone()).collect();
    let approvals = crate::approval::Approvals::compile(raw.approvals, &server_names, env)?;
    let metric_targets = rules
        .iter()
        .flat_map(|r| r.tools.exact.literals().chain(r.prompts.exact.literals()))
        .map(str::to_string)
        .collect();

    if raw.tasks.tracked_task_slots == 0 || raw.tasks.tracked_task_slots > 1 << 20 {
        return Err(ConfigError::new(
            "tasks.trackedTaskSlots",
            "must be between 1 and 1048576",
        ));
    }

    let names: Vec<&str> = server_names.iter().map(String::as_str).collect();
    let collections = crate::collections::Collections::compile(&raw.collections, &names, &catalog)?;

    Ok(Policy {
        mode: raw.mode,
        allow_header_stop: raw.envoy.allow_on_headers_stop_iteration,
        limits,
        identity,
        servers,
        task_slots: raw.tasks.tracked_task_slots,
        metric_targets,
        rules,
        default_effect: raw.default_effect,
        audit,
        sessions,
        quotas,
        dlp,
        credentials,
        integrity,
        catalog,
        collections,
        taint,
        approvals,
        version: String::new(),
    })
}

/// `servers[i].protocolVersions`: known revisions, no repeats, not empty.
fn compile_versions(
    path: &str,
    raw: Option<Vec<String>>,
) -> Result<Option<Vec<String>>, ConfigError> {
    let Some(list) = raw else {
        return Ok(None);
    };
    if list.is_empty() {
        return Err(ConfigError::new(
            path,
            "allows no revision at all; leave it out to allow any",
        ));
    }
    for (i, v) in list.iter().enumerate() {
        if !mcp::KNOWN_VERSIONS.contains(&v.as_str()) {
            return Err(ConfigError::new(
                format!("{path}[{i}]"),
                format!(
                    "unknown MCP protocol revision {v:?}; this filter knows {}",
                    mcp::KNOWN_VERSIONS.join(", ")
                ),
            ));
        }
        if list.iter().take(i).any(|w| w == v) {
            return Err(ConfigError::new(
                format!("{path}[{i}]"),
                format!("duplicate revision {v:?}"),
            ));
        }
    }
    Ok(Some(list))
}

/// Largest body cap the filter accepts (offsets in a parsed body are 32-bit,
/// and a body is buffered in the proxy's memory).
pub const MAX_BODY_LIMIT: usize = 256 * 1024 * 1024;

/// The keys that seal session and task ids (None: this proxy's own key).
#[derive(Debug, Clone, Default)]
pub struct SessionSettings {
    pub sealer: Option<crate::binding::Sealer>,
    pub max_age_ms: Option<u64>,
}

fn compile_sessions(
    raw: Option<config::SessionsConfig>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<SessionSettings, ConfigError> {
    let Some(raw) = raw else {
        return Ok(SessionSettings::default());
    };
    let max_age_ms = match raw.max_age_seconds {
        Some(s) if s < 60 => {
            return Err(ConfigError::new(
                "sessions.maxAgeSeconds",
                "must be at least 60 (seconds); leave it out for no maximum age",
            ))
        }
        Some(s) => Some(s.saturating_mul(1000)),
        None => None,
    };
    if raw.keys.is_empty() {
        return Err(ConfigError::new(
            "sessions.keys",
            "name at least one key: [{\"id\": \"k1\", \"fromEnv\": \"MCP_WARDEN_SESSION_KEY\"}]",
        ));
    }
    let mut keys = Vec::with_capacity(raw.keys.len());
    for (i, k) in raw.keys.into_iter().enumerate() {
        let path = format!("sessions.keys[{i}]");
        let id_ok = (1..=16).contains(&k.id.len())
            && k.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(ConfigError::new(
                format!("{path}.id"),
                "must be 1-16 characters of a-z 0-9 -",
            ));
        }
        if keys.iter().any(|x: &crate::binding::Key| x.id == k.id) {
            return Err(ConfigError::new(
                format!("{path}.id"),
                format!("duplicate key id {:?}", k.id),
            ));
        }
        let secret = env(&k.from_env).ok_or_else(|| {
            ConfigError::new(
                format!("{path}.fromEnv"),
                format!(
                    "environment variable {} is not set; pass it with vm_config.environment_variables.host_env_keys (Istio: vmConfig.env valueFrom: HOST)",
                    k.from_env
                ),
            )
        })?;
        if secret.len() < 32 {
            return Err(ConfigError::new(
                format!("{path}.fromEnv"),
                format!(
                    "environment variable {} holds fewer than 32 bytes; use a long random key (e.g. openssl rand -base64 48)",
                    k.from_env
                ),
            ));
        }
        let accept_until_ms = match &k.accept_until {
            None => None,
            Some(_) if i == 0 => {
                return Err(ConfigError::new(
                    format!("{path}.acceptUntil"),
                    "the first key signs new ids and cannot retire; put the new key first",
                ))
            }
            Some(t) => Some(crate::audit::parse_rfc3339_ms(t).ok_or_else(|| {
                ConfigError::new(
                    format!("{path}.acceptUntil"),
                    "must be an RFC 3339 UTC time such as 2026-12-31T00:00:00Z",
                )
            })?),
        };
        keys.push(crate::binding::Key {
            id: k.id,
            secret: secret.into_bytes(),
            accept_until_ms,
        });
    }
    Ok(SessionSettings {
        sealer: Some(crate::binding::Sealer::new(keys, max_age_ms)),
        max_age_ms,
    })
}

fn compile_identity(raw: config::IdentityConfig) -> Result<IdentitySettings, ConfigError> {
    let jwt = raw.jwt.map(|j| JwtSettings {
        source: j.source,
        metadata_namespace: j.metadata_namespace,
        metadata_key: j.metadata_key,
        header: j.header.to_ascii_lowercase(),
        claims: ClaimNames {
            subject: j.claims.subject.into_vec(),
            agent: j.claims.agent.into_vec(),
            groups: j.claims.groups.into_vec(),
            scopes: j.claims.scopes.into_vec(),
        },
    });
    if let Some(j) = &jwt {
        for (field, names) in [
            ("subject", &j.claims.subject),
            ("agent", &j.claims.agent),
            ("groups", &j.claims.groups),
            ("scopes", &j.claims.scopes),
        ] {
            if names.is_empty() || names.iter().any(|n| n.is_empty()) {
                return Err(ConfigError::new(
                    format!("identity.jwt.claims.{field}"),
                    "needs a non-empty claim name",
                ));
            }
        }
    }
    let problem = match raw.require {
        RequireIdentity::Jwt if jwt.is_none() => Some("is \"jwt\" but identity.jwt is not configured; add identity.jwt"),
        RequireIdentity::Spiffe if !raw.spiffe => Some("is \"spiffe\" but identity.spiffe is false"),
        RequireIdentity::Any if jwt.is_none() && !raw.spiffe => {
            Some("is \"any\" but no identity source is configured; add identity.jwt, set identity.spiffe, or set require to \"none\"")
        }
        _ => None,
    };
    if let Some(p) = problem {
        return Err(ConfigError::new("identity.require", p));
    }
    if let Some(url) = &raw.resource_metadata_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains('"') {
            return Err(ConfigError::new(
                "identity.resourceMetadataUrl",
                "must be an absolute http(s) URL without quotes",
            ));
        }
    }
    Ok(IdentitySettings {
        jwt,
        spiffe: raw.spiffe,
        require: raw.require,
        resource_metadata_url: raw.resource_metadata_url,
    })
}

/// Server names become metric labels: keep them short and tame.
fn check_label(path: &str, name: &str) -> Result<(), ConfigError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(ConfigError::new(
            path,
            format!("{name:?} must be 1-63 characters of a-z 0-9 - _"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn policy(extra_rules: serde_json::Value) -> Policy {
        let v = json!({
            "apiVersion": "mcp-warden/v1",
            "identity": {"jwt": {}, "require": "jwt"},
            "servers": [
                {"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "high", "match": {"pathPrefix": "/mcp"}},
                {"name": "files", "owner": "o", "dataDomain": "d", "riskTier": "low", "match": {"host": "*.files.internal", "pathPrefix": "/"}}
            ],
            "rules": extra_rules,
            "defaultEffect": "deny"
        });
        Policy::from_json(v.to_string().as_bytes()).unwrap()
    }

    fn standard() -> Policy {
        policy(json!([
            {"name": "support-read", "effect": "allow", "who": {"groups": ["support"]}, "servers": ["tickets"],
             "tools": ["get_ticket", "search_*"], "resources": ["tickets://open/*"], "prompts": ["summarize"]},
            {"name": "admins", "effect": "allow", "who": {"groups": ["admin"]}, "servers": ["*"],
             "tools": ["*"], "resources": ["*"], "prompts": ["*"], "methods": ["*"]},
            {"name": "nobody-deletes", "effect": "deny", "who": {"anyone": true}, "servers": ["*"], "tools": ["delete_*"]}
        ]))
    }

    fn user(groups: &[&str]) -> Identity {
        Identity {
            subject: Some("u".into()),
            groups: groups.iter().map(|s| s.to_string()).collect(),
            has_jwt: true,
            ..Identity::default()
        }
    }

    fn tool(n: &str) -> Target {
        Target::Tool(n.into())
    }

    #[test]
    fn an_allow_rule_grants_its_tools_only() {
        let p = standard();
        let d = p.decide(&user(&["support"]), 0, "tools/call", &tool("get_ticket"));
        assert_eq!(
            (d.effect, d.basis),
            (Effect::Allow, Basis::Rule("support-read".into()))
        );
        assert!(p
            .decide(&user(&["support"]), 0, "tools/call", &tool("search_all"))
            .allowed());
        let d = p.decide(&user(&["support"]), 0, "tools/call", &tool("close_ticket"));
        assert_eq!((d.effect, d.basis), (Effect::Deny, Basis::Default));
    }

    #[test]
    fn deny_overrides_allow() {
        let p = standard();
        let d = p.decide(&user(&["admin"]), 0, "tools/call", &tool("delete_ticket"));
        assert_eq!(
            (d.effect, d.basis),
            (Effect::Deny, Basis::Rule("nobody-deletes".into()))
        );
    }

    #[test]
    fn lookalike_names_cannot_slip_past_a_deny_rule() {
        let p = standard();
        for name in [
            "DELETE_ticket",
            "Delete_Ticket",
            "d\u{0435}lete_ticket",
            "ｄｅｌｅｔｅ_ticket",
            "de\u{200b}lete_ticket",
        ] {
            let d = p.decide(&user(&["admin"]), 0, "tools/call", &tool(name));
            assert_eq!(
                d.effect,
                Effect::Deny,
                "{name:?} slipped past the deny rule"
            );
        }
    }

    #[test]
    fn lookalike_names_are_not_allowed_by_an_exact_allow() {
        let p = standard();
        assert!(!p
            .decide(&user(&["support"]), 0, "tools/call", &tool("GET_TICKET"))
            .allowed());
        assert!(!p
            .decide(
                &user(&["support"]),
                0,
                "tools/call",
                &tool("g\u{0435}t_ticket")
            )
            .allowed());
    }

    #[test]
    fn rules_apply_only_to_their_servers() {
        let p = standard();
        assert!(!p
            .decide(&user(&["support"]), 1, "tools/call", &tool("get_ticket"))
            .allowed());
        assert!(p
            .decide(&user(&["admin"]), 1, "tools/call", &tool("anything"))
            .allowed());
    }

    #[test]
    fn resources_and_prompts_follow_their_patterns() {
        let p = standard();
        let s = user(&["support"]);
        assert!(p
            .decide(
                &s,
                0,
                "resources/read",
                &Target::Resource("tickets://open/1".into())
            )
            .allowed());
        assert!(!p
            .decide(
                &s,
                0,
                "resources/read",
                &Target::Resource("tickets://closed/1".into())
            )
            .allowed());
        assert!(p
            .decide(&s, 0, "prompts/get", &Target::Prompt("summarize".into()))
            .allowed());
        assert!(p
            .decide(
                &s,
                0,
                "completion/complete",
                &Target::Prompt("summarize".into())
            )
            .allowed());
        assert!(!p
            .decide(&s, 0, "prompts/get", &Target::Prompt("internal".into()))
            .allowed());
    }

    #[test]
    fn listing_and_plumbing_need_only_server_access() {
        let p = standard();
        let s = user(&["support"]);
        for m in [
            "tools/list",
            "initialize",
            "ping",
            "notifications/initialized",
            "resources/list",
            "tasks/get",
        ] {
            let d = p.decide(&s, 0, m, &Target::None);
            assert_eq!(
                (d.effect, d.basis),
                (Effect::Allow, Basis::ServerAccess("support-read".into())),
                "{m}"
            );
        }
        // No rule at all on this server: default applies, even to listing.
        assert!(!p.decide(&s, 1, "tools/list", &Target::None).allowed());
        // Strangers get nothing.
        assert!(!p
            .decide(&user(&["sales"]), 0, "initialize", &Target::None)
            .allowed());
        // Unknown methods need an explicit methods rule.
        assert!(!p.decide(&s, 0, "admin/reset", &Target::None).allowed());
        assert!(p
            .decide(&user(&["admin"]), 0, "admin/reset", &Target::None)
            .allowed());
    }

    #[test]
    fn who_fields_are_anded_and_lists_are_ored() {
        let p = policy(json!([
            {"name": "r", "effect": "allow", "who": {"groups": ["a", "b"], "scopes": ["mcp:call"]}, "servers": ["*"], "tools": ["*"]}
        ]));
        let mut id = user(&["b"]);
        assert!(!p.decide(&id, 0, "tools/call", &tool("x")).allowed());
        id.scopes = vec!["mcp:call".into()];
        assert!(p.decide(&id, 0, "tools/call", &tool("x")).allowed());
        id.groups = vec!["c".into()];
        assert!(!p.decide(&id, 0, "tools/call", &tool("x")).allowed());
    }

    #[test]
    fn shadow_rules_report_without_changing_the_outcome() {
        let p = policy(json!([
            {"name": "all", "effect": "allow", "who": {"anyone": true}, "servers": ["*"], "tools": ["*"]},
            {"name": "trial-deny", "effect": "deny", "mode": "shadow", "who": {"anyone": true}, "servers": ["*"], "tools": ["risky"]}
        ]));
        let d = p.decide(&user(&[]), 0, "tools/call", &tool("risky"));
        assert_eq!(d.effect, Effect::Allow);
        assert_eq!(
            d.shadow,
            Some((Effect::Deny, Basis::Rule("trial-deny".into())))
        );
        assert_eq!(
            p.decide(&user(&[]), 0, "tools/call", &tool("safe")).shadow,
            None
        );
    }

    #[test]
    fn a_shadow_policy_never_denies_but_says_it_would() {
        let v = json!({"apiVersion": "mcp-warden/v1", "mode": "shadow", "identity": {"require": "none"},
            "servers": [{"name": "s", "owner": "o", "dataDomain": "d", "riskTier": "low", "match": {"pathPrefix": "/"}}],
            "defaultEffect": "deny"});
        let p = Policy::from_json(v.to_string().as_bytes()).unwrap();
        let d = p.decide(&Identity::default(), 0, "tools/call", &tool("x"));
        assert_eq!(d.effect, Effect::Allow);
        assert_eq!(d.shadow, Some((Effect::Deny, Basis::Default)));
    }

    #[test]
    fn servers_match_on_what_envoy_knows() {
        let p = standard();
        let f = |host, path| RouteFacts {
            host: Some(host),
            path,
            ..RouteFacts::default()
        };
        assert_eq!(p.match_server(&f("gw:10000", "/mcp")), Some(0));
        assert_eq!(p.match_server(&f("gw", "/mcp/messages")), Some(0));
        assert_eq!(p.match_server(&f("gw", "/mcpx")), None);
        assert_eq!(p.match_server(&f("a.files.internal:443", "/x")), Some(1));
        assert_eq!(p.match_server(&f("A.FILES.INTERNAL", "/x")), Some(1));
        assert_eq!(p.match_server(&f("files.internal", "/x")), None);
        assert_eq!(strip_port("[::1]:80"), "::1");
    }

    fn config_error(v: serde_json::Value) -> ConfigError {
        Policy::from_json(v.to_string().as_bytes()).unwrap_err()
    }

    fn base() -> serde_json::Value {
        json!({"apiVersion": "mcp-warden/v1",
            "servers": [{"name": "s", "owner": "o", "dataDomain": "d", "riskTier": "low", "match": {"pathPrefix": "/"}}],
            "rules": [{"name": "r", "effect": "allow", "who": {"anyone": true}, "servers": ["s"], "tools": ["*"]}],
            "defaultEffect": "deny"})
    }

    #[test]
    fn config_errors_name_the_path_and_the_fix() {
        type Mutation = Box<dyn Fn(&mut serde_json::Value)>;
        let cases: Vec<(Mutation, &str, &str)> = vec![
            (
                Box::new(|v| v["rules"][0]["servers"][0] = "nope".into()),
                "rules[0].servers[0]",
                "unknown server \"nope\"",
            ),
            (
                Box::new(|v| v["rules"][0]["who"] = json!({})),
                "rules[0].who",
                "set \"anyone\": true",
            ),
            (
                Box::new(|v| v["rules"][0]["who"] = json!({"anyone": true, "groups": ["a"]})),
                "rules[0].who",
                "cannot be combined",
            ),
            (
                Box::new(|v| v["rules"][0]["methods"] = json!(["tools/cal"])),
                "rules[0].methods[0]",
                "unknown MCP method",
            ),
            (
                Box::new(|v| {
                    v["rules"][0].as_object_mut().unwrap().remove("tools");
                }),
                "rules[0]",
                "give tools, resources",
            ),
            (
                Box::new(|v| v["rules"][0]["effect"] = "maybe".into()),
                "rules[0].effect",
                "unknown variant",
            ),
            (
                Box::new(|v| v["servers"][0]["name"] = "Bad Name".into()),
                "servers[0].name",
                "a-z 0-9",
            ),
            (
                Box::new(|v| v["servers"][0]["match"] = json!({})),
                "servers[0].match",
                "at least one",
            ),
            (
                Box::new(|v| v["servers"][0]["match"] = json!({"pathPrefix": "mcp"})),
                "servers[0].match.pathPrefix",
                "start with '/'",
            ),
            (
                Box::new(|v| v["servers"] = json!([])),
                "servers",
                "at least one",
            ),
            (
                Box::new(|v| v["identity"] = json!({"require": "jwt"})),
                "identity.require",
                "add identity.jwt",
            ),
            (
                Box::new(|v| v["identity"] = json!({"spiffe": false})),
                "identity.require",
                "no identity source",
            ),
            (
                Box::new(|v| v["limits"] = json!({"maxBatchSize": 0})),
                "limits.maxBatchSize",
                "at least 1",
            ),
            (
                Box::new(|v| {
                    let r = v["rules"][0].clone();
                    v["rules"].as_array_mut().unwrap().push(r);
                }),
                "rules[1].name",
                "duplicate rule",
            ),
        ];
        for (mutate, path, fragment) in cases {
            let mut v = base();
            mutate(&mut v);
            let e = config_error(v);
            assert_eq!(e.path, path, "{e}");
            assert!(
                e.message.contains(fragment),
                "{e} should contain {fragment:?}"
            );
        }
    }

    fn with_select() -> Policy {
        let v = json!({
            "apiVersion": "mcp-warden/v1",
            "identity": {"jwt": {}, "require": "jwt"},
            "servers": [{"name": "ops", "owner": "o", "dataDomain": "d", "riskTier": "high",
                         "match": {"pathPrefix": "/mcp"},
                         "catalog": [{"tools": ["send_*"], "tags": ["egress"]},
                                     {"tools": ["list_*"], "annotations": {"readOnlyHint": true}}]}],
            "rules": [
                {"name": "support", "effect": "allow", "who": {"groups": ["support"]}, "servers": ["ops"], "tools": ["*"]},
                {"name": "no-destructive", "effect": "deny", "who": {"groups": ["support"]}, "servers": ["ops"],
                 "select": [{"annotations": {"destructiveHint": true}}]},
                {"name": "no-egress", "effect": "deny", "who": {"anyone": true}, "servers": ["ops"],
                 "tools": ["*"], "select": [{"tags": ["egress"]}]},
                {"name": "readers", "effect": "allow", "who": {"groups": ["reader"]}, "servers": ["ops"],
                 "select": [{"annotations": {"readOnlyHint": true}}]}
            ],
            "defaultEffect": "deny"
        });
        Policy::from_json(v.to_string().as_bytes()).unwrap()
    }

    #[test]
    fn annotation_rules_take_the_riskiest_reading_unless_the_hints_are_trusted() {
        let p = with_select();
        let support = user(&["support"]);
        let untrusted = || None;
        let trusted_safe = || {
            Some(Hints {
                destructive: false,
                ..Hints::RISKIEST
            })
        };
        let d = p.decide_with(&support, 0, "tools/call", &tool("restart"), &untrusted);
        assert_eq!(
            (d.effect, d.basis),
            (Effect::Deny, Basis::Rule("no-destructive".into()))
        );
        assert!(p
            .decide_with(&support, 0, "tools/call", &tool("restart"), &trusted_safe)
            .allowed());
        // The operator's catalog counts without any trust: list_* is read-only.
        assert!(p
            .decide_with(&support, 0, "tools/call", &tool("list_things"), &untrusted)
            .allowed());
        let reader = user(&["reader"]);
        assert!(p
            .decide_with(&reader, 0, "tools/call", &tool("list_things"), &untrusted)
            .allowed());
        assert!(!p
            .decide_with(&reader, 0, "tools/call", &tool("restart"), &trusted_safe)
            .allowed());
        // A reader still has server access for lists.
        assert!(p.decide(&reader, 0, "tools/list", &Target::None).allowed());
    }

    #[test]
    fn tag_rules_that_deny_catch_lookalike_names() {
        let p = with_select();
        let reader = user(&["reader"]);
        for name in ["send_mail", "SEND_mail", "s\u{0435}nd_mail"] {
            let d = p.decide_with(&reader, 0, "tools/call", &tool(name), &|| None);
            assert_eq!(d.basis, Basis::Rule("no-egress".into()), "{name}");
        }
    }

    #[test]
    fn select_errors_name_the_path() {
        let mut v = base();
        v["rules"][0]["select"] = json!([]);
        assert_eq!(config_error(v).path, "rules[0].select");
        let mut v = base();
        v["rules"][0]["select"] = json!([{"tags": ["egress"]}]);
        let e = config_error(v);
        assert_eq!(e.path, "rules[0].select[0].tags[0]");
        assert!(e.message.contains("known tags: (none)"), "{e}");
        let mut v = base();
        v["servers"][0]["protocolVersions"] = json!(["2025-11-25", "2099-01-01"]);
        let e = config_error(v);
        assert_eq!(e.path, "servers[0].protocolVersions[1]");
        assert!(e.message.contains("2026-07-28"), "{e}");
    }

    #[test]
    fn the_sample_policy_compiles() {
        let text = include_str!("../examples/policy.json");
        Policy::from_json(text.as_bytes()).unwrap();
    }
}
