//! MCP transport rules that are about agreement, not permission: headers
//! that must not repeat, batches only where the revision allows them, and
//! 2026-07-28 request metadata (`Mcp-Method`, `Mcp-Name`, `Mcp-Param-*`)
//! that must say what the body says — a mismatch is refused with -32020
//! before the server sees anything, never trusted.
//!
//! `Mcp-Param-{Name}` headers mirror tool arguments the tool's
//! `inputSchema` marks with `x-mcp-header`. The mapping comes from the
//! server's `tools/list` answers (remembered per proxy in bounded shared
//! data). When this proxy has not seen the tool's schema, each header must
//! equal the argument of the same name (case-insensitive) reachable through
//! objects; one it cannot match is refused — the client re-lists and
//! retries, as the revision tells it to.

use crate::host::Host;
use crate::json::{Doc, Id, Kind as JsonKind};
use crate::mcp::{self, Body, Kind, ListKind, Parsed};
use crate::pipeline::{Answer, Cx, Flow, Stage};
use crate::reply::{code, LocalReply, Reason};
use crate::store::{fnv1a, SharedStore};

/// Headers that must not repeat: Envoy's getter returns only the first
/// value, so a second copy could mean something else to the upstream.
const SINGLE_HEADERS: &[&str] = &[
    "authorization",
    "mcp-session-id",
    "mcp-protocol-version",
    "mcp-method",
    "mcp-name",
    "content-type",
    "content-encoding",
];

const PARAM_PREFIX: &str = "mcp-param-";
/// Shared-data slots for remembered `x-mcp-header` mappings.
const MAPPING_SLOTS: u64 = 4096;
/// Deepest `properties` chain followed.
const MAX_PATH: usize = 8;

#[derive(Default)]
pub struct Protocol;

fn mismatch(id: Option<&str>, why: &str) -> Flow {
    Flow::Reply(LocalReply::rpc_error(
        400,
        id,
        code::HEADER_MISMATCH,
        &format!("mcp-warden: header mismatch: {why}"),
        Reason::HeaderMismatch,
    ))
}

impl Stage for Protocol {
    fn name(&self) -> &'static str {
        "protocol"
    }

    fn on_head(&mut self, cx: &mut Cx, _host: &mut dyn Host) -> Flow {
        let jwt_header = cx
            .policy()
            .identity
            .jwt
            .as_ref()
            .filter(|j| j.source == crate::policy::JwtSource::Header)
            .map(|j| j.header.clone());
        for h in SINGLE_HEADERS.iter().copied().chain(jwt_header.as_deref()) {
            if cx.head.count(h) > 1 {
                return Flow::Reply(LocalReply::rpc_error(
                    400,
                    None,
                    code::INVALID_REQUEST,
                    &format!("mcp-warden: duplicate {h} header"),
                    Reason::DuplicateHeader,
                ));
            }
        }
        let mut seen: Vec<&str> = Vec::new();
        for (k, _) in &cx.head.headers {
            if let Some(name) = k.strip_prefix(PARAM_PREFIX) {
                if seen.contains(&name) {
                    return Flow::Reply(LocalReply::rpc_error(
                        400,
                        None,
                        code::INVALID_REQUEST,
                        &format!("mcp-warden: duplicate {k} header"),
                        Reason::DuplicateHeader,
                    ));
                }
                seen.push(name);
            }
        }
        Flow::Next
    }

    fn on_body(&mut self, cx: &mut Cx, host: &mut dyn Host, req: &Parsed) -> Flow {
        if let Body::Batch(_) = req.body {
            if cx.head.version.as_str() > mcp::LAST_BATCH_VERSION {
                let msg = format!(
                    "mcp-warden: JSON-RPC batches are not allowed in protocol version {}",
                    cx.head.version
                );
                return Flow::Reply(LocalReply::rpc_error(
                    400,
                    None,
                    code::INVALID_REQUEST,
                    &msg,
                    Reason::BatchNotAllowed,
                ));
            }
        }
        let headers = mcp::MetadataHeaders {
            protocol_version: cx.head.get("mcp-protocol-version"),
            method: cx.head.get("mcp-method"),
            name: cx.head.get("mcp-name"),
        };
        let first_id = req
            .body
            .messages()
            .first()
            .and_then(|m| m.raw_id().map(str::to_string));
        if let Err(why) = mcp::check_metadata_headers(&headers, &req.body) {
            return mismatch(first_id.as_deref(), &why);
        }
        let params: Vec<(&str, &str)> = cx
            .head
            .headers
            .iter()
            .filter_map(|(k, v)| k.strip_prefix(PARAM_PREFIX).map(|n| (n, v.as_str())))
            .collect();
        let single_call = match &req.body {
            Body::Single(m) if m.method() == "tools/call" && m.kind == Kind::Request => Some(m),
            _ => None,
        };
        let Some(m) = single_call else {
            if let Some((name, _)) = params.first() {
                return mismatch(
                    first_id.as_deref(),
                    &format!("Mcp-Param-{name} header is only defined for a single tools/call"),
                );
            }
            return Flow::Next;
        };
        let tool = m.target().name().unwrap_or_default();
        let mapping = cx
            .server
            .and_then(|s| load_mapping(host, &cx.shared.namespace, s, tool));
        match check_params(&req.doc, m.arguments, &params, mapping.as_deref(), tool) {
            Ok(()) => Flow::Next,
            Err(why) => mismatch(m.raw_id(), &why),
        }
    }

    fn on_answer(&mut self, cx: &mut Cx, host: &mut dyn Host, ans: &mut Answer) {
        if ans.list != Some(ListKind::Tools) {
            return;
        }
        let (Some(server), Some(doc)) = (cx.server, ans.doc()) else {
            return;
        };
        let Some(tools) = doc.path(Doc::ROOT, &["result", "tools"]) else {
            return;
        };
        for item in doc.items(tools) {
            let Some(name) = doc.get_str(item, "name") else {
                continue;
            };
            let Some(schema) = doc.get(item, "inputSchema") else {
                continue;
            };
            let mut found = Vec::new();
            collect_mapping(doc, schema, &mut Vec::new(), &mut found);
            if !found.is_empty() {
                store_mapping(host, &cx.shared.namespace, server, &name, &found);
            }
        }
    }
}

