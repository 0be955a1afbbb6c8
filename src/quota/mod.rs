//! Quotas and cost budgets per identity, tool and server, exact across
//! Envoy's worker threads (issue 4).
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `quotas` section deserializes into [`QuotaConfig`], each server's
//! optional `quotas` section into [`ServerQuotaConfig`]; [`Quotas::compile`]
//! validates both in one fallible step (errors name the JSON path) and returns
//! the runtime form.
//!
//! # What a rule says
//!
//! *who* (`who`, same shape as authorization rules; default everyone) ×
//! *servers* × *what* (`tools` globs for `tools/call`, `methods` globs for
//! any method) × *limit*: `calls`, `cost` or `bytes` per `second`, `minute`,
//! `hour` or `day`, optionally with a `burst`. `countBy` picks what one
//! counter counts for: `["principal"]` (default: each caller), `["agent"]`,
//! `["subject", "tool"]`, …, or `[]` for one counter shared by everyone the
//! rule applies to. A `cost` limit weighs each `tools/call` by the server's
//! cost table (`servers[].quotas.costs`, e.g. `run_query` 10, `get_ticket` 1;
//! other methods cost 1). A `bytes` limit is a byte budget on tool results:
//! [`Quotas::charge_bytes`] records each result's size after the fact and a
//! call is refused once the window's budget is spent. `mode: "shadow"` counts
//! and reports [`Charge::WouldThrottle`] but never refuses.
//!
//! # Algorithm: fixed windows, plus GCRA for the burst
//!
//! Every counter is one shared-data value updated with compare-and-swap, so
//! a decision is a pure function of (stored state, now) and the write either
//! lands on exactly the state it was computed from or is retried. That makes
//! it exact under contention (N allowed out of M concurrent, whatever the
//! interleaving across workers); see `tests::cas_*`.
//!
//! - **Window**: `amount` units per calendar window aligned to the Unix epoch
//!   (minutes start at :00, days at 00:00 UTC). A window is a *budget*: at
//!   most `amount` units are spent in it, and "resets in N s" is the time to
//!   its end. We chose fixed windows over a token bucket alone because
//!   operators read quotas as budgets ("1000 cost units per hour", "50 MB per
//!   day"), a token bucket of capacity C and rate R lets C + R·W through in
//!   any window W, and a budget that resets on the clock is what the JSON-RPC
//!   error and `Retry-After` can state honestly.
//! - **Burst** (optional, calls and cost only): at most `burst` units back to
//!   back; they come back smoothly at `amount / per` (e.g. `100 per minute,
//!   burst 10`: ten at once, then one every 0.6 s). Implemented as GCRA
//!   (a token bucket stored as one "theoretical arrival time", exact integer
//!   arithmetic in units of 1/amount ms). Both conditions must hold, so a
//!   burst only ever makes a rule stricter; it stops a looping agent from
//!   spending a whole hour's budget in its first second. Without `burst` the
//!   window is the only limit.
//! - A call refused by one rule is refunded to the rules that already counted
//!   it (a refused call spends nothing); so is a whole batch.
//! - Byte budgets: `charge` refuses a call when the budget is already spent
//!   (`used >= bytes`); `charge_bytes` always records (the bytes left the
//!   server) and reports when the budget is now spent.
//!
//! # Keys: a bounded set, namespaced
//!
//! Shared data has no delete and no TTL, so every key we ever write is one of
//! `mcp-warden/<namespace>/q/<rule name>/<slot>`, `slot < quotas.slots`
//! (default 4096; a rule with `countBy: []` has the single slot 0), plus one
//! marker key (below). Memory is bounded by `rules × slots` values of 50
//! bytes for good, whatever callers come and go. The
//! namespace is the plugin name the adapter passes in: under Istio every
//! WasmPlugin shares one shared-data namespace.
//!
//! The counting key (e.g. the principal) is hashed to two candidate slots
//! ("two choices") and a 64-bit owner hash stored in the value tells whose
//! counter a slot holds. A caller uses the slot it owns; else claims a
//! candidate that is free or whose state is idle (window over, bucket full:
//! evicting it loses nothing); only when both candidates hold live counters
//! of other keys does it **share** the first one, i.e. counts against the
//! combined counter. Sharing fails closed: two unlucky keys can throttle each
//! other early, never pass more than their limit. With two choices that takes
//! two live collisions at once, which stays rare while `slots` is a few times
//! the number of callers active in one window.
//!
//! Creating a key exactly: the host has no insert-if-absent, and a CAS-less
//! write could wipe a counter another worker created a moment earlier. But
//! proxy-wasm-cpp-host's `SharedData::set` checks a non-zero CAS only when
//! the key exists (a missing key is inserted whatever the CAS), and every
//! CAS value comes from one process-wide counter, each value issued once.
//! So we first touch a marker key (`mcp-warden/<namespace>/q-marker`) and
//! read its CAS `x`, then write the new key with CAS `x`: if the key is
//! still missing it is inserted; if another worker created it meanwhile,
//! its CAS cannot be `x` (that value belongs to the marker), the write fails
//! and we retry on the existing counter. Every counter write is therefore
//! conditional, from the first one on (`tests::cas_*`, and real threads in
//! tests/quota/). The only blind write is to the marker, whose value means
//! nothing. (The u32 CAS counter wraps after 2^32 writes; the marker is
//! re-touched at every creation, so `x` is always fresh.)
//!
//! A value written under other counting parameters (the operator changed
//! the limit, window or burst) reads as empty: counting restarts. Changing
//! `who`, `tools`, `servers` or `slots` keeps the counters.
//!
//! # Clock
//!
//! `now_ms` is the host clock. A clock that steps back by less than a
//! window keeps counting in the newer window (conservative); one that jumps
//! back further starts counting in the clock's window rather than locking
//! callers out until the clock catches up. Retry times are capped at two
//! windows. All arithmetic saturates; `u64::MAX` is a valid `now_ms`.
//!
//! # Answers
//!
//! A throttled call gets JSON-RPC error [`QUOTA_EXCEEDED`] (-32029) with
//! [`exceeded_message`] and [`Charge::error_data`]; the stream adds
//! `Retry-After: retry_after_secs`.

