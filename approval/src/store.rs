//! The approval store: one SQLite database, one row per approval request,
//! one row per state change.
//!
//! State machine (every change is an event with who and when):
//!
//! ```text
//!   (check, first sight) ──► pending ──approve──► approved ──last use──► used
//!                               │  └──deny────► denied         │  └──ttl──► expired
//!                               └──pending ttl──► expired      └──revoke──► revoked
//! ```
//!
//! Each write runs in one `BEGIN IMMEDIATE` transaction, so consuming a use
//! is atomic across threads and across processes sharing the file: two
//! concurrent checks of a one-use approval cannot both be answered
//! "approved". A partial unique index keeps at most one pending request per
//! binding, so a repeated check finds the same pending id.
//!
//! Expiry is applied lazily (a check or a decision first expires what is due
//! for its binding or row) and by [`Store::sweep`], which a background
//! thread calls so that `expired` events are recorded even for requests
//! nobody asks about again.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::identity::{rights, Approver};
use crate::model::{Approvers, CheckAnswer, CheckRequest};

#[derive(Debug)]
pub enum StoreError {
    Sqlite(rusqlite::Error),
    /// A stored row no longer parses (edited by hand?): refuse rather than guess.
    Corrupt(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Sqlite(e) => write!(f, "sqlite: {e}"),
            StoreError::Corrupt(e) => write!(f, "corrupt row: {e}"),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Pending,
    Approved,
    Denied,
    Used,
    Expired,
    Revoked,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Approved => "approved",
            State::Denied => "denied",
            State::Used => "used",
            State::Expired => "expired",
            State::Revoked => "revoked",
        }
    }

    fn parse(s: &str) -> Option<State> {
        Some(match s {
            "pending" => State::Pending,
            "approved" => State::Approved,
            "denied" => State::Denied,
            "used" => State::Used,
            "expired" => State::Expired,
            "revoked" => State::Revoked,
            _ => return None,
        })
    }
}

/// One approval request as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Approval {
    pub id: String,
    pub state: State,
    pub principal: String,
    pub agent: String,
    pub server: String,
    pub tool: String,
    pub args_digest: String,
    pub args_preview: serde_json::Value,
    pub policy_version: String,
    pub rule: String,
    pub reason: String,
    pub approvers: Approvers,
    pub allow_self: bool,
    pub ttl_seconds: i64,
    pub uses: i64,
    pub uses_left: i64,
    pub created_at: i64,
    pub pending_until: i64,
    pub decided_at: Option<i64>,
    pub decided_by: Option<String>,
    /// End of the approval's (or denial's) lifetime, once decided.
    pub expires_at: Option<i64>,
}

/// A state change, as recorded in the `events` table and the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub approval_id: String,
    pub time: i64,
    /// `requested`, `approved`, `denied`, `used`, `expired`, `revoked`.
    pub event: String,
    /// Who caused it: the approver, the calling principal (`requested`,
    /// `used`), or nobody (`expired`).
    pub by: Option<String>,
}

/// What a check did, for the caller to log and to notify about.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOutcome {
    pub answer: CheckAnswer,
    pub events: Vec<Event>,
    /// The request was created by this check (send the webhook).
    pub created: Option<Approval>,
}

/// The decisions a person can make on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Deny,
    Revoke,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Deny => "deny",
            Decision::Revoke => "revoke",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum DecideError {
    NotFound,
    /// The person may not make this decision on this request.
    Forbidden,
    /// The request is not in a state this decision applies to.
    Conflict(State),
}

/// Service-wide limits the store enforces.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Pending lifetime when the check does not give one.
    pub pending_ttl_seconds: i64,
    /// Most undecided requests one principal may have at once.
    pub max_pending_per_principal: i64,
    /// Decided and expired rows (and their events) are deleted this long
    /// after their last change.
    pub retention_seconds: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            pending_ttl_seconds: 3600,
            max_pending_per_principal: 50,
            retention_seconds: 30 * 24 * 3600,
        }
    }
}

