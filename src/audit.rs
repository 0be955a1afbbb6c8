//! Audit records: one per HTTP request the filter decided (a single MCP
//! message, a batch, a stream, or a refusal), metadata only: never
//! arguments, results, tokens or secrets.
//!
//! Records are chained per worker VM: each carries `chain.seq`, the hash of
//! the previous record (`chain.prev`) and its own `chain.hash` =
//! sha256 (or HMAC-SHA256 with a key from the host environment) over the
//! exact line text before `,"hash":…`. A deleted, reordered or edited line
//! breaks the chain; `mcp-warden verify-audit` checks a log file.
//!
//! Config contract: the policy's top-level `audit` section deserializes into
//! [`AuditConfig`]; [`Audit::compile`] validates it.

use crate::error::ConfigError;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct AuditConfig {
    /// Environment variable (host_env_keys) holding an HMAC key for the chain.
    #[serde(default)]
    pub hmac_key_env: Option<String>,
    /// Optional HTTP sink: batches are POSTed from the root context.
    #[serde(default)]
    pub sink: Option<SinkConfig>,
    /// Shape of each record line: `mcp-warden` (default) or `ocsf` (OCSF
    /// API Activity, class 6003, for SIEMs). Both are hash-chained alike.
    #[serde(default)]
    pub format: AuditFormat,
}

/// `audit.format`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AuditFormat {
    /// The record documented in the README ("Audit trail").
    #[default]
    McpWarden,
    /// OCSF 1.8.0 API Activity (class_uid 6003); see [`Record::to_ocsf`].
    Ocsf,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SinkConfig {
    /// An Envoy cluster name (must exist in the bootstrap / CDS).
    pub cluster: String,
    #[serde(default = "SinkConfig::default_path")]
    pub path: String,
    /// `:authority` for the sink request; defaults to the cluster name.
    #[serde(default)]
    pub authority: Option<String>,
    #[serde(default = "SinkConfig::default_batch")]
    pub max_batch_records: usize,
    #[serde(default = "SinkConfig::default_pending")]
    pub max_pending_records: u64,
    #[serde(default = "SinkConfig::default_flush")]
    pub flush_interval_ms: u64,
    #[serde(default = "SinkConfig::default_timeout")]
    pub timeout_ms: u64,
}

impl SinkConfig {
    fn default_path() -> String {
        "/audit".into()
    }
    fn default_batch() -> usize {
        100
    }
    fn default_pending() -> u64 {
        10_000
    }
    fn default_flush() -> u64 {
        1000
    }
    fn default_timeout() -> u64 {
        5000
    }
}

#[derive(Clone, Default)]
pub struct Audit {
    pub hmac_key: Option<Vec<u8>>,
    pub sink: Option<SinkConfig>,
    pub format: AuditFormat,
}

impl std::fmt::Debug for Audit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Audit")
            .field("hmac_key", &self.hmac_key.as_ref().map(|_| "<redacted>"))
            .field("sink", &self.sink)
            .field("format", &self.format)
            .finish()
    }
}

impl Audit {
    pub fn compile(top: Option<AuditConfig>) -> Result<Audit, ConfigError> {
        Self::compile_with_env(top, &|name| std::env::var(name).ok())
    }

    pub fn compile_with_env(
        top: Option<AuditConfig>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Audit, ConfigError> {
        let Some(top) = top else {
            return Ok(Audit::default());
        };
        let hmac_key = match &top.hmac_key_env {
            None => None,
            Some(var) => match env(var) {
                Some(v) if v.len() >= 16 => Some(v.into_bytes()),
                Some(_) => {
                    return Err(ConfigError::new("audit.hmacKeyEnv", format!("environment variable {var} holds fewer than 16 bytes; use a longer random key")));
                }
                None => {
                    return Err(ConfigError::new(
                        "audit.hmacKeyEnv",
                        format!("environment variable {var} is not set; add it to vm_config.environment_variables.host_env_keys"),
                    ));
                }
            },
        };
        if let Some(s) = &top.sink {
            if s.cluster.trim().is_empty() {
                return Err(ConfigError::new(
                    "audit.sink.cluster",
                    "name the Envoy cluster of the audit sink",
                ));
            }
            if !s.path.starts_with('/') {
                return Err(ConfigError::new("audit.sink.path", "must start with '/'"));
            }
            if s.max_batch_records == 0 || s.max_pending_records == 0 || s.flush_interval_ms == 0 {
                return Err(ConfigError::new(
                    "audit.sink",
                    "maxBatchRecords, maxPendingRecords and flushIntervalMs must be positive",
                ));
            }
        }
        Ok(Audit {
            hmac_key,
            sink: top.sink,
            format: top.format,
        })
    }
}

/// What one request did, filled in as the stream learns it.
#[derive(Debug, Clone, Default)]
pub struct Record {
    pub start_ms: u64,
    pub request_id: Option<String>,
    pub session_id: Option<String>,
    pub agent: Option<String>,
    pub person: Option<String>,
    pub spiffe_id: Option<String>,
    pub server: Option<ServerFacts>,
    pub http_method: String,
    pub method: Option<String>,
    pub target_kind: Option<&'static str>,
    pub target: Option<String>,
    pub decision: Option<&'static str>,
    pub rule: Option<String>,
    pub http_status: Option<u32>,
    pub rpc_code: Option<i64>,
    pub upstream_latency_ms: Option<u64>,
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Counters from later features, e.g. ("dlp", 2), ("quota", 1).
    pub findings: Vec<(String, u64)>,
    pub batch: Vec<BatchEntry>,
    /// Tool definition changes (rug pulls, pin mismatches), with digests.
    pub pin_events: Vec<PinChange>,
    /// The collection offered on the request's route, if any.
    pub collection: Option<String>,
    /// Members later stages add (metadata only), written in this order
    /// after the built-in ones: `taint`, `deprecated`, `idempotent`.
    pub notes: Vec<(&'static str, Value)>,
    /// A call an approval rule covers: what became of it.
    pub approval: Option<ApprovalFacts>,
    /// Why the DLP and integrity findings were made (names and signals,
    /// never values), at most [`MAX_WHY`].
    pub why: Vec<FindingWhy>,
}

/// At most this many finding explanations per record.
pub const MAX_WHY: usize = 16;

/// Why one finding was made (`why` in the record): what found it, in which
/// item (integrity: the tool or prompt name), what was done, and the
/// evidence. Never the matched value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingWhy {
    /// `dlp` or `integrity`.
    pub kind: &'static str,
    /// The detector or finding name.
    pub name: String,
    pub item: Option<String>,
    pub action: String,
    /// DLP: `low`/`medium`/`high`.
    pub confidence: Option<&'static str>,
    /// Integrity: the item's score in hundredths (100 = the threshold).
    pub score: Option<u32>,
    pub signals: Vec<&'static str>,
}

impl FindingWhy {
    fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("kind".into(), json!(self.kind));
        m.insert("name".into(), json!(self.name));
        if let Some(i) = &self.item {
            m.insert("item".into(), json!(i));
        }
        m.insert("action".into(), json!(self.action));
        if let Some(c) = self.confidence {
            m.insert("confidence".into(), json!(c));
        }
        if let Some(sc) = self.score {
            m.insert("score".into(), json!(sc));
        }
        m.insert("signals".into(), json!(self.signals));
        Value::Object(m)
    }
}