mod bucket;
mod config;
#[cfg(test)]
mod tests;

pub use config::{
    LimitConfig, Per, QuotaConfig, QuotaRuleConfig, ServerQuotaConfig, DEFAULT_SLOTS, MAX_AMOUNT,
    MAX_COST, MAX_SLOTS,
};

use crate::error::ConfigError;
use crate::identity::Identity;
use crate::mcp::Target;
use crate::store::{fnv1a, SharedStore};
use bucket::{Limit, State, Take};
use config::{CostTable, ToolPatterns, Who};
use serde::Deserialize;

/// JSON-RPC error code for "quota exceeded". JSON-RPC leaves -32000..-32099
/// to the implementation; -32029 mirrors HTTP 429, is the value many MCP and
/// JSON-RPC servers already use for rate limits (so clients that special-case
/// it just work), and collides with neither our codes (-32001/3/4/5, -32020)
/// nor MCP's (-32002 resource not found, -32042 URL elicitation required).
pub const QUOTA_EXCEEDED: i64 = crate::reply::code::QUOTA_EXCEEDED;

/// CAS attempts per counter update before failing closed.
const ATTEMPTS: usize = 16;
/// Retry hint when a counter could not be updated (contention): fail closed.
const CONTENDED_RETRY_MS: u64 = 1_000;

/// What one counter counts for (`countBy` entries).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum CountBy {
    /// The person (JWT subject). Callers without one share one counter.
    Subject,
    /// The agent (client id, else SPIFFE id). Callers without one share one counter.
    Agent,
    /// Subject, else SPIFFE id, else "anonymous" (the published principal).
    Principal,
    /// The registered server.
    Server,
    /// The tool (by confusable skeleton, so lookalike names share a
    /// counter); the method for other messages.
    Tool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Calls,
    Cost,
    Bytes,
}

