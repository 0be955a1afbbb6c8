//! Curated collections: named sets of tools, prompts and resources drawn
//! from one or more registry servers, exposed on a route (path, host, route
//! or cluster name). A request that arrives through a collection's route
//! sees only the collection's items in list answers (intersected with what
//! the caller's grants allow: every stage filters lists), and a call to
//! anything outside it is answered exactly like an unknown tool. A request
//! that matches no collection is not narrowed.
//!
//! Config contract: the top-level `collections` array deserializes into
//! [`CollectionConfig`]s; [`Collections::compile`] validates them against
//! the registry and the catalog (errors name the JSON path and the fix).

use crate::catalog::{self, AnnotationsConfig, Catalog, ToolFacts, ToolMatchConfig, ToolSelector};
use crate::config::ServerMatch;
use crate::error::ConfigError;
use crate::glob::GlobSet;
use crate::policy::{RouteFacts, ServerMatcher};
use serde::Deserialize;
use std::collections::HashSet;

/// `collections[i]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CollectionConfig {
    /// 1-63 of a-z 0-9 - _ (a metric label and an audit field).
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Where the collection is offered: the same fields as `servers[].match`
    /// (all given must hold). Collections are tried in order; the first
    /// whose `expose` matches applies.
    pub expose: ServerMatch,
    /// What it holds: any entry may contribute.
    pub include: Vec<IncludeConfig>,
}

/// `collections[i].include[j]`: items of some servers.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IncludeConfig {
    /// Registry server names, or `"*"`.
    pub servers: Vec<String>,
    /// Tool name globs.
    #[serde(default)]
    pub tools: Vec<String>,
    /// Tools with any of these operator tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Tools whose (trusted) annotations have these values.
    #[serde(default)]
    pub annotations: Option<AnnotationsConfig>,
    #[serde(default)]
    pub prompts: Vec<String>,
    /// Resource URI (and URI template) globs.
    #[serde(default)]
    pub resources: Vec<String>,
}

#[derive(Debug, Clone)]
struct Named {
    /// None: every server.
    servers: Option<Vec<usize>>,
    globs: GlobSet,
}

#[derive(Debug, Clone)]
pub struct Collection {
    pub name: String,
    expose: ServerMatcher,
    tools: ToolSelector,
    prompts: Vec<Named>,
    resources: Vec<Named>,
}

#[derive(Debug, Clone, Default)]
pub struct Collections {
    list: Vec<Collection>,
}

impl Collection {
    /// Whether the tool belongs to the collection (exact names: a
    /// collection grants, so lookalikes never slip in).
    pub fn has_tool(&self, catalog: &Catalog, tool: &ToolFacts<'_>) -> bool {
        self.tools.matches(catalog, tool, false)
    }

    pub fn has_prompt(&self, server: usize, name: &str) -> bool {
        Self::has(&self.prompts, server, name)
    }

    pub fn has_resource(&self, server: usize, uri: &str) -> bool {
        Self::has(&self.resources, server, uri)
    }

    fn has(list: &[Named], server: usize, name: &str) -> bool {
        list.iter().any(|n| {
            n.servers.as_ref().is_none_or(|s| s.contains(&server)) && n.globs.is_match(name)
        })
    }
}

