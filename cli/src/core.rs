//! Every call the CLI makes into the filter's core, in one place: when the
//! core moves a function, only this file changes. Nothing here decides
//! anything itself.

pub use mcp_warden::audit::{line_hash, split_sealed_line, GENESIS};
pub use mcp_warden::config::{ConfigError, Effect, RawConfig};
pub use mcp_warden::dlp::{Direction, Verdict as DlpVerdict};
pub use mcp_warden::identity::Identity;
pub use mcp_warden::integrity::canon::tool_digest;
pub use mcp_warden::mcp::{ListKind, Target};
pub use mcp_warden::policy::{Basis, Decision, Policy, RouteFacts};
pub use mcp_warden::quota::QuotaMatch;
pub use mcp_warden::sse::{event_data, SseBuffer};

/// A config error and where it was found: `structure` (the JSON does not
/// have the policy's shape: what the JSON Schema can check too) or
/// `semantics` (cross-references, ranges, environment: only the filter can).
pub struct Invalid {
    pub stage: &'static str,
    pub error: ConfigError,
}

/// The filter's load-time check: `config::parse`, then `Policy::from_json`.
pub fn validate(text: &[u8]) -> Result<(), Invalid> {
    compile(text).map(|_| ())
}

pub fn compile(text: &[u8]) -> Result<Policy, Invalid> {
    mcp_warden::config::parse(text).map_err(|error| Invalid {
        stage: "structure",
        error,
    })?;
    Policy::from_json(text).map_err(|error| Invalid {
        stage: "semantics",
        error,
    })
}

/// `--assume-env`: the filter reads these members' variables at load time;
/// a missing one gets a placeholder long enough for an HMAC key.
pub fn assume_env(text: &[u8]) {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    if k.ends_with("Env") {
                        if let Some(name) = v.as_str() {
                            out.push(name.to_string());
                        }
                    }
                    walk(v, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(text) else {
        return;
    };
    let mut names = Vec::new();
    walk(&v, &mut names);
    for name in names {
        let valid = !name.is_empty() && !name.contains(['=', '\0']);
        if valid && std::env::var_os(&name).is_none() {
            // Single-threaded here (before any work starts).
            std::env::set_var(&name, "mcp-warden-validate-placeholder");
        }
    }
}

pub fn decide(p: &Policy, id: &Identity, server: usize, method: &str, target: &Target) -> Decision {
    p.decide(id, server, method, target)
}

pub fn server_by_name(p: &Policy, name: &str) -> Option<usize> {
    p.servers.iter().position(|s| s.name == name)
}

pub fn match_server(p: &Policy, facts: &RouteFacts<'_>) -> Option<usize> {
    p.match_server(facts)
}

pub fn identity_satisfied(p: &Policy, id: &Identity) -> bool {
    p.identity.satisfied_by(id)
}

/// Name hygiene the filter applies before any rule (invalid names: -32602).
pub fn check_target(p: &Policy, server: usize, target: &Target) -> Result<(), String> {
    let rule = p.server(server).map(|s| s.tool_names).unwrap_or_default();
    match target {
        Target::Tool(n) | Target::Prompt(n) => {
            mcp_warden::names::check_name(n, rule).map_err(|e| e.describe())
        }
        Target::Resource(u) => mcp_warden::names::check_uri(u).map_err(|e| e.describe().into()),
        Target::None | Target::Task(_) => Ok(()),
    }
}

/// The list visibility rule of the stream (name hygiene, task scopes, decide).
pub fn item_visible(p: &Policy, id: &Identity, server: usize, kind: ListKind, item: &str) -> bool {
    mcp_warden::policy::item_visible(p, id, server, kind, item)
}

pub fn list_item_key(kind: ListKind) -> &'static str {
    kind.item_key()
}

pub fn task_scoped(p: &Policy, id: &Identity) -> bool {
    p.credentials.is_task_scoped(&id.scopes)
}

pub fn scope_allows(p: &Policy, id: &Identity, server: usize, tool: &str) -> bool {
    p.credentials.scope_allows(server, tool, &id.scopes)
}

/// The step-up refusal (HTTP status, JSON-RPC message, WWW-Authenticate), if any.
pub fn step_up(
    p: &Policy,
    id: &Identity,
    server: usize,
    tool: &str,
) -> Option<(u32, String, String)> {
    let reply = p.credentials.step_up(server, tool, &id.scopes, None)?;
    let message = serde_json::from_slice::<serde_json::Value>(&reply.body)
        .ok()
        .and_then(|v| {
            v.pointer("/error/message")
                .and_then(|m| m.as_str())
                .map(str::to_string)
        })
        .unwrap_or_default();
    let challenge = reply
        .headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("www-authenticate"))
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    Some((reply.status, message, challenge))
}

pub fn quotas(
    p: &Policy,
    id: &Identity,
    server: usize,
    method: &str,
    target: &Target,
) -> Vec<QuotaMatch> {
    p.quotas.applicable(id, server, method, target)
}

/// (detector, category, action, mask) per active detector, and shadow mode.
pub fn dlp_actions(p: &Policy, server: usize, dir: Direction) -> (Vec<[String; 4]>, bool) {
    let (actions, shadow) = p.dlp.actions_for(server, dir);
    let rows = actions
        .into_iter()
        .map(|a| {
            [
                a.detector,
                a.category.as_str().to_string(),
                a.action.as_str().to_string(),
                format!("{:?}", a.mask).to_lowercase(),
            ]
        })
        .collect();
    (rows, shadow)
}

/// Runs the server's DLP on a message as the filter would (redacting in place).
pub fn dlp_inspect(
    p: &Policy,
    server: usize,
    dir: Direction,
    message: &mut serde_json::Value,
) -> (DlpVerdict, Vec<(String, String, u32)>) {
    let shadow = p.mode == mcp_warden::config::Mode::Shadow;
    let outcome = p.dlp.inspect_with(server, dir, message, shadow);
    let findings = outcome
        .findings
        .into_iter()
        .map(|f| (f.detector, f.action.as_str().to_string(), f.count))
        .collect();
    (outcome.verdict, findings)
}

pub fn integrity_on(p: &Policy, server: usize) -> bool {
    p.integrity.enabled_for(server)
}

pub fn shadow_mode(p: &Policy) -> bool {
    p.mode == mcp_warden::config::Mode::Shadow
}
