//! The MCP message model: a client body, parsed once by [`crate::json`],
//! turned into messages with their governed targets, and the 2026-07-28
//! request-metadata header checks.
//!
//! Covers single messages and 2025-03-26 batches, every method of
//! 2024-11-05 .. 2026-07-28 (+ the tasks extension), client responses and
//! notifications. Version aware: a method the negotiated revision does not
//! define is not validated here (the server answers it), but any target it
//! names is still governed.

use crate::json::{self, Doc, Kind as JsonKind};
use base64::Engine;
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
/// The 2026-07-28 tasks extension id (declared in `_meta` capabilities).
pub const TASKS_EXTENSION: &str = "io.modelcontextprotocol/tasks";

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

/// Client methods of the 2026-07-28 core (tasks come with the extension).
const METHODS_2026: &[&str] = &[
    "server/discover",
    "completion/complete",
    "prompts/get",
    "prompts/list",
    "resources/list",
    "resources/templates/list",
    "resources/read",
    "subscriptions/listen",
    "tools/call",
    "tools/list",
    "notifications/cancelled",
];

/// Methods of the 2026-07-28 tasks extension (SEP-2663: `tasks/result` and
/// `tasks/list` are gone; results come with `tasks/get`).
const TASKS_EXTENSION_METHODS: &[&str] = &["tasks/get", "tasks/update", "tasks/cancel"];

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

    /// The member of a list item that policy looks at.
    pub fn item_key(self) -> &'static str {
        match self {
            ListKind::Tools | ListKind::Prompts => "name",
            ListKind::Resources => "uri",
            ListKind::ResourceTemplates => "uriTemplate",
            ListKind::Tasks => "taskId",
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
        | "completion/complete"
        | "subscriptions/listen" => MethodClass::Governed,
        "tools/list" => MethodClass::Listing(ListKind::Tools),
        "resources/list" => MethodClass::Listing(ListKind::Resources),
        "resources/templates/list" => MethodClass::Listing(ListKind::ResourceTemplates),
        "prompts/list" => MethodClass::Listing(ListKind::Prompts),
        "tasks/list" => MethodClass::Listing(ListKind::Tasks),
        "tasks/get" | "tasks/result" | "tasks/cancel" | "tasks/update" => MethodClass::Task,
        "initialize" | "ping" | "server/discover" | "logging/setLevel" => MethodClass::Plumbing,
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

/// A JSON-RPC id: its exact text (echoed byte for byte) and its canonical
/// form (compared: `-0` is `0`, `"\u0061"` is `"a"`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RpcId {
    pub raw: String,
    pub canonical: String,
}

impl RpcId {
    /// Reads an id node: strings and integers only (MCP ids).
    pub fn read(doc: &Doc, node: json::Id) -> Option<RpcId> {
        let canonical = json::canonical_id(doc, node)?;
        Some(RpcId {
            raw: doc.raw(node).to_string(),
            canonical,
        })
    }
}

/// One JSON-RPC message of a client request body, with what policy needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message object in the parsed document.
    pub node: json::Id,
    pub kind: Kind,
    pub id: Option<RpcId>,
    pub method: Option<String>,
    /// What the message acts on: one target, or several
    /// (`subscriptions/listen` names every resource it subscribes to).
    pub targets: Vec<Target>,
    /// `params` (an object), when present.
    pub params: Option<json::Id>,
    /// `tools/call` `params.arguments`.
    pub arguments: Option<json::Id>,
    /// `tools/call` asked for task-augmented execution (2025-11-25 `task`).
    pub task_requested: bool,
    /// `_meta["io.modelcontextprotocol/protocolVersion"]` (2026-07-28).
    pub meta_protocol_version: Option<String>,
    /// The request's `_meta` declares the 2026 tasks extension.
    pub declares_tasks: bool,
    /// The method is not part of the negotiated revision: forwarded for the
    /// server to answer (after policy), never validated here.
    pub foreign: bool,
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
    /// The first target (audit, metrics, facts name one).
    pub fn target(&self) -> &Target {
        const NONE: &Target = &Target::None;
        self.targets.first().unwrap_or(NONE)
    }
    pub fn raw_id(&self) -> Option<&str> {
        self.id.as_ref().map(|i| i.raw.as_str())
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
    pub fn is_batch(&self) -> bool {
        matches!(self, Body::Batch(_))
    }
}

