//! `mcp-warden pins`: tool pins of a live MCP server (streamable HTTP or
//! stdio), or of a saved tools/list answer, in the form
//! `servers[].integrity.pins` takes. The digest is the filter's own
//! (`integrity::canon::tool_digest`), computed over the tool objects exactly
//! as the server put them on the wire.

use crate::core;
use crate::{jsonc, read};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    mcp-warden pins http://127.0.0.1:8000/mcp\n  \
    mcp-warden pins https://mcp.example.com/mcp -H 'Authorization: Bearer …'\n  \
    mcp-warden pins --stdio -- npx @modelcontextprotocol/server-filesystem /tmp\n  \
    mcp-warden pins --file tools.json\n  \
    mcp-warden pins URL --dump     # the list items themselves: review them before pinning\n\n\
Prints {\"pins\": [{\"tool\": NAME, \"digest\": HEX}, …]}: paste it as a server's integrity.pins. \
A pin approves exactly the definition it was computed from.")]
pub struct Args {
    /// Server URL (streamable HTTP), or with --stdio the command and its arguments.
    target: Vec<String>,
    /// Extra HTTP header 'Name: value' (repeatable).
    #[arg(short = 'H', long = "header")]
    headers: Vec<String>,
    /// Spawn the server and talk newline-delimited JSON-RPC over its stdin/stdout.
    #[arg(long)]
    stdio: bool,
    /// Read a saved tools/list result (or its tools array) instead of connecting.
    #[arg(long, conflicts_with = "stdio")]
    file: Option<PathBuf>,
    /// Print the list items (tools, prompts, resources, templates) instead of pins.
    #[arg(long)]
    dump: bool,
    /// Client capabilities to declare (comma list; '' for none): what the agents
    /// behind mcp-warden declare; some servers list more tools to capable clients.
    #[arg(long, default_value = "sampling,elicitation,roots")]
    advertise: String,
    /// MCP protocol version to ask for in initialize.
    #[arg(long, default_value = "2025-11-25")]
    protocol_version: String,
    /// Seconds to wait for each answer.
    #[arg(long, default_value_t = 30)]
    timeout: u64,
}

/// Most pages a server may hand out per list (a loop guard).
const MAX_PAGES: usize = 1000;
/// Largest answer read from a server.
const MAX_ANSWER: u64 = 64 * 1024 * 1024;

pub fn run(a: &Args) -> Result<u8, String> {
    let lists = if let Some(f) = &a.file {
        let doc: Value = serde_json::from_slice(&jsonc::strip(&read(f)?))
            .map_err(|e| format!("{}: not JSON: {e}", f.display()))?;
        let tools = match doc {
            Value::Array(items) => items,
            Value::Object(mut m) => match m.remove("tools") {
                Some(Value::Array(items)) => items,
                _ => match m.remove("result").and_then(|r| r.get("tools").cloned()) {
                    Some(Value::Array(items)) => items,
                    _ => return Err(format!("{}: expected a tools/list result (an object with \"tools\") or an array of tools", f.display())),
                },
            },
            _ => return Err(format!("{}: expected an object or an array", f.display())),
        };
        json!({ "tools": tools })
    } else {
        let mut session: Box<dyn Session> = if a.stdio {
            Box::new(Stdio::spawn(&a.target, a.timeout)?)
        } else {
            let [url] = a.target.as_slice() else {
                return Err(
                    "give exactly one server URL (or --stdio -- CMD ARGS, or --file FILE)".into(),
                );
            };
            Box::new(Http::new(url, &a.headers, a.timeout)?)
        };
        fetch_lists(session.as_mut(), a)?
    };
    let out = if a.dump { lists } else { pins_for(&lists) };
    println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    Ok(0)
}

pub fn pins_for(lists: &Value) -> Value {
    let pins: Vec<Value> = lists
        .get("tools")
        .and_then(Value::as_array)
        .map(|tools| {
            tools
                .iter()
                .filter_map(|t| {
                    let name = t.get("name")?.as_str()?;
                    Some(json!({"tool": name, "digest": core::tool_digest(t)}))
                })
                .collect()
        })
        .unwrap_or_default();
    json!({ "pins": pins })
}

fn capabilities(advertise: &str) -> Result<Value, String> {
    let mut caps = serde_json::Map::new();
    for name in advertise
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        match name {
            "sampling" | "elicitation" => {
                caps.insert(name.into(), json!({}));
            }
            "roots" => {
                caps.insert("roots".into(), json!({"listChanged": false}));
            }
            other => {
                return Err(format!(
                    "--advertise: unknown capability {other:?} (sampling, elicitation, roots)"
                ))
            }
        }
    }
    Ok(Value::Object(caps))
}

