//! `mcp-warden explain`: what the filter would do with one request from one
//! caller, step by step in the filter's order, each step answered by the
//! core (see core.rs): identity requirement, registry, name hygiene, the
//! decision and its rule, task scopes, step-up, quotas, DLP, and which list
//! items the caller would see.

use crate::core::{self, Basis, Direction, Effect, Identity, ListKind, Policy, Target};
use crate::{jsonc, read, EXIT_FINDINGS};
use serde_json::{json, Map, Value};
use std::path::PathBuf;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    mcp-warden explain examples/policy.json --subject alice --groups support --server tickets --tool delete_ticket\n  \
    mcp-warden explain policy.json --agent support-bot --scopes 'task:tickets:get_*' --path /mcp --tool get_ticket --json\n  \
    mcp-warden pins URL --dump > catalog.json && mcp-warden explain policy.json --groups support --server tickets --method tools/list --catalog catalog.json\n\n\
Exit status: 0 the request would pass, 1 the filter would refuse it, 2 usage error.")]
pub struct Args {
    /// Policy file (JSON or JSONC).
    policy: PathBuf,
    /// The person: the JWT subject (`sub`).
    #[arg(long)]
    subject: Option<String>,
    /// Groups claim values (comma-separated or repeated).
    #[arg(long, value_delimiter = ',')]
    groups: Vec<String>,
    /// The agent: OAuth client id (`client_id` / `azp`).
    #[arg(long, alias = "client-id")]
    agent: Option<String>,
    /// Token scopes (comma- or space-separated, or repeated).
    #[arg(long, value_delimiter = ',')]
    scopes: Vec<String>,
    /// The mTLS peer's SPIFFE id (`spiffe://…`).
    #[arg(long)]
    spiffe_id: Option<String>,
    /// Registered server by name.
    #[arg(long, conflicts_with_all = ["path", "host", "route", "cluster"])]
    server: Option<String>,
    /// Or: the request path, matched against servers[].match like the filter does.
    #[arg(long)]
    path: Option<String>,
    /// `:authority` (with --path).
    #[arg(long)]
    host: Option<String>,
    /// Envoy route name (with --path).
    #[arg(long)]
    route: Option<String>,
    /// Upstream cluster (with --path).
    #[arg(long)]
    cluster: Option<String>,
    /// JSON-RPC method (default: from --tool/--resource/--prompt).
    #[arg(long)]
    method: Option<String>,
    /// Tool name (method tools/call).
    #[arg(long, conflicts_with_all = ["resource", "prompt"])]
    tool: Option<String>,
    /// Resource URI (method resources/read).
    #[arg(long, conflicts_with = "prompt")]
    resource: Option<String>,
    /// Prompt name (method prompts/get).
    #[arg(long)]
    prompt: Option<String>,
    /// Tool arguments (a JSON object): scanned by the server's DLP as the filter would.
    #[arg(long, value_name = "JSON")]
    arguments: Option<String>,
    /// A server's lists (JSON with tools/prompts/resources/resourceTemplates arrays,
    /// e.g. `mcp-warden pins URL --dump`): shows which items this caller would see.
    #[arg(long, value_name = "FILE")]
    catalog: Option<PathBuf>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
}

fn identity(a: &Args) -> Identity {
    let scopes = a
        .scopes
        .iter()
        .flat_map(|s| s.split_whitespace())
        .map(str::to_string)
        .collect();
    let agent = a.agent.clone().or_else(|| a.spiffe_id.clone());
    Identity {
        // As the filter: a verified token is one with a subject.
        has_jwt: a.subject.is_some(),
        subject: a.subject.clone(),
        agent,
        groups: a
            .groups
            .iter()
            .map(|g| g.trim().to_string())
            .filter(|g| !g.is_empty())
            .collect(),
        scopes,
        spiffe_id: a.spiffe_id.clone(),
        audiences: None,
    }
}

fn target_and_method(a: &Args) -> Result<(String, Target), String> {
    let (default_method, target) = match (&a.tool, &a.resource, &a.prompt) {
        (Some(t), _, _) => ("tools/call", Target::Tool(t.clone())),
        (_, Some(r), _) => ("resources/read", Target::Resource(r.clone())),
        (_, _, Some(p)) => ("prompts/get", Target::Prompt(p.clone())),
        _ => ("", Target::None),
    };
    let method = match (&a.method, default_method) {
        (Some(m), _) => m.clone(),
        (None, "") => {
            return Err("say what the request is: --tool NAME, --resource URI, --prompt NAME or --method METHOD".into())
        }
        (None, m) => m.to_string(),
    };
    Ok((method, target))
}

