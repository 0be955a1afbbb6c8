//! The `quotas` sections as the operator writes them (strict serde) and their
//! validation into the runtime rules, in one fallible step. Every error names
//! the JSON path and the fix.

use super::bucket::Limit;
use super::{CountBy, Quotas, Rule, ToolForms, Unit};
use crate::error::ConfigError;
use crate::glob::{Glob, GlobSet};
use crate::modes::Mode;
use crate::store::fnv1a;
use crate::who::WhoConfig;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// Shared-data slots per counted rule when `quotas.slots` is not given.
pub const DEFAULT_SLOTS: u32 = 4096;
pub const MAX_SLOTS: u32 = 1 << 20;
/// Largest `calls` / `cost` / `bytes` amount (2^50, about 10^15): keeps every
/// product in the arithmetic far from u128 limits and is 1 PiB of bytes.
pub const MAX_AMOUNT: u64 = 1 << 50;
/// Largest cost of one tool call.
pub const MAX_COST: u64 = 1_000_000_000;

/// Top-level `quotas` section.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct QuotaConfig {
    /// Shared-data slots per rule that counts per key (`countBy` not empty):
    /// the memory bound for that rule, for good. Default 4096.
    #[serde(default)]
    pub slots: Option<u32>,
    #[serde(default)]
    pub rules: Vec<QuotaRuleConfig>,
}

/// One quota rule.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct QuotaRuleConfig {
    /// 1-63 of `A-Z a-z 0-9 _ . -`; named in answers, audit and metrics.
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// `shadow`: counted and reported as would-throttle, never enforced.
    #[serde(default)]
    pub mode: Option<Mode>,
    /// Which callers the rule applies to (same shape as `rules[].who`);
    /// absent: everyone.
    #[serde(default)]
    pub who: Option<WhoConfig>,
    /// What one counter counts for: `[]` one counter shared by everyone the
    /// rule applies to; default `["principal"]` (one per caller).
    #[serde(default)]
    pub count_by: Option<Vec<CountBy>>,
    /// Server names, or `"*"`; absent: every server.
    #[serde(default)]
    pub servers: Option<Vec<String>>,
    /// Tool name globs (`tools/call`).
    #[serde(default)]
    pub tools: Vec<String>,
    /// Method globs (`"resources/read"`, `"prompts/*"`, `"*"`).
    #[serde(default)]
    pub methods: Vec<String>,
    pub limit: LimitConfig,
}

/// `limit`: exactly one of `calls`, `cost`, `bytes`, per window.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LimitConfig {
    /// Messages per window (each counts 1).
    #[serde(default)]
    pub calls: Option<u64>,
    /// Cost units per window (tool costs from `servers[].quotas.costs`).
    #[serde(default)]
    pub cost: Option<u64>,
    /// Bytes of tool results per window.
    #[serde(default)]
    pub bytes: Option<u64>,
    pub per: Per,
    /// At most this many units back to back; they come back at
    /// `amount / per`. Absent: the window is the only limit.
    #[serde(default)]
    pub burst: Option<u64>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    Second,
    Minute,
    Hour,
    Day,
}

impl Per {
    pub fn millis(self) -> u64 {
        match self {
            Per::Second => 1_000,
            Per::Minute => 60_000,
            Per::Hour => 3_600_000,
            Per::Day => 86_400_000,
        }
    }
}

/// A server's own `quotas` section: what its tools cost.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerQuotaConfig {
    /// Tool name (or glob) → cost units of one call. An exact name wins over
    /// globs; among globs the most specific (most literal characters) wins.
    #[serde(default)]
    pub costs: BTreeMap<String, u64>,
    /// Cost of a tool the table does not name. Default 1.
    #[serde(default)]
    pub default_cost: Option<u64>,
}

/// Tool name globs matched against the name as sent, its case-folded NFKC
/// form and its confusable skeleton: a quota is a restriction, so
/// `Run_Query` or `run_quеry` (Cyrillic е) count where `run_query` does.
#[derive(Debug, Clone, Default)]
pub(super) struct ToolPatterns {
    exact: GlobSet,
    folded: GlobSet,
    skeleton: GlobSet,
}

