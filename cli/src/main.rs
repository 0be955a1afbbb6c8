//! `mcp-warden`: the operator's tool for the mcp-warden filter. Validates and
//! explains policies with the filter's own core (no second implementation of
//! any rule), prints tool pins of a live MCP server, verifies audit logs,
//! finds MCP clients that bypass the gateway and packages the module for
//! Istio and Envoy Gateway.
//!
//! Every call into the filter's core is in `core.rs`, so the rest of the CLI
//! does not care where the core keeps its functions.

mod core;
mod explain;
mod jsonc;
mod package;
mod pins;
mod scan;
mod schema;
mod verify;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status of a check that found problems (invalid policy, broken audit
/// chain, a client that bypasses the gateway).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status of a usage or I/O error (file missing, server unreachable).
pub const EXIT_ERROR: u8 = 2;

#[derive(Parser)]
#[command(
    name = "mcp-warden",
    version,
    about = "Operator CLI for the mcp-warden MCP governance filter",
    long_about = "Operator CLI for the mcp-warden MCP governance filter.\n\n\
        Checks run on the filter's own core, so `validate` and `explain` answer exactly as the \
        filter in Envoy would. Exit status: 0 fine, 1 the check found problems, 2 usage or I/O error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a policy exactly as the filter does at load time (JSON path and fix).
    #[command(
        long_about = "Check a policy exactly as the filter does at load time.\n\n\
        Prints the filter's own error (JSON path and fix) and exits 1 when the filter would \
        refuse to start. Accepts JSON or JSON with comments. The filter reads secrets named by \
        `fromEnv`, `clientSecretFromEnv` and `audit.hmacKeyEnv` from the environment at load \
        time; so does validate, unless --assume-env fills the missing ones with placeholders \
        (for CI machines without the secrets)."
    )]
    Validate {
        /// Policy files (JSON or JSONC).
        #[arg(required = true)]
        policies: Vec<PathBuf>,
        /// Fill environment variables the policy names but this machine lacks with placeholders.
        #[arg(long)]
        assume_env: bool,
        /// One JSON object per policy: {"file", "valid", "stage", "path", "message"}.
        #[arg(long)]
        json: bool,
    },
    /// What the filter would decide for one caller and one request, and why.
    Explain(Box<explain::Args>),
    /// Tool pins of a live MCP server, in policy form (servers[].integrity.pins).
    Pins(pins::Args),
    /// Verify hash-chained audit logs (either record format).
    VerifyAudit(verify::Args),
    /// Find MCP servers in a client's config that bypass the gateway.
    ScanClientConfig(scan::Args),
    /// Print the policy's JSON Schema (generated from the filter's config types).
    Schema,
    /// Build the OCI image layout Istio's WasmPlugin and Envoy Gateway pull.
    Package(package::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate {
            policies,
            assume_env,
            json,
        } => validate(&policies, assume_env, json),
        Command::Explain(a) => explain::run(&a),
        Command::Pins(a) => pins::run(&a),
        Command::VerifyAudit(a) => verify::run(&a),
        Command::ScanClientConfig(a) => scan::run(&a),
        Command::Schema => {
            println!("{}", schema::policy_schema_text());
            Ok(0)
        }
        Command::Package(a) => package::run(&a),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("mcp-warden: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Reads a file, naming it in the error.
pub fn read(path: &std::path::Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn validate(paths: &[PathBuf], assume_env: bool, json: bool) -> Result<u8, String> {
    let mut worst = 0;
    for path in paths {
        let text = jsonc::strip(&read(path)?);
        if assume_env {
            core::assume_env(&text);
        }
        let outcome = core::validate(&text);
        let name = path.display().to_string();
        if json {
            let v = match &outcome {
                Ok(()) => serde_json::json!({"file": name, "valid": true}),
                Err(e) => {
                    // The top level is "" here (serde_path_to_error says ".").
                    let path = if e.error.path == "." {
                        ""
                    } else {
                        e.error.path.as_str()
                    };
                    serde_json::json!({"file": name, "valid": false, "stage": e.stage,
                        "path": path, "message": e.error.message})
                }
            };
            println!("{v}");
        } else {
            match &outcome {
                Ok(()) => println!("{name}: valid"),
                Err(e) => println!("{name}: {}", e.error),
            }
        }
        if outcome.is_err() {
            worst = EXIT_FINDINGS;
        }
    }
    Ok(worst)
}