/// (header name lower case, property path) pairs of one tool.
type Mapping = Vec<(String, Vec<String>)>;

fn collect_mapping(doc: &Doc, schema: Id, path: &mut Vec<String>, out: &mut Mapping) {
    if path.len() >= MAX_PATH {
        return;
    }
    let Some(props) = doc.get(schema, "properties") else {
        return;
    };
    for (k, v) in doc.members(props) {
        let Some(key) = doc.str(k) else { continue };
        path.push(key.into_owned());
        if let Some(h) = doc.get_str(v, "x-mcp-header") {
            out.push((h.to_ascii_lowercase(), path.clone()));
        }
        collect_mapping(doc, v, path, out);
        path.pop();
    }
}

fn mapping_key(namespace: &str, server: usize, tool: &str) -> String {
    let slot = fnv1a(tool.as_bytes()) % MAPPING_SLOTS;
    format!("mcp-warden/{namespace}/xmcp/{server}/{slot}")
}

fn encode_mapping(tool: &str, m: &Mapping) -> String {
    let mut s = String::from(tool);
    for (h, path) in m {
        s.push('\u{1f}');
        s.push_str(h);
        for p in path {
            s.push('\u{1e}');
            s.push_str(p);
        }
    }
    s
}

fn store_mapping(store: &dyn SharedStore, ns: &str, server: usize, tool: &str, m: &Mapping) {
    let key = mapping_key(ns, server, tool);
    let value = encode_mapping(tool, m);
    let (old, cas) = store.get(&key);
    if old.as_deref() != Some(value.as_bytes()) {
        store.set(&key, value.as_bytes(), cas);
    }
}

fn load_mapping(store: &dyn SharedStore, ns: &str, server: usize, tool: &str) -> Option<Mapping> {
    let (value, _) = store.get(&mapping_key(ns, server, tool));
    let text = String::from_utf8(value?).ok()?;
    let mut parts = text.split('\u{1f}');
    if parts.next()? != tool {
        return None;
    }
    Some(
        parts
            .filter_map(|p| {
                let mut segs = p.split('\u{1e}');
                let h = segs.next()?.to_string();
                Some((h, segs.map(str::to_string).collect()))
            })
            .collect(),
    )
}

/// The header form of a primitive argument (None: not a primitive the
/// revision allows in a header).
fn header_form(doc: &Doc, v: Id) -> Option<String> {
    match doc.kind(v)? {
        JsonKind::String => doc.str(v).map(|s| s.into_owned()),
        JsonKind::Number if doc.is_integer(v) => {
            let raw = doc.raw(v);
            // Compared numerically: "-0" is "0".
            Some(match raw.strip_prefix('-') {
                Some(d) if d.bytes().all(|b| b == b'0') => "0".to_string(),
                _ => raw.to_string(),
            })
        }
        JsonKind::True => Some("true".into()),
        JsonKind::False => Some("false".into()),
        _ => None,
    }
}

fn header_matches(doc: &Doc, v: Id, header: &str) -> bool {
    let Some(decoded) = mcp::decode_header_value(header) else {
        return false;
    };
    let Some(want) = header_form(doc, v) else {
        return false;
    };
    if doc.kind(v) == Some(JsonKind::Number) {
        let norm = |s: &str| -> Option<i128> { s.trim().parse::<i128>().ok() };
        return match (norm(&decoded), norm(&want)) {
            (Some(a), Some(b)) => a == b,
            _ => decoded == want,
        };
    }
    decoded == want
}