/// One MCP client session: send a request, get its answer (`result` or error).
trait Session {
    fn request(&mut self, id: u64, method: &str, params: Value) -> Result<Value, String>;
    fn notify(&mut self, method: &str) -> Result<(), String>;
}

fn fetch_lists(s: &mut dyn Session, a: &Args) -> Result<Value, String> {
    let init = s.request(
        1,
        "initialize",
        json!({"protocolVersion": a.protocol_version, "capabilities": capabilities(&a.advertise)?,
               "clientInfo": {"name": "mcp-warden-pins", "version": env!("CARGO_PKG_VERSION")}}),
    )?;
    let server_caps = init.get("capabilities").cloned().unwrap_or(Value::Null);
    s.notify("notifications/initialized")?;
    let mut next_id = 2;
    let mut out = serde_json::Map::new();
    // (method, result field, server capability that offers it)
    let mut lists = vec![("tools/list", "tools", "tools")];
    if a.dump {
        lists.extend([
            ("prompts/list", "prompts", "prompts"),
            ("resources/list", "resources", "resources"),
            ("resources/templates/list", "resourceTemplates", "resources"),
        ]);
    }
    for (method, field, capability) in lists {
        // Not every server offers every list; tools are always asked for.
        if method != "tools/list" && server_caps.get(capability).is_none() {
            out.insert(field.into(), json!([]));
            continue;
        }
        let mut items = Vec::new();
        let mut cursor: Option<Value> = None;
        for _ in 0..MAX_PAGES {
            let params = match &cursor {
                Some(c) => json!({ "cursor": c }),
                None => json!({}),
            };
            let page = s.request(next_id, method, params)?;
            next_id += 1;
            if let Some(Value::Array(page_items)) = page.get(field) {
                items.extend(page_items.iter().cloned());
            }
            cursor = page.get("nextCursor").filter(|c| !c.is_null()).cloned();
            if cursor.is_none() {
                break;
            }
        }
        out.insert(field.into(), Value::Array(items));
    }
    Ok(Value::Object(out))
}

/// The answer with our id among the messages of one HTTP answer or line.
fn answer_for(id: u64, message: &Value) -> Option<Result<Value, String>> {
    let candidates: Vec<&Value> = match message {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for m in candidates {
        if m.get("id") != Some(&json!(id)) || m.get("method").is_some() {
            continue;
        }
        if let Some(r) = m.get("result") {
            return Some(Ok(r.clone()));
        }
        let err = m.get("error").cloned().unwrap_or(Value::Null);
        return Some(Err(format!(
            "the server answered with an error: {}",
            serde_json::to_string(&err).unwrap_or_default()
        )));
    }
    None
}

struct Http {
    agent: ureq::Agent,
    url: String,
    headers: Vec<(String, String)>,
    session_id: Option<String>,
    protocol: Option<String>,
}

impl Http {
    fn new(url: &str, headers: &[String], timeout: u64) -> Result<Http, String> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(format!("{url:?} is not an http(s) URL"));
        }
        let mut parsed = Vec::new();
        for h in headers {
            let Some((name, value)) = h.split_once(':') else {
                return Err(format!("--header {h:?}: expected 'Name: value'"));
            };
            parsed.push((name.trim().to_string(), value.trim().to_string()));
        }
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(timeout)))
            .http_status_as_error(false)
            .build()
            .into();
        Ok(Http {
            agent,
            url: url.to_string(),
            headers: parsed,
            session_id: None,
            protocol: None,
        })
    }

    fn post(&mut self, body: &Value, want: Option<u64>) -> Result<Option<Value>, String> {
        let mut req = self
            .agent
            .post(&self.url)
            .header("accept", "application/json, text/event-stream")
            .header("content-type", "application/json");
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if let Some(sid) = &self.session_id {
            req = req.header("mcp-session-id", sid.as_str());
        }
        if let Some(p) = &self.protocol {
            req = req.header("mcp-protocol-version", p.as_str());
        }
        let mut resp = req
            .send(body.to_string())
            .map_err(|e| format!("cannot reach {}: {e}", self.url))?;
        let status = resp.status().as_u16();
        if let Some(sid) = resp
            .headers()
            .get("mcp-session-id")
            .and_then(|v| v.to_str().ok())
        {
            self.session_id = Some(sid.to_string());
        }
        let content_type = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        let mut reader = resp.body_mut().as_reader().take(MAX_ANSWER);
        if !(200..300).contains(&status) {
            let mut text = String::new();
            let _ = reader.read_to_string(&mut text);
            let hint = match status {
                401 | 403 => " (pass credentials with -H 'Authorization: Bearer …')",
                404 => " (check the server's MCP path, often /mcp)",
                _ => "",
            };
            return Err(format!(
                "{} answered HTTP {status}{hint}: {}",
                self.url,
                text.chars().take(300).collect::<String>()
            ));
        }
        let Some(want) = want else { return Ok(None) };
        if content_type.starts_with("text/event-stream") {
            // Read events until ours arrives: the stream may stay open.
            let mut sse = core::SseBuffer::new();
            let mut chunk = [0u8; 16 * 1024];
            loop {
                let n = reader
                    .read(&mut chunk)
                    .map_err(|e| format!("reading {}: {e}", self.url))?;
                let bytes = chunk.get(..n).unwrap_or_default();
                let events = if n == 0 {
                    vec![sse.finish()]
                } else {
                    sse.feed(bytes, MAX_ANSWER as usize)
                        .map_err(|_| "an SSE event is too large".to_string())?
                };
                for ev in events {
                    let Some(data) = core::event_data(&ev) else {
                        continue;
                    };
                    let Ok(msg) = serde_json::from_str::<Value>(&data) else {
                        continue;
                    };
                    if let Some(answer) = answer_for(want, &msg) {
                        return answer.map(Some);
                    }
                }
                if n == 0 {
                    return Err(format!(
                        "{} closed the event stream without answering request {want}",
                        self.url
                    ));
                }
            }
        }
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| format!("reading {}: {e}", self.url))?;
        let msg: Value = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} answered with something that is not JSON ({e}); is this an MCP endpoint?",
                self.url
            )
        })?;
        match answer_for(want, &msg) {
            Some(answer) => answer.map(Some),
            None => Err(format!("{} did not answer request {want}", self.url)),
        }
    }
}

