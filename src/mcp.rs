//! MCP JSON-RPC parsing: turns a request body into messages with their
//! governed target, and checks the 2026-07-28 request-metadata headers.
//!
//! Covers single messages and 2025-03-26 batches, every method of 2025-11-25
//! and 2026-07-28, client responses and notifications. The body is parsed
//! once; only the fields policy needs are decoded.

use base64::Engine;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::borrow::Cow;

/// Protocol revisions this filter knows. Anything newer is treated like the
/// newest (stateless, header-checked) revision.
pub const KNOWN_VERSIONS: &[&str] = &[
    "2024-11-05",
    "2025-03-26",
    "2025-06-18",
    "2025-11-25",
    "2026-07-28",
];
/// First revision whose requests carry `Mcp-Method` / `Mcp-Name`.
pub const HEADER_METADATA_VERSION: &str = "2026-07-28";
/// Last revision that allows JSON-RPC batches.
pub const LAST_BATCH_VERSION: &str = "2025-03-26";

/// Client-to-server methods across 2024-11-05 .. 2026-07-28 (+ tasks ext.).
pub const CLIENT_METHODS: &[&str] = &[
    "initialize",
    "ping",
    "server/discover",
    "completion/complete",
    "logging/setLevel",
    "prompts/get",
    "prompts/list",
    "resources/list",
    "resources/templates/list",
    "resources/read",
    "resources/subscribe",
    "resources/unsubscribe",
    "subscriptions/listen",
    "tools/call",
    "tools/list",
    "tasks/get",
    "tasks/result",
    "tasks/list",
    "tasks/cancel",
    "tasks/update",
    "notifications/initialized",
    "notifications/cancelled",
    "notifications/progress",
    "notifications/roots/list_changed",
    "notifications/tasks/status",
];

/// What a method is, for policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodClass {
    /// Carries a tool, resource or prompt that rules name.
    Governed,
    /// A list whose answer is filtered to what the caller may use.
    Listing(ListKind),
    /// Reaches a task by id: only its creator may.
    Task,
    /// Session plumbing: initialize, ping, notifications, logging, discover.
    Plumbing,
    /// Anything else: needs a `methods` rule.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListKind {
    Tools,
    Resources,
    ResourceTemplates,
    Prompts,
    Tasks,
}

impl ListKind {
    /// The array member of the list result.
    pub fn result_field(self) -> &'static str {
        match self {
            ListKind::Tools => "tools",
            ListKind::Resources => "resources",
            ListKind::ResourceTemplates => "resourceTemplates",
            ListKind::Prompts => "prompts",
            ListKind::Tasks => "tasks",
        }
    }
}

pub fn classify(method: &str) -> MethodClass {
    match method {
        "tools/call"
        | "resources/read"
        | "resources/subscribe"
        | "resources/unsubscribe"
        | "prompts/get"
        | "completion/complete" => MethodClass::Governed,
        "tools/list" => MethodClass::Listing(ListKind::Tools),
        "resources/list" => MethodClass::Listing(ListKind::Resources),
        "resources/templates/list" => MethodClass::Listing(ListKind::ResourceTemplates),
        "prompts/list" => MethodClass::Listing(ListKind::Prompts),
        "tasks/list" => MethodClass::Listing(ListKind::Tasks),
        "tasks/get" | "tasks/result" | "tasks/cancel" | "tasks/update" => MethodClass::Task,
        "initialize" | "ping" | "server/discover" | "logging/setLevel" | "subscriptions/listen" => {
            MethodClass::Plumbing
        }
        m if m.starts_with("notifications/") => MethodClass::Plumbing,
        _ => MethodClass::Other,
    }
}

/// The thing a governed method acts on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Target {
    #[default]
    None,
    Tool(String),
    Resource(String),
    Prompt(String),
    Task(String),
}

