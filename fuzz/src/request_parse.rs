//! `request_parse`: [`mcp::parse_body`] for every protocol revision.
//!
//! - never panics;
//! - "not JSON" (-32700) does not depend on the revision;
//! - an accepted body has no defect, is an object or a non-empty batch
//!   within the limit, without two requests sharing a canonical id;
//! - every id is a string or an integer of at most 256 bytes, its raw text
//!   is the node's exact text and its canonical form is
//!   `json::canonical_id` of that node;
//! - kind, method, params, arguments and targets are what the document
//!   says (requests have an id and a method, responses exactly one of
//!   result/error, a non-foreign `tools/call` targets `params.name`, ...);
//! - parsing the accepted text again gives the same messages;
//! - 2026-07-28 metadata headers derived from an accepted single request
//!   (`Mcp-Method`, `Mcp-Name` encoded as clients do) are accepted.

use mcp_warden::json::{self, Doc, Kind as JsonKind};
use mcp_warden::mcp::{self, Body, Kind, Message, ParseError, ParseLimits, Target};

pub const LIMITS: ParseLimits = ParseLimits {
    max_depth: 64,
    max_batch: 32,
};

/// Every revision the filter knows, the header-less default, one older and
/// one newer than any.
pub const VERSIONS: &[&str] = &[
    "2024-11-05",
    "2025-03-26",
    "2025-06-18",
    "2025-11-25",
    "2026-07-28",
    "2024-01-01",
    "2099-12-31",
];

pub fn check(data: &[u8]) {
    let mut not_json: Option<bool> = None;
    for &v in VERSIONS {
        let r = mcp::parse_body(data.to_vec(), LIMITS, v);
        let is_parse = matches!(r, Err(ParseError::Parse(_)));
        match not_json {
            None => not_json = Some(is_parse),
            Some(p) => assert_eq!(p, is_parse, "'not JSON' depends on the revision ({v})"),
        }
        match r {
            Ok(p) => accepted(&p, v),
            Err(ParseError::InvalidParams { id, .. }) => {
                assert!(!id.is_empty(), "-32602 without an id");
            }
            Err(_) => {}
        }
    }
}

fn accepted(p: &mcp::Parsed, version: &str) {
    let doc = &p.doc;
    let text = doc.text();
    assert!(doc.defect().is_none(), "accepted with a defect: {text:?}");
    match &p.body {
        Body::Single(_) => assert_eq!(doc.kind(Doc::ROOT), Some(JsonKind::Object)),
        Body::Batch(v) => {
            assert_eq!(doc.kind(Doc::ROOT), Some(JsonKind::Array));
            assert!(
                !v.is_empty() && v.len() <= LIMITS.max_batch,
                "batch size {}",
                v.len()
            );
            assert_eq!(v.len(), doc.items(Doc::ROOT).count());
            let mut seen = std::collections::HashSet::new();
            for m in v.iter().filter(|m| m.kind == Kind::Request) {
                if let Some(id) = &m.id {
                    assert!(
                        seen.insert(id.canonical.clone()),
                        "duplicate request id {}",
                        id.raw
                    );
                }
            }
        }
    }
    for m in p.body.messages() {
        message(doc, m);
    }
    // Parsing the same text again reads the same messages.
    let again = mcp::parse_body(text.as_bytes().to_vec(), LIMITS, version)
        .unwrap_or_else(|e| panic!("accepted once, refused the second time ({e:?}): {text:?}"));
    assert_eq!(again.body, p.body, "a second parse differs: {text:?}");
    if let Body::Single(m) = &p.body {
        metadata_headers(m, &p.body);
    }
}

