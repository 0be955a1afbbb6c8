//! The proxy-wasm adapter: moves bytes between Envoy and [`Stream`].
//!
//! Host calls go through the raw ABI imports below, not the SDK's
//! `hostcalls::*` wrappers: those `panic!` on any unexpected status (and
//! `get_map` unwraps non-UTF-8 header values), and a panic kills the VM and
//! every request on that worker. Here a host error reads as "absent".

use crate::audit::SinkBudget;
use crate::error::ConfigError;
use crate::host::{self, Action, Host, LogLevel};
use crate::metrics;
use crate::policy::Policy;
use crate::reply::LocalReply;
use crate::store::SharedStore;
use crate::stream::{Shared, Stream};
use proxy_wasm::traits::{Context, HttpContext, RootContext};
use proxy_wasm::types::{ContextType, LogLevel as SdkLogLevel};
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};
use std::ptr::null_mut;
use std::rc::Rc;
use std::time::Duration;

mod abi {
    // Values from the proxy-wasm ABI 0.2.1 spec.
    pub const MAP_REQUEST_HEADERS: u32 = 0;
    pub const MAP_RESPONSE_HEADERS: u32 = 2;
    pub const BUFFER_REQUEST_BODY: u32 = 0;
    pub const BUFFER_RESPONSE_BODY: u32 = 1;
    pub const BUFFER_PLUGIN_CONFIGURATION: u32 = 7;
    pub const OK: u32 = 0;
    pub const CAS_MISMATCH: u32 = 8;

    #[link(wasm_import_module = "env")]
    extern "C" {
        pub fn proxy_log(level: u32, data: *const u8, size: usize) -> u32;
        pub fn proxy_get_header_map_value(
            map: u32,
            key: *const u8,
            key_size: usize,
            out: *mut *mut u8,
            out_size: *mut usize,
        ) -> u32;
        pub fn proxy_get_header_map_pairs(map: u32, out: *mut *mut u8, out_size: *mut usize)
            -> u32;
        pub fn proxy_replace_header_map_value(
            map: u32,
            key: *const u8,
            key_size: usize,
            value: *const u8,
            value_size: usize,
        ) -> u32;
        pub fn proxy_remove_header_map_value(map: u32, key: *const u8, key_size: usize) -> u32;
        pub fn proxy_get_buffer_bytes(
            buffer: u32,
            start: usize,
            max: usize,
            out: *mut *mut u8,
            out_size: *mut usize,
        ) -> u32;
        pub fn proxy_set_buffer_bytes(
            buffer: u32,
            start: usize,
            size: usize,
            data: *const u8,
            data_size: usize,
        ) -> u32;
        pub fn proxy_get_property(
            path: *const u8,
            path_size: usize,
            out: *mut *mut u8,
            out_size: *mut usize,
        ) -> u32;
        pub fn proxy_set_property(
            path: *const u8,
            path_size: usize,
            value: *const u8,
            value_size: usize,
        ) -> u32;
        #[allow(clippy::too_many_arguments)]
        pub fn proxy_send_local_response(
            status: u32,
            details: *const u8,
            details_size: usize,
            body: *const u8,
            body_size: usize,
            headers: *const u8,
            headers_size: usize,
            grpc_status: i32,
        ) -> u32;
        pub fn proxy_get_shared_data(
            key: *const u8,
            key_size: usize,
            out: *mut *mut u8,
            out_size: *mut usize,
            cas: *mut u32,
        ) -> u32;
        pub fn proxy_set_shared_data(
            key: *const u8,
            key_size: usize,
            value: *const u8,
            value_size: usize,
            cas: u32,
        ) -> u32;
        pub fn proxy_get_current_time_nanoseconds(out: *mut u64) -> u32;
        pub fn proxy_define_metric(
            kind: u32,
            name: *const u8,
            name_size: usize,
            out: *mut u32,
        ) -> u32;
        pub fn proxy_increment_metric(id: u32, offset: i64) -> u32;
        pub fn proxy_record_metric(id: u32, value: u64) -> u32;
        pub fn proxy_set_tick_period_milliseconds(period: u32) -> u32;
        pub fn proxy_continue_stream(stream: u32) -> u32;
        pub fn proxy_register_shared_queue(name: *const u8, name_size: usize, out: *mut u32)
            -> u32;
        pub fn proxy_enqueue_shared_queue(id: u32, data: *const u8, size: usize) -> u32;
        pub fn proxy_dequeue_shared_queue(id: u32, out: *mut *mut u8, out_size: *mut usize) -> u32;
    }
    pub const MAP_HTTP_CALL_RESPONSE_HEADERS: u32 = 6;
    pub const BUFFER_HTTP_CALL_RESPONSE_BODY: u32 = 4;
    pub const METRIC_COUNTER: u32 = 0;
    pub const METRIC_HISTOGRAM: u32 = 2;
}