/// A parsed client body: the document every stage reads, and its messages.
#[derive(Debug)]
pub struct Parsed {
    pub doc: Doc,
    pub body: Body,
}

/// Why a body was refused. `Parse` and `Invalid` are about the body as a
/// whole (HTTP 400); `InvalidParams` belongs to one request id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON, or not UTF-8: JSON-RPC -32700, id null.
    Parse(String),
    /// JSON but not an acceptable JSON-RPC message: -32600, with the id
    /// when it could be read.
    Invalid { id: Option<String>, message: String },
    /// A request whose params lack what its method needs: -32602 with its id.
    InvalidParams { id: String, message: String },
}

impl ParseError {
    fn invalid(id: Option<&RpcId>, message: impl Into<String>) -> ParseError {
        ParseError::Invalid {
            id: id.map(|i| i.raw.clone()),
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct ParseLimits {
    pub max_depth: usize,
    pub max_batch: usize,
}

/// Longest id accepted (string or digits): ids are echoed into audit and
/// errors; nothing legitimate needs more.
const MAX_ID_LEN: usize = 256;

/// Parses a client request body for the negotiated protocol `version`.
pub fn parse_body(body: Vec<u8>, limits: ParseLimits, version: &str) -> Result<Parsed, ParseError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::invalid(None, "empty body"));
    }
    let doc = Doc::parse(body, limits.max_depth).map_err(|e| match e {
        json::Error::TooDeep { limit } => ParseError::invalid(
            None,
            format!("JSON nesting is deeper than the limit of {limit}"),
        ),
        json::Error::Syntax { .. } => ParseError::Parse(format!("body is not valid JSON: {e}")),
    })?;
    let body = match doc.kind(Doc::ROOT) {
        Some(JsonKind::Array) => {
            let items: Vec<json::Id> = doc.items(Doc::ROOT).collect();
            if items.is_empty() {
                return Err(ParseError::invalid(None, "empty batch"));
            }
            if items.len() > limits.max_batch {
                return Err(ParseError::invalid(
                    None,
                    format!(
                        "batch of {} messages exceeds the limit of {}",
                        items.len(),
                        limits.max_batch
                    ),
                ));
            }
            let mut messages = Vec::with_capacity(items.len());
            for (i, item) in items.into_iter().enumerate() {
                let m = parse_message(&doc, item, version).map_err(|e| match e {
                    ParseError::Invalid { id, message } => ParseError::Invalid {
                        id,
                        message: format!("batch[{i}]: {message}"),
                    },
                    other => other,
                })?;
                messages.push(m);
            }
            let mut seen = std::collections::HashSet::new();
            for m in &messages {
                if let (Kind::Request, Some(id)) = (m.kind, &m.id) {
                    if !seen.insert(id.canonical.as_str()) {
                        return Err(ParseError::invalid(
                            None,
                            format!("duplicate request id {} in batch", id.raw),
                        ));
                    }
                }
            }
            Body::Batch(messages)
        }
        Some(JsonKind::Object) => Body::Single(parse_message(&doc, Doc::ROOT, version)?),
        _ => {
            return Err(ParseError::invalid(
                None,
                "a JSON-RPC message must be an object or a batch array",
            ))
        }
    };
    if let Some(defect) = doc.defect() {
        // The document is complete, so the id can still be answered.
        let id = match &body {
            Body::Single(m) => m.id.as_ref(),
            Body::Batch(_) => None,
        };
        return Err(ParseError::invalid(
            id,
            format!("the body cannot be read unambiguously: {defect}"),
        ));
    }
    Ok(Parsed { doc, body })
}

/// Reads the id of a message object, however malformed the rest is.
fn read_id(doc: &Doc, node: json::Id) -> Result<Option<RpcId>, ParseError> {
    let Some(idn) = doc.get(node, "id") else {
        return Ok(None);
    };
    let Some(id) = RpcId::read(doc, idn) else {
        return Err(ParseError::invalid(
            None,
            "\"id\" must be a string or an integer",
        ));
    };
    if id.raw.len() > MAX_ID_LEN {
        return Err(ParseError::invalid(
            None,
            format!("\"id\" is longer than {MAX_ID_LEN} characters"),
        ));
    }
    Ok(Some(id))
}

