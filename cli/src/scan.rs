//! `mcp-warden scan-client-config`: reads an MCP client's configuration (the
//! common `mcpServers` shape of Claude Desktop, Cursor, Windsurf, Claude
//! Code's `.mcp.json`; VS Code's `servers` and `mcp.servers`) and reports
//! servers the gateway never sees: local stdio commands and URLs outside the
//! gateway's.

use crate::{jsonc, read, EXIT_FINDINGS};
use serde_json::{json, Map, Value};
use std::path::PathBuf;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    mcp-warden scan-client-config ~/.config/Claude/claude_desktop_config.json --gateway https://mcp.example.com/\n  \
    mcp-warden scan-client-config .vscode/mcp.json --gateway https://mcp.example.com/ --json\n\n\
A server bypasses the gateway when it is a local command (stdio: it runs unmediated on the \
workstation) or when its URL is not under one of the --gateway URLs. Exit status: 0 every server \
goes through the gateway, 1 some bypass it, 2 usage error.")]
pub struct Args {
    /// Client configuration files (JSON or JSONC).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The gateway's URL (scheme, host, port and path prefix); repeat for several.
    #[arg(long, required = true)]
    gateway: Vec<String>,
    /// Print one JSON object per server.
    #[arg(long)]
    json: bool,
}

/// scheme://host[:port] lower-cased, default ports dropped, and the path.
fn normalize(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let (authority, path) = match rest.find(['/', '?', '#']) {
        Some(i) => (rest.get(..i)?, rest.get(i..)?),
        None => (rest, ""),
    };
    // user:pass@ never counts towards the host.
    let host = authority.rsplit('@').next()?.to_ascii_lowercase();
    let host = match (scheme.as_str(), host.rsplit_once(':')) {
        ("http", Some((h, "80"))) | ("https", Some((h, "443"))) => h.to_string(),
        _ => host,
    };
    let path = path.split(['?', '#']).next().unwrap_or("").to_string();
    Some((format!("{scheme}://{host}"), path))
}

/// Whether `url` is the gateway's or under its path (at a segment boundary).
pub fn through_gateway(url: &str, gateways: &[String]) -> bool {
    let Some((origin, path)) = normalize(url) else {
        return false;
    };
    gateways.iter().any(|g| {
        let Some((g_origin, g_path)) = normalize(g) else {
            return false;
        };
        let prefix = g_path.trim_end_matches('/');
        origin == g_origin
            && (prefix.is_empty()
                || path == prefix
                || path
                    .strip_prefix(prefix)
                    .is_some_and(|r| r.starts_with('/')))
    })
}

fn servers(doc: &Value) -> Vec<(String, &Map<String, Value>)> {
    let mut out = Vec::new();
    for pointer in ["/mcpServers", "/servers", "/mcp/servers"] {
        if let Some(Value::Object(m)) = doc.pointer(pointer) {
            for (name, v) in m {
                if let Value::Object(entry) = v {
                    out.push((name.clone(), entry));
                }
            }
        }
    }
    out
}

/// One server's verdict: (transport, where, bypasses, why).
fn judge(entry: &Map<String, Value>, gateways: &[String]) -> (String, String, bool, String) {
    let url = ["url", "serverUrl", "httpUrl"]
        .iter()
        .find_map(|k| entry.get(*k).and_then(Value::as_str));
    if let Some(url) = url {
        let transport = entry
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("http")
            .to_string();
        if through_gateway(url, gateways) {
            return (
                transport,
                url.to_string(),
                false,
                "through the gateway".into(),
            );
        }
        return (
            transport,
            url.to_string(),
            true,
            "direct URL: not under any --gateway".into(),
        );
    }
    if let Some(cmd) = entry.get("command").and_then(Value::as_str) {
        let args: Vec<&str> = entry
            .get("args")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let line = std::iter::once(cmd)
            .chain(args)
            .collect::<Vec<_>>()
            .join(" ");
        // A local bridge (mcp-remote & co.) to the gateway still runs
        // unmediated code, but its traffic goes through the gateway.
        let bridged = entry
            .get("args")
            .and_then(Value::as_array)
            .is_some_and(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .any(|x| through_gateway(x, gateways))
            });
        if bridged {
            return (
                "stdio".into(),
                line,
                false,
                "local bridge to the gateway".into(),
            );
        }
        return (
            "stdio".into(),
            line,
            true,
            "local command: runs outside the gateway".into(),
        );
    }
    (
        "unknown".into(),
        String::new(),
        true,
        "neither url nor command: cannot tell where it goes".into(),
    )
}

pub fn run(a: &Args) -> Result<u8, String> {
    for g in &a.gateway {
        if normalize(g).is_none() {
            return Err(format!(
                "--gateway {g:?}: give a URL such as https://mcp.example.com/"
            ));
        }
    }
    let mut bypass = 0usize;
    let mut total = 0usize;
    for f in &a.files {
        let doc: Value = serde_json::from_slice(&jsonc::strip(&read(f)?))
            .map_err(|e| format!("{}: not JSON: {e}", f.display()))?;
        let found = servers(&doc);
        if found.is_empty() && !a.json {
            println!(
                "{}: no MCP servers found (looked for mcpServers, servers, mcp.servers)",
                f.display()
            );
        }
        for (name, entry) in found {
            total += 1;
            let (transport, target, bypasses, why) = judge(entry, &a.gateway);
            let static_auth = entry
                .get("headers")
                .and_then(Value::as_object)
                .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case("authorization")));
            if bypasses {
                bypass += 1;
            }
            if a.json {
                println!(
                    "{}",
                    json!({"file": f.display().to_string(), "server": name, "transport": transport,
                           "target": target, "bypassesGateway": bypasses, "why": why,
                           "staticAuthorizationHeader": static_auth})
                );
            } else {
                let mark = if bypasses { "BYPASS" } else { "ok    " };
                let auth = if static_auth {
                    " (static Authorization header in the config)"
                } else {
                    ""
                };
                println!(
                    "{mark} {}: {name} [{transport}] {target}: {why}{auth}",
                    f.display()
                );
            }
        }
    }
    if !a.json {
        println!("{total} servers, {bypass} bypass the gateway");
    }
    Ok(if bypass > 0 { EXIT_FINDINGS } else { 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_urls_match_at_segment_boundaries_only() {
        let gw = vec!["https://mcp.example.com/gw".to_string()];
        assert!(through_gateway(
            "https://MCP.example.com:443/gw/tickets",
            &gw
        ));
        assert!(through_gateway("https://mcp.example.com/gw", &gw));
        assert!(!through_gateway("https://mcp.example.com/gwx", &gw));
        assert!(!through_gateway("http://mcp.example.com/gw", &gw));
        assert!(!through_gateway(
            "https://evil.com/?u=https://mcp.example.com/gw",
            &gw
        ));
        assert!(!through_gateway("https://mcp.example.com@evil.com/gw", &gw));
        assert!(through_gateway("https://x@mcp.example.com/gw/a", &gw));
        let root = vec!["https://mcp.example.com/".to_string()];
        assert!(through_gateway("https://mcp.example.com/anything", &root));
    }
}
