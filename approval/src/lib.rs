// The crate documentation is approval/README.md: the API contract, the
// pages, the deployment behind Envoy and the wire format for clients, kept
// in one place.
#![doc = include_str!("../README.md")]

pub mod http;
pub mod identity;
pub mod model;
pub mod pages;
pub mod store;
pub mod web;
pub mod webhook;
