//! What policy knows about a tool beyond its name: the operator's catalog
//! (`servers[].catalog`: tags, declared annotations, deprecation) and the
//! tool's own MCP annotations (`readOnlyHint`, `destructiveHint`,
//! `idempotentHint`, `openWorldHint`) — and [`ToolSelector`], the one way
//! rules, collections, taint rules and (later) approval rules pick tools by
//! those facts.
//!
//! Trust: annotations come from the server, so they count only when the
//! tool's definition is pinned (a policy pin, or trust on first use) and
//! unchanged since (the pin digest covers `annotations`). Otherwise every
//! hint takes its riskiest reading: not read-only, destructive, not
//! idempotent, open-world. That is also what the MCP spec says an absent
//! hint means. What the operator declares in the catalog always counts and
//! overrides the server's word. A read-only tool is neither destructive nor
//! repeatable-with-effect: read-only implies `destructiveHint: false` and
//! `idempotentHint: true` (the spec calls those two meaningful only for
//! tools that are not read-only).
//!
//! Config contract: `servers[i].catalog` deserializes into
//! [`CatalogEntryConfig`]s, selectors into [`ToolMatchConfig`] lists;
//! [`Catalog::compile`] and [`ToolSelector::compile`] validate them (errors
//! name the JSON path and the fix).

use crate::error::ConfigError;
use crate::glob::GlobSet;
use crate::names::{NameForms, NamePatterns};
use serde::Deserialize;
use serde_json::Value;
use std::cell::OnceCell;
use std::collections::BTreeSet;

// ---------------------------------------------------------------------------
// Hints
// ---------------------------------------------------------------------------

/// A tool's four MCP annotation hints, as policy reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hints {
    pub read_only: bool,
    pub destructive: bool,
    pub idempotent: bool,
    pub open_world: bool,
    /// Read from a pinned, unchanged definition (else: the riskiest reading,
    /// possibly changed by the operator's catalog).
    pub trusted: bool,
}

impl Hints {
    /// What an untrusted (or unannotated) tool counts as.
    pub const RISKIEST: Hints = Hints {
        read_only: false,
        destructive: true,
        idempotent: false,
        open_world: true,
        trusted: false,
    };

    /// The hints a tool definition declares (`annotations` of a `tools/list`
    /// item), absent or non-boolean ones at the spec's defaults.
    pub fn declared(tool: &Value) -> Hints {
        let a = tool.get("annotations");
        let hint = |name: &str, default: bool| {
            a.and_then(|a| a.get(name))
                .and_then(Value::as_bool)
                .unwrap_or(default)
        };
        Hints {
            read_only: hint("readOnlyHint", false),
            destructive: hint("destructiveHint", true),
            idempotent: hint("idempotentHint", false),
            open_world: hint("openWorldHint", true),
            trusted: true,
        }
        .normalized()
    }

    /// Read-only implies neither destructive nor effectful on repeat.
    pub fn normalized(mut self) -> Hints {
        if self.read_only {
            self.destructive = false;
            self.idempotent = true;
        }
        self
    }

    /// Four bits, as the integrity store keeps them.
    pub fn bits(self) -> u8 {
        u8::from(self.read_only)
            | u8::from(self.destructive) << 1
            | u8::from(self.idempotent) << 2
            | u8::from(self.open_world) << 3
    }

    pub fn from_bits(bits: u8) -> Hints {
        Hints {
            read_only: bits & 1 != 0,
            destructive: bits & 2 != 0,
            idempotent: bits & 4 != 0,
            open_world: bits & 8 != 0,
            trusted: true,
        }
        .normalized()
    }
}

/// Annotation hints as written in the policy (catalog declarations and
/// selector conditions).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AnnotationsConfig {
    pub read_only_hint: Option<bool>,
    pub destructive_hint: Option<bool>,
    pub idempotent_hint: Option<bool>,
    pub open_world_hint: Option<bool>,
}

impl AnnotationsConfig {
    fn is_empty(&self) -> bool {
        *self == AnnotationsConfig::default()
    }

    /// The operator's word over `base`.
    fn apply(&self, mut base: Hints) -> Hints {
        if let Some(v) = self.read_only_hint {
            base.read_only = v;
        }
        if let Some(v) = self.destructive_hint {
            base.destructive = v;
        }
        if let Some(v) = self.idempotent_hint {
            base.idempotent = v;
        }
        if let Some(v) = self.open_world_hint {
            base.open_world = v;
        }
        base.normalized()
    }

