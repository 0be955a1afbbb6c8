//! What integrity remembers across workers, in shared data.
//!
//! Shared data has no delete and no TTL, so every key belongs to a fixed set:
//!
//! * `mcp-warden/<ns>/integrity/<server>/tool/<slot>`: one bucket per
//!   `slot = fnv1a(tool name) % toolSlots`, holding up to [`PER_SLOT`]
//!   tool records: name, last seen digest, approved digest (first seen under
//!   TOFU, or the pin it matched), whether the scan flagged it, its compact
//!   input schema (capped at `maxSchemaBytes`, else left out), its four
//!   annotation hints (4 bits) and when it was last seen. A full bucket
//!   gives up its least recently seen record only if that one was not seen
//!   for `forgetAfterSeconds`; otherwise the new tool is not recorded (and,
//!   under pinning, stays hidden: fail closed).
//! * `mcp-warden/<ns>/integrity/<server>/names`: the server's recently
//!   listed tool names (at most [`MAX_NAMES`]), for shadowing checks by
//!   the other servers.
//!
//! Keys use the server's registry name, so a reordered registry keeps its
//! records. Writes are read-modify-write with CAS, retried on a lost race.
//! The first write of a key cannot be conditional (the host's CAS 0 means
//! "unconditional"), so two workers seeing a tool for the very first time
//! at the same instant may both write; the last one wins and later listings
//! compare against it.

