//! One message: walk the JSON, scan strings (and keys, and long integers),
//! decode base64 runs when enabled, keep the scan budget, apply actions and
//! build the [`Outcome`].

use super::engine::{sig, Engine, Hit, Scratch};
use super::nested;
use super::validate::{aws_secret_key, b64_decode, key_words, session_name};
use super::{
    Action, Confidence, DirPlan, Direction, Finding, MaskStyle, Outcome, OverBudget, ServerPlan,
    Verdict, SCAN_BUDGET_EXCEEDED,
};
use serde_json::{Map, Value};
use std::ops::Range;

/// Deeper than any parsed message can be (serde_json stops at 128); a guard
/// for hand-built values, treated like an exhausted budget (fail closed).
const MAX_DEPTH: usize = 512;

/// JSON-RPC envelope members that carry no payload.
const ENVELOPE: &[&str] = &["jsonrpc", "id", "method"];

struct Walker<'a> {
    engine: &'a Engine,
    plan: &'a ServerPlan,
    dp: &'a DirPlan,
    scanned: usize,
    over: bool,
    counts: Vec<u32>,
    /// Per detector: highest confidence and evidence bits counted.
    conf: Vec<Confidence>,
    sigs: Vec<u16>,
    /// Evidence added to every hit while inside a nested document / base64.
    via: u16,
    /// Nested JSON documents we are inside of.
    levels: usize,
    block: Option<usize>,
    redact_found: bool,
    /// A pass after a string's first, run because overlapping redactions
    /// left text to mask: findings that are not redacted stay in the text
    /// unchanged and were counted by the first pass already.
    repass: bool,
    changed: bool,
    scratch: Scratch,
    hits: Vec<Hit>,
    inner_hits: Vec<Hit>,
    /// Where we are in a HashiCorp Vault read response (see [`Vault`]).
    vault: Vault,
    /// Inside a Terraform state resource of type `random_password`, whose
    /// `result` attribute is the generated password in plain text.
    random_password: bool,
}

/// A Vault read response (`{"lease_duration": …, "renewable": …, "data":
/// …}`) holds secrets by definition: KV v1 in `data`, KV v2 in `data.data`
/// (beside `data.metadata`). Their members are scanned as if named like a
/// secret, whatever their names (`grafana_service_account`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Vault {
    Outside,
    /// the envelope's `data` object
    Data,
    /// the map of secrets
    Secrets,
}

pub(crate) fn inspect(
    engine: &Engine,
    plan: &ServerPlan,
    dp: &DirPlan,
    dir: Direction,
    message: &mut Value,
    shadow: bool,
) -> Outcome {
    let mut w = Walker {
        engine,
        plan,
        dp,
        scanned: 0,
        over: false,
        counts: vec![0; engine.detectors.len()],
        conf: vec![Confidence::Low; engine.detectors.len()],
        sigs: vec![0; engine.detectors.len()],
        via: 0,
        levels: 0,
        block: None,
        redact_found: false,
        repass: false,
        changed: false,
        scratch: engine.scratch(),
        hits: Vec::new(),
        inner_hits: Vec::new(),
        vault: Vault::Outside,
        random_password: false,
    };
    // Shadow mode redacts a copy: what it reports is exactly what enforcing
    // would (a masked key or value can reveal the next finding), and the
    // message stays as it came.
    let mut copy;
    let message = if shadow {
        copy = message.clone();
        &mut copy
    } else {
        message
    };
    match message {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if !ENVELOPE.contains(&k.as_str()) {
                    w.value(v, None, 1);
                }
            }
        }
        other => w.value(other, None, 0),
    }
    w.outcome(dir, shadow)
}

/// Members that hold the value a sibling names (`{"key": "SSN", "val":
/// …}`, a form's `{"field": …, "answer": …}`, an audit log's `{"field":
/// "api_key", "old": …, "new": …}`).
const VALUE_MEMBERS: &[&str] = &["value", "Value", "val", "answer", "text", "new", "old"];