/// The approval side of one call (`approval` in the record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalFacts {
    /// The approval rule that covers the call.
    pub rule: String,
    /// `approved`, `pending`, `denied`, `declined`, `unavailable`,
    /// `would_need_approval` (shadow).
    pub status: &'static str,
    /// The approval service's id for this binding.
    pub id: Option<String>,
    /// Who approved or denied it.
    pub by: Option<String>,
    /// Uses the approval has left after this call (`approved` only).
    pub uses_left: Option<u64>,
}

/// Every member a record may have of its own: a note never takes one of
/// these names.
const BUILT_IN: &[&str] = &[
    "v",
    "time",
    "request_id",
    "session_id",
    "agent",
    "person",
    "spiffe_id",
    "server",
    "collection",
    "http_method",
    "method",
    "target_kind",
    "target",
    "decision",
    "rule",
    "http_status",
    "rpc_code",
    "upstream_latency_ms",
    "duration_ms",
    "bytes_in",
    "bytes_out",
    "findings",
    "pin_events",
    "approval",
    "why",
    "batch",
    "chain",
];

/// At most this many pin events per record (a list answer may hold many).
pub const MAX_PIN_EVENTS: usize = 16;

#[derive(Debug, Clone)]
pub struct PinChange {
    pub tool: String,
    pub event: &'static str,
    pub approved: Option<String>,
    pub seen: String,
}

#[derive(Debug, Clone)]
pub struct ServerFacts {
    pub name: String,
    pub owner: String,
    pub risk_tier: &'static str,
    pub data_domain: String,
}

#[derive(Debug, Clone)]
pub struct BatchEntry {
    pub id: Option<String>,
    pub method: String,
    pub target: Option<String>,
    pub decision: &'static str,
    pub rule: String,
}

impl Record {
    /// Records why a finding was made (bounded).
    pub fn add_why(&mut self, why: FindingWhy) {
        if self.why.len() < MAX_WHY {
            self.why.push(why);
        }
    }

    /// Sets (or replaces) a note member.
    pub fn note(&mut self, name: &'static str, value: Value) {
        match self.notes.iter_mut().find(|(k, _)| *k == name) {
            Some((_, v)) => *v = value,
            None => self.notes.push((name, value)),
        }
    }

    pub fn add_finding(&mut self, kind: &str, n: u64) {
        match self.findings.iter_mut().find(|(k, _)| k == kind) {
            Some((_, c)) => *c = c.saturating_add(n),
            None => self.findings.push((kind.to_string(), n)),
        }
    }

    /// Writes the record and its chain object as one compact JSON object,
    /// exactly as serialising [`Record::to_value`] plus `chain` would (the
    /// same member order and string escapes), without building a value
    /// tree: sealing runs on every request.
    fn write_json(&self, now_ms: u64, chain: (&str, u64, &str), out: &mut Vec<u8>) {
        let mut w = JsonOut(out);
        w.raw("{\"v\":1,\"time\":");
        w.str(&rfc3339_ms(self.start_ms));
        w.key("request_id");
        w.opt(self.request_id.as_deref());
        w.key("session_id");
        w.opt(self.session_id.as_deref());
        w.key("agent");
        w.opt(self.agent.as_deref());
        w.key("person");
        w.opt(self.person.as_deref());
        w.key("spiffe_id");
        w.opt(self.spiffe_id.as_deref());
        w.key("server");
        match &self.server {
            Some(s) => {
                w.raw("{\"name\":");
                w.str(&s.name);
                w.key("owner");
                w.str(&s.owner);
                w.key("risk_tier");
                w.str(s.risk_tier);
                w.key("data_domain");
                w.str(&s.data_domain);
                w.raw("}");
            }
            None => w.raw("null"),
        }
        if let Some(c) = &self.collection {
            w.key("collection");
            w.str(c);
        }
        w.key("http_method");
        w.str(&self.http_method);
        w.key("method");
        w.opt(self.method.as_deref());
        w.key("target_kind");
        w.opt(self.target_kind);
        w.key("target");
        w.opt(self.target.as_deref());
        w.key("decision");
        w.opt(self.decision);
        w.key("rule");
        w.opt(self.rule.as_deref());
        w.key("http_status");
        w.num(self.http_status.map(u64::from));
        w.key("rpc_code");
        match self.rpc_code {
            Some(c) => w.raw(&c.to_string()),
            None => w.raw("null"),
        }
        w.key("upstream_latency_ms");
        w.num(self.upstream_latency_ms);
        w.key("duration_ms");
        w.num(Some(now_ms.saturating_sub(self.start_ms)));
        w.key("bytes_in");
        w.num(Some(self.bytes_in));
        w.key("bytes_out");
        w.num(Some(self.bytes_out));
        w.key("findings");
        w.raw("{");
        // A JSON object keeps one member per name: the last value at the
        // first position (add_finding never repeats a kind anyway).
        let mut first = true;
        for (i, (k, _)) in self.findings.iter().enumerate() {
            if self
                .findings
                .get(..i)
                .is_some_and(|seen| seen.iter().any(|(s, _)| s == k))
            {
                continue;
            }
            let v = self
                .findings
                .iter()
                .rev()
                .find(|(s, _)| s == k)
                .map_or(0, |(_, v)| *v);
            if !first {
                w.raw(",");
            }
            first = false;
            w.str(k);
            w.raw(":");
            w.num(Some(v));
        }
        w.raw("}");
        if !self.pin_events.is_empty() {
            w.key("pin_events");
            w.raw("[");
            for (i, p) in self.pin_events.iter().enumerate() {
                if i > 0 {
                    w.raw(",");
                }
                w.raw("{\"tool\":");
                w.str(&p.tool);
                w.key("event");
                w.str(p.event);
                w.key("approved_digest");
                w.opt(p.approved.as_deref());
                w.key("seen_digest");
                w.str(&p.seen);
                w.raw("}");
            }
            w.raw("]");
        }
        if let Some(a) = &self.approval {
            w.key("approval");
            w.raw("{\"rule\":");
            w.str(&a.rule);
            w.key("status");
            w.str(a.status);
            w.key("id");
            w.opt(a.id.as_deref());
            w.key("by");
            w.opt(a.by.as_deref());
            w.key("uses_left");
            w.num(a.uses_left);
            w.raw("}");
        }
        if !self.why.is_empty() {
            w.key("why");
            // Small and rare: written through its value form.
            let items: Vec<Value> = self.why.iter().map(FindingWhy::to_value).collect();
            w.raw(&Value::Array(items).to_string());
        }
        if !self.batch.is_empty() {
            w.key("batch");
            w.raw("[");
            for (i, b) in self.batch.iter().enumerate() {
                if i > 0 {
                    w.raw(",");
                }
                w.raw("{\"id\":");
                // The id as JSON (numbers exact), normalised the way a
                // serde value would print it.
                match b
                    .id
                    .as_deref()
                    .and_then(|i| serde_json::from_str::<Value>(i).ok())
                {
                    Some(v) => w.raw(&v.to_string()),
                    None => w.raw("null"),
                }
                w.key("method");
                w.str(&b.method);
                w.key("target");
                w.opt(b.target.as_deref());
                w.key("decision");
                w.str(b.decision);
                w.key("rule");
                w.str(&b.rule);
                w.raw("}");
            }
            w.raw("]");
        }
        for (k, v) in self.notes.iter().filter(|(k, _)| !BUILT_IN.contains(k)) {
            w.key(k);
            w.raw(&v.to_string());
        }
        let (worker, seq, prev) = chain;
        w.key("chain");
        w.raw("{\"worker\":");
        w.str(worker);
        w.key("seq");
        w.num(Some(seq));
        w.key("prev");
        w.str(prev);
        w.raw("}}");
    }