fn at_path(doc: &Doc, args: Option<Id>, path: &[String]) -> Option<Id> {
    let mut at = args?;
    for p in path {
        at = doc.get(at, p)?;
    }
    (doc.kind(at) != Some(JsonKind::Null)).then_some(at)
}

/// Every argument whose name is `name` (case-insensitive), reachable through
/// objects only.
fn by_name(doc: &Doc, node: Id, name: &str, depth: usize, out: &mut Vec<Id>) {
    if depth >= MAX_PATH || doc.kind(node) != Some(JsonKind::Object) {
        return;
    }
    for (k, v) in doc.members(node) {
        if doc.str(k).is_some_and(|k| k.eq_ignore_ascii_case(name)) {
            out.push(v);
        }
        by_name(doc, v, name, depth + 1, out);
    }
}

fn check_params(
    doc: &Doc,
    args: Option<Id>,
    headers: &[(&str, &str)],
    mapping: Option<&[(String, Vec<String>)]>,
    tool: &str,
) -> Result<(), String> {
    let header_of = |name: &str| {
        headers
            .iter()
            .find(|(h, _)| h.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    };
    if let Some(map) = mapping {
        for (h, path) in map {
            let value = at_path(doc, args, path);
            match (value, header_of(h)) {
                (Some(v), Some(hv)) if header_matches(doc, v, hv) => {}
                (Some(_), Some(_)) => {
                    return Err(format!(
                        "Mcp-Param-{h} header does not match argument {}",
                        path.join(".")
                    ))
                }
                (Some(_), None) => {
                    return Err(format!(
                        "Mcp-Param-{h} header is required (argument {} is set)",
                        path.join(".")
                    ))
                }
                (None, Some(_)) => {
                    return Err(format!(
                        "Mcp-Param-{h} header is not expected (argument {} is not set)",
                        path.join(".")
                    ))
                }
                (None, None) => {}
            }
        }
        return Ok(());
    }
    for (name, value) in headers {
        let mut found = Vec::new();
        if let Some(a) = args {
            by_name(doc, a, name, 0, &mut found);
        }
        if found.is_empty() {
            return Err(format!(
                "Mcp-Param-{name} header cannot be verified: this gateway has not seen tool '{}' declare it; list tools and retry",
                tool.escape_debug()
            ));
        }
        if !found.iter().all(|v| header_matches(doc, *v, value)) {
            return Err(format!("Mcp-Param-{name} header does not match the body"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(s: &str) -> Doc {
        Doc::parse_str(s, 32).unwrap()
    }

    #[test]
    fn mappings_follow_properties_only() {
        let d = doc(r#"{"type":"object","properties":{
            "region":{"type":"string","x-mcp-header":"Region"},
            "opts":{"type":"object","properties":{"tenant":{"type":"string","x-mcp-header":"Tenant"}}},
            "list":{"type":"array","items":{"properties":{"x":{"x-mcp-header":"X"}}}}}}"#);
        let mut out = Vec::new();
        collect_mapping(&d, Doc::ROOT, &mut Vec::new(), &mut out);
        assert_eq!(
            out,
            vec![
                ("region".to_string(), vec!["region".to_string()]),
                (
                    "tenant".to_string(),
                    vec!["opts".to_string(), "tenant".to_string()]
                )
            ]
        );
        let enc = encode_mapping("t", &out);
        assert!(enc.starts_with("t\u{1f}region"));
    }

    #[test]
    fn headers_must_equal_the_mirrored_arguments() {
        let d = doc(r#"{"region":"us-west1","n":42,"flag":true,"opts":{"tenant":"acme"},"q":"x"}"#);
        let map: Mapping = vec![
            ("region".into(), vec!["region".into()]),
            ("tenant".into(), vec!["opts".into(), "tenant".into()]),
        ];
        let args = Some(Doc::ROOT);
        assert!(check_params(
            &d,
            args,
            &[("region", "us-west1"), ("tenant", "acme")],
            Some(&map),
            "t"
        )
        .is_ok());
        assert!(check_params(
            &d,
            args,
            &[("region", "eu"), ("tenant", "acme")],
            Some(&map),
            "t"
        )
        .is_err());
        assert!(check_params(&d, args, &[("region", "us-west1")], Some(&map), "t").is_err());
        let enc = mcp::encode_header_value("us-west1");
        assert!(check_params(
            &d,
            args,
            &[("region", &enc), ("tenant", "=?base64?YWNtZQ==?=")],
            Some(&map),
            "t"
        )
        .is_ok());
        // Unknown mapping: same-named argument, compared by type.
        assert!(check_params(&d, args, &[("N", "42"), ("flag", "true")], None, "t").is_ok());
        assert!(check_params(&d, args, &[("n", "43")], None, "t").is_err());
        assert!(check_params(&d, args, &[("zone", "x")], None, "t").is_err());
        assert!(check_params(&d, args, &[("region", "=?base64?!!?=")], None, "t").is_err());
    }
}