/// `{"name": "Authorization", "value": "…"}` (HAR headers and cookies),
/// `{"key": "password", "value": "…"}` (Postman variables and auth),
/// `{"label": "secret access key", "value": …}` (password managers),
/// `{"field": {"ref": "ssn"}, "text": …}` (form answers), a Teams card's
/// `{"title": "Secret", "value": …}` (Adaptive Card facts): the sibling
/// member names the value, as a member's own key would.
/// FHIR identifiers and contact points name theirs in `system`
/// (`{"system": "http://hl7.org/fhir/sid/us-ssn", "value": …}`,
/// `{"system": "phone", "value": …}`).
fn pair_label(map: &Map<String, Value>) -> Option<String> {
    // One pass over the (few) members rather than a lookup per name: this
    // runs for every object of every message.
    if map.len() > 8
        || !map
            .iter()
            .any(|(k, v)| (v.is_string() || v.is_number()) && VALUE_MEMBERS.contains(&k.as_str()))
    {
        return None;
    }
    let short = |l: &&str| !l.is_empty() && l.len() <= 64;
    let named = [
        "name", "key", "Name", "Key", "label", "field", "Field", "question",
        // an Adaptive Card FactSet's `{"title": "Secret", "value": …}`
        "title",
    ]
    .iter()
    .find_map(|n| match map.get(*n) {
        Some(Value::String(l)) => Some(l.as_str()),
        // Typeform's `field: {"id": …, "ref": "ssn", "title": …}`
        Some(Value::Object(f)) => ["ref", "name", "label", "title"]
            .iter()
            .find_map(|m| f.get(*m).and_then(Value::as_str)),
        _ => None,
    })
    .filter(short);
    if let Some(label) = named {
        // A cookie or header pair named like a login session (HAR's
        // `{"name": "session", "value": …}`): its value is the login. A
        // member merely called `session` elsewhere may be any id.
        if session_name(label) {
            return Some("session_token".to_string());
        }
        return Some(label.to_string());
    }
    let system = map.get("system").and_then(Value::as_str)?;
    // the US SSN's OID (HL7 identifier system for social security numbers)
    if system == "urn:oid:2.16.840.1.113883.4.1" {
        return Some("ssn".to_string());
    }
    system
        .trim_end_matches('/')
        .rsplit(['/', ':'])
        .next()
        .filter(short)
        .map(str::to_string)
}

/// Generic members whose kind a sibling may name (see [`typed_sibling`]).
const TYPED_MEMBERS: &[&str] = &["number", "id", "identifier", "value", "code", "no", "num"];

/// `{"number_type": "CBP", "number": "199582-91071"}` (a customs filing's
/// importer number), `{"numberType": "mobile", "number": …}`: a sibling
/// `<member>_type` / `<member>Type` names what a generic member holds, as
/// its own key would. Only the generic members of [`TYPED_MEMBERS`] are
/// renamed, so a sibling cannot take a secret's own key (`password`)
/// away. Returns the member and the kind (owned: the caller then walks
/// `map` mutably; this allocates only when such a pair is present).
fn typed_sibling(map: &Map<String, Value>) -> Option<(String, String)> {
    if map.len() > 32 {
        return None;
    }
    map.iter().find_map(|(k, v)| {
        let kind = v.as_str().filter(|t| !t.is_empty() && t.len() <= 64)?;
        let base = k
            .strip_suffix("_type")
            .or_else(|| k.strip_suffix("Type"))
            .or_else(|| k.strip_suffix("-type"))?;
        let member = TYPED_MEMBERS
            .iter()
            .find(|m| m.eq_ignore_ascii_case(base))?;
        let (own, _) = map
            .get_key_value(*member)
            .or_else(|| map.iter().find(|(m, _)| m.eq_ignore_ascii_case(member)))?;
        Some((own.clone(), kind.to_string()))
    })
}

/// Type tags of serialisations that wrap a scalar in a one-member object:
/// Avro JSON unions, DynamoDB attribute values, OTLP and Firestore values,
/// protobuf `Value`.
const TYPE_TAGS: &[&str] = &[
    "string",
    "bytes",
    "S",
    "B",
    "N",
    "stringValue",
    "bytesValue",
    "string_value",
    "bytes_value",
    "strVal",
];

