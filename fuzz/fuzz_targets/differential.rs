#![no_main]
//! See mcp_warden_fuzz::differential for what this target checks.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mcp_warden_fuzz::differential::check(data));