fn describe_reason(r: &Basis) -> String {
    match r {
        Basis::Rule(n) => format!("rule '{n}'"),
        Basis::ServerAccess(n) => {
            format!("server access through rule '{n}' (listing and session plumbing)")
        }
        Basis::Default => "the default policy (defaultEffect)".into(),
    }
}

fn reason_kind(r: &Basis) -> &'static str {
    match r {
        Basis::Rule(_) => "rule",
        Basis::ServerAccess(_) => "serverAccess",
        Basis::Default => "default",
    }
}

fn effect(e: Effect) -> &'static str {
    match e {
        Effect::Allow => "allow",
        Effect::Deny => "deny",
    }
}

fn window(ms: u64) -> String {
    match ms {
        1_000 => "second".into(),
        60_000 => "minute".into(),
        3_600_000 => "hour".into(),
        86_400_000 => "day".into(),
        other => format!("{other} ms"),
    }
}

pub fn run(a: &Args) -> Result<u8, String> {
    let text = jsonc::strip(&read(&a.policy)?);
    let policy =
        core::compile(&text).map_err(|e| format!("{}: {}", a.policy.display(), e.error))?;
    let (method, target) = target_and_method(a)?;
    let id = identity(a);
    let server = match (&a.server, &a.path) {
        (Some(name), _) => Some(core::server_by_name(&policy, name).ok_or_else(|| {
            let names: Vec<&str> = policy.servers.iter().map(|s| s.name.as_str()).collect();
            format!("no server named {name:?} in the policy; declared servers are: {}", names.join(", "))
        })?),
        (None, Some(path)) => core::match_server(
            &policy,
            &core::RouteFacts {
                route_name: a.route.as_deref(),
                cluster: a.cluster.as_deref(),
                host: a.host.as_deref(),
                path,
            },
        ),
        (None, None) => return Err("say which server: --server NAME, or --path PATH (with --host/--route/--cluster as needed)".into()),
    };
    let catalog = match &a.catalog {
        Some(p) => Some(
            serde_json::from_slice::<Value>(&jsonc::strip(&read(p)?))
                .map_err(|e| format!("{}: not JSON: {e}", p.display()))?,
        ),
        None => None,
    };
    let report = explain(
        &policy,
        &id,
        server,
        &method,
        &target,
        a.arguments.as_deref(),
        catalog.as_ref(),
    )?;
    if a.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        print_text(&report);
    }
    let refused = report.get("outcome").and_then(|o| o.get("allowed")) == Some(&Value::Bool(false));
    Ok(if refused { EXIT_FINDINGS } else { 0 })
}