/// A key in another script names what its value is as an English key
/// would (`パスワード`, `密码`, `пароль`; `電話番号`, `телефон`): the key
/// rules read ASCII words.
fn key_in_other_script(key: &str) -> Option<&'static str> {
    if key.is_ascii() || key.len() > 128 {
        return None;
    }
    const PASSWORD: &[&str] = &[
        "パスワード",
        "暗証番号",
        "密码",
        "密碼",
        "口令",
        "비밀번호",
        "암호",
        "пароль",
        "Пароль",
        "ПАРОЛЬ",
        "كلمة المرور",
        "كلمة السر",
        "סיסמה",
        "סיסמא",
        "पासवर्ड",
        "रहस्य",
        "รหัสผ่าน",
        "mật khẩu",
        "Mật khẩu",
        "κωδικός",
        "Κωδικός",
    ];
    const PHONE: &[&str] = &[
        "電話",
        "电话",
        "手机",
        "手機",
        "携帯",
        "전화",
        "휴대폰",
        "телефон",
        "Телефон",
        "ТЕЛЕФОН",
        "هاتف",
        "جوال",
        "טלפון",
        "फ़ोन",
        "फोन",
        "โทรศัพท์",
        "điện thoại",
        "Điện thoại",
        "τηλέφωνο",
        "Τηλέφωνο",
    ];
    if PASSWORD.iter().any(|w| key.contains(w)) {
        Some("password")
    } else if PHONE.iter().any(|w| key.contains(w)) {
        Some("phone")
    } else {
        None
    }
}

/// Whether an object holds another vendor's access key id beside its
/// secret (a broker's `"api_key": "PKOK…"` next to `"api_secret"`): 16 to
/// 32 upper-case letters and digits, under a key or id member, without
/// AWS's prefixes. The 40-character secret beside it is that vendor's
/// API secret, not an AWS secret access key.
fn foreign_key_id(map: &Map<String, Value>) -> bool {
    const AWS: &[&str] = &[
        "AKIA", "ASIA", "A3T", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA",
        "APKA",
    ];
    map.iter().any(|(k, v)| {
        let Some(s) = v.as_str() else {
            return false;
        };
        (16..=32).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && s.bytes().any(|b| b.is_ascii_digit())
            && !AWS.iter().any(|p| s.starts_with(p))
            && matches!(
                key_words(k).last().map(String::as_str),
                Some("key" | "apikey" | "id" | "keyid")
            )
    })
}

/// A query result that names its columns once and gives rows by position
/// (Snowflake's `resultSetMetaData.rowType` + `data`, BigQuery's
/// `schema.fields` + `rows[].f[].v`, `columns` + `rows`): the member that
/// holds the rows and the column names.
fn result_columns(map: &Map<String, Value>) -> Option<(&'static str, Vec<String>)> {
    let rows = map.iter().find_map(|(k, v)| {
        if !v.is_array() {
            return None;
        }
        [
            "data",
            "rows",
            "data_array",
            "values",
            "columnvalues",
            "keyvalues",
        ]
        .into_iter()
        .find(|r| r == k)
    })?;
    let header = [
        "columns",
        "fields",
        "rowType",
        "headers",
        "header",
        "column_names",
        // wal2json: one row, `columnnames` beside `columnvalues`
        "columnnames",
        "keynames",
    ]
    .iter()
    .find_map(|k| map.get(*k))
    .or_else(|| {
        ["schema", "resultSetMetaData", "metadata", "meta"]
            .iter()
            .filter_map(|k| map.get(*k))
            .find_map(|m| {
                ["fields", "columns", "rowType"]
                    .iter()
                    .find_map(|k| m.get(*k))
            })
    })?;
    let names: Vec<String> = header
        .as_array()?
        .iter()
        .take(512)
        .map(|c| match c {
            Value::String(n) => n.clone(),
            Value::Object(o) => ["name", "label", "title", "key"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))
                .unwrap_or("")
                .to_string(),
            _ => String::new(),
        })
        .collect();
    names.iter().any(|n| !n.is_empty()).then_some((rows, names))
}

