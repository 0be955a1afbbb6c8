//! Native benchmark of one stream through the filter over the fake host:
//! the workloads of scripts/bench.sh (tools/call with 1 KiB and 64 KiB of
//! arguments, tools/list as JSON and as SSE, on a sealed MCP session with
//! the bench caller's JWT claims), plus tools/call with DLP and a quota on
//! (1 KiB both ways). Prints, per workload and mode: ns per stream (median
//! of batches), the time per phase, heap allocations and bytes per stream
//! (a counting global allocator), and the host calls a stream makes (each
//! one a crossing of the wasm boundary in Envoy).
//!
//!     cargo bench --features testing --bench stream            # all
//!     cargo bench --features testing --bench stream -- call-1k # a filter
//!
//! Environment: BENCH_ITERS (iterations per batch, default 2000),
//! BENCH_BATCHES (default 7), BENCH_MODES (default "a b"). Asserts nothing about timings; it checks
//! that each stream did what the workload expects (so a broken stream
//! cannot look fast) and exits non-zero otherwise.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use mcp_warden::host::{Action, Host, LogLevel};
use mcp_warden::policy::Policy;
use mcp_warden::reply::LocalReply;
use mcp_warden::store::SharedStore;
use mcp_warden::stream::{Shared, Stream};
use mcp_warden::testing::FakeHost;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Instant;

// ------------------------------------------------------------ allocations

struct Counting;
static ALLOCS: AtomicU64 = AtomicU64::new(0);
static BYTES: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(l.size() as u64, Relaxed);
        System.alloc(l)
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        System.dealloc(p, l)
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        BYTES.fetch_add(n as u64, Relaxed);
        System.realloc(p, l, n)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocs() -> (u64, u64) {
    (ALLOCS.load(Relaxed), BYTES.load(Relaxed))
}

// ------------------------------------------------------------- host calls

/// Host call kinds, counted per stream.
const CALLS: &[&str] = &[
    "request_header",
    "request_headers",
    "set_request_header",
    "response_header",
    "response_headers",
    "set_response_header",
    "property",
    "set_fact",
    "request_body",
    "response_body",
    "set_response_body",
    "set_request_body",
    "send_reply",
    "log",
    "now_ms",
    "increment",
    "observe",
    "emit_audit",
    "shared_get",
    "shared_set",
    "other",
];

fn idx(name: &str) -> usize {
    CALLS.iter().position(|c| *c == name).unwrap()
}

/// The fake host, counting every call the stream makes.
struct Counted {
    f: FakeHost,
    n: Vec<Cell<u64>>,
}

impl Counted {
    fn new(f: FakeHost) -> Counted {
        Counted {
            f,
            n: CALLS.iter().map(|_| Cell::new(0)).collect(),
        }
    }
    fn hit(&self, name: &str) {
        let c = &self.n[idx(name)];
        c.set(c.get() + 1);
    }
    fn take(&self) -> Vec<u64> {
        self.n.iter().map(|c| c.replace(0)).collect()
    }
}

impl SharedStore for Counted {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        self.hit("shared_get");
        self.f.get(key)
    }
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        self.hit("shared_set");
        self.f.set(key, value, cas)
    }
}