#[derive(Debug, Clone)]
struct Rule {
    name: String,
    shadow: bool,
    who: Who,
    /// None: every server.
    servers: Option<Vec<usize>>,
    tools: ToolPatterns,
    methods: crate::glob::GlobSet,
    count_by: Vec<CountBy>,
    unit: Unit,
    limit: Limit,
    /// Slots for this rule's counters (1 when `count_by` is empty).
    slots: u32,
    /// Hash of (unit, amount, window, burst): values written under other
    /// parameters read as empty.
    fingerprint: u64,
}

/// A tool name as sent, case-folded, and as a confusable skeleton.
#[derive(Debug, Clone)]
struct ToolForms {
    exact: String,
    folded: String,
    skeleton: String,
}

impl ToolForms {
    /// `names` folds ASCII names (all of them in strict mode) by table.
    fn of(name: &str) -> ToolForms {
        ToolForms {
            exact: name.to_string(),
            folded: crate::names::folded(name),
            skeleton: crate::names::skeleton(name),
        }
    }
}

impl Rule {
    fn applies(
        &self,
        id: &Identity,
        server: usize,
        method: &str,
        tool: Option<&ToolForms>,
    ) -> bool {
        if !self.servers.as_ref().is_none_or(|s| s.contains(&server)) {
            return false;
        }
        let what = match self.unit {
            Unit::Bytes => tool.is_some_and(|t| self.tools.matches(t)),
            Unit::Calls | Unit::Cost => {
                self.methods.is_match(method) || tool.is_some_and(|t| self.tools.matches(t))
            }
        };
        what && self.who.matches(id)
    }

    /// The counting key's bytes: tagged parts, so ("ab","c") != ("a","bc").
    fn key_material(
        &self,
        id: &Identity,
        server: usize,
        method: &str,
        tool: Option<&ToolForms>,
    ) -> Vec<u8> {
        let mut m = Vec::new();
        for part in &self.count_by {
            let (tag, value): (u8, &str) = match part {
                CountBy::Subject => (b's', id.subject.as_deref().unwrap_or("")),
                CountBy::Agent => (b'a', id.agent.as_deref().unwrap_or("")),
                CountBy::Principal => (b'p', id.principal()),
                CountBy::Server => {
                    m.extend_from_slice(format!("v{server}\u{1f}").as_bytes());
                    continue;
                }
                CountBy::Tool => match tool {
                    Some(t) => (b't', t.skeleton.as_str()),
                    None => (b'm', method),
                },
            };
            m.push(tag);
            m.extend_from_slice(value.as_bytes());
            m.push(0x1f);
        }
        m
    }
}

/// splitmix64's finalizer: spreads FNV's low bits before `% slots`.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn rule_key(namespace: &str, rule: &str, slot: u32) -> String {
    format!("mcp-warden/{namespace}/q/{rule}/{slot}")
}

/// The result of charging a message (or a tool result's bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Charge {
    Allowed,
    /// Refuse the call: JSON-RPC [`QUOTA_EXCEEDED`], `Retry-After`.
    Throttled {
        rule: String,
        /// Whole seconds until the call could pass (≥ 1): `Retry-After`.
        retry_after_secs: u64,
        /// When (ms since the epoch) the call could pass.
        reset_at_ms: u64,
    },
    /// A shadow rule would have refused: let the call through, report it.
    WouldThrottle {
        rule: String,
        retry_after_secs: u64,
        reset_at_ms: u64,
    },
}