impl Target {
    pub fn kind(&self) -> &'static str {
        match self {
            Target::None => "",
            Target::Tool(_) => "tool",
            Target::Resource(_) => "resource",
            Target::Prompt(_) => "prompt",
            Target::Task(_) => "task",
        }
    }
    pub fn name(&self) -> Option<&str> {
        match self {
            Target::None => None,
            Target::Tool(s) | Target::Resource(s) | Target::Prompt(s) | Target::Task(s) => Some(s),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Request,
    Notification,
    /// A client's answer to a server request (result or error).
    Response,
}

/// One JSON-RPC message of a client request body, with what policy needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub kind: Kind,
    /// The id exactly as sent (raw JSON: `7` or `"abc"`), echoed in errors.
    pub id: Option<String>,
    pub method: Option<String>,
    pub target: Target,
    /// `tools/call` asked for task-augmented execution (2025-11-25 `task`).
    pub task_requested: bool,
    /// `_meta["io.modelcontextprotocol/protocolVersion"]` (2026-07-28).
    pub meta_protocol_version: Option<String>,
    /// The request's `_meta` declares the 2026 tasks extension, so the
    /// server may answer a `tools/call` with a task.
    pub declares_tasks: bool,
    /// `tools/call` `params.arguments` as raw JSON, for argument checks.
    pub arguments: Option<String>,
}

impl Message {
    pub fn method(&self) -> &str {
        self.method.as_deref().unwrap_or("")
    }
    pub fn class(&self) -> MethodClass {
        match self.kind {
            Kind::Response => MethodClass::Plumbing,
            _ => classify(self.method()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Single(Message),
    Batch(Vec<Message>),
}

impl Body {
    pub fn messages(&self) -> &[Message] {
        match self {
            Body::Single(m) => std::slice::from_ref(m),
            Body::Batch(v) => v,
        }
    }
}

/// Why a body was refused. `Parse` and `Invalid` are transport-level (the
/// body as a whole); `InvalidParams` belongs to one request id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON, or not UTF-8: JSON-RPC -32700.
    Parse(String),
    /// JSON but not a JSON-RPC message: -32600.
    Invalid(String),
    /// A request whose params lack what its method needs: -32602 with its id.
    InvalidParams { id: String, message: String },
}

#[derive(Debug, Clone, Copy)]
pub struct ParseLimits {
    pub max_depth: usize,
    pub max_batch: usize,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    #[serde(borrow, default)]
    jsonrpc: Option<Cow<'a, str>>,
    /// `"id": null` must stay visible (it is invalid for a request), so the
    /// raw value is kept instead of letting serde fold null into None.
    #[serde(borrow, default, deserialize_with = "present")]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    method: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    params: Option<&'a RawValue>,
    #[serde(borrow, default)]
    result: Option<&'a RawValue>,
    #[serde(borrow, default)]
    error: Option<&'a RawValue>,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

#[derive(Deserialize, Default)]
struct Params<'a> {
    #[serde(borrow, default)]
    name: Option<&'a RawValue>,
    #[serde(borrow, default)]
    uri: Option<&'a RawValue>,
    #[serde(borrow, default, rename = "ref")]
    reference: Option<&'a RawValue>,
    #[serde(borrow, default, rename = "taskId")]
    task_id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    task: Option<&'a RawValue>,
    #[serde(borrow, default)]
    arguments: Option<&'a RawValue>,
    #[serde(borrow, default, rename = "_meta")]
    meta: Option<&'a RawValue>,
}

#[derive(Deserialize)]
struct Reference<'a> {
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    uri: Option<String>,
}

#[derive(Deserialize)]
struct Meta {
    #[serde(default, rename = "io.modelcontextprotocol/protocolVersion")]
    protocol_version: Option<String>,
}

/// Deepest `[`/`{` nesting, counted without parsing (strings skipped), so a
/// hostile body is refused before a recursive parser walks it.
pub fn nesting_depth(body: &[u8]) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &b in body {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

fn json_error(e: &serde_json::Error) -> ParseError {
    use serde_json::error::Category;
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            ParseError::Parse(format!("body is not valid JSON: {e}"))
        }
        Category::Data => ParseError::Invalid(format!("not a JSON-RPC 2.0 message: {e}")),
    }
}

