//! Behaviour of the credentials core (issue 6): no token passthrough,
//! credential injection from the host environment, OAuth resource-server
//! manners (RFC 9728 metadata, challenges, audience), task scopes, step-up,
//! and RFC 8693 token exchange with its cache. Pure: no Envoy here; the
//! end-to-end proofs live in tests/e2e.

// Tables of cases read best as tuples.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::type_complexity
)]

use mcp_warden::config::ConfigError;
use mcp_warden::credentials::{
    parse_exchange_response, CredentialSource, Credentials, ExchangeError, HeaderPlan, OAuthConfig,
    RequestFacts, ServerCredentialsConfig, TokenCache, GRANT_TYPE,
};
use mcp_warden::identity::Identity;
use mcp_warden::reply::LocalReply;
use serde_json::{json, Value};

const TICKETS_SECRET: &str = "TICKETS-SECRET-1111";
const ALICE_SECRET: &str = "ALICE-SECRET-2222";
const SUPPORT_SECRET: &str = "SUPPORT-SECRET-6666";
const STS_SECRET: &str = "STS-CLIENT-SECRET-3333";
const CLIENT_TOKEN: &str = "client-token-4444";
const EXCHANGED: &str = "exchanged-5555";
const ALL_SECRETS: &[&str] = &[
    TICKETS_SECRET,
    ALICE_SECRET,
    SUPPORT_SECRET,
    STS_SECRET,
    CLIENT_TOKEN,
    EXCHANGED,
];

const RESOURCE: &str = "https://gw.example.com/mcp";
const METADATA_URL: &str = "https://gw.example.com/.well-known/oauth-protected-resource/mcp";

fn env(name: &str) -> Option<String> {
    match name {
        "TICKETS_TOKEN" => Some(TICKETS_SECRET.into()),
        "TICKETS_TOKEN_ALICE" => Some(ALICE_SECRET.into()),
        "TICKETS_TOKEN_SUPPORT" => Some(SUPPORT_SECRET.into()),
        "STS_CLIENT_SECRET" => Some(STS_SECRET.into()),
        "EMPTY" => Some(String::new()),
        "WITH_NEWLINE" => Some(format!("{TICKETS_SECRET}\n")),
        _ => None,
    }
}

fn oauth(v: Value) -> Option<OAuthConfig> {
    Some(serde_json::from_value(v).unwrap())
}

fn section(v: Value) -> Option<ServerCredentialsConfig> {
    Some(serde_json::from_value(v).unwrap())
}

fn compile(
    top: Option<OAuthConfig>,
    servers: Vec<(&str, Option<ServerCredentialsConfig>)>,
) -> Result<Credentials, ConfigError> {
    let servers: Vec<(String, Option<ServerCredentialsConfig>)> = servers
        .into_iter()
        .map(|(n, s)| (n.to_string(), s))
        .collect();
    Credentials::compile_with_env(top, &servers, &env)
}

fn standard_oauth() -> Option<OAuthConfig> {
    oauth(json!({
        "resource": RESOURCE,
        "authorizationServers": ["https://auth.example.com"],
        "scopesSupported": ["mcp:tools"],
        "challengeScopes": ["mcp:tools"],
        "resourceName": "Example MCP gateway",
        "taskScopePrefix": "mcp:"
    }))
}

fn person(sub: &str, groups: &[&str], scopes: &[&str]) -> Identity {
    Identity {
        subject: Some(sub.into()),
        agent: Some("cursor".into()),
        groups: groups.iter().map(|s| s.to_string()).collect(),
        scopes: scopes.iter().map(|s| s.to_string()).collect(),
        has_jwt: true,
        ..Identity::default()
    }
}

fn aud(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

struct Req {
    identity: Identity,
    audiences: Option<Vec<String>>,
    path: String,
    authorization: Option<String>,
    cookie: Option<String>,
    now_ms: u64,
}

impl Req {
    fn new(identity: Identity) -> Req {
        Req {
            audiences: identity.has_jwt.then(|| aud(&[RESOURCE])),
            identity,
            path: "/mcp".into(),
            authorization: Some(format!("Bearer {CLIENT_TOKEN}")),
            cookie: None,
            now_ms: 1_000_000,
        }
    }
    fn facts(&self) -> RequestFacts<'_> {
        RequestFacts {
            identity: &self.identity,
            audiences: self.audiences.as_deref(),
            path: &self.path,
            authorization: self.authorization.as_deref(),
            cookie: self.cookie.as_deref(),
            now_ms: self.now_ms,
        }
    }
}

fn plan(c: &Credentials, server: usize, r: &Req) -> Result<HeaderPlan, LocalReply> {
    c.on_request(server, &r.facts(), &c.token_cache())
}

fn set_value<'a>(p: &'a HeaderPlan, name: &str) -> Option<&'a str> {
    p.set
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.expose())
}

fn header<'a>(r: &'a LocalReply, name: &str) -> Option<&'a str> {
    r.headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

fn body_json(r: &LocalReply) -> Value {
    serde_json::from_slice(&r.body).unwrap()
}

fn assert_no_secret(what: &str, text: &str) {
    for s in ALL_SECRETS {
        assert!(!text.contains(s), "{what} leaks {s}: {text}");
    }
}

fn reply_text(r: &LocalReply) -> String {
    format!("{r:?} {}", String::from_utf8_lossy(&r.body))
}

// ---------------------------------------------------------------- configure

#[test]
fn a_missing_secret_stops_the_configuration_naming_the_variable_and_the_fix() {
    let e = compile(
        None,
        vec![(
            "tickets",
            section(json!({"inject": {"fromEnv": "NOT_SET_ANYWHERE"}})),
        )],
    )
    .unwrap_err();
    assert_eq!(e.path, "servers[0].credentials.inject.fromEnv");
    assert_eq!(
        e.message,
        "environment variable NOT_SET_ANYWHERE is not set; add it to vm_config.environment_variables.host_env_keys (Istio: vmConfig.env with valueFrom: HOST) and set it in Envoy's environment"
    );
}