impl Charge {
    fn limited(rule: &str, now_ms: u64, retry_ms: u64, shadow: bool) -> Charge {
        let retry_after_secs = retry_ms.div_ceil(1000).max(1);
        let reset_at_ms = now_ms.saturating_add(retry_ms);
        let rule = rule.to_string();
        if shadow {
            Charge::WouldThrottle {
                rule,
                retry_after_secs,
                reset_at_ms,
            }
        } else {
            Charge::Throttled {
                rule,
                retry_after_secs,
                reset_at_ms,
            }
        }
    }

    pub fn is_throttled(&self) -> bool {
        matches!(self, Charge::Throttled { .. })
    }

    /// The quota rule that throttled (or would have).
    pub fn rule(&self) -> Option<&str> {
        match self {
            Charge::Allowed => None,
            Charge::Throttled { rule, .. } | Charge::WouldThrottle { rule, .. } => Some(rule),
        }
    }

    /// `Retry-After` seconds, for Throttled and WouldThrottle.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Charge::Allowed => None,
            Charge::Throttled {
                retry_after_secs, ..
            }
            | Charge::WouldThrottle {
                retry_after_secs, ..
            } => Some(*retry_after_secs),
        }
    }

    /// The JSON-RPC error message for a throttled call.
    pub fn error_message(&self) -> Option<String> {
        match self {
            Charge::Throttled {
                rule,
                retry_after_secs,
                ..
            } => Some(exceeded_message(rule, *retry_after_secs)),
            _ => None,
        }
    }

    /// The JSON-RPC error `data` for a throttled call:
    /// `{"quota": "x", "retryAfterSeconds": 12, "resetAtMs": 1767225600000}`.
    pub fn error_data(&self) -> Option<serde_json::Value> {
        match self {
            Charge::Throttled {
                rule,
                retry_after_secs,
                reset_at_ms,
            } => Some(serde_json::json!({
                "quota": rule,
                "retryAfterSeconds": retry_after_secs,
                "resetAtMs": reset_at_ms,
            })),
            _ => None,
        }
    }
}

/// `mcp-warden: quota 'x' exceeded; resets in N s`.
pub fn exceeded_message(rule: &str, retry_after_secs: u64) -> String {
    format!("mcp-warden: quota '{rule}' exceeded; resets in {retry_after_secs} s")
}

/// A quota rule that covers a message ([`Quotas::applicable`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaMatch {
    pub rule: String,
    /// `calls`, `cost` or `bytes`.
    pub unit: &'static str,
    /// Units this message would spend (0 for byte budgets).
    pub units: u64,
    /// The limit: `amount` units per `window_ms`, at most `burst` back to back.
    pub amount: u64,
    pub window_ms: u64,
    pub burst: Option<u64>,
    /// Reported, never enforced (rule or policy in shadow mode).
    pub shadow: bool,
    pub count_by: Vec<CountBy>,
}

/// Quota rules compiled from the policy; cheap to share (read-only).
#[derive(Debug, Clone, Default)]
pub struct Quotas {
    rules: Vec<Rule>,
    /// Cost tables by server index.
    costs: Vec<CostTable>,
    /// The policy runs in shadow mode: every rule reports, none enforces.
    shadow_all: bool,
}

/// A charge already written, kept to refund it if a later rule refuses.
struct Receipt {
    rule: usize,
    key: String,
    window: u64,
    units: u64,
}

struct Slot {
    key: String,
    state: Option<State>,
    cas: Option<u32>,
}

/// One rule's counter for one counting key.
struct Counter<'a> {
    store: &'a dyn SharedStore,
    rule: &'a Rule,
    owner: u64,
    namespace: &'a str,
    /// The two candidate slots (equal when the rule has one slot).
    slots: [u32; 2],
}

