//! Local replies as data: built by the core, sent by the adapter from
//! exactly one place (see `stream::Stream::reply`), never twice.

use serde_json::json;

/// JSON-RPC error codes this filter answers with.
pub mod code {
    pub const PARSE_ERROR: i64 = -32700;
    pub const INVALID_REQUEST: i64 = -32600;
    pub const INVALID_PARAMS: i64 = -32602;
    /// No (acceptable) identity: HTTP 401.
    pub const UNAUTHENTICATED: i64 = -32001;
    /// Policy said no.
    pub const ACCESS_DENIED: i64 = -32003;
    /// Body over the configured cap: HTTP 413.
    pub const BODY_TOO_LARGE: i64 = -32004;
    /// A body the filter cannot read (content-encoding, media type): HTTP 415.
    pub const UNREADABLE_BODY: i64 = -32005;
    /// Data loss prevention refused a message (names the detector, never the value).
    pub const DLP_BLOCKED: i64 = -32006;
    /// 2026-07-28 `HeaderMismatch`: Mcp-Method/Mcp-Name disagree with the body.
    pub const HEADER_MISMATCH: i64 = -32020;
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalReply {
    pub status: u32,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Short reason for logs and audit (never contains request content).
    pub reason: &'static str,
    /// JSON-RPC error code carried in the body, for audit and tests.
    pub rpc_code: Option<i64>,
}

/// One JSON-RPC error response object. `id` is the raw JSON id, or None for
/// `null` (the id could not be read).
pub fn error_object(id: Option<&str>, code: i64, message: &str) -> serde_json::Value {
    let id = id
        .and_then(|raw| serde_json::from_str::<serde_json::Value>(raw).ok())
        .unwrap_or(serde_json::Value::Null);
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
}

impl LocalReply {
    /// A JSON-RPC error answer with the given HTTP status.
    pub fn rpc_error(
        status: u32,
        id: Option<&str>,
        code: i64,
        message: &str,
        reason: &'static str,
    ) -> Self {
        LocalReply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: error_object(id, code, message).to_string().into_bytes(),
            reason,
            rpc_code: Some(code),
        }
    }

    /// A JSON-RPC batch answer: one error object per request.
    pub fn rpc_batch(errors: Vec<serde_json::Value>, code: i64, reason: &'static str) -> Self {
        LocalReply {
            status: 200,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::Value::Array(errors).to_string().into_bytes(),
            reason,
            rpc_code: Some(code),
        }
    }

    /// 401 with an RFC 6750 / RFC 9728 challenge.
    pub fn unauthenticated(resource_metadata_url: Option<&str>) -> Self {
        let challenge = match resource_metadata_url {
            Some(url) => format!("Bearer resource_metadata=\"{url}\""),
            None => "Bearer".to_string(),
        };
        let mut r = Self::rpc_error(
            401,
            None,
            code::UNAUTHENTICATED,
            "mcp-warden: authentication required",
            "unauthenticated",
        );
        r.headers.push(("www-authenticate".into(), challenge));
        r
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_echo_the_request_id_with_its_type() {
        let r = LocalReply::rpc_error(200, Some("\"abc\""), code::ACCESS_DENIED, "no", "denied");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["id"], "abc");
        assert_eq!(v["error"]["code"], -32003);
        let r = LocalReply::rpc_error(200, Some("7"), code::ACCESS_DENIED, "no", "denied");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["id"], 7);
        let r = LocalReply::rpc_error(400, None, code::PARSE_ERROR, "bad", "parse");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert!(v["id"].is_null());
    }

    #[test]
    fn messages_are_escaped_as_json() {
        let r = LocalReply::rpc_error(200, Some("1"), -1, "tool 'a\"b' denied", "denied");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["error"]["message"], "tool 'a\"b' denied");
    }

    #[test]
    fn the_401_carries_the_resource_metadata_challenge() {
        let r = LocalReply::unauthenticated(Some(
            "https://gw/.well-known/oauth-protected-resource/mcp",
        ));
        assert_eq!(r.status, 401);
        assert!(r.headers.contains(&(
            "www-authenticate".into(),
            "Bearer resource_metadata=\"https://gw/.well-known/oauth-protected-resource/mcp\""
                .into()
        )));
    }
}