#[test]
fn invalid_configurations_name_the_json_path_and_the_fix() {
    let ok_oauth = || standard_oauth();
    let cases: Vec<(Option<OAuthConfig>, Value, &str, &str)> = vec![
        (
            None,
            json!({"inject": {"fromEnv": "EMPTY"}}),
            "servers[0].credentials.inject.fromEnv",
            "is set but empty",
        ),
        (
            None,
            json!({"inject": {"fromEnv": "WITH_NEWLINE"}}),
            "servers[0].credentials.inject.fromEnv",
            "trailing newline",
        ),
        (
            None,
            json!({"inject": {"fromEnv": "TICKETS_TOKEN", "format": "Bearer"}}),
            "servers[0].credentials.inject.format",
            "exactly one {}",
        ),
        (
            None,
            json!({"inject": {"fromEnv": "TICKETS_TOKEN", "format": "{} {}"}}),
            "servers[0].credentials.inject.format",
            "exactly one {}",
        ),
        (
            None,
            json!({"inject": {"fromEnv": "TICKETS_TOKEN", "header": "content-length"}}),
            "servers[0].credentials.inject.header",
            "not a credential",
        ),
        (
            None,
            json!({"inject": {"fromEnv": "TICKETS_TOKEN", "header": ":authority"}}),
            "servers[0].credentials.inject.header",
            "not an HTTP header name",
        ),
        (
            None,
            json!({"inject": {}}),
            "servers[0].credentials.inject",
            "give fromEnv",
        ),
        (
            None,
            json!({"inject": {"perIdentity": [{"fromEnv": "TICKETS_TOKEN"}]}}),
            "servers[0].credentials.inject.perIdentity[0]",
            "subjects or groups",
        ),
        (
            None,
            json!({"inject": {"perIdentity": [{"subjects": ["a"], "fromEnv": "NOPE"}]}}),
            "servers[0].credentials.inject.perIdentity[0].fromEnv",
            "NOPE is not set",
        ),
        (
            None,
            json!({"stripHeaders": ["mcp-session-id"]}),
            "servers[0].credentials.stripHeaders[0]",
            "MCP protocol state",
        ),
        (
            None,
            json!({"stripCookies": ["a;b"]}),
            "servers[0].credentials.stripCookies[0]",
            "not a cookie name",
        ),
        (
            None,
            json!({"resource": RESOURCE}),
            "servers[0].credentials.resource",
            "needs the top-level \"oauth\" section",
        ),
        (
            ok_oauth(),
            json!({"resource": "http://gw.example.com/mcp"}),
            "servers[0].credentials.resource",
            "must use https",
        ),
        (
            ok_oauth(),
            json!({"resource": "https://other.example.com/mcp"}),
            "servers[0].credentials.resource",
            "distinct path",
        ),
        (
            ok_oauth(),
            json!({"stepUp": [{"tools": [], "scope": "x"}]}),
            "servers[0].credentials.stepUp[0].tools",
            "at least one tool",
        ),
        (
            ok_oauth(),
            json!({"stepUp": [{"tools": ["delete_*"], "scope": " "}]}),
            "servers[0].credentials.stepUp[0].scope",
            "name the scope",
        ),
        (
            ok_oauth(),
            json!({"challengeScopes": ["has space"]}),
            "servers[0].credentials.challengeScopes[0]",
            "not an OAuth scope",
        ),
        (
            None,
            json!({"allowPassthroughForAudiences": ["https://tickets.internal"], "inject": {"fromEnv": "TICKETS_TOKEN"}}),
            "servers[0].credentials.allowPassthroughForAudiences",
            "choose whether",
        ),
        (
            None,
            json!({"inject": {"fromEnv": "TICKETS_TOKEN"}, "exchange": {"cluster": "sts", "authority": "sts", "path": "/token", "audience": "t"}}),
            "servers[0].credentials.exchange.header",
            "both set",
        ),
        (
            None,
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/token"}}),
            "servers[0].credentials.exchange",
            "audience and/or resource",
        ),
        (
            None,
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "token", "audience": "t"}}),
            "servers[0].credentials.exchange.path",
            "starting with '/'",
        ),
        (
            None,
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/t", "audience": "t", "timeoutMs": 0}}),
            "servers[0].credentials.exchange.timeoutMs",
            "between 1 and 60000",
        ),
        (
            None,
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/t", "audience": "t", "clientAuth": "basic"}}),
            "servers[0].credentials.exchange.clientAuth",
            "need both clientId",
        ),
        (
            None,
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/t", "audience": "t", "clientId": "gw", "clientSecretFromEnv": "NOPE"}}),
            "servers[0].credentials.exchange.clientSecretFromEnv",
            "NOPE is not set",
        ),
        (
            None,
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/t", "audience": "t", "subjectTokenType": "magic"}}),
            "servers[0].credentials.exchange.subjectTokenType",
            "not a token type",
        ),
    ];
    for (top, sec, path, fragment) in cases {
        let e = compile(top, vec![("tickets", section(sec.clone()))])
            .expect_err(&format!("{sec} should be refused"));
        assert_eq!(e.path, path, "{sec}");
        assert!(e.message.contains(fragment), "{sec}: {}", e.message);
    }

    let top_cases: Vec<(Value, &str, &str)> = vec![
        (
            json!({"resource": RESOURCE}),
            "oauth.authorizationServers",
            "at least one",
        ),
        (
            json!({"authorizationServers": ["auth.example.com"]}),
            "oauth.authorizationServers[0]",
            "absolute URL",
        ),
        (
            json!({"authorizationServers": ["https://a"], "resource": "https://gw/mcp?x"}),
            "oauth.resource",
            "query or fragment",
        ),
        (
            json!({"authorizationServers": ["https://a"], "taskScopePrefix": ""}),
            "oauth.taskScopePrefix",
            "1-64",
        ),
        (
            json!({"authorizationServers": ["https://a"], "scopesSupported": ["a b"]}),
            "oauth.scopesSupported[0]",
            "not an OAuth scope",
        ),
    ];
    for (top, path, fragment) in top_cases {
        let e = compile(oauth(top.clone()), vec![("tickets", None)])
            .expect_err(&format!("{top} should be refused"));
        assert_eq!(e.path, path, "{top}");
        assert!(e.message.contains(fragment), "{top}: {}", e.message);
    }
}

#[test]
fn a_secret_pasted_where_a_variable_name_belongs_is_refused_without_being_echoed() {
    let e = compile(
        None,
        vec![(
            "tickets",
            section(json!({"inject": {"fromEnv": format!("Bearer {TICKETS_SECRET}")}})),
        )],
    )
    .unwrap_err();
    assert!(
        e.message.contains("never the secret itself"),
        "{}",
        e.message
    );
    assert_no_secret("error", &format!("{e} {e:?}"));
}

