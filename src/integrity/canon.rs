//! Tool pin digests: sha256 over canonical JSON.
//!
//! `mcp-warden pins` prints pins with this very function; the shared fixture
//! `tests/integrity/digest_fixture.json` (checked here and, through the CLI,
//! by tests/integrity/test_pins.py) keeps the definition from changing by
//! accident: pins in deployed policies depend on it.
//!
//! Digest (v1): lowercase hex sha256 of the canonical JSON of an object
//! holding the tool's members [`DIGEST_MEMBERS`] that are present (an
//! explicit `null` counts as present). Canonical JSON: no whitespace; object
//! keys sorted by code point (= UTF-8 byte order); strings escaped as JSON
//! requires and no more (`"` `\` `\b` `\f` `\n` `\r` `\t`, other controls as
//! `\u00xx` lowercase; everything else raw UTF-8); integers as digits; other
//! numbers: integral values below 2^53 in magnitude as integers (`1.0` is
//! `1`), the rest as the shortest round-trip digits in exponent form
//! (`1.5e-7`, `1e300`).

use serde_json::{Map, Number, Value};
use sha2::{Digest, Sha256};
use std::fmt::Write;

/// The tool members a pin covers: everything the model or the client's
/// approval logic reads.
pub const DIGEST_MEMBERS: [&str; 6] = [
    "name",
    "title",
    "description",
    "inputSchema",
    "outputSchema",
    "annotations",
];

/// 2^53: below it every integral f64 is exact as an integer.
const EXACT_INT: f64 = 9_007_199_254_740_992.0;

/// Appends the canonical JSON text of `v` to `out`.
pub fn canonical_json(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => number(n, out),
        Value::String(s) => string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => object(map, out),
    }
}

fn object(map: &Map<String, Value>, out: &mut String) {
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort_unstable();
    out.push('{');
    for (i, k) in keys.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(k, out);
        out.push(':');
        if let Some(v) = map.get(k) {
            canonical_json(v, out);
        }
    }
    out.push('}');
}

fn number(n: &Number, out: &mut String) {
    if let Some(i) = n.as_i64() {
        let _ = write!(out, "{i}");
    } else if let Some(u) = n.as_u64() {
        let _ = write!(out, "{u}");
    } else if let Some(f) = n.as_f64() {
        float(f, out);
    }
}

fn float(f: f64, out: &mut String) {
    if !f.is_finite() {
        // serde_json never parses these; keep the output JSON anyway.
        out.push_str("null");
    } else if f.fract() == 0.0 && f.abs() < EXACT_INT {
        // In range, so the cast is exact (and -0.0 becomes 0).
        let _ = write!(out, "{}", f as i64);
    } else {
        // `{:e}` prints the shortest round-trip digits: 1.5e-7, 1e300.
        let _ = write!(out, "{f:e}");
    }
}

fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The pin digest of one `tools/list` item. Not an object: the digest of `{}`.
pub fn tool_digest(item: &Value) -> String {
    let mut doc = Map::new();
    if let Some(obj) = item.as_object() {
        for k in DIGEST_MEMBERS {
            if let Some(v) = obj.get(k) {
                doc.insert(k.to_string(), v.clone());
            }
        }
    }
    let mut text = String::new();
    object(&doc, &mut text);
    sha256_hex(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn canon(v: &Value) -> String {
        let mut s = String::new();
        canonical_json(v, &mut s);
        s
    }

    #[test]
    fn canonical_json_sorts_keys_and_drops_whitespace() {
        let v: Value = serde_json::from_str(r#"{ "b": [1, {"z": 1, "a": 2}], "a": "x" }"#).unwrap();
        assert_eq!(canon(&v), r#"{"a":"x","b":[1,{"a":2,"z":1}]}"#);
    }

    #[test]
    fn canonical_numbers_follow_the_documented_rules() {
        let cases: &[(&str, &str)] = &[
            ("1", "1"),
            ("-7", "-7"),
            ("1.0", "1"),
            ("-0.0", "0"),
            ("0.5", "5e-1"),
            ("1234.5", "1.2345e3"),
            ("1.5e-7", "1.5e-7"),
            ("1e16", "1e16"),
            ("9007199254740992.0", "9.007199254740992e15"),
            ("18446744073709551615", "18446744073709551615"),
            ("-9223372036854775808", "-9223372036854775808"),
            ("18446744073709551616", "1.8446744073709552e19"),
            ("1e300", "1e300"),
        ];
        for (input, want) in cases {
            let v: Value = serde_json::from_str(input).unwrap();
            assert_eq!(&canon(&v), want, "{input}");
        }
    }

    #[test]
    fn canonical_strings_escape_only_what_json_requires() {
        let v = json!("a\"b\\c\n\t\u{1}\u{7f}é😀\u{2028}");
        assert_eq!(canon(&v), "\"a\\\"b\\\\c\\n\\t\\u0001\u{7f}é😀\u{2028}\"");
    }

    #[test]
    fn the_digest_ignores_key_order_whitespace_and_other_members() {
        let a: Value = serde_json::from_str(
            r#"{"name":"get_ticket","description":"Get one ticket.","inputSchema":{"type":"object","properties":{"id":{"type":"integer"}},"required":["id"]}}"#,
        )
        .unwrap();
        let b: Value = serde_json::from_str(
            r#"{
                "inputSchema": { "required": ["id"], "properties": { "id": { "type": "integer" } }, "type": "object" },
                "_meta": {"x": 1}, "icons": [],
                "description": "Get one ticket.",
                "name": "get_ticket"
            }"#,
        )
        .unwrap();
        assert_eq!(tool_digest(&a), tool_digest(&b));
        assert_eq!(tool_digest(&a).len(), 64);
    }

    #[test]
    fn the_digest_changes_with_any_covered_member() {
        let base = json!({"name": "t", "description": "d", "inputSchema": {"type": "object"}});
        let d0 = tool_digest(&base);
        for (k, v) in [
            ("name", json!("t2")),
            ("description", json!("d ")),
            ("inputSchema", json!({"type": "object", "properties": {}})),
            ("outputSchema", json!({"type": "object"})),
            ("title", json!("T")),
            ("annotations", json!({"destructiveHint": false})),
        ] {
            let mut changed = base.clone();
            changed[k] = v;
            assert_ne!(tool_digest(&changed), d0, "{k}");
        }
    }

    /// The fixture shared with tests/integrity/test_pins.py (the CLI): both
    /// must produce the recorded canonical text and digest for every case.
    #[test]
    fn digests_agree_with_the_shared_python_fixture() {
        let fixture: Value =
            serde_json::from_str(include_str!("../../tests/integrity/digest_fixture.json"))
                .unwrap();
        let cases = fixture["cases"].as_array().unwrap();
        assert!(cases.len() >= 5);
        for case in cases {
            let tool = &case["tool"];
            let mut doc = Map::new();
            for k in DIGEST_MEMBERS {
                if let Some(v) = tool.get(k) {
                    doc.insert(k.to_string(), v.clone());
                }
            }
            assert_eq!(
                canon(&Value::Object(doc)),
                case["canonical"].as_str().unwrap(),
                "{}",
                case["why"]
            );
            assert_eq!(
                tool_digest(tool),
                case["digest"].as_str().unwrap(),
                "{}",
                case["why"]
            );
        }
    }
}
