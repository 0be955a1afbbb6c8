//! Sessions bound to the caller who opened them (MCP security best
//! practices, "session hijacking"), on any number of replicas.
//!
//! The filter never hands out the server's `Mcp-Session-Id` (nor the
//! legacy transport's `session_id`): it gives the client a sealed id
//! ([`crate::binding`]) bound to the principal and the registry server,
//! and unwraps it on the way in. An id that does not verify (another
//! caller's, another server's, or changed) is refused with 403 before the
//! server sees anything; one sealed with a retired key or past its maximum
//! age gets 404, which tells MCP clients to start a new session. No shared
//! memory is involved, so nothing can be evicted and any replica with the
//! key decides the same way.

use crate::binding::{Kind, OpenError};
use crate::host::{Host, LogLevel};
use crate::pipeline::{Cx, Flow, Stage};
use crate::reply::{code, LocalReply, Reason};

#[derive(Default)]
pub struct Sessions {
    /// The sealed id the request carried, and the server's id inside it.
    session: Option<(String, String)>,
}

/// `session_id` (Python SDK) or `sessionId` (TypeScript SDK) in a legacy
/// message-endpoint URI: (name, value).
pub fn legacy_session_param(uri: &str) -> Option<(&str, &str)> {
    let query = uri.split_once('?')?.1;
    query.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (matches!(k, "session_id" | "sessionId") && !v.is_empty() && v.len() <= 1024)
            .then_some((k, v))
    })
}

fn replace_param(uri: &str, name: &str, value: &str) -> String {
    let Some((path, query)) = uri.split_once('?') else {
        return uri.to_string();
    };
    let parts: Vec<String> = query
        .split('&')
        .map(|kv| match kv.split_once('=') {
            Some((k, _)) if k == name => format!("{k}={value}"),
            _ => kv.to_string(),
        })
        .collect();
    format!("{path}?{}", parts.join("&"))
}

fn refuse(err: OpenError) -> LocalReply {
    match err {
        OpenError::Forged => LocalReply::rpc_error(
            403,
            None,
            code::ACCESS_DENIED,
            "mcp-warden: this MCP session belongs to another caller",
            Reason::SessionNotOwned,
        ),
        OpenError::Expired | OpenError::NotSealed => LocalReply::rpc_error(
            404,
            None,
            code::INVALID_REQUEST,
            "mcp-warden: unknown or expired MCP session; start a new session",
            Reason::SessionExpired,
        ),
    }
}

impl Sessions {
    fn open(
        &self,
        cx: &mut Cx,
        host: &mut dyn Host,
        kind: Kind,
        token: &str,
    ) -> Result<String, Flow> {
        let Some(sealer) = cx.shared.sealer(host) else {
            host.log(LogLevel::Error, "mcp-warden: no session key available");
            return Err(Flow::Reply(refuse(OpenError::Expired)));
        };
        let server = cx.server_name().to_string();
        match sealer.open(kind, &server, cx.principal(), token, host.now_ms()) {
            Ok(up) => Ok(up),
            Err(OpenError::Forged) if cx.shadow_mode() => {
                // Shadow: report, and forward the id as sent (the server
                // does not know it).
                cx.record.decision = Some("would_deny");
                cx.record.rule = Some(Reason::SessionNotOwned.name().into());
                Err(Flow::Next)
            }
            Err(e) => Err(Flow::Reply(refuse(e))),
        }
    }
}

impl Stage for Sessions {
    fn name(&self) -> &'static str {
        "sessions"
    }

    fn on_head(&mut self, cx: &mut Cx, host: &mut dyn Host) -> Flow {
        if cx.server.is_none() || cx.head.preflight {
            return Flow::Next;
        }
        if let Some(token) = cx.head.get("mcp-session-id").map(str::to_string) {
            match self.open(cx, host, Kind::Session, &token) {
                Ok(up) => {
                    host.set_request_header("mcp-session-id", Some(&up));
                    self.session = Some((token, up));
                }
                Err(flow) => return flow,
            }
        }
        if cx.head.method == "POST" {
            let path = cx.head.path.clone();
            if let Some((name, token)) = legacy_session_param(&path) {
                match self.open(cx, host, Kind::LegacySession, token) {
                    Ok(up) => {
                        host.set_request_header(":path", Some(&replace_param(&path, name, &up)));
                        cx.legacy_session = Some(up);
                    }
                    Err(flow) => return flow,
                }
            }
        }
        Flow::Next
    }

    fn on_response_head(&mut self, cx: &mut Cx, host: &mut dyn Host) {
        if cx.server.is_none() {
            return;
        }
        // Every session id in an answer is sealed: the client never learns
        // the server's own (servers echo it on later answers, too).
        let Some(up) = host.response_header("mcp-session-id") else {
            return;
        };
        if let Some((token, known)) = &self.session {
            if *known == up {
                host.set_response_header("mcp-session-id", Some(token));
                return;
            }
        }
        let sealed = cx.shared.sealer(host).and_then(|s| {
            s.seal(
                Kind::Session,
                cx.server_name(),
                cx.principal(),
                &up,
                host.now_ms(),
            )
        });
        match sealed {
            Some(id) => host.set_response_header("mcp-session-id", Some(&id)),
            None => {
                // An id we cannot seal is never handed out.
                host.log(
                    LogLevel::Warn,
                    "mcp-warden: could not seal a new session id; removed it",
                );
                host.set_response_header("mcp-session-id", None);
            }
        }
    }

    fn on_event(
        &mut self,
        cx: &mut Cx,
        host: &mut dyn Host,
        event: Option<&str>,
        data: &str,
    ) -> Option<String> {
        if !cx.server_stream || event != Some("endpoint") {
            return None;
        }
        let (name, up) = legacy_session_param(data.trim())?;
        let up = up.to_string();
        let sealed = cx.shared.sealer(host).and_then(|s| {
            s.seal(
                Kind::LegacySession,
                cx.server_name(),
                cx.principal(),
                &up,
                host.now_ms(),
            )
        });
        cx.legacy_session = Some(up);
        match sealed {
            Some(id) => Some(replace_param(data.trim(), name, &id)),
            // Never hand out the server's own id.
            None => Some(String::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_session_params_are_found_and_replaced() {
        assert_eq!(
            legacy_session_param("/messages/?session_id=abc"),
            Some(("session_id", "abc"))
        );
        assert_eq!(
            legacy_session_param("/m?x=1&sessionId=z"),
            Some(("sessionId", "z"))
        );
        assert_eq!(legacy_session_param("/m?x=1"), None);
        assert_eq!(
            replace_param(
                "/messages/?a=1&session_id=abc&b=2",
                "session_id",
                "mw1.k.x.y"
            ),
            "/messages/?a=1&session_id=mw1.k.x.y&b=2"
        );
    }
}