fn parse_message(doc: &Doc, node: json::Id, version: &str) -> Result<Message, ParseError> {
    if doc.kind(node) != Some(JsonKind::Object) {
        return Err(ParseError::invalid(
            None,
            "a JSON-RPC message must be an object",
        ));
    }
    let id = read_id(doc, node)?;
    case_confusion(doc, node, ENVELOPE_MEMBERS, id.as_ref())?;
    if let Some(p) = doc.get(node, "params") {
        case_confusion(doc, p, PARAMS_MEMBERS, id.as_ref())?;
        if let Some(r) = doc.get(p, "ref") {
            case_confusion(doc, r, &["type", "name", "uri"], id.as_ref())?;
        }
    }
    if doc.get_str(node, "jsonrpc").as_deref() != Some("2.0") {
        return Err(ParseError::invalid(
            id.as_ref(),
            "\"jsonrpc\" must be \"2.0\"",
        ));
    }
    let has_result = doc.get(node, "result").is_some();
    let has_error = doc.get(node, "error").is_some();
    let Some(method_node) = doc.get(node, "method") else {
        // A response from the client (to sampling, elicitation, roots/list).
        return match (&id, has_result, has_error) {
            (Some(_), true, false) | (Some(_), false, true) => Ok(Message {
                node,
                kind: Kind::Response,
                id,
                method: None,
                targets: Vec::new(),
                params: None,
                arguments: None,
                task_requested: false,
                meta_protocol_version: None,
                declares_tasks: false,
                foreign: false,
            }),
            _ => Err(ParseError::invalid(
                id.as_ref(),
                "a message needs \"method\", or \"id\" with exactly one of \"result\"/\"error\"",
            )),
        };
    };
    let Some(method) = doc.str(method_node).map(Cow::into_owned) else {
        return Err(ParseError::invalid(
            id.as_ref(),
            "\"method\" must be a string",
        ));
    };
    if has_result || has_error {
        return Err(ParseError::invalid(
            id.as_ref(),
            "a request cannot carry \"result\" or \"error\"",
        ));
    }
    let kind = if id.is_some() {
        Kind::Request
    } else {
        Kind::Notification
    };
    let params = match doc.get(node, "params") {
        None => None,
        Some(p) if doc.kind(p) == Some(JsonKind::Object) => Some(p),
        Some(_) => {
            return Err(invalid_params(
                id.as_ref(),
                format!("{}: params must be an object", method.escape_debug()),
            ))
        }
    };
    let meta = params.and_then(|p| doc.get(p, "_meta"));
    let meta_protocol_version = meta
        .and_then(|m| doc.get_str(m, "io.modelcontextprotocol/protocolVersion"))
        .map(Cow::into_owned);
    let declares_tasks = meta.is_some_and(|m| declares_extension(doc, m, TASKS_EXTENSION));
    let foreign = !in_revision(&method, version, declares_tasks);
    let targets = match targets_of(doc, &method, params, id.as_ref()) {
        Ok(t) => t,
        // A method outside the revision is the server's to refuse; only
        // a well-formed target is governed.
        Err(_) if foreign => Vec::new(),
        Err(e) => return Err(e),
    };
    let task_requested = method == "tools/call"
        && params
            .and_then(|p| doc.get(p, "task"))
            .is_some_and(|t| doc.kind(t) != Some(JsonKind::Null));
    let arguments = if method == "tools/call" {
        params.and_then(|p| doc.get(p, "arguments"))
    } else {
        None
    };
    Ok(Message {
        node,
        kind,
        id,
        method: Some(method),
        targets,
        params,
        arguments,
        task_requested,
        meta_protocol_version,
        declares_tasks,
        foreign,
    })
}

/// `_meta` declares an extension when any of its members (capabilities,
/// client capabilities) names it as a key.
fn declares_extension(doc: &Doc, meta: json::Id, ext: &str) -> bool {
    doc.members(meta).any(|(_, v)| {
        doc.kind(v) == Some(JsonKind::Object)
            && (doc.get(v, ext).is_some()
                || doc
                    .get(v, "extensions")
                    .is_some_and(|e| doc.get(e, ext).is_some()))
    })
}

/// Member names of a JSON-RPC message.
const ENVELOPE_MEMBERS: &[&str] = &["jsonrpc", "id", "method", "params", "result", "error"];
/// `params` members that policy reads.
const PARAMS_MEMBERS: &[&str] = &[
    "name",
    "uri",
    "arguments",
    "taskId",
    "ref",
    "task",
    "_meta",
    "notifications",
];

