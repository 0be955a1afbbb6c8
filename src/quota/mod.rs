//! Quotas and cost budgets per identity, tool and server, across workers (issue 4).
//!
//! Config contract (kept by src/config.rs and src/policy.rs): the policy's
//! top-level `quotas` section deserializes into [`QuotaConfig`], each server's optional
//! `quotas` section into [`ServerQuotaConfig`]; [`Quotas::compile`] validates both in one
//! fallible step (errors name the JSON path) and returns the runtime form.

use crate::config::ConfigError;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct QuotaConfig {}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ServerQuotaConfig {}

#[derive(Debug, Clone, Default)]
pub struct Quotas {}

impl Quotas {
    /// `servers`: each registered server's name and its own section, in
    /// declaration order (index = server index); paths are `servers[i].quotas`.
    pub fn compile(
        top: Option<QuotaConfig>,
        servers: &[(String, Option<ServerQuotaConfig>)],
    ) -> Result<Quotas, ConfigError> {
        let _ = (top, servers);
        Ok(Quotas {})
    }
}