    /// The record as a JSON value: the reference [`Record::write_json`] must
    /// render byte for byte (tested).
    fn to_value(&self, now_ms: u64) -> Value {
        let mut m = Map::new();
        m.insert("v".into(), json!(1));
        m.insert("time".into(), json!(rfc3339_ms(self.start_ms)));
        let opt = |v: &Option<String>| v.as_ref().map_or(Value::Null, |s| json!(s));
        m.insert("request_id".into(), opt(&self.request_id));
        m.insert("session_id".into(), opt(&self.session_id));
        m.insert("agent".into(), opt(&self.agent));
        m.insert("person".into(), opt(&self.person));
        m.insert("spiffe_id".into(), opt(&self.spiffe_id));
        m.insert(
            "server".into(),
            match &self.server {
                Some(s) => json!({"name": s.name, "owner": s.owner, "risk_tier": s.risk_tier, "data_domain": s.data_domain}),
                None => Value::Null,
            },
        );
        if let Some(c) = &self.collection {
            m.insert("collection".into(), json!(c));
        }
        m.insert("http_method".into(), json!(self.http_method));
        m.insert("method".into(), opt(&self.method));
        m.insert(
            "target_kind".into(),
            self.target_kind.map_or(Value::Null, |k| json!(k)),
        );
        m.insert("target".into(), opt(&self.target));
        m.insert(
            "decision".into(),
            self.decision.map_or(Value::Null, |d| json!(d)),
        );
        m.insert("rule".into(), opt(&self.rule));
        m.insert(
            "http_status".into(),
            self.http_status.map_or(Value::Null, |s| json!(s)),
        );
        m.insert(
            "rpc_code".into(),
            self.rpc_code.map_or(Value::Null, |c| json!(c)),
        );
        m.insert(
            "upstream_latency_ms".into(),
            self.upstream_latency_ms.map_or(Value::Null, |l| json!(l)),
        );
        m.insert(
            "duration_ms".into(),
            json!(now_ms.saturating_sub(self.start_ms)),
        );
        m.insert("bytes_in".into(), json!(self.bytes_in));
        m.insert("bytes_out".into(), json!(self.bytes_out));
        let findings: Map<String, Value> = self
            .findings
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        m.insert("findings".into(), Value::Object(findings));
        if !self.pin_events.is_empty() {
            let items: Vec<Value> = self
                .pin_events
                .iter()
                .map(|p| json!({"tool": p.tool, "event": p.event, "approved_digest": p.approved, "seen_digest": p.seen}))
                .collect();
            m.insert("pin_events".into(), Value::Array(items));
        }
        if let Some(a) = &self.approval {
            m.insert(
                "approval".into(),
                json!({"rule": a.rule, "status": a.status, "id": a.id, "by": a.by, "uses_left": a.uses_left}),
            );
        }
        if !self.why.is_empty() {
            let items: Vec<Value> = self.why.iter().map(FindingWhy::to_value).collect();
            m.insert("why".into(), Value::Array(items));
        }
        if !self.batch.is_empty() {
            let items: Vec<Value> = self
                .batch
                .iter()
                .map(|b| {
                    json!({"id": b.id.as_deref().and_then(|i| serde_json::from_str::<Value>(i).ok()),
                           "method": b.method, "target": b.target, "decision": b.decision, "rule": b.rule})
                })
                .collect();
            m.insert("batch".into(), Value::Array(items));
        }
        for (k, v) in self.notes.iter().filter(|(k, _)| !BUILT_IN.contains(k)) {
            m.insert((*k).to_string(), v.clone());
        }
        Value::Object(m)
    }