impl Collections {
    pub fn compile(
        raw: &[CollectionConfig],
        server_names: &[&str],
        catalog: &Catalog,
    ) -> Result<Collections, ConfigError> {
        let mut list = Vec::with_capacity(raw.len());
        let mut seen = HashSet::new();
        for (i, c) in raw.iter().enumerate() {
            let path = format!("collections[{i}]");
            catalog::check_word(&format!("{path}.name"), &c.name)?;
            if !seen.insert(c.name.clone()) {
                return Err(ConfigError::new(
                    format!("{path}.name"),
                    format!("duplicate collection name {:?}", c.name),
                ));
            }
            let expose = ServerMatcher::compile(&format!("{path}.expose"), c.expose.clone())?;
            if c.include.is_empty() {
                return Err(ConfigError::new(
                    format!("{path}.include"),
                    "name what the collection holds: [{\"servers\": [\"ops\"], \"tools\": [\"restart_*\"]}]",
                ));
            }
            let mut tool_alts = Vec::new();
            let mut prompts = Vec::new();
            let mut resources = Vec::new();
            for (j, inc) in c.include.iter().enumerate() {
                let at = format!("{path}.include[{j}]");
                let servers = servers_of(&at, &inc.servers, server_names)?;
                let has_tools =
                    !inc.tools.is_empty() || !inc.tags.is_empty() || inc.annotations.is_some();
                if !has_tools && inc.prompts.is_empty() && inc.resources.is_empty() {
                    return Err(ConfigError::new(
                        at,
                        "holds nothing; give tools, tags, annotations, prompts or resources",
                    ));
                }
                if has_tools {
                    tool_alts.push(ToolMatchConfig {
                        servers: inc.servers.clone(),
                        // Tags or annotations alone: any tool that has them.
                        tools: if inc.tools.is_empty() {
                            vec!["*".into()]
                        } else {
                            inc.tools.clone()
                        },
                        tags: inc.tags.clone(),
                        annotations: inc.annotations.clone(),
                        data_domains: Vec::new(),
                    });
                }
                for (field, globs, out) in [
                    ("prompts", &inc.prompts, &mut prompts),
                    ("resources", &inc.resources, &mut resources),
                ] {
                    if let Some(k) = globs.iter().position(String::is_empty) {
                        return Err(ConfigError::new(
                            format!("{at}.{field}[{k}]"),
                            "empty pattern; use \"*\" for everything",
                        ));
                    }
                    if !globs.is_empty() {
                        out.push(Named {
                            servers: servers.clone(),
                            globs: GlobSet::new(globs),
                        });
                    }
                }
            }
            // Paths of the selector errors: the include entries' own
            // fields, so compile each tool entry on its own.
            let mut tools = ToolSelector::default();
            if !tool_alts.is_empty() {
                let with_tools: Vec<usize> = c
                    .include
                    .iter()
                    .enumerate()
                    .filter(|(_, inc)| {
                        !inc.tools.is_empty() || !inc.tags.is_empty() || inc.annotations.is_some()
                    })
                    .map(|(j, _)| j)
                    .collect();
                for (alt, j) in tool_alts.iter().zip(with_tools) {
                    ToolSelector::compile(
                        &format!("{path}.include[{j}]"),
                        std::slice::from_ref(alt),
                        catalog,
                    )
                    .map_err(|e| ConfigError::new(strip_index(&e.path), e.message))?;
                }
                tools = ToolSelector::compile(&format!("{path}.include"), &tool_alts, catalog)?;
            }
            list.push(Collection {
                name: c.name.clone(),
                expose,
                tools,
                prompts,
                resources,
            });
        }
        Ok(Collections { list })
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The collection offered where this request goes, if any.
    pub fn matching(&self, facts: &RouteFacts<'_>) -> Option<&Collection> {
        self.list.iter().find(|c| c.expose.matches(facts))
    }

    pub fn get(&self, index: usize) -> Option<&Collection> {
        self.list.get(index)
    }

    pub fn position(&self, facts: &RouteFacts<'_>) -> Option<usize> {
        self.list.iter().position(|c| c.expose.matches(facts))
    }

    /// Whether any collection matches on the route name / the cluster.
    pub fn needs_route_facts(&self) -> (bool, bool) {
        self.list.iter().fold((false, false), |(r, c), x| {
            let (r2, c2) = x.expose.needs_route_facts();
            (r || r2, c || c2)
        })
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.list.iter().map(|c| c.name.as_str())
    }
}

/// `collections[0].include[1][0].tools` → `collections[0].include[1].tools`
/// (a one-entry selector adds its own index).
fn strip_index(path: &str) -> String {
    path.replacen("][0]", "]", 1)
}

fn servers_of(
    at: &str,
    names: &[String],
    server_names: &[&str],
) -> Result<Option<Vec<usize>>, ConfigError> {
    if names.is_empty() {
        return Err(ConfigError::new(
            format!("{at}.servers"),
            "name the registry servers these items come from, or \"*\"",
        ));
    }
    if names.iter().any(|n| n == "*") {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(names.len());
    for (k, n) in names.iter().enumerate() {
        match server_names.iter().position(|s| s == n) {
            Some(i) => out.push(i),
            None => {
                return Err(ConfigError::new(
                    format!("{at}.servers[{k}]"),
                    format!(
                        "unknown server {n:?}; declared servers are: {}",
                        server_names.join(", ")
                    ),
                ))
            }
        }
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{CatalogEntryConfig, Hints, ServerInput};
    use serde_json::json;

    fn compile(v: serde_json::Value) -> Result<Collections, ConfigError> {
        let raw: Vec<CollectionConfig> = serde_json::from_value(v).unwrap();
        let ops: Vec<CatalogEntryConfig> =
            vec![
                serde_json::from_value(json!({"tools": ["restart_*"], "tags": ["runbook"]}))
                    .unwrap(),
            ];
        let catalog = Catalog::compile(&[
            ServerInput {
                name: "ops",
                data_domain: "operations",
                catalog: &ops,
            },
            ServerInput {
                name: "tickets",
                data_domain: "support",
                catalog: &[],
            },
        ])
        .unwrap();
        Collections::compile(&raw, &["ops", "tickets"], &catalog)
    }

    fn facts(path: &str) -> RouteFacts<'_> {
        RouteFacts {
            path,
            ..RouteFacts::default()
        }
    }

    const NONE: &dyn Fn() -> Option<Hints> = &|| None;

    #[test]
    fn a_route_offers_only_its_collection() {
        let cs = compile(json!([
            {"name": "devops", "expose": {"pathPrefix": "/mcp/devops"},
             "include": [{"servers": ["ops"], "tools": ["list_*"], "tags": []},
                         {"servers": ["ops"], "tags": ["runbook"], "prompts": ["incident_*"]},
                         {"servers": ["tickets"], "tools": ["get_ticket"], "resources": ["runbooks://*"]}]}
        ]))
        .unwrap();
        assert!(cs.matching(&facts("/mcp")).is_none());
        let c = cs.matching(&facts("/mcp/devops/x")).unwrap();
        let catalog = Catalog::compile(&[
            ServerInput {
                name: "ops",
                data_domain: "o",
                catalog: &[serde_json::from_value(
                    json!({"tools": ["restart_*"], "tags": ["runbook"]}),
                )
                .unwrap()],
            },
            ServerInput {
                name: "tickets",
                data_domain: "s",
                catalog: &[],
            },
        ])
        .unwrap();
        let has = |server, name| c.has_tool(&catalog, &ToolFacts::new(server, name, NONE));
        assert!(has(0, "list_services"));
        assert!(has(0, "restart_web"));
        assert!(!has(0, "delete_backup"));
        assert!(!has(0, "LIST_services"));
        assert!(!has(1, "list_services"));
        assert!(has(1, "get_ticket"));
        assert!(c.has_prompt(0, "incident_summary"));
        assert!(!c.has_prompt(1, "incident_summary"));
        assert!(c.has_resource(1, "runbooks://restart"));
        assert!(!c.has_resource(0, "runbooks://restart"));
    }

    #[test]
    fn config_errors_name_the_path_and_the_fix() {
        let cases = [
            (
                json!([{"name": "Dev Ops", "expose": {"pathPrefix": "/d"}, "include": [{"servers": ["ops"], "tools": ["*"]}]}]),
                "collections[0].name",
            ),
            (
                json!([{"name": "d", "expose": {}, "include": [{"servers": ["ops"], "tools": ["*"]}]}]),
                "collections[0].expose",
            ),
            (
                json!([{"name": "d", "expose": {"pathPrefix": "/d"}, "include": []}]),
                "collections[0].include",
            ),
            (
                json!([{"name": "d", "expose": {"pathPrefix": "/d"}, "include": [{"servers": ["nope"], "tools": ["*"]}]}]),
                "collections[0].include[0].servers[0]",
            ),
            (
                json!([{"name": "d", "expose": {"pathPrefix": "/d"}, "include": [{"servers": ["ops"]}]}]),
                "collections[0].include[0]",
            ),
            (
                json!([{"name": "d", "expose": {"pathPrefix": "/d"}, "include": [{"servers": ["ops"], "prompts": ["a"]}, {"servers": ["ops"], "tags": ["nope"]}]}]),
                "collections[0].include[1].tags[0]",
            ),
            (
                json!([{"name": "d", "expose": {"pathPrefix": "/d"}, "include": [{"servers": ["ops"], "tools": ["*"]}]},
                       {"name": "d", "expose": {"pathPrefix": "/e"}, "include": [{"servers": ["ops"], "tools": ["*"]}]}]),
                "collections[1].name",
            ),
        ];
        for (v, path) in cases {
            let e = compile(v).unwrap_err();
            assert_eq!(e.path, path, "{e}");
        }
    }
}