/// A member name as a case-insensitive reader folds it: Go's encoding/json
/// matches struct fields with Unicode simple folding, where the long s
/// (U+017F) is `s` and the Kelvin sign (U+212A) is `k`.
pub fn folded(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            '\u{17F}' => 's',
            '\u{212A}' => 'k',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// Refuses a member whose name is a known member's name in another case:
/// a server that matches names case-insensitively would read it as that
/// member, while this filter would not.
fn case_confusion(
    doc: &Doc,
    obj: json::Id,
    known: &[&str],
    id: Option<&RpcId>,
) -> Result<(), ParseError> {
    for (k, _) in doc.members(obj) {
        let Some(name) = doc.str(k) else { continue };
        if known.contains(&name.as_ref()) {
            continue;
        }
        let f = folded(&name);
        if let Some(real) = known.iter().find(|m| folded(m) == f) {
            return Err(ParseError::invalid(
                id,
                format!(
                    "member \"{}\" differs from \"{real}\" only by case; servers that match names case-insensitively would read it as \"{real}\"",
                    name.escape_debug()
                ),
            ));
        }
    }
    Ok(())
}

/// Whether `method` exists in revision `version`.
pub fn in_revision(method: &str, version: &str, declares_tasks: bool) -> bool {
    if !at_least(version, HEADER_METADATA_VERSION) {
        return true;
    }
    METHODS_2026.contains(&method)
        || (declares_tasks && TASKS_EXTENSION_METHODS.contains(&method))
        || !CLIENT_METHODS.contains(&method) && !method.starts_with("notifications/")
}

fn invalid_params(id: Option<&RpcId>, message: String) -> ParseError {
    match id {
        Some(id) => ParseError::InvalidParams {
            id: id.raw.clone(),
            message,
        },
        // A notification has no id to answer; refuse the body.
        None => ParseError::Invalid { id: None, message },
    }
}

/// A string member, or why it is not one.
fn string_member(doc: &Doc, obj: Option<json::Id>, name: &str) -> Result<String, &'static str> {
    let node = obj.and_then(|o| doc.get(o, name)).ok_or("is missing")?;
    if doc.kind(node) != Some(JsonKind::String) {
        return Err("must be a string");
    }
    doc.str(node).map(Cow::into_owned).ok_or("must be a string")
}