    /// The record as an OCSF API Activity event (class 6003, OCSF
    /// [`OCSF_VERSION`]); the mapping table is in the README ("SIEM
    /// format"). What OCSF has no attribute for (findings, batch entries, pin
    /// events, the raw decision) goes to `unmapped`, whose last member the
    /// chain becomes when sealed.
    pub fn to_ocsf(&self, now_ms: u64) -> Value {
        let native = self.to_value(now_ms);
        let method = self.method.as_deref();
        let (activity_id, activity_name) = ocsf_activity(&self.http_method, method);
        let (severity_id, severity) = match self.decision {
            Some("deny") => (3, "Medium"),
            Some("would_deny") => (2, "Low"),
            _ => (1, "Informational"),
        };
        let failed_upstream = self.http_status.is_some_and(|s| s >= 400);
        let (status_id, status) = match self.decision {
            Some("deny") => (2, "Failure"),
            Some(_) if failed_upstream => (2, "Failure"),
            Some(_) => (1, "Success"),
            None => (0, "Unknown"),
        };
        let operation = method.unwrap_or(self.http_method.as_str());
        let mut m = Map::new();
        m.insert("class_uid".into(), json!(OCSF_CLASS_UID));
        m.insert("class_name".into(), json!("API Activity"));
        m.insert("category_uid".into(), json!(6));
        m.insert("category_name".into(), json!("Application Activity"));
        m.insert("activity_id".into(), json!(activity_id));
        m.insert("activity_name".into(), json!(activity_name));
        m.insert("type_uid".into(), json!(OCSF_CLASS_UID * 100 + activity_id));
        m.insert(
            "type_name".into(),
            json!(format!("API Activity: {activity_name}")),
        );
        m.insert("severity_id".into(), json!(severity_id));
        m.insert("severity".into(), json!(severity));
        m.insert("status_id".into(), json!(status_id));
        m.insert("status".into(), json!(status));
        let code = self
            .rpc_code
            .map(|c| c.to_string())
            .or_else(|| self.http_status.map(|s| s.to_string()));
        if let Some(code) = code {
            m.insert("status_code".into(), json!(code));
        }
        if let Some(rule) = &self.rule {
            m.insert("status_detail".into(), json!(rule));
        }
        m.insert("message".into(), json!(self.summary(operation)));
        m.insert("time".into(), json!(self.start_ms));
        m.insert("start_time".into(), json!(self.start_ms));
        m.insert("end_time".into(), json!(now_ms.max(self.start_ms)));
        m.insert(
            "duration".into(),
            json!(now_ms.saturating_sub(self.start_ms)),
        );
        let mut metadata = Map::new();
        metadata.insert(
            "product".into(),
            json!({"name": "mcp-warden", "vendor_name": "mcp-warden", "version": env!("CARGO_PKG_VERSION")}),
        );
        metadata.insert("version".into(), json!(OCSF_VERSION));
        metadata.insert("log_name".into(), json!("audit"));
        if let Some(r) = &self.request_id {
            metadata.insert("uid".into(), json!(r));
        }
        if let Some(sid) = &self.session_id {
            metadata.insert("correlation_uid".into(), json!(sid));
        }
        m.insert("metadata".into(), Value::Object(metadata));
        m.insert("actor".into(), self.ocsf_actor());
        m.insert("src_endpoint".into(), self.ocsf_source());
        let mut api = Map::new();
        api.insert("operation".into(), json!(operation));
        if let Some(s) = &self.server {
            api.insert("service".into(), json!({"name": s.name}));
        }
        if let Some(r) = &self.request_id {
            api.insert("request".into(), json!({"uid": r}));
        }
        if let Some(c) = self.rpc_code {
            api.insert(
                "response".into(),
                json!({"code": c, "error": self.rule.as_deref().unwrap_or("error")}),
            );
        }
        m.insert("api".into(), Value::Object(api));
        m.insert(
            "http_request".into(),
            json!({"http_method": self.http_method, "body_length": self.bytes_in}),
        );
        if let Some(code) = self.http_status {
            let mut r = Map::new();
            r.insert("code".into(), json!(code));
            r.insert("body_length".into(), json!(self.bytes_out));
            if let Some(l) = self.upstream_latency_ms {
                r.insert("latency".into(), json!(l));
            }
            m.insert("http_response".into(), Value::Object(r));
        }
        let resources = self.ocsf_resources();
        if !resources.is_empty() {
            m.insert("resources".into(), Value::Array(resources));
        }
        let mut own = Map::new();
        for k in [
            "v",
            "decision",
            "rule",
            "target_kind",
            "findings",
            "batch",
            "pin_events",
            "why",
            "collection",
        ]
        .into_iter()
        .chain(self.notes.iter().map(|(k, _)| *k))
        {
            if let Some(v) = native.get(k) {
                own.insert(k.into(), v.clone());
            }
        }
        m.insert("unmapped".into(), json!({ "mcp_warden": own }));
        Value::Object(m)
    }

    /// One line a person can read in a SIEM's event list.
    fn summary(&self, operation: &str) -> String {
        let mut s = operation.to_string();
        if let (Some(kind), Some(t)) = (self.target_kind, &self.target) {
            s.push_str(&format!(" {kind} '{t}'"));
        }
        if let Some(srv) = &self.server {
            s.push_str(&format!(" on {}", srv.name));
        }
        s.push_str(&format!(
            ": {} by {}",
            self.decision.unwrap_or("undecided"),
            self.rule.as_deref().unwrap_or("nothing")
        ));
        s
    }

    fn ocsf_actor(&self) -> Value {
        let mut a = Map::new();
        match &self.person {
            Some(p) => a.insert("user".into(), json!({"uid": p, "name": p})),
            // OCSF needs some actor; the filter publishes this principal too.
            None if self.agent.is_none() && self.session_id.is_none() => {
                a.insert("user".into(), json!({"name": "anonymous"}))
            }
            None => None,
        };
        if let Some(agent) = &self.agent {
            a.insert("app_name".into(), json!(agent));
        }
        if let Some(sid) = &self.session_id {
            a.insert("session".into(), json!({"uid": sid}));
        }
        if let Some(d) = self.decision {
            let mut auth = Map::new();
            auth.insert("decision".into(), json!(d));
            if let Some(rule) = &self.rule {
                auth.insert(
                    "policy".into(),
                    json!({"name": rule, "type": "mcp-warden rule"}),
                );
            }
            a.insert("authorizations".into(), json!([auth]));
        }
        Value::Object(a)
    }

    fn ocsf_source(&self) -> Value {
        match (&self.spiffe_id, &self.agent) {
            (Some(id), _) => json!({"uid": id}),
            (None, Some(agent)) => json!({"name": agent}),
            (None, None) => json!({"name": "unknown"}),
        }
    }

    fn ocsf_resources(&self) -> Vec<Value> {
        let mut out = Vec::new();
        if let (Some(kind), Some(t)) = (self.target_kind, &self.target) {
            let mut r = Map::new();
            r.insert("type".into(), json!(kind));
            r.insert("name".into(), json!(t));
            if let Some(s) = &self.server {
                r.insert("group".into(), json!({"name": s.name}));
                r.insert("criticality".into(), json!(s.risk_tier));
            }
            out.push(Value::Object(r));
        }
        if let Some(s) = &self.server {
            out.push(json!({
                "type": "mcp_server",
                "name": s.name,
                "criticality": s.risk_tier,
                "data": {"owner": s.owner, "data_domain": s.data_domain},
            }));
        }
        out
    }
}

/// OCSF schema version the `ocsf` format follows (tests validate against it).
pub const OCSF_VERSION: &str = "1.8.0";
/// OCSF API Activity.
pub const OCSF_CLASS_UID: u64 = 6003;

