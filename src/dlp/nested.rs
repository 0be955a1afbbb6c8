//! JSON documents held in string values (a tool result whose text is a
//! serialised JSON object): parsed, so escapes inside them (`\u0041KIA…`,
//! `\/`) are undone before scanning and a redaction can rewrite the inner
//! document while the outer string stays valid JSON.
//!
//! Bounded: only strings that start and end like an object or array, at
//! most the configured size, at most [`MAX_LEVELS`] documents deep. A
//! document with a duplicate member is not decoded (which copy would the
//! reader use?): its string is scanned as text, as before.

use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// JSON inside JSON inside JSON… followed this many levels.
pub(crate) const MAX_LEVELS: usize = 3;

/// The parsed document, when `s` holds one (an object or array).
pub(crate) fn parse(s: &str, max_bytes: usize) -> Option<Value> {
    if s.len() < 2 || s.len() > max_bytes {
        return None;
    }
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (first, last) = (t.as_bytes().first()?, t.as_bytes().last()?);
    if !matches!((first, last), (b'{', b'}') | (b'[', b']')) {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(t);
    let v = Strict.deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(v)
}

/// Serialises a rewritten inner document the way it came: indented when
/// the original had line breaks, compact otherwise.
pub(crate) fn write(v: &Value, original: &str) -> Option<String> {
    if original.contains('\n') {
        serde_json::to_string_pretty(v).ok()
    } else {
        serde_json::to_string(v).ok()
    }
}

/// A `Value` deserializer that refuses duplicate object members.
struct Strict;

impl<'de> DeserializeSeed<'de> for Strict {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(x) = seq.next_element_seed(Strict)? {
            out.push(x);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            if out.contains_key(&k) {
                return Err(A::Error::custom("duplicate member"));
            }
            let v = map.next_value_seed(Strict)?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_objects_and_arrays_only_within_the_size_limit() {
        assert!(parse(r#"{"a": "\u0041KIA"}"#, 100).is_some_and(|v| v["a"] == "AKIA"));
        assert!(parse(" [1, 2] ", 100).is_some());
        assert!(parse("\"text\"", 100).is_none());
        assert!(parse("{not json}", 100).is_none());
        assert!(parse(r#"{"a": 1} trailing"#, 100).is_none());
        assert!(parse(r#"{"a": "x"}"#, 5).is_none());
    }

    #[test]
    fn a_document_with_a_duplicate_member_is_not_decoded() {
        assert!(parse(r#"{"k": "one", "k": "two"}"#, 100).is_none());
        assert!(parse(r#"{"o": {"k": 1, "k": 2}}"#, 100).is_none());
        assert!(parse(r#"{"k": 1, "o": {"k": 2}}"#, 100).is_some());
    }

    #[test]
    fn rewritten_documents_keep_their_layout() {
        let v: Value = serde_json::json!({"a": 1});
        assert_eq!(write(&v, "{\"a\":2}").as_deref(), Some("{\"a\":1}"));
        assert!(write(&v, "{\n  \"a\": 2\n}").is_some_and(|s| s.contains('\n')));
    }
}
