//! `list_review`: [`Integrity::review_list`] over arbitrary item arrays,
//! with a [`MemStore`] shared by two servers and successive answers.
//!
//! - never panics (nor does `check_call` for any listed name);
//! - the kept items are the input items in order, minus exactly the
//!   removed ones; a refused list is left whole; findings stay bounded;
//! - with `scan.action: strip` and no pinning, review is idempotent: the
//!   kept list reviewed again is clean (nothing found, nothing removed, no
//!   pin event but `untracked-tool` when the small store is full).
//!
//! Input: `control 0xFF payload`; control byte 0 picks the config, byte 1
//! the list kind. The payload is a JSON array of items, an
//! answer with `result.<list>`, one item, or (not JSON) the description
//! of one tool.

use mcp_warden::integrity::{
    Integrity, IntegrityConfig, ServerIntegrityConfig, MAX_FINDINGS, PIN_STORE_FULL, UNTRACKED,
};
use mcp_warden::mcp::ListKind;
use mcp_warden::testing::MemStore;
use serde_json::{json, Value};
use std::sync::OnceLock;

const KINDS: &[ListKind] = &[
    ListKind::Tools,
    ListKind::Tools,
    ListKind::Prompts,
    ListKind::Resources,
    ListKind::ResourceTemplates,
];

/// A pinned tool (its digest is computed, so the pin is valid).
fn pinned_tool() -> Value {
    json!({"name": "get_ticket", "description": "Return one ticket.",
           "inputSchema": {"type": "object", "properties": {"id": {"type": "integer"}}}})
}

fn configs() -> &'static Vec<Integrity> {
    static C: OnceLock<Vec<Integrity>> = OnceLock::new();
    C.get_or_init(|| {
        let digest = mcp_warden::integrity::tool_digest(&pinned_tool());
        let sections = [
            json!({"scan": {"action": "strip"}, "validateArguments": true}),
            json!({"scan": {"action": "deny"}}),
            json!({"scan": {"action": "record", "maxTextChars": 64}, "pinning": "tofu"}),
            json!({"scan": {"action": "strip"}, "pinning": "pinned",
                   "pins": [{"tool": "get_ticket", "digest": digest}]}),
            json!({"scan": {"action": "off"}, "pinning": "tofu", "onPinViolation": "record"}),
        ];
        sections
            .iter()
            .map(|s| {
                let sec: ServerIntegrityConfig =
                    serde_json::from_value(s.clone()).expect("integrity section");
                Integrity::compile(
                    Some(IntegrityConfig {
                        tool_slots: Some(4),
                        ..IntegrityConfig::default()
                    }),
                    &[
                        ("a".to_string(), Some(sec.clone())),
                        ("b".to_string(), Some(sec)),
                    ],
                )
                .expect("compiles")
            })
            .collect()
    })
}

fn items_of(payload: &[u8], kind: ListKind) -> Vec<Value> {
    match serde_json::from_slice::<Value>(payload) {
        Ok(Value::Array(v)) => v,
        Ok(v) => match v.pointer(&format!("/result/{}", kind.result_field())) {
            Some(Value::Array(items)) => items.clone(),
            _ => vec![v],
        },
        Err(_) => vec![
            json!({"name": "t", "uri": "file:///t", "uriTemplate": "file:///{t}",
            "description": String::from_utf8_lossy(payload)}),
        ],
    }
}

fn review(
    integrity: &Integrity,
    server: usize,
    kind: ListKind,
    items: &[Value],
    store: &MemStore,
    now: u64,
) -> (Vec<Value>, mcp_warden::integrity::Review) {
    let mut kept = items.to_vec();
    let r = integrity.review_list(server, kind, &mut kept, store, now);
    assert!(
        r.findings.len() <= MAX_FINDINGS,
        "{} findings",
        r.findings.len()
    );
    if r.refused.is_some() {
        assert_eq!(kept, items, "a refused list was changed");
    } else {
        assert_eq!(
            kept.len() + r.removed.len(),
            items.len(),
            "kept {} + removed {} != {}",
            kept.len(),
            r.removed.len(),
            items.len()
        );
        // Kept items are the input's, in order.
        let mut it = items.iter();
        for k in &kept {
            assert!(
                it.any(|i| i == k),
                "a kept item is not an input item in order: {k}"
            );
        }
    }
    for item in &kept {
        if let Some(name) = item.get("name").and_then(Value::as_str) {
            let _ = integrity.check_call(server, name, item.get("arguments"), store);
            let _ = integrity.check_call(server, name, Some(&json!({"id": 1})), store);
        }
    }
    (kept, r)
}

pub fn check(data: &[u8]) {
    let [ctrl, payload] = crate::sections(data, 2)[..] else {
        return;
    };
    let mut ctl = crate::Ctrl::new(ctrl);
    let configs = configs();
    let c = ctl.pick(configs.len());
    let kind = KINDS[ctl.pick(KINDS.len())];
    let Some(integrity) = configs.get(c) else {
        return;
    };
    let items = items_of(payload, kind);
    let store = MemStore::default();
    let now = 1_000_000u64;

    // Server a, then server b with the same names (shadowing, mentions),
    // then a again later (records, rug pulls).
    let (kept, first) = review(integrity, 0, kind, &items, &store, now);
    review(integrity, 1, kind, &items, &store, now + 1);
    let mut changed = items.clone();
    if let Some(Value::Object(m)) = changed.first_mut() {
        m.insert("description".into(), json!("changed"));
    }
    review(integrity, 0, kind, &changed, &store, now + 86_400_000);

    // Idempotence under strip without pins (config 0), on a fresh store.
    if c == 0 && first.refused.is_none() {
        let fresh = MemStore::default();
        let (kept1, _) = review(integrity, 0, kind, &items, &fresh, now);
        assert_eq!(
            kept1, kept,
            "the same review on a fresh store kept other items"
        );
        let (kept2, r2) = review(integrity, 0, kind, &kept1, &fresh, now + 1);
        // (A tool the tiny store has no room for is reported untracked, or
        // the store full, each time: capacity, not content.)
        assert!(
            r2.findings.is_empty()
                && r2.removed.is_empty()
                && r2
                    .pin_events
                    .iter()
                    .all(|e| e.event == UNTRACKED || e.event == PIN_STORE_FULL),
            "a stripped list is not clean when reviewed again: {r2:?}"
        );
        assert_eq!(kept2, kept1);
    }
}