/// OCSF API Activity `activity_id` and name for an MCP request.
fn ocsf_activity(http_method: &str, method: Option<&str>) -> (u64, &'static str) {
    match method {
        Some("initialize") => (1, "Create"),
        Some(
            "resources/read"
            | "prompts/get"
            | "tasks/get"
            | "tasks/result"
            | "tasks/list"
            | "completion/complete",
        ) => (2, "Read"),
        Some(m) if m.ends_with("/list") => (2, "Read"),
        Some("tools/call") => (99, "Invoke"),
        Some("tasks/cancel") => (4, "Delete"),
        Some("tasks/update" | "logging/setLevel") => (3, "Update"),
        Some(_) => (99, "Other"),
        None if http_method == "DELETE" => (4, "Delete"),
        None if http_method == "GET" => (2, "Read"),
        None => (99, "Other"),
    }
}

/// Per-worker chain state.
#[derive(Debug, Clone)]
pub struct Chain {
    worker: String,
    seq: u64,
    prev: String,
}

pub const GENESIS: &str = "genesis";

impl Chain {
    pub fn new(worker: String) -> Chain {
        Chain {
            worker,
            seq: 0,
            prev: GENESIS.into(),
        }
    }

    /// Serializes the record as one line (today's format) and advances the chain.
    pub fn seal(&mut self, record: &Record, now_ms: u64, key: Option<&[u8]>) -> String {
        self.seal_as(record, now_ms, key, AuditFormat::McpWarden)
    }

    /// Serializes the record in the policy's `audit.format`, keyed with its
    /// HMAC key, and advances the chain. The one call the stream needs.
    pub fn seal_with(&mut self, record: &Record, now_ms: u64, audit: &Audit) -> String {
        self.seal_as(record, now_ms, audit.hmac_key.as_deref(), audit.format)
    }

    fn seal_as(
        &mut self,
        record: &Record,
        now_ms: u64,
        key: Option<&[u8]>,
        format: AuditFormat,
    ) -> String {
        self.seq = self.seq.saturating_add(1);
        if matches!(format, AuditFormat::McpWarden) {
            // The native format is written directly (byte-identical to the
            // value rendering below: tested); it is sealed on every request.
            let mut body = Vec::with_capacity(1024);
            record.write_json(now_ms, (&self.worker, self.seq, &self.prev), &mut body);
            let hash = line_hash_bytes(&body, key);
            // body ends with "}}" (chain object, then record): insert the hash
            // as the chain's last member, so a verifier can cut it back out.
            body.truncate(body.len().saturating_sub(2));
            body.extend_from_slice(b",\"hash\":\"");
            body.extend_from_slice(hash.as_bytes());
            body.extend_from_slice(b"\"}}");
            self.prev = hash;
            // Only strings serde_json escaped and ASCII went in.
            return String::from_utf8(body).unwrap_or_default();
        }
        let chain = json!({"worker": self.worker, "seq": self.seq, "prev": self.prev});
        // The chain is the last member of the last object, so the line ends
        // with its closing braces: 2 for `{…,"chain":{…}}`, 3 for OCSF's
        // `{…,"unmapped":{…,"chain":{…}}}`.
        let (mut v, closing) = match format {
            AuditFormat::McpWarden => (record.to_value(now_ms), 2),
            AuditFormat::Ocsf => (record.to_ocsf(now_ms), 3),
        };
        let holder = match format {
            AuditFormat::McpWarden => v.as_object_mut(),
            AuditFormat::Ocsf => v.get_mut("unmapped").and_then(Value::as_object_mut),
        };
        if let Some(m) = holder {
            m.insert("chain".into(), chain);
        }
        let body = v.to_string();
        let hash = line_hash(&body, key);
        // Insert the hash as the chain's last member, so a verifier can cut
        // it back out (`mcp-warden verify-audit`).
        let cut = body.len().saturating_sub(closing);
        let line = format!(
            "{},\"hash\":\"{}\"{}",
            body.get(..cut).unwrap_or_default(),
            hash,
            body.get(cut..).unwrap_or_default()
        );
        self.prev = hash;
        line
    }
}

/// The line text a record's hash covers, its hash, and the parsed record,
/// for either format: everything but `,"hash":"<64 hex>"`, which sits just
/// before the line's closing braces. None when the line has no such hash.
pub fn split_sealed_line(line: &str) -> Option<(String, &str)> {
    let at = line.rfind(",\"hash\":\"")?;
    let rest = line.get(at + 9..)?;
    let hash = rest.get(..64)?;
    let tail = rest.get(64..)?.strip_prefix('"')?;
    let hex = hash
        .bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !hex || tail.len() < 2 || !tail.bytes().all(|b| b == b'}') {
        return None;
    }
    Some((format!("{}{}", line.get(..at)?, tail), hash))
}

/// sha256 (or HMAC-SHA256) of the line text before its hash, hex.
pub fn line_hash(body: &str, key: Option<&[u8]>) -> String {
    line_hash_bytes(body.as_bytes(), key)
}

fn line_hash_bytes(body: &[u8], key: Option<&[u8]>) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = match key {
        None => Sha256::digest(body).to_vec(),
        Some(k) => hmac_sha256(k, body),
    };
    let mut s = String::with_capacity(64);
    for b in digest {
        for nibble in [b >> 4, b & 15] {
            s.push(char::from(
                HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
            ));
        }
    }
    s
}

/// Compact JSON into a byte buffer (strings escaped by serde_json).
struct JsonOut<'a>(&'a mut Vec<u8>);

impl JsonOut<'_> {
    fn raw(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }
    fn str(&mut self, s: &str) {
        // Writing into a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *self.0, s);
    }
    /// `,"name":`
    fn key(&mut self, name: &str) {
        self.raw(",");
        self.str(name);
        self.raw(":");
    }
    fn opt(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }
    fn num(&mut self, n: Option<u64>) {
        match n {
            Some(n) => self.raw(&n.to_string()),
            None => self.raw("null"),
        }
    }
}

/// RFC 2104 HMAC over SHA-256 (64-byte blocks).
fn hmac_sha256(key: &[u8], msg: &[u8]) -> Vec<u8> {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        for (d, s) in k.iter_mut().zip(Sha256::digest(key).iter()) {
            *d = *s;
        }
    } else {
        for (d, s) in k.iter_mut().zip(key) {
            *d = *s;
        }
    }
    let pad = |byte: u8| -> Vec<u8> { k.iter().map(|b| b ^ byte).collect() };
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(msg)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .to_vec()
}

