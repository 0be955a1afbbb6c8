//! Optional notice of each new pending request (e.g. to a chat channel),
//! POSTed as JSON by one background thread. A slow or failing receiver
//! never holds a check: the queue is bounded, a full queue drops the
//! notice, and failures are logged, never retried.
//!
//! Plain `http://` only: the service has no TLS of its own; send HTTPS
//! webhooks through an Envoy egress listener (or any local relay).

use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::time::Duration;

use serde_json::Value;

/// Notices waiting to be sent; beyond this they are dropped.
pub const QUEUE: usize = 64;

pub struct Webhook {
    tx: SyncSender<Value>,
}

/// Checks a webhook URL at start.
pub fn validate_url(url: &str) -> Result<(), String> {
    if !url.starts_with("http://") {
        return Err(format!(
            "webhook URL {url:?} must be http:// (route HTTPS through an Envoy egress listener)"
        ));
    }
    url.parse::<ureq::http::Uri>()
        .map(|_| ())
        .map_err(|e| format!("webhook URL {url:?} is not a URL: {e}"))
}

impl Webhook {
    pub fn start(url: String, timeout: Duration) -> Result<Webhook, String> {
        validate_url(&url)?;
        let (tx, rx) = sync_channel::<Value>(QUEUE);
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .build()
            .into();
        std::thread::Builder::new()
            .name("webhook".into())
            .spawn(move || {
                for notice in rx {
                    let result = agent
                        .post(url.as_str())
                        .header("content-type", "application/json")
                        .send(notice.to_string());
                    if let Err(e) = result {
                        eprintln!("mcp-warden-approval: webhook failed: {e}");
                    }
                }
            })
            .map_err(|e| format!("cannot start the webhook thread: {e}"))?;
        Ok(Webhook { tx })
    }

    pub fn send(&self, notice: &Value) {
        match self.tx.try_send(notice.clone()) {
            Ok(()) => {}
            Err(TrySendError::Full(_)) => {
                eprintln!("mcp-warden-approval: webhook queue full; notice dropped")
            }
            Err(TrySendError::Disconnected(_)) => {
                eprintln!("mcp-warden-approval: webhook thread gone; notice dropped")
            }
        }
    }
}