impl<'a> Counter<'a> {
    fn new(
        store: &'a dyn SharedStore,
        namespace: &'a str,
        rule: &'a Rule,
        material: &[u8],
    ) -> Self {
        let h = fnv1a(material);
        let slots = u64::from(rule.slots.max(1));
        let owner = mix(h).max(1);
        let s1 = mix(h ^ 0x9e37_79b9_7f4a_7c15) % slots;
        let mut s2 = mix(h ^ 0xd1b5_4a32_d192_ed03) % slots;
        if s2 == s1 {
            s2 = (s1 + 1) % slots;
        }
        // `slots` fits in u32, so both do.
        let narrow = |s: u64| u32::try_from(s).unwrap_or(0);
        Counter {
            store,
            rule,
            owner,
            namespace,
            slots: [narrow(s1), narrow(s2)],
        }
    }

    fn key(&self, slot: u32) -> String {
        rule_key(self.namespace, &self.rule.name, slot)
    }

    fn read(&self, key: String) -> Slot {
        let (value, cas) = self.store.get(&key);
        let state = value
            .as_deref()
            .and_then(State::decode)
            .filter(|s| s.fingerprint == self.rule.fingerprint);
        Slot { key, state, cas }
    }

    /// Picks the slot to count in and the state to start from.
    fn select(&self, now_ms: u64) -> (Slot, State) {
        let [s1, s2] = self.slots;
        let limit = &self.rule.limit;
        let fresh = State {
            fingerprint: self.rule.fingerprint,
            owner: self.owner,
            ..State::default()
        };
        let first = self.read(self.key(s1));
        let mine = |s: &Slot| s.state.is_some_and(|st| st.owner == self.owner);
        let free = |s: &Slot| s.state.is_none_or(|st| limit.is_idle(&st, now_ms));
        if mine(&first) {
            let st = first.state.unwrap_or(fresh);
            return (first, st);
        }
        let second = match (s2 != s1).then(|| self.read(self.key(s2))) {
            Some(second) if mine(&second) => {
                let st = second.state.unwrap_or(fresh);
                return (second, st);
            }
            other => other,
        };
        if free(&first) {
            return (first, fresh);
        }
        // Share the first candidate when it is already shared (we may have
        // counted there before: moving would split our count in two), or
        // when the second is live too.
        let shared_already = first.state.is_some_and(|st| st.shared);
        let slot = match second {
            Some(second) if !shared_already && free(&second) => return (second, fresh),
            _ => first,
        };
        let st = State {
            shared: true,
            ..slot.state.unwrap_or(fresh)
        };
        (slot, st)
    }

    /// A CAS value just issued to the marker key: never the CAS of any
    /// other key, so writing a missing key with it inserts only if the key
    /// is still missing.
    fn foreign_cas(&self) -> Option<u32> {
        let marker = format!("mcp-warden/{}/q-marker", self.namespace);
        self.store.set(&marker, &[], None);
        self.store.get(&marker).1.filter(|c| *c != 0)
    }

    /// Read-modify-CAS-write until it lands. `f` returns the state to write
    /// (None: no write) and a result. Err: contention exhausted the attempts.
    fn update<T>(
        &self,
        now_ms: u64,
        mut f: impl FnMut(&State) -> (Option<State>, T),
    ) -> Result<(T, Option<(String, State)>), ()> {
        for _ in 0..ATTEMPTS {
            let (slot, base) = self.select(now_ms);
            let (next, out) = f(&base);
            let Some(next) = next else {
                return Ok((out, None));
            };
            // A missing key is created with a CAS that can only match a
            // missing key (see the module doc): insert-if-absent.
            let cas = match slot.cas {
                Some(cas) => Some(cas),
                None => self.foreign_cas(),
            };
            if cas.is_some() && self.store.set(&slot.key, &next.encode(), cas) {
                return Ok((out, Some((slot.key, next))));
            }
        }
        Err(())
    }
}