/// The whole report as JSON (the text output is printed from it).
fn explain(
    policy: &Policy,
    id: &Identity,
    server: Option<usize>,
    method: &str,
    target: &Target,
    arguments: Option<&str>,
    catalog: Option<&Value>,
) -> Result<Value, String> {
    let mut r = Map::new();
    let mut refused_at: Option<(&'static str, String)> = None;
    r.insert(
        "caller".into(),
        json!({"subject": id.subject, "agent": id.agent, "groups": id.groups, "scopes": id.scopes,
               "spiffeId": id.spiffe_id, "principal": id.principal()}),
    );
    r.insert(
        "request".into(),
        json!({"method": method, "targetKind": target.kind(), "target": target.name()}),
    );
    r.insert(
        "policyMode".into(),
        json!(if core::shadow_mode(policy) {
            "shadow"
        } else {
            "enforce"
        }),
    );

    // The filter's order: the registry (403), then the identity requirement (401).
    let id_ok = core::identity_satisfied(policy, id);
    let identity = json!({"require": format!("{:?}", policy.identity.require).to_lowercase(), "satisfied": id_ok});
    let Some(server) = server else {
        r.insert("server".into(), Value::Null);
        r.insert("identity".into(), identity);
        refuse(
            "server",
            "no registered server matches: HTTP 403".into(),
            &mut refused_at,
        );
        return Ok(finish(r, refused_at, core::shadow_mode(policy)));
    };
    if let Some(s) = policy.server(server) {
        r.insert(
            "server".into(),
            json!({"name": s.name, "owner": s.owner, "dataDomain": s.data_domain,
                   "riskTier": s.risk_tier.as_str(), "hideDenied": s.hide_denied,
                   "integrity": core::integrity_on(policy, server)}),
        );
    }
    r.insert("identity".into(), identity);
    if !id_ok {
        refuse(
            "identity",
            "no identity where the policy requires one: HTTP 401 with a WWW-Authenticate challenge"
                .into(),
            &mut refused_at,
        );
    }

    match core::check_target(policy, server, target) {
        Ok(()) => {
            r.insert("name".into(), json!({"ok": true}));
        }
        Err(problem) => {
            r.insert("name".into(), json!({"ok": false, "problem": problem}));
            refuse(
                "name",
                format!("{} {problem}: JSON-RPC -32602", target.kind()),
                &mut refused_at,
            );
        }
    }

    let d = core::decide(policy, id, server, method, target);
    let mut dec = Map::new();
    dec.insert("effect".into(), json!(effect(d.effect)));
    dec.insert("reason".into(), json!(reason_kind(&d.basis)));
    dec.insert("rule".into(), json!(d.basis.rule_name()));
    dec.insert("explanation".into(), json!(describe_reason(&d.basis)));
    dec.insert(
        "shadow".into(),
        match &d.shadow {
            Some((e, why)) => json!({"effect": effect(*e), "rule": why.rule_name(), "explanation": describe_reason(why)}),
            None => Value::Null,
        },
    );
    r.insert("decision".into(), Value::Object(dec));
    if !d.allowed() {
        refuse(
            "decision",
            format!("denied by {}: JSON-RPC -32003", describe_reason(&d.basis)),
            &mut refused_at,
        );
    }

    let tool = match target {
        Target::Tool(t) if method == "tools/call" => Some(t.as_str()),
        _ => None,
    };
    let scoped = core::task_scoped(policy, id);
    let in_scope = tool.is_none_or(|t| core::scope_allows(policy, id, server, t));
    r.insert(
        "taskScopes".into(),
        json!({"tokenIsTaskScoped": scoped, "allows": in_scope}),
    );
    if !in_scope {
        refuse(
            "taskScopes",
            "outside the token's task scopes: JSON-RPC -32003".into(),
            &mut refused_at,
        );
    }

    let step = tool.and_then(|t| core::step_up(policy, id, server, t));
    r.insert(
        "stepUp".into(),
        match &step {
            Some((status, message, challenge)) => {
                json!({"required": true, "status": status, "message": message, "wwwAuthenticate": challenge})
            }
            None => json!({"required": false}),
        },
    );
    if let Some((status, message, _)) = &step {
        refuse(
            "stepUp",
            format!("HTTP {status}: {message}"),
            &mut refused_at,
        );
    }

    let quotas: Vec<Value> = core::quotas(policy, id, server, method, target)
        .into_iter()
        .map(|q| {
            let burst = q.burst.map(|b| format!(", burst {b}")).unwrap_or_default();
            json!({"rule": q.rule, "unit": q.unit, "units": q.units,
                   "limit": format!("{} {} per {}{burst}", q.amount, q.unit, window(q.window_ms)),
                   "shadow": q.shadow,
                   "countBy": q.count_by.iter().map(|c| format!("{c:?}").to_lowercase()).collect::<Vec<_>>()})
        })
        .collect();
    r.insert("quotas".into(), Value::Array(quotas));

    let mut dlp = Map::new();
    for (name, dir) in [
        ("request", Direction::Request),
        ("response", Direction::Response),
    ] {
        let (rows, shadow) = core::dlp_actions(policy, server, dir);
        let actions: Vec<Value> = rows
            .iter()
            .map(|[d, c, a, m]| json!({"detector": d, "category": c, "action": a, "mask": m}))
            .collect();
        dlp.insert(
            name.into(),
            json!({"enabled": !actions.is_empty(), "shadow": shadow, "actions": actions}),
        );
    }
    if let Some(args) = arguments {
        let parsed: Value =
            serde_json::from_str(args).map_err(|e| format!("--arguments is not JSON: {e}"))?;
        let mut message = json!({"jsonrpc": "2.0", "id": 1, "method": method,
                                 "params": {"name": target.name(), "arguments": parsed}});
        let (verdict, findings) =
            core::dlp_inspect(policy, server, Direction::Request, &mut message);
        let verdict_text = match &verdict {
            core::DlpVerdict::Pass => "pass".to_string(),
            core::DlpVerdict::Redacted => "redacted".to_string(),
            core::DlpVerdict::Block { detector } => format!("block ({detector})"),
            core::DlpVerdict::WouldBlock { detector } => format!("would block ({detector})"),
            core::DlpVerdict::WouldRedact => "would redact".to_string(),
        };
        let findings: Vec<Value> = findings
            .into_iter()
            .map(|(d, a, n)| json!({"detector": d, "action": a, "count": n}))
            .collect();
        let forwarded = message
            .pointer("/params/arguments")
            .cloned()
            .unwrap_or(Value::Null);
        dlp.insert(
            "arguments".into(),
            json!({"verdict": verdict_text, "findings": findings, "forwarded": forwarded}),
        );
        if let core::DlpVerdict::Block { detector } = verdict {
            refuse(
                "dlp",
                format!("arguments blocked by detector '{detector}': JSON-RPC -32006"),
                &mut refused_at,
            );
        }
    }
    r.insert("dlp".into(), Value::Object(dlp));

    // APPROVALS: human approval of a call is being built separately; when it
    // lands, its requirement for (caller, server, tool) is reported here.
    r.insert(
        "approval".into(),
        json!({"supported": false, "note": "approval requirements are not part of this filter version"}),
    );

    if let Some(c) = catalog {
        r.insert("visible".into(), visibility(policy, id, server, c));
    }
    Ok(finish(r, refused_at, core::shadow_mode(policy)))
}

/// Records the first step that refuses (the filter answers there and stops).
fn refuse(step: &'static str, why: String, at: &mut Option<(&'static str, String)>) {
    if at.is_none() {
        *at = Some((step, why));
    }
}

