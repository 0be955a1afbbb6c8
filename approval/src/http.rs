//! The tiny_http adapter: turns its requests into [`web::Request`]s with a
//! bounded body and writes [`web::Response`]s back. Each worker thread
//! takes requests from the shared listener.
//!
//! tiny_http does not bound the size of a request's header block, so the
//! service belongs behind Envoy (which does, 60 KiB by default), listening
//! on loopback or the pod network only.

use std::io::Read;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::web::{App, Request, Response};

/// Reads a request into the service's shape; `Err` is the answer to send
/// instead (413 for an oversized body, 400 for an unreadable one).
fn convert(rq: &mut tiny_http::Request, max_body: usize) -> Result<Request, Response> {
    let method = rq.method().as_str().to_ascii_uppercase();
    let url = rq.url().to_string();
    let path = url.split(['?', '#']).next().unwrap_or("").to_string();
    let headers: Vec<(String, String)> = rq
        .headers()
        .iter()
        .map(|h| {
            (
                h.field.as_str().as_str().to_ascii_lowercase(),
                h.value.as_str().to_string(),
            )
        })
        .collect();
    if rq.body_length().is_some_and(|n| n > max_body) {
        return Err(too_large(max_body));
    }
    let mut body = Vec::new();
    let limit = u64::try_from(max_body)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    if rq.as_reader().take(limit).read_to_end(&mut body).is_err() {
        return Err(Response::text(400, "unreadable request body"));
    }
    if body.len() > max_body {
        return Err(too_large(max_body));
    }
    Ok(Request {
        method,
        path,
        headers,
        body,
    })
}

fn too_large(max: usize) -> Response {
    Response::api_error(
        413,
        "body_too_large",
        &format!("request bodies are limited to {max} bytes"),
    )
}

fn respond(rq: tiny_http::Request, resp: Response) {
    let mut out = tiny_http::Response::from_data(resp.body).with_status_code(resp.status);
    for (name, value) in &resp.headers {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            out.add_header(h);
        }
    }
    // A client that went away is not our problem.
    let _ = rq.respond(out);
}

/// A bound listener.
pub struct Listener {
    server: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
}

impl Listener {
    pub fn bind(addr: &str) -> Result<Listener, String> {
        let server =
            tiny_http::Server::http(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        Ok(Listener {
            server: Arc::new(server),
            stopping: Arc::new(AtomicBool::new(false)),
        })
    }

    pub fn local_addr(&self) -> Option<SocketAddr> {
        self.server.server_addr().to_ip()
    }

    /// Serves with `threads` workers; returns their handles (they run until
    /// the process ends, or until [`Listener::unblock`]).
    pub fn serve(&self, app: Arc<App>, threads: usize) -> Vec<std::thread::JoinHandle<()>> {
        (0..threads.max(1))
            .filter_map(|i| {
                let server = Arc::clone(&self.server);
                let stopping = Arc::clone(&self.stopping);
                let app = Arc::clone(&app);
                std::thread::Builder::new()
                    .name(format!("http-{i}"))
                    .spawn(move || loop {
                        let mut rq = match server.recv() {
                            Ok(rq) => rq,
                            Err(_) if stopping.load(Ordering::SeqCst) => return,
                            // An accept error (out of file descriptors, say):
                            // keep serving, without spinning.
                            Err(e) => {
                                eprintln!("mcp-warden-approval: accept failed: {e}");
                                std::thread::sleep(Duration::from_millis(100));
                                continue;
                            }
                        };
                        let max = app.config().max_body_bytes;
                        let resp = match convert(&mut rq, max) {
                            Ok(req) => app.handle(&req),
                            Err(resp) => resp,
                        };
                        respond(rq, resp);
                    })
                    .ok()
            })
            .collect()
    }

    /// Makes every worker's `recv` return, so they end.
    pub fn unblock(&self, threads: usize) {
        self.stopping.store(true, Ordering::SeqCst);
        for _ in 0..threads.max(1) {
            self.server.unblock();
        }
    }
}