/// Takes ownership of a host-allocated buffer (the host allocates through
/// the SDK's exported `proxy_on_memory_allocate`, i.e. the Rust allocator).
fn owned(status: u32, ptr: *mut u8, size: usize) -> Option<Vec<u8>> {
    if status != abi::OK || ptr.is_null() {
        return None;
    }
    // SAFETY: on OK the host handed us `size` bytes it allocated with our
    // allocator; we are their only owner from here on.
    Some(unsafe { Vec::from_raw_parts(ptr, size, size) })
}

fn log(level: LogLevel, message: &str) {
    let level = match level {
        LogLevel::Debug => 1,
        LogLevel::Info => 2,
        LogLevel::Warn => 3,
        LogLevel::Error => 4,
    };
    // SAFETY: pointer and length describe a live &str.
    unsafe {
        abi::proxy_log(level, message.as_ptr(), message.len());
    }
}

fn log_critical(message: &str) {
    // SAFETY: as above.
    unsafe {
        abi::proxy_log(5, message.as_ptr(), message.len());
    }
}

fn header(map: u32, name: &str) -> Option<String> {
    let (mut ptr, mut size) = (null_mut(), 0usize);
    // SAFETY: out-pointers are valid for writes; the key is a live &str.
    let status = unsafe {
        abi::proxy_get_header_map_value(map, name.as_ptr(), name.len(), &mut ptr, &mut size)
    };
    owned(status, ptr, size).and_then(|b| String::from_utf8(b).ok())
}

fn header_pairs(map: u32) -> Option<Vec<u8>> {
    let (mut ptr, mut size) = (null_mut(), 0usize);
    // SAFETY: out-pointers are valid for writes.
    let status = unsafe { abi::proxy_get_header_map_pairs(map, &mut ptr, &mut size) };
    owned(status, ptr, size)
}

fn set_header(map: u32, name: &str, value: Option<&str>) {
    // SAFETY: pointers and lengths describe live strings.
    let status = unsafe {
        match value {
            Some(v) => abi::proxy_replace_header_map_value(
                map,
                name.as_ptr(),
                name.len(),
                v.as_ptr(),
                v.len(),
            ),
            None => abi::proxy_remove_header_map_value(map, name.as_ptr(), name.len()),
        }
    };
    if status != abi::OK {
        log(LogLevel::Warn, &format!("mcp-warden: could not change header {name} (status {status}); headers may already be sent"));
    }
}

fn buffer(kind: u32, size: usize) -> Option<Vec<u8>> {
    let (mut ptr, mut len) = (null_mut(), 0usize);
    // SAFETY: out-pointers are valid for writes.
    let status = unsafe { abi::proxy_get_buffer_bytes(kind, 0, size, &mut ptr, &mut len) };
    owned(status, ptr, len)
}

fn property_path(path: &[&str]) -> Vec<u8> {
    path.join("\0").into_bytes()
}

fn get_property(path: &[&str]) -> Option<Vec<u8>> {
    let p = property_path(path);
    let (mut ptr, mut size) = (null_mut(), 0usize);
    // SAFETY: out-pointers are valid for writes; the path is a live buffer.
    let status = unsafe { abi::proxy_get_property(p.as_ptr(), p.len(), &mut ptr, &mut size) };
    owned(status, ptr, size)
}

fn now_ns() -> u64 {
    let mut t = 0u64;
    // SAFETY: out-pointer is valid for writes.
    let status = unsafe { abi::proxy_get_current_time_nanoseconds(&mut t) };
    if status == abi::OK {
        t
    } else {
        0
    }
}

thread_local! {
    /// Metric ids by full stat name; the names are bounded by the policy.
    static METRICS: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
    /// The audit sink hand-off of this VM, when a sink is configured.
    static SINK: RefCell<Option<SinkHandle>> = const { RefCell::new(None) };
}

const AUDIT_QUEUE: &str = "mcp_warden_audit";

struct SinkHandle {
    queue: u32,
    budget: SinkBudget,
}

