//! Test support shared by the unit tests, the integration tests and the
//! native benchmark: an in-memory shared store with real CAS semantics and a
//! fake Envoy host. Compiled for tests and with the `testing` feature only.
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use crate::host::{encode_pairs, Host, LogLevel};
use crate::reply::LocalReply;
use crate::store::SharedStore;
use std::cell::RefCell;
use std::collections::HashMap;

/// An in-memory SharedStore with real CAS semantics.
#[derive(Default, Debug)]
pub struct MemStore {
    pub map: RefCell<HashMap<String, (Vec<u8>, u32)>>,
    next: RefCell<u32>,
}

impl SharedStore for MemStore {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        match self.map.borrow().get(key) {
            Some((v, c)) => (Some(v.clone()), Some(*c)),
            None => (None, None),
        }
    }
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        let mut map = self.map.borrow_mut();
        if let (Some(c), Some((_, cur))) = (cas, map.get(key)) {
            if c != *cur {
                return false;
            }
        }
        *self.next.borrow_mut() += 1;
        map.insert(key.to_string(), (value.to_vec(), *self.next.borrow()));
        true
    }
}

/// The jwt_authn payload path as Envoy exposes it.
pub const PAYLOAD: &str = "metadata\0filter_metadata\0envoy.filters.http.jwt_authn\0jwt_payload";

/// A dispatched call: cluster, headers, body.
pub type Call = (String, Vec<(String, String)>, Vec<u8>);

/// A fake Envoy: header maps, bodies, properties, facts and replies.
#[derive(Default)]
pub struct FakeHost {
    pub req: Vec<(String, String)>,
    pub resp: Vec<(String, String)>,
    pub props: HashMap<String, Vec<u8>>,
    pub facts: HashMap<String, String>,
    pub req_body: Vec<u8>,
    pub resp_body: Vec<u8>,
    pub replies: Vec<LocalReply>,
    pub store: MemStore,
    pub counters: HashMap<String, u64>,
    pub audit: Vec<String>,
    payload: Vec<(String, Vec<u8>)>,
    pub calls: Vec<Call>,
    pub resumed: u32,
    pub call_resp: Vec<(String, String)>,
    pub call_body: Vec<u8>,
    pub now_ms: u64,
}

impl FakeHost {
    /// A POST of `body` to `/mcp` with a JSON content type.
    pub fn post(body: &str) -> FakeHost {
        let mut f = FakeHost {
            now_ms: 1_000,
            ..FakeHost::default()
        };
        for (k, v) in [
            (":method", "POST"),
            (":path", "/mcp"),
            (":authority", "gw"),
            ("content-type", "application/json"),
        ] {
            f.req.push((k.into(), v.into()));
        }
        f.req_body = body.as_bytes().to_vec();
        f
    }

    /// A request with `method` and `path` and no body.
    pub fn request(method: &str, path: &str) -> FakeHost {
        let mut f = FakeHost::post("");
        set(&mut f.req, ":method", Some(method));
        set(&mut f.req, ":path", Some(path));
        f.req.retain(|(k, _)| k != "content-type");
        f
    }

    /// Sets claims the way Envoy exposes jwt_authn metadata: the whole
    /// payload as a pairs map (lists nested), and each claim by path.
    pub fn with_claims(mut self, sub: &str, groups: &[&str]) -> FakeHost {
        self.claim("sub", sub.as_bytes().to_vec());
        let items: Vec<(&str, &str)> = groups.iter().map(|g| (*g, "")).collect();
        self.claim("groups", encode_pairs(&items));
        for (i, g) in groups.iter().enumerate() {
            self.props
                .insert(format!("{PAYLOAD}\0groups\0{i}"), g.as_bytes().to_vec());
        }
        self
    }

    pub fn with_aud(mut self, aud: &str) -> FakeHost {
        self.claim("aud", aud.as_bytes().to_vec());
        self
    }

    pub fn with_header(mut self, name: &str, value: &str) -> FakeHost {
        self.req.push((name.into(), value.into()));
        self
    }