use crate::store::{fnv1a, SharedStore};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Tool records per bucket. With the default 512 buckets a server can list
/// well over a thousand tools before any bucket overflows (Poisson: for 1000
/// tools the chance that any bucket exceeds 8 is about 1 in 1000).
pub const PER_SLOT: usize = 8;
/// Names remembered per server for shadowing checks.
pub const MAX_NAMES: usize = 512;
const CAS_TRIES: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    #[serde(rename = "n")]
    pub name: String,
    /// Digest of the definition seen last.
    #[serde(rename = "d")]
    pub digest: String,
    /// The approved digest: first seen (TOFU), the matching pin, or (with
    /// pinning off) simply the last seen.
    #[serde(rename = "b")]
    pub baseline: String,
    #[serde(rename = "f", default)]
    pub flagged: bool,
    /// Compact input schema of the last seen definition, if it fit.
    #[serde(rename = "s", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<Value>,
    #[serde(rename = "t", default)]
    pub seen_ms: u64,
    /// The four annotation hints of the last seen definition
    /// ([`crate::catalog::Hints::bits`]); they count only while that
    /// definition is the approved one.
    #[serde(rename = "a", default, skip_serializing_if = "Option::is_none")]
    pub hints: Option<u8>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Bucket {
    #[serde(rename = "e", default)]
    entries: Vec<Entry>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Names {
    #[serde(rename = "n", default)]
    names: Vec<(String, u64)>,
}

#[derive(Debug, Clone)]
pub struct Layout {
    prefix: String,
    pub slots: u32,
    pub forget_ms: u64,
}

impl Layout {
    pub fn new(namespace: &str, slots: u32, forget_ms: u64) -> Layout {
        Layout {
            prefix: format!("mcp-warden/{namespace}/integrity/"),
            slots: slots.max(1),
            forget_ms,
        }
    }

    pub fn set_namespace(&mut self, namespace: &str) {
        self.prefix = format!("mcp-warden/{namespace}/integrity/");
    }

    pub fn slot(&self, tool: &str) -> u32 {
        // The modulo keeps the value below `slots`, a u32.
        u32::try_from(fnv1a(tool.as_bytes()) % u64::from(self.slots)).unwrap_or(0)
    }

    pub fn slot_key(&self, server: &str, slot: u32) -> String {
        format!("{}{server}/tool/{slot}", self.prefix)
    }

    fn names_key(&self, server: &str) -> String {
        format!("{}{server}/names", self.prefix)
    }

    /// The record of `tool` on `server`, if remembered.
    pub fn lookup(&self, store: &dyn SharedStore, server: &str, tool: &str) -> Option<Entry> {
        let (value, _) = store.get(&self.slot_key(server, self.slot(tool)));
        parse_bucket(value.as_deref())
            .entries
            .into_iter()
            .find(|e| e.name == tool)
    }

    /// Whether the bucket `tool` hashes to is full with other tools (so a
    /// tool missing from it may have been left out for want of room).
    pub fn bucket_full_without(&self, store: &dyn SharedStore, server: &str, tool: &str) -> bool {
        let (value, _) = store.get(&self.slot_key(server, self.slot(tool)));
        let b = parse_bucket(value.as_deref());
        b.entries.len() >= PER_SLOT && !b.entries.iter().any(|e| e.name == tool)
    }

    /// Read-modify-write of one bucket: `update` gets the current records
    /// (it may run again after a lost race) and edits them in place.
    /// Returns whether the write landed.
    pub fn update_slot(
        &self,
        store: &dyn SharedStore,
        server: &str,
        slot: u32,
        mut update: impl FnMut(&mut Vec<Entry>),
    ) -> bool {
        let key = self.slot_key(server, slot);
        for _ in 0..CAS_TRIES {
            let (value, cas) = store.get(&key);
            let mut bucket = parse_bucket(value.as_deref());
            update(&mut bucket.entries);
            let Ok(bytes) = serde_json::to_vec(&bucket) else {
                return false;
            };
            if store.set(&key, &bytes, cas) {
                return true;
            }
        }
        false
    }

    /// Recently listed tool names of `server`.
    pub fn names(&self, store: &dyn SharedStore, server: &str, now_ms: u64) -> Vec<String> {
        let (value, _) = store.get(&self.names_key(server));
        parse_names(value.as_deref())
            .names
            .into_iter()
            .filter(|(_, t)| now_ms.saturating_sub(*t) <= self.forget_ms)
            .map(|(n, _)| n)
            .collect()
    }

    /// Adds (or refreshes) `current` in the server's names, dropping names
    /// not seen for `forgetAfterSeconds` and the oldest past the cap.
    /// Merging (not replacing) keeps paginated listings whole.
    pub fn remember_names(
        &self,
        store: &dyn SharedStore,
        server: &str,
        current: &[&str],
        now_ms: u64,
    ) {
        let key = self.names_key(server);
        for _ in 0..CAS_TRIES {
            let (value, cas) = store.get(&key);
            let mut rec = parse_names(value.as_deref());
            rec.names.retain(|(n, t)| {
                now_ms.saturating_sub(*t) <= self.forget_ms && !current.contains(&n.as_str())
            });
            rec.names
                .extend(current.iter().map(|n| ((*n).to_string(), now_ms)));
            if rec.names.len() > MAX_NAMES {
                rec.names.sort_by_key(|n| std::cmp::Reverse(n.1));
                rec.names.truncate(MAX_NAMES);
            }
            let Ok(bytes) = serde_json::to_vec(&rec) else {
                return;
            };
            if store.set(&key, &bytes, cas) {
                return;
            }
        }
    }
}

/// Unreadable records (another version, corruption) count as empty: they
/// are rewritten on the next listing.
fn parse_bucket(value: Option<&[u8]>) -> Bucket {
    value
        .and_then(|v| serde_json::from_slice(v).ok())
        .unwrap_or_default()
}

fn parse_names(value: Option<&[u8]>) -> Names {
    value
        .and_then(|v| serde_json::from_slice(v).ok())
        .unwrap_or_default()
}

/// Where a new record goes in a full bucket: the least recently seen one,
/// if it was not seen for `forget_ms`.
pub fn free_index(entries: &[Entry], now_ms: u64, forget_ms: u64) -> Option<usize> {
    if entries.len() < PER_SLOT {
        return Some(entries.len());
    }
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| now_ms.saturating_sub(e.seen_ms) > forget_ms)
        .min_by_key(|(_, e)| e.seen_ms)
        .map(|(i, _)| i)
}
