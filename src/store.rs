//! Cross-worker storage (proxy-wasm shared data) and the bounded owner
//! records built on it: a leaf every feature that remembers something
//! across requests uses.
//!
//! Memory is bounded for good: shared data has no delete or TTL, so owner
//! records live in a fixed number of slots chosen by hashing the id. A newer
//! record may evict an older one from its slot; the older id then becomes
//! unknown (callers fail closed), never reachable by someone else.

/// Cross-worker storage with compare-and-swap (proxy-wasm shared data).
pub trait SharedStore {
    /// Value and CAS token; `(None, None)` when the key was never written.
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>);
    /// Writes if `cas` still matches (None: unconditional). False on a lost race.
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool;
}

/// FNV-1a: stable across workers and builds, no allocation.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Debug, Clone)]
pub struct OwnerRegistry {
    /// Namespace prefix (plugin name), so plugins sharing a vm_id under
    /// Istio do not read each other's records.
    prefix: String,
    slots: u32,
}

const SEP: char = '\u{1f}';

impl OwnerRegistry {
    /// Owner records for one kind of id (`task`, …) in a namespace.
    pub fn for_kind(namespace: &str, kind: &str, slots: u32) -> Self {
        OwnerRegistry {
            prefix: format!("mcp-warden/{namespace}/{kind}/"),
            slots: slots.max(1),
        }
    }

    /// Some(true/false) when a record for `id` on `server` is remembered
    /// (owned by `owner` or by someone else); None when it is not (never
    /// seen, or evicted from its slot).
    pub fn owner_matches(
        &self,
        store: &dyn SharedStore,
        server: &str,
        owner: &str,
        id: &str,
    ) -> Option<bool> {
        let (value, _) = store.get(&self.key(server, id));
        let value = value?;
        let text = String::from_utf8_lossy(&value);
        let mut parts = text.splitn(3, SEP);
        let (s, o, i) = (parts.next()?, parts.next()?, parts.next()?);
        (s == server && i == id).then_some(o == owner)
    }

    fn key(&self, server: &str, task_id: &str) -> String {
        let h = fnv1a(server.as_bytes()) ^ fnv1a(task_id.as_bytes()).rotate_left(17);
        format!("{}{}", self.prefix, h % u64::from(self.slots))
    }

    fn record(server: &str, owner: &str, task_id: &str) -> String {
        format!("{server}{SEP}{owner}{SEP}{task_id}")
    }

    /// Remembers `owner` as the creator of `task_id` on `server`.
    pub fn remember(
        &self,
        store: &dyn SharedStore,
        server: &str,
        owner: &str,
        task_id: &str,
    ) -> bool {
        let key = self.key(server, task_id);
        let value = Self::record(server, owner, task_id);
        // Retry a few times on CAS races; the last writer of a slot wins.
        for _ in 0..8 {
            let (_, cas) = store.get(&key);
            if store.set(&key, value.as_bytes(), cas) {
                return true;
            }
        }
        false
    }

    /// Whether `owner` created `task_id` on `server` (and it is still remembered).
    pub fn owned_by(
        &self,
        store: &dyn SharedStore,
        server: &str,
        owner: &str,
        task_id: &str,
    ) -> bool {
        let (value, _) = store.get(&self.key(server, task_id));
        value.is_some_and(|v| v == Self::record(server, owner, task_id).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::MemStore;

    #[test]
    fn only_the_creator_reaches_a_task() {
        let store = MemStore::default();
        let reg = OwnerRegistry::for_kind("p", "task", 64);
        assert!(reg.remember(&store, "tickets", "alice", "t-1"));
        assert!(reg.owned_by(&store, "tickets", "alice", "t-1"));
        assert!(!reg.owned_by(&store, "tickets", "bob", "t-1"));
        assert!(!reg.owned_by(&store, "files", "alice", "t-1"));
        assert!(!reg.owned_by(&store, "tickets", "alice", "t-2"));
    }

    #[test]
    fn memory_stays_within_the_slot_count() {
        let store = MemStore::default();
        let reg = OwnerRegistry::for_kind("p", "task", 16);
        for i in 0..1000 {
            reg.remember(&store, "s", "u", &format!("task-{i}"));
        }
        assert!(store.map.borrow().len() <= 16);
        // The newest is always reachable; evicted ones are refused, not leaked.
        assert!(reg.owned_by(&store, "s", "u", "task-999"));
    }
}
