//! DLP: secrets and personal data in tool arguments and results (issue 5).
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `dlp` section deserializes into [`DlpConfig`], each server's optional
//! `dlp` section into [`ServerDlpConfig`]; [`Dlp::compile`] validates both in one
//! fallible step (errors name the JSON path) and returns the runtime form.

use crate::config::ConfigError;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DlpConfig {}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerDlpConfig {}

#[derive(Debug, Clone, Default)]
pub struct Dlp {}

impl Dlp {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].dlp`.
    pub fn compile(
        top: Option<DlpConfig>,
        servers: &[(String, Option<ServerDlpConfig>)],
    ) -> Result<Dlp, ConfigError> {
        let _ = (top, servers);
        Ok(Dlp {})
    }
}