    pub fn claim(&mut self, name: &str, value: Vec<u8>) {
        self.props
            .insert(format!("{PAYLOAD}\0{name}"), value.clone());
        self.payload.retain(|(k, _)| k != name);
        self.payload.push((name.to_string(), value));
        let blob = encode_pairs(&self.payload);
        self.props.insert(PAYLOAD.to_string(), blob);
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.req
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn set_header(&mut self, name: &str, value: Option<&str>) {
        set(&mut self.req, name, value);
    }

    /// Status and JSON body of the first local reply.
    pub fn reply_json(&self) -> (u32, serde_json::Value) {
        let r = self.replies.first().expect("a local reply");
        (
            r.status,
            serde_json::from_slice(&r.body).expect("a JSON reply body"),
        )
    }

    /// Replaces the response (headers and body) for the answer phase.
    pub fn respond(&mut self, status: u32, content_type: &str, body: &str) {
        self.resp = vec![
            (":status".into(), status.to_string()),
            ("content-type".into(), content_type.into()),
        ];
        self.resp_body = body.as_bytes().to_vec();
        self.props
            .insert("response\0code_details".into(), b"via_upstream".to_vec());
    }
}

pub fn set(map: &mut Vec<(String, String)>, name: &str, value: Option<&str>) {
    map.retain(|(k, _)| k != name);
    if let Some(v) = value {
        map.push((name.into(), v.into()));
    }
}

impl SharedStore for FakeHost {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        self.store.get(key)
    }
    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        self.store.set(key, value, cas)
    }
}

impl Host for FakeHost {
    fn request_header(&self, name: &str) -> Option<String> {
        self.header(name).map(str::to_string)
    }
    fn request_headers(&self) -> Vec<(String, String)> {
        self.req.clone()
    }
    fn set_request_header(&mut self, name: &str, value: Option<&str>) {
        set(&mut self.req, name, value);
    }
    fn response_header(&self, name: &str) -> Option<String> {
        self.resp
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
    fn response_headers(&self) -> Vec<(String, String)> {
        self.resp.clone()
    }
    fn set_response_header(&mut self, name: &str, value: Option<&str>) {
        set(&mut self.resp, name, value);
    }
    fn property(&self, path: &[&str]) -> Option<Vec<u8>> {
        self.props.get(&path.join("\0")).cloned()
    }
    fn set_fact(&mut self, name: &str, value: &str) {
        self.facts.insert(name.into(), value.into());
    }
    fn request_body(&self, size: usize) -> Option<Vec<u8>> {
        Some(self.req_body.iter().take(size).copied().collect())
    }
    fn response_body(&self, size: usize) -> Option<Vec<u8>> {
        Some(self.resp_body.iter().take(size).copied().collect())
    }
    fn set_response_body(&mut self, size: usize, body: &[u8]) -> bool {
        let rest = self.resp_body.split_off(size.min(self.resp_body.len()));
        self.resp_body = [body, &rest].concat();
        true
    }
    fn set_request_body(&mut self, size: usize, body: &[u8]) -> bool {
        let rest = self.req_body.split_off(size.min(self.req_body.len()));
        self.req_body = [body, &rest].concat();
        true
    }
    fn send_reply(&mut self, reply: &LocalReply) {
        self.replies.push(reply.clone());
    }
    fn log(&self, _level: LogLevel, _message: &str) {}
    fn now_ms(&self) -> u64 {
        self.now_ms
    }
    fn increment(&mut self, metric: &str, by: u64) {
        *self.counters.entry(metric.to_string()).or_default() += by;
    }
    fn observe(&mut self, _metric: &str, _value: u64) {}
    fn emit_audit(&mut self, line: &str) {
        self.audit.push(line.to_string());
    }
    fn dispatch_call(
        &mut self,
        cluster: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        _timeout_ms: u32,
    ) -> Option<u32> {
        let h: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.calls.push((cluster.to_string(), h, body.to_vec()));
        (cluster != "missing").then_some(self.calls.len() as u32)
    }
    fn resume_request(&mut self) {
        self.resumed += 1;
    }
    fn call_response_header(&self, name: &str) -> Option<String> {
        self.call_resp
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
    fn call_response_body(&self, max: usize) -> Option<Vec<u8>> {
        Some(self.call_body.iter().take(max).copied().collect())
    }
}