#[derive(Debug, PartialEq)]
pub enum CheckError {
    /// The principal already has `max_pending_per_principal` undecided requests.
    TooManyPending,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS approvals (
  id TEXT PRIMARY KEY,
  binding TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending','approved','denied','used','expired','revoked')),
  principal TEXT NOT NULL,
  agent TEXT NOT NULL,
  server TEXT NOT NULL,
  tool TEXT NOT NULL,
  args_digest TEXT NOT NULL,
  args_preview TEXT NOT NULL,
  policy_version TEXT NOT NULL,
  rule TEXT NOT NULL,
  reason TEXT NOT NULL,
  approvers TEXT NOT NULL,
  allow_self INTEGER NOT NULL,
  ttl_seconds INTEGER NOT NULL,
  uses INTEGER NOT NULL,
  uses_left INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  pending_until INTEGER NOT NULL,
  decided_at INTEGER,
  decided_by TEXT,
  expires_at INTEGER,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS approvals_one_pending ON approvals(binding) WHERE state = 'pending';
CREATE INDEX IF NOT EXISTS approvals_binding ON approvals(binding, state);
CREATE INDEX IF NOT EXISTS approvals_state ON approvals(state, created_at);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  approval_id TEXT NOT NULL,
  time INTEGER NOT NULL,
  event TEXT NOT NULL,
  by TEXT
);
CREATE INDEX IF NOT EXISTS events_approval ON events(approval_id, seq);
";

const COLUMNS: &str = "id, state, principal, agent, server, tool, args_digest, args_preview, \
    policy_version, rule, reason, approvers, allow_self, ttl_seconds, uses, uses_left, \
    created_at, pending_until, decided_at, decided_by, expires_at";

/// The binding of a call: principal, server, tool, argument digest and
/// policy version, length-prefixed so no two tuples share a key.
pub fn binding_key(principal: &str, server: &str, tool: &str, args: &str, policy: &str) -> String {
    let mut h = Sha256::new();
    for part in [principal, server, tool, args, policy] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

pub struct Store {
    conn: Connection,
    limits: Limits,
}

impl Store {
    /// Opens (creating if needed) the database at `path`; `:memory:` for tests.
    pub fn open(path: &str, limits: Limits) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        // WAL lets the pages read while a check writes; FULL so a consumed
        // use survives a power cut (a lost "used" would let a call through twice).
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn, limits })
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Answers a filter's check: consumes one use of a live approval for the
    /// binding, or reports a denial still in force, or the pending request
    /// (created on first sight). `new_id` makes the id of a new request;
    /// `url` turns an id into its page link.
    pub fn check(
        &mut self,
        req: &CheckRequest,
        now: i64,
        new_id: &mut dyn FnMut() -> String,
        url: &dyn Fn(&str) -> String,
    ) -> Result<Result<CheckOutcome, CheckError>, StoreError> {
        let binding = binding_key(
            &req.principal,
            &req.server,
            &req.tool,
            &req.args_digest,
            &req.policy_version,
        );
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut events = expire_binding(&tx, &binding, now)?;

        // A live approval: consume one use.
        let live: Option<(String, i64, Option<String>, Option<i64>)> = tx
            .query_row(
                "SELECT id, uses_left, decided_by, expires_at FROM approvals \
                 WHERE binding = ?1 AND state = 'approved' AND uses_left > 0 \
                 ORDER BY decided_at DESC LIMIT 1",
                params![binding],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        if let Some((id, uses_left, by, expires_at)) = live {
            let left = uses_left - 1;
            let state = if left == 0 { "used" } else { "approved" };
            tx.execute(
                "UPDATE approvals SET uses_left = ?2, state = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, left, state, now],
            )?;
            events.push(record(&tx, &id, now, "used", Some(&req.principal))?);
            tx.commit()?;
            return Ok(Ok(CheckOutcome {
                answer: CheckAnswer::Approved {
                    approval_id: id,
                    approved_by: by.unwrap_or_default(),
                    uses_left: left,
                    expires_at: expires_at.unwrap_or(now),
                },
                events,
                created: None,
            }));
        }

        // A denial (or revocation) in force answers until it lapses.
        let refused: Option<(String, Option<String>, Option<i64>)> = tx
            .query_row(
                "SELECT id, decided_by, expires_at FROM approvals \
                 WHERE binding = ?1 AND state IN ('denied', 'revoked') AND expires_at > ?2 \
                 ORDER BY decided_at DESC LIMIT 1",
                params![binding, now],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((id, by, expires_at)) = refused {
            tx.commit()?;
            let link = url(&id);
            return Ok(Ok(CheckOutcome {
                answer: CheckAnswer::Denied {
                    approval_id: id,
                    denied_by: by.unwrap_or_default(),
                    url: link,
                    expires_at: expires_at.unwrap_or(now),
                },
                events,
                created: None,
            }));
        }

        let pending: Option<(String, i64)> = tx
            .query_row(
                "SELECT id, pending_until FROM approvals WHERE binding = ?1 AND state = 'pending'",
                params![binding],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((id, until)) = pending {
            tx.commit()?;
            let link = url(&id);
            return Ok(Ok(CheckOutcome {
                answer: CheckAnswer::Pending {
                    message: pending_message(req, &link),
                    approval_id: id,
                    url: link,
                    expires_at: until,
                },
                events,
                created: None,
            }));
        }

        let open: i64 = tx.query_row(
            "SELECT COUNT(*) FROM approvals WHERE principal = ?1 AND state = 'pending'",
            params![req.principal],
            |r| r.get(0),
        )?;
        if open >= self.limits.max_pending_per_principal {
            // Expiries found on the way are still worth keeping.
            tx.commit()?;
            return Ok(Err(CheckError::TooManyPending));
        }

        let id = new_id();
        let until = now.saturating_add(
            req.pending_ttl_seconds
                .unwrap_or(self.limits.pending_ttl_seconds),
        );
        let preview = serde_json::to_string(&req.args_preview)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let approvers = serde_json::to_string(&req.approvers)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        tx.execute(
            "INSERT INTO approvals (id, binding, state, principal, agent, server, tool, args_digest, \
             args_preview, policy_version, rule, reason, approvers, allow_self, ttl_seconds, uses, \
             uses_left, created_at, pending_until, updated_at) \
             VALUES (?1, ?2, 'pending', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?16, ?17, ?16)",
            params![
                id,
                binding,
                req.principal,
                req.agent,
                req.server,
                req.tool,
                req.args_digest,
                preview,
                req.policy_version,
                req.rule,
                req.reason,
                approvers,
                req.allow_self,
                req.ttl_seconds,
                req.uses,
                now,
                until
            ],
        )?;
        events.push(record(&tx, &id, now, "requested", Some(&req.principal))?);
        let created = load(&tx, &id)?;
        tx.commit()?;
        let link = url(&id);
        Ok(Ok(CheckOutcome {
            answer: CheckAnswer::Pending {
                message: pending_message(req, &link),
                approval_id: id,
                url: link,
                expires_at: until,
            },
            events,
            created,
        }))
    }

    /// One request by id (expiring it first if due).
    pub fn get(
        &mut self,
        id: &str,
        now: i64,
    ) -> Result<(Option<Approval>, Vec<Event>), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let events = expire_row(&tx, id, now)?;
        let row = load(&tx, id)?;
        tx.commit()?;
        Ok((row, events))
    }

    /// One request by id, as stored (no expiry applied).
    pub fn peek(&self, id: &str) -> Result<Option<Approval>, StoreError> {
        load(&self.conn, id)
    }

    /// The recorded state changes of one request, oldest first.
    pub fn events(&self, id: &str) -> Result<Vec<Event>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT approval_id, time, event, by FROM events WHERE approval_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            Ok(Event {
                approval_id: r.get(0)?,
                time: r.get(1)?,
                event: r.get(2)?,
                by: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Requests in `state`, newest first, at most `limit`.
    pub fn list(&self, state: State, limit: i64) -> Result<Vec<Approval>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM approvals WHERE state = ?1 ORDER BY created_at DESC, id LIMIT ?2"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![state.as_str(), limit], raw_row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(parse_row))
            .collect()
    }

    /// Requests decided (or expired) most recently, at most `limit`.
    pub fn recent(&self, limit: i64) -> Result<Vec<Approval>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM approvals WHERE state != 'pending' ORDER BY updated_at DESC, id LIMIT ?1"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![limit], raw_row)?;
        rows.map(|r| r.map_err(StoreError::from).and_then(parse_row))
            .collect()
    }

    /// A person approves, denies or revokes request `id`. The person's
    /// rights are checked here, against the stored request, whatever the
    /// page showed.
    pub fn decide(
        &mut self,
        id: &str,
        decision: Decision,
        who: &Approver,
        now: i64,
    ) -> Result<Result<(Approval, Vec<Event>), DecideError>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut events = expire_row(&tx, id, now)?;
        let Some(row) = load(&tx, id)? else {
            tx.commit()?;
            return Ok(Err(DecideError::NotFound));
        };
        let r = rights(who, &row.principal, &row.approvers, row.allow_self);
        if !r.view {
            tx.commit()?;
            return Ok(Err(DecideError::NotFound));
        }
        let allowed = match decision {
            Decision::Approve => r.approve,
            Decision::Deny | Decision::Revoke => r.deny,
        };
        if !allowed {
            tx.commit()?;
            return Ok(Err(DecideError::Forbidden));
        }
        let (from, to, event) = match decision {
            Decision::Approve => (State::Pending, State::Approved, "approved"),
            Decision::Deny => (State::Pending, State::Denied, "denied"),
            Decision::Revoke => (State::Approved, State::Revoked, "revoked"),
        };
        if row.state != from {
            tx.commit()?;
            return Ok(Err(DecideError::Conflict(row.state)));
        }
        let expires_at = match decision {
            // A revocation holds as long as the approval would have.
            Decision::Revoke => row.expires_at.unwrap_or(now),
            _ => now.saturating_add(row.ttl_seconds),
        };
        tx.execute(
            "UPDATE approvals SET state = ?2, decided_at = ?3, decided_by = ?4, expires_at = ?5, \
             updated_at = ?3 WHERE id = ?1",
            params![id, to.as_str(), now, who.subject, expires_at],
        )?;
        events.push(record(&tx, id, now, event, Some(&who.subject))?);
        let updated = load(&tx, id)?.ok_or(StoreError::Corrupt(format!("{id} vanished")))?;
        tx.commit()?;
        Ok(Ok((updated, events)))
    }

    /// Expires what is due and deletes rows past retention. Returns the
    /// `expired` events and the number of rows deleted.
    pub fn sweep(&mut self, now: i64) -> Result<(Vec<Event>, usize), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let ids: Vec<String> = {
            let mut stmt = tx.prepare(
                "UPDATE approvals SET state = 'expired', updated_at = ?1 \
                 WHERE (state = 'pending' AND pending_until <= ?1) \
                    OR (state = 'approved' AND expires_at <= ?1) RETURNING id",
            )?;
            let rows = stmt.query_map(params![now], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        let mut events = Vec::with_capacity(ids.len());
        for id in ids {
            events.push(record(&tx, &id, now, "expired", None)?);
        }
        let cutoff = now.saturating_sub(self.limits.retention_seconds);
        tx.execute(
            "DELETE FROM events WHERE approval_id IN \
             (SELECT id FROM approvals WHERE state != 'pending' AND updated_at < ?1 \
              AND NOT (state = 'approved' AND expires_at > ?2))",
            params![cutoff, now],
        )?;
        let deleted = tx.execute(
            "DELETE FROM approvals WHERE state != 'pending' AND updated_at < ?1 \
             AND NOT (state = 'approved' AND expires_at > ?2)",
            params![cutoff, now],
        )?;
        tx.commit()?;
        Ok((events, deleted))
    }
}

fn pending_message(req: &CheckRequest, url: &str) -> String {
    let mut who: Vec<String> = Vec::new();
    if !req.approvers.groups.is_empty() {
        who.push(format!("group {}", req.approvers.groups.join(", ")));
    }
    if !req.approvers.subjects.is_empty() {
        who.push(req.approvers.subjects.join(", "));
    }
    if req.allow_self {
        who.push(format!("{} (self-confirmation)", req.principal));
    }
    format!(
        "Approval required: {} wants to call tool '{}' on server '{}' (rule '{}'). \
         A person ({}) must approve it at {url}, then retry the same call.",
        req.principal,
        req.tool,
        req.server,
        req.rule,
        who.join(" or ")
    )
}

fn record(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    now: i64,
    event: &str,
    by: Option<&str>,
) -> Result<Event, StoreError> {
    tx.execute(
        "INSERT INTO events (approval_id, time, event, by) VALUES (?1, ?2, ?3, ?4)",
        params![id, now, event, by],
    )?;
    Ok(Event {
        approval_id: id.to_string(),
        time: now,
        event: event.to_string(),
        by: by.map(str::to_string),
    })
}

fn expire_where(
    tx: &rusqlite::Transaction<'_>,
    column: &str,
    value: &str,
    now: i64,
) -> Result<Vec<Event>, StoreError> {
    let sql = format!(
        "UPDATE approvals SET state = 'expired', updated_at = ?2 WHERE {column} = ?1 AND \
         ((state = 'pending' AND pending_until <= ?2) OR (state = 'approved' AND expires_at <= ?2)) \
         RETURNING id"
    );
    let ids: Vec<String> = {
        let mut stmt = tx.prepare(&sql)?;
        let rows = stmt.query_map(params![value, now], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut events = Vec::with_capacity(ids.len());
    for id in ids {
        events.push(record(tx, &id, now, "expired", None)?);
    }
    Ok(events)
}

fn expire_binding(
    tx: &rusqlite::Transaction<'_>,
    binding: &str,
    now: i64,
) -> Result<Vec<Event>, StoreError> {
    expire_where(tx, "binding", binding, now)
}

fn expire_row(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    now: i64,
) -> Result<Vec<Event>, StoreError> {
    expire_where(tx, "id", id, now)
}

type RawRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    bool,
    [i64; 5],
    (Option<i64>, Option<String>, Option<i64>),
);

fn raw_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
        r.get(11)?,
        r.get(12)?,
        [r.get(13)?, r.get(14)?, r.get(15)?, r.get(16)?, r.get(17)?],
        (r.get(18)?, r.get(19)?, r.get(20)?),
    ))
}