impl Quotas {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].quotas`.
    pub fn compile(
        top: Option<QuotaConfig>,
        servers: &[(String, Option<ServerQuotaConfig>)],
    ) -> Result<Quotas, ConfigError> {
        config::compile(top, servers)
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The policy's top-level `mode: shadow`: every quota reports
    /// WouldThrottle instead of refusing.
    pub fn force_shadow(&mut self) {
        self.shadow_all = true;
    }

    /// Rule names, in declaration order (fixed metric/audit labels).
    pub fn rule_names(&self) -> impl Iterator<Item = &str> {
        self.rules.iter().map(|r| r.name.as_str())
    }

    /// Whether a byte budget may count tool results from this server (the
    /// stream only needs result sizes then).
    pub fn counts_bytes(&self, server: usize) -> bool {
        self.rules.iter().any(|r| {
            r.unit == Unit::Bytes && r.servers.as_ref().is_none_or(|s| s.contains(&server))
        })
    }

    /// The rules that would charge this message and by how much, without
    /// touching any counter (for `mcp-warden explain`). Same matching and
    /// cost table as [`Quotas::charge`]; byte budgets are listed with 0
    /// units (results are counted after the fact).
    pub fn applicable(
        &self,
        id: &Identity,
        server: usize,
        method: &str,
        target: &Target,
    ) -> Vec<QuotaMatch> {
        let tool = match target {
            Target::Tool(name) if method == "tools/call" => Some(ToolForms::of(name)),
            _ => None,
        };
        self.rules
            .iter()
            .filter(|r| r.applies(id, server, method, tool.as_ref()))
            .map(|r| {
                let units = match (r.unit, &tool) {
                    (Unit::Bytes, _) => 0,
                    (Unit::Cost, Some(t)) => self.costs.get(server).map_or(1, |c| c.cost(t)),
                    _ => 1,
                };
                QuotaMatch {
                    rule: r.name.clone(),
                    unit: match r.unit {
                        Unit::Calls => "calls",
                        Unit::Cost => "cost",
                        Unit::Bytes => "bytes",
                    },
                    units,
                    amount: r.limit.amount,
                    window_ms: r.limit.window_ms,
                    burst: r.limit.burst,
                    shadow: r.shadow || self.shadow_all,
                    count_by: r.count_by.clone(),
                }
            })
            .collect()
    }

    /// Charges one message before it is forwarded (after authorization
    /// allowed it). `method` is the JSON-RPC method; `target` its tool /
    /// resource / prompt. Only `tools/call` with a [`Target::Tool`] is
    /// matched by `tools` patterns and weighed by cost.
    #[allow(clippy::too_many_arguments)]
    pub fn charge(
        &self,
        store: &dyn SharedStore,
        namespace: &str,
        now_ms: u64,
        id: &Identity,
        server: usize,
        method: &str,
        target: &Target,
    ) -> Charge {
        self.charge_batch(store, namespace, now_ms, id, server, &[(method, target)])
    }

    /// Charges the messages of one JSON-RPC batch all or nothing: if any is
    /// throttled, every charge already made for the batch is refunded.
    pub fn charge_batch(
        &self,
        store: &dyn SharedStore,
        namespace: &str,
        now_ms: u64,
        id: &Identity,
        server: usize,
        items: &[(&str, &Target)],
    ) -> Charge {
        if self.rules.is_empty() {
            return Charge::Allowed;
        }
        let mut receipts: Vec<Receipt> = Vec::new();
        let mut would: Option<Charge> = None;
        for (method, target) in items {
            let tool = match target {
                Target::Tool(name) if *method == "tools/call" => Some(ToolForms::of(name)),
                _ => None,
            };
            for (ri, rule) in self.rules.iter().enumerate() {
                if !rule.applies(id, server, method, tool.as_ref()) {
                    continue;
                }
                let shadow = rule.shadow || self.shadow_all;
                let material = rule.key_material(id, server, method, tool.as_ref());
                let counter = Counter::new(store, namespace, rule, &material);
                let refused: Option<u64> = match rule.unit {
                    Unit::Bytes => {
                        // Refuse once spent; results add to it (charge_bytes).
                        let (_, state) = counter.select(now_ms);
                        rule.limit.spent(&state, now_ms)
                    }
                    Unit::Calls | Unit::Cost => {
                        let units = match (rule.unit, &tool) {
                            (Unit::Cost, Some(t)) => {
                                self.costs.get(server).map_or(1, |c| c.cost(t))
                            }
                            _ => 1,
                        };
                        if units == 0 {
                            continue;
                        }
                        let limit = rule.limit;
                        let outcome =
                            counter.update(now_ms, |st| match limit.take(st, now_ms, units) {
                                Take::Allow(next) => (Some(next), None),
                                Take::Deny { retry_ms } => (None, Some(retry_ms)),
                            });
                        match outcome {
                            Ok((None, Some((key, written)))) => {
                                receipts.push(Receipt {
                                    rule: ri,
                                    key,
                                    window: written.window,
                                    units,
                                });
                                None
                            }
                            Ok((None, None)) => None,
                            Ok((Some(retry_ms), _)) => Some(retry_ms),
                            Err(()) => Some(CONTENDED_RETRY_MS),
                        }
                    }
                };
                let Some(retry_ms) = refused else {
                    continue;
                };
                if shadow {
                    if would.is_none() {
                        would = Some(Charge::limited(&rule.name, now_ms, retry_ms, true));
                    }
                } else {
                    self.refund(store, &receipts);
                    return Charge::limited(&rule.name, now_ms, retry_ms, false);
                }
            }
        }
        would.unwrap_or(Charge::Allowed)
    }

    fn refund(&self, store: &dyn SharedStore, receipts: &[Receipt]) {
        for r in receipts {
            let Some(rule) = self.rules.get(r.rule) else {
                continue;
            };
            for _ in 0..ATTEMPTS {
                let (value, cas) = store.get(&r.key);
                let Some(state) = value
                    .as_deref()
                    .and_then(State::decode)
                    .filter(|s| s.fingerprint == rule.fingerprint)
                else {
                    break;
                };
                if cas.is_none() {
                    break;
                }
                let next = rule.limit.refund(&state, r.window, r.units);
                if store.set(&r.key, &next.encode(), cas) {
                    break;
                }
            }
        }
    }

    /// After a tool result: counts its size against the byte budgets that
    /// cover (caller, server, tool). The bytes are always recorded (they left
    /// the server); `Throttled` means the budget is now spent, so the *next*
    /// call will be refused until `reset_at_ms`.
    #[allow(clippy::too_many_arguments)]
    pub fn charge_bytes(
        &self,
        store: &dyn SharedStore,
        namespace: &str,
        now_ms: u64,
        id: &Identity,
        server: usize,
        tool: &str,
        bytes: u64,
    ) -> Charge {
        if bytes == 0 || !self.rules.iter().any(|r| r.unit == Unit::Bytes) {
            return Charge::Allowed;
        }
        let forms = ToolForms::of(tool);
        let mut first: Option<Charge> = None;
        let mut would: Option<Charge> = None;
        for rule in self.rules.iter().filter(|r| r.unit == Unit::Bytes) {
            if !rule.applies(id, server, "tools/call", Some(&forms)) {
                continue;
            }
            let material = rule.key_material(id, server, "tools/call", Some(&forms));
            let counter = Counter::new(store, namespace, rule, &material);
            let limit = rule.limit;
            let spent = match counter.update(now_ms, |st| {
                let (next, spent) = limit.add(st, now_ms, bytes);
                (Some(next), spent)
            }) {
                Ok((spent, _)) => spent,
                // Could not record: fail closed for the next call.
                Err(()) => Some(CONTENDED_RETRY_MS),
            };
            let Some(retry_ms) = spent else {
                continue;
            };
            if rule.shadow || self.shadow_all {
                would.get_or_insert_with(|| Charge::limited(&rule.name, now_ms, retry_ms, true));
            } else {
                first.get_or_insert_with(|| Charge::limited(&rule.name, now_ms, retry_ms, false));
            }
        }
        first.or(would).unwrap_or(Charge::Allowed)
    }
}