#[test]
fn unknown_fields_are_rejected() {
    for v in [
        json!({"inject": {"fromEnv": "X", "value": "inline-secret"}}),
        json!({"stripheaders": ["x"]}),
        json!({"exchange": {"cluster": "c", "authority": "a", "path": "/t", "clientSecret": "s"}}),
    ] {
        assert!(
            serde_json::from_value::<ServerCredentialsConfig>(v.clone()).is_err(),
            "{v}"
        );
    }
    assert!(serde_json::from_value::<OAuthConfig>(json!({"issuer": "x"})).is_err());
}

#[test]
fn the_policy_loader_reports_credential_errors_with_their_server_path() {
    let policy = json!({
        "apiVersion": "mcp-warden/v1",
        "servers": [{"name": "tickets", "owner": "o", "dataDomain": "d", "riskTier": "low",
                     "match": {"pathPrefix": "/mcp"},
                     "credentials": {"inject": {"fromEnv": "MCP_WARDEN_TEST_NEVER_SET_7F3A"}}}],
        "defaultEffect": "deny"
    });
    let e = mcp_warden::policy::Policy::from_json(policy.to_string().as_bytes()).unwrap_err();
    assert_eq!(e.path, "servers[0].credentials.inject.fromEnv");
    assert!(e
        .message
        .contains("MCP_WARDEN_TEST_NEVER_SET_7F3A is not set"));
}

// ------------------------------------------------------ no token passthrough

#[test]
fn the_client_token_is_removed_before_every_upstream_by_default() {
    let c = compile(None, vec![("plain", None)]).unwrap();
    let p = plan(&c, 0, &Req::new(person("alice", &[], &[]))).unwrap();
    assert_eq!(p.remove, vec!["authorization"]);
    assert!(p.set.is_empty() && p.exchange.is_none() && p.sources.is_empty());
    // Even for a server index the configuration does not know.
    let p = plan(&c, 7, &Req::new(person("alice", &[], &[]))).unwrap();
    assert_eq!(p.remove, vec!["authorization"]);
}

#[test]
fn configured_credential_headers_and_cookies_are_stripped_too() {
    let c = compile(
        None,
        vec![(
            "tickets",
            section(json!({"stripHeaders": ["X-Api-Key", "authorization"], "stripCookies": ["session", "__Host-*"]})),
        )],
    )
    .unwrap();
    let cases: Vec<(Option<&str>, Vec<&str>, Option<&str>)> = vec![
        (None, vec!["authorization", "x-api-key"], None),
        (Some("theme=dark"), vec!["authorization", "x-api-key"], None),
        (
            Some("session=abc; theme=dark; __Host-id=1"),
            vec!["authorization", "x-api-key", "cookie"],
            Some("theme=dark"),
        ),
        (
            Some("session=abc"),
            vec!["authorization", "x-api-key", "cookie"],
            None,
        ),
    ];
    for (cookie, remove, kept) in cases {
        let mut r = Req::new(person("alice", &[], &[]));
        r.cookie = cookie.map(String::from);
        let p = plan(&c, 0, &r).unwrap();
        assert_eq!(p.remove, remove, "{cookie:?}");
        assert_eq!(set_value(&p, "cookie"), kept, "{cookie:?}");
    }
}

#[test]
fn passthrough_keeps_the_client_token_only_when_its_audience_is_allowed() {
    let c = compile(
        None,
        vec![(
            "github",
            section(json!({"allowPassthroughForAudiences": ["https://api.github.example/"], "stripHeaders": ["x-api-key"]})),
        )],
    )
    .unwrap();
    let cases: Vec<(Option<Vec<String>>, bool)> = vec![
        (Some(aud(&["https://api.github.example"])), true),
        (Some(aud(&[RESOURCE, "https://API.github.example/"])), true),
        (Some(aud(&[RESOURCE])), false),
        (Some(aud(&[])), false),
        (None, false),
    ];
    for (audiences, keeps) in cases {
        let mut r = Req::new(person("alice", &[], &[]));
        r.audiences = audiences.clone();
        let p = plan(&c, 0, &r).unwrap();
        assert_eq!(
            !p.remove.contains(&"authorization".to_string()),
            keeps,
            "{audiences:?}"
        );
        assert!(
            p.remove.contains(&"x-api-key".to_string()),
            "other credentials still go"
        );
        assert_eq!(p.sources.contains(&CredentialSource::Passthrough), keeps);
    }
}

// -------------------------------------------------------------- injection

#[test]
fn the_servers_own_credential_is_injected_from_the_environment() {
    let c = compile(
        None,
        vec![(
            "tickets",
            section(json!({"inject": {"fromEnv": "TICKETS_TOKEN"}})),
        )],
    )
    .unwrap();
    let p = plan(&c, 0, &Req::new(person("alice", &[], &[]))).unwrap();
    assert_eq!(p.remove, vec!["authorization"]);
    assert_eq!(
        set_value(&p, "authorization"),
        Some(format!("Bearer {TICKETS_SECRET}").as_str())
    );
    assert_eq!(
        p.sources,
        vec![CredentialSource::Env("TICKETS_TOKEN".into())]
    );
    let bearer = format!("Bearer {TICKETS_SECRET}");
    assert_eq!(
        p.header_ops().collect::<Vec<_>>(),
        vec![
            ("authorization", None),
            ("authorization", Some(bearer.as_str()))
        ],
        "removals first (every client copy), then the injected value"
    );

    let c = compile(
        None,
        vec![(
            "tickets",
            section(json!({"inject": {"fromEnv": "TICKETS_TOKEN", "header": "X-Api-Key", "format": "key={}"}})),
        )],
    )
    .unwrap();
    let p = plan(&c, 0, &Req::new(person("alice", &[], &[]))).unwrap();
    assert_eq!(
        set_value(&p, "x-api-key"),
        Some(format!("key={TICKETS_SECRET}").as_str())
    );
    assert_eq!(
        p.remove,
        vec!["authorization"],
        "the client token still goes"
    );
}

