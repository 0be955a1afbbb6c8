//! `mcp-warden-approval`: the approval service. See README.md.

use std::sync::Arc;
use std::time::Duration;

use mcp_warden_approval::http::Listener;
use mcp_warden_approval::identity::IdentityConfig;
use mcp_warden_approval::store::{Limits, Store};
use mcp_warden_approval::web::{self, App, Config, Hooks};
use mcp_warden_approval::webhook::Webhook;

const HELP: &str = "\
mcp-warden-approval: holds MCP tool calls until a person approves them

USAGE: mcp-warden-approval [OPTIONS]

  --listen ADDR                 address to listen on [127.0.0.1:8787]
  --db PATH                     SQLite database file [approvals.db]
  --public-url URL              where people reach the pages through Envoy
                                [http://<listen address>]
  --api-key-env NAME            env var holding the key the filter sends
                                (>= 16 bytes, required) [MCP_WARDEN_APPROVAL_KEY]
  --api-key-header NAME         header carrying that key [x-mcp-warden-approval-key]
  --identity-header NAME        header jwt_authn fills with the verified payload
                                (forward_payload_header) [x-jwt-payload]
  --subject-claim NAME          approver subject claim [sub]
  --groups-claim NAME           approver groups claim [groups]
  --csrf-key-env NAME           env var with the form-token key, so replicas
                                agree (default: random per process)
  --webhook-url URL             http:// URL to POST each new request to
  --pending-ttl SECONDS         how long a request waits for a decision [3600]
  --max-pending-ttl SECONDS     cap on a check's pendingTtlSeconds [86400]
  --max-pending-per-principal N undecided requests per principal [50]
  --retention-days DAYS         keep decided requests this long [30]
  --max-body-bytes N            request body limit [65536]
  --threads N                   HTTP worker threads [4]
  --sweep-seconds N             expiry sweep period [30]
  -h, --help                    this text

Audit records (one JSON line per state change) go to stdout; logs to stderr.
";

fn fail(msg: &str) -> ! {
    eprintln!("mcp-warden-approval: {msg}");
    std::process::exit(2)
}

fn opt<T>(args: &mut pico_args::Arguments, name: &'static str, default: T) -> T
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    match args.opt_value_from_str::<_, T>(name) {
        Ok(Some(v)) => v,
        Ok(None) => default,
        Err(e) => fail(&format!("{name}: {e}")),
    }
}

fn main() {
    let mut args = pico_args::Arguments::from_env();
    if args.contains(["-h", "--help"]) {
        print!("{HELP}");
        return;
    }
    let listen: String = opt(&mut args, "--listen", "127.0.0.1:8787".to_string());
    let db: String = opt(&mut args, "--db", "approvals.db".to_string());
    let public_url: Option<String> = args
        .opt_value_from_str("--public-url")
        .unwrap_or_else(|e| fail(&format!("--public-url: {e}")));
    let api_key_env: String = opt(
        &mut args,
        "--api-key-env",
        "MCP_WARDEN_APPROVAL_KEY".to_string(),
    );
    let api_key_header: String = opt(
        &mut args,
        "--api-key-header",
        "x-mcp-warden-approval-key".to_string(),
    );
    let defaults = IdentityConfig::default();
    let identity = IdentityConfig {
        header: opt(&mut args, "--identity-header", defaults.header).to_ascii_lowercase(),
        subject_claim: opt(&mut args, "--subject-claim", defaults.subject_claim),
        groups_claim: opt(&mut args, "--groups-claim", defaults.groups_claim),
    };
    let csrf_key_env: Option<String> = args
        .opt_value_from_str("--csrf-key-env")
        .unwrap_or_else(|e| fail(&format!("--csrf-key-env: {e}")));
    let webhook_url: Option<String> = args
        .opt_value_from_str("--webhook-url")
        .unwrap_or_else(|e| fail(&format!("--webhook-url: {e}")));
    let pending_ttl: i64 = opt(&mut args, "--pending-ttl", 3600);
    let max_pending_ttl: i64 = opt(&mut args, "--max-pending-ttl", 86_400);
    let max_pending: i64 = opt(&mut args, "--max-pending-per-principal", 50);
    let retention_days: i64 = opt(&mut args, "--retention-days", 30);
    let max_body: usize = opt(&mut args, "--max-body-bytes", 65_536);
    let threads: usize = opt(&mut args, "--threads", 4);
    let sweep_seconds: u64 = opt(&mut args, "--sweep-seconds", 30);
    let rest = args.finish();
    if !rest.is_empty() {
        fail(&format!("unknown arguments {rest:?}; see --help"));
    }
    if !(1..=max_pending_ttl).contains(&pending_ttl) {
        fail("--pending-ttl must be between 1 and --max-pending-ttl");
    }
    if max_pending < 1 || !(1..=3650).contains(&retention_days) || max_body < 1024 {
        fail(
            "--max-pending-per-principal >= 1, --retention-days 1..=3650, --max-body-bytes >= 1024",
        );
    }
    if !(1..=64).contains(&threads) || sweep_seconds == 0 {
        fail("--threads 1..=64, --sweep-seconds >= 1");
    }

    // The filter's key: without one, anybody who reaches the port could
    // read "approved" answers' side effects or flood requests; refuse to start.
    let api_key = match std::env::var(&api_key_env) {
        Ok(k) if k.trim().len() >= 16 => k.trim().as_bytes().to_vec(),
        Ok(_) => fail(&format!("{api_key_env} must hold at least 16 bytes")),
        Err(_) => fail(&format!(
            "set {api_key_env} to the shared key the filter sends in {api_key_header}"
        )),
    };
    let csrf_key = match &csrf_key_env {
        Some(name) => match std::env::var(name) {
            Ok(k) if k.len() >= 16 => k.into_bytes(),
            _ => fail(&format!("{name} must hold at least 16 bytes")),
        },
        None => {
            let mut k = vec![0u8; 32];
            if let Err(e) = getrandom::fill(&mut k) {
                fail(&format!("no randomness from the OS: {e}"));
            }
            k
        }
    };

    let limits = Limits {
        pending_ttl_seconds: pending_ttl,
        max_pending_per_principal: max_pending,
        // A denial must outlive nothing it guards: keep rows at least as
        // long as the longest approval lifetime.
        retention_seconds: (retention_days * 86_400)
            .max(mcp_warden_approval::model::MAX_TTL_SECONDS),
    };
    let store = Store::open(&db, limits).unwrap_or_else(|e| fail(&format!("database {db}: {e}")));
    let listener = Listener::bind(&listen).unwrap_or_else(|e| fail(&e));
    let bound = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or(listen.clone());
    let public_url = public_url
        .unwrap_or_else(|| format!("http://{bound}"))
        .trim_end_matches('/')
        .to_string();

    let webhook = webhook_url
        .map(|url| Webhook::start(url, Duration::from_secs(5)).unwrap_or_else(|e| fail(&e)));
    let hooks = Hooks {
        audit: Box::new(|rec| println!("{rec}")),
        webhook: webhook.map(|w| Box::new(move |v: &serde_json::Value| w.send(v)) as web::Sink),
    };
    let config = Config {
        public_url: public_url.clone(),
        identity,
        api_key_header: api_key_header.to_ascii_lowercase(),
        api_key,
        csrf_key,
        max_body_bytes: max_body,
        max_pending_ttl_seconds: max_pending_ttl,
    };
    let app = Arc::new(App::new(config, store, hooks).unwrap_or_else(|e| fail(&e)));

    let sweeper = Arc::clone(&app);
    let _ = std::thread::Builder::new()
        .name("sweep".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_secs(sweep_seconds));
            sweeper.sweep();
        });

    let workers = listener.serve(Arc::clone(&app), threads);
    eprintln!(
        "mcp-warden-approval: listening on {bound}; pages at {}",
        web::split_public_url(&public_url)
            .map(|(o, p)| format!("{o}{p}/approvals"))
            .unwrap_or(public_url)
    );
    for w in workers {
        let _ = w.join();
    }
}