    /// Every given hint has this value in `h`.
    fn holds_for(&self, h: Hints) -> bool {
        [
            (self.read_only_hint, h.read_only),
            (self.destructive_hint, h.destructive),
            (self.idempotent_hint, h.idempotent),
            (self.open_world_hint, h.open_world),
        ]
        .iter()
        .all(|(want, have)| want.is_none_or(|w| w == *have))
    }
}

// ---------------------------------------------------------------------------
// The catalog
// ---------------------------------------------------------------------------

/// `servers[i].catalog[j]`: what the operator says about some tools.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CatalogEntryConfig {
    /// Tool name globs this entry is about.
    pub tools: Vec<String>,
    /// Operator tags (`egress`, `sensitive-read`, …) that selectors name.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Hints the operator vouches for; they override the server's.
    #[serde(default)]
    pub annotations: Option<AnnotationsConfig>,
    #[serde(default)]
    pub deprecated: Option<DeprecationConfig>,
}

/// A deprecated tool: calls before `sunset` succeed and are recorded;
/// after it they are refused with a message naming the replacement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DeprecationConfig {
    pub message: String,
    /// RFC 3339 UTC (`2026-12-31T00:00:00Z`); absent: deprecated, never retired.
    #[serde(default)]
    pub sunset: Option<String>,
    /// The tool to use instead.
    #[serde(default)]
    pub replacement: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deprecation {
    pub message: String,
    pub sunset_ms: Option<u64>,
    pub replacement: Option<String>,
}

impl Deprecation {
    pub fn retired_at(&self, now_ms: u64) -> bool {
        self.sunset_ms.is_some_and(|s| now_ms >= s)
    }
}

#[derive(Debug, Clone)]
struct Entry {
    tools: NamePatterns,
    tags: Vec<String>,
    annotations: Option<AnnotationsConfig>,
    deprecated: Option<Deprecation>,
}

#[derive(Debug, Clone, Default)]
struct ServerCatalog {
    name: String,
    data_domain: String,
    entries: Vec<Entry>,
}

/// The compiled catalogs of every registry server.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    servers: Vec<ServerCatalog>,
    /// Every tag some entry sets (selectors may name only these).
    tags: BTreeSet<String>,
}

/// A registry server as the catalog needs it.
pub struct ServerInput<'a> {
    pub name: &'a str,
    pub data_domain: &'a str,
    pub catalog: &'a [CatalogEntryConfig],
}

fn err(path: impl Into<String>, msg: impl Into<String>) -> ConfigError {
    ConfigError::new(path, msg)
}

/// Tags and collection names: short and tame.
pub fn check_word(path: &str, word: &str) -> Result<(), ConfigError> {
    let ok = !word.is_empty()
        && word.len() <= 63
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(err(
            path,
            format!("{word:?} must be 1-63 characters of a-z 0-9 - _"),
        ))
    }
}

fn check_globs(path: &str, globs: &[String]) -> Result<(), ConfigError> {
    if let Some(j) = globs.iter().position(|p| p.is_empty()) {
        return Err(err(
            format!("{path}[{j}]"),
            "empty pattern; use \"*\" for everything",
        ));
    }
    Ok(())
}