impl Walker<'_> {
    fn value(&mut self, v: &mut Value, key: Option<&str>, depth: usize) {
        if self.over {
            return;
        }
        if depth > MAX_DEPTH {
            self.over = true;
            return;
        }
        match v {
            Value::String(s) => {
                let new = match self.nested(s, depth) {
                    Some(rewritten) => rewritten,
                    None => self.string(s, key),
                };
                if let Some(new) = new {
                    *s = new;
                }
            }
            Value::Number(n) if !n.is_f64() => {
                let text = n.to_string();
                if text.trim_start_matches('-').len() >= 7 {
                    if let Some(new) = self.string(&text, key) {
                        *v = Value::String(new);
                    }
                }
            }
            Value::Array(items) => {
                // A `[name, value]` pair (headers as arrays: `["Cookie",
                // "sid=…"]`, `["X-Api-Key", "…"]`): the name labels the value.
                let label = match items.as_slice() {
                    [Value::String(name), Value::String(_)]
                        if !name.is_empty() && name.len() <= 64 =>
                    {
                        Some(if session_name(name) {
                            "session_token".to_string()
                        } else {
                            name.clone()
                        })
                    }
                    _ => None,
                };
                for (i, x) in items.iter_mut().enumerate() {
                    // Otherwise the array's own key names its items
                    // (`"phoneNumbers": [{"value": …}]`, `"emails": […]`).
                    let named = match &label {
                        Some(l) => (i == 1).then_some(l.as_str()),
                        None => key,
                    };
                    self.value(x, named, depth + 1);
                }
            }
            Value::Object(map) => {
                // Terraform outputs (`"db_pass": {"value": "…", "sensitive":
                // true}`): the value is named by the output, and secret.
                let label = pair_label(map).or_else(|| {
                    (map.get("sensitive") == Some(&Value::Bool(true)))
                        .then(|| format!("{}_secret", key.unwrap_or("")))
                });
                let here = self.vault;
                let outer_random = self.random_password;
                if map.get("type").and_then(Value::as_str) == Some("random_password")
                    && map.contains_key("instances")
                {
                    self.random_password = true;
                }
                let envelope = map.contains_key("lease_duration")
                    && map.contains_key("renewable")
                    && map.get("data").is_some_and(Value::is_object);
                let v2 = here == Vault::Data && map.contains_key("metadata");
                let secrets = here == Vault::Secrets || (here == Vault::Data && !v2);
                let table = result_columns(map);
                let map_len = map.len();
                let map_has_primary = map.get("primary").is_some_and(Value::is_boolean);
                let foreign_pair = map.len() <= 16 && foreign_key_id(map);
                // A shop's order or checkout object (Shopify's): its bare
                // `token` beside `cart_token` / `checkout_token` is its own
                // id (the key of its status page), not a credential.
                let shop_order =
                    map.contains_key("cart_token") || map.contains_key("checkout_token");
                // An analytics event's `context.device` (Segment's spec):
                // its `token` is the push token APNs or FCM delivers to,
                // the device's address, read as `device_token`.
                let device = key.is_some_and(|k| k.eq_ignore_ascii_case("device"));
                let typed = typed_sibling(map);
                let mut renames: Vec<(usize, String)> = Vec::new();
                for (i, (k, x)) in map.iter_mut().enumerate() {
                    let new_key = self.string(k, None);
                    if let Some((rows, cols)) = &table {
                        if k == rows {
                            self.rows(x, cols, depth + 1);
                            if let Some(new) = new_key {
                                renames.push((i, new));
                            }
                            continue;
                        }
                    }
                    let named = match &label {
                        _ if secrets => "secret",
                        _ if self.random_password && k == "result" => "password",
                        _ if shop_order && k == "token" => "order_id",
                        _ if device && k == "token" => "device_token",
                        // Firebase Remote Config: a parameter's
                        // `{"defaultValue": {"value": …}}` is named by the
                        // parameter (`"AWS_SECRET_ACCESS_KEY": {…}`)
                        _ if k == "defaultValue" && x.is_object() && key.is_some() => {
                            key.unwrap_or(k)
                        }
                        Some(l) if VALUE_MEMBERS.contains(&k.as_str()) => l.as_str(),
                        // after the pair's own label: a `value_type` beside
                        // `{"name": "DB_PASSWORD", "value": …}` says how it is
                        // stored, not what it is
                        _ if typed.as_ref().is_some_and(|(member, _)| member == k) => {
                            typed.as_ref().map_or(k.as_str(), |(_, kind)| kind.as_str())
                        }
                        // another vendor's key pair: its secret, read as a
                        // credential (not under AWS's rule for `…secret`)
                        _ if foreign_pair
                            && x.is_string()
                            && key_words(k).iter().any(|w| w == "secret")
                            && !aws_secret_key(k) =>
                        {
                            "api_credential"
                        }
                        // SCIM's `"phoneNumbers": [{"value": …, "type": …}]`;
                        // Plaid's identity `"phone_numbers": [{"data": …,
                        // "primary": …, "type": …}]`
                        None if key.is_some()
                            && (k == "value" || (k == "data" && map_has_primary)) =>
                        {
                            key.unwrap_or(k)
                        }
                        // A typed wrapper (Avro `{"string": …}`, DynamoDB
                        // `{"S": …}`, OTLP `{"stringValue": …}`): the outer
                        // member names what it holds.
                        None if map_len == 1
                            && TYPE_TAGS.contains(&k.as_str())
                            && key.is_some() =>
                        {
                            key.unwrap_or(k)
                        }
                        _ => key_in_other_script(k).unwrap_or(k.as_str()),
                    };
                    self.vault = match k.as_str() {
                        "data" if envelope => Vault::Data,
                        "data" if v2 => Vault::Secrets,
                        _ => Vault::Outside,
                    };
                    self.value(x, Some(named), depth + 1);
                    self.vault = here;
                    if let Some(new) = new_key {
                        // A value reads differently under its masked key
                        // (`"password: x(": "…"` becomes an assignment):
                        // scan it again as the client will see it.
                        self.value(x, Some(&new), depth + 1);
                        renames.push((i, new));
                    }
                }
                self.random_password = outer_random;
                if !renames.is_empty() {
                    rename_keys(map, renames);
                }
            }
            _ => {}
        }
    }

    /// A result's rows: each cell is scanned under its column's name
    /// (`[["311505", "027466465"]]`, BigQuery's `[{"f": [{"v": …}]}]`).
    fn rows(&mut self, rows: &mut Value, cols: &[String], depth: usize) {
        let Value::Array(rows) = rows else {
            return self.value(rows, None, depth);
        };
        // A single row of scalars, one per column (wal2json's `columnvalues`).
        if rows.len() <= cols.len() && !rows.iter().any(|r| r.is_array() || r.is_object()) {
            for (i, cell) in rows.iter_mut().enumerate() {
                let col = cols.get(i).map(String::as_str).filter(|c| !c.is_empty());
                self.value(cell, col, depth + 1);
            }
            return;
        }
        for row in rows.iter_mut() {
            // (a row object with members beside `f` is walked whole, so
            // nothing in it goes unscanned)
            let cells = match row {
                Value::Array(cells) => Some(cells),
                Value::Object(o) if o.len() == 1 => match o.get_mut("f") {
                    Some(Value::Array(cells)) => Some(cells),
                    _ => None,
                },
                _ => None,
            };
            let Some(cells) = cells else {
                self.value(row, None, depth + 1);
                continue;
            };
            for (i, cell) in cells.iter_mut().enumerate() {
                let col = cols.get(i).map(String::as_str).filter(|c| !c.is_empty());
                match cell {
                    Value::Object(c) if c.len() == 1 && c.contains_key("v") => {
                        if let Some(v) = c.get_mut("v") {
                            self.value(v, col, depth + 3);
                        }
                    }
                    _ => self.value(cell, col, depth + 2),
                }
            }
        }
    }

    /// A string holding a JSON document: its members are scanned as JSON
    /// (escapes undone) instead of its text. `None`: not a document;
    /// `Some(None)`: scanned, unchanged; `Some(Some(text))`: the rewritten
    /// document after a redaction inside it.
    fn nested(&mut self, s: &str, depth: usize) -> Option<Option<String>> {
        let max = self.plan.nested_max?;
        if self.levels >= nested::MAX_LEVELS || self.over {
            return None;
        }
        let mut inner = nested::parse(s, max)?;
        let (via, changed) = (self.via, self.changed);
        self.via |= sig::NESTED_JSON;
        self.levels += 1;
        self.changed = false;
        self.value(&mut inner, None, depth + 1);
        let rewritten = self.changed;
        self.via = via;
        self.levels -= 1;
        self.changed = changed || rewritten;
        if rewritten {
            return Some(Some(
                nested::write(&inner, s).unwrap_or_else(|| "[REDACTED]".to_string()),
            ));
        }
        Some(None)
    }

    /// Scans one string; returns its replacement when something was redacted.
    /// Redaction runs to a fixpoint: one pass can leave a match (a finding
    /// dropped for overlapping another, a chain `a@x.io:b@x.io` whose second
    /// address shows only once the first is masked, a `last4` tail that
    /// completes a new match), so the result is scanned again until nothing
    /// is left to redact; past a few passes the whole string is masked.
    fn string(&mut self, s: &str, key: Option<&str>) -> Option<String> {
        const MAX_PASSES: usize = 8;
        let mut out = self.string_pass(s, key, true)?;
        let mut passes = 1;
        self.repass = true;
        loop {
            if passes == MAX_PASSES {
                out = "[REDACTED]".to_string();
                break;
            }
            match self.string_pass(&out, key, false) {
                Some(next) => out = next,
                None => break,
            }
            passes += 1;
        }
        self.repass = false;
        Some(out)
    }

    /// One scan of a string (charged against the budget when `charge`).
    fn string_pass(&mut self, s: &str, key: Option<&str>, charge: bool) -> Option<String> {
        if s.is_empty() || self.over {
            return None;
        }
        if charge && !self.charge(s.len()) {
            return None;
        }
        self.hits.clear();
        self.engine
            .scan(&self.dp.active, s, key, &mut self.scratch, &mut self.hits);
        let mut hits = std::mem::take(&mut self.hits);
        let encoded = self.percent_encoded(s, key, &hits, charge);
        // A typed secret read through its escapes (`AWS_SECRET_ACCESS_KEY=
        // abc%2Bdef…`) names the value better than the generic reading of
        // the same escaped text.
        if !encoded.is_empty() {
            hits.retain(|p| !encoded.iter().any(|e| self.gives_way(p, e)));
        }
        // (span, replacement) in text order
        let mut edits: Vec<(Range<usize>, String)> = Vec::new();
        for h in &hits {
            if h.conf < self.plan.min_conf.get(h.det).copied().unwrap_or_default() {
                continue;
            }
            if let Some(mask) = self.note(h) {
                if let Some(text) = s.get(h.start..h.end) {
                    edits.push((h.start..h.end, mask_text(text, self.name(h.det), mask)));
                }
            }
        }
        if let Some(min) = self.plan.base64 {
            self.base64_runs(s, &hits, min, charge, &mut edits);
        }
        for h in encoded {
            if edits
                .iter()
                .any(|(r, _)| r.start < h.end && r.end > h.start)
            {
                continue;
            }
            if let Some(mask) = self.note(&h) {
                if let Some(text) = s.get(h.start..h.end) {
                    edits.push((h.start..h.end, mask_text(text, self.name(h.det), mask)));
                }
            }
        }
        edits.sort_by_key(|e| e.0.start);
        self.hits = hits;
        if edits.is_empty() {
            return None;
        }
        self.changed = true;
        let mut out = String::with_capacity(s.len());
        let mut at = 0;
        for (r, rep) in &edits {
            if r.start < at {
                continue;
            }
            out.push_str(s.get(at..r.start).unwrap_or(""));
            out.push_str(rep);
            at = r.end;
        }
        out.push_str(s.get(at..).unwrap_or(""));
        Some(out)
    }

    /// Counts against the budget; false (and over) when it is exhausted.
    fn charge(&mut self, n: usize) -> bool {
        match self.scanned.checked_add(n) {
            Some(t) if t <= self.plan.budget => {
                self.scanned = t;
                true
            }
            _ => {
                self.over = true;
                false
            }
        }
    }

    fn name(&self, det: usize) -> &str {
        self.engine
            .detectors
            .get(det)
            .map_or("unknown", |d| d.name.as_str())
    }

    /// Records one finding; returns the mask style when it is to be redacted.
    fn note(&mut self, h: &Hit) -> Option<MaskStyle> {
        let det = h.det;
        let rule = self.dp.rules.get(det)?;
        if self.repass && rule.action != Action::Redact {
            return None;
        }
        if let Some(c) = self.counts.get_mut(det) {
            *c = c.saturating_add(1);
        }
        if let Some(c) = self.conf.get_mut(det) {
            *c = (*c).max(h.conf);
        }
        if let Some(x) = self.sigs.get_mut(det) {
            *x |= h.sig | self.via;
        }
        match rule.action {
            Action::Block => {
                self.block = Some(self.block.map_or(det, |b| b.min(det)));
                None
            }
            Action::Redact => {
                self.redact_found = true;
                Some(rule.mask)
            }
            Action::Record | Action::Ignore => None,
        }
    }

    /// A string with percent-encoded bytes (`email=a%40b.com`,
    /// `phone=%2B33%206%2048…`): decoded and scanned again. Returns, in the
    /// original's coordinates, the findings the plain scan could not read:
    /// an escape inside the span or right at its edge (`%3Apassword%40`),
    /// and no plain finding overlapping, except a generic secret the caller
    /// gives way to a typed one.
    fn percent_encoded(
        &mut self,
        s: &str,
        key: Option<&str>,
        hits: &[Hit],
        charge: bool,
    ) -> Vec<Hit> {
        let b = s.as_bytes();
        let escape_at = |i: usize| {
            b.get(i) == Some(&b'%')
                && b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        };
        let mut found = Vec::new();
        if !b.contains(&b'%') || !(0..b.len()).any(escape_at) || self.over {
            return found;
        }
        // The decoded bytes and, for each, where it starts in `s`.
        let mut bytes = Vec::with_capacity(b.len());
        let mut origin = Vec::with_capacity(b.len() + 1);
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            origin.push(i);
            if escape_at(i) {
                let hex = |x: u8| (x as char).to_digit(16).unwrap_or(0) as u8;
                let hi = b.get(i + 1).copied().map_or(0, hex);
                let lo = b.get(i + 2).copied().map_or(0, hex);
                bytes.push(hi << 4 | lo);
                i += 3;
            } else {
                bytes.push(c);
                i += 1;
            }
        }
        origin.push(b.len());
        // Only where decoding keeps valid UTF-8 (text, not binary).
        let Ok(decoded) = String::from_utf8(bytes) else {
            return found;
        };
        // Charged once, like the plain scan (a redaction pass after the
        // first reads the same bytes again).
        if charge && !self.charge(decoded.len()) {
            return found;
        }
        let mut inner = std::mem::take(&mut self.inner_hits);
        inner.clear();
        // The member's key still names what the decoded text holds
        // (`"phone": "%2B33%206…"`).
        self.engine.scan(
            &self.dp.active,
            &decoded,
            key,
            &mut self.scratch,
            &mut inner,
        );
        for h in &inner {
            let (Some(&start), Some(&end)) = (origin.get(h.start), origin.get(h.end)) else {
                continue;
            };
            let escaped = (start..end).any(escape_at)
                || (start >= 3 && escape_at(start - 3))
                || escape_at(end);
            let here = Hit {
                start,
                end,
                sig: h.sig | sig::URL_ENCODED,
                ..*h
            };
            if h.conf < self.plan.min_conf.get(h.det).copied().unwrap_or_default()
                || !escaped
                || hits
                    .iter()
                    .any(|p| p.start < end && p.end > start && !self.gives_way(p, &here))
            {
                continue;
            }
            found.push(here);
        }
        self.inner_hits = inner;
        found
    }

    /// Whether the plain finding `plain` is a generic secret that a typed
    /// finding read through percent escapes, `typed`, covers (then the
    /// typed one names the value).
    fn gives_way(&self, plain: &Hit, typed: &Hit) -> bool {
        typed.start <= plain.start
            && typed.end >= plain.end
            && self.name(plain.det) == "generic_secret"
            && self.name(typed.det) != "generic_secret"
    }

    /// Base64 runs of at least `min` characters that no plain finding
    /// covers: decoded, scanned when they look like text, and replaced as a
    /// whole when a finding inside is to be redacted.
    fn base64_runs(
        &mut self,
        s: &str,
        hits: &[Hit],
        min: usize,
        charge: bool,
        edits: &mut Vec<(Range<usize>, String)>,
    ) {
        for run in b64_runs(s.as_bytes(), min) {
            if self.over {
                return;
            }
            if hits.iter().any(|h| h.start < run.end && h.end > run.start) {
                continue;
            }
            let Some(text) = s.get(run.clone()) else {
                continue;
            };
            // Look at a prefix first, so images and archives cost little.
            let probe_len = text.len().min(1024) / 4 * 4;
            let probe = text.get(..probe_len).unwrap_or(text);
            if probe.len() < text.len() && !b64_decode(probe).is_some_and(|b| looks_like_text(&b)) {
                continue;
            }
            let Some(bytes) = b64_decode(text.trim_end_matches('=')) else {
                continue;
            };
            if !looks_like_text(&bytes) {
                continue;
            }
            let decoded = String::from_utf8_lossy(&bytes);
            // Charged once, like the plain scan.
            if charge && !self.charge(decoded.len()) {
                return;
            }
            let mut inner = std::mem::take(&mut self.inner_hits);
            inner.clear();
            self.engine.scan(
                &self.dp.active,
                &decoded,
                None,
                &mut self.scratch,
                &mut inner,
            );
            let mut redact_as: Option<usize> = None;
            for h in &inner {
                if h.conf < self.plan.min_conf.get(h.det).copied().unwrap_or_default() {
                    continue;
                }
                let h = Hit {
                    sig: h.sig | sig::BASE64,
                    ..*h
                };
                if self.note(&h).is_some() && redact_as.is_none() {
                    redact_as = Some(h.det);
                }
            }
            self.inner_hits = inner;
            if let Some(det) = redact_as {
                edits.push((run, format!("[REDACTED:{}]", self.name(det))));
            }
        }
    }

    fn outcome(self, dir: Direction, shadow: bool) -> Outcome {
        let mut findings = Vec::new();
        for (d, c) in self.counts.iter().enumerate() {
            if *c == 0 {
                continue;
            }
            let (Some(det), Some(rule)) = (self.engine.detectors.get(d), self.dp.rules.get(d))
            else {
                continue;
            };
            findings.push(Finding {
                detector: det.name.clone(),
                category: Some(det.category),
                direction: dir,
                action: rule.action,
                count: *c,
                confidence: self.conf.get(d).copied().unwrap_or_default(),
                signals: super::signal_names(self.sigs.get(d).copied().unwrap_or(0)),
            });
        }
        let budget_blocks = self.over && self.plan.over_budget == OverBudget::Block;
        if self.over {
            findings.push(Finding {
                detector: SCAN_BUDGET_EXCEEDED.to_string(),
                category: None,
                direction: dir,
                action: if budget_blocks {
                    Action::Block
                } else {
                    Action::Record
                },
                count: 1,
                confidence: Confidence::High,
                signals: vec!["budget"],
            });
        }
        let blocked_by = self
            .block
            .map(|d| self.name(d).to_string())
            .or_else(|| budget_blocks.then(|| SCAN_BUDGET_EXCEEDED.to_string()));
        let verdict = match (blocked_by, shadow) {
            (Some(detector), false) => Verdict::Block { detector },
            (Some(detector), true) => Verdict::WouldBlock { detector },
            (None, false) if self.changed => Verdict::Redacted,
            (None, true) if self.redact_found => Verdict::WouldRedact,
            (None, _) => Verdict::Pass,
        };
        Outcome { verdict, findings }
    }
}