/// Parses a client request body.
pub fn parse_body(body: &[u8], limits: ParseLimits) -> Result<Body, ParseError> {
    let first = body.iter().copied().find(|b| !b.is_ascii_whitespace());
    let Some(first) = first else {
        return Err(ParseError::Invalid("empty body".into()));
    };
    if std::str::from_utf8(body).is_err() {
        return Err(ParseError::Parse("body is not valid UTF-8".into()));
    }
    let depth = nesting_depth(body);
    if depth > limits.max_depth {
        return Err(ParseError::Invalid(format!(
            "JSON nesting depth {depth} exceeds the limit of {}",
            limits.max_depth
        )));
    }
    match first {
        b'[' => {
            let items: Vec<&RawValue> = serde_json::from_slice(body).map_err(|e| json_error(&e))?;
            if items.is_empty() {
                return Err(ParseError::Invalid("empty batch".into()));
            }
            if items.len() > limits.max_batch {
                return Err(ParseError::Invalid(format!(
                    "batch of {} messages exceeds the limit of {}",
                    items.len(),
                    limits.max_batch
                )));
            }
            let mut messages = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let m = parse_message(item.get()).map_err(|e| match e {
                    ParseError::Invalid(msg) => ParseError::Invalid(format!("batch[{i}]: {msg}")),
                    other => other,
                })?;
                messages.push(m);
            }
            let mut seen = std::collections::HashSet::new();
            for m in &messages {
                if let (Kind::Request, Some(id)) = (m.kind, &m.id) {
                    if !seen.insert(id.as_str()) {
                        return Err(ParseError::Invalid(format!(
                            "duplicate request id {id} in batch"
                        )));
                    }
                }
            }
            Ok(Body::Batch(messages))
        }
        b'{' => {
            let text = std::str::from_utf8(body)
                .map_err(|_| ParseError::Parse("body is not valid UTF-8".into()))?;
            // Reject trailing garbage after the object: parse as one value.
            let raw: &RawValue = serde_json::from_str(text).map_err(|e| json_error(&e))?;
            Ok(Body::Single(parse_message(raw.get())?))
        }
        _ => match serde_json::from_slice::<serde::de::IgnoredAny>(body) {
            Ok(_) => Err(ParseError::Invalid(
                "a JSON-RPC message must be an object or a batch array".into(),
            )),
            Err(e) => Err(json_error(&e)),
        },
    }
}

fn parse_message(text: &str) -> Result<Message, ParseError> {
    let env: Envelope<'_> = serde_json::from_str(text).map_err(|e| json_error(&e))?;
    if env.jsonrpc.as_deref() != Some("2.0") {
        return Err(ParseError::Invalid("\"jsonrpc\" must be \"2.0\"".into()));
    }
    let id = match env.id {
        None => None,
        Some(raw) => {
            let t = raw.get();
            let ok = t.starts_with('"')
                || t.starts_with('-')
                || t.starts_with(|c: char| c.is_ascii_digit());
            if !ok {
                return Err(ParseError::Invalid(
                    "\"id\" must be a string or a number".into(),
                ));
            }
            Some(t.to_string())
        }
    };
    let Some(method) = env.method else {
        // A response from the client (to sampling, elicitation, roots/list).
        return match (&id, env.result.is_some(), env.error.is_some()) {
            (Some(_), true, false) | (Some(_), false, true) => Ok(Message {
                kind: Kind::Response,
                id,
                method: None,
                target: Target::None,
                task_requested: false,
                meta_protocol_version: None,
                declares_tasks: false,
                arguments: None,
            }),
            _ => Err(ParseError::Invalid(
                "a message needs \"method\", or \"id\" with exactly one of \"result\"/\"error\""
                    .into(),
            )),
        };
    };
    if env.result.is_some() || env.error.is_some() {
        return Err(ParseError::Invalid(
            "a request cannot carry \"result\" or \"error\"".into(),
        ));
    }
    let kind = if id.is_some() {
        Kind::Request
    } else {
        Kind::Notification
    };
    let method = method.into_owned();
    let params: Params<'_> = match env.params {
        None => Params::default(),
        Some(raw) if raw.get().starts_with('{') => serde_json::from_str(raw.get())
            .map_err(|e| invalid_params(&id, format!("{method}: params are malformed: {e}")))?,
        Some(_) => {
            return Err(invalid_params(
                &id,
                format!("{method}: params must be an object"),
            ));
        }
    };
    let target = target_of(&method, &params, &id)?;
    let task_requested = method == "tools/call" && params.task.is_some_and(|t| t.get() != "null");
    let arguments = (method == "tools/call")
        .then(|| params.arguments.map(|a| a.get().to_string()))
        .flatten();
    let declares_tasks = params
        .meta
        .is_some_and(|raw| raw.get().contains("io.modelcontextprotocol/tasks"));
    let meta_protocol_version = match params.meta {
        Some(raw) if raw.get().starts_with('{') => serde_json::from_str::<Meta>(raw.get())
            .ok()
            .and_then(|m| m.protocol_version),
        _ => None,
    };
    Ok(Message {
        kind,
        id,
        method: Some(method),
        target,
        task_requested,
        meta_protocol_version,
        declares_tasks,
        arguments,
    })
}

