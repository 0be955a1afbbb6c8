//! `json_parse`: the filter's one JSON reader ([`Doc::parse`]).
//!
//! - never panics, whatever the bytes;
//! - a document it accepts without a defect is valid JSON to serde_json
//!   and to the independent reference parser, and all three read the same
//!   value; a syntax error is a syntax error to serde_json too;
//! - a reported defect is real: a duplicate name is in the document, a
//!   lone surrogate makes serde_json refuse it, an out-of-range number does
//!   not fit a double;
//! - what it accepts round-trips: `to_value` → serde_json text → parse
//!   gives the same value, defect-free;
//! - every string node: `quote(decoded)` parses back to the same text;
//! - `splice` of one value node with `null` parses, and reads as the
//!   original value with that node replaced (everything else byte-exact).

use crate::reference::{self, J};
use mcp_warden::json::{self, Defect, Doc, Kind};
use serde_json::Value;

const DEPTH: usize = 64;

/// One step from a container to a child.
#[derive(Debug, Clone)]
enum Seg {
    Key(String),
    Index(usize),
}

pub fn check(data: &[u8]) {
    let parsed = Doc::parse(data.to_vec(), DEPTH);
    let serde = serde_json::from_slice::<Value>(data);
    let doc = match parsed {
        Ok(d) => d,
        Err(json::Error::Syntax { .. }) => {
            assert!(
                serde.is_err(),
                "the filter calls valid JSON a syntax error: {:?}",
                String::from_utf8_lossy(data)
            );
            return;
        }
        Err(json::Error::TooDeep { .. }) => return,
    };
    let text = doc.text().to_string();
    match doc.defect() {
        None => {
            let ours = doc.to_value(Doc::ROOT);
            let theirs = serde.unwrap_or_else(|e| {
                panic!("the filter accepts what serde_json refuses ({e}): {text:?}")
            });
            assert_eq!(
                ours, theirs,
                "filter and serde_json read {text:?} differently"
            );
            let tree = reference::parse(&text)
                .unwrap_or_else(|| panic!("the reference parser refuses {text:?}"));
            assert!(!has_duplicate(&tree), "an undetected duplicate in {text:?}");
            assert_eq!(tree.to_value(), ours, "reference reading differs: {text:?}");
            round_trip(&ours);
            strings_quote_back(&doc);
            splices(&doc, &ours, data);
        }
        Some(Defect::DuplicateMember { name }) => {
            let tree = reference::parse(&text);
            // (A lone surrogate elsewhere makes the reference refuse.)
            if let Some(t) = tree {
                assert!(
                    has_duplicate(&t),
                    "duplicate {name:?} reported but none in {text:?}"
                );
            }
        }
        Some(Defect::LoneSurrogate) => {
            assert!(
                serde.is_err(),
                "lone surrogate reported, serde_json reads {text:?}"
            );
        }
        Some(Defect::NumberOutOfRange) => {
            let tree = reference::parse(&text);
            if let Some(t) = tree {
                assert!(
                    has_huge_number(&t),
                    "out-of-range number reported, none in {text:?}"
                );
            }
        }
    }
}

fn has_duplicate(j: &J) -> bool {
    match j {
        J::Obj(m) => {
            let mut seen = std::collections::HashSet::new();
            m.iter().any(|(k, _)| !seen.insert(k.as_str()))
                || m.iter().any(|(_, v)| has_duplicate(v))
        }
        J::Arr(v) => v.iter().any(has_duplicate),
        _ => false,
    }
}

fn has_huge_number(j: &J) -> bool {
    match j {
        J::Num(t) => t.contains(['.', 'e', 'E']) && !t.parse::<f64>().is_ok_and(f64::is_finite),
        J::Obj(m) => m.iter().any(|(_, v)| has_huge_number(v)),
        J::Arr(v) => v.iter().any(has_huge_number),
        _ => false,
    }
}

fn round_trip(v: &Value) {
    let s = serde_json::to_string(v).unwrap_or_else(|e| panic!("cannot serialise {v:?}: {e}"));
    let again = Doc::parse_str(&s, DEPTH).unwrap_or_else(|e| {
        panic!("serde_json's text of an accepted value is refused ({e}): {s:?}")
    });
    assert!(again.defect().is_none(), "defect after a round trip: {s:?}");
    assert_eq!(&again.to_value(Doc::ROOT), v, "round trip changed {s:?}");
}

fn strings_quote_back(doc: &Doc) {
    for id in 0..doc.len() {
        if doc.kind(id) != Some(Kind::String) {
            continue;
        }
        let s = doc
            .str(id)
            .unwrap_or_else(|| panic!("string node {id} does not decode: {:?}", doc.raw(id)));
        let q = json::quote(&s);
        assert!(
            !q.bytes().any(|b| b < 0x20),
            "quote left a control character: {q:?}"
        );
        let back = Doc::parse_str(&q, 2).unwrap_or_else(|e| panic!("quote({s:?}) = {q:?}: {e}"));
        assert_eq!(
            back.str(Doc::ROOT).as_deref(),
            Some(&*s),
            "quote({s:?}) = {q:?}"
        );
    }
}

/// Value nodes (not member names) with their path from the root.
fn value_nodes(doc: &Doc, id: json::Id, path: &mut Vec<Seg>, out: &mut Vec<(json::Id, Vec<Seg>)>) {
    out.push((id, path.clone()));
    match doc.kind(id) {
        Some(Kind::Array) => {
            for (i, c) in doc.items(id).enumerate() {
                path.push(Seg::Index(i));
                value_nodes(doc, c, path, out);
                path.pop();
            }
        }
        Some(Kind::Object) => {
            for (k, v) in doc.members(id) {
                let key = doc.str(k).map(|c| c.into_owned()).unwrap_or_default();
                path.push(Seg::Key(key));
                value_nodes(doc, v, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_path<'v>(v: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    let mut cur = v;
    for s in path {
        cur = match s {
            Seg::Key(k) => cur.get_mut(k.as_str())?,
            Seg::Index(i) => cur.get_mut(*i)?,
        };
    }
    Some(cur)
}

fn splices(doc: &Doc, value: &Value, data: &[u8]) {
    let mut nodes = Vec::new();
    value_nodes(doc, Doc::ROOT, &mut Vec::new(), &mut nodes);
    // A few nodes, picked by the input so every node gets its turn.
    let seed = data
        .iter()
        .fold(0usize, |a, b| a.wrapping_mul(31).wrapping_add(*b as usize));
    for k in 0..3usize {
        let Some((id, path)) = nodes.get(seed.wrapping_add(k * 7919) % nodes.len().max(1)) else {
            return;
        };
        let (s, e) = doc.span(*id);
        let out = json::splice(doc.text(), vec![(s, e, "null".to_string())])
            .unwrap_or_else(|| panic!("splice of node {id} ({s}..{e}) refused"));
        assert_eq!(
            out.get(..s),
            doc.text().get(..s),
            "splice changed the prefix"
        );
        assert_eq!(
            out.get(s + 4..),
            doc.text().get(e..),
            "splice changed the suffix"
        );
        let again = Doc::parse_str(&out, DEPTH)
            .unwrap_or_else(|e| panic!("spliced text does not parse ({e}): {out:?}"));
        let mut want = value.clone();
        if let Some(slot) = at_path(&mut want, path) {
            *slot = Value::Null;
        }
        assert_eq!(
            again.to_value(Doc::ROOT),
            want,
            "splice at {path:?}: {out:?}"
        );
    }
}