impl Host for Counted {
    fn request_header(&self, name: &str) -> Option<String> {
        self.hit("request_header");
        self.f.request_header(name)
    }
    fn request_headers(&self) -> Vec<(String, String)> {
        self.hit("request_headers");
        self.f.request_headers()
    }
    fn set_request_header(&mut self, name: &str, value: Option<&str>) {
        self.hit("set_request_header");
        self.f.set_request_header(name, value)
    }
    fn response_header(&self, name: &str) -> Option<String> {
        self.hit("response_header");
        self.f.response_header(name)
    }
    fn response_headers(&self) -> Vec<(String, String)> {
        self.hit("response_headers");
        self.f.response_headers()
    }
    fn set_response_header(&mut self, name: &str, value: Option<&str>) {
        self.hit("set_response_header");
        self.f.set_response_header(name, value)
    }
    fn property(&self, path: &[&str]) -> Option<Vec<u8>> {
        self.hit("property");
        self.f.property(path)
    }
    fn set_fact(&mut self, name: &str, value: &str) {
        self.hit("set_fact");
        self.f.set_fact(name, value)
    }
    fn request_body(&self, size: usize) -> Option<Vec<u8>> {
        self.hit("request_body");
        self.f.request_body(size)
    }
    fn response_body(&self, size: usize) -> Option<Vec<u8>> {
        self.hit("response_body");
        self.f.response_body(size)
    }
    fn set_response_body(&mut self, size: usize, body: &[u8]) -> bool {
        self.hit("set_response_body");
        self.f.set_response_body(size, body)
    }
    fn set_request_body(&mut self, size: usize, body: &[u8]) -> bool {
        self.hit("set_request_body");
        self.f.set_request_body(size, body)
    }
    fn send_reply(&mut self, reply: &LocalReply) {
        self.hit("send_reply");
        self.f.send_reply(reply)
    }
    fn log(&self, level: LogLevel, message: &str) {
        self.hit("log");
        self.f.log(level, message)
    }
    fn now_ms(&self) -> u64 {
        self.hit("now_ms");
        self.f.now_ms()
    }
    fn increment(&mut self, metric: &str, by: u64) {
        self.hit("increment");
        self.f.increment(metric, by)
    }
    fn observe(&mut self, metric: &str, value: u64) {
        self.hit("observe");
        self.f.observe(metric, value)
    }
    fn emit_audit(&mut self, line: &str) {
        self.hit("emit_audit");
        self.f.emit_audit(line)
    }
    fn dispatch_call(
        &mut self,
        cluster: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        timeout_ms: u32,
    ) -> Option<u32> {
        self.hit("other");
        self.f.dispatch_call(cluster, headers, body, timeout_ms)
    }
    fn resume_request(&mut self) {
        self.hit("other");
        self.f.resume_request()
    }
    fn call_response_header(&self, name: &str) -> Option<String> {
        self.hit("other");
        self.f.call_response_header(name)
    }
    fn call_response_body(&self, max: usize) -> Option<Vec<u8>> {
        self.hit("other");
        self.f.call_response_body(max)
    }
}

// -------------------------------------------------------------- workloads

const BASE_POLICY: &str = include_str!("../bench/policy.json");
const TOOLS_CALL: &str = include_str!("../bench/static/tools_call.json");
const TOOLS_LIST: &str = include_str!("../bench/static/tools_list.json");
const TOOLS_LIST_SSE: &str = include_str!("../bench/static/tools_list.sse");
const INITIALIZE: &str = include_str!("../bench/static/initialize.json");

/// Word-like ASCII text (a search query, a pasted log), deterministic.
fn filler(n: usize, seed: u64) -> String {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) as usize
    };
    let mut s = String::with_capacity(n + 10);
    while s.len() < n {
        let len = 2 + next() % 8;
        for _ in 0..len {
            s.push((b'a' + (next() % 26) as u8) as char);
        }
        s.push(' ');
    }
    s.truncate(n);
    s
}

/// tools/call whose `arguments` serialise to `bytes` bytes (as bench.py).
fn call_body(bytes: usize, seed: u64) -> String {
    let overhead = r#"{"query":""}"#.len();
    let args = serde_json::json!({"query": filler(bytes - overhead, seed)});
    serde_json::json!({"jsonrpc":"2.0","id":2,"method":"tools/call",
        "params":{"name":"search_tickets","arguments":args}})
    .to_string()
}

/// A tools/call result whose text is about `bytes` long.
fn call_result(bytes: usize) -> String {
    serde_json::json!({"jsonrpc":"2.0","id":2,"result":{"content":[{"type":"text","text":filler(bytes, 7)}],"isError":false}})
        .to_string()
}

fn policy(mode_b: bool, full: bool) -> Rc<Shared> {
    let mut v: serde_json::Value = serde_json::from_str(BASE_POLICY).unwrap();
    v["envoy"]["allowOnHeadersStopIteration"] = mode_b.into();
    if full {
        v["servers"][0]["dlp"] = serde_json::json!({});
        v["quotas"] = serde_json::json!({"rules": [{"name": "per-caller", "tools": ["*"],
            "limit": {"calls": 1_000_000_000_000u64, "per": "day"}}]});
    }
    let p = Policy::from_json(v.to_string().as_bytes()).expect("bench policy");
    let shared = Shared::new(p, "mcp_warden", "bench-worker".into());
    Rc::new(shared)
}

