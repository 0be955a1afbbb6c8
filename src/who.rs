//! Who a rule applies to: the one matcher of identities that the ACL,
//! quotas, step-up and approval rules share.

use crate::error::ConfigError;
use crate::glob::GlobSet;
use crate::identity::Identity;
use serde::Deserialize;

/// Every field given must match (AND); within a list any entry may (OR).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct WhoConfig {
    #[serde(default)]
    pub anyone: bool,
    #[serde(default)]
    pub subjects: Vec<String>,
    #[serde(default)]
    pub agents: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub scopes: Vec<String>,
    #[serde(default)]
    pub spiffe_ids: Vec<String>,
}

/// Who a rule applies to (`rules[].who`, also `quotas.rules[].who`).
#[derive(Debug, Clone, Default)]
pub struct Who {
    anyone: bool,
    subjects: GlobSet,
    agents: GlobSet,
    groups: GlobSet,
    scopes: GlobSet,
    spiffe_ids: GlobSet,
}

impl Who {
    /// Everyone, anonymous callers included.
    pub fn anyone() -> Who {
        Who {
            anyone: true,
            ..Who::default()
        }
    }

    /// Validates and compiles a `who` object; `if_empty` says how to fix an
    /// empty one in this context.
    pub fn compile(path: &str, w: WhoConfig, if_empty: &str) -> Result<Who, ConfigError> {
        let named = !(w.subjects.is_empty()
            && w.agents.is_empty()
            && w.groups.is_empty()
            && w.scopes.is_empty()
            && w.spiffe_ids.is_empty());
        if w.anyone && named {
            return Err(ConfigError::new(
                format!("{path}.who"),
                "\"anyone\": true cannot be combined with other fields",
            ));
        }
        if !w.anyone && !named {
            return Err(ConfigError::new(
                format!("{path}.who"),
                format!(
                    "is empty; name subjects, agents, groups, scopes or spiffeIds, or {if_empty}"
                ),
            ));
        }
        Ok(Who {
            anyone: w.anyone,
            subjects: GlobSet::new(&w.subjects),
            agents: GlobSet::new(&w.agents),
            groups: GlobSet::new(&w.groups),
            scopes: GlobSet::new(&w.scopes),
            spiffe_ids: GlobSet::new(&w.spiffe_ids),
        })
    }

    pub fn matches(&self, id: &Identity) -> bool {
        if self.anyone {
            return true;
        }
        let one = |set: &GlobSet, v: &Option<String>| {
            set.is_empty() || v.as_deref().is_some_and(|v| set.is_match(v))
        };
        let many = |set: &GlobSet, v: &[String]| {
            set.is_empty() || set.any_match(v.iter().map(String::as_str))
        };
        one(&self.subjects, &id.subject)
            && one(&self.agents, &id.agent)
            && one(&self.spiffe_ids, &id.spiffe_id)
            && many(&self.groups, &id.groups)
            && many(&self.scopes, &id.scopes)
    }
}
