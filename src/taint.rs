//! Session taint ("toxic flows"): once a session has called a tool that
//! reads data a rule tracks (the rule's `sources`), calls to tools that can
//! send data out (its `sinks`) are refused for the rest of the session.
//!
//! Where taint lives: bounded per-proxy shared data, `slots` buckets of
//! [`PER_SLOT`] records each, keyed by a hash of the scope (never the id
//! itself: an upstream session id is a credential to the server):
//!
//! * scope `session` (default): the MCP session, i.e. the registry server
//!   and the server's own session id (the sealed `Mcp-Session-Id` unwrapped,
//!   or the legacy transport's `session_id`). Sessions belong to one
//!   server, so a session-scoped rule sees flows within one server.
//! * scope `principal`: the caller (subject, else SPIFFE id, else
//!   `anonymous`), across every server: a read on one server taints calls
//!   to every other. Requests without a session (2026-07-28 stateless
//!   clients, stateless 2025 servers) always use this scope: per request
//!   only would make taint meaningless, and the caller is the widest
//!   identity the filter knows.
//!
//! A taint lasts `ttlSeconds` after the last request of its scope that
//! touched it (each call in a tainted scope refreshes it), so it holds for
//! the rest of a live session and then frees its slot. It is per proxy: a
//! fleet needs session affinity (hash on `Mcp-Session-Id` at the load
//! balancer) for session scope, and principal scope holds only on the proxy
//! that saw the read.
//!
//! Fail closed: a source call whose taint cannot be recorded (its bucket
//! full of live records, or lost compare-and-swap races) is refused, never
//! forwarded untracked. Buckets are created empty at configure time, so
//! every later write is a compare-and-swap.
//!
//! Config contract: the top-level `taint` section deserializes into
//! [`TaintConfig`]; [`Taint::compile`] validates it.

use crate::catalog::{Catalog, ToolFacts, ToolMatchConfig, ToolSelector};
use crate::error::ConfigError;
use crate::store::{fnv1a, SharedStore};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fmt::Write;

/// Records per bucket.
pub const PER_SLOT: usize = 4;
const CAS_TRIES: usize = 8;
const DEFAULT_SLOTS: u32 = 1024;
const DEFAULT_TTL_SECONDS: u64 = 24 * 3600;
/// Rules at most (each record keeps one source per rule).
pub const MAX_RULES: usize = 32;