fn count(name: &str, by: u64) {
    if let Some(id) = metric_id(abi::METRIC_COUNTER, name) {
        // SAFETY: plain value call.
        unsafe {
            abi::proxy_increment_metric(id, i64::try_from(by).unwrap_or(i64::MAX));
        }
    }
}

fn sink_dropped(reason: &str, lines: u64) {
    count(
        &metrics::name(metrics::AUDIT_SINK_DROPPED, &[("mcp_reason", reason)]),
        lines,
    );
}

/// Queues a sealed audit line for the sink, or counts it as dropped.
fn enqueue_audit(line: &str) {
    SINK.with(|s| {
        let s = s.borrow();
        let Some(sink) = s.as_ref() else { return };
        if !sink.budget.reserve(&EnvoyHost) {
            sink_dropped("full", 1);
            return;
        }
        // SAFETY: pointer and length describe a live &str.
        let status =
            unsafe { abi::proxy_enqueue_shared_queue(sink.queue, line.as_ptr(), line.len()) };
        if status != abi::OK {
            sink.budget.release(&EnvoyHost, 1);
            sink_dropped("queue", 1);
        }
    });
}

/// Takes up to `max` lines off the shared queue (any worker may drain it).
fn dequeue_audit(queue: u32, max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while out.len() < max {
        let (mut ptr, mut size) = (null_mut(), 0usize);
        // SAFETY: out-pointers are valid for writes.
        let status = unsafe { abi::proxy_dequeue_shared_queue(queue, &mut ptr, &mut size) };
        match owned(status, ptr, size) {
            Some(line) => out.push(line),
            None => break,
        }
    }
    out
}

fn metric_id(kind: u32, name: &str) -> Option<u32> {
    if let Some(id) = METRICS.with(|m| m.borrow().get(name).copied()) {
        return Some(id);
    }
    let mut id = 0u32;
    // SAFETY: the name is a live &str; out-pointer valid for writes.
    let status = unsafe { abi::proxy_define_metric(kind, name.as_ptr(), name.len(), &mut id) };
    if status != abi::OK {
        return None;
    }
    METRICS.with(|m| m.borrow_mut().insert(name.to_string(), id));
    Some(id)
}

/// The host as seen by one HTTP stream.
struct EnvoyHost;

impl SharedStore for EnvoyHost {
    fn get(&self, key: &str) -> (Option<Vec<u8>>, Option<u32>) {
        let (mut ptr, mut size, mut cas) = (null_mut(), 0usize, 0u32);
        // SAFETY: out-pointers are valid for writes; the key is a live &str.
        let status = unsafe {
            abi::proxy_get_shared_data(key.as_ptr(), key.len(), &mut ptr, &mut size, &mut cas)
        };
        match owned(status, ptr, size) {
            Some(v) => (Some(v), Some(cas)),
            None if status == abi::OK => (None, Some(cas)),
            None => (None, None),
        }
    }

    fn set(&self, key: &str, value: &[u8], cas: Option<u32>) -> bool {
        // SAFETY: pointers and lengths describe live buffers.
        let status = unsafe {
            abi::proxy_set_shared_data(
                key.as_ptr(),
                key.len(),
                value.as_ptr(),
                value.len(),
                cas.unwrap_or(0),
            )
        };
        if status != abi::OK && status != abi::CAS_MISMATCH {
            log(
                LogLevel::Warn,
                &format!("mcp-warden: shared data write failed (status {status})"),
            );
        }
        status == abi::OK
    }
}

/// A header map as text pairs. Names are lower case in Envoy; values need
/// not be UTF-8 and are read lossily.
fn headers_as_text(map: u32) -> Vec<(String, String)> {
    let Some(bytes) = header_pairs(map) else {
        return Vec::new();
    };
    host::decode_pairs(&bytes)
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| {
            (
                String::from_utf8_lossy(k).to_ascii_lowercase(),
                String::from_utf8_lossy(v).into_owned(),
            )
        })
        .collect()
}

impl Host for EnvoyHost {
    fn request_header(&self, name: &str) -> Option<String> {
        header(abi::MAP_REQUEST_HEADERS, name)
    }

    fn request_headers(&self) -> Vec<(String, String)> {
        headers_as_text(abi::MAP_REQUEST_HEADERS)
    }

    fn set_request_header(&mut self, name: &str, value: Option<&str>) {
        set_header(abi::MAP_REQUEST_HEADERS, name, value);
    }

    fn response_header(&self, name: &str) -> Option<String> {
        header(abi::MAP_RESPONSE_HEADERS, name)
    }

