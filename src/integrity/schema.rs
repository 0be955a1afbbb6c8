//! `tools/call` arguments checked against the tool's `inputSchema`.
//!
//! The JSON Schema subset MCP tools use (what the Python SDK / pydantic, the
//! TypeScript SDK / zod and hand-written servers emit):
//!
//! | keyword | checked |
//! |---|---|
//! | `type` (one or a list: `object`, `array`, `string`, `integer`, `number`, `boolean`, `null`) | yes; `integer` accepts `3.0` |
//! | `properties`, `required`, `additionalProperties` (`false` or a schema) | yes |
//! | `items` (one schema, or the old tuple form), `minItems`, `maxItems` | yes |
//! | `minLength`, `maxLength` (in code points) | yes |
//! | `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (numbers) | yes |
//! | `enum`, `const` (numbers compare by value) | yes |
//! | `anyOf`, `oneOf` (both as "at least one"), `allOf` | yes |
//! | `$ref` to `#/$defs/…` or `#/definitions/…` | yes |
//! | `pattern`, `format`, `multipleOf`, `uniqueItems`, `dependencies`, `if`/`then`, remote `$ref`, … | no (ignored) |
//!
//! Keywords apply only to values of their type, as in JSON Schema. A schema
//! the checker cannot follow (unknown `$ref`, too deep) accepts: the schema
//! is the server's own, and calls are never refused for the server's mistakes.
//!
//! What is stored per tool is a compact copy ([`compact`]): only the
//! keywords above, so descriptions and examples do not eat shared memory.

use serde_json::{Map, Value};

/// Schema keywords kept by [`compact`]; subschemas under the nesting ones.
const SCALAR_KEYWORDS: &[&str] = &[
    "type",
    "required",
    "enum",
    "const",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "$ref",
];
const MAX_SCHEMA_DEPTH: usize = 32;
/// Validation depth (value nesting + `$ref` hops) before the checker gives up.
const MAX_CHECK_DEPTH: usize = 64;
/// Errors reported per call.
const MAX_ERRORS: usize = 5;
/// Nodes visited per call before the checker stops (and accepts).
const MAX_STEPS: usize = 200_000;

/// The validation-relevant part of a schema. Anything past the depth limit
/// becomes `true` (accept).
pub fn compact(schema: &Value) -> Value {
    compact_at(schema, 0)
}

fn compact_at(schema: &Value, depth: usize) -> Value {
    let Some(obj) = schema.as_object() else {
        // `true` / `false` schemas; anything else accepts.
        return match schema {
            Value::Bool(b) => Value::Bool(*b),
            _ => Value::Bool(true),
        };
    };
    if depth > MAX_SCHEMA_DEPTH {
        return Value::Bool(true);
    }
    let sub = |v: &Value| compact_at(v, depth + 1);
    let mut out = Map::new();
    for (k, v) in obj {
        let kept = match k.as_str() {
            k if SCALAR_KEYWORDS.contains(&k) => Some(v.clone()),
            "properties" | "$defs" | "definitions" => v
                .as_object()
                .map(|m| Value::Object(m.iter().map(|(name, s)| (name.clone(), sub(s))).collect())),
            "additionalProperties" => Some(sub(v)),
            "items" => Some(match v {
                Value::Array(list) => Value::Array(list.iter().map(sub).collect()),
                other => sub(other),
            }),
            "anyOf" | "oneOf" | "allOf" => v
                .as_array()
                .map(|list| Value::Array(list.iter().map(sub).collect())),
            _ => None,
        };
        if let Some(kept) = kept {
            out.insert(k.clone(), kept);
        }
    }
    Value::Object(out)
}

struct Checker<'a> {
    root: &'a Value,
    errors: Vec<String>,
    steps: usize,
}

