//! Token scopes that narrow a caller (task scopes) and tools that need more
//! scope than the caller has (step-up).
//!
//! Task scopes: with `oauth.taskScopePrefix` = `mcp:`, a scope
//! `mcp:<server>:<tool-glob>` (server a registered name or `*`) makes the
//! token task-scoped. A task-scoped token may call, and sees in `tools/list`,
//! only tools matching one of its task scopes for that server, on top of what
//! the policy allows (policy ∩ token). A token without any task scope is not
//! narrowed. Scopes that start with the prefix but lack `<server>:<glob>`
//! are ordinary scopes. Task-scope globs match names exactly as sent, like
//! allow rules.
//!
//! Step-up: a tool matching a `stepUp` entry needs all of its scopes; globs
//! match like deny rules (also the case-folded and confusable-skeleton forms
//! of the name), so `Delete_ticket` cannot dodge `delete_*`.

use super::config::StepUpConfig;
use super::http;
use crate::error::ConfigError;
use crate::glob::{Glob, GlobSet};
use crate::names;

/// Bounds work per decision, whatever the token carries.
const MAX_SCOPES_CONSIDERED: usize = 256;

#[derive(Debug, Clone)]
pub(crate) struct StepUp {
    exact: GlobSet,
    folded: GlobSet,
    skeleton: GlobSet,
    pub scopes: Vec<String>,
}

impl StepUp {
    pub(crate) fn matches(&self, tool: &str) -> bool {
        self.exact.is_match(tool)
            || self.folded.is_match(&names::folded(tool))
            || self.skeleton.is_match(&names::skeleton(tool))
    }
}

pub(crate) fn compile_step_up(
    path: &str,
    list: &[StepUpConfig],
) -> Result<Vec<StepUp>, ConfigError> {
    let mut out = Vec::with_capacity(list.len());
    for (k, s) in list.iter().enumerate() {
        let p = format!("{path}[{k}]");
        if s.tools.is_empty() {
            return Err(ConfigError::new(
                format!("{p}.tools"),
                "name at least one tool (globs such as \"delete_*\" work)",
            ));
        }
        if let Some(j) = s.tools.iter().position(|t| t.is_empty()) {
            return Err(ConfigError::new(
                format!("{p}.tools[{j}]"),
                "empty pattern; use \"*\" for every tool",
            ));
        }
        let scopes: Vec<String> = s.scope.split_ascii_whitespace().map(String::from).collect();
        if scopes.is_empty() {
            return Err(ConfigError::new(
                format!("{p}.scope"),
                "name the scope the tool needs, e.g. \"tickets:admin\"",
            ));
        }
        if let Some(bad) = scopes.iter().find(|s| !http::scope_token_ok(s)) {
            return Err(ConfigError::new(
                format!("{p}.scope"),
                format!("{bad:?} is not an OAuth scope (printable ASCII without '\"' or '\\')"),
            ));
        }
        let folded: Vec<String> = s.tools.iter().map(|t| names::folded(t)).collect();
        let skeleton: Vec<String> = s.tools.iter().map(|t| names::skeleton_glob(t)).collect();
        out.push(StepUp {
            exact: GlobSet::new(&s.tools),
            folded: GlobSet::new(&folded),
            skeleton: GlobSet::new(&skeleton),
            scopes,
        });
    }
    Ok(out)
}

pub(crate) fn check_prefix(prefix: &str) -> Result<(), ConfigError> {
    if prefix.is_empty() || prefix.len() > 64 || !http::scope_token_ok(prefix) {
        return Err(ConfigError::new(
            "oauth.taskScopePrefix",
            "must be 1-64 printable ASCII characters without spaces, e.g. \"mcp:\"",
        ));
    }
    Ok(())
}

/// The `(server, tool-glob)` parts of the token's task scopes.
pub(crate) fn task_scopes<'a>(
    prefix: &str,
    scopes: &'a [String],
) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
    let prefix = prefix.to_string();
    scopes
        .iter()
        .take(MAX_SCOPES_CONSIDERED)
        .filter_map(move |s| {
            let rest = s.strip_prefix(prefix.as_str())?;
            let (server, glob) = rest.split_once(':')?;
            (!server.is_empty() && !glob.is_empty()).then_some((server, glob))
        })
}

/// Policy ∩ token: false only when the token is task-scoped and none of its
/// task scopes covers this server and tool.
pub(crate) fn task_allows(prefix: &str, server: &str, tool: &str, scopes: &[String]) -> bool {
    let mut any = false;
    for (s, glob) in task_scopes(prefix, scopes) {
        any = true;
        if (s == server || s == "*") && Glob::new(glob).is_match(tool) {
            return true;
        }
    }
    !any
}

/// Scopes required for `tool` (all matching entries), and those the token lacks.
pub(crate) fn required_and_missing(
    step_up: &[StepUp],
    tool: &str,
    scopes: &[String],
) -> (Vec<String>, Vec<String>) {
    let mut required: Vec<String> = Vec::new();
    for s in step_up.iter().filter(|s| s.matches(tool)) {
        for sc in &s.scopes {
            if !required.contains(sc) {
                required.push(sc.clone());
            }
        }
    }
    let held = |sc: &String| scopes.iter().take(MAX_SCOPES_CONSIDERED).any(|t| t == sc);
    let missing = required.iter().filter(|sc| !held(sc)).cloned().collect();
    (required, missing)
}

/// The `scope` of an `insufficient_scope` challenge: the scopes the token
/// already has (so re-authorizing does not lose them: the MCP 2025-11-25
/// "recommended approach") followed by the missing ones. Only well-formed
/// scope tokens, bounded.
pub(crate) fn step_up_scope(held: &[String], missing: &[String]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for s in held
        .iter()
        .take(64)
        .chain(missing.iter())
        .filter(|s| http::scope_token_ok(s) && s.len() <= 128)
    {
        if !out.contains(&s.as_str()) {
            out.push(s);
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn step_up_globs_also_catch_folded_and_confusable_names() {
        let s = compile_step_up(
            "p",
            &[StepUpConfig {
                tools: v(&["delete_*"]),
                scope: "tickets:admin".into(),
            }],
        )
        .unwrap();
        for (tool, want) in [
            ("delete_ticket", true),
            ("Delete_Ticket", true),
            ("ｄｅｌｅｔｅ_ticket", true),
            ("dеlete_ticket", true), // Cyrillic е
            ("get_ticket", false),
        ] {
            assert_eq!(s[0].matches(tool), want, "{tool}");
        }
    }

    #[test]
    fn malformed_prefixed_scopes_are_ordinary_scopes() {
        let scopes = v(&["mcp:read", "mcp::x", "mcp:tickets:", "openid"]);
        assert_eq!(task_scopes("mcp:", &scopes).count(), 0);
        assert!(task_allows("mcp:", "tickets", "anything", &scopes));
    }
}
