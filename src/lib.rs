//! mcp-warden: a proxy-wasm filter that governs Model Context Protocol
//! traffic inside Envoy and Istio.
//!
//! Layout: a pure core (`config`, `mcp`, `names`, `identity`, `policy`,
//! `lists`, `tasks`, `sse`, `reply`) with no proxy-wasm types, tested
//! natively; `stream` drives one HTTP stream against the [`host::Host`]
//! trait; `wasm` is the thin proxy-wasm adapter (wasm32 only).

pub mod audit;
pub mod config;
pub mod credentials;
pub mod dlp;
pub mod glob;
pub mod host;
pub mod identity;
pub mod integrity;
pub mod lists;
pub mod mcp;
pub mod metrics;
pub mod names;
pub mod policy;
pub mod quota;
pub mod reply;
pub mod sse;
pub mod stream;
pub mod tasks;

#[cfg(target_arch = "wasm32")]
mod wasm;
