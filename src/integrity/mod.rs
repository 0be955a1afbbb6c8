//! Tool integrity: description scanning, pinning, argument validation, server-initiated requests (issue 7).
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `integrity` section deserializes into [`IntegrityConfig`], each server's optional
//! `integrity` section into [`ServerIntegrityConfig`]; [`Integrity::compile`] validates both in one
//! fallible step (errors name the JSON path) and returns the runtime form.

use crate::config::ConfigError;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IntegrityConfig {}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerIntegrityConfig {}

#[derive(Debug, Clone, Default)]
pub struct Integrity {}

impl Integrity {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].integrity`.
    pub fn compile(
        top: Option<IntegrityConfig>,
        servers: &[(String, Option<ServerIntegrityConfig>)],
    ) -> Result<Integrity, ConfigError> {
        let _ = (top, servers);
        Ok(Integrity {})
    }
}