#[test]
fn per_identity_credentials_pick_the_first_matching_entry_else_the_default() {
    let c = compile(
        None,
        vec![(
            "tickets",
            section(json!({"inject": {
            "fromEnv": "TICKETS_TOKEN",
            "perIdentity": [
                {"subjects": ["alice"], "fromEnv": "TICKETS_TOKEN_ALICE"},
                {"groups": ["support"], "fromEnv": "TICKETS_TOKEN_SUPPORT"}
            ]}})),
        )],
    )
    .unwrap();
    let cases = [
        (
            person("alice", &[], &[]),
            ALICE_SECRET,
            "TICKETS_TOKEN_ALICE",
        ),
        (
            person("alice", &["support"], &[]),
            ALICE_SECRET,
            "TICKETS_TOKEN_ALICE",
        ),
        (
            person("bob", &["support"], &[]),
            SUPPORT_SECRET,
            "TICKETS_TOKEN_SUPPORT",
        ),
        (
            person("carol", &["eng"], &[]),
            TICKETS_SECRET,
            "TICKETS_TOKEN",
        ),
        (person("Alice", &[], &[]), TICKETS_SECRET, "TICKETS_TOKEN"), // exact subjects only
    ];
    for (id, secret, var) in cases {
        let who = id.subject.clone();
        let p = plan(&c, 0, &Req::new(id)).unwrap();
        assert_eq!(
            set_value(&p, "authorization"),
            Some(format!("Bearer {secret}").as_str()),
            "{who:?}"
        );
        assert_eq!(
            p.sources,
            vec![CredentialSource::Env(var.into())],
            "{who:?}"
        );
    }
}

#[test]
fn a_caller_without_a_mapped_credential_is_refused_when_the_server_has_no_default() {
    let c = compile(
        standard_oauth(),
        vec![(
            "tickets",
            section(json!({"inject": {"perIdentity": [{"subjects": ["alice"], "fromEnv": "TICKETS_TOKEN_ALICE"}]}})),
        )],
    )
    .unwrap();
    let r = plan(&c, 0, &Req::new(person("bob", &[], &[]))).unwrap_err();
    assert_eq!(
        (r.status, r.reason.name(), r.rpc_code),
        (403, "no_credential", Some(-32003))
    );
    assert!(body_json(&r)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("holds no credential"));

    // Nobody at all: authenticate first.
    let r = plan(&c, 0, &Req::new(Identity::default())).unwrap_err();
    assert_eq!(r.status, 401);
    assert!(header(&r, "www-authenticate")
        .unwrap()
        .contains(METADATA_URL));
}

// ------------------------------------------------------------------ OAuth

#[test]
fn the_metadata_document_is_served_at_the_path_inserted_and_root_well_known_urls() {
    let c = compile(
        standard_oauth(),
        vec![(
            "tickets",
            section(json!({"stepUp": [{"tools": ["delete_*"], "scope": "tickets:admin"}]})),
        )],
    )
    .unwrap();
    let want = json!({
        "resource": RESOURCE,
        "authorization_servers": ["https://auth.example.com"],
        "scopes_supported": ["mcp:tools", "tickets:admin"],
        "bearer_methods_supported": ["header"],
        "resource_name": "Example MCP gateway"
    });
    for path in [
        "/.well-known/oauth-protected-resource/mcp",
        "/.well-known/oauth-protected-resource/mcp?x=1",
        "/.well-known/oauth-protected-resource",
    ] {
        let r = c
            .metadata_reply(path)
            .unwrap_or_else(|| panic!("{path} not served"));
        assert_eq!(r.status, 200);
        assert_eq!(header(&r, "content-type"), Some("application/json"));
        assert_eq!(body_json(&r), want, "{path}");
        assert_eq!(r.rpc_code, None);
    }
    for path in [
        "/mcp",
        "/.well-known/oauth-protected-resource/other",
        "/.well-known/oauth-protected-resource/mcp/",
        "/.well-known/oauth-authorization-server",
    ] {
        assert!(c.metadata_reply(path).is_none(), "{path}");
    }
    assert!(compile(None, vec![("t", None)])
        .unwrap()
        .metadata_reply("/.well-known/oauth-protected-resource")
        .is_none());
}

#[test]
fn each_server_may_be_its_own_resource_with_its_own_document_and_challenge() {
    let c = compile(
        oauth(json!({
            "authorizationServers": ["https://auth.example.com"],
            "scopesSupported": ["openid"],
            "resourceDocumentation": "https://docs.example.com/mcp"
        })),
        vec![
            ("tickets", section(json!({"resource": "https://gw.example.com/tickets/mcp", "resourceName": "Tickets", "challengeScopes": ["tickets:read"]}))),
            ("github", section(json!({"resource": "https://gw.example.com/github/mcp", "challengeScopes": ["github:read"]}))),
            ("public", None),
        ],
    )
    .unwrap();
    let doc = body_json(
        &c.metadata_reply("/.well-known/oauth-protected-resource/tickets/mcp")
            .unwrap(),
    );
    assert_eq!(doc["resource"], "https://gw.example.com/tickets/mcp");
    assert_eq!(doc["resource_name"], "Tickets");
    assert_eq!(doc["scopes_supported"], json!(["openid", "tickets:read"]));
    assert_eq!(
        doc["resource_documentation"],
        "https://docs.example.com/mcp"
    );
    let doc = body_json(
        &c.metadata_reply("/.well-known/oauth-protected-resource/github/mcp")
            .unwrap(),
    );
    assert_eq!(doc["scopes_supported"], json!(["openid", "github:read"]));
    assert!(doc.get("resource_name").is_none());
    // Two resources and no oauth.resource: no document at the bare root.
    assert!(c
        .metadata_reply("/.well-known/oauth-protected-resource")
        .is_none());

    let r = c.unauthenticated(Some(1), None);
    assert_eq!(
        header(&r, "www-authenticate"),
        Some("Bearer resource_metadata=\"https://gw.example.com/.well-known/oauth-protected-resource/github/mcp\", scope=\"github:read\"")
    );
    // A server without a resource: the legacy URL, or a bare challenge.
    let r = c.unauthenticated(
        Some(2),
        Some("https://legacy/.well-known/oauth-protected-resource"),
    );
    assert_eq!(
        header(&r, "www-authenticate"),
        Some("Bearer resource_metadata=\"https://legacy/.well-known/oauth-protected-resource\"")
    );
    assert_eq!(
        header(&c.unauthenticated(Some(2), None), "www-authenticate"),
        Some("Bearer")
    );
}

#[test]
fn the_401_challenge_names_the_metadata_url_and_the_scopes_to_ask_for() {
    let c = compile(standard_oauth(), vec![("tickets", None)]).unwrap();
    for server in [Some(0), None] {
        let r = c.unauthenticated(server, Some("https://ignored"));
        assert_eq!(
            (r.status, r.reason.name(), r.rpc_code),
            (401, "unauthenticated", Some(-32001))
        );
        assert_eq!(
            header(&r, "www-authenticate"),
            Some(
                format!("Bearer resource_metadata=\"{METADATA_URL}\", scope=\"mcp:tools\"")
                    .as_str()
            )
        );
    }
    assert_eq!(c.resource_metadata_url(Some(0)), Some(METADATA_URL));
}

