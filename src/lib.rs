//! mcp-warden: a proxy-wasm filter that governs Model Context Protocol
//! traffic inside Envoy and Istio.
//!
//! Layout (the README's table lists every module; a test keeps them in
//! step):
//! - leaves: `error` (config errors), `store` (shared data, owner records,
//!   hashing), `who`, `names`, `glob`, `json` (the one JSON reader), `sse`,
//!   `reply` (the refusal vocabulary), `metrics`, `host` (what the stream
//!   needs from Envoy), `binding` (sealed ids);
//! - the model and the compiled policy: `mcp`, `config`, `policy`,
//!   `identity`;
//! - feature cores: `approval`, `audit`, `credentials`, `dlp`, `integrity`,
//!   `quota`, `catalog` (tool tags, annotations, lifecycle, selectors),
//!   `collections`, `taint`;
//! - the pipeline: `pipeline` (the stage trait and order), `stages` (one
//!   file per feature), `stream` (the transport);
//! - `wasm`: the proxy-wasm adapter (wasm32 only).

pub mod approval;
pub mod audit;
pub mod binding;
pub mod catalog;
pub mod collections;
pub mod config;
pub mod credentials;
pub mod dlp;
pub mod error;
pub mod glob;
pub mod host;
pub mod identity;
pub mod integrity;
pub mod json;
pub mod mcp;
pub mod metrics;
pub mod modes;
pub mod names;
pub mod pipeline;
pub mod policy;
pub mod quota;
pub mod reply;
pub mod sse;
pub mod stages;
pub mod store;
pub mod stream;
pub mod taint;
pub mod who;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

#[cfg(target_arch = "wasm32")]
mod wasm;
