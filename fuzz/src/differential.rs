//! `differential`: the filter's reading of each message of a body it
//! accepts — method, id, `params.name`, `params.uri`, and a `tools/call`'s
//! arguments — must be the reading of
//!
//! (a) Python `json` (exact names, last duplicate wins), and
//! (b) Go `encoding/json` into the go-sdk's structs (names matched with
//!     Unicode simple case folding, last match wins),
//!
//! or the filter must refuse the body. A server that refuses the message
//! itself (wrong `jsonrpc`, a field of the wrong type) is not compared: it
//! executes nothing. The filter's governed target must also be the name
//! the readers see.
//!
//! With `MCPW_FUZZ_SKIP_KNOWN=1`, bodies of the known Go case-folding class
//! ([`reference::has_go_fold_variant`]) are not compared against (b), so a
//! campaign can look past that finding; a plain run reports it.

use crate::reference::{self, Reading, J};
use crate::request_parse::LIMITS;
use mcp_warden::json::{Doc, Kind as JsonKind};
use mcp_warden::mcp::{self, Message, Target};

/// With batches (2025-03-26) and without (2026-07-28: foreign methods).
const VERSIONS: &[&str] = &["2025-03-26", "2026-07-28"];

pub fn check(data: &[u8]) {
    for &version in VERSIONS {
        let Ok(parsed) = mcp::parse_body(data.to_vec(), LIMITS, version) else {
            continue;
        };
        let text = parsed.doc.text();
        let tree = reference::parse(text)
            .unwrap_or_else(|| panic!("accepted, but not JSON to the reference parser: {text:?}"));
        let items: Vec<&J> = match &tree {
            J::Arr(v) => v.iter().collect(),
            one => vec![one],
        };
        let msgs = parsed.body.messages();
        assert_eq!(items.len(), msgs.len(), "message count differs: {text:?}");
        for (m, item) in msgs.iter().zip(items) {
            let ours = normalise(filter_reading(&parsed.doc, m));
            if let Some(py) = reference::python_reading(item) {
                assert_eq!(
                    ours,
                    normalise(py.clone()),
                    "the filter and a Python (last-wins) server read a message differently: {text:?}"
                );
                governed(m, &py, text);
            }
            if crate::skip_known() && reference::has_go_fold_variant(item) {
                continue;
            }
            if let Some(go) = reference::go_reading(item) {
                assert_eq!(
                    ours,
                    normalise(go),
                    "the filter and a Go (case-insensitive, last-wins) server read a message differently: {text:?}"
                );
            }
        }
    }
}

/// The filter's reading, from the message model and its document.
fn filter_reading(doc: &Doc, m: &Message) -> Reading {
    let s = |field: &str| {
        m.params
            .and_then(|p| doc.get(p, field))
            .filter(|n| doc.kind(*n) == Some(JsonKind::String))
            .and_then(|n| doc.str(n))
            .map(|c| c.into_owned())
    };
    Reading {
        method: m.method.clone(),
        id: m.id.as_ref().map(|i| i.canonical.clone()),
        name: s("name"),
        uri: s("uri"),
        arguments: m.arguments.map(|a| doc.to_value(a)),
    }
}

/// Params mean nothing on a response: compare method and id only there.
fn normalise(mut r: Reading) -> Reading {
    if r.method.is_none() {
        r.name = None;
        r.uri = None;
        r.arguments = None;
    }
    r
}

/// What the filter governs is what the server will execute.
fn governed(m: &Message, py: &Reading, text: &str) {
    if m.foreign {
        return;
    }
    let want = match m.method() {
        "tools/call" => Some(Target::Tool(py.name.clone().unwrap_or_default())),
        "prompts/get" => Some(Target::Prompt(py.name.clone().unwrap_or_default())),
        "resources/read" | "resources/subscribe" | "resources/unsubscribe" => {
            Some(Target::Resource(py.uri.clone().unwrap_or_default()))
        }
        _ => None,
    };
    if let Some(t) = want {
        assert_eq!(
            m.targets,
            vec![t],
            "governed target differs from the server's: {text:?}"
        );
    }
}