/// `[REDACTED:<detector>]`, or the text with letters and digits starred
/// except the last four (all starred when fewer than eight).
pub(crate) fn mask_text(text: &str, detector: &str, style: MaskStyle) -> String {
    match style {
        MaskStyle::Full => format!("[REDACTED:{detector}]"),
        MaskStyle::Last4 => {
            let total = text.chars().filter(|c| c.is_alphanumeric()).count();
            let keep_from = if total >= 8 { total - 4 } else { total };
            let mut seen = 0;
            text.chars()
                .map(|c| {
                    if c.is_alphanumeric() {
                        seen += 1;
                        if seen > keep_from {
                            c
                        } else {
                            '*'
                        }
                    } else {
                        c
                    }
                })
                .collect()
        }
    }
}

/// Runs of base64 characters (standard or URL-safe, `=` padding) of at
/// least `min` characters.
fn b64_runs(bytes: &[u8], min: usize) -> Vec<Range<usize>> {
    let is_b64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'-' | b'_');
    let mut out = Vec::new();
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        if !bytes.get(i).is_some_and(|b| is_b64(*b)) {
            i += 1;
            continue;
        }
        let start = i;
        while bytes.get(i).is_some_and(|b| is_b64(*b)) {
            i += 1;
        }
        let body = i - start;
        let mut pad = 0;
        while pad < 2 && bytes.get(i) == Some(&b'=') {
            i += 1;
            pad += 1;
        }
        if body >= min && body % 4 != 1 {
            out.push(start..i);
        }
    }
    out
}