impl Session for Http {
    fn request(&mut self, id: u64, method: &str, params: Value) -> Result<Value, String> {
        let body = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        let result = self.post(&body, Some(id))?.unwrap_or(Value::Null);
        if method == "initialize" {
            self.protocol = result
                .get("protocolVersion")
                .and_then(Value::as_str)
                .map(str::to_string);
        }
        Ok(result)
    }
    fn notify(&mut self, method: &str) -> Result<(), String> {
        self.post(&json!({"jsonrpc": "2.0", "method": method}), None)
            .map(|_| ())
    }
}

struct Stdio {
    child: std::process::Child,
    stdin: std::process::ChildStdin,
    lines: std::sync::mpsc::Receiver<String>,
    timeout: Duration,
}

impl Stdio {
    fn spawn(command: &[String], timeout: u64) -> Result<Stdio, String> {
        let (program, args) = command
            .split_first()
            .ok_or("--stdio needs a command after --")?;
        let mut child = std::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {program:?}: {e}"))?;
        let stdin = child.stdin.take().ok_or("no stdin")?;
        let stdout = child.stdout.take().ok_or("no stdout")?;
        // A reader thread, so every wait has a deadline.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Stdio {
            child,
            stdin,
            lines: rx,
            timeout: Duration::from_secs(timeout),
        })
    }

    fn send(&mut self, v: &Value) -> Result<(), String> {
        writeln!(self.stdin, "{v}")
            .and_then(|_| self.stdin.flush())
            .map_err(|e| format!("writing to the server: {e}"))
    }
}

impl Session for Stdio {
    fn request(&mut self, id: u64, method: &str, params: Value) -> Result<Value, String> {
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))?;
        let deadline = std::time::Instant::now() + self.timeout;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            let line = self.lines.recv_timeout(left).map_err(|_| {
                format!("no answer to {method} within {} s", self.timeout.as_secs())
            })?;
            let Ok(msg) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            if let Some(answer) = answer_for(id, &msg) {
                return answer;
            }
            // A server request (sampling, roots): refuse it, as we only list.
            if let (Some(rid), Some(_)) = (msg.get("id"), msg.get("method")) {
                self.send(&json!({"jsonrpc": "2.0", "id": rid,
                    "error": {"code": -32603, "message": "mcp-warden pins does not answer server requests"}}))?;
            }
        }
    }
    fn notify(&mut self, method: &str) -> Result<(), String> {
        self.send(&json!({"jsonrpc": "2.0", "method": method}))
    }
}

impl Drop for Stdio {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