impl ToolPatterns {
    pub fn new(patterns: &[String]) -> Self {
        let folded: Vec<String> = patterns
            .iter()
            .map(|p| map_literals(p, crate::names::folded))
            .collect();
        let skeleton: Vec<String> = patterns
            .iter()
            .map(|p| map_literals(p, crate::names::skeleton))
            .collect();
        ToolPatterns {
            exact: GlobSet::new(patterns),
            folded: GlobSet::new(&folded),
            skeleton: GlobSet::new(&skeleton),
        }
    }

    pub fn matches(&self, t: &ToolForms) -> bool {
        self.exact.is_match(&t.exact)
            || self.folded.is_match(&t.folded)
            || self.skeleton.is_match(&t.skeleton)
    }
}

/// Applies `f` to the literal runs of a glob, keeping `*` and `?`.
fn map_literals(p: &str, f: fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut lit = String::new();
    for c in p.chars() {
        if c == '*' || c == '?' {
            out.push_str(&f(&lit));
            lit.clear();
            out.push(c);
        } else {
            lit.push(c);
        }
    }
    out.push_str(&f(&lit));
    out
}

/// A server's cost table, most specific pattern first.
#[derive(Debug, Clone)]
pub(super) struct CostTable {
    entries: Vec<(String, ToolPatterns, u64)>,
    default: u64,
}

impl Default for CostTable {
    fn default() -> Self {
        CostTable {
            entries: Vec::new(),
            default: 1,
        }
    }
}

impl CostTable {
    pub fn cost(&self, t: &ToolForms) -> u64 {
        self.entries
            .iter()
            .find(|(_, p, _)| p.matches(t))
            .map_or(self.default, |(_, _, c)| *c)
    }
}

/// Which callers a rule applies to: the policy's own `who`.
pub(super) use crate::who::Who;

fn check_rule_name(path: &str, name: &str) -> Result<(), ConfigError> {
    let ok = (1..=63).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(ConfigError::new(
            path,
            format!("invalid quota name {name:?}: use 1-63 of A-Z a-z 0-9 _ . - (it is named in answers, audit and shared-data keys)"),
        ))
    }
}

fn compile_costs(
    servers: &[(String, Option<ServerQuotaConfig>)],
) -> Result<Vec<CostTable>, ConfigError> {
    let mut tables = Vec::with_capacity(servers.len());
    for (i, (_, section)) in servers.iter().enumerate() {
        let Some(section) = section else {
            tables.push(CostTable::default());
            continue;
        };
        let default = section.default_cost.unwrap_or(1);
        if default > MAX_COST {
            return Err(ConfigError::new(
                format!("servers[{i}].quotas.defaultCost"),
                format!("must be at most {MAX_COST}"),
            ));
        }
        let mut entries = Vec::with_capacity(section.costs.len());
        for (pattern, &cost) in &section.costs {
            let path = format!("servers[{i}].quotas.costs.{pattern}");
            if pattern.is_empty() {
                return Err(ConfigError::new(
                    format!("servers[{i}].quotas.costs"),
                    "empty tool name; use a tool name or a glob such as \"search_*\"",
                ));
            }
            if cost > MAX_COST {
                return Err(ConfigError::new(
                    path,
                    format!("must be at most {MAX_COST}"),
                ));
            }
            entries.push((
                pattern.clone(),
                ToolPatterns::new(std::slice::from_ref(pattern)),
                cost,
            ));
        }
        // Exact names first, then globs by literal length (most specific
        // first), then by pattern text: deterministic whatever the JSON order.
        entries.sort_by(|(a, _, _), (b, _, _)| {
            let key = |p: &str| {
                let wild = p.contains(['*', '?']);
                let literal = p.chars().filter(|c| *c != '*' && *c != '?').count();
                (wild, std::cmp::Reverse(literal))
            };
            key(a).cmp(&key(b)).then_with(|| a.cmp(b))
        });
        tables.push(CostTable { entries, default });
    }
    Ok(tables)
}