fn invalid_params(id: &Option<String>, message: String) -> ParseError {
    match id {
        Some(id) => ParseError::InvalidParams {
            id: id.clone(),
            message,
        },
        // A notification has no id to answer; refuse the body.
        None => ParseError::Invalid(message),
    }
}

fn string_field(raw: Option<&RawValue>) -> Option<String> {
    raw.and_then(|r| serde_json::from_str::<String>(r.get()).ok())
}

fn target_of(method: &str, p: &Params<'_>, id: &Option<String>) -> Result<Target, ParseError> {
    let need = |field: &str, value: Option<String>| {
        value
            .ok_or_else(|| invalid_params(id, format!("{method}: params.{field} must be a string")))
    };
    Ok(match method {
        "tools/call" => Target::Tool(need("name", string_field(p.name))?),
        "prompts/get" => Target::Prompt(need("name", string_field(p.name))?),
        "resources/read" | "resources/subscribe" | "resources/unsubscribe" => {
            Target::Resource(need("uri", string_field(p.uri))?)
        }
        "tasks/get" | "tasks/result" | "tasks/cancel" | "tasks/update" => {
            Target::Task(need("taskId", string_field(p.task_id))?)
        }
        "completion/complete" => {
            let r = p
                .reference
                .and_then(|r| serde_json::from_str::<Reference<'_>>(r.get()).ok())
                .ok_or_else(|| {
                    invalid_params(
                        id,
                        "completion/complete: params.ref is missing or malformed".into(),
                    )
                })?;
            match (r.kind.as_ref(), r.name, r.uri) {
                ("ref/prompt", Some(name), _) => Target::Prompt(name),
                ("ref/resource", _, Some(uri)) => Target::Resource(uri),
                _ => {
                    return Err(invalid_params(
                        id,
                        "completion/complete: params.ref must be ref/prompt with a name or ref/resource with a uri".into(),
                    ))
                }
            }
        }
        _ => Target::None,
    })
}

/// Protocol revision from `MCP-Protocol-Version`; absent means 2025-03-26
/// (spec: "the server SHOULD assume 2025-03-26").
pub fn effective_version(header: Option<&str>) -> &str {
    header
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .unwrap_or(LAST_BATCH_VERSION)
}

/// Revisions are dates, so they order as strings.
pub fn at_least(version: &str, other: &str) -> bool {
    version >= other
}

/// Decodes an `Mcp-Name` value: plain, or the `=?base64?…?=` sentinel that
/// 2026-07-28 uses for non-ASCII and edge whitespace.
pub fn decode_header_value(value: &str) -> Option<String> {
    match value
        .strip_prefix("=?base64?")
        .and_then(|v| v.strip_suffix("?="))
    {
        Some(b64) => base64::engine::general_purpose::STANDARD
            .decode(b64)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok()),
        None => Some(value.to_string()),
    }
}

