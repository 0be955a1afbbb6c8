//! Credential injection, no token passthrough, OAuth resource-server manners (issue 6).
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `oauth` section deserializes into [`OAuthConfig`], each server's optional
//! `credentials` section into [`ServerCredentialsConfig`]; [`Credentials::compile`] validates both in one
//! fallible step (errors name the JSON path) and returns the runtime form.

use crate::config::ConfigError;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct OAuthConfig {}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerCredentialsConfig {}

#[derive(Debug, Clone, Default)]
pub struct Credentials {}

impl Credentials {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].credentials`.
    pub fn compile(
        top: Option<OAuthConfig>,
        servers: &[(String, Option<ServerCredentialsConfig>)],
    ) -> Result<Credentials, ConfigError> {
        let _ = (top, servers);
        Ok(Credentials {})
    }
}