    fn response_headers(&self) -> Vec<(String, String)> {
        headers_as_text(abi::MAP_RESPONSE_HEADERS)
    }

    fn set_response_header(&mut self, name: &str, value: Option<&str>) {
        set_header(abi::MAP_RESPONSE_HEADERS, name, value);
    }

    fn property(&self, path: &[&str]) -> Option<Vec<u8>> {
        get_property(path)
    }

    fn set_fact(&mut self, name: &str, value: &str) {
        let key = format!("mcp_warden.{name}");
        let p = property_path(&[&key]);
        // SAFETY: pointers and lengths describe live buffers.
        let status =
            unsafe { abi::proxy_set_property(p.as_ptr(), p.len(), value.as_ptr(), value.len()) };
        if status != abi::OK {
            log(
                LogLevel::Debug,
                &format!("mcp-warden: could not set filter state {key} (status {status})"),
            );
        }
    }

    fn request_body(&self, size: usize) -> Option<Vec<u8>> {
        buffer(abi::BUFFER_REQUEST_BODY, size)
    }

    fn response_body(&self, size: usize) -> Option<Vec<u8>> {
        buffer(abi::BUFFER_RESPONSE_BODY, size)
    }

    fn set_response_body(&mut self, size: usize, body: &[u8]) -> bool {
        // start = 0: Envoy supports only prefix replacement (or append).
        // SAFETY: pointer and length describe a live buffer.
        let status = unsafe {
            abi::proxy_set_buffer_bytes(
                abi::BUFFER_RESPONSE_BODY,
                0,
                size,
                body.as_ptr(),
                body.len(),
            )
        };
        if status != abi::OK {
            log(
                LogLevel::Warn,
                &format!("mcp-warden: could not replace the response body (status {status})"),
            );
        }
        status == abi::OK
    }

    fn set_request_body(&mut self, size: usize, body: &[u8]) -> bool {
        // SAFETY: pointer and length describe a live buffer.
        let status = unsafe {
            abi::proxy_set_buffer_bytes(
                abi::BUFFER_REQUEST_BODY,
                0,
                size,
                body.as_ptr(),
                body.len(),
            )
        };
        if status != abi::OK {
            log(
                LogLevel::Warn,
                &format!("mcp-warden: could not replace the request body (status {status})"),
            );
        }
        status == abi::OK
    }

    fn send_reply(&mut self, reply: &LocalReply) {
        let headers = host::encode_pairs(&reply.headers);
        let details = format!("mcp_warden_{}", reply.reason.name());
        // SAFETY: pointers and lengths describe live buffers.
        let status = unsafe {
            abi::proxy_send_local_response(
                reply.status,
                details.as_ptr(),
                details.len(),
                reply.body.as_ptr(),
                reply.body.len(),
                headers.as_ptr(),
                headers.len(),
                -1,
            )
        };
        if status != abi::OK {
            log(
                LogLevel::Error,
                &format!("mcp-warden: local reply failed (status {status})"),
            );
        }
    }

    fn log(&self, level: LogLevel, message: &str) {
        log(level, message);
    }

    fn now_ms(&self) -> u64 {
        now_ns() / 1_000_000
    }

    fn increment(&mut self, metric: &str, by: u64) {
        count(metric, by);
    }

    fn observe(&mut self, metric: &str, value: u64) {
        if let Some(id) = metric_id(abi::METRIC_HISTOGRAM, metric) {
            // SAFETY: plain value call.
            unsafe {
                abi::proxy_record_metric(id, value);
            }
        }
    }

    fn emit_audit(&mut self, line: &str) {
        self.set_fact("audit", line);
        enqueue_audit(line);
    }

    fn dispatch_call(
        &mut self,
        cluster: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        timeout_ms: u32,
    ) -> Option<u32> {
        // The SDK wrapper registers the call with its dispatcher, which routes
        // the answer back to this stream; it panics only on statuses Envoy
        // does not return for this call (Ok, BadArgument, InternalFailure).
        let timeout = Duration::from_millis(u64::from(timeout_ms));
        match proxy_wasm::hostcalls::dispatch_http_call(
            cluster,
            headers.to_vec(),
            Some(body),
            vec![],
            timeout,
        ) {
            Ok(token) => Some(token),
            Err(status) => {
                log(
                    LogLevel::Warn,
                    &format!("mcp-warden: call to cluster {cluster} failed ({status:?})"),
                );
                None
            }
        }
    }