/// A host as Envoy presents the bench's request after jwt_authn (the
/// Authorization header is consumed there; the claims are metadata).
fn request_host(body: &str, session: Option<&str>, op: &str) -> FakeHost {
    let mut f = FakeHost::post(body).with_claims("bench-user", &["support"]);
    f.claim("client_id", b"bench-agent".to_vec());
    f.claim("iss", b"https://issuer.example".to_vec());
    f.claim("aud", b"mcp-warden".to_vec());
    f.claim("exp", 1.8e9f64.to_le_bytes().to_vec());
    for (k, v) in [
        (":scheme", "http"),
        ("accept", "application/json, text/event-stream"),
        ("mcp-protocol-version", "2025-11-25"),
        ("x-bench-op", op),
        ("content-length", &body.len().to_string()),
        ("x-forwarded-proto", "http"),
        ("x-request-id", "5f0c7e0e-3b9a-4d4e-9d57-1f7b8d0b2a11"),
    ] {
        f.req.push((k.into(), v.into()));
    }
    if let Some(s) = session {
        f.req.push(("mcp-session-id".into(), s.into()));
    }
    f
}

fn response_headers(ct: &str, len: usize) -> Vec<(String, String)> {
    vec![
        (":status".into(), "200".into()),
        ("content-type".into(), ct.into()),
        ("content-length".into(), len.to_string()),
        ("date".into(), "Sat, 05 Dec 2026 09:00:00 GMT".into()),
        ("server".into(), "envoy".into()),
        ("x-envoy-upstream-service-time".into(), "0".into()),
    ]
}

/// initialize through the filter: the sealed session id the client gets.
fn open_session(shared: &Rc<Shared>, host: &mut Counted) -> String {
    let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"mcp-warden-bench","version":"0"}}}"#;
    let t = request_host(init, None, "initialize");
    host.f.req = t.req;
    host.f.req_body = t.req_body;
    host.f.props = t.props;
    let mut s = Stream::new(shared.clone());
    s.on_request_headers(host, false);
    let n = host.f.req_body.len();
    assert_eq!(s.on_request_body(host, n, true), Action::Continue);
    host.f.resp = response_headers("application/json", INITIALIZE.len());
    host.f
        .resp
        .push(("mcp-session-id".into(), "bench-static-session-0001".into()));
    host.f.resp_body = INITIALIZE.as_bytes().to_vec();
    s.on_response_headers(host, false);
    s.on_response_body(host, INITIALIZE.len(), true);
    s.on_log(host);
    let sealed = host
        .f
        .resp
        .iter()
        .find(|(k, _)| k == "mcp-session-id")
        .map(|(_, v)| v.clone())
        .expect("a sealed session id");
    assert_ne!(sealed, "bench-static-session-0001");
    sealed
}

struct Workload {
    name: &'static str,
    full: bool,
    body: String,
    op: &'static str,
    content_type: &'static str,
    answer: String,
    /// Substring the answer the client gets must contain, and one it must not.
    must: &'static str,
    must_not: &'static str,
}

fn workloads() -> Vec<Workload> {
    let list = r#"{"jsonrpc":"2.0","id":3,"method":"tools/list","params":{}}"#.to_string();
    vec![
        Workload {
            name: "call-1k",
            full: false,
            body: call_body(1024, 1),
            op: "call",
            content_type: "application/json",
            answer: TOOLS_CALL.into(),
            must: "VPN drops",
            must_not: "\"error\"",
        },
        Workload {
            name: "call-64k",
            full: false,
            body: call_body(64 * 1024, 64),
            op: "call",
            content_type: "application/json",
            answer: TOOLS_CALL.into(),
            must: "VPN drops",
            must_not: "\"error\"",
        },
        Workload {
            name: "list",
            full: false,
            body: list.clone(),
            op: "list",
            content_type: "application/json",
            answer: TOOLS_LIST.into(),
            must: "search_tickets",
            must_not: "delete_ticket",
        },
        Workload {
            name: "list-sse",
            full: false,
            body: list,
            op: "list-sse",
            content_type: "text/event-stream",
            answer: TOOLS_LIST_SSE.into(),
            must: "search_tickets",
            must_not: "delete_ticket",
        },
        Workload {
            name: "call-1k+dlp+quota",
            full: true,
            body: call_body(1024, 1),
            op: "call",
            content_type: "application/json",
            answer: call_result(1024),
            must: "\"isError\":false",
            must_not: "\"error\"",
        },
    ]
}

