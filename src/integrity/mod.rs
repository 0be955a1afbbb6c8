//! Tool integrity (issue 7): poisoned descriptions caught, pinned tools
//! enforced, arguments checked, server-initiated requests governed.
//!
//! Pure core: no proxy-wasm types. The stream calls four functions:
//!
//! * [`Integrity::review_list`] on every list answer (`tools/list`,
//!   `prompts/list`, `resources/list`, `resources/templates/list`) of a
//!   server with integrity on: scans each item ([`scan`]), checks tool pins
//!   (policy pins, or trust-on-first-use records in shared data), removes
//!   what must not reach the model, and records each tool's digest and
//!   compact input schema for later calls;
//! * [`Integrity::check_call`] before forwarding `tools/call`: refuses tools
//!   that were withheld from lists (flagged, changed, unpinned, never
//!   reviewed) and arguments that do not fit the recorded schema
//!   ([`schema`], JSON-RPC -32602 naming the field);
//! * [`Integrity::server_request`] for each request a server sends the
//!   client (`sampling/createMessage`, `elicitation/create`, `roots/list`);
//! * [`Integrity::enabled_for`], to skip all of it for servers without a
//!   section.
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `integrity` section deserializes into [`IntegrityConfig`], each
//! server's optional `integrity` section into [`ServerIntegrityConfig`];
//! [`Integrity::compile`] validates both in one fallible step (errors name
//! the JSON path and the fix) and returns the runtime form.
//!
//! Actions, per server:
//! * `scan.threshold` (default 0.9, 0.1..=10): an item is flagged when the
//!   weights of its signals add up to it ([`scan`] has the signals and
//!   weights); findings carry the item's `score` (hundredths) and all its
//!   `signals`, and `scan.ignore` takes signal names ([`finding_names`]);
//! * `scan.action`: `strip` (default) removes a flagged item from the list
//!   and refuses calls to a flagged tool; `deny` refuses the whole list
//!   answer when any item is flagged ([`Review::refused`]: the stream answers
//!   the list request with that error instead) and refuses calls to the
//!   flagged tools, other tools stay callable; `record` only reports; `off`.
//! * `pinning`: `off` (default), `pinned` (only tools with a matching policy
//!   pin are shown and callable), `tofu` (policy pins apply to the tools
//!   they name; every other tool is trusted on first sight, and a later
//!   change is a rug pull). `onPinViolation`: `hide` (default: withheld
//!   from lists, calls refused, until the operator pins the new digest, or
//!   the server returns to the approved definition) or `record`.
//!   Under `pinned` and `tofu` a tool never seen in a list is refused too:
//!   only reviewed definitions are callable.

pub mod canon;
pub mod model;
pub mod scan;
pub mod schema;
pub mod store;

#[cfg(test)]
mod tests;

use crate::error::ConfigError;
use crate::glob::Glob;
use crate::mcp::ListKind;
use crate::store::SharedStore;
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

pub use canon::tool_digest;
pub use scan::PATTERN_NAMES;

// ---------------------------------------------------------------------------
// Config as written
// ---------------------------------------------------------------------------

/// Top-level `integrity`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IntegrityConfig {
    /// Shared-data buckets per server for tool records (4 tools each).
    pub tool_slots: Option<u32>,
    /// Cap on one tool's recorded compact input schema.
    pub max_schema_bytes: Option<u32>,
    /// A record not seen for this long may be evicted by a new tool.
    pub forget_after_seconds: Option<u64>,
    /// The section used by servers that have none of their own (replaced
    /// whole, not merged, by a server's own section).
    pub defaults: Option<ServerIntegrityConfig>,
}