fn message(doc: &Doc, m: &Message) {
    let node = m.node;
    assert_eq!(doc.kind(node), Some(JsonKind::Object));
    let id_node = doc.get(node, "id");
    match (&m.id, id_node) {
        (Some(id), Some(n)) => {
            let kind = doc.kind(n);
            assert!(
                kind == Some(JsonKind::String)
                    || (kind == Some(JsonKind::Number) && doc.is_integer(n)),
                "id {} is neither a string nor an integer",
                id.raw
            );
            assert_eq!(id.raw, doc.raw(n));
            assert!(id.raw.len() <= 256, "id of {} bytes", id.raw.len());
            assert_eq!(Some(&id.canonical), json::canonical_id(doc, n).as_ref());
            // The same canonical form, computed independently.
            let tree = crate::reference::parse(&id.raw)
                .unwrap_or_else(|| panic!("id text {:?} is not JSON", id.raw));
            assert_eq!(id.canonical, crate::reference::canonical_id(&tree));
            assert_ne!(id.canonical, "n:-0", "-0 must be 0");
        }
        (None, None) => {}
        (a, b) => panic!("id read as {a:?} but the member is {b:?}"),
    }
    assert_eq!(doc.get_str(node, "jsonrpc").as_deref(), Some("2.0"));
    let method = doc.get(node, "method");
    let (result, error) = (doc.get(node, "result"), doc.get(node, "error"));
    match m.kind {
        Kind::Response => {
            assert!(method.is_none() && m.method.is_none());
            assert!(m.id.is_some(), "a response without an id");
            assert!(
                result.is_some() != error.is_some(),
                "response with result and error"
            );
        }
        Kind::Request | Kind::Notification => {
            assert_eq!(m.kind == Kind::Request, m.id.is_some());
            let mn = method.expect("a request without a method");
            assert_eq!(doc.kind(mn), Some(JsonKind::String));
            assert_eq!(m.method.as_deref(), doc.str(mn).as_deref());
            assert!(
                result.is_none() && error.is_none(),
                "a request with a result"
            );
        }
    }
    let params = doc.get(node, "params");
    if m.kind != Kind::Response {
        match params {
            Some(p) if doc.kind(p) == Some(JsonKind::Object) => assert_eq!(m.params, Some(p)),
            Some(p) => panic!("params of kind {:?} accepted", doc.kind(p)),
            None => assert_eq!(m.params, None),
        }
    }
    let call = m.method() == "tools/call";
    assert_eq!(
        m.arguments,
        if call {
            m.params.and_then(|p| doc.get(p, "arguments"))
        } else {
            None
        }
    );
    if m.foreign {
        return;
    }
    let s = |field: &str| {
        m.params
            .and_then(|p| doc.get_str(p, field))
            .map(|c| c.into_owned())
    };
    match m.method() {
        "tools/call" => assert_eq!(m.targets, vec![Target::Tool(s("name").unwrap_or_default())]),
        "prompts/get" => assert_eq!(
            m.targets,
            vec![Target::Prompt(s("name").unwrap_or_default())]
        ),
        "resources/read" | "resources/subscribe" | "resources/unsubscribe" => {
            assert_eq!(
                m.targets,
                vec![Target::Resource(s("uri").unwrap_or_default())]
            )
        }
        "tasks/get" | "tasks/result" | "tasks/cancel" | "tasks/update" => {
            assert_eq!(
                m.targets,
                vec![Target::Task(s("taskId").unwrap_or_default())]
            )
        }
        "completion/complete" | "subscriptions/listen" => {}
        _ => assert!(m.targets.is_empty(), "targets for {}", m.method()),
    }
    // Targets are never empty strings read from nowhere: each is a string
    // member of the document.
    for t in &m.targets {
        if let Some(n) = t.name() {
            assert!(
                (0..doc.len())
                    .any(|i| doc.kind(i) == Some(JsonKind::String)
                        && doc.str(i).as_deref() == Some(n)),
                "target {n:?} is not a string of the body"
            );
        }
    }
}

/// What `Mcp-Name` carries for a method (mirrors mcp::expected_name).
fn expected_name(m: &Message) -> Option<&str> {
    match (m.method(), m.target()) {
        ("tools/call" | "prompts/get" | "resources/read", t) => t.name(),
        ("tasks/get" | "tasks/update" | "tasks/cancel", Target::Task(id)) => Some(id),
        _ => None,
    }
}

fn metadata_headers(m: &Message, body: &Body) {
    if m.kind == Kind::Response {
        return;
    }
    let version = mcp::HEADER_METADATA_VERSION;
    if m.meta_protocol_version
        .as_deref()
        .is_some_and(|v| v != version)
    {
        return;
    }
    let name = expected_name(m).map(mcp::encode_header_value);
    if let Some(n) = &name {
        assert_eq!(
            mcp::decode_header_value(n).as_deref(),
            expected_name(m),
            "Mcp-Name encoding does not round-trip"
        );
    }
    let h = mcp::MetadataHeaders {
        protocol_version: Some(version),
        method: Some(m.method()),
        name: name.as_deref(),
    };
    if let Err(why) = mcp::check_metadata_headers(&h, body) {
        panic!("headers a 2026 client would send are refused: {why}");
    }
}