/// One stream, timed phase by phase (ns added to `t`).
fn one(shared: &Rc<Shared>, host: &mut Counted, w: &Workload, t: &mut [u64; 6]) -> bool {
    let n = host.f.req_body.len();
    let a = Instant::now();
    let mut s = Stream::new(shared.clone());
    let b = Instant::now();
    s.on_request_headers(host, false);
    let c = Instant::now();
    let body_action = s.on_request_body(host, n, true);
    let d = Instant::now();
    // The upstream answers (outside the timed region: that is Envoy's work).
    host.f.resp = response_headers(w.content_type, w.answer.len());
    host.f.resp_body = w.answer.as_bytes().to_vec();
    let e = Instant::now();
    s.on_response_headers(host, false);
    let f = Instant::now();
    let m = w.answer.len();
    s.on_response_body(host, m, true);
    let g = Instant::now();
    s.on_log(host);
    drop(s);
    let h = Instant::now();
    for (i, (x, y)) in [(a, b), (b, c), (c, d), (e, f), (f, g), (g, h)]
        .into_iter()
        .enumerate()
    {
        t[i] += (y - x).as_nanos() as u64;
    }
    body_action == Action::Continue && host.f.replies.is_empty()
}

fn reset(host: &mut Counted, template: &FakeHost) {
    host.f.req.clone_from(&template.req);
    host.f.req_body.clone_from(&template.req_body);
    host.f.resp.clear();
    host.f.resp_body.clear();
    host.f.facts.clear();
    host.f.replies.clear();
    host.f.audit.clear();
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn main() {
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let iters: usize = std::env::var("BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let batches: usize = std::env::var("BENCH_BATCHES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    println!("| workload | mode | µs/stream | new | req head | req body | resp head | resp body | log | allocs | KiB alloc | host calls | host calls by kind |");
    println!("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
    let mut failed = false;
    let all = workloads();
    let names: Vec<&str> = all.iter().map(|w| w.name).collect();
    for w in &all {
        // An exact name picks one workload; anything else is a substring.
        let exact = filter.iter().any(|f| names.contains(&f.as_str()));
        if !filter.is_empty()
            && !filter
                .iter()
                .any(|f| w.name == f || (!exact && w.name.contains(f.as_str())))
        {
            continue;
        }
        let modes = std::env::var("BENCH_MODES").unwrap_or_else(|_| "a b".into());
        for mode_b in [false, true] {
            if !modes
                .split_whitespace()
                .any(|m| m == if mode_b { "b" } else { "a" })
            {
                continue;
            }
            let shared = policy(mode_b, w.full);
            let mut host = Counted::new(FakeHost::post(""));
            let session = open_session(&shared, &mut host);
            let template = request_host(&w.body, Some(&session), w.op);
            host.take();
            // One checked stream first: it must do what the workload says.
            reset(&mut host, &template);
            let mut t = [0u64; 6];
            let ok = one(&shared, &mut host, w, &mut t);
            let out = String::from_utf8_lossy(&host.f.resp_body).into_owned();
            if !ok || !out.contains(w.must) || out.contains(w.must_not) {
                eprintln!(
                    "{} mode {}: unexpected outcome (replies {:?}); answer: {}",
                    w.name,
                    if mode_b { "b" } else { "a" },
                    host.f
                        .replies
                        .first()
                        .map(|r| String::from_utf8_lossy(&r.body).into_owned()),
                    out.chars().take(300).collect::<String>()
                );
                failed = true;
                continue;
            }
            let calls = host.take();
            // Allocations of one stream (resets excluded).
            reset(&mut host, &template);
            let (a0, b0) = allocs();
            one(&shared, &mut host, w, &mut t);
            let (a1, b1) = allocs();
            host.take();
            let mut per_batch = Vec::new();
            let mut phases = vec![Vec::new(); 6];
            for _ in 0..batches {
                let mut t = [0u64; 6];
                for _ in 0..iters {
                    reset(&mut host, &template);
                    one(&shared, &mut host, w, &mut t);
                }
                per_batch.push(t.iter().sum::<u64>() as f64 / iters as f64);
                for (i, p) in phases.iter_mut().enumerate() {
                    p.push(t[i] as f64 / iters as f64);
                }
            }
            let total: u64 = calls.iter().sum();
            let kinds: Vec<String> = CALLS
                .iter()
                .zip(&calls)
                .filter(|(_, n)| **n > 0)
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            let ph: Vec<String> = phases
                .into_iter()
                .map(|p| format!("{:.1}", median(p) / 1000.0))
                .collect();
            println!(
                "| {} | {} | {:.1} | {} | {} | {:.1} | {} | {} |",
                w.name,
                if mode_b { "b" } else { "a" },
                median(per_batch) / 1000.0,
                ph.join(" | "),
                a1 - a0,
                (b1 - b0) as f64 / 1024.0,
                total,
                kinds.join(", ")
            );
        }
    }
    if failed {
        std::process::exit(1);
    }
}
