//! What the stream logic needs from its host. The proxy-wasm adapter
//! implements it over the raw ABI (no SDK wrapper that panics); tests use a
//! fake. Every method is infallible from the caller's view: a host error
//! reads as "absent" or "not done", never as a panic.

use crate::reply::LocalReply;
use crate::store::SharedStore;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Continue,
    Pause,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Debug,
    Info,
    Warn,
    Error,
}

pub trait Host: SharedStore {
    fn request_header(&self, name: &str) -> Option<String>;
    /// Every request header, in order, repeats included (one host call;
    /// names are lower case). Envoy's single-value getter returns only the
    /// first of repeated headers, so counting needs the whole map.
    fn request_headers(&self) -> Vec<(String, String)>;
    fn set_request_header(&mut self, name: &str, value: Option<&str>);
    fn response_header(&self, name: &str) -> Option<String>;
    /// Every response header, in order (names lower case).
    fn response_headers(&self) -> Vec<(String, String)>;
    fn set_response_header(&mut self, name: &str, value: Option<&str>);
    /// An Envoy attribute (`["xds", "route_name"]`), raw bytes.
    fn property(&self, path: &[&str]) -> Option<Vec<u8>>;
    /// Publishes an MCP fact as filter state `wasm.mcp_warden.<name>`.
    fn set_fact(&mut self, name: &str, value: &str);
    fn request_body(&self, size: usize) -> Option<Vec<u8>>;
    fn response_body(&self, size: usize) -> Option<Vec<u8>>;
    /// Replaces the first `size` bytes of the response body buffer.
    fn set_response_body(&mut self, size: usize, body: &[u8]) -> bool;
    /// Replaces the first `size` bytes of the (buffered) request body.
    fn set_request_body(&mut self, size: usize, body: &[u8]) -> bool;
    fn send_reply(&mut self, reply: &LocalReply);
    fn log(&self, level: LogLevel, message: &str);
    /// Milliseconds since the epoch (the host's clock).
    fn now_ms(&self) -> u64;
    /// Adds to a counter (created on first use).
    fn increment(&mut self, metric: &str, by: u64);
    /// Records a histogram sample.
    fn observe(&mut self, metric: &str, value: u64);
    /// Hands a sealed audit line to Envoy: filter state
    /// `wasm.mcp_warden.audit` for access logs, and the sink queue if any.
    fn emit_audit(&mut self, line: &str);
    /// Starts an HTTP call to an Envoy cluster on behalf of this stream;
    /// the answer comes back through `Stream::on_http_call_response`.
    fn dispatch_call(
        &mut self,
        cluster: &str,
        headers: &[(&str, &str)],
        body: &[u8],
        timeout_ms: u32,
    ) -> Option<u32>;
    /// Releases request headers held with `Action::Pause`.
    fn resume_request(&mut self);
    /// A header of the answer to a dispatched call.
    fn call_response_header(&self, name: &str) -> Option<String>;
    /// Up to `max` bytes of the answer to a dispatched call.
    fn call_response_body(&self, max: usize) -> Option<Vec<u8>>;
}

/// Decodes a proxy-wasm "pairs" blob (u32 count, u32 sizes, NUL-terminated
/// data) without trusting it: None on any inconsistency.
pub fn decode_pairs(bytes: &[u8]) -> Option<Vec<(&[u8], &[u8])>> {
    if bytes.is_empty() {
        return Some(Vec::new());
    }
    let u32_at = |at: usize| -> Option<usize> {
        let b = bytes.get(at..at.checked_add(4)?)?;
        Some(u32::from_le_bytes([*b.first()?, *b.get(1)?, *b.get(2)?, *b.get(3)?]) as usize)
    };
    let count = u32_at(0)?;
    let mut data = count.checked_mul(8)?.checked_add(4)?;
    if data > bytes.len() {
        return None;
    }
    let mut out = Vec::with_capacity(count);
    for n in 0..count {
        let sizes = 4 + n * 8;
        let (ks, vs) = (u32_at(sizes)?, u32_at(sizes + 4)?);
        let key = bytes.get(data..data.checked_add(ks)?)?;
        data = data.checked_add(ks)?.checked_add(1)?;
        let value = bytes.get(data..data.checked_add(vs)?)?;
        data = data.checked_add(vs)?.checked_add(1)?;
        out.push((key, value));
    }
    Some(out)
}

/// Encodes a proxy-wasm "pairs" blob (local replies; test fakes).
pub fn encode_pairs<K: AsRef<[u8]>, V: AsRef<[u8]>>(pairs: &[(K, V)]) -> Vec<u8> {
    let size: usize = pairs
        .iter()
        .map(|(k, v)| k.as_ref().len() + v.as_ref().len() + 10)
        .sum();
    let mut b = Vec::with_capacity(4 + size);
    b.extend((pairs.len() as u32).to_le_bytes());
    for (k, v) in pairs {
        b.extend((k.as_ref().len() as u32).to_le_bytes());
        b.extend((v.as_ref().len() as u32).to_le_bytes());
    }
    for (k, v) in pairs {
        b.extend(k.as_ref());
        b.push(0);
        b.extend(v.as_ref());
        b.push(0);
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(pairs: &[(&str, &str)]) -> Vec<u8> {
        encode_pairs(pairs)
    }

    #[test]
    fn pairs_round_trip() {
        let b = encode(&[("a", "1"), ("authorization", "x"), ("authorization", "y")]);
        let p = decode_pairs(&b).unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[2], (&b"authorization"[..], &b"y"[..]));
    }

    #[test]
    fn truncated_or_lying_pairs_are_refused_not_panicked_on() {
        let b = encode(&[("key", "value")]);
        for cut in 1..b.len() - 1 {
            assert!(decode_pairs(&b[..cut]).is_none(), "cut {cut}");
        }
        assert!(decode_pairs(&[255, 255, 255, 255]).is_none());
        assert!(decode_pairs(&[1, 0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 0]).is_none());
    }
}