fn finish(
    mut r: Map<String, Value>,
    refused_at: Option<(&'static str, String)>,
    shadow_policy: bool,
) -> Value {
    let outcome = match refused_at {
        // A policy in shadow mode lets through what the registry and the
        // identity requirement would refuse (the rules' shadow verdict is
        // already in the decision); malformed input is refused in any mode.
        Some((step, why)) if shadow_policy && matches!(step, "server" | "identity") => {
            json!({"allowed": true, "wouldRefuseAt": step, "why": why})
        }
        Some((step, why)) => json!({"allowed": false, "refusedAt": step, "why": why}),
        None => json!({"allowed": true}),
    };
    r.insert("outcome".into(), outcome);
    Value::Object(r)
}

/// Which catalog items this caller would see, per list, with the stream's rule.
fn visibility(policy: &Policy, id: &Identity, server: usize, catalog: &Value) -> Value {
    let mut out = Map::new();
    for kind in [
        ListKind::Tools,
        ListKind::Prompts,
        ListKind::Resources,
        ListKind::ResourceTemplates,
    ] {
        let field = kind.result_field();
        let items = catalog
            .get(field)
            .or_else(|| catalog.pointer(&format!("/result/{field}")))
            .and_then(Value::as_array);
        let Some(items) = items else { continue };
        let key = core::list_item_key(kind);
        let (mut shown, mut hidden) = (Vec::new(), Vec::new());
        for item in items {
            let Some(name) = item.get(key).and_then(Value::as_str) else {
                continue;
            };
            if core::item_visible(policy, id, server, kind, name) {
                shown.push(name.to_string());
            } else {
                hidden.push(name.to_string());
            }
        }
        out.insert(field.into(), json!({"shown": shown, "hidden": hidden}));
    }
    Value::Object(out)
}

fn s<'a>(v: &'a Value, p: &str) -> &'a str {
    v.pointer(p).and_then(Value::as_str).unwrap_or("-")
}