#[test]
fn a_token_in_the_query_string_is_rejected_with_400_invalid_request() {
    for top in [None, standard_oauth()] {
        let c = compile(top, vec![("tickets", None)]).unwrap();
        for path in [
            "/mcp?access_token=abc",
            "/mcp?session=1&Access_Token=abc",
            "/mcp?access%5ftoken=x",
        ] {
            let mut r = Req::new(person("alice", &[], &[]));
            r.path = path.into();
            let reply = plan(&c, 0, &r).unwrap_err();
            assert_eq!(
                (reply.status, reply.reason.name(), reply.rpc_code),
                (400, "token_in_query", Some(-32600)),
                "{path}"
            );
            let challenge = header(&reply, "www-authenticate").unwrap();
            assert!(
                challenge.starts_with("Bearer error=\"invalid_request\""),
                "{challenge}"
            );
            assert!(body_json(&reply)["error"]["message"]
                .as_str()
                .unwrap()
                .contains("Authorization header"));
        }
        let mut r = Req::new(person("alice", &[], &[]));
        r.path = "/mcp?session=abc".into();
        assert!(plan(&c, 0, &r).is_ok());
    }
}

#[test]
fn a_token_for_another_audience_gets_401_invalid_token() {
    let c = compile(
        oauth(json!({"resource": RESOURCE, "authorizationServers": ["https://auth.example.com"], "audiences": ["mcp-gateway"]})),
        vec![("tickets", None), ("extra", section(json!({"audiences": ["tickets-gw"]})))],
    )
    .unwrap();
    let cases: Vec<(usize, Option<Vec<String>>, bool, bool)> = vec![
        // (server, aud claim, has verified JWT, accepted)
        (0, Some(aud(&[RESOURCE])), true, true),
        (0, Some(aud(&["https://GW.example.com/mcp/"])), true, true),
        (
            0,
            Some(aud(&["https://other.example.com", RESOURCE])),
            true,
            true,
        ),
        (0, Some(aud(&["mcp-gateway"])), true, true),
        (
            0,
            Some(aud(&["https://gw.example.com/mcp/other"])),
            true,
            false,
        ),
        (0, Some(aud(&["https://other.example.com"])), true, false),
        (0, Some(aud(&[])), true, false),
        (0, None, true, false), // a verified JWT whose aud the stream could not read
        (0, None, false, true), // no token at all: identity rules decide, not aud
        (1, Some(aud(&["tickets-gw"])), true, true),
        (0, Some(aud(&["tickets-gw"])), true, false),
    ];
    for (server, audiences, has_jwt, accepted) in cases {
        let mut id = person("alice", &[], &[]);
        id.has_jwt = has_jwt;
        let mut r = Req::new(id);
        r.audiences = audiences.clone();
        let got = plan(&c, server, &r);
        assert_eq!(got.is_ok(), accepted, "server {server}, aud {audiences:?}");
        if let Err(reply) = got {
            assert_eq!(
                (reply.status, reply.reason.name()),
                (401, "invalid_audience")
            );
            let ch = header(&reply, "www-authenticate").unwrap();
            assert!(
                ch.starts_with("Bearer error=\"invalid_token\", error_description=\""),
                "{ch}"
            );
            assert!(
                ch.contains(&format!("resource_metadata=\"{METADATA_URL}\"")),
                "{ch}"
            );
        }
    }
}

// ------------------------------------------------- task scopes and step-up

#[test]
fn task_scoped_tokens_reach_only_their_tools_and_other_tokens_are_not_narrowed() {
    let c = compile(standard_oauth(), vec![("tickets", None), ("github", None)]).unwrap();
    let cases: Vec<(&[&str], usize, &str, bool)> = vec![
        (&[], 0, "delete_ticket", true),
        (&["mcp:tools", "openid"], 0, "delete_ticket", true),
        (&["mcp:tickets:get_*"], 0, "get_ticket", true),
        (&["mcp:tickets:get_*"], 0, "delete_ticket", false),
        (&["mcp:tickets:get_*"], 1, "list_repos", false),
        (
            &["mcp:tickets:get_*", "mcp:github:list_repos"],
            1,
            "list_repos",
            true,
        ),
        (&["mcp:*:search"], 1, "search", true),
        (&["mcp:*:search"], 0, "search_all", false),
        (&["mcp:unknown:*"], 0, "get_ticket", false),
        (&["mcp:tickets:Get_ticket"], 0, "get_ticket", false),
        (&["mcp:read"], 0, "delete_ticket", true),
    ];
    for (scopes, server, tool, want) in cases {
        let scopes = aud(scopes);
        assert_eq!(
            c.scope_allows(server, tool, &scopes),
            want,
            "{scopes:?} {server} {tool}"
        );
    }
    assert!(c.is_task_scoped(&aud(&["mcp:tickets:x"])));
    assert!(!c.is_task_scoped(&aud(&["mcp:tools"])));

    let no_prefix = compile(None, vec![("tickets", None)]).unwrap();
    assert!(no_prefix.scope_allows(0, "delete_ticket", &aud(&["mcp:tickets:get_*"])));
}

#[test]
fn a_step_up_tool_without_its_scope_gets_403_insufficient_scope() {
    let c = compile(
        standard_oauth(),
        vec![(
            "tickets",
            section(json!({"stepUp": [
                {"tools": ["delete_*"], "scope": "tickets:admin"},
                {"tools": ["delete_customer"], "scope": "customers:write tickets:admin"}
            ]})),
        )],
    )
    .unwrap();
    assert!(c.step_up(0, "get_ticket", &[], Some("1")).is_none());
    assert!(c
        .step_up(0, "delete_ticket", &aud(&["tickets:admin"]), Some("1"))
        .is_none());

    let r = c
        .step_up(0, "delete_ticket", &aud(&["mcp:tools"]), Some("7"))
        .unwrap();
    assert_eq!(
        (r.status, r.reason.name(), r.rpc_code),
        (403, "insufficient_scope", Some(-32003))
    );
    assert_eq!(
        header(&r, "www-authenticate"),
        Some(format!("Bearer error=\"insufficient_scope\", scope=\"mcp:tools tickets:admin\", resource_metadata=\"{METADATA_URL}\", error_description=\"tool delete_ticket on server tickets requires scope tickets:admin\"").as_str())
    );
    let body = body_json(&r);
    assert_eq!(body["id"], 7);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("needs scope 'tickets:admin'"));

    // Case and confusable tricks do not dodge a step-up glob.
    for tool in ["Delete_Ticket", "dеlete_ticket"] {
        assert!(c.step_up(0, tool, &[], None).is_some(), "{tool}");
    }
    // Every matching entry counts; held scopes are kept in the challenge.
    let r = c
        .step_up(0, "delete_customer", &aud(&["tickets:admin"]), None)
        .unwrap();
    let ch = header(&r, "www-authenticate").unwrap();
    assert!(
        ch.contains("scope=\"tickets:admin customers:write\""),
        "{ch}"
    );
    assert!(ch.contains("requires scope customers:write\""), "{ch}");
    // A tool name that is not header-safe cannot break the challenge.
    let r = c.step_up(0, "delete_\"x\\y", &[], None).unwrap();
    assert!(header(&r, "www-authenticate")
        .unwrap()
        .contains("tool delete_?x?y on"));
}