/// Checks `arguments` (absent = `{}`) against a tool's (compact or full)
/// input schema. Errors name the field: `arguments.ticket_id: expected
/// integer, got string`.
pub fn validate(schema: &Value, arguments: Option<&Value>) -> Result<(), Vec<String>> {
    let empty = Value::Object(Map::new());
    let value = arguments.unwrap_or(&empty);
    let mut c = Checker {
        root: schema,
        errors: Vec::new(),
        steps: 0,
    };
    let mut path = String::from("arguments");
    c.check(schema, value, &mut path, 0);
    if c.errors.is_empty() {
        Ok(())
    } else {
        Err(c.errors)
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        "number" => v.is_number(),
        "integer" => match v {
            Value::Number(n) => {
                n.is_i64()
                    || n.is_u64()
                    || n.as_f64()
                        .is_some_and(|f| f.is_finite() && f.fract() == 0.0)
            }
            _ => false,
        },
        // Unknown type names accept (the schema's problem, not the caller's).
        _ => true,
    }
}

/// JSON equality with numbers compared by value (`1` equals `1.0`).
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
                x == y
            } else if let (Some(x), Some(y)) = (x.as_u64(), y.as_u64()) {
                x == y
            } else {
                x.as_f64() == y.as_f64()
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// `.name` for plain keys, `["we ird"]` otherwise; client keys are cut short.
fn push_key(path: &mut String, key: &str) {
    let plain = !key.is_empty()
        && key.len() <= 64
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '$'));
    if plain {
        path.push('.');
        path.push_str(key);
    } else {
        let shown = super::scan::sanitize(key, 32);
        path.push('[');
        path.push_str(&serde_json::to_string(&shown).unwrap_or_default());
        path.push(']');
    }
}

fn expected_types(schema: &Map<String, Value>) -> Option<Vec<&str>> {
    match schema.get("type")? {
        Value::String(t) => Some(vec![t.as_str()]),
        Value::Array(ts) => Some(ts.iter().filter_map(Value::as_str).collect()),
        _ => None,
    }
}