impl Catalog {
    pub fn compile(servers: &[ServerInput<'_>]) -> Result<Catalog, ConfigError> {
        let mut out = Catalog::default();
        for (i, s) in servers.iter().enumerate() {
            let mut entries = Vec::with_capacity(s.catalog.len());
            for (j, e) in s.catalog.iter().enumerate() {
                let path = format!("servers[{i}].catalog[{j}]");
                if e.tools.is_empty() {
                    return Err(err(
                        format!("{path}.tools"),
                        "name the tools this entry is about (globs, e.g. [\"send_*\"])",
                    ));
                }
                check_globs(&format!("{path}.tools"), &e.tools)?;
                for (k, t) in e.tags.iter().enumerate() {
                    check_word(&format!("{path}.tags[{k}]"), t)?;
                    out.tags.insert(t.clone());
                }
                let annotations = e.annotations.clone().filter(|a| !a.is_empty());
                let deprecated = match &e.deprecated {
                    None => None,
                    Some(d) => Some(compile_deprecation(&format!("{path}.deprecated"), d)?),
                };
                if e.tags.is_empty() && annotations.is_none() && deprecated.is_none() {
                    return Err(err(
                        path,
                        "says nothing about its tools; give tags, annotations or deprecated",
                    ));
                }
                entries.push(Entry {
                    tools: NamePatterns::new(&e.tools),
                    tags: e.tags.clone(),
                    annotations,
                    deprecated,
                });
            }
            out.servers.push(ServerCatalog {
                name: s.name.to_string(),
                data_domain: s.data_domain.to_string(),
                entries,
            });
        }
        Ok(out)
    }

    /// The entries about `tool` on `server`, in order.
    fn entries<'a>(&'a self, server: usize, tool: &NameForms<'_>, loose: bool) -> Vec<&'a Entry> {
        self.servers
            .get(server)
            .into_iter()
            .flat_map(|s| s.entries.iter())
            .filter(|e| e.tools.matches(tool, loose))
            .collect()
    }

    /// Whether `tool` on `server` carries `tag`. `loose`: lookalike names
    /// count (restricting uses).
    pub fn has_tag(&self, server: usize, tool: &NameForms<'_>, tag: &str, loose: bool) -> bool {
        self.entries(server, tool, loose)
            .into_iter()
            .any(|e| e.tags.iter().any(|t| t == tag))
    }

    /// The tags of `tool` (exact name), for audit and facts.
    pub fn tags_of(&self, server: usize, tool: &str) -> Vec<&str> {
        let name = NameForms::new(tool);
        let mut out: Vec<&str> = Vec::new();
        for e in self.entries(server, &name, false) {
            for t in &e.tags {
                if !out.contains(&t.as_str()) {
                    out.push(t);
                }
            }
        }
        out
    }

    /// `base` (trusted annotations, or None: the riskiest reading) under
    /// the operator's declarations (the first entry declaring a hint wins).
    pub fn hints(&self, server: usize, tool: &str, base: Option<Hints>) -> Hints {
        let name = NameForms::new(tool);
        let mut declared = AnnotationsConfig::default();
        for e in self.entries(server, &name, false) {
            if let Some(a) = &e.annotations {
                declared.read_only_hint = declared.read_only_hint.or(a.read_only_hint);
                declared.destructive_hint = declared.destructive_hint.or(a.destructive_hint);
                declared.idempotent_hint = declared.idempotent_hint.or(a.idempotent_hint);
                declared.open_world_hint = declared.open_world_hint.or(a.open_world_hint);
            }
        }
        declared.apply(base.unwrap_or(Hints::RISKIEST))
    }

    /// The deprecation of `tool` (lookalike names included: a retired
    /// tool cannot come back under another spelling).
    pub fn deprecation(&self, server: usize, tool: &str) -> Option<&Deprecation> {
        let name = NameForms::new(tool);
        self.entries(server, &name, true)
            .into_iter()
            .find_map(|e| e.deprecated.as_ref())
    }

    /// A bounded metric label for a tool: its name when a catalog entry of
    /// its server spells it out, else `other`.
    pub fn label<'a>(&self, server: usize, tool: &'a str) -> &'a str {
        let named = self.servers.get(server).is_some_and(|s| {
            s.entries
                .iter()
                .any(|e| e.tools.exact.literals().any(|l| l == tool))
        });
        if named {
            tool
        } else {
            "other"
        }
    }

    /// Whether any server has a deprecated tool (the lifecycle stage is
    /// built only then).
    pub fn any_deprecated(&self) -> bool {
        self.servers
            .iter()
            .flat_map(|s| &s.entries)
            .any(|e| e.deprecated.is_some())
    }

    pub fn data_domain(&self, server: usize) -> &str {
        self.servers
            .get(server)
            .map_or("", |s| s.data_domain.as_str())
    }

    fn server_index(&self, name: &str) -> Option<usize> {
        self.servers.iter().position(|s| s.name == name)
    }

    fn server_names(&self) -> String {
        self.servers
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn compile_deprecation(path: &str, d: &DeprecationConfig) -> Result<Deprecation, ConfigError> {
    if d.message.trim().is_empty() || d.message.chars().count() > 500 {
        return Err(err(
            format!("{path}.message"),
            "write 1-500 characters telling callers what to do instead",
        ));
    }
    let sunset_ms = match &d.sunset {
        None => None,
        Some(t) => Some(crate::audit::parse_rfc3339_ms(t).ok_or_else(|| {
            err(
                format!("{path}.sunset"),
                "must be an RFC 3339 UTC time such as 2026-12-31T00:00:00Z",
            )
        })?),
    };
    if let Some(r) = &d.replacement {
        if crate::names::check_name(r, crate::config::ToolNameRule::Unicode).is_err() {
            return Err(err(
                format!("{path}.replacement"),
                "must be a tool name (1-128 visible characters)",
            ));
        }
    }
    Ok(Deprecation {
        message: d.message.clone(),
        sunset_ms,
        replacement: d.replacement.clone(),
    })
}

// ---------------------------------------------------------------------------
// Selectors
// ---------------------------------------------------------------------------

/// One alternative of a selector: every field given must hold (AND);
/// within a list any entry may (OR).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ToolMatchConfig {
    /// Registry server names, or `"*"`; absent: any.
    #[serde(default)]
    pub servers: Vec<String>,
    /// Tool name globs; absent: any.
    #[serde(default)]
    pub tools: Vec<String>,
    /// Operator tags (any of them).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Annotation hints that must have these values (after the trust rule).
    #[serde(default)]
    pub annotations: Option<AnnotationsConfig>,
    /// Globs over the server's `dataDomain`.
    #[serde(default)]
    pub data_domains: Vec<String>,
}

