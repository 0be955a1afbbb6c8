//! The policy's JSON Schema, generated from the filter's config types
//! (`schemars` derives behind the filter's `schema` feature), so it cannot
//! drift from what the filter parses. Published as schema/policy.schema.json;
//! a test fails when the committed file is stale.
//!
//! What a schema can say is the *structure* (`config::parse`: types, enums,
//! required and unknown members). Cross-references (a rule naming an
//! undeclared server), ranges the filter checks in code and secrets in the
//! environment are the filter's (`Policy::from_json`): `mcp-warden validate`.

use crate::core::RawConfig;
use serde_json::{json, Value};

pub fn policy_schema() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().into_generator();
    let mut generated = generator.into_root_schema_for::<RawConfig>().to_value();
    bound_integers(&mut generated);
    // Editors show the first members first: name the document up front.
    let mut v = serde_json::Map::new();
    v.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    v.insert(
        "title".into(),
        json!("mcp-warden policy (apiVersion mcp-warden/v1)"),
    );
    v.insert(
        "description".into(),
        json!("The mcp-warden filter configuration (Envoy `configuration`, Istio `pluginConfig`). \
               Generated from the filter's config types by `mcp-warden schema`; structure only: \
               `mcp-warden validate` also checks cross-references, ranges and environment variables."),
    );
    if let Value::Object(m) = generated {
        for (k, val) in m {
            if !v.contains_key(&k) {
                v.insert(k, val);
            }
        }
    }
    Value::Object(v)
}

/// schemars states unsigned integers' minimum but not their maximum; serde
/// refuses what does not fit, so the schema must too. `uint` (usize) is the
/// filter's, which runs as wasm32: 32 bits.
fn bound_integers(v: &mut Value) {
    match v {
        Value::Object(m) => {
            let max = match m.get("format").and_then(Value::as_str) {
                Some("uint8") => Some(json!(u8::MAX)),
                Some("uint16") => Some(json!(u16::MAX)),
                Some("uint32" | "uint") => Some(json!(u32::MAX)),
                Some("uint64") => Some(json!(u64::MAX)),
                _ => None,
            };
            if let Some(max) = max {
                m.entry("maximum").or_insert(max);
            }
            m.values_mut().for_each(bound_integers);
        }
        Value::Array(items) => items.iter_mut().for_each(bound_integers),
        _ => {}
    }
}

pub fn policy_schema_text() -> String {
    serde_json::to_string_pretty(&policy_schema()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed schema is what the config types generate today.
    #[test]
    fn the_published_schema_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../schema/policy.schema.json");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed.trim_end() == policy_schema_text(),
            "schema/policy.schema.json is stale: run `cargo run -q -p mcp-warden-cli -- schema > schema/policy.schema.json`"
        );
    }

    #[test]
    fn the_schema_knows_the_top_level_and_forbids_unknown_members() {
        let s = policy_schema();
        assert_eq!(s["additionalProperties"], json!(false));
        let required = s["required"].as_array().unwrap();
        for r in ["apiVersion", "servers", "defaultEffect"] {
            assert!(required.contains(&json!(r)), "{r}");
        }
        assert_eq!(
            s["properties"]["apiVersion"]["const"],
            json!("mcp-warden/v1")
        );
        assert!(s["properties"].get("$schema").is_some());
    }
}