impl Checker<'_> {
    fn err(&mut self, path: &str, msg: impl std::fmt::Display) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(format!("{path}: {msg}"));
        }
    }

    fn full(&self) -> bool {
        self.errors.len() >= MAX_ERRORS || self.steps > MAX_STEPS
    }

    fn resolve<'r>(root: &'r Value, reference: &str) -> Option<&'r Value> {
        let rest = reference.strip_prefix("#/")?;
        let mut node = root;
        for part in rest.split('/') {
            let part = part.replace("~1", "/").replace("~0", "~");
            node = node.get(part.as_str())?;
        }
        Some(node)
    }

    fn check(&mut self, schema: &Value, value: &Value, path: &mut String, depth: usize) {
        self.steps += 1;
        if depth > MAX_CHECK_DEPTH || self.full() {
            return;
        }
        let obj = match schema {
            Value::Bool(false) => {
                self.err(path, "not allowed here");
                return;
            }
            Value::Object(o) => o,
            _ => return,
        };
        if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
            if let Some(target) = Self::resolve(self.root, r) {
                self.check(target, value, path, depth + 1);
            }
        }
        if let Some(types) = expected_types(obj) {
            if !types.iter().any(|t| is_type(value, t)) {
                self.err(
                    path,
                    format!("expected {}, got {}", types.join(" or "), type_name(value)),
                );
                return;
            }
        }
        if let Some(allowed) = obj.get("enum").and_then(Value::as_array) {
            if !allowed.iter().any(|a| json_eq(a, value)) {
                let shown: Vec<String> = allowed.iter().take(8).map(Value::to_string).collect();
                let more = if allowed.len() > 8 { ", …" } else { "" };
                self.err(path, format!("must be one of {}{more}", shown.join(", ")));
            }
        }
        if let Some(c) = obj.get("const") {
            if !json_eq(c, value) {
                self.err(path, format!("must be {c}"));
            }
        }
        self.alternatives(obj, value, path, depth);
        match value {
            Value::String(s) => self.string(obj, s, path),
            Value::Number(n) => {
                if let Some(f) = n.as_f64() {
                    self.number(obj, f, path);
                }
            }
            Value::Array(items) => self.array(obj, items, path, depth),
            Value::Object(map) => self.object(obj, map, path, depth),
            _ => {}
        }
    }

    fn alternatives(
        &mut self,
        obj: &Map<String, Value>,
        value: &Value,
        path: &mut String,
        depth: usize,
    ) {
        if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
            for s in all {
                self.check(s, value, path, depth + 1);
            }
        }
        for key in ["anyOf", "oneOf"] {
            let Some(options) = obj.get(key).and_then(Value::as_array) else {
                continue;
            };
            if options.is_empty() {
                continue;
            }
            let mut matched = false;
            let mut first_errors = None;
            for s in options {
                let mut trial = Checker {
                    root: self.root,
                    errors: Vec::new(),
                    steps: self.steps,
                };
                let mut p = path.clone();
                trial.check(s, value, &mut p, depth + 1);
                self.steps = trial.steps;
                if trial.errors.is_empty() {
                    matched = true;
                    break;
                }
                if first_errors.is_none() {
                    first_errors = Some(trial.errors);
                }
            }
            if !matched {
                // `anyOf: [{type: integer}, {type: null}]` (pydantic's
                // Optional) reads best as "expected integer or null".
                let types: Option<Vec<&str>> = options
                    .iter()
                    .map(|s| {
                        let o = s.as_object()?;
                        let t = expected_types(o)?;
                        (o.len() == 1 && t.len() == 1)
                            .then(|| t.first().copied())
                            .flatten()
                    })
                    .collect();
                match types {
                    Some(ts) => self.err(
                        path,
                        format!("expected {}, got {}", ts.join(" or "), type_name(value)),
                    ),
                    None if options.len() == 1 => {
                        for e in first_errors.unwrap_or_default() {
                            if self.errors.len() < MAX_ERRORS {
                                self.errors.push(e);
                            }
                        }
                    }
                    None => self.err(
                        path,
                        format!("matches none of the {} allowed forms", options.len()),
                    ),
                }
            }
        }
    }

    fn string(&mut self, obj: &Map<String, Value>, s: &str, path: &str) {
        let n = s.chars().count() as u64;
        if let Some(max) = obj.get("maxLength").and_then(Value::as_u64) {
            if n > max {
                self.err(path, format!("longer than {max} characters"));
            }
        }
        if let Some(min) = obj.get("minLength").and_then(Value::as_u64) {
            if n < min {
                self.err(path, format!("shorter than {min} characters"));
            }
        }
    }

    fn number(&mut self, obj: &Map<String, Value>, f: f64, path: &str) {
        let bound = |k: &str| obj.get(k).and_then(Value::as_f64);
        if let Some(m) = bound("minimum") {
            if f < m {
                self.err(path, format!("must be at least {m}"));
            }
        }
        if let Some(m) = bound("maximum") {
            if f > m {
                self.err(path, format!("must be at most {m}"));
            }
        }
        if let Some(m) = bound("exclusiveMinimum") {
            if f <= m {
                self.err(path, format!("must be greater than {m}"));
            }
        }
        if let Some(m) = bound("exclusiveMaximum") {
            if f >= m {
                self.err(path, format!("must be less than {m}"));
            }
        }
    }

    fn array(
        &mut self,
        obj: &Map<String, Value>,
        items: &[Value],
        path: &mut String,
        depth: usize,
    ) {
        let n = items.len() as u64;
        if let Some(max) = obj.get("maxItems").and_then(Value::as_u64) {
            if n > max {
                self.err(path, format!("more than {max} items"));
            }
        }
        if let Some(min) = obj.get("minItems").and_then(Value::as_u64) {
            if n < min {
                self.err(path, format!("fewer than {min} items"));
            }
        }
        let len = path.len();
        match obj.get("items") {
            Some(Value::Array(tuple)) => {
                for (i, (s, v)) in tuple.iter().zip(items).enumerate() {
                    path.push_str(&format!("[{i}]"));
                    self.check(s, v, path, depth + 1);
                    path.truncate(len);
                }
            }
            Some(s) => {
                for (i, v) in items.iter().enumerate() {
                    if self.full() {
                        break;
                    }
                    path.push_str(&format!("[{i}]"));
                    self.check(s, v, path, depth + 1);
                    path.truncate(len);
                }
            }
            None => {}
        }
    }

    fn object(
        &mut self,
        obj: &Map<String, Value>,
        map: &Map<String, Value>,
        path: &mut String,
        depth: usize,
    ) {
        let len = path.len();
        if let Some(required) = obj.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    push_key(path, name);
                    self.err(path, "required");
                    path.truncate(len);
                }
            }
        }
        let props = obj.get("properties").and_then(Value::as_object);
        let extra = obj.get("additionalProperties");
        for (k, v) in map {
            if self.full() {
                break;
            }
            push_key(path, k);
            match props.and_then(|p| p.get(k)) {
                Some(s) => self.check(s, v, path, depth + 1),
                None => match extra {
                    Some(Value::Bool(false)) => {
                        self.err(path, "unexpected property (additionalProperties is false)")
                    }
                    Some(s) => self.check(s, v, path, depth + 1),
                    None => {}
                },
            }
            path.truncate(len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The schema pydantic (MCP Python SDK) emits for a tool with a nested
    /// model, an Optional, a list and a Literal.
    fn ticket_schema() -> Value {
        json!({
            "type": "object",
            "title": "create_ticketArguments",
            "properties": {
                "ticket_id": {"type": "integer", "title": "Ticket Id", "minimum": 1},
                "title": {"type": "string", "maxLength": 10, "minLength": 1, "description": "short"},
                "tags": {"type": "array", "items": {"type": "string", "maxLength": 5}, "maxItems": 2},
                "priority": {"enum": ["low", "high"], "type": "string"},
                "assignee": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": null},
                "owner": {"$ref": "#/$defs/Person"},
                "ratio": {"type": "number", "exclusiveMaximum": 1}
            },
            "required": ["ticket_id", "title"],
            "additionalProperties": false,
            "$defs": {
                "Person": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
                    "required": ["name"]
                }
            }
        })
    }

    #[test]
    fn argument_checks_name_the_field_and_the_problem() {
        let schema = compact(&ticket_schema());
        let cases: &[(&str, Value, Option<&str>)] = &[
            (
                "a valid call passes",
                json!({"ticket_id": 7, "title": "Printer"}),
                None,
            ),
            (
                "an integral float is an integer",
                json!({"ticket_id": 7.0, "title": "x"}),
                None,
            ),
            (
                "optional fields may be null",
                json!({"ticket_id": 1, "title": "x", "assignee": null}),
                None,
            ),
            (
                "wrong type",
                json!({"ticket_id": "7", "title": "x"}),
                Some("arguments.ticket_id: expected integer, got string"),
            ),
            (
                "missing required",
                json!({"title": "x"}),
                Some("arguments.ticket_id: required"),
            ),
            (
                "no arguments at all",
                Value::Null,
                Some("arguments: expected object, got null"),
            ),
            (
                "unknown property",
                json!({"ticket_id": 1, "title": "x", "notes": "~/.ssh/id_rsa"}),
                Some("arguments.notes: unexpected property (additionalProperties is false)"),
            ),
            (
                "string too long",
                json!({"ticket_id": 1, "title": "01234567890"}),
                Some("arguments.title: longer than 10 characters"),
            ),
            (
                "string too short",
                json!({"ticket_id": 1, "title": ""}),
                Some("arguments.title: shorter than 1 characters"),
            ),
            (
                "too many items",
                json!({"ticket_id": 1, "title": "x", "tags": ["a", "b", "c"]}),
                Some("arguments.tags: more than 2 items"),
            ),
            (
                "a bad array item",
                json!({"ticket_id": 1, "title": "x", "tags": ["a", 5]}),
                Some("arguments.tags[1]: expected string, got integer"),
            ),
            (
                "nested item too long",
                json!({"ticket_id": 1, "title": "x", "tags": ["abcdef"]}),
                Some("arguments.tags[0]: longer than 5 characters"),
            ),
            (
                "enum",
                json!({"ticket_id": 1, "title": "x", "priority": "urgent"}),
                Some("arguments.priority: must be one of \"low\", \"high\""),
            ),
            (
                "anyOf reads as alternatives",
                json!({"ticket_id": 1, "title": "x", "assignee": 3}),
                Some("arguments.assignee: expected string or null, got integer"),
            ),
            (
                "a $ref'd nested object",
                json!({"ticket_id": 1, "title": "x", "owner": {"age": "old"}}),
                Some("arguments.owner.name: required"),
            ),
            (
                "minimum",
                json!({"ticket_id": 0, "title": "x"}),
                Some("arguments.ticket_id: must be at least 1"),
            ),
            (
                "exclusiveMaximum",
                json!({"ticket_id": 1, "title": "x", "ratio": 1}),
                Some("arguments.ratio: must be less than 1"),
            ),
            (
                "odd keys are quoted and sanitized",
                json!({"ticket_id": 1, "title": "x", "a b\u{200b}": 1}),
                Some("arguments[\"a b\\\\u{200b}\"]: unexpected property"),
            ),
        ];
        for (why, args, want) in cases {
            let got = validate(&schema, Some(args));
            match want {
                None => assert_eq!(got, Ok(()), "{why}"),
                Some(w) => {
                    let errs = got.expect_err(why);
                    assert!(errs.iter().any(|e| e.starts_with(w)), "{why}: {errs:?}");
                }
            }
        }
    }

    #[test]
    fn absent_arguments_are_an_empty_object() {
        let schema = compact(&ticket_schema());
        let errs = validate(&schema, None).unwrap_err();
        assert_eq!(
            errs,
            vec!["arguments.ticket_id: required", "arguments.title: required"]
        );
        assert_eq!(validate(&json!({"type": "object"}), None), Ok(()));
    }

    #[test]
    fn compaction_keeps_only_what_validation_reads() {
        let c = compact(&ticket_schema());
        let text = c.to_string();
        assert!(
            !text.contains("Ticket Id") && !text.contains("short") && !text.contains("default")
        );
        assert_eq!(c["properties"]["title"]["maxLength"], 10);
        assert_eq!(c["$defs"]["Person"]["required"][0], "name");
    }

    #[test]
    fn hostile_schemas_neither_loop_nor_refuse() {
        // A $ref cycle that never consumes input.
        let cyc = json!({"$ref": "#/$defs/A", "$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}});
        assert_eq!(validate(&cyc, Some(&json!({"x": 1}))), Ok(()));
        // Unknown refs and types accept.
        let odd = json!({"type": "object", "properties": {"a": {"$ref": "http://x/y"}, "b": {"type": "decimal"}}});
        assert_eq!(validate(&odd, Some(&json!({"a": 1, "b": "2"}))), Ok(()));
        // A deep value against a recursive schema stays bounded.
        let tree = json!({"$ref": "#/$defs/T", "$defs": {"T": {"type": "object", "properties": {"c": {"$ref": "#/$defs/T"}}}}});
        let mut v = json!({});
        for _ in 0..100 {
            v = json!({"c": v});
        }
        assert_eq!(validate(&tree, Some(&v)), Ok(()));
    }

    #[test]
    fn at_most_five_errors_are_reported() {
        let schema = json!({"type": "object", "additionalProperties": false});
        let args: Map<String, Value> = (0..50).map(|i| (format!("k{i}"), json!(i))).collect();
        let errs = validate(&schema, Some(&Value::Object(args))).unwrap_err();
        assert_eq!(errs.len(), 5);
    }
}