    fn resume_request(&mut self) {
        // SAFETY: plain call.
        let status = unsafe { abi::proxy_continue_stream(0) };
        if status != abi::OK {
            log(
                LogLevel::Warn,
                &format!("mcp-warden: could not resume the request (status {status})"),
            );
        }
    }

    fn call_response_header(&self, name: &str) -> Option<String> {
        header(abi::MAP_HTTP_CALL_RESPONSE_HEADERS, name)
    }

    fn call_response_body(&self, max: usize) -> Option<Vec<u8>> {
        buffer(abi::BUFFER_HTTP_CALL_RESPONSE_BODY, max)
    }
}

struct Root {
    shared: Option<Rc<Shared>>,
    /// Lines of the sink batch in flight (one call at a time per worker).
    in_flight: Option<(u32, u64)>,
}

impl Context for Root {
    fn on_http_call_response(
        &mut self,
        token: u32,
        _headers: usize,
        _body: usize,
        _trailers: usize,
    ) {
        let Some((expected, n)) = self.in_flight.take() else {
            return;
        };
        if expected != token {
            return;
        }
        let status = header(abi::MAP_HTTP_CALL_RESPONSE_HEADERS, ":status")
            .and_then(|s| s.parse::<u32>().ok());
        match status {
            Some(200..=299) => count(metrics::AUDIT_SINK_SENT, n),
            other => {
                log(
                    LogLevel::Warn,
                    &format!("mcp-warden: audit sink answered {other:?}; {n} records dropped"),
                );
                sink_dropped("failed", n);
            }
        }
    }
}

impl RootContext for Root {
    fn on_configure(&mut self, size: usize) -> bool {
        let bytes = if size == 0 {
            None
        } else {
            buffer(abi::BUFFER_PLUGIN_CONFIGURATION, size)
        };
        let Some(bytes) = bytes else {
            log_critical(&ConfigError::new("", "the plugin configuration is empty; pass the policy JSON as the filter configuration").to_string());
            return false;
        };
        match Policy::from_json(&bytes) {
            Ok(policy) => {
                // Namespace shared data by plugin: under Istio every plugin in
                // the proxy shares one vm_id.
                let namespace = get_property(&["plugin_name"])
                    .and_then(|b| String::from_utf8(b).ok())
                    .unwrap_or_else(|| "default".into());

                // A per-VM (per-worker) chain id: time plus WASI randomness.
                let random = std::collections::hash_map::RandomState::new()
                    .build_hasher()
                    .finish();
                let worker = format!("{:x}{:04x}", now_ns(), random & 0xffff);
                log(
                    LogLevel::Info,
                    &format!(
                        "mcp-warden: loaded policy for {} server(s), mode {:?}, header-stop {}",
                        policy.servers.len(),
                        policy.mode,
                        policy.allow_header_stop
                    ),
                );
                if let Some(sink) = &policy.audit.sink {
                    let mut queue = 0u32;
                    // SAFETY: name is a live &str; out-pointer valid for writes.
                    let status = unsafe {
                        abi::proxy_register_shared_queue(
                            AUDIT_QUEUE.as_ptr(),
                            AUDIT_QUEUE.len(),
                            &mut queue,
                        )
                    };
                    if status != abi::OK {
                        log_critical(
                            &ConfigError::new("audit.sink", "could not register the audit queue")
                                .to_string(),
                        );
                        return false;
                    }
                    SINK.with(|s| {
                        *s.borrow_mut() = Some(SinkHandle {
                            queue,
                            budget: SinkBudget::new(&namespace, sink.max_pending_records),
                        })
                    });
                    let period = u32::try_from(sink.flush_interval_ms).unwrap_or(u32::MAX);
                    // SAFETY: plain value call.
                    unsafe {
                        abi::proxy_set_tick_period_milliseconds(period);
                    }
                }
                let shared = Shared::new(policy, &namespace, worker);
                // The main thread configures first: its key is the one every
                // worker then reads (when the policy configures no keys).
                shared.ensure_local_key(&EnvoyHost);
                // Taint buckets exist before traffic: every later write is a CAS.
                shared.policy.taint.prepare(&EnvoyHost, &shared.namespace);
                self.shared = Some(Rc::new(shared));
                true
            }
            Err(e) => {
                log_critical(&e.to_string());
                false
            }
        }
    }

    fn get_type(&self) -> Option<ContextType> {
        Some(ContextType::HttpContext)
    }