/// Decoded bytes that are UTF-8 text: at most 10% control characters
/// (tabs and newlines do not count). A cut multi-byte character at the end is
/// tolerated (prefix probes).
fn looks_like_text(b: &[u8]) -> bool {
    if b.is_empty() {
        return false;
    }
    let text = match std::str::from_utf8(b) {
        Ok(t) => t,
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(b.get(..e.valid_up_to()).unwrap_or(&[])).unwrap_or("")
        }
        Err(_) => return false,
    };
    let total = text.chars().count();
    if total == 0 {
        return false;
    }
    let bad = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        .count();
    bad * 10 <= total
}

/// Replaces keys at the given positions, keeping member order; a masked key
/// that collides with another gets `#2`, `#3`… appended.
fn rename_keys(map: &mut Map<String, Value>, renames: Vec<(usize, String)>) {
    let old = std::mem::take(map);
    let mut renames = renames.into_iter().peekable();
    for (i, (k, v)) in old.into_iter().enumerate() {
        let name = match renames.peek() {
            Some((j, _)) if *j == i => renames.next().map_or(k, |(_, n)| n),
            _ => k,
        };
        let mut unique = name.clone();
        let mut n = 2;
        while map.contains_key(&unique) {
            unique = format!("{name}#{n}");
            n += 1;
        }
        map.insert(unique, v);
    }
}