/// Milliseconds since the epoch as `2026-11-21T06:44:03.738Z`.
pub fn rfc3339_ms(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil-from-days (H. Hinnant), valid for the proleptic Gregorian calendar.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60,
        ms % 1000
    )
}

/// Parses an RFC 3339 UTC time (`2026-12-31T00:00:00Z`, optional
/// fraction) to milliseconds since the epoch.
pub fn parse_rfc3339_ms(s: &str) -> Option<u64> {
    let s = s.strip_suffix('Z').or_else(|| s.strip_suffix('z'))?;
    let (date, time) = s.split_once(['T', 't'])?;
    let mut d = date.split('-');
    let (y, m, day) = (
        d.next()?.parse::<i64>().ok()?,
        d.next()?.parse::<i64>().ok()?,
        d.next()?.parse::<i64>().ok()?,
    );
    if d.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&day) || y < 1970 {
        return None;
    }
    let (hms, frac) = match time.split_once('.') {
        Some((a, f)) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => (a, f),
        Some(_) => return None,
        None => (time, ""),
    };
    let mut t = hms.split(':');
    let (hh, mm, ss) = (
        t.next()?.parse::<u64>().ok()?,
        t.next()?.parse::<u64>().ok()?,
        t.next()?.parse::<u64>().ok()?,
    );
    if t.next().is_some() || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    // Days-from-civil (H. Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = u64::try_from(era * 146_097 + doe - 719_468).ok()?;
    let ms: u64 = frac.get(..3).map_or_else(
        || format!("{frac:0<3}").parse().unwrap_or(0),
        |f| f.parse().unwrap_or(0),
    );
    Some((days * 86_400 + hh * 3600 + mm * 60 + ss) * 1000 + ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_round_trips() {
        for ms in [0u64, 1_795_238_833_326, 1_800_000_000_000, 951_782_400_000] {
            assert_eq!(
                parse_rfc3339_ms(&rfc3339_ms(ms)),
                Some(ms),
                "{}",
                rfc3339_ms(ms)
            );
        }
        assert_eq!(
            parse_rfc3339_ms("2026-12-31T00:00:00Z"),
            Some(1_798_675_200_000)
        );
        for bad in [
            "2026-12-31",
            "2026-13-01T00:00:00Z",
            "2026-12-31T00:00:00+01:00",
            "x",
        ] {
            assert_eq!(parse_rfc3339_ms(bad), None, "{bad}");
        }
    }

    fn record() -> Record {
        Record {
            start_ms: 1_795_238_833_326,
            request_id: Some("r-1".into()),
            person: Some("alice".into()),
            http_method: "POST".into(),
            method: Some("tools/call".into()),
            target_kind: Some("tool"),
            target: Some("get_ticket".into()),
            decision: Some("allow"),
            rule: Some("support".into()),
            http_status: Some(200),
            ..Record::default()
        }
    }

    /// What `mcp-warden verify-audit` does, reduced to one worker.
    fn verify(lines: &[String], key: Option<&[u8]>) -> Result<(), String> {
        let mut prev = GENESIS.to_string();
        for (i, line) in lines.iter().enumerate() {
            let at = line.rfind(",\"hash\":\"").ok_or("no hash")?;
            let body = format!("{}}}}}", &line[..at]);
            let hash = &line[at + 9..at + 9 + 64];
            if line_hash(&body, key) != hash {
                return Err(format!("line {i}: hash mismatch"));
            }
            let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
            if v["chain"]["prev"] != prev.as_str() || v["chain"]["seq"] != (i as u64 + 1) {
                return Err(format!("line {i}: chain broken"));
            }
            prev = hash.to_string();
        }
        Ok(())
    }

    #[test]
    fn collection_and_notes_are_written_and_cannot_replace_built_in_members() {
        let mut r = record();
        r.collection = Some("devops".into());
        r.note("taint", json!({"rule": "no-exfil"}));
        r.note("idempotent", json!(false));
        r.note("idempotent", json!(true));
        r.note("decision", json!("allow-forged"));
        r.decision = Some("deny");
        let line = Chain::new("w".into()).seal(&r, 1_795_238_833_400, None);
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["collection"], "devops");
        assert_eq!(v["taint"]["rule"], "no-exfil");
        assert_eq!(v["idempotent"], true);
        assert_eq!(v["decision"], "deny");
        // The chain stays the last member (the verifier cuts the hash there).
        assert!(line.ends_with("\"}}"));
        verify(&[line], None).unwrap();
        // OCSF keeps them in its unmapped members.
        let o = r.to_ocsf(1_795_238_833_400);
        assert_eq!(o["unmapped"]["mcp_warden"]["collection"], "devops");
        assert_eq!(o["unmapped"]["mcp_warden"]["taint"]["rule"], "no-exfil");
    }

    #[test]
    fn sealed_lines_are_json_with_a_verifiable_chain() {
        let mut chain = Chain::new("w1".into());
        let lines: Vec<String> = (0..3)
            .map(|_| chain.seal(&record(), 1_795_238_833_400, None))
            .collect();
        for l in &lines {
            let v: Value = serde_json::from_str(l).unwrap();
            assert_eq!(v["target"], "get_ticket");
            assert_eq!(v["server"], Value::Null);
            assert_eq!(v["duration_ms"], 74);
            assert_eq!(v["chain"]["hash"].as_str().unwrap().len(), 64);
        }
        assert_eq!(verify(&lines, None), Ok(()));
    }

    /// The old way: a value tree, then `chain`, then serialised.
    fn reference_body(r: &Record, now_ms: u64, chain: (&str, u64, &str)) -> String {
        let mut v = r.to_value(now_ms);
        v.as_object_mut().unwrap().insert(
            "chain".into(),
            json!({"worker": chain.0, "seq": chain.1, "prev": chain.2}),
        );
        v.to_string()
    }

    #[test]
    fn records_are_written_exactly_as_their_value_would_print() {
        let mut full = record();
        full.session_id = Some("mw1.local.\"quoted\\\u{1}\u{7f}é\u{2028}".into());
        full.agent = Some("agent </script>".into());
        full.spiffe_id = Some("spiffe://x/y".into());
        full.server = Some(ServerFacts {
            name: "tickets".into(),
            owner: "o\tw".into(),
            risk_tier: "high",
            data_domain: "d".into(),
        });
        full.rpc_code = Some(-32001);
        full.upstream_latency_ms = Some(3);
        full.bytes_in = 1234;
        full.bytes_out = u64::MAX;
        full.add_finding("dlp", 2);
        full.add_finding("quota", 1);
        full.add_finding("dlp", 3);
        full.pin_events.push(PinChange {
            tool: "t\"x".into(),
            event: "changed",
            approved: None,
            seen: "abc".into(),
        });
        full.pin_events.push(PinChange {
            tool: "u".into(),
            event: "new",
            approved: Some("def".into()),
            seen: "ghi".into(),
        });
        for id in [
            Some("1"),
            Some("\"a\\u0041b\""),
            Some("12345678901234567890123"),
            Some("-0"),
            None,
            Some("not json"),
        ] {
            full.batch.push(BatchEntry {
                id: id.map(str::to_string),
                method: "tools/call".into(),
                target: id.map(|_| "x".to_string()),
                decision: "deny",
                rule: "r".into(),
            });
        }
        full.approval = Some(ApprovalFacts {
            rule: "needs-ok".into(),
            status: "approved",
            id: Some("a\"1".into()),
            by: None,
            uses_left: Some(2),
        });
        full.collection = Some("dev\"ops".into());
        full.note(
            "taint",
            json!({"rule": "r", "source": {"server": "s", "tool": "t\u{1}"}}),
        );
        full.note("idempotent", json!(false));
        full.note("decision", json!("forged"));
        // Duplicate finding kinds (never produced, still rendered alike).
        let mut dup = record();
        dup.findings = vec![("a".into(), 1), ("b".into(), 2), ("a".into(), 3)];
        for (r, now) in [
            (record(), 0u64),
            (Record::default(), 5),
            (full, 1_795_238_900_000),
            (dup, 1),
        ] {
            let chain = ("w\"1", 7u64, "genesis");
            let mut out = Vec::new();
            r.write_json(now, chain, &mut out);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                reference_body(&r, now, chain)
            );
        }
    }

    #[test]
    fn an_edited_or_deleted_line_breaks_the_chain() {
        let mut chain = Chain::new("w1".into());
        let lines: Vec<String> = (0..3).map(|_| chain.seal(&record(), 0, None)).collect();
        let mut edited = lines.clone();
        edited[1] = edited[1].replace("\"decision\":\"allow\"", "\"decision\":\"deny\"");
        assert!(verify(&edited, None).is_err());
        let deleted = vec![lines[0].clone(), lines[2].clone()];
        assert!(verify(&deleted, None).is_err());
    }

    #[test]
    fn a_keyed_chain_needs_the_key() {
        let mut chain = Chain::new("w".into());
        let key = b"0123456789abcdef-secret";
        let lines = vec![chain.seal(&record(), 0, Some(key))];
        assert_eq!(verify(&lines, Some(key)), Ok(()));
        assert!(verify(&lines, None).is_err());
    }

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        let mac = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        let hex: String = mac.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn times_render_as_rfc3339() {
        assert_eq!(rfc3339_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339_ms(1_795_238_833_326), "2026-11-21T05:27:13.326Z");
        assert_eq!(rfc3339_ms(951_782_400_000), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn a_missing_hmac_key_is_a_config_error_naming_the_variable() {
        let cfg = AuditConfig {
            hmac_key_env: Some("AUDIT_KEY".into()),
            sink: None,
            format: AuditFormat::McpWarden,
        };
        let e = Audit::compile_with_env(Some(cfg), &|_| None).unwrap_err();
        assert_eq!(e.path, "audit.hmacKeyEnv");
        assert!(e.message.contains("AUDIT_KEY"));
        let dbg = format!(
            "{:?}",
            Audit {
                hmac_key: Some(b"supersecretvalue!".to_vec()),
                sink: None,
                format: AuditFormat::Ocsf,
            }
        );
        assert!(!dbg.contains("supersecret"));
    }
}

/// Bounded hand-off of audit lines to the sink: the shared queue itself is
/// unbounded, so a shared counter of pending lines caps it. A line that
/// finds the cap reached is dropped (and counted) instead of queued.
pub struct SinkBudget {
    key: String,
    max: u64,
}

impl SinkBudget {
    pub fn new(namespace: &str, max: u64) -> SinkBudget {
        SinkBudget {
            key: format!("mcp-warden/{namespace}/audit/pending"),
            max,
        }
    }

    fn read(store: &dyn crate::store::SharedStore, key: &str) -> (u64, Option<u32>) {
        let (v, cas) = store.get(key);
        let n = v
            .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
            .map_or(0, u64::from_le_bytes);
        (n, cas)
    }

    /// Reserves room for one line; false when the sink is full.
    pub fn reserve(&self, store: &dyn crate::store::SharedStore) -> bool {
        for _ in 0..16 {
            let (n, cas) = Self::read(store, &self.key);
            if n >= self.max {
                return false;
            }
            if store.set(&self.key, &(n + 1).to_le_bytes(), cas) {
                return true;
            }
        }
        false
    }

    /// Gives back room after lines left the queue.
    pub fn release(&self, store: &dyn crate::store::SharedStore, lines: u64) {
        for _ in 0..16 {
            let (n, cas) = Self::read(store, &self.key);
            if store.set(&self.key, &n.saturating_sub(lines).to_le_bytes(), cas) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod ocsf_tests {
    use super::*;

    fn server() -> Option<ServerFacts> {
        Some(ServerFacts {
            name: "tickets".into(),
            owner: "support-platform".into(),
            risk_tier: "high",
            data_domain: "customer-support".into(),
        })
    }

    /// One record of each shape the stream writes.
    pub fn samples() -> Vec<Record> {
        let call = Record {
            start_ms: 1_795_238_833_326,
            request_id: Some("7d1c9a5e-1".into()),
            session_id: Some("sess-1".into()),
            agent: Some("support-bot".into()),
            person: Some("alice".into()),
            server: server(),
            http_method: "POST".into(),
            method: Some("tools/call".into()),
            target_kind: Some("tool"),
            target: Some("get_ticket".into()),
            decision: Some("allow"),
            rule: Some("support-may-read-tickets".into()),
            http_status: Some(200),
            upstream_latency_ms: Some(12),
            bytes_in: 120,
            bytes_out: 900,
            findings: vec![("dlp".into(), 2)],
            ..Record::default()
        };
        let denied = Record {
            target: Some("delete_ticket".into()),
            decision: Some("deny"),
            rule: Some("nobody-deletes".into()),
            rpc_code: Some(-32003),
            upstream_latency_ms: None,
            bytes_out: 140,
            findings: Vec::new(),
            ..call.clone()
        };
        let shadow = Record {
            decision: Some("would_deny"),
            rule: Some("default".into()),
            ..call.clone()
        };
        let unauthenticated = Record {
            start_ms: 1_795_238_833_900,
            request_id: Some("7d1c9a5e-4".into()),
            http_method: "POST".into(),
            server: server(),
            decision: Some("deny"),
            rule: Some("unauthenticated".into()),
            http_status: Some(401),
            rpc_code: Some(-32001),
            ..Record::default()
        };
        let parse_error = Record {
            start_ms: 1_795_238_834_000,
            request_id: Some("7d1c9a5e-5".into()),
            spiffe_id: Some("spiffe://cluster.local/ns/agents/sa/bot".into()),
            agent: Some("spiffe://cluster.local/ns/agents/sa/bot".into()),
            http_method: "POST".into(),
            server: None,
            decision: Some("deny"),
            rule: Some("parse_error".into()),
            http_status: Some(400),
            rpc_code: Some(-32700),
            ..Record::default()
        };
        let batch = Record {
            method: Some("batch".into()),
            target_kind: Some("batch"),
            target: Some("get_ticket,search_tickets".into()),
            batch: vec![
                BatchEntry {
                    id: Some("1".into()),
                    method: "tools/call".into(),
                    target: Some("get_ticket".into()),
                    decision: "allow",
                    rule: "support-may-read-tickets".into(),
                },
                BatchEntry {
                    id: Some("\"b\"".into()),
                    method: "tools/call".into(),
                    target: Some("search_tickets".into()),
                    decision: "allow",
                    rule: "support-may-read-tickets".into(),
                },
            ],
            ..call.clone()
        };
        let list = Record {
            method: Some("tools/list".into()),
            target_kind: None,
            target: None,
            rule: Some("support-may-read-tickets".into()),
            findings: vec![("integrity".into(), 1)],
            pin_events: vec![PinChange {
                tool: "get_ticket".into(),
                event: "rug-pull",
                approved: Some("a".repeat(64)),
                seen: "b".repeat(64),
            }],
            ..call.clone()
        };
        let stream = Record {
            http_method: "GET".into(),
            method: None,
            target_kind: None,
            target: None,
            ..call.clone()
        };
        let end = Record {
            http_method: "DELETE".into(),
            method: None,
            target_kind: None,
            target: None,
            ..call.clone()
        };
        vec![
            call,
            denied,
            shadow,
            unauthenticated,
            parse_error,
            batch,
            list,
            stream,
            end,
        ]
    }

    /// tests/audit/ocsf_records.jsonl holds these records sealed in the OCSF
    /// format; tests/test_ocsf.py validates them against the OCSF schema.
    /// Regenerate with MCP_WARDEN_BLESS=1 after changing the mapping.
    #[test]
    fn the_ocsf_sample_file_is_current() {
        let audit = Audit {
            hmac_key: None,
            sink: None,
            format: AuditFormat::Ocsf,
        };
        let mut chain = Chain::new("w1".into());
        let lines: Vec<String> = samples()
            .iter()
            .map(|r| chain.seal_with(r, r.start_ms + 40, &audit))
            .collect();
        let text = lines.join("\n") + "\n";
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/audit/ocsf_records.jsonl"
        );
        if std::env::var_os("MCP_WARDEN_BLESS").is_some() {
            std::fs::write(path, &text).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(path).unwrap_or_default(),
            text,
            "tests/audit/ocsf_records.jsonl is stale: MCP_WARDEN_BLESS=1 cargo test -p mcp-warden ocsf"
        );
    }

    #[test]
    fn ocsf_lines_chain_and_verify_like_native_ones() {
        let audit = Audit {
            hmac_key: Some(b"0123456789abcdef".to_vec()),
            sink: None,
            format: AuditFormat::Ocsf,
        };
        let mut chain = Chain::new("w9".into());
        let mut prev = GENESIS.to_string();
        for (i, r) in samples().iter().enumerate() {
            let line = chain.seal_with(r, r.start_ms, &audit);
            let (body, hash) = split_sealed_line(&line).unwrap();
            assert_eq!(line_hash(&body, audit.hmac_key.as_deref()), hash);
            let v: Value = serde_json::from_str(&line).unwrap();
            assert_eq!(v["class_uid"], 6003);
            assert_eq!(v["unmapped"]["chain"]["seq"], i as u64 + 1);
            assert_eq!(v["unmapped"]["chain"]["prev"], prev.as_str());
            assert_eq!(v["unmapped"]["chain"]["hash"], hash);
            prev = hash.to_string();
        }
    }

    #[test]
    fn the_mapping_carries_decision_rule_and_server() {
        let r = &samples()[1];
        let v = r.to_ocsf(r.start_ms + 5);
        assert_eq!(v["type_uid"], 600399);
        assert_eq!(v["activity_name"], "Invoke");
        assert_eq!(v["status"], "Failure");
        assert_eq!(v["severity_id"], 3);
        assert_eq!(v["status_detail"], "nobody-deletes");
        assert_eq!(v["actor"]["user"]["uid"], "alice");
        assert_eq!(v["actor"]["app_name"], "support-bot");
        assert_eq!(v["actor"]["authorizations"][0]["decision"], "deny");
        assert_eq!(v["api"]["operation"], "tools/call");
        assert_eq!(v["api"]["service"]["name"], "tickets");
        assert_eq!(v["resources"][0]["name"], "delete_ticket");
        assert_eq!(v["resources"][1]["criticality"], "high");
        assert_eq!(v["duration"], 5);
        assert_eq!(v["unmapped"]["mcp_warden"]["decision"], "deny");
        // Native and OCSF lines of one record agree on what was decided.
        let native = r.to_value(r.start_ms + 5);
        assert_eq!(native["rule"], v["status_detail"]);
    }

    #[test]
    fn a_line_without_a_proper_hash_is_not_split() {
        assert!(split_sealed_line("{\"a\":1}").is_none());
        assert!(split_sealed_line("{\"chain\":{\"hash\":\"zz\"}}").is_none());
        let h = "a".repeat(64);
        assert!(split_sealed_line(&format!("{{\"c\":{{\"x\":1,\"hash\":\"{h}\"}} ")).is_none());
        assert!(split_sealed_line(&format!("{{\"c\":{{\"x\":1,\"hash\":\"{h}\"}}}}")).is_some());
    }
}

#[cfg(test)]
mod sink_tests {
    use super::*;
    use crate::testing::MemStore;

    #[test]
    fn the_sink_budget_caps_pending_lines_and_frees_them() {
        let store = MemStore::default();
        let b = SinkBudget::new("p", 3);
        assert!((0..3).all(|_| b.reserve(&store)));
        assert!(!b.reserve(&store));
        b.release(&store, 2);
        assert!(b.reserve(&store) && b.reserve(&store));
        assert!(!b.reserve(&store));
        b.release(&store, 10);
        assert!(b.reserve(&store));
    }
}