/// The highest cost a call counted by `rule_tools` can have on a server,
/// with where it comes from (for the error message).
fn max_cost_in_scope(
    table: &CostTable,
    server: usize,
    server_costs: Option<&ServerQuotaConfig>,
    rule_tools: &[String],
) -> Option<(u64, String)> {
    let mut worst: Option<(u64, String)> = None;
    let mut consider = |cost: u64, source: String| {
        if worst.as_ref().is_none_or(|(c, _)| cost > *c) {
            worst = Some((cost, source));
        }
    };
    let default_source = if server_costs.is_some_and(|s| s.default_cost.is_some()) {
        format!("servers[{server}].quotas.defaultCost")
    } else {
        "the default cost".to_string()
    };
    for p in rule_tools {
        if !p.contains(['*', '?']) {
            let forms = ToolForms::of(p);
            match table.entries.iter().find(|(_, pat, _)| pat.matches(&forms)) {
                Some((name, _, c)) => {
                    consider(*c, format!("servers[{server}].quotas.costs.{name}"))
                }
                None => consider(table.default, default_source.clone()),
            }
            continue;
        }
        consider(table.default, default_source.clone());
        let g = Glob::new(p);
        for (name, _, c) in &table.entries {
            if g.is_match(name) || Glob::new(name).is_match(p) {
                consider(*c, format!("servers[{server}].quotas.costs.{name}"));
            }
        }
    }
    worst
}