/// Top-level `taint`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TaintConfig {
    /// Shared-data buckets (4 records each): the memory bound, for good.
    #[serde(default)]
    pub slots: Option<u32>,
    /// How long a taint outlives the last request that touched it.
    #[serde(default)]
    pub ttl_seconds: Option<u64>,
    pub rules: Vec<TaintRuleConfig>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TaintAction {
    /// Refuse sink calls of a tainted session.
    #[default]
    Deny,
    /// Let them through, audited and counted (a dry run).
    Record,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum TaintScope {
    #[default]
    Session,
    Principal,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TaintRuleConfig {
    /// 1-63 of a-z 0-9 - _ (a metric label).
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Tools whose calls taint the scope.
    pub sources: Vec<ToolMatchConfig>,
    /// Tools refused in a tainted scope.
    pub sinks: Vec<ToolMatchConfig>,
    #[serde(default)]
    pub action: TaintAction,
    #[serde(default)]
    pub scope: TaintScope,
}

#[derive(Debug, Clone)]
pub struct TaintRule {
    pub name: String,
    pub sources: ToolSelector,
    pub sinks: ToolSelector,
    pub action: TaintAction,
    pub scope: TaintScope,
}

#[derive(Debug, Clone, Default)]
pub struct Taint {
    pub rules: Vec<TaintRule>,
    slots: u32,
    ttl_ms: u64,
}

/// What tainted a scope: the rule, and the call that did it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    #[serde(rename = "r")]
    pub rule: String,
    #[serde(rename = "v")]
    pub server: String,
    #[serde(rename = "n")]
    pub tool: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Record {
    /// Hash of the scope.
    #[serde(rename = "k")]
    key: String,
    /// Last touched (ms).
    #[serde(rename = "t")]
    touched_ms: u64,
    #[serde(rename = "s", default)]
    sources: Vec<Source>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Bucket {
    #[serde(rename = "e", default)]
    entries: Vec<Record>,
}

/// Why a taint could not be recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unrecorded {
    /// Every record of the bucket belongs to another live scope.
    Full,
    /// Lost compare-and-swap races (or an unwritable store).
    Contended,
}

/// One scope of one request: the hashed key (and the slot it lives in).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeKey(String);

impl ScopeKey {
    /// The MCP session `session` (the server's own id) on `server`.
    pub fn session(server: &str, session: &str) -> ScopeKey {
        ScopeKey::hashed(&["session", server, session])
    }

    pub fn principal(principal: &str) -> ScopeKey {
        ScopeKey::hashed(&["principal", principal])
    }

    fn hashed(parts: &[&str]) -> ScopeKey {
        let mut h = Sha256::new();
        for p in parts {
            h.update(p.as_bytes());
            h.update([0x1f]);
        }
        let mut s = String::with_capacity(32);
        for b in h.finalize().iter().take(16) {
            let _ = write!(s, "{b:02x}");
        }
        ScopeKey(s)
    }
}

impl Taint {
    pub fn compile(raw: Option<TaintConfig>, catalog: &Catalog) -> Result<Taint, ConfigError> {
        let Some(raw) = raw else {
            return Ok(Taint::default());
        };
        let slots = raw.slots.unwrap_or(DEFAULT_SLOTS);
        if !(1..=65_536).contains(&slots) {
            return Err(ConfigError::new(
                "taint.slots",
                format!(
                    "must be 1..=65536 (got {slots}); each slot holds {PER_SLOT} tainted sessions"
                ),
            ));
        }
        let ttl = raw.ttl_seconds.unwrap_or(DEFAULT_TTL_SECONDS);
        if !(60..=30 * 86_400).contains(&ttl) {
            return Err(ConfigError::new(
                "taint.ttlSeconds",
                format!("must be 60..=2592000 (got {ttl})"),
            ));
        }
        if raw.rules.is_empty() {
            return Err(ConfigError::new(
                "taint.rules",
                "name at least one rule (or leave the taint section out)",
            ));
        }
        if raw.rules.len() > MAX_RULES {
            return Err(ConfigError::new(
                "taint.rules",
                format!("at most {MAX_RULES} rules"),
            ));
        }
        let mut names = HashSet::new();
        let mut rules = Vec::with_capacity(raw.rules.len());
        for (i, r) in raw.rules.iter().enumerate() {
            let path = format!("taint.rules[{i}]");
            crate::catalog::check_word(&format!("{path}.name"), &r.name)?;
            if !names.insert(r.name.clone()) {
                return Err(ConfigError::new(
                    format!("{path}.name"),
                    format!("duplicate taint rule name {:?}", r.name),
                ));
            }
            for (field, list) in [("sources", &r.sources), ("sinks", &r.sinks)] {
                if list.is_empty() {
                    return Err(ConfigError::new(
                        format!("{path}.{field}"),
                        "name at least one tool selector, e.g. [{\"tags\": [\"egress\"]}]",
                    ));
                }
            }
            rules.push(TaintRule {
                name: r.name.clone(),
                sources: ToolSelector::compile(&format!("{path}.sources"), &r.sources, catalog)?,
                sinks: ToolSelector::compile(&format!("{path}.sinks"), &r.sinks, catalog)?,
                action: r.action,
                scope: r.scope,
            });
        }
        Ok(Taint {
            rules,
            slots,
            ttl_ms: ttl.saturating_mul(1000),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    fn bucket_key(&self, namespace: &str, key: &ScopeKey) -> String {
        let slot = fnv1a(key.0.as_bytes()) % u64::from(self.slots.max(1));
        format!("mcp-warden/{namespace}/taint/{slot}")
    }

    /// Creates every bucket that does not exist yet, empty (configure
    /// time), so that later writes can all be compare-and-swaps.
    pub fn prepare(&self, store: &dyn SharedStore, namespace: &str) {
        if self.is_empty() {
            return;
        }
        for slot in 0..self.slots {
            let key = format!("mcp-warden/{namespace}/taint/{slot}");
            if store.get(&key).0.is_none() {
                store.set(&key, b"{}", None);
            }
        }
    }

    /// What tainted `key`, if its record is live.
    pub fn sources(
        &self,
        store: &dyn SharedStore,
        namespace: &str,
        key: &ScopeKey,
        now_ms: u64,
    ) -> Vec<Source> {
        let (value, _) = store.get(&self.bucket_key(namespace, key));
        parse(value.as_deref())
            .entries
            .into_iter()
            .find(|r| r.key == key.0 && self.live(r, now_ms))
            .map(|r| r.sources)
            .unwrap_or_default()
    }

    fn live(&self, r: &Record, now_ms: u64) -> bool {
        now_ms.saturating_sub(r.touched_ms) <= self.ttl_ms
    }

    /// Records `source` for `key` (and refreshes the record).
    pub fn record(
        &self,
        store: &dyn SharedStore,
        namespace: &str,
        key: &ScopeKey,
        source: Source,
        now_ms: u64,
    ) -> Result<(), Unrecorded> {
        self.update(store, namespace, key, now_ms, true, |sources| {
            if !sources.iter().any(|s| s.rule == source.rule) {
                sources.push(source.clone());
            }
        })
    }

    /// Keeps a tainted record alive (no-op when it is fresh enough, or
    /// when there is none: an untainted scope costs no write).
    pub fn touch(&self, store: &dyn SharedStore, namespace: &str, key: &ScopeKey, now_ms: u64) {
        let (value, _) = store.get(&self.bucket_key(namespace, key));
        let stale = parse(value.as_deref()).entries.iter().any(|r| {
            r.key == key.0
                && self.live(r, now_ms)
                && now_ms.saturating_sub(r.touched_ms) > self.ttl_ms / 8
        });
        if stale {
            let _ = self.update(store, namespace, key, now_ms, false, |_| {});
        }
    }

    fn update(
        &self,
        store: &dyn SharedStore,
        namespace: &str,
        key: &ScopeKey,
        now_ms: u64,
        create: bool,
        mut edit: impl FnMut(&mut Vec<Source>),
    ) -> Result<(), Unrecorded> {
        let bucket_key = self.bucket_key(namespace, key);
        for _ in 0..CAS_TRIES {
            let (value, cas) = store.get(&bucket_key);
            let mut bucket = parse(value.as_deref());
            let at = match bucket.entries.iter().position(|r| r.key == key.0) {
                Some(i) => {
                    if let Some(r) = bucket.entries.get_mut(i) {
                        if !self.live(r, now_ms) {
                            // Expired: what tainted it no longer counts.
                            r.sources.clear();
                        }
                    }
                    i
                }
                None if !create => return Ok(()),
                None => {
                    let fresh = Record {
                        key: key.0.clone(),
                        touched_ms: now_ms,
                        sources: Vec::new(),
                    };
                    if bucket.entries.len() < PER_SLOT {
                        bucket.entries.push(fresh);
                        bucket.entries.len() - 1
                    } else {
                        // Only an expired record may give way.
                        let Some(i) = bucket.entries.iter().position(|r| !self.live(r, now_ms))
                        else {
                            return Err(Unrecorded::Full);
                        };
                        if let Some(slot) = bucket.entries.get_mut(i) {
                            *slot = fresh;
                        }
                        i
                    }
                }
            };
            if let Some(r) = bucket.entries.get_mut(at) {
                r.touched_ms = now_ms;
                edit(&mut r.sources);
            }
            let Ok(bytes) = serde_json::to_vec(&bucket) else {
                return Err(Unrecorded::Contended);
            };
            if value.is_none() {
                // Not prepared (a test host, a key prepared by another
                // version): create it empty first, so that our own write
                // below is conditional like every other.
                store.set(&bucket_key, b"{}", None);
                continue;
            }
            if store.set(&bucket_key, &bytes, cas) {
                return Ok(());
            }
        }
        Err(Unrecorded::Contended)
    }

    /// The rules whose sinks `tool` is (restricting: lookalikes count).
    pub fn sink_rules<'a>(
        &'a self,
        catalog: &'a Catalog,
        tool: &'a ToolFacts<'a>,
    ) -> impl Iterator<Item = &'a TaintRule> + 'a {
        self.rules
            .iter()
            .filter(move |r| r.sinks.matches(catalog, tool, true))
    }

    /// The rules whose sources `tool` is.
    pub fn source_rules<'a>(
        &'a self,
        catalog: &'a Catalog,
        tool: &'a ToolFacts<'a>,
    ) -> impl Iterator<Item = &'a TaintRule> + 'a {
        self.rules
            .iter()
            .filter(move |r| r.sources.matches(catalog, tool, true))
    }
}

/// Unreadable buckets (another version, corruption) count as empty.
fn parse(value: Option<&[u8]>) -> Bucket {
    value
        .and_then(|v| serde_json::from_slice(v).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{CatalogEntryConfig, Hints, ServerInput};
    use crate::testing::MemStore;
    use serde_json::json;

    fn catalog() -> Catalog {
        let ops: Vec<CatalogEntryConfig> = vec![
            serde_json::from_value(json!({"tools": ["send_*"], "tags": ["egress"]})).unwrap(),
            serde_json::from_value(json!({"tools": ["read_customer"], "tags": ["sensitive-read"]}))
                .unwrap(),
        ];
        Catalog::compile(&[ServerInput {
            name: "ops",
            data_domain: "operations",
            catalog: &ops,
        }])
        .unwrap()
    }

    fn taint(slots: u32) -> Taint {
        let raw: TaintConfig = serde_json::from_value(json!({
            "slots": slots, "ttlSeconds": 60,
            "rules": [{"name": "no-exfil", "sources": [{"tags": ["sensitive-read"]}],
                       "sinks": [{"tags": ["egress"]}, {"annotations": {"openWorldHint": true}}]}]
        }))
        .unwrap();
        Taint::compile(Some(raw), &catalog()).unwrap()
    }

    fn src(tool: &str) -> Source {
        Source {
            rule: "no-exfil".into(),
            server: "ops".into(),
            tool: tool.into(),
        }
    }

    #[test]
    fn a_recorded_taint_is_seen_until_it_expires_and_touches_keep_it_alive() {
        let t = taint(16);
        let store = MemStore::default();
        t.prepare(&store, "ns");
        let k = ScopeKey::session("ops", "upstream-1");
        assert!(t.sources(&store, "ns", &k, 1_000).is_empty());
        t.record(&store, "ns", &k, src("read_customer"), 1_000)
            .unwrap();
        assert_eq!(
            t.sources(&store, "ns", &k, 2_000),
            vec![src("read_customer")]
        );
        // Another session, another server, another principal: clean.
        assert!(t
            .sources(&store, "ns", &ScopeKey::session("ops", "upstream-2"), 2_000)
            .is_empty());
        assert!(t
            .sources(&store, "ns", &ScopeKey::session("crm", "upstream-1"), 2_000)
            .is_empty());
        // Touched while live: the 60 s restart from the touch.
        t.touch(&store, "ns", &k, 50_000);
        assert!(!t.sources(&store, "ns", &k, 100_000).is_empty());
        assert!(t.sources(&store, "ns", &k, 200_000).is_empty());
        // Expired, then tainted again: only the new source counts.
        t.record(&store, "ns", &k, src("export"), 300_000).unwrap();
        assert_eq!(t.sources(&store, "ns", &k, 300_000), vec![src("export")]);
    }

    #[test]
    fn session_ids_never_reach_shared_data() {
        let t = taint(4);
        let store = MemStore::default();
        let k = ScopeKey::session("ops", "very-secret-upstream-session");
        t.record(&store, "ns", &k, src("read_customer"), 1).unwrap();
        for (_, (v, _)) in store.map.borrow().iter() {
            assert!(!String::from_utf8_lossy(v).contains("very-secret"));
        }
    }

    #[test]
    fn a_full_bucket_refuses_a_new_taint_until_a_record_expires() {
        let t = taint(1);
        let store = MemStore::default();
        t.prepare(&store, "ns");
        for i in 0..PER_SLOT {
            let k = ScopeKey::principal(&format!("p{i}"));
            t.record(&store, "ns", &k, src("read_customer"), 1_000)
                .unwrap();
        }
        let late = ScopeKey::principal("late");
        assert_eq!(
            t.record(&store, "ns", &late, src("read_customer"), 2_000),
            Err(Unrecorded::Full)
        );
        // An existing scope can still add to its own record.
        let k0 = ScopeKey::principal("p0");
        assert!(t.record(&store, "ns", &k0, src("x"), 2_000).is_ok());
        // Once the others expire, the newcomer gets a place.
        assert!(t
            .record(&store, "ns", &late, src("read_customer"), 100_000)
            .is_ok());
        assert_eq!(store.map.borrow().len(), 1);
    }

    /// A store whose every conditional write loses the race.
    struct Contended(MemStore);
    impl SharedStore for Contended {
        fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
            cas.is_none() && self.0.set(key, value, None)
        }
    }

    #[test]
    fn lost_races_are_reported_never_swallowed() {
        let t = taint(4);
        let store = Contended(MemStore::default());
        let k = ScopeKey::principal("p");
        assert_eq!(
            t.record(&store, "ns", &k, src("read_customer"), 1),
            Err(Unrecorded::Contended)
        );
        assert!(t.sources(&store, "ns", &k, 1).is_empty());
    }

    #[test]
    fn sinks_and_sources_are_picked_by_tags_and_annotations() {
        let c = catalog();
        let t = taint(4);
        let none: &dyn Fn() -> Option<Hints> = &|| None;
        let closed = || {
            Some(Hints {
                open_world: false,
                ..Hints::RISKIEST
            })
        };
        let closed: &dyn Fn() -> Option<Hints> = &closed;
        let f = ToolFacts::new(0, "send_mail", closed);
        assert_eq!(t.sink_rules(&c, &f).count(), 1);
        // Untrusted: open-world, so a sink.
        let f = ToolFacts::new(0, "restart", none);
        assert_eq!(t.sink_rules(&c, &f).count(), 1);
        let f = ToolFacts::new(0, "restart", closed);
        assert_eq!(t.sink_rules(&c, &f).count(), 0);
        let f = ToolFacts::new(0, "read_customer", closed);
        assert_eq!(t.source_rules(&c, &f).count(), 1);
    }

    #[test]
    fn config_errors_name_the_path() {
        let c = catalog();
        let bad = |v: serde_json::Value| {
            Taint::compile(Some(serde_json::from_value(v).unwrap()), &c).unwrap_err()
        };
        let e =
            bad(json!({"rules": [{"name": "r", "sources": [], "sinks": [{"tags": ["egress"]}]}]}));
        assert_eq!(e.path, "taint.rules[0].sources");
        let e = bad(
            json!({"rules": [{"name": "r", "sources": [{"tags": ["nope"]}], "sinks": [{"tags": ["egress"]}]}]}),
        );
        assert_eq!(e.path, "taint.rules[0].sources[0].tags[0]");
        let e = bad(json!({"slots": 0, "rules": []}));
        assert_eq!(e.path, "taint.slots");
        let e = bad(json!({"rules": []}));
        assert_eq!(e.path, "taint.rules");
    }
}