/// `servers[i].integrity`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerIntegrityConfig {
    pub scan: Option<ScanConfig>,
    pub pinning: Option<Pinning>,
    #[serde(default)]
    pub pins: Vec<PinConfig>,
    pub on_pin_violation: Option<OnViolation>,
    /// Check `tools/call` arguments against the recorded input schema (default true).
    pub validate_arguments: Option<bool>,
    pub server_requests: Option<ServerRequestsConfig>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ScanConfig {
    pub action: Option<ScanAction>,
    /// Finding names switched off for this server (false positives).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// A longer string is flagged `long-text` (default 4096 characters).
    pub max_text_chars: Option<u32>,
    /// An item is flagged when the weights of its signals add up to this
    /// (default 0.9: one strong signal, or weak ones together).
    pub threshold: Option<f32>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ScanAction {
    #[default]
    Strip,
    Deny,
    Record,
    Off,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Pinning {
    #[default]
    Off,
    Pinned,
    Tofu,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum OnViolation {
    #[default]
    Hide,
    Record,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PinConfig {
    pub tool: String,
    pub digest: String,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerRequestsConfig {
    pub sampling: Option<SamplingPolicy>,
    pub elicitation: Option<ElicitationConfig>,
    pub roots: Option<AllowDeny>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum SamplingPolicy {
    Allow,
    /// Allowed only without `includeContext` (or with `"none"`): the server
    /// may not pull other servers' context out of the client.
    AllowWithoutContext,
    #[default]
    Deny,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum AllowDeny {
    #[default]
    Allow,
    Deny,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ElicitationConfig {
    /// Form mode (default allow).
    pub form: Option<AllowDeny>,
    /// URL mode is allowed only for URLs matching one of these
    /// (`https://login.example.com/*`, `https://*.example.com/oauth/*`);
    /// empty (default): URL mode denied.
    #[serde(default)]
    pub urls: Vec<String>,
}

// ---------------------------------------------------------------------------
// What the stream gets back
// ---------------------------------------------------------------------------

/// A refused call, list or server request, ready to become a JSON-RPC error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub code: i64,
    pub message: String,
    /// For `RESPONSE_CODE_DETAILS` (`mcp_warden_<reason>`), audit and metrics.
    pub reason: &'static str,
}

/// One scan finding: metadata only, never the text that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// One of [`finding_names`] (bounded: safe as a metric label).
    pub pattern: &'static str,
    /// The item's name (tools, prompts) or URI (resources), sanitized and
    /// cut to 128 characters.
    pub item: String,
    /// Where in the item (`description`, `inputSchema.properties.x.description`).
    pub field: String,
    /// `strip`, `deny` or `record`: what was done about it.
    pub action: &'static str,
    /// The item's score in hundredths (100 = the default threshold): the
    /// weights of all its signals together, not only this one.
    pub score: u32,
    /// Every signal that made up the item's score (distinct, sorted): the
    /// names `scan.ignore` takes.
    pub signals: Vec<&'static str>,
}

/// A tool whose definition is not the approved one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinEvent {
    pub tool: String,
    /// One of [`PIN_EVENT_NAMES`].
    pub event: &'static str,
    /// The approved digest (pin or first seen), if any.
    pub approved: Option<String>,
    /// The digest of the definition in this answer.
    pub seen: String,
    /// `hide` or `record`.
    pub action: &'static str,
}

/// The outcome of [`Integrity::review_list`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Review {
    pub findings: Vec<Finding>,
    pub pin_events: Vec<PinEvent>,
    /// Names (or URIs) of the items removed from the list.
    pub removed: Vec<String>,
    /// `scan.action: deny` and something was flagged: answer the list
    /// request with this error instead of the (unchanged) list.
    pub refused: Option<Refusal>,
    /// Findings past [`MAX_FINDINGS`], counted but not listed.
    pub findings_dropped: usize,
}

impl Review {
    pub fn is_clean(&self) -> bool {
        self.findings.is_empty() && self.pin_events.is_empty() && self.removed.is_empty()
    }
}

/// Finding names beyond the scanner's own.
pub const SHADOWING: &str = "tool-shadowing";
pub const MALFORMED: &str = "malformed-item";
pub use scan::MENTIONS_FOREIGN;

/// Findings about a list as a whole rather than one text.
pub const CROSS_SERVER_FINDINGS: &[&str] = &[SHADOWING, MENTIONS_FOREIGN, MALFORMED];

/// Every value [`Finding::pattern`] can take: the scanner's, then the
/// cross-server ones.
pub fn finding_names() -> impl Iterator<Item = &'static str> {
    PATTERN_NAMES.iter().chain(CROSS_SERVER_FINDINGS).copied()
}

pub const PIN_MISMATCH: &str = "pin-mismatch";
pub const UNPINNED: &str = "unpinned-tool";
pub const RUG_PULL: &str = "rug-pull";
pub const UNTRACKED: &str = "untracked-tool";
/// The pin store had no room for a listed tool (`integrity.toolSlots`).
pub const PIN_STORE_FULL: &str = "pin-store-full";
/// Every value [`PinEvent::event`] can take.
pub const PIN_EVENT_NAMES: &[&str] = &[PIN_MISMATCH, UNPINNED, RUG_PULL, UNTRACKED, PIN_STORE_FULL];

/// Findings listed per review.
pub const MAX_FINDINGS: usize = 256;

const ACCESS_DENIED: i64 = crate::reply::code::ACCESS_DENIED;
const INVALID_PARAMS: i64 = crate::reply::code::INVALID_PARAMS;

// ---------------------------------------------------------------------------
// Runtime form
// ---------------------------------------------------------------------------

const DEFAULT_TOOL_SLOTS: u32 = 512;
const DEFAULT_MAX_SCHEMA_BYTES: u32 = 4096;
const DEFAULT_FORGET_SECONDS: u64 = 7 * 24 * 3600;
const DEFAULT_MAX_TEXT_CHARS: u32 = 4096;

#[derive(Debug, Clone)]
struct UrlPattern {
    scheme: String,
    authority: Glob,
    rest: Glob,
}

#[derive(Debug, Clone)]
struct ServerRules {
    name: String,
    scan_action: ScanAction,
    ignore: Vec<&'static str>,
    max_text_chars: usize,
    threshold: f32,
    pinning: Pinning,
    pins: BTreeMap<String, String>,
    on_violation: OnViolation,
    validate_arguments: bool,
    sampling: SamplingPolicy,
    elicit_form: AllowDeny,
    elicit_urls: Vec<UrlPattern>,
    roots: AllowDeny,
}

#[derive(Debug, Clone, Default)]
pub struct Integrity {
    /// Per server index; None: integrity off for that server.
    servers: Vec<Option<ServerRules>>,
    /// Compiled once; None when no server scans.
    scanner: Option<Arc<scan::Scanner>>,
    layout: Option<store::Layout>,
    max_schema_bytes: usize,
}

fn err(path: impl Into<String>, msg: impl Into<String>) -> ConfigError {
    ConfigError::new(path, msg)
}

impl Integrity {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].integrity`.
    pub fn compile(
        top: Option<IntegrityConfig>,
        servers: &[(String, Option<ServerIntegrityConfig>)],
    ) -> Result<Integrity, ConfigError> {
        let top = top.unwrap_or_default();
        let slots = top.tool_slots.unwrap_or(DEFAULT_TOOL_SLOTS);
        if !(1..=65_536).contains(&slots) {
            return Err(err(
                "integrity.toolSlots",
                format!(
                    "must be 1..=65536 (got {slots}); each slot holds up to 4 tools of one server"
                ),
            ));
        }
        let max_schema = top.max_schema_bytes.unwrap_or(DEFAULT_MAX_SCHEMA_BYTES);
        if !(256..=1_048_576).contains(&max_schema) {
            return Err(err(
                "integrity.maxSchemaBytes",
                format!("must be 256..=1048576 (got {max_schema})"),
            ));
        }
        let forget = top.forget_after_seconds.unwrap_or(DEFAULT_FORGET_SECONDS);
        if forget < 60 {
            return Err(err(
                "integrity.forgetAfterSeconds",
                format!("must be at least 60 (got {forget})"),
            ));
        }
        let mut rules = Vec::with_capacity(servers.len());
        for (i, (name, own)) in servers.iter().enumerate() {
            let (section, path) = match (own, &top.defaults) {
                (Some(s), _) => (s, format!("servers[{i}].integrity")),
                (None, Some(d)) => (d, "integrity.defaults".to_string()),
                (None, None) => {
                    rules.push(None);
                    continue;
                }
            };
            rules.push(Some(compile_server(name, section, &path)?));
        }
        let scans = rules
            .iter()
            .flatten()
            .any(|r| r.scan_action != ScanAction::Off);
        let scanner = if scans {
            Some(scan::Scanner::shared().map_err(|e| err("integrity", e))?)
        } else {
            None
        };
        let layout = rules
            .iter()
            .any(Option::is_some)
            .then(|| store::Layout::new("default", slots, forget.saturating_mul(1000)));
        Ok(Integrity {
            servers: rules,
            scanner,
            layout,
            max_schema_bytes: max_schema as usize,
        })
    }

    /// Namespaces the shared-data keys (the plugin name, as for tasks), so
    /// plugins sharing a VM do not read each other's records.
    pub fn set_namespace(&mut self, namespace: &str) {
        if let Some(l) = &mut self.layout {
            l.set_namespace(namespace);
        }
    }

    pub fn enabled_for(&self, server: usize) -> bool {
        self.rules(server).is_some()
    }

    /// Whether any server has integrity on (the stage is built only then).
    pub fn any_enabled(&self) -> bool {
        self.servers.iter().any(Option::is_some)
    }

    fn rules(&self, server: usize) -> Option<&ServerRules> {
        self.servers.get(server).and_then(Option::as_ref)
    }

    /// Reviews the items of one list answer in place (see the module doc).
    /// `items` is the answer's `result.<list>` array, already parsed.
    pub fn review_list(
        &self,
        server: usize,
        kind: ListKind,
        items: &mut Vec<Value>,
        store: &dyn SharedStore,
        now_ms: u64,
    ) -> Review {
        let mut review = Review::default();
        let (Some(rules), Some(layout)) = (self.rules(server), &self.layout) else {
            return review;
        };
        if kind == ListKind::Tasks {
            return review;
        }
        let key = kind.item_key();
        let scan_action = rules.scan_action;
        let action_name = match scan_action {
            ScanAction::Strip => "strip",
            ScanAction::Deny => "deny",
            _ => "record",
        };

        // Other servers' recent tool names: shadowing (earlier-declared
        // servers win a name) and mentions (any other server).
        let own: HashSet<String> = items
            .iter()
            .filter_map(|it| it.get(key).and_then(Value::as_str))
            .map(str::to_lowercase)
            .collect();
        // A name listed twice in one answer: which definition would the
        // client keep? Both are flagged, like a shadow.
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        if kind == ListKind::Tools {
            for n in items
                .iter()
                .filter_map(|it| it.get(key).and_then(Value::as_str))
            {
                *counts.entry(n).or_default() += 1;
            }
        }
        let mut earlier_skeletons = HashSet::new();
        let mut foreign = Vec::new();
        if scan_action != ScanAction::Off {
            for (j, other) in self.servers.iter().enumerate() {
                let Some(other) = other else { continue };
                if j == server {
                    continue;
                }
                for n in layout.names(store, &other.name, now_ms) {
                    if j < server && kind == ListKind::Tools {
                        earlier_skeletons.insert(crate::names::skeleton(&n));
                    }
                    let lower = n.to_lowercase();
                    if distinctive(&lower) && !own.contains(&lower) {
                        foreign.push(lower);
                    }
                }
            }
        }
        foreign.sort();
        foreign.dedup();
        let foreign_ac = if foreign.is_empty() {
            None
        } else {
            aho_corasick::AhoCorasick::new(&foreign).ok()
        };
        let opts = scan::ScanOptions {
            max_text_chars: rules.max_text_chars,
            ignore: &rules.ignore,
            foreign_names: foreign_ac.as_ref(),
        };

        // 1. Scan every item.
        struct Seen {
            label: String,
            name: Option<String>,
            flagged: bool,
            hide: bool,
            digest: String,
            schema: Option<Value>,
            hints: Option<u8>,
        }
        let mut seen: Vec<Seen> = Vec::with_capacity(items.len());
        for item in items.iter() {
            // Tool names past the length limit can never be called (and
            // would bloat shared data): treated like a missing name.
            let name = item.get(key).and_then(Value::as_str).filter(|n| {
                kind != ListKind::Tools || n.chars().count() <= crate::names::MAX_NAME_CHARS
            });
            let Some(name) = name else {
                let label = "(no ".to_string() + key + ")";
                add_finding(
                    &mut review,
                    MALFORMED,
                    &label,
                    "",
                    "strip",
                    100,
                    &[MALFORMED],
                );
                seen.push(Seen {
                    label,
                    name: None,
                    flagged: true,
                    hide: true,
                    digest: String::new(),
                    schema: None,
                    hints: None,
                });
                continue;
            };
            let label = scan::sanitize(name, 128);
            let mut hits = match &self.scanner {
                Some(s) if scan_action != ScanAction::Off => s.scan_item(item, &opts),
                _ => Vec::new(),
            };
            if kind == ListKind::Tools
                && scan_action != ScanAction::Off
                && !rules.ignore.contains(&SHADOWING)
                && (counts.get(name).is_some_and(|c| *c > 1)
                    || earlier_skeletons.contains(&crate::names::skeleton(name)))
            {
                hits.push(scan::Hit {
                    pattern: SHADOWING,
                    field: "name".into(),
                    place: scan::Place::Name,
                    part: 0,
                });
            }
            // Weak signals together, or one strong one: see scan::SIGNALS.
            let score = scan::score(&hits, |n| if n == SHADOWING { 1.0 } else { 0.0 });
            let flagged = !hits.is_empty() && score + 1e-4 >= rules.threshold;
            if flagged {
                let mut signals: Vec<&'static str> = hits.iter().map(|h| h.pattern).collect();
                signals.sort_unstable();
                signals.dedup();
                let hundredths = (score * 100.0).round() as u32;
                for (i, h) in hits.iter().enumerate() {
                    // One finding per signal and field, whichever paragraph.
                    let earlier = hits.get(..i).unwrap_or_default();
                    if earlier
                        .iter()
                        .any(|e| e.pattern == h.pattern && e.field == h.field)
                    {
                        continue;
                    }
                    add_finding(
                        &mut review,
                        h.pattern,
                        &label,
                        &h.field,
                        action_name,
                        hundredths,
                        &signals,
                    );
                }
            }
            let (digest, schema, hints) = if kind == ListKind::Tools {
                (
                    tool_digest(item),
                    self.recordable_schema(item),
                    Some(crate::catalog::Hints::declared(item).bits()),
                )
            } else {
                (String::new(), None, None)
            };
            seen.push(Seen {
                label,
                name: Some(name.to_string()),
                flagged,
                hide: flagged && scan_action == ScanAction::Strip,
                digest,
                schema,
                hints,
            });
        }
        if scan_action == ScanAction::Deny && seen.iter().any(|s| s.flagged && s.name.is_some()) {
            let flagged: Vec<&str> = seen
                .iter()
                .filter(|s| s.flagged)
                .map(|s| s.label.as_str())
                .take(5)
                .collect();
            review.refused = Some(Refusal {
                code: ACCESS_DENIED,
                message: format!(
                    "mcp-warden: the {} list of server '{}' was refused: the integrity scan flagged {}",
                    kind.result_field(),
                    rules.name,
                    flagged.join(", ")
                ),
                reason: "list_refused",
            });
        }

        // 2. Tools: pins and records, one CAS write per bucket.
        if kind == ListKind::Tools {
            let mut by_slot: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
            for (i, s) in seen.iter().enumerate() {
                if let Some(n) = &s.name {
                    by_slot.entry(layout.slot(n)).or_default().push(i);
                }
            }
            for (slot, idxs) in by_slot {
                let mut outcome: Vec<(usize, Option<PinEvent>)> = Vec::new();
                layout.update_slot(store, &rules.name, slot, |entries| {
                    outcome.clear();
                    for &i in &idxs {
                        let Some(s) = seen.get(i) else { continue };
                        let Some(name) = &s.name else { continue };
                        let ev = record_tool(
                            rules,
                            entries,
                            name,
                            &s.digest,
                            s.flagged,
                            s.schema.clone(),
                            s.hints,
                            now_ms,
                            layout.forget_ms,
                        );
                        outcome.push((i, ev));
                    }
                });
                for (i, ev) in outcome {
                    if let (Some(ev), Some(s)) = (ev, seen.get_mut(i)) {
                        if ev.action == "hide" {
                            s.hide = true;
                        }
                        review.pin_events.push(ev);
                    }
                }
            }
            let names: Vec<&str> = seen.iter().filter_map(|s| s.name.as_deref()).collect();
            layout.remember_names(store, &rules.name, &names, now_ms);
        }

        // 3. Remove what must not reach the model (not when the whole
        // answer is refused: it is replaced anyway).
        if review.refused.is_none() {
            let mut i = 0;
            items.retain(|_| {
                let hide = seen.get(i).is_none_or(|s| s.hide);
                if hide {
                    if let Some(s) = seen.get(i) {
                        review.removed.push(s.label.clone());
                    }
                }
                i += 1;
                !hide
            });
        }
        review
    }

    /// The compact input schema, if validation is on and it fits the cap.
    fn recordable_schema(&self, item: &Value) -> Option<Value> {
        let s = schema::compact(item.get("inputSchema")?);
        let size = serde_json::to_vec(&s)
            .map(|b| b.len())
            .unwrap_or(usize::MAX);
        (size <= self.max_schema_bytes).then_some(s)
    }

    /// The annotation hints of `tool` as last reviewed, if its definition
    /// is pinned (a policy pin, or the first one seen under `tofu`),
    /// unchanged since, and not flagged by the scan; None otherwise (the
    /// caller then takes the riskiest reading). Integrity off, or pinning
    /// off: always None.
    pub fn trusted_hints(
        &self,
        server: usize,
        tool: &str,
        store: &dyn SharedStore,
    ) -> Option<crate::catalog::Hints> {
        let (rules, layout) = (self.rules(server)?, self.layout.as_ref()?);
        if rules.pinning == Pinning::Off {
            return None;
        }
        let e = layout.lookup(store, &rules.name, tool)?;
        if e.flagged {
            return None;
        }
        let approved = match (rules.pins.get(tool), rules.pinning) {
            (Some(p), _) => p.as_str(),
            (None, Pinning::Tofu) if !e.baseline.is_empty() => e.baseline.as_str(),
            _ => return None,
        };
        (e.digest == approved)
            .then_some(e.hints)
            .flatten()
            .map(crate::catalog::Hints::from_bits)
    }

    /// The annotation hints of a tool definition being listed (a
    /// `tools/list` item), if that definition is the approved one: it
    /// matches its pin, or (under `tofu`) its first-seen digest, or it is
    /// seen for the first time and becomes that baseline with this very
    /// answer. None otherwise.
    ///
    /// A definition that differs from the one on record is put on record
    /// (last seen digest and hints) right here: a stage may hide the item
    /// because it is untrusted, and then [`Integrity::review_list`] never
    /// sees it; calls must not go on trusting the old record.
    pub fn trusted_listed(
        &self,
        server: usize,
        item: &Value,
        store: &dyn SharedStore,
    ) -> Option<crate::catalog::Hints> {
        let (rules, layout) = (self.rules(server)?, self.layout.as_ref()?);
        if rules.pinning == Pinning::Off {
            return None;
        }
        let name = item.get("name").and_then(Value::as_str)?;
        let digest = tool_digest(item);
        let declared = crate::catalog::Hints::declared(item);
        let record = layout.lookup(store, &rules.name, name);
        if record.as_ref().is_some_and(|e| e.digest != digest) {
            layout.update_slot(store, &rules.name, layout.slot(name), |entries| {
                if let Some(e) = entries.iter_mut().find(|e| e.name == name) {
                    e.digest = digest.clone();
                    e.hints = Some(declared.bits());
                }
            });
        }
        let approved = match (rules.pins.get(name), rules.pinning) {
            (Some(p), _) => *p == digest,
            (None, Pinning::Tofu) => match &record {
                Some(e) if !e.baseline.is_empty() => e.baseline == digest,
                // First sight: this definition becomes the baseline.
                _ => true,
            },
            _ => false,
        };
        approved.then_some(declared)
    }

    /// Before forwarding `tools/call`: refuses tools withheld from lists and
    /// arguments that do not fit the recorded input schema.
    pub fn check_call(
        &self,
        server: usize,
        tool: &str,
        arguments: Option<&Value>,
        store: &dyn SharedStore,
    ) -> Result<(), Refusal> {
        let (Some(rules), Some(layout)) = (self.rules(server), &self.layout) else {
            return Ok(());
        };
        let shown = scan::sanitize(tool, 128);
        let entry = layout.lookup(store, &rules.name, tool);
        if let Some(e) = &entry {
            if e.flagged && matches!(rules.scan_action, ScanAction::Strip | ScanAction::Deny) {
                return Err(Refusal {
                    code: ACCESS_DENIED,
                    message: format!(
                        "mcp-warden: tool '{shown}' is withheld: the integrity scan flagged its definition"
                    ),
                    reason: "tool_poisoned",
                });
            }
        }
        if rules.on_violation == OnViolation::Hide {
            let pin = rules.pins.get(tool);
            let problem = match (pin, rules.pinning, &entry) {
                (Some(p), _, Some(e)) if &e.digest != p => Some(format!(
                    "its definition (digest {}) is not the pinned one ({})",
                    short(&e.digest),
                    short(p)
                )),
                (None, Pinning::Pinned, _) => Some("it is not pinned in the policy".to_string()),
                (None, Pinning::Tofu, Some(e)) if e.baseline.is_empty() => {
                    return Err(Refusal {
                        code: ACCESS_DENIED,
                        message: format!(
                            "mcp-warden: tool '{shown}' has not been reviewed yet; list the tools first"
                        ),
                        reason: "tool_not_reviewed",
                    });
                }
                (None, Pinning::Tofu, Some(e)) if e.digest != e.baseline => Some(format!(
                    "its definition changed since it was first seen (digest {} was {})",
                    short(&e.digest),
                    short(&e.baseline)
                )),
                (Some(_), _, None) | (None, Pinning::Tofu, None) => {
                    if layout.bucket_full_without(store, &rules.name, tool) {
                        return Err(Refusal {
                            code: ACCESS_DENIED,
                            message: format!(
                                "mcp-warden: tool '{shown}' is withheld: the pin store of server '{}' has no room for it; the operator must raise integrity.toolSlots (now {})",
                                rules.name, layout.slots
                            ),
                            reason: "pin_store_full",
                        });
                    }
                    return Err(Refusal {
                        code: ACCESS_DENIED,
                        message: format!(
                            "mcp-warden: tool '{shown}' has not been reviewed yet; list the tools first"
                        ),
                        reason: "tool_not_reviewed",
                    });
                }
                _ => None,
            };
            if let Some(problem) = problem {
                return Err(Refusal {
                    code: ACCESS_DENIED,
                    message: format!("mcp-warden: tool '{shown}' is withheld: {problem}"),
                    reason: "tool_not_approved",
                });
            }
        }
        if rules.validate_arguments {
            if let Some(schema) = entry.as_ref().and_then(|e| e.schema.as_ref()) {
                if let Err(errors) = schema::validate(schema, arguments) {
                    return Err(Refusal {
                        code: INVALID_PARAMS,
                        message: format!(
                            "mcp-warden: invalid arguments for tool '{shown}': {}",
                            errors.join("; ")
                        ),
                        reason: "invalid_arguments",
                    });
                }
            }
        }
        Ok(())
    }

    /// A request the server sends the client (on an SSE stream, or inside a
    /// 2026-07-28 `inputRequests` result): allowed or refused per policy.
    pub fn server_request(
        &self,
        server: usize,
        method: &str,
        params: Option<&Value>,
    ) -> Result<(), Refusal> {
        let Some(rules) = self.rules(server) else {
            return Ok(());
        };
        let deny = |why: String| {
            Err(Refusal {
                code: ACCESS_DENIED,
                message: format!(
                    "mcp-warden: {method} from server '{}' refused: {why}",
                    rules.name
                ),
                reason: "server_request_denied",
            })
        };
        let param = |k: &str| params.and_then(|p| p.get(k));
        match method {
            "sampling/createMessage" => match rules.sampling {
                SamplingPolicy::Allow => Ok(()),
                SamplingPolicy::Deny => deny("sampling is not allowed for this server".into()),
                SamplingPolicy::AllowWithoutContext => match param("includeContext") {
                    None => Ok(()),
                    Some(Value::String(s)) if s == "none" => Ok(()),
                    Some(_) => {
                        deny("sampling may not include other context (includeContext)".into())
                    }
                },
            },
            "elicitation/create" => match param("mode").map(Value::as_str) {
                None | Some(Some("form")) => match rules.elicit_form {
                    AllowDeny::Allow => Ok(()),
                    AllowDeny::Deny => {
                        deny("form elicitation is not allowed for this server".into())
                    }
                },
                Some(Some("url")) => {
                    let Some(url) = param("url").and_then(Value::as_str) else {
                        return deny("URL elicitation without a url".into());
                    };
                    if rules.elicit_urls.iter().any(|p| url_matches(p, url)) {
                        Ok(())
                    } else {
                        deny(format!(
                            "URL {} is not on the elicitation allow-list",
                            scan::sanitize(url, 200)
                        ))
                    }
                }
                _ => deny("unknown elicitation mode".into()),
            },
            "roots/list" => match rules.roots {
                AllowDeny::Allow => Ok(()),
                AllowDeny::Deny => deny("roots are not shared with this server".into()),
            },
            // Liveness, and polling of client-side tasks the client agreed to.
            "ping" | "tasks/get" | "tasks/result" | "tasks/list" | "tasks/cancel" => Ok(()),
            _ => deny("not a known server-to-client request".into()),
        }
    }
}

/// Names another server's text could plausibly mention on purpose.
fn distinctive(lower: &str) -> bool {
    lower.len() >= 4 && (lower.len() >= 8 || lower.contains(['_', '-', '.'])) && lower.len() <= 128
}

fn short(digest: &str) -> &str {
    digest.get(..12).unwrap_or(digest)
}

fn add_finding(
    review: &mut Review,
    pattern: &'static str,
    item: &str,
    field: &str,
    action: &'static str,
    score: u32,
    signals: &[&'static str],
) {
    if review.findings.len() >= MAX_FINDINGS {
        review.findings_dropped += 1;
        return;
    }
    review.findings.push(Finding {
        pattern,
        item: item.to_string(),
        field: field.to_string(),
        action,
        score,
        signals: signals.to_vec(),
    });
}

/// Updates (or creates) the record of one listed tool and judges it
/// against its pin / first-seen digest.
#[allow(clippy::too_many_arguments)]
fn record_tool(
    rules: &ServerRules,
    entries: &mut Vec<store::Entry>,
    name: &str,
    digest: &str,
    flagged: bool,
    schema: Option<Value>,
    hints: Option<u8>,
    now_ms: u64,
    forget_ms: u64,
) -> Option<PinEvent> {
    let idx = entries.iter().position(|e| e.name == name);
    let existing = idx.and_then(|i| entries.get(i));
    let pin = rules.pins.get(name);
    // (violation, approved digest to report, new baseline)
    let (violation, approved, baseline): (Option<&'static str>, Option<String>, Option<String>) =
        match (pin, rules.pinning) {
            (Some(p), _) if p == digest => (None, None, Some(digest.to_string())),
            (Some(p), _) => (Some(PIN_MISMATCH), Some(p.clone()), None),
            (None, Pinning::Off) => (None, None, Some(digest.to_string())),
            (None, Pinning::Pinned) => (Some(UNPINNED), None, None),
            (None, Pinning::Tofu) => match existing {
                // Recorded while unapproved (another pinning mode): first sight now.
                Some(e) if e.baseline.is_empty() => (None, None, Some(digest.to_string())),
                Some(e) if e.baseline == digest => (None, None, None),
                Some(e) => (Some(RUG_PULL), Some(e.baseline.clone()), None),
                None => (None, None, Some(digest.to_string())),
            },
        };
    let action = match rules.on_violation {
        OnViolation::Hide => "hide",
        OnViolation::Record => "record",
    };
    let event = |event: &'static str, approved: Option<String>| PinEvent {
        tool: scan::sanitize(name, 128),
        event,
        approved,
        seen: digest.to_string(),
        action,
    };
    match idx.and_then(|i| entries.get_mut(i)) {
        Some(e) => {
            e.digest = digest.to_string();
            e.flagged = flagged;
            e.schema = schema;
            e.hints = hints;
            e.seen_ms = now_ms;
            if let Some(b) = baseline {
                e.baseline = b;
            }
        }
        None => {
            let entry = store::Entry {
                name: name.to_string(),
                digest: digest.to_string(),
                // A tool first seen in violation has no approved digest yet.
                baseline: baseline.unwrap_or_default(),
                flagged,
                schema,
                seen_ms: now_ms,
                hints,
            };
            match store::free_index(entries, now_ms, forget_ms) {
                Some(i) if i < entries.len() => {
                    if let Some(slot) = entries.get_mut(i) {
                        *slot = entry;
                    }
                }
                Some(_) => entries.push(entry),
                None => {
                    // No room: nothing remembers this tool, so under pinning
                    // it cannot be approved (fail closed); with pinning off
                    // its calls go unchecked, which the event reports.
                    let mut ev = event(PIN_STORE_FULL, None);
                    if rules.pinning == Pinning::Off {
                        ev.action = "record";
                    }
                    return Some(violation.map_or(ev, |v| event(v, approved)));
                }
            }
        }
    }
    violation.map(|v| event(v, approved))
}

fn url_matches(p: &UrlPattern, url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    if !scheme.eq_ignore_ascii_case(&p.scheme) {
        return false;
    }
    let (authority, tail) = match rest.find(['/', '?', '#']) {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("")),
        None => (rest, ""),
    };
    // userinfo (`https://good.example@evil.example/`) and odd characters
    // never match: the host must be what a human reads.
    if authority.is_empty()
        || authority.contains(['@', '\\', '%'])
        || authority
            .chars()
            .any(|c| c.is_whitespace() || crate::names::is_invisible(c))
    {
        return false;
    }
    let tail = if tail.is_empty() { "/" } else { tail };
    p.authority.is_match(&authority.to_ascii_lowercase()) && p.rest.is_match(tail)
}

fn compile_url(path: &str, pattern: &str) -> Result<UrlPattern, ConfigError> {
    let fix = "write it as https://host/path-glob, e.g. \"https://login.example.com/*\"";
    let Some((scheme, rest)) = pattern.split_once("://") else {
        return Err(err(
            path,
            format!("{pattern:?} is not a URL pattern; {fix}"),
        ));
    };
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(err(
            path,
            format!("scheme must be https or http, got {scheme:?}; {fix}"),
        ));
    }
    let (authority, tail) = match rest.find('/') {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("/*")),
        None => (rest, "/*"),
    };
    if authority.is_empty() || authority.contains(['@', '?', '#', '\\']) || authority == "*" {
        return Err(err(
            path,
            format!("{pattern:?} needs a host (globs like *.example.com are fine, a bare * is not); {fix}"),
        ));
    }
    Ok(UrlPattern {
        scheme,
        authority: Glob::new(&authority.to_ascii_lowercase()),
        rest: Glob::new(tail),
    })
}