/// The request-metadata headers of one request.
#[derive(Debug, Default, Clone, Copy)]
pub struct MetadataHeaders<'a> {
    pub protocol_version: Option<&'a str>,
    pub method: Option<&'a str>,
    pub name: Option<&'a str>,
}

/// What `Mcp-Name` must carry for a method, if anything.
fn expected_name(m: &Message) -> Option<&str> {
    match (m.method(), &m.target) {
        ("tools/call" | "prompts/get" | "resources/read", t) => t.name(),
        ("tasks/get" | "tasks/update" | "tasks/cancel", Target::Task(id)) => Some(id),
        _ => None,
    }
}

/// Checks `Mcp-Method` / `Mcp-Name` / `MCP-Protocol-Version` against the
/// body. From 2026-07-28 they are required; in older revisions they are
/// optional but, when sent, must still agree (an intermediary may route on
/// them). Returns the reason for a -32020 HeaderMismatch.
pub fn check_metadata_headers(h: &MetadataHeaders<'_>, body: &Body) -> Result<(), String> {
    let version = effective_version(h.protocol_version);
    let required = at_least(version, HEADER_METADATA_VERSION);
    let m = match body {
        Body::Single(m) => m,
        Body::Batch(_) => {
            if h.method.is_some() || h.name.is_some() {
                return Err("Mcp-Method/Mcp-Name headers cannot describe a batch".into());
            }
            return Ok(());
        }
    };
    if m.kind == Kind::Response {
        return Ok(());
    }
    if let (true, Some(meta)) = (required, &m.meta_protocol_version) {
        if meta != version {
            return Err(format!(
                "MCP-Protocol-Version header '{version}' does not match body _meta value '{meta}'"
            ));
        }
    }
    match h.method {
        Some(hm) if hm != m.method() => {
            return Err(format!(
                "Mcp-Method header value '{hm}' does not match body value '{}'",
                m.method()
            ));
        }
        None if required => return Err("Mcp-Method header is required".into()),
        _ => {}
    }
    let want = expected_name(m);
    match (h.name, want) {
        (Some(raw), Some(want)) => {
            let got = decode_header_value(raw)
                .ok_or_else(|| "Mcp-Name header has an invalid base64 value".to_string())?;
            if got != want {
                return Err(format!(
                    "Mcp-Name header value '{}' does not match body value '{}'",
                    got.escape_debug(),
                    want.escape_debug()
                ));
            }
        }
        (None, Some(_)) if required => {
            return Err(format!("Mcp-Name header is required for {}", m.method()));
        }
        (Some(_), None) => {
            return Err(format!(
                "Mcp-Name header is not expected for {}",
                m.method()
            ));
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: ParseLimits = ParseLimits {
        max_depth: 16,
        max_batch: 4,
    };

    fn single(body: &str) -> Message {
        match parse_body(body.as_bytes(), LIMITS) {
            Ok(Body::Single(m)) => m,
            other => panic!("expected a single message, got {other:?}"),
        }
    }

    #[test]
    fn governed_methods_yield_their_targets() {
        let cases: &[(&str, Target)] = &[
            (
                r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{}}}"#,
                Target::Tool("echo".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":"a","method":"resources/read","params":{"uri":"file:///x"}}"#,
                Target::Resource("file:///x".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":2,"method":"resources/subscribe","params":{"uri":"u://1"}}"#,
                Target::Resource("u://1".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":2,"method":"resources/unsubscribe","params":{"uri":"u://1"}}"#,
                Target::Resource("u://1".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":3,"method":"prompts/get","params":{"name":"p"}}"#,
                Target::Prompt("p".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":4,"method":"completion/complete","params":{"ref":{"type":"ref/prompt","name":"p"},"argument":{"name":"a","value":"b"}}}"#,
                Target::Prompt("p".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":5,"method":"completion/complete","params":{"ref":{"type":"ref/resource","uri":"u://{x}"},"argument":{"name":"a","value":"b"}}}"#,
                Target::Resource("u://{x}".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":6,"method":"tasks/result","params":{"taskId":"t-1"}}"#,
                Target::Task("t-1".into()),
            ),
            (
                r#"{"jsonrpc":"2.0","id":7,"method":"tools/list"}"#,
                Target::None,
            ),
            (
                r#"{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"e\u0063ho"}}"#,
                Target::Tool("echo".into()),
            ),
        ];
        for (body, want) in cases {
            assert_eq!(&single(body).target, want, "{body}");
        }
    }

    #[test]
    fn ids_are_kept_as_raw_json() {
        assert_eq!(
            single(r#"{"jsonrpc":"2.0","id":"x-1","method":"ping"}"#)
                .id
                .as_deref(),
            Some("\"x-1\"")
        );
        assert_eq!(
            single(r#"{"jsonrpc":"2.0","id":42,"method":"ping"}"#)
                .id
                .as_deref(),
            Some("42")
        );
    }

    #[test]
    fn notifications_and_client_responses_are_recognised() {
        let n = single(r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#);
        assert_eq!(
            (n.kind, n.class()),
            (Kind::Notification, MethodClass::Plumbing)
        );
        let r = single(r#"{"jsonrpc":"2.0","id":9,"result":{"roots":[]}}"#);
        assert_eq!(r.kind, Kind::Response);
        let e = single(r#"{"jsonrpc":"2.0","id":9,"error":{"code":-1,"message":"no"}}"#);
        assert_eq!(e.kind, Kind::Response);
    }

    #[test]
    fn task_augmented_calls_are_flagged() {
        let m = single(
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"slow","task":{"ttl":1000}}}"#,
        );
        assert!(m.task_requested);
    }

    #[test]
    fn bad_bodies_get_the_right_error_class() {
        let parse = |b: &[u8]| parse_body(b, LIMITS);
        assert!(matches!(parse(b"{not json"), Err(ParseError::Parse(_))));
        assert!(matches!(
            parse(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} trailing"),
            Err(ParseError::Parse(_))
        ));
        assert!(matches!(
            parse(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p\xffng\"}"),
            Err(ParseError::Parse(_))
        ));
        assert!(matches!(parse(b""), Err(ParseError::Invalid(_))));
        assert!(matches!(parse(b"  \n"), Err(ParseError::Invalid(_))));
        assert!(matches!(parse(b"42"), Err(ParseError::Invalid(_))));
        assert!(matches!(parse(b"[]"), Err(ParseError::Invalid(_))));
        assert!(matches!(
            parse(br#"{"id":1,"method":"ping"}"#),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":{},"method":"ping"}"#),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":1}"#),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":1,"method":"ping","result":{}}"#),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":1,"method":7}"#),
            Err(ParseError::Invalid(_))
        ));
    }

    #[test]
    fn duplicate_members_are_refused_rather_than_guessed() {
        let dup_method = br#"{"jsonrpc":"2.0","id":1,"method":"tools/list","method":"tools/call"}"#;
        assert!(matches!(
            parse_body(dup_method, LIMITS),
            Err(ParseError::Invalid(_))
        ));
        let dup_name = br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","name":"delete_db"}}"#;
        assert!(matches!(
            parse_body(dup_name, LIMITS),
            Err(ParseError::InvalidParams { .. })
        ));
    }

    #[test]
    fn missing_or_mistyped_targets_are_invalid_params_with_the_id() {
        let err = parse_body(
            br#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":3}}"#,
            LIMITS,
        )
        .unwrap_err();
        assert!(
            matches!(err, ParseError::InvalidParams { ref id, .. } if id == "5"),
            "{err:?}"
        );
        let err =
            parse_body(br#"{"jsonrpc":"2.0","id":5,"method":"tools/call"}"#, LIMITS).unwrap_err();
        assert!(matches!(err, ParseError::InvalidParams { .. }));
        let err = parse_body(
            br#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":[1]}"#,
            LIMITS,
        )
        .unwrap_err();
        assert!(matches!(err, ParseError::InvalidParams { .. }));
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused_before_parsing() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(
            matches!(parse_body(deep.as_bytes(), LIMITS), Err(ParseError::Invalid(m)) if m.contains("depth"))
        );
        // Brackets inside strings do not count.
        assert_eq!(nesting_depth(br#"{"a":"[[[[[[[["}"#), 1);
        assert_eq!(nesting_depth(br#"{"a":"\"[[[["}"#), 1);
    }

    #[test]
    fn batches_parse_per_element_and_respect_limits() {
        let body = br#"[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a"}},{"jsonrpc":"2.0","method":"notifications/progress","params":{}}]"#;
        match parse_body(body, LIMITS) {
            Ok(Body::Batch(v)) => assert_eq!(v.len(), 2),
            other => panic!("{other:?}"),
        }
        let big = format!(
            "[{}]",
            [r#"{"jsonrpc":"2.0","method":"notifications/progress"}"#; 5].join(",")
        );
        assert!(
            matches!(parse_body(big.as_bytes(), LIMITS), Err(ParseError::Invalid(m)) if m.contains("batch of 5"))
        );
        let dup = br#"[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":1,"method":"ping"}]"#;
        assert!(
            matches!(parse_body(dup, LIMITS), Err(ParseError::Invalid(m)) if m.contains("duplicate"))
        );
    }

    fn headers<'a>(
        v: Option<&'a str>,
        m: Option<&'a str>,
        n: Option<&'a str>,
    ) -> MetadataHeaders<'a> {
        MetadataHeaders {
            protocol_version: v,
            method: m,
            name: n,
        }
    }

    #[test]
    fn metadata_headers_must_agree_with_the_body() {
        let call = Body::Single(single(
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo"}}"#,
        ));
        let v26 = Some("2026-07-28");
        assert_eq!(
            check_metadata_headers(&headers(v26, Some("tools/call"), Some("echo")), &call),
            Ok(())
        );
        assert!(check_metadata_headers(
            &headers(v26, Some("tools/call"), Some("delete_db")),
            &call
        )
        .is_err());
        assert!(
            check_metadata_headers(&headers(v26, Some("tools/list"), Some("echo")), &call).is_err()
        );
        assert!(check_metadata_headers(&headers(v26, None, Some("echo")), &call).is_err());
        assert!(check_metadata_headers(&headers(v26, Some("tools/call"), None), &call).is_err());
        // Older revisions: optional, but a sent header must still agree.
        assert_eq!(
            check_metadata_headers(&headers(Some("2025-11-25"), None, None), &call),
            Ok(())
        );
        assert!(
            check_metadata_headers(&headers(Some("2025-11-25"), None, Some("other")), &call)
                .is_err()
        );
        // Base64 sentinel for non-ASCII names.
        let uni = Body::Single(single(
            r#"{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"résumé"}}"#,
        ));
        let enc = format!(
            "=?base64?{}?=",
            base64::engine::general_purpose::STANDARD.encode("résumé")
        );
        assert_eq!(
            check_metadata_headers(&headers(v26, Some("prompts/get"), Some(&enc)), &uni),
            Ok(())
        );
        assert!(check_metadata_headers(
            &headers(v26, Some("prompts/get"), Some("=?base64?!!?=")),
            &uni
        )
        .is_err());
        // _meta protocol version must match the header.
        let meta = Body::Single(single(
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2025-11-25"}}}"#,
        ));
        assert!(check_metadata_headers(&headers(v26, Some("tools/list"), None), &meta).is_err());
    }

    #[test]
    fn every_method_has_a_class() {
        assert_eq!(classify("tools/call"), MethodClass::Governed);
        assert_eq!(
            classify("tools/list"),
            MethodClass::Listing(ListKind::Tools)
        );
        assert_eq!(classify("tasks/cancel"), MethodClass::Task);
        assert_eq!(
            classify("notifications/roots/list_changed"),
            MethodClass::Plumbing
        );
        assert_eq!(classify("server/discover"), MethodClass::Plumbing);
        assert_eq!(classify("admin/drop_tables"), MethodClass::Other);
        for m in CLIENT_METHODS {
            let _ = classify(m);
        }
    }
}