#[derive(Debug, Clone)]
struct ToolMatch {
    servers: Option<Vec<usize>>,
    tools: Option<NamePatterns>,
    tags: Vec<String>,
    annotations: Option<AnnotationsConfig>,
    data_domains: GlobSet,
}

/// Picks tools by server, name, operator tags, annotations and data
/// domain: a list of alternatives (any may match), each an AND of its
/// fields. Shared by rules (`rules[].select`), collections, taint rules and
/// approval rules.
#[derive(Debug, Clone, Default)]
pub struct ToolSelector {
    alternatives: Vec<ToolMatch>,
}

/// One tool as a selector sees it. The hints are computed at most once,
/// and only if an alternative asks for them (they may cost a shared-data
/// read).
pub struct ToolFacts<'a> {
    pub server: usize,
    pub name: NameForms<'a>,
    /// Trusted annotations (from the integrity store or a listed pinned
    /// definition), or None.
    base: &'a dyn Fn() -> Option<Hints>,
    hints: OnceCell<Hints>,
}

impl<'a> ToolFacts<'a> {
    pub fn new(server: usize, name: &'a str, base: &'a dyn Fn() -> Option<Hints>) -> Self {
        ToolFacts {
            server,
            name: NameForms::new(name),
            base,
            hints: OnceCell::new(),
        }
    }

    /// The effective hints: trusted annotations or the riskiest reading,
    /// then the operator's declarations.
    pub fn hints(&self, catalog: &Catalog) -> Hints {
        *self
            .hints
            .get_or_init(|| catalog.hints(self.server, self.name.raw, (self.base)()))
    }
}

impl ToolSelector {
    /// `path` names the selector list (`rules[2].select`).
    pub fn compile(
        path: &str,
        alternatives: &[ToolMatchConfig],
        catalog: &Catalog,
    ) -> Result<ToolSelector, ConfigError> {
        let mut out = Vec::with_capacity(alternatives.len());
        for (i, a) in alternatives.iter().enumerate() {
            let at = format!("{path}[{i}]");
            let annotations = a.annotations.clone().filter(|x| !x.is_empty());
            if a.servers.is_empty()
                && a.tools.is_empty()
                && a.tags.is_empty()
                && annotations.is_none()
                && a.data_domains.is_empty()
            {
                return Err(err(
                    at,
                    "matches every tool; give servers, tools, tags, annotations or dataDomains",
                ));
            }
            let servers = if a.servers.is_empty() || a.servers.iter().any(|s| s == "*") {
                None
            } else {
                let mut idx = Vec::with_capacity(a.servers.len());
                for (j, name) in a.servers.iter().enumerate() {
                    match catalog.server_index(name) {
                        Some(k) => idx.push(k),
                        None => {
                            return Err(err(
                                format!("{at}.servers[{j}]"),
                                format!(
                                    "unknown server {name:?}; declared servers are: {}",
                                    catalog.server_names()
                                ),
                            ))
                        }
                    }
                }
                Some(idx)
            };
            check_globs(&format!("{at}.tools"), &a.tools)?;
            check_globs(&format!("{at}.dataDomains"), &a.data_domains)?;
            for (j, t) in a.tags.iter().enumerate() {
                if !catalog.tags.contains(t) {
                    let known: Vec<&str> = catalog.tags.iter().map(String::as_str).collect();
                    return Err(err(
                        format!("{at}.tags[{j}]"),
                        format!(
                            "no servers[].catalog entry sets tag {t:?}; known tags: {}",
                            if known.is_empty() {
                                "(none)".to_string()
                            } else {
                                known.join(", ")
                            }
                        ),
                    ));
                }
            }
            out.push(ToolMatch {
                servers,
                tools: (!a.tools.is_empty()).then(|| NamePatterns::new(&a.tools)),
                tags: a.tags.clone(),
                annotations,
                data_domains: GlobSet::new(&a.data_domains),
            });
        }
        Ok(ToolSelector { alternatives: out })
    }