// ---------------------------------------------------------- token exchange

fn exchange_credentials(extra: Value) -> Credentials {
    let mut x = json!({
        "cluster": "sts", "authority": "sts.example.com", "path": "/oauth2/token",
        "clientId": "mcp gateway", "clientSecretFromEnv": "STS_CLIENT_SECRET",
        "audience": "tickets-api", "resource": "https://tickets.internal/api",
        "scope": "tickets:read", "timeoutMs": 1500
    });
    for (k, v) in extra.as_object().unwrap() {
        x[k] = v.clone();
    }
    compile(
        standard_oauth(),
        vec![
            ("plain", None),
            (
                "tickets",
                section(json!({"exchange": x, "stripHeaders": ["x-api-key"]})),
            ),
        ],
    )
    .unwrap()
}

fn form(body: &[u8]) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let s = s.replace('+', " ");
        let mut out = Vec::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    };
    std::str::from_utf8(body)
        .unwrap()
        .split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (decode(k), decode(v))
        })
        .collect()
}

#[test]
fn an_exchange_request_is_an_rfc8693_form_post_with_client_authentication() {
    let c = exchange_credentials(json!({}));
    let p = plan(&c, 1, &Req::new(person("alice", &[], &[]))).unwrap();
    assert_eq!(
        p.remove,
        vec!["authorization", "x-api-key"],
        "the client token never goes upstream"
    );
    assert!(p.set.is_empty());
    assert_eq!(
        p.sources,
        vec![CredentialSource::Exchange { cached: false }]
    );
    let call = p.exchange.unwrap();
    assert_eq!(
        (call.server, call.cluster.as_str(), call.timeout_ms),
        (1, "sts", 1500)
    );
    let headers = call.headers();
    for (k, v) in [
        (":method", "POST"),
        (":path", "/oauth2/token"),
        (":authority", "sts.example.com"),
        ("content-type", "application/x-www-form-urlencoded"),
        ("accept", "application/json"),
        // RFC 6749 §2.3.1: base64(form(id) ":" form(secret))
        (
            "authorization",
            "Basic bWNwK2dhdGV3YXk6U1RTLUNMSUVOVC1TRUNSRVQtMzMzMw==",
        ),
    ] {
        assert!(headers.contains(&(k, v)), "{k}: {headers:?}");
    }
    assert_eq!(
        form(call.body()),
        vec![
            ("grant_type".into(), GRANT_TYPE.into()),
            ("subject_token".into(), CLIENT_TOKEN.into()),
            (
                "subject_token_type".into(),
                "urn:ietf:params:oauth:token-type:access_token".into()
            ),
            ("audience".into(), "tickets-api".into()),
            ("resource".into(), "https://tickets.internal/api".into()),
            ("scope".into(), "tickets:read".into()),
        ]
    );

    // client_secret_post and public clients put the client in the form.
    let c = exchange_credentials(
        json!({"clientAuth": "post", "subjectTokenType": "jwt", "requestedTokenType": "access_token"}),
    );
    let call = plan(&c, 1, &Req::new(person("alice", &[], &[])))
        .unwrap()
        .exchange
        .unwrap();
    assert!(!call.headers().iter().any(|(k, _)| *k == "authorization"));
    let f = form(call.body());
    assert!(f.contains(&("client_id".into(), "mcp gateway".into())));
    assert!(f.contains(&("client_secret".into(), STS_SECRET.into())));
    assert!(f.contains(&(
        "subject_token_type".into(),
        "urn:ietf:params:oauth:token-type:jwt".into()
    )));
    assert!(f.contains(&(
        "requested_token_type".into(),
        "urn:ietf:params:oauth:token-type:access_token".into()
    )));
    let c = exchange_credentials(json!({"clientSecretFromEnv": null, "clientAuth": "none"}));
    let call = plan(&c, 1, &Req::new(person("alice", &[], &[])))
        .unwrap()
        .exchange
        .unwrap();
    assert!(form(call.body()).contains(&("client_id".into(), "mcp gateway".into())));
    assert!(!form(call.body()).iter().any(|(k, _)| k == "client_secret"));
}

