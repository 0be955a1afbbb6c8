//! Task ownership. `tasks/get|result|cancel|update` carry only a task id, so
//! the filter remembers who created each task (seen in the `tools/call`
//! answer) and lets only that caller reach it.
//!
//! Memory is bounded for good: shared data has no delete or TTL, so records
//! live in a fixed number of slots chosen by hashing the task id. A newer
//! task may evict an older one from its slot; the older task then becomes
//! unreachable (fail closed), never reachable by someone else.

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
pub struct TaskRegistry {
    /// Namespace prefix (plugin name), so plugins sharing a vm_id under
    /// Istio do not read each other's records.
    prefix: String,
    slots: u32,
}

const SEP: char = '\u{1f}';

impl TaskRegistry {
    pub fn new(namespace: &str, slots: u32) -> Self {
        Self::for_kind(namespace, "task", slots)
    }

    /// The same bounded owner records for another kind of id (sessions).
    pub fn for_kind(namespace: &str, kind: &str, slots: u32) -> Self {
        TaskRegistry {
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

/// The task id in a `tools/call` answer that created a task: 2025-11-25
/// `result.task.taskId`, or 2026-07-28 tasks extension `result.taskId` with
/// `resultType: "task"`.
pub fn created_task_id(message: &serde_json::Value) -> Option<&str> {
    let result = message.get("result")?;
    if let Some(id) = result
        .get("task")
        .and_then(|t| t.get("taskId"))
        .and_then(|v| v.as_str())
    {
        return Some(id);
    }
    if result.get("resultType").and_then(|v| v.as_str()) == Some("task") {
        return result.get("taskId").and_then(|v| v.as_str());
    }
    None
}

#[cfg(test)]
pub mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// An in-memory SharedStore with real CAS semantics.
    #[derive(Default)]
    pub struct MemStore {
        pub map: RefCell<HashMap<String, (Vec<u8>, u32)>>,
        next: RefCell<u32>,
    }

    impl SharedStore for MemStore {
        fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
            match self.map.borrow().get(key) {
                Some((v, c)) => (Some(v.clone()), Some(*c)),
                None => (None, None),
            }
        }
        fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
            let mut map = self.map.borrow_mut();
            if let (Some(c), Some((_, cur))) = (cas, map.get(key)) {
                if c != *cur {
                    return false;
                }
            }
            *self.next.borrow_mut() += 1;
            map.insert(key.to_string(), (value.to_vec(), *self.next.borrow()));
            true
        }
    }

    #[test]
    fn only_the_creator_reaches_a_task() {
        let store = MemStore::default();
        let reg = TaskRegistry::new("p", 64);
        assert!(reg.remember(&store, "tickets", "alice", "t-1"));
        assert!(reg.owned_by(&store, "tickets", "alice", "t-1"));
        assert!(!reg.owned_by(&store, "tickets", "bob", "t-1"));
        assert!(!reg.owned_by(&store, "files", "alice", "t-1"));
        assert!(!reg.owned_by(&store, "tickets", "alice", "t-2"));
    }

    #[test]
    fn memory_stays_within_the_slot_count() {
        let store = MemStore::default();
        let reg = TaskRegistry::new("p", 16);
        for i in 0..1000 {
            reg.remember(&store, "s", "u", &format!("task-{i}"));
        }
        assert!(store.map.borrow().len() <= 16);
        // The newest is always reachable; evicted ones are refused, not leaked.
        assert!(reg.owned_by(&store, "s", "u", "task-999"));
    }

    #[test]
    fn created_task_ids_are_found_in_both_revisions() {
        let v1 = serde_json::json!({"id": 1, "result": {"task": {"taskId": "abc", "status": "working"}}});
        let v2 = serde_json::json!({"id": 1, "result": {"resultType": "task", "taskId": "xyz"}});
        let plain = serde_json::json!({"id": 1, "result": {"content": []}});
        assert_eq!(created_task_id(&v1), Some("abc"));
        assert_eq!(created_task_id(&v2), Some("xyz"));
        assert_eq!(created_task_id(&plain), None);
    }
}