fn compile_server(
    name: &str,
    s: &ServerIntegrityConfig,
    path: &str,
) -> Result<ServerRules, ConfigError> {
    let scan_cfg = s.scan.clone().unwrap_or_default();
    let mut ignore = Vec::new();
    for (k, n) in scan_cfg.ignore.iter().enumerate() {
        match finding_names().find(|f| *f == n.as_str()) {
            Some(f) if f != MALFORMED => ignore.push(f),
            _ => {
                return Err(err(
                    format!("{path}.scan.ignore[{k}]"),
                    format!(
                        "unknown finding {n:?}; known: {}",
                        finding_names()
                            .filter(|f| *f != MALFORMED)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ))
            }
        }
    }
    let max_text = scan_cfg.max_text_chars.unwrap_or(DEFAULT_MAX_TEXT_CHARS);
    if max_text < 64 {
        return Err(err(
            format!("{path}.scan.maxTextChars"),
            format!("must be at least 64 (got {max_text})"),
        ));
    }
    let threshold = scan_cfg.threshold.unwrap_or(scan::DEFAULT_THRESHOLD);
    if !threshold.is_finite() || !(0.1..=10.0).contains(&threshold) {
        return Err(err(
            format!("{path}.scan.threshold"),
            format!(
                "must be between 0.1 and 10 (got {threshold}); 0.9 (the default) flags one strong signal or weak ones together, lower is stricter"
            ),
        ));
    }
    let pinning = s.pinning.unwrap_or_default();
    let mut pins = BTreeMap::new();
    for (k, p) in s.pins.iter().enumerate() {
        let at = format!("{path}.pins[{k}]");
        if p.tool.is_empty() || p.tool.chars().count() > crate::names::MAX_NAME_CHARS {
            return Err(err(
                format!("{at}.tool"),
                "must be a tool name of 1-128 characters",
            ));
        }
        if p.tool.chars().any(crate::names::is_invisible) {
            return Err(err(
                format!("{at}.tool"),
                "contains invisible or control characters; copy the name from `mcp-warden pins` output",
            ));
        }
        let d = p.digest.to_ascii_lowercase();
        if d.len() != 64 || !d.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(err(
                format!("{at}.digest"),
                format!(
                    "expected the 64 hex characters of a sha256 digest (got {} characters); print pins with `mcp-warden pins <server URL>`",
                    p.digest.chars().count()
                ),
            ));
        }
        if pins.insert(p.tool.clone(), d).is_some() {
            return Err(err(
                format!("{at}.tool"),
                format!("duplicate pin for tool {:?}; keep one", p.tool),
            ));
        }
    }
    if !pins.is_empty() && pinning == Pinning::Off {
        return Err(err(
            format!("{path}.pinning"),
            "pins have no effect while pinning is \"off\" (the default); set \"pinning\": \"pinned\" or \"tofu\"",
        ));
    }
    let requests = s.server_requests.clone().unwrap_or_default();
    let elicitation = requests.elicitation.unwrap_or_default();
    let mut elicit_urls = Vec::new();
    for (k, u) in elicitation.urls.iter().enumerate() {
        elicit_urls.push(compile_url(
            &format!("{path}.serverRequests.elicitation.urls[{k}]"),
            u,
        )?);
    }
    Ok(ServerRules {
        name: name.to_string(),
        scan_action: scan_cfg.action.unwrap_or_default(),
        ignore,
        max_text_chars: max_text as usize,
        threshold,
        pinning,
        pins,
        on_violation: s.on_pin_violation.unwrap_or_default(),
        validate_arguments: s.validate_arguments.unwrap_or(true),
        sampling: requests.sampling.unwrap_or_default(),
        elicit_form: elicitation.form.unwrap_or_default(),
        elicit_urls,
        roots: requests.roots.unwrap_or_default(),
    })
}