#[test]
fn exchange_responses_parse_or_fail_closed() {
    let ok = |v: Value| (Some(200u32), v.to_string().into_bytes());
    let cases: Vec<((Option<u32>, Vec<u8>), Result<Option<u64>, ExchangeError>)> = vec![
        (
            ok(
                json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": 300, "issued_token_type": "urn:ietf:params:oauth:token-type:access_token"}),
            ),
            Ok(Some(300)),
        ),
        (
            ok(json!({"access_token": EXCHANGED, "token_type": "bearer", "expires_in": "299"})),
            Ok(Some(299)),
        ),
        (
            ok(json!({"access_token": EXCHANGED, "token_type": "N_A", "expires_in": 12.7})),
            Ok(Some(12)),
        ),
        (
            ok(json!({"access_token": EXCHANGED, "token_type": "Bearer"})),
            Ok(None),
        ),
        (
            ok(json!({"token_type": "Bearer"})),
            Err(ExchangeError::Malformed(
                "access_token is missing or not a header-safe string",
            )),
        ),
        (
            ok(json!({"access_token": "a\r\nx-injected: 1", "token_type": "Bearer"})),
            Err(ExchangeError::Malformed(
                "access_token is missing or not a header-safe string",
            )),
        ),
        (
            ok(json!({"access_token": EXCHANGED})),
            Err(ExchangeError::Malformed("token_type is missing")),
        ),
        (
            ok(json!({"access_token": EXCHANGED, "token_type": "DPoP"})),
            Err(ExchangeError::UnsupportedTokenType("DPoP".into())),
        ),
        (
            ok(json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": -5})),
            Err(ExchangeError::Malformed(
                "expires_in is not a number of seconds",
            )),
        ),
        (
            (Some(200), b"not json".to_vec()),
            Err(ExchangeError::Malformed(
                "the response is not a JSON object",
            )),
        ),
        (
            (Some(200), vec![b' '; 70_000]),
            Err(ExchangeError::Malformed("the response is too large")),
        ),
        (
            (
                Some(400),
                json!({"error": "invalid_target", "error_description": "x"})
                    .to_string()
                    .into_bytes(),
            ),
            Err(ExchangeError::Refused("invalid_target".into())),
        ),
        (
            (
                Some(400),
                json!({"error": "bad\"code\n"}).to_string().into_bytes(),
            ),
            Err(ExchangeError::Refused("badcode".into())),
        ),
        (
            (
                Some(401),
                json!({"error": "invalid_client"}).to_string().into_bytes(),
            ),
            Err(ExchangeError::Refused("invalid_client".into())),
        ),
        (
            (Some(503), b"upstream connect error".to_vec()),
            Err(ExchangeError::Status(503)),
        ),
        (
            (Some(504), b"upstream request timeout".to_vec()),
            Err(ExchangeError::Status(504)),
        ),
        ((None, vec![]), Err(ExchangeError::Unreachable)),
    ];
    for ((status, body), want) in cases {
        let got = parse_exchange_response(status, &body);
        match (&got, &want) {
            (Ok(t), Ok(exp)) => {
                assert_eq!(t.access_token.expose(), EXCHANGED);
                assert_eq!(t.expires_in, *exp);
            }
            _ => assert_eq!(
                got.as_ref().err(),
                want.as_ref().err(),
                "{status:?} {}",
                String::from_utf8_lossy(&body)
                    .chars()
                    .take(80)
                    .collect::<String>()
            ),
        }
        if let Err(e) = got {
            assert_no_secret("exchange error", &format!("{e} {e:?}"));
        }
    }
}

#[test]
fn an_exchanged_token_is_injected_and_cached_until_it_nearly_expires() {
    let c = exchange_credentials(json!({"expirySkewSeconds": 30, "maxCacheSeconds": 3600}));
    let mut cache = c.token_cache();
    let mut r = Req::new(person("alice", &[], &[]));
    let first = c.on_request(1, &r.facts(), &cache).unwrap();
    let call = first.exchange.clone().unwrap();
    let answer =
        json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": 300}).to_string();
    let done = c
        .exchange_response(&call, Some(200), answer.as_bytes(), &mut cache, r.now_ms)
        .unwrap();
    assert_eq!(
        set_value(&done, "authorization"),
        Some(format!("Bearer {EXCHANGED}").as_str())
    );
    assert!(done.remove.is_empty() && done.exchange.is_none());
    assert_eq!(done.exchange_key.as_ref(), Some(call.key()));
    assert_eq!(cache.len(), 1);

    // Within expires_in − skew: no call, the cached token.
    r.now_ms += 269_000;
    let again = c.on_request(1, &r.facts(), &cache).unwrap();
    assert!(again.exchange.is_none());
    assert_eq!(
        set_value(&again, "authorization"),
        Some(format!("Bearer {EXCHANGED}").as_str())
    );
    assert_eq!(
        again.sources,
        vec![CredentialSource::Exchange { cached: true }]
    );
    assert_eq!(again.remove, vec!["authorization", "x-api-key"]);

    // Past it: exchange again.
    r.now_ms += 2_000;
    assert!(c
        .on_request(1, &r.facts(), &cache)
        .unwrap()
        .exchange
        .is_some());

    // Forgetting (the upstream said 401) forces a new exchange at once.
    r.now_ms -= 2_000;
    cache.forget(again.exchange_key.as_ref().unwrap());
    assert!(c
        .on_request(1, &r.facts(), &cache)
        .unwrap()
        .exchange
        .is_some());
}

#[test]
fn the_cache_is_keyed_by_server_subject_and_client_token() {
    let c = exchange_credentials(json!({}));
    let mut cache = c.token_cache();
    let alice = Req::new(person("alice", &[], &[]));
    let call = c
        .on_request(1, &alice.facts(), &cache)
        .unwrap()
        .exchange
        .unwrap();
    let answer =
        json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": 300}).to_string();
    c.exchange_response(
        &call,
        Some(200),
        answer.as_bytes(),
        &mut cache,
        alice.now_ms,
    )
    .unwrap();
    assert!(c
        .on_request(1, &alice.facts(), &cache)
        .unwrap()
        .exchange
        .is_none());

    let mut new_token = Req::new(person("alice", &[], &[]));
    new_token.authorization = Some("Bearer another-token".into());
    assert!(c
        .on_request(1, &new_token.facts(), &cache)
        .unwrap()
        .exchange
        .is_some());

    let bob = Req::new(person("bob", &[], &[]));
    assert!(c
        .on_request(1, &bob.facts(), &cache)
        .unwrap()
        .exchange
        .is_some());
}

#[test]
fn answers_without_expiry_are_used_once_and_not_cached() {
    for (extra, answer) in [
        (
            json!({}),
            json!({"access_token": EXCHANGED, "token_type": "Bearer"}),
        ),
        (
            json!({"cacheEntries": 0}),
            json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": 300}),
        ),
        (
            json!({"expirySkewSeconds": 60}),
            json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": 30}),
        ),
    ] {
        let c = exchange_credentials(extra.clone());
        let mut cache = c.token_cache();
        let r = Req::new(person("alice", &[], &[]));
        let call = c
            .on_request(1, &r.facts(), &cache)
            .unwrap()
            .exchange
            .unwrap();
        let done = c
            .exchange_response(
                &call,
                Some(200),
                answer.to_string().as_bytes(),
                &mut cache,
                r.now_ms,
            )
            .unwrap();
        assert_eq!(
            set_value(&done, "authorization"),
            Some(format!("Bearer {EXCHANGED}").as_str()),
            "{extra}"
        );
        assert!(cache.is_empty(), "{extra}");
    }
}

#[test]
fn the_cache_stays_within_its_bound_dropping_the_soonest_to_expire() {
    let c = exchange_credentials(json!({"cacheEntries": 3}));
    let mut cache = c.token_cache();
    for (i, ttl) in [(0, 500), (1, 100), (2, 900), (3, 700), (4, 800)] {
        let mut r = Req::new(person(&format!("user{i}"), &[], &[]));
        r.now_ms = 0;
        let call = c
            .on_request(1, &r.facts(), &cache)
            .unwrap()
            .exchange
            .unwrap();
        let answer =
            json!({"access_token": format!("tok{i}"), "token_type": "Bearer", "expires_in": ttl})
                .to_string();
        c.exchange_response(&call, Some(200), answer.as_bytes(), &mut cache, 0)
            .unwrap();
        assert!(cache.len() <= 3);
    }
    let cached = |i: usize| {
        let mut r = Req::new(person(&format!("user{i}"), &[], &[]));
        r.now_ms = 0;
        c.on_request(1, &r.facts(), &cache)
            .unwrap()
            .exchange
            .is_none()
    };
    assert_eq!(
        (0..5).map(cached).collect::<Vec<_>>(),
        vec![false, false, true, true, true]
    );
}

#[test]
fn a_failed_exchange_fails_the_request_closed() {
    let c = exchange_credentials(json!({}));
    let mut cache = c.token_cache();
    let r = Req::new(person("alice", &[], &[]));
    let call = c
        .on_request(1, &r.facts(), &cache)
        .unwrap()
        .exchange
        .unwrap();
    let cases: Vec<(Option<u32>, Value, u32, &str, i64, &str)> = vec![
        (
            Some(400),
            json!({"error": "invalid_grant"}),
            403,
            "exchange_refused",
            -32003,
            "refused the exchange (invalid_grant)",
        ),
        (
            Some(400),
            json!({"error": "invalid_target"}),
            403,
            "exchange_refused",
            -32003,
            "(invalid_target)",
        ),
        (
            Some(401),
            json!({"error": "invalid_client"}),
            502,
            "exchange_failed",
            -32010,
            "(invalid_client)",
        ),
        (
            Some(503),
            json!({}),
            502,
            "exchange_failed",
            -32010,
            "answered HTTP 503",
        ),
        (
            None,
            json!(null),
            502,
            "exchange_failed",
            -32010,
            "could not be reached",
        ),
        (
            Some(200),
            json!({"token_type": "Bearer"}),
            502,
            "exchange_failed",
            -32010,
            "unusable",
        ),
    ];
    for (status, body, http, reason, rpc, fragment) in cases {
        let reply = c
            .exchange_response(
                &call,
                status,
                body.to_string().as_bytes(),
                &mut cache,
                r.now_ms,
            )
            .unwrap_err();
        assert_eq!(
            (reply.status, reply.reason.name(), reply.rpc_code),
            (http, reason, Some(rpc)),
            "{status:?} {body}"
        );
        let msg = body_json(&reply)["error"]["message"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(msg.contains(fragment) && msg.contains("'tickets'"), "{msg}");
        assert_no_secret("exchange failure reply", &reply_text(&reply));
    }
    assert!(cache.is_empty());
}

#[test]
fn an_exchange_needs_the_verified_client_token() {
    let c = exchange_credentials(json!({}));
    // jwt_authn forward: false removed the token: the operator is told the fix.
    let mut r = Req::new(person("alice", &[], &[]));
    r.authorization = None;
    let reply = plan(&c, 1, &r).unwrap_err();
    assert_eq!(
        (reply.status, reply.reason.name()),
        (500, "exchange_misconfigured")
    );
    assert!(body_json(&reply)["error"]["message"]
        .as_str()
        .unwrap()
        .contains("forward: true"));
    // No verified token: challenge.
    let mut r = Req::new(Identity::default());
    r.audiences = None;
    let reply = plan(&c, 1, &r).unwrap_err();
    assert_eq!(reply.status, 401);
    assert!(header(&reply, "www-authenticate")
        .unwrap()
        .contains("resource_metadata="));
}

// ------------------------------------------------------------ secrecy

#[test]
fn no_secret_value_appears_in_any_debug_display_error_or_reply() {
    let c = compile(
        standard_oauth(),
        vec![
            ("tickets", section(json!({"inject": {"fromEnv": "TICKETS_TOKEN", "perIdentity": [
                {"subjects": ["alice"], "fromEnv": "TICKETS_TOKEN_ALICE"},
                {"groups": ["support"], "fromEnv": "TICKETS_TOKEN_SUPPORT"}]},
                "stepUp": [{"tools": ["delete_*"], "scope": "tickets:admin"}]}))),
            ("exchanged", section(json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/t",
                "clientId": "gw", "clientSecretFromEnv": "STS_CLIENT_SECRET", "audience": "a", "clientAuth": "post"}}))),
        ],
    )
    .unwrap();
    let mut texts = vec![format!("{c:?}"), format!("{c:#?}")];

    let r = Req::new(person("alice", &[], &[]));
    let p = plan(&c, 0, &r).unwrap();
    assert_eq!(
        set_value(&p, "authorization"),
        Some(format!("Bearer {ALICE_SECRET}").as_str())
    );
    texts.push(format!("{p:?} {:?}", r.facts()));

    let mut cache: TokenCache = c.token_cache();
    let p = c.on_request(1, &r.facts(), &cache).unwrap();
    let call = p.exchange.clone().unwrap();
    assert!(String::from_utf8_lossy(call.body()).contains(STS_SECRET));
    texts.push(format!("{p:?} {call:?} {:?}", call.key()));
    let answer =
        json!({"access_token": EXCHANGED, "token_type": "Bearer", "expires_in": 300}).to_string();
    let done = c
        .exchange_response(&call, Some(200), answer.as_bytes(), &mut cache, r.now_ms)
        .unwrap();
    texts.push(format!("{done:?} {cache:?}"));
    texts.push(format!(
        "{:?}",
        parse_exchange_response(Some(200), answer.as_bytes())
    ));

    for reply in [
        c.step_up(0, "delete_x", &[], None).unwrap(),
        c.unauthenticated(Some(0), None),
        c.metadata_reply("/.well-known/oauth-protected-resource")
            .unwrap(),
    ] {
        texts.push(reply_text(&reply));
    }
    for (sec, _) in [
        (json!({"inject": {"fromEnv": "WITH_NEWLINE"}}), ()),
        (json!({"inject": {"fromEnv": TICKETS_SECRET}}), ()),
        (
            json!({"exchange": {"cluster": "sts", "authority": "sts", "path": "/t", "audience": "a", "clientSecretFromEnv": "STS_CLIENT_SECRET", "clientAuth": "none"}}),
            (),
        ),
    ] {
        let e = compile(None, vec![("t", section(sec))]).unwrap_err();
        texts.push(format!("{e} {e:?}"));
    }
    for t in &texts {
        assert_no_secret("debug/error/reply text", t);
    }
}