    /// Ships one batch of audit lines per tick from the root context, whose
    /// calls (unlike a stream's) outlive any one request.
    fn on_tick(&mut self) {
        if self.in_flight.is_some() {
            return;
        }
        let Some(shared) = self.shared.clone() else {
            return;
        };
        let Some(sink) = shared.policy.audit.sink.as_ref() else {
            return;
        };
        let Some(queue) = SINK.with(|s| s.borrow().as_ref().map(|h| h.queue)) else {
            return;
        };
        let lines = dequeue_audit(queue, sink.max_batch_records);
        if lines.is_empty() {
            return;
        }
        let n = lines.len() as u64;
        SINK.with(|s| {
            if let Some(h) = s.borrow().as_ref() {
                h.budget.release(&EnvoyHost, n);
            }
        });
        let body = lines.join(&b'\n');
        let authority = sink
            .authority
            .clone()
            .unwrap_or_else(|| sink.cluster.clone());
        let headers = vec![
            (":method", "POST"),
            (":path", sink.path.as_str()),
            (":authority", authority.as_str()),
            ("content-type", "application/x-ndjson"),
        ];
        match self.dispatch_http_call(
            &sink.cluster,
            headers,
            Some(&body),
            vec![],
            Duration::from_millis(sink.timeout_ms),
        ) {
            Ok(token) => self.in_flight = Some((token, n)),
            Err(status) => {
                log(LogLevel::Warn, &format!("mcp-warden: audit sink call to cluster {} failed ({status:?}); {n} records dropped", sink.cluster));
                sink_dropped("failed", n);
            }
        }
    }

    fn create_http_context(&self, _context_id: u32) -> Option<Box<dyn HttpContext>> {
        let shared = self.shared.clone()?;
        Some(Box::new(Http {
            stream: Stream::new(shared),
        }))
    }
}

struct Http {
    stream: Stream,
}

impl Context for Http {
    fn on_http_call_response(
        &mut self,
        token: u32,
        _headers: usize,
        body_size: usize,
        _trailers: usize,
    ) {
        self.stream
            .on_http_call_response(&mut EnvoyHost, token, body_size);
    }
}

fn to_sdk(a: Action) -> proxy_wasm::types::Action {
    match a {
        Action::Continue => proxy_wasm::types::Action::Continue,
        Action::Pause => proxy_wasm::types::Action::Pause,
    }
}

impl HttpContext for Http {
    fn on_http_request_headers(
        &mut self,
        _num_headers: usize,
        end_of_stream: bool,
    ) -> proxy_wasm::types::Action {
        to_sdk(
            self.stream
                .on_request_headers(&mut EnvoyHost, end_of_stream),
        )
    }

    fn on_http_request_body(
        &mut self,
        body_size: usize,
        end_of_stream: bool,
    ) -> proxy_wasm::types::Action {
        to_sdk(
            self.stream
                .on_request_body(&mut EnvoyHost, body_size, end_of_stream),
        )
    }

    fn on_http_response_headers(
        &mut self,
        _num_headers: usize,
        end_of_stream: bool,
    ) -> proxy_wasm::types::Action {
        to_sdk(
            self.stream
                .on_response_headers(&mut EnvoyHost, end_of_stream),
        )
    }

    fn on_http_response_body(
        &mut self,
        body_size: usize,
        end_of_stream: bool,
    ) -> proxy_wasm::types::Action {
        to_sdk(
            self.stream
                .on_response_body(&mut EnvoyHost, body_size, end_of_stream),
        )
    }

    // Trailers end a stream as surely as end_of_stream does (HTTP/2): the
    // SDK's default would continue and release a body nobody judged.
    fn on_http_request_trailers(&mut self, _num_trailers: usize) -> proxy_wasm::types::Action {
        to_sdk(self.stream.on_request_trailers(&mut EnvoyHost))
    }

    fn on_http_response_trailers(&mut self, _num_trailers: usize) -> proxy_wasm::types::Action {
        to_sdk(self.stream.on_response_trailers(&mut EnvoyHost))
    }

    fn on_log(&mut self) {
        self.stream.on_log(&mut EnvoyHost);
    }
}

proxy_wasm::main! {{
    proxy_wasm::set_log_level(SdkLogLevel::Info);
    std::panic::set_hook(Box::new(|info| log_critical(&format!("mcp-warden: panic: {info}"))));
        proxy_wasm::set_root_context(|_| -> Box<dyn RootContext> { Box::new(Root { shared: None, in_flight: None }) });
}}