pub(super) fn compile(
    top: Option<QuotaConfig>,
    servers: &[(String, Option<ServerQuotaConfig>)],
) -> Result<Quotas, ConfigError> {
    let costs = compile_costs(servers)?;
    let Some(top) = top else {
        return Ok(Quotas {
            costs,
            ..Quotas::default()
        });
    };
    let slots = top.slots.unwrap_or(DEFAULT_SLOTS);
    if slots == 0 || slots > MAX_SLOTS {
        return Err(ConfigError::new(
            "quotas.slots",
            format!("must be between 1 and {MAX_SLOTS} (shared-data keys per counted rule; set it to a few times the number of active callers)"),
        ));
    }
    let server_list = || {
        servers
            .iter()
            .map(|(n, _)| n.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };

    let mut rules = Vec::with_capacity(top.rules.len());
    let mut names = HashSet::new();
    for (i, r) in top.rules.into_iter().enumerate() {
        let path = format!("quotas.rules[{i}]");
        check_rule_name(&format!("{path}.name"), &r.name)?;
        if !names.insert(r.name.clone()) {
            return Err(ConfigError::new(
                format!("{path}.name"),
                format!("duplicate quota name {:?}", r.name),
            ));
        }

        let who = match r.who {
            None => Who::anyone(),
            Some(w) => Who::compile(&path, w, "leave \"who\" out to count everyone")?,
        };

        let count_by = r.count_by.unwrap_or_else(|| vec![CountBy::Principal]);
        let mut seen = HashSet::new();
        for (j, c) in count_by.iter().enumerate() {
            if !seen.insert(*c) {
                return Err(ConfigError::new(
                    format!("{path}.countBy[{j}]"),
                    "listed twice",
                ));
            }
        }

        let server_sel = match &r.servers {
            None => None,
            Some(list) if list.iter().any(|s| s == "*") => None,
            Some(list) if list.is_empty() => {
                return Err(ConfigError::new(
                    format!("{path}.servers"),
                    "name at least one server, or \"*\" (or leave servers out: every server)",
                ))
            }
            Some(list) => {
                let mut idx = Vec::with_capacity(list.len());
                for (j, name) in list.iter().enumerate() {
                    match servers.iter().position(|(n, _)| n == name) {
                        Some(k) => idx.push(k),
                        None => {
                            return Err(ConfigError::new(
                                format!("{path}.servers[{j}]"),
                                format!(
                                    "unknown server {name:?}; declared servers are: {}",
                                    server_list()
                                ),
                            ))
                        }
                    }
                }
                Some(idx)
            }
        };

        for (field, list) in [("tools", &r.tools), ("methods", &r.methods)] {
            if let Some(j) = list.iter().position(|p| p.is_empty()) {
                return Err(ConfigError::new(
                    format!("{path}.{field}[{j}]"),
                    "empty pattern; use \"*\" for everything",
                ));
            }
        }
        for (j, m) in r.methods.iter().enumerate() {
            if !m.contains(['*', '?']) && !crate::mcp::CLIENT_METHODS.contains(&m.as_str()) {
                return Err(ConfigError::new(
                    format!("{path}.methods[{j}]"),
                    format!("unknown MCP method {m:?}; use a method name such as \"resources/read\" or a glob such as \"prompts/*\""),
                ));
            }
        }

        let lim = &r.limit;
        let lpath = format!("{path}.limit");
        let (unit, amount, field) =
            match (lim.calls, lim.cost, lim.bytes) {
                (Some(n), None, None) => (Unit::Calls, n, "calls"),
                (None, Some(n), None) => (Unit::Cost, n, "cost"),
                (None, None, Some(n)) => (Unit::Bytes, n, "bytes"),
                _ => return Err(ConfigError::new(
                    lpath,
                    "give exactly one of calls, cost or bytes (write one rule per kind of limit)",
                )),
            };
        if amount == 0 || amount > MAX_AMOUNT {
            return Err(ConfigError::new(
                format!("{lpath}.{field}"),
                format!("must be between 1 and {MAX_AMOUNT}"),
            ));
        }
        if let Some(b) = lim.burst {
            if unit == Unit::Bytes {
                return Err(ConfigError::new(
                    format!("{lpath}.burst"),
                    "byte budgets are counted per window and have no burst; remove burst",
                ));
            }
            if b == 0 || b > amount {
                return Err(ConfigError::new(
                    format!("{lpath}.burst"),
                    format!("must be between 1 and {field} ({amount}); the window never allows more than {amount} anyway"),
                ));
            }
        }
        if r.tools.is_empty() && r.methods.is_empty() {
            return Err(ConfigError::new(
                path,
                "says nothing about what it counts; give tools (\"*\" for every tool call) or methods",
            ));
        }
        if unit == Unit::Bytes && !r.methods.is_empty() {
            return Err(ConfigError::new(
                format!("{path}.methods"),
                "byte budgets count tool results; name tools instead of methods",
            ));
        }

        let counts_tool_calls = r
            .methods
            .iter()
            .any(|m| Glob::new(m).is_match("tools/call"));
        if unit == Unit::Cost {
            let capacity = lim.burst.unwrap_or(amount);
            let tool_scope: Vec<String> = if counts_tool_calls {
                vec!["*".to_string()]
            } else {
                r.tools.clone()
            };
            let in_scope: Vec<usize> = match &server_sel {
                None => (0..servers.len()).collect(),
                Some(v) => v.clone(),
            };
            for s in in_scope {
                let (Some(table), Some((_, section))) = (costs.get(s), servers.get(s)) else {
                    continue;
                };
                if let Some((c, source)) =
                    max_cost_in_scope(table, s, section.as_ref(), &tool_scope)
                {
                    if c > capacity {
                        let what = if lim.burst.is_some() { "burst" } else { "cost" };
                        return Err(ConfigError::new(
                            lpath,
                            format!("a call costing {c} ({source}) could never pass a {what} of {capacity}; raise limit.{what} to at least {c} or lower that cost"),
                        ));
                    }
                }
            }
        }

        let window_ms = lim.per.millis();
        let fingerprint =
            fnv1a(format!("v1|{unit:?}|{amount}|{window_ms}|{:?}", lim.burst).as_bytes());
        rules.push(Rule {
            name: r.name,
            shadow: r.mode == Some(Mode::Shadow),
            who,
            servers: server_sel,
            tools: ToolPatterns::new(&r.tools),
            methods: GlobSet::new(&r.methods),
            slots: if count_by.is_empty() { 1 } else { slots },
            count_by,
            unit,
            limit: Limit {
                amount,
                window_ms,
                burst: lim.burst,
            },
            fingerprint,
        });
    }
    Ok(Quotas {
        rules,
        costs,
        shadow_all: false,
    })
}
