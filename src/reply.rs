//! The vocabulary of refusals (one enum: name, metric class, JSON-RPC code)
//! and local replies as data: built by the core, sent by the stream from
//! exactly one place, never twice.

use crate::json;

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
    /// A credential for the upstream could not be obtained.
    pub const CREDENTIAL_UNAVAILABLE: i64 = -32010;
    /// 2026-07-28 `HeaderMismatch`: Mcp-Method/Mcp-Name/Mcp-Param-* disagree with the body.
    pub const HEADER_MISMATCH: i64 = -32020;
    /// 2026-07-28 `UnsupportedProtocolVersion` (HTTP 400, `data.supported`).
    pub const UNSUPPORTED_PROTOCOL_VERSION: i64 = -32022;
    /// A quota is exhausted.
    pub const QUOTA_EXCEEDED: i64 = -32029;
    /// 2025-11-25 URL-mode elicitation required (approval pages).
    pub const URL_ELICITATION_REQUIRED: i64 = -32042;
}

/// How a refusal counts in metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Malformed input (`mcp_warden_parse_errors_total`).
    ParseError,
    /// A body over a cap (`mcp_warden_body_limit_total`).
    BodyLimit,
    /// Everything policy refused (`mcp_warden_denials_total`).
    Denial,
}

macro_rules! reasons {
    ($( $(#[$doc:meta])* $v:ident => $name:literal, $class:ident, $code:expr; )*) => {
        /// Why the filter refused (or answered for) a request: the one list.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Reason { $( $(#[$doc])* $v, )* }
        impl Reason {
            /// The name in facts, audit (`rule`), metrics and
            /// `RESPONSE_CODE_DETAILS` (`mcp_warden_<name>`).
            pub fn name(self) -> &'static str { match self { $( Reason::$v => $name, )* } }
            pub fn class(self) -> Class { match self { $( Reason::$v => Class::$class, )* } }
            /// The JSON-RPC code of a refusal for this reason.
            pub fn code(self) -> i64 { match self { $( Reason::$v => $code, )* } }
            pub const ALL: &'static [Reason] = &[ $( Reason::$v, )* ];
        }
    };
}

reasons! {
    /// Not JSON / not UTF-8.
    ParseError => "parse_error", ParseError, code::PARSE_ERROR;
    /// JSON but not an acceptable JSON-RPC message.
    InvalidRequest => "invalid_request", ParseError, code::INVALID_REQUEST;
    InvalidParams => "invalid_params", ParseError, code::INVALID_PARAMS;
    EmptyBody => "empty_body", ParseError, code::INVALID_REQUEST;
    /// A GET or DELETE (or preflight) that carries a body.
    UnexpectedBody => "unexpected_body", ParseError, code::INVALID_REQUEST;
    HeaderMismatch => "header_mismatch", ParseError, code::HEADER_MISMATCH;
    BatchNotAllowed => "batch_not_allowed", ParseError, code::INVALID_REQUEST;
    DuplicateHeader => "duplicate_header", ParseError, code::INVALID_REQUEST;
    InvalidName => "invalid_name", ParseError, code::INVALID_PARAMS;
    InvalidUri => "invalid_uri", ParseError, code::INVALID_PARAMS;
    BodyTooLarge => "body_too_large", BodyLimit, code::BODY_TOO_LARGE;
    ResponseTooLarge => "response_too_large", BodyLimit, code::BODY_TOO_LARGE;
    UnreadableBody => "unreadable_body", Denial, code::UNREADABLE_BODY;
    UnsupportedMediaType => "unsupported_media_type", Denial, code::UNREADABLE_BODY;
    MethodNotAllowed => "method_not_allowed", Denial, code::INVALID_REQUEST;
    /// The upstream answered before the request body was judged (mode A).
    EarlyResponse => "early_response", Denial, code::ACCESS_DENIED;
    /// A server answer the filter had to inspect but could not read exactly.
    UnreadableAnswer => "unreadable_answer", Denial, code::ACCESS_DENIED;
    /// A server answer whose id matches no request of this stream.
    UnmatchedAnswer => "unmatched_answer", Denial, code::ACCESS_DENIED;
    Unauthenticated => "unauthenticated", Denial, code::UNAUTHENTICATED;
    UnregisteredServer => "unregistered_server", Denial, code::ACCESS_DENIED;
    /// A rule (or the default) denied it.
    Denied => "denied", Denial, code::ACCESS_DENIED;
    SessionNotOwned => "session_not_owned", Denial, code::ACCESS_DENIED;
    /// A sealed id from a retired key or past its maximum age.
    SessionExpired => "session_expired", Denial, code::INVALID_REQUEST;
    TaskNotOwned => "task_not_owned", Denial, code::INVALID_PARAMS;
    TaskScope => "task_scope", Denial, code::ACCESS_DENIED;
    InsufficientScope => "insufficient_scope", Denial, code::ACCESS_DENIED;
    TokenInQuery => "token_in_query", Denial, code::INVALID_REQUEST;
    InvalidAudience => "invalid_audience", Denial, code::UNAUTHENTICATED;
    NoCredential => "no_credential", Denial, code::ACCESS_DENIED;
    ExchangeMisconfigured => "exchange_misconfigured", Denial, code::CREDENTIAL_UNAVAILABLE;
    ExchangeRefused => "exchange_refused", Denial, code::ACCESS_DENIED;
    ExchangeFailed => "exchange_failed", Denial, code::CREDENTIAL_UNAVAILABLE;
    /// The RFC 9728 document (not a refusal; never audited).
    OauthMetadata => "oauth_metadata", Denial, 0;
    ToolNotReviewed => "tool_not_reviewed", Denial, code::ACCESS_DENIED;
    ToolPoisoned => "tool_poisoned", Denial, code::ACCESS_DENIED;
    ToolNotApproved => "tool_not_approved", Denial, code::ACCESS_DENIED;
    InvalidArguments => "invalid_arguments", Denial, code::INVALID_PARAMS;
    ServerRequestDenied => "server_request_denied", Denial, code::ACCESS_DENIED;
    ListRefused => "list_refused", Denial, code::ACCESS_DENIED;
    /// The pin store had no room to review a tool (`integrity.toolSlots`).
    PinStoreFull => "pin_store_full", Denial, code::ACCESS_DENIED;
    DlpBlocked => "dlp_blocked", Denial, code::DLP_BLOCKED;
    QuotaExceeded => "quota_exceeded", Denial, code::QUOTA_EXCEEDED;
    ApprovalRequired => "approval_required", Denial, code::URL_ELICITATION_REQUIRED;
    ApprovalDenied => "approval_denied", Denial, code::ACCESS_DENIED;
    ApprovalUnavailable => "approval_unavailable", Denial, code::ACCESS_DENIED;
    /// Outside the collection offered on this route (answered like an unknown tool).
    NotInCollection => "not_in_collection", Denial, code::INVALID_PARAMS;
    /// A sink call in a session a taint rule marked.
    SessionTainted => "session_tainted", Denial, code::ACCESS_DENIED;
    /// A source call whose taint could not be recorded (fail closed).
    TaintUnrecorded => "taint_unrecorded", Denial, code::ACCESS_DENIED;
    /// A deprecated tool past its sunset.
    ToolRetired => "tool_retired", Denial, code::ACCESS_DENIED;
    /// A protocol revision the server's allow-list does not name.
    UnsupportedProtocolVersion => "unsupported_protocol_version", Denial, code::UNSUPPORTED_PROTOCOL_VERSION;
}

impl Reason {
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL.iter().copied().find(|r| r.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalReply {
    pub status: u32,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub reason: Reason,
    /// JSON-RPC error code carried in the body, for audit and tests.
    pub rpc_code: Option<i64>,
}

/// One JSON-RPC error response object as text. `id` is the raw JSON id as
/// the client sent it (echoed byte for byte), or None for `null`.
pub fn error_text(id: Option<&str>, code: i64, message: &str, data: Option<&str>) -> String {
    let mut out = String::with_capacity(64 + message.len());
    out.push_str("{\"jsonrpc\":\"2.0\",\"id\":");
    out.push_str(id.unwrap_or("null"));
    out.push_str(",\"error\":{\"code\":");
    out.push_str(&code.to_string());
    out.push_str(",\"message\":");
    json::quote_into(&mut out, message);
    if let Some(d) = data {
        out.push_str(",\"data\":");
        out.push_str(d);
    }
    out.push_str("}}");
    out
}

impl LocalReply {
    /// A JSON-RPC error answer with the given HTTP status.
    pub fn rpc_error(
        status: u32,
        id: Option<&str>,
        code: i64,
        message: &str,
        reason: Reason,
    ) -> Self {
        LocalReply::json(
            status,
            error_text(id, code, message, None),
            reason,
            Some(code),
        )
    }

    /// A JSON body (an error object or a batch of them).
    pub fn json(status: u32, body: String, reason: Reason, rpc_code: Option<i64>) -> Self {
        LocalReply {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: body.into_bytes(),
            reason,
            rpc_code,
        }
    }

    /// 401 with an RFC 6750 / RFC 9728 challenge.
    pub fn unauthenticated(resource_metadata_url: Option<&str>) -> Self {
        let challenge = match resource_metadata_url {
            Some(url) => format!("Bearer resource_metadata=\"{url}\""),
            None => "Bearer".to_string(),
        };
        Self::rpc_error(
            401,
            None,
            code::UNAUTHENTICATED,
            "mcp-warden: authentication required",
            Reason::Unauthenticated,
        )
        .with_header("www-authenticate", &challenge)
    }

    /// The reply as the 2026-07-28 wire allows it: codes in -32020..-32099
    /// belong to the MCP specification there (only -32020..-32022 are
    /// defined), so the filter's own codes from that range move outside
    /// the JSON-RPC reserved range (-32029 → -31029).
    pub fn for_wire(mut self, version: &str) -> Self {
        if !crate::mcp::at_least(version, crate::mcp::HEADER_METADATA_VERSION) {
            return self;
        }
        let remap = |c: i64| wire_code(c, version);
        if self.rpc_code.is_some_and(|c| remap(c) != c) {
            if let Ok(mut v) = serde_json::from_slice::<serde_json::Value>(&self.body) {
                let fix = |m: &mut serde_json::Value| {
                    if let Some(c) = m.pointer_mut("/error/code") {
                        if let Some(n) = c.as_i64() {
                            *c = serde_json::Value::from(remap(n));
                        }
                    }
                };
                match &mut v {
                    serde_json::Value::Array(items) => items.iter_mut().for_each(fix),
                    one => fix(one),
                }
                self.body = v.to_string().into_bytes();
            }
            self.rpc_code = self.rpc_code.map(remap);
        }
        self
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// The JSON-RPC code the filter uses for `code` on `version`'s wire.
pub fn wire_code(code: i64, version: &str) -> i64 {
    let modern = crate::mcp::at_least(version, crate::mcp::HEADER_METADATA_VERSION);
    if modern && (-32099..=-32023).contains(&code) {
        code + 1000
    } else {
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_reserved_for_the_2026_specification_move_out_of_the_range() {
        let r = LocalReply::rpc_error(
            200,
            Some("1"),
            code::QUOTA_EXCEEDED,
            "q",
            Reason::QuotaExceeded,
        );
        let old = r.clone().for_wire("2025-11-25");
        assert_eq!(old.rpc_code, Some(-32029));
        let new = r.for_wire("2026-07-28");
        assert_eq!(new.rpc_code, Some(-31029));
        let v: serde_json::Value = serde_json::from_slice(&new.body).unwrap();
        assert_eq!(v["error"]["code"], -31029);
        // Codes the revision defines, and the legacy range, stay.
        assert_eq!(wire_code(code::HEADER_MISMATCH, "2026-07-28"), -32020);
        assert_eq!(wire_code(code::ACCESS_DENIED, "2026-07-28"), -32003);
        let batch = LocalReply::json(
            200,
            format!(
                "[{},{}]",
                error_text(Some("1"), -32029, "q", None),
                error_text(Some("2"), -32029, "q", None)
            ),
            Reason::QuotaExceeded,
            Some(-32029),
        )
        .for_wire("2026-07-28");
        let v: serde_json::Value = serde_json::from_slice(&batch.body).unwrap();
        assert_eq!(
            (
                v[0]["error"]["code"].as_i64(),
                v[1]["error"]["code"].as_i64()
            ),
            (Some(-31029), Some(-31029))
        );
    }

    #[test]
    fn errors_echo_the_request_id_byte_for_byte() {
        let r = LocalReply::rpc_error(
            200,
            Some("\"abc\""),
            code::ACCESS_DENIED,
            "no",
            Reason::Denied,
        );
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["id"], "abc");
        assert_eq!(v["error"]["code"], -32003);
        let r = LocalReply::rpc_error(200, Some("1180591620717411303424"), -1, "x", Reason::Denied);
        assert!(String::from_utf8(r.body)
            .unwrap()
            .contains("\"id\":1180591620717411303424,"));
        let r = LocalReply::rpc_error(200, Some("-0"), -1, "x", Reason::Denied);
        assert!(String::from_utf8(r.body).unwrap().contains("\"id\":-0,"));
        let r = LocalReply::rpc_error(400, None, code::PARSE_ERROR, "bad", Reason::ParseError);
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert!(v["id"].is_null());
    }

    #[test]
    fn messages_are_escaped_as_json() {
        let r = LocalReply::rpc_error(200, Some("1"), -1, "tool 'a\"b\n' denied", Reason::Denied);
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["error"]["message"], "tool 'a\"b\n' denied");
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

    #[test]
    fn reason_names_are_unique_and_label_safe() {
        let mut seen = std::collections::HashSet::new();
        for r in Reason::ALL {
            assert!(seen.insert(r.name()), "{}", r.name());
            assert!(r
                .name()
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'_'));
            assert_eq!(Reason::from_name(r.name()), Some(*r));
        }
    }
}