fn targets_of(
    doc: &Doc,
    method: &str,
    p: Option<json::Id>,
    id: Option<&RpcId>,
) -> Result<Vec<Target>, ParseError> {
    let need = |field: &str| {
        string_member(doc, p, field)
            .map_err(|why| invalid_params(id, format!("{method}: params.{field} {why}")))
    };
    Ok(match method {
        "tools/call" => vec![Target::Tool(need("name")?)],
        "prompts/get" => vec![Target::Prompt(need("name")?)],
        "resources/read" | "resources/subscribe" | "resources/unsubscribe" => {
            vec![Target::Resource(need("uri")?)]
        }
        "tasks/get" | "tasks/result" | "tasks/cancel" | "tasks/update" => {
            vec![Target::Task(need("taskId")?)]
        }
        "completion/complete" => {
            let r = p.and_then(|p| doc.get(p, "ref"));
            let kind = string_member(doc, r, "type").ok();
            match kind.as_deref() {
                Some("ref/prompt") => match string_member(doc, r, "name") {
                    Ok(name) => vec![Target::Prompt(name)],
                    Err(why) => {
                        return Err(invalid_params(
                            id,
                            format!("completion/complete: params.ref.name {why}"),
                        ))
                    }
                },
                Some("ref/resource") => match string_member(doc, r, "uri") {
                    Ok(uri) => vec![Target::Resource(uri)],
                    Err(why) => {
                        return Err(invalid_params(
                            id,
                            format!("completion/complete: params.ref.uri {why}"),
                        ))
                    }
                },
                _ => return Err(invalid_params(
                    id,
                    "completion/complete: params.ref must be ref/prompt with a name or ref/resource with a uri".into(),
                )),
            }
        }
        "subscriptions/listen" => {
            let subs = p
                .and_then(|p| doc.get(p, "notifications"))
                .and_then(|n| doc.get(n, "resourceSubscriptions"));
            let mut out = Vec::new();
            if let Some(list) = subs {
                if doc.kind(list) != Some(JsonKind::Array) {
                    return Err(invalid_params(
                        id,
                        "subscriptions/listen: params.notifications.resourceSubscriptions must be an array of URIs".into(),
                    ));
                }
                for item in doc.items(list) {
                    match (doc.kind(item), doc.str(item)) {
                        (Some(JsonKind::String), Some(uri)) => {
                            out.push(Target::Resource(uri.into_owned()))
                        }
                        _ => return Err(invalid_params(
                            id,
                            "subscriptions/listen: params.notifications.resourceSubscriptions must be an array of URIs".into(),
                        )),
                    }
                }
            }
            out
        }
        _ => Vec::new(),
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

/// Decodes a header value that 2026-07-28 allows to carry the
/// `=?base64?…?=` sentinel (`Mcp-Name`, `Mcp-Param-*`).
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

/// Encodes a value for an `Mcp-Param-*` / `Mcp-Name` header the way
/// 2026-07-28 clients do (base64 sentinel unless plain visible ASCII).
pub fn encode_header_value(value: &str) -> String {
    let sentinel = value.starts_with("=?base64?") && value.ends_with("?=");
    let edge_space = value.starts_with(' ') || value.ends_with(' ');
    let plain = !value.is_empty()
        && value.bytes().all(|b| (0x20..0x7f).contains(&b))
        && !edge_space
        && !sentinel;
    if plain {
        value.to_string()
    } else {
        format!(
            "=?base64?{}?=",
            base64::engine::general_purpose::STANDARD.encode(value)
        )
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
    match (m.method(), m.target()) {
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
                "Mcp-Method header value '{}' does not match body value '{}'",
                hm.escape_debug(),
                m.method().escape_debug()
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

// ------------------------------------------------------------- answers

/// What a server message is, read from its parsed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerMessage {
    /// A response (result or error) to the request with this id.
    Response {
        id: Option<RpcId>,
        error: bool,
    },
    /// A server-initiated request (sampling, elicitation, roots).
    Request {
        id: RpcId,
        method: String,
    },
    Notification {
        method: String,
    },
    /// Not a JSON-RPC message.
    Unknown,
}

impl ServerMessage {
    pub fn read(doc: &Doc, node: json::Id) -> ServerMessage {
        if doc.kind(node) != Some(JsonKind::Object) {
            return ServerMessage::Unknown;
        }
        let id = doc.get(node, "id").and_then(|i| RpcId::read(doc, i));
        match doc.get_str(node, "method") {
            Some(method) => match id {
                Some(id) => ServerMessage::Request {
                    id,
                    method: method.into_owned(),
                },
                None => ServerMessage::Notification {
                    method: method.into_owned(),
                },
            },
            None => {
                let result = doc.get(node, "result").is_some();
                let error = doc.get(node, "error").is_some();
                if result || error {
                    ServerMessage::Response { id, error }
                } else {
                    ServerMessage::Unknown
                }
            }
        }
    }
}

/// For streams that carry answers to requests made elsewhere (the legacy
/// 2024-11-05 GET stream, resumed streams): which list, judged by shape.
pub fn guess_list_kind(doc: &Doc, node: json::Id) -> Option<ListKind> {
    let result = doc.get(node, "result")?;
    [
        ListKind::Tools,
        ListKind::Prompts,
        ListKind::Resources,
        ListKind::ResourceTemplates,
    ]
    .into_iter()
    .find(|k| {
        doc.get(result, k.result_field())
            .is_some_and(|v| doc.kind(v) == Some(JsonKind::Array))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: ParseLimits = ParseLimits {
        max_depth: 16,
        max_batch: 4,
    };
    const V: &str = "2025-11-25";

    fn parse(body: &[u8]) -> Result<Parsed, ParseError> {
        parse_body(body.to_vec(), LIMITS, V)
    }

    fn single(body: &str) -> Message {
        match parse(body.as_bytes()) {
            Ok(Parsed {
                body: Body::Single(m),
                ..
            }) => m,
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
            assert_eq!(single(body).target(), want, "{body}");
        }
    }

    #[test]
    fn a_subscription_names_every_resource_it_listens_to() {
        let m = single(
            r#"{"jsonrpc":"2.0","id":1,"method":"subscriptions/listen","params":{"notifications":{"toolsListChanged":true,"resourceSubscriptions":["a://1","b://2"]}}}"#,
        );
        assert_eq!(
            m.targets,
            vec![
                Target::Resource("a://1".into()),
                Target::Resource("b://2".into())
            ]
        );
        assert_eq!(m.class(), MethodClass::Governed);
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":1,"method":"subscriptions/listen","params":{"notifications":{"resourceSubscriptions":[7]}}}"#),
            Err(ParseError::InvalidParams { .. })
        ));
    }

    #[test]
    fn ids_keep_their_text_and_compare_canonically() {
        let m = single(r#"{"jsonrpc":"2.0","id":"x-1","method":"ping"}"#);
        assert_eq!(m.raw_id(), Some("\"x-1\""));
        let m = single(r#"{"jsonrpc":"2.0","id":-0,"method":"tools/list"}"#);
        assert_eq!(m.raw_id(), Some("-0"));
        assert_eq!(m.id.unwrap().canonical, "n:0");
        let m = single(r#"{"jsonrpc":"2.0","id":1180591620717411303424,"method":"tools/list"}"#);
        assert_eq!(m.raw_id(), Some("1180591620717411303424"));
    }

    #[test]
    fn ids_that_are_not_strings_or_integers_are_refused() {
        for id in ["1.5", "1e0", "1E2", "-1.0", "null", "{}", "[]", "true"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"tools/list"}}"#);
            assert!(
                matches!(
                    parse(body.as_bytes()),
                    Err(ParseError::Invalid { id: None, .. })
                ),
                "{id}"
            );
        }
        let long = format!(
            r#"{{"jsonrpc":"2.0","id":"{}","method":"ping"}}"#,
            "x".repeat(300)
        );
        assert!(matches!(
            parse(long.as_bytes()),
            Err(ParseError::Invalid { .. })
        ));
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
        assert!(matches!(parse(b"{not json"), Err(ParseError::Parse(_))));
        assert!(matches!(
            parse(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} trailing"),
            Err(ParseError::Parse(_))
        ));
        assert!(matches!(
            parse(b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p\xffng\"}"),
            Err(ParseError::Parse(_))
        ));
        for invalid in [
            &b""[..],
            b"  \n",
            b"42",
            b"[]",
            br#"{"id":1,"method":"ping"}"#,
            br#"{"jsonrpc":"1.0","id":1,"method":"ping"}"#,
            br#"{"jsonrpc":"2.0","id":null,"method":"ping"}"#,
            br#"{"jsonrpc":"2.0","id":{},"method":"ping"}"#,
            br#"{"jsonrpc":"2.0","id":1}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":"ping","result":{}}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":7}"#,
        ] {
            assert!(
                matches!(parse(invalid), Err(ParseError::Invalid { .. })),
                "{}",
                String::from_utf8_lossy(invalid)
            );
        }
    }

    #[test]
    fn invalid_requests_answer_with_their_id_when_it_can_be_read() {
        match parse(br#"{"jsonrpc":"1.0","id":7,"method":"ping"}"#) {
            Err(ParseError::Invalid { id, .. }) => assert_eq!(id.as_deref(), Some("7")),
            other => panic!("{other:?}"),
        }
        match parse(
            br#"{"jsonrpc":"2.0","id":"q","method":"tools/call","params":{"name":"a\ud800"}}"#,
        ) {
            Err(ParseError::Invalid { id, message }) => {
                assert_eq!(id.as_deref(), Some("\"q\""));
                assert!(message.contains("surrogate"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn duplicate_members_are_refused_rather_than_guessed() {
        for body in [
            &br#"{"jsonrpc":"2.0","id":1,"method":"tools/list","method":"tools/call"}"#[..],
            br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","name":"delete_db"}}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"t":"a","t":"b"}}}"#,
        ] {
            match parse(body) {
                Err(ParseError::Invalid { message, .. }) => {
                    assert!(message.contains("duplicate"), "{message}")
                }
                other => panic!("{other:?}"),
            }
        }
    }

    /// Fuzz finding F1 (fuzz/artifacts-found/differential/f1-*): a Go
    /// server (`encoding/json` into structs) matches member names case-
    /// insensitively, with Unicode simple folding (`paramſ` is `params`),
    /// last match wins. These bodies are read one way here and another way
    /// there; they must be refused like exact duplicates.
    #[test]
    fn fuzz_finding_f1_member_names_a_go_server_folds_together_are_refused() {
        for body in [
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/list","Method":"tools/call","params":{"name":"delete_ticket"}}"#,
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_ticket","NAME":"delete_ticket"}}"#,
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"get_ticket\"},\"param\u{17f}\":{\"name\":\"delete_ticket\"}}",
            r#"{"jsonrpc":"2.0","id":1,"result":{},"Method":"tools/call","params":{"name":"delete_ticket"}}"#,
        ] {
            assert!(
                matches!(parse(body.as_bytes()), Err(ParseError::Invalid { .. })),
                "accepted: {body}"
            );
        }
    }

    #[test]
    fn names_a_case_insensitive_reader_would_fold_are_refused() {
        for body in [
            &br#"{"jsonrpc":"2.0","id":1,"method":"tools/list","Method":"tools/call"}"#[..],
            br#"{"jsonrpc":"2.0","id":1,"METHOD":"tools/call","result":{}}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","Name":"delete_db"}}"#,
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"argumentſ\":{}}}".as_bytes(),
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"paramſ\":{\"name\":\"x\"}}".as_bytes(),
        ] {
            match parse(body) {
                Err(ParseError::Invalid { message, .. }) => {
                    assert!(message.contains("only by case"), "{message}")
                }
                other => panic!("{}: {other:?}", String::from_utf8_lossy(body)),
            }
        }
        // Arguments are a map: any names are fine there.
        assert!(parse(br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"Name":"x","name":"y"}}}"#).is_ok());
    }

    #[test]
    fn numbers_no_double_can_hold_are_refused() {
        assert!(matches!(
            parse(br#"{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"echo","arguments":{"n":1e400}}}"#),
            Err(ParseError::Invalid { id: Some(_), .. })
        ));
    }

    #[test]
    fn missing_or_mistyped_targets_are_invalid_params_with_the_id() {
        let err = parse(br#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":3}}"#)
            .unwrap_err();
        assert!(
            matches!(err, ParseError::InvalidParams { ref id, ref message } if id == "5" && message.contains("must be a string")),
            "{err:?}"
        );
        let err = parse(br#"{"jsonrpc":"2.0","id":5,"method":"tools/call"}"#).unwrap_err();
        assert!(
            matches!(err, ParseError::InvalidParams { ref message, .. } if message.contains("missing")),
            "{err:?}"
        );
        let err =
            parse(br#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":[1]}"#).unwrap_err();
        assert!(matches!(err, ParseError::InvalidParams { .. }));
        let err =
            parse(br#"{"jsonrpc":"2.0","id":5,"method":"tools/call","params":5}"#).unwrap_err();
        assert!(matches!(err, ParseError::InvalidParams { ref id, .. } if id == "5"));
    }

    #[test]
    fn methods_outside_the_revision_are_left_to_the_server() {
        let v26 = "2026-07-28";
        // resources/subscribe is gone in 2026-07-28: malformed params are
        // the server's to refuse, a well-formed URI is still governed.
        let m = match parse_body(
            br#"{"jsonrpc":"2.0","id":1,"method":"resources/subscribe","params":{}}"#.to_vec(),
            LIMITS,
            v26,
        ) {
            Ok(p) => p.body.messages()[0].clone(),
            Err(e) => panic!("{e:?}"),
        };
        assert!(m.foreign);
        assert!(m.targets.is_empty());
        let m = match parse_body(
            br#"{"jsonrpc":"2.0","id":1,"method":"resources/subscribe","params":{"uri":"x://1"}}"#
                .to_vec(),
            LIMITS,
            v26,
        ) {
            Ok(p) => p.body.messages()[0].clone(),
            Err(e) => panic!("{e:?}"),
        };
        assert_eq!(m.targets, vec![Target::Resource("x://1".into())]);
        // tasks/* belong to 2026 only with the tasks extension declared.
        assert!(!in_revision("tasks/get", v26, false));
        assert!(in_revision("tasks/get", v26, true));
        assert!(!in_revision("tasks/result", v26, true));
        assert!(in_revision("tasks/get", "2025-11-25", false));
        assert!(in_revision("vendor/custom", v26, false));
    }

    #[test]
    fn nesting_beyond_the_limit_is_refused() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(
            matches!(parse(deep.as_bytes()), Err(ParseError::Invalid { message, .. }) if message.contains("deeper"))
        );
    }

    #[test]
    fn batches_parse_per_element_and_respect_limits() {
        let body = br#"[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a"}},{"jsonrpc":"2.0","method":"notifications/progress","params":{}}]"#;
        match parse(body) {
            Ok(Parsed {
                body: Body::Batch(v),
                ..
            }) => assert_eq!(v.len(), 2),
            other => panic!("{other:?}"),
        }
        let big = format!(
            "[{}]",
            [r#"{"jsonrpc":"2.0","method":"notifications/progress"}"#; 5].join(",")
        );
        assert!(
            matches!(parse(big.as_bytes()), Err(ParseError::Invalid { message, .. }) if message.contains("batch of 5"))
        );
        // -0 and 0 are the same id.
        let dup = br#"[{"jsonrpc":"2.0","id":0,"method":"ping"},{"jsonrpc":"2.0","id":-0,"method":"ping"}]"#;
        assert!(
            matches!(parse(dup), Err(ParseError::Invalid { message, .. }) if message.contains("duplicate"))
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
        assert_eq!(
            check_metadata_headers(&headers(Some("2025-11-25"), None, None), &call),
            Ok(())
        );
        assert!(
            check_metadata_headers(&headers(Some("2025-11-25"), None, Some("other")), &call)
                .is_err()
        );
        let uni = Body::Single(single(
            r#"{"jsonrpc":"2.0","id":1,"method":"prompts/get","params":{"name":"résumé"}}"#,
        ));
        let enc = encode_header_value("résumé");
        assert!(enc.starts_with("=?base64?"));
        assert_eq!(
            check_metadata_headers(&headers(v26, Some("prompts/get"), Some(&enc)), &uni),
            Ok(())
        );
        assert!(check_metadata_headers(
            &headers(v26, Some("prompts/get"), Some("=?base64?!!?=")),
            &uni
        )
        .is_err());
        let meta = Body::Single(single(
            r#"{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2025-11-25"}}}"#,
        ));
        assert!(check_metadata_headers(&headers(v26, Some("tools/list"), None), &meta).is_err());
    }

    #[test]
    fn header_values_encode_like_2026_clients() {
        assert_eq!(encode_header_value("us-west1"), "us-west1");
        assert_eq!(
            encode_header_value("Hello, 世界"),
            "=?base64?SGVsbG8sIOS4lueVjA==?="
        );
        assert_eq!(encode_header_value(" padded "), "=?base64?IHBhZGRlZCA=?=");
        assert_eq!(
            encode_header_value("=?base64?literal?="),
            "=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?="
        );
        for v in ["us-west1", "Hello, 世界", "a\nb", ""] {
            assert_eq!(
                decode_header_value(&encode_header_value(v)).as_deref(),
                Some(v)
            );
        }
    }

    #[test]
    fn server_messages_are_classified_from_their_document() {
        let read = |s: &str| {
            let d = Doc::parse_str(s, 16).unwrap();
            ServerMessage::read(&d, Doc::ROOT)
        };
        assert!(
            matches!(read(r#"{"jsonrpc":"2.0","id":0,"result":{}}"#), ServerMessage::Response { id: Some(ref i), error: false } if i.canonical == "n:0")
        );
        assert!(matches!(
            read(r#"{"jsonrpc":"2.0","id":"s","method":"sampling/createMessage"}"#),
            ServerMessage::Request { .. }
        ));
        assert!(matches!(
            read(r#"{"jsonrpc":"2.0","method":"notifications/message"}"#),
            ServerMessage::Notification { .. }
        ));
        assert_eq!(read("[]"), ServerMessage::Unknown);
        let d = Doc::parse_str(r#"{"id":1,"result":{"tools":[]}}"#, 8).unwrap();
        assert_eq!(guess_list_kind(&d, Doc::ROOT), Some(ListKind::Tools));
    }

    #[test]
    fn every_method_has_a_class() {
        assert_eq!(classify("tools/call"), MethodClass::Governed);
        assert_eq!(
            classify("tools/list"),
            MethodClass::Listing(ListKind::Tools)
        );
        assert_eq!(classify("tasks/cancel"), MethodClass::Task);
        assert_eq!(classify("subscriptions/listen"), MethodClass::Governed);
        assert_eq!(
            classify("notifications/roots/list_changed"),
            MethodClass::Plumbing
        );
        assert_eq!(classify("server/discover"), MethodClass::Plumbing);
        assert_eq!(classify("admin/drop_tables"), MethodClass::Other);
    }
}