fn print_text(r: &Value) {
    let list = |v: Option<&Value>| -> String {
        let items: Vec<&str> = v
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if items.is_empty() {
            "-".into()
        } else {
            items.join(", ")
        }
    };
    println!(
        "caller      {} (agent {}, groups {}, scopes {}, spiffe {})",
        s(r, "/caller/principal"),
        s(r, "/caller/agent"),
        list(r.pointer("/caller/groups")),
        list(r.pointer("/caller/scopes")),
        s(r, "/caller/spiffeId")
    );
    let target = match r.pointer("/request/target").and_then(Value::as_str) {
        Some(t) => format!(" {} '{t}'", s(r, "/request/targetKind")),
        None => String::new(),
    };
    println!("request     {}{target}", s(r, "/request/method"));
    match r.get("server") {
        Some(Value::Object(_)) => println!(
            "server      {} (owner {}, risk {}, data {})",
            s(r, "/server/name"),
            s(r, "/server/owner"),
            s(r, "/server/riskTier"),
            s(r, "/server/dataDomain")
        ),
        _ => println!("server      none matches"),
    }
    println!(
        "identity    {} (require: {})",
        if r.pointer("/identity/satisfied") == Some(&Value::Bool(true)) {
            "ok"
        } else {
            "MISSING"
        },
        s(r, "/identity/require")
    );
    if let Some(p) = r.pointer("/name/problem").and_then(Value::as_str) {
        println!("name        INVALID: {p}");
    }
    if r.get("decision").is_some() {
        println!(
            "decision    {} by {}",
            s(r, "/decision/effect").to_uppercase(),
            s(r, "/decision/explanation")
        );
        if let Some(Value::Object(_)) = r.pointer("/decision/shadow") {
            println!(
                "            shadow: would {} by {}",
                s(r, "/decision/shadow/effect"),
                s(r, "/decision/shadow/explanation")
            );
        }
        let scoped = r.pointer("/taskScopes/tokenIsTaskScoped") == Some(&Value::Bool(true));
        let allows = r.pointer("/taskScopes/allows") == Some(&Value::Bool(true));
        println!(
            "task scope  {}",
            match (scoped, allows) {
                (false, _) => "token is not task-scoped",
                (true, true) => "inside the token's task scopes",
                (true, false) => "OUTSIDE the token's task scopes",
            }
        );
        match r.pointer("/stepUp/required") {
            Some(Value::Bool(true)) => {
                println!("step-up     REQUIRED: {}", s(r, "/stepUp/message"))
            }
            _ => println!("step-up     none required"),
        }
        let quotas = r
            .get("quotas")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        if quotas.is_empty() {
            println!("quotas      none apply");
        }
        for (i, q) in quotas.iter().enumerate() {
            println!(
                "{}{}: {} {} of {}{}, counted by {}",
                if i == 0 {
                    "quotas      "
                } else {
                    "            "
                },
                s(q, "/rule"),
                q.get("units").and_then(Value::as_u64).unwrap_or(0),
                s(q, "/unit"),
                s(q, "/limit"),
                if q.get("shadow") == Some(&Value::Bool(true)) {
                    " (shadow)"
                } else {
                    ""
                },
                list(q.get("countBy"))
            );
        }
        for dir in ["request", "response"] {
            let actions = r
                .pointer(&format!("/dlp/{dir}/actions"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if actions.is_empty() {
                println!("{:<11} off", format!("dlp {dir}"));
                continue;
            }
            let mut by: Vec<(String, Vec<String>)> = Vec::new();
            for a in &actions {
                let act = s(a, "/action").to_string();
                let det = s(a, "/detector").to_string();
                match by.iter_mut().find(|(k, _)| *k == act) {
                    Some((_, v)) => v.push(det),
                    None => by.push((act, vec![det])),
                }
            }
            let shadow = if r.pointer(&format!("/dlp/{dir}/shadow")) == Some(&Value::Bool(true)) {
                " (shadow)"
            } else {
                ""
            };
            let parts: Vec<String> = by
                .iter()
                .map(|(a, d)| format!("{a}: {}", d.join(", ")))
                .collect();
            println!("{:<11} {}{shadow}", format!("dlp {dir}"), parts.join("; "));
        }
        if let Some(a) = r.pointer("/dlp/arguments") {
            println!("arguments   dlp {}", s(a, "/verdict"));
        }
        println!("approval    (not part of this filter version)");
    }
    if let Some(Value::Object(lists)) = r.get("visible") {
        for (field, v) in lists {
            println!("{field:<12}shown: {}", list(v.get("shown")));
            println!("{:<12}hidden: {}", "", list(v.get("hidden")));
        }
    }
    match r.pointer("/outcome/allowed") {
        Some(Value::Bool(true)) if r.pointer("/outcome/wouldRefuseAt").is_some() => println!(
            "outcome     ALLOWED (shadow policy; would refuse at {}: {})",
            s(r, "/outcome/wouldRefuseAt"),
            s(r, "/outcome/why")
        ),
        Some(Value::Bool(true)) => println!("outcome     ALLOWED"),
        _ => println!(
            "outcome     REFUSED at {}: {}",
            s(r, "/outcome/refusedAt"),
            s(r, "/outcome/why")
        ),
    }
}