fn parse_row(raw: RawRow) -> Result<Approval, StoreError> {
    let (
        id,
        state,
        principal,
        agent,
        server,
        tool,
        args_digest,
        preview,
        policy_version,
        rule,
        reason,
        approvers,
        allow_self,
        [ttl_seconds, uses, uses_left, created_at, pending_until],
        (decided_at, decided_by, expires_at),
    ) = raw;
    let state = State::parse(&state).ok_or_else(|| StoreError::Corrupt(format!("{id}: state")))?;
    let args_preview = serde_json::from_str(&preview)
        .map_err(|_| StoreError::Corrupt(format!("{id}: args_preview")))?;
    let approvers = serde_json::from_str(&approvers)
        .map_err(|_| StoreError::Corrupt(format!("{id}: approvers")))?;
    Ok(Approval {
        id,
        state,
        principal,
        agent,
        server,
        tool,
        args_digest,
        args_preview,
        policy_version,
        rule,
        reason,
        approvers,
        allow_self,
        ttl_seconds,
        uses,
        uses_left,
        created_at,
        pending_until,
        decided_at,
        decided_by,
        expires_at,
    })
}

fn load(tx: &Connection, id: &str) -> Result<Option<Approval>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM approvals WHERE id = ?1");
    let raw = tx.query_row(&sql, params![id], raw_row).optional()?;
    raw.map(parse_row).transpose()
}