    pub fn is_empty(&self) -> bool {
        self.alternatives.is_empty()
    }

    /// Whether the tool matches an alternative. `loose`: lookalike names
    /// match names and tags too (for selectors that restrict).
    pub fn matches(&self, catalog: &Catalog, tool: &ToolFacts<'_>, loose: bool) -> bool {
        self.alternatives.iter().any(|a| {
            a.servers.as_ref().is_none_or(|s| s.contains(&tool.server))
                && a.tools
                    .as_ref()
                    .is_none_or(|t| t.matches(&tool.name, loose))
                && (a.data_domains.is_empty()
                    || a.data_domains.is_match(catalog.data_domain(tool.server)))
                && (a.tags.is_empty()
                    || a.tags
                        .iter()
                        .any(|t| catalog.has_tag(tool.server, &tool.name, t, loose)))
                && a.annotations
                    .as_ref()
                    .is_none_or(|want| want.holds_for(tool.hints(catalog)))
        })
    }

    /// Whether the selector can only be decided with the tool's hints.
    pub fn reads_annotations(&self) -> bool {
        self.alternatives.iter().any(|a| a.annotations.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(v: Value) -> CatalogEntryConfig {
        serde_json::from_value(v).unwrap()
    }

    fn catalog() -> Catalog {
        let ops = vec![
            entry(json!({"tools": ["send_*"], "tags": ["egress"]})),
            entry(
                json!({"tools": ["get_customer"], "tags": ["sensitive-read"],
                         "annotations": {"readOnlyHint": true}}),
            ),
            entry(
                json!({"tools": ["restart_*"], "annotations": {"idempotentHint": true, "destructiveHint": false}}),
            ),
            entry(
                json!({"tools": ["old_report"], "deprecated": {"message": "use new_report",
                         "sunset": "2026-01-01T00:00:00Z", "replacement": "new_report"}}),
            ),
        ];
        Catalog::compile(&[
            ServerInput {
                name: "ops",
                data_domain: "operations",
                catalog: &ops,
            },
            ServerInput {
                name: "crm",
                data_domain: "customer-pii",
                catalog: &[],
            },
        ])
        .unwrap()
    }

    fn selector(c: &Catalog, v: Value) -> ToolSelector {
        let alts: Vec<ToolMatchConfig> = serde_json::from_value(v).unwrap();
        ToolSelector::compile("select", &alts, c).unwrap()
    }

    const NONE: &dyn Fn() -> Option<Hints> = &|| None;

    #[test]
    fn annotations_read_with_the_specs_defaults_and_read_only_implies_safe_repeats() {
        let h = Hints::declared(&json!({"name": "x"}));
        assert_eq!(
            (h.read_only, h.destructive, h.idempotent, h.open_world),
            (false, true, false, true)
        );
        let h = Hints::declared(
            &json!({"annotations": {"readOnlyHint": true, "destructiveHint": true, "openWorldHint": false}}),
        );
        assert_eq!(
            (h.read_only, h.destructive, h.idempotent, h.open_world),
            (true, false, true, false)
        );
        // Not a boolean: the default, never a truthy guess.
        let h = Hints::declared(&json!({"annotations": {"readOnlyHint": "yes"}}));
        assert!(!h.read_only);
        for bits in 0..16u8 {
            let h = Hints::from_bits(bits);
            assert_eq!(Hints::from_bits(h.bits()), h);
        }
    }

    #[test]
    fn untrusted_tools_get_the_riskiest_reading_unless_the_operator_says_otherwise() {
        let c = catalog();
        assert_eq!(c.hints(0, "anything", None), Hints::RISKIEST);
        let h = c.hints(0, "restart_db", None);
        assert_eq!(
            (h.destructive, h.idempotent, h.open_world, h.trusted),
            (false, true, true, false)
        );
        let h = c.hints(0, "get_customer", None);
        assert_eq!(
            (h.read_only, h.destructive, h.idempotent),
            (true, false, true)
        );
        // The operator's word wins over a trusted server's.
        let server_says = Hints {
            idempotent: false,
            destructive: true,
            ..Hints::RISKIEST
        };
        assert!(c.hints(0, "restart_db", Some(server_says)).idempotent);
    }

    #[test]
    fn selectors_and_their_fields_and_or_their_alternatives() {
        let c = catalog();
        let s = selector(
            &c,
            json!([{"tags": ["egress"]}, {"annotations": {"openWorldHint": true}, "dataDomains": ["customer-*"]}]),
        );
        let trusted_closed = || {
            Some(Hints {
                open_world: false,
                ..Hints::RISKIEST
            })
        };
        let closed: &dyn Fn() -> Option<Hints> = &trusted_closed;
        assert!(s.matches(&c, &ToolFacts::new(0, "send_mail", closed), false));
        assert!(!s.matches(&c, &ToolFacts::new(0, "get_customer", NONE), false));
        // crm is in a customer domain: untrusted tools are open-world there.
        assert!(s.matches(&c, &ToolFacts::new(1, "lookup", NONE), false));
        assert!(!s.matches(&c, &ToolFacts::new(1, "lookup", closed), false));
    }

    #[test]
    fn restricting_selectors_catch_lookalike_names() {
        let c = catalog();
        let s = selector(&c, json!([{"tags": ["egress"]}]));
        assert!(!s.matches(&c, &ToolFacts::new(0, "SEND_mail", NONE), false));
        assert!(s.matches(&c, &ToolFacts::new(0, "SEND_mail", NONE), true));
        assert!(s.matches(&c, &ToolFacts::new(0, "s\u{0435}nd_mail", NONE), true));
    }

    #[test]
    fn hints_are_computed_only_when_a_selector_reads_them() {
        let c = catalog();
        let calls = std::cell::Cell::new(0);
        let base = || {
            calls.set(calls.get() + 1);
            None
        };
        let s = selector(&c, json!([{"tags": ["egress"]}]));
        let f = ToolFacts::new(0, "send_mail", &base);
        assert!(s.matches(&c, &f, false));
        assert_eq!(calls.get(), 0);
        let s = selector(&c, json!([{"annotations": {"destructiveHint": true}}]));
        assert!(s.matches(&c, &f, false));
        assert!(s.matches(&c, &f, false));
        assert_eq!(calls.get(), 1);
    }

    #[test]
    fn deprecations_and_tags_are_looked_up_by_name() {
        let c = catalog();
        let d = c.deprecation(0, "old_report").unwrap();
        assert_eq!(d.replacement.as_deref(), Some("new_report"));
        assert!(!d.retired_at(1_700_000_000_000));
        assert!(d.retired_at(1_800_000_000_000));
        assert!(c.deprecation(0, "OLD_report").is_some());
        assert!(c.deprecation(1, "old_report").is_none());
        assert_eq!(c.tags_of(0, "get_customer"), vec!["sensitive-read"]);
    }

    #[test]
    fn config_errors_name_the_path_and_the_fix() {
        let c = catalog();
        let bad = |v: Value| {
            let alts: Vec<ToolMatchConfig> = serde_json::from_value(v).unwrap();
            ToolSelector::compile("rules[0].select", &alts, &c).unwrap_err()
        };
        let e = bad(json!([{"tags": ["egres"]}]));
        assert_eq!(e.path, "rules[0].select[0].tags[0]");
        assert!(
            e.message.contains("known tags: egress, sensitive-read"),
            "{e}"
        );
        let e = bad(json!([{}]));
        assert!(e.message.contains("matches every tool"), "{e}");
        let e = bad(json!([{"servers": ["nope"]}]));
        assert_eq!(e.path, "rules[0].select[0].servers[0]");
        let compile = |v: Value| {
            let entries = vec![entry(v)];
            Catalog::compile(&[ServerInput {
                name: "s",
                data_domain: "d",
                catalog: &entries,
            }])
            .unwrap_err()
        };
        let e = compile(json!({"tools": ["x"], "tags": ["Bad Tag"]}));
        assert_eq!(e.path, "servers[0].catalog[0].tags[0]");
        let e = compile(json!({"tools": ["x"]}));
        assert!(e.message.contains("says nothing"), "{e}");
        let e = compile(json!({"tools": ["x"], "deprecated": {"message": "m", "sunset": "soon"}}));
        assert_eq!(e.path, "servers[0].catalog[0].deprecated.sunset");
    }
}
