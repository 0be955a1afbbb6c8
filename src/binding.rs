//! Ids the filter hands out instead of the server's own: MCP session ids,
//! legacy `session_id`s and task ids, sealed with an HMAC over who opened
//! them and on which registry server.
//!
//! Why: the MCP security best practices bind sessions to their user. A
//! record in shared data can be evicted (and then fails open or closed by
//! accident) and lives in one proxy only. A sealed id needs no memory: any
//! replica holding the key verifies it, nothing can be evicted, and an id
//! presented by anyone but its owner — or changed in one character — does
//! not verify. The server only ever sees its own ids.
//!
//! Format: `mw1.<key id>.<base64url(issued-at, 5 bytes BE seconds ++ server id)>.<base64url(tag, 16 bytes)>`,
//! tag = HMAC-SHA256(key, "mcp-warden/1" ‖ kind ‖ server ‖ principal ‖ payload).
//! Visible ASCII only, as `Mcp-Session-Id` requires.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use hmac::{Hmac, Mac};
use sha2::Sha256;

const PREFIX: &str = "mw1.";
const TAG_LEN: usize = 16;
/// Longest upstream id we wrap (session ids are short tokens).
pub const MAX_UPSTREAM_ID: usize = 512;

/// What an id stands for: part of the MAC, so a task id can never be used
/// as a session id or the other way round.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Session,
    LegacySession,
    Task,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Session => "session",
            Kind::LegacySession => "legacy-session",
            Kind::Task => "task",
        }
    }
}

/// One key: the newest signs, older ones verify until `accept_until_ms`.
#[derive(Clone)]
pub struct Key {
    pub id: String,
    pub secret: Vec<u8>,
    /// None: the signing key (or a key accepted without end).
    pub accept_until_ms: Option<u64>,
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Key")
            .field("id", &self.id)
            .field("accept_until_ms", &self.accept_until_ms)
            .finish_non_exhaustive()
    }
}

/// Why an id was not opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenError {
    /// Not one of ours at all (no prefix / malformed).
    NotSealed,
    /// Sealed with a key this filter no longer (or never) accepts, or older
    /// than the maximum age: the client should start over.
    Expired,
    /// The tag does not verify: another caller's id, another server's, or
    /// an id that was changed.
    Forged,
}

#[derive(Clone)]
pub struct Sealer {
    keys: Vec<Key>,
    /// Each key's HMAC state after keying (same order as `keys`): cloned
    /// per id instead of re-keying (two SHA-256 blocks) on every request.
    keyed: Vec<Option<HmacSha256>>,
    max_age_ms: Option<u64>,
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sealer")
            .field("keys", &self.keys)
            .field("max_age_ms", &self.max_age_ms)
            .finish_non_exhaustive()
    }
}

type HmacSha256 = Hmac<Sha256>;

impl Sealer {
    /// `keys[0]` signs; all verify (within their `accept_until_ms`).
    pub fn new(keys: Vec<Key>, max_age_ms: Option<u64>) -> Sealer {
        // HMAC accepts a key of any length, so keying does not fail; a key it
        // refused anyway keeps `None` and fails as before (Forged, no seal).
        let keyed = keys
            .iter()
            .map(|k| HmacSha256::new_from_slice(&k.secret).ok())
            .collect();
        Sealer {
            keys,
            keyed,
            max_age_ms,
        }
    }

    fn mac(
        keyed: &HmacSha256,
        kind: Kind,
        server: &str,
        principal: &str,
        payload: &[u8],
    ) -> HmacSha256 {
        let mut mac = keyed.clone();
        for part in [
            b"mcp-warden/1".as_slice(),
            kind.label().as_bytes(),
            server.as_bytes(),
            principal.as_bytes(),
        ] {
            // Length-prefixed: no two field splits give the same input.
            mac.update(&(part.len() as u32).to_be_bytes());
            mac.update(part);
        }
        mac.update(payload);
        mac
    }

    /// The id to hand the client for `upstream` (None without a key, or
    /// for an id too long to wrap).
    pub fn seal(
        &self,
        kind: Kind,
        server: &str,
        principal: &str,
        upstream: &str,
        now_ms: u64,
    ) -> Option<String> {
        let key = self.keys.first()?;
        let keyed = self.keyed.first()?.as_ref()?;
        if upstream.len() > MAX_UPSTREAM_ID {
            return None;
        }
        // Task ids are sealed deterministically (a client compares the id in
        // an answer with the one it holds); sessions carry their age.
        let secs = match kind {
            Kind::Task => 0,
            _ => (now_ms / 1000).min(0xff_ffff_ffff),
        };
        let mut payload = Vec::with_capacity(5 + upstream.len());
        payload.extend_from_slice(secs.to_be_bytes().get(3..)?);
        payload.extend_from_slice(upstream.as_bytes());
        let full = Self::mac(keyed, kind, server, principal, &payload)
            .finalize()
            .into_bytes();
        let tag = full.get(..TAG_LEN)?;
        Some(format!(
            "{PREFIX}{}.{}.{}",
            key.id,
            B64.encode(&payload),
            B64.encode(tag)
        ))
    }

    /// The server's id inside `token`, if `principal` on `server` may use it.
    pub fn open(
        &self,
        kind: Kind,
        server: &str,
        principal: &str,
        token: &str,
        now_ms: u64,
    ) -> Result<String, OpenError> {
        let rest = token.strip_prefix(PREFIX).ok_or(OpenError::NotSealed)?;
        let mut parts = rest.split('.');
        let (Some(kid), Some(payload), Some(tag), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(OpenError::NotSealed);
        };
        let payload = B64.decode(payload).map_err(|_| OpenError::Forged)?;
        let tag = B64.decode(tag).map_err(|_| OpenError::Forged)?;
        let (key, keyed) = self
            .keys
            .iter()
            .zip(&self.keyed)
            .find(|(k, _)| k.id == kid)
            .ok_or(OpenError::Expired)?;
        let mac = keyed
            .as_ref()
            .map(|k| Self::mac(k, kind, server, principal, &payload))
            .ok_or(OpenError::Forged)?;
        // Constant-time comparison of the (truncated) tag.
        if tag.len() != TAG_LEN || mac.verify_truncated_left(&tag).is_err() {
            return Err(OpenError::Forged);
        }
        if key.accept_until_ms.is_some_and(|until| now_ms > until) {
            return Err(OpenError::Expired);
        }
        let (issued, upstream) = (payload.get(..5), payload.get(5..));
        let (Some(issued), Some(upstream)) = (issued, upstream) else {
            return Err(OpenError::Forged);
        };
        let mut secs = [0u8; 8];
        if let Some(dst) = secs.get_mut(3..) {
            dst.copy_from_slice(issued);
        }
        let issued_ms = u64::from_be_bytes(secs).saturating_mul(1000);
        if kind != Kind::Task
            && self
                .max_age_ms
                .is_some_and(|max| now_ms.saturating_sub(issued_ms) > max)
        {
            return Err(OpenError::Expired);
        }
        String::from_utf8(upstream.to_vec()).map_err(|_| OpenError::Forged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(id: &str, secret: &str, until: Option<u64>) -> Key {
        Key {
            id: id.into(),
            secret: secret.as_bytes().to_vec(),
            accept_until_ms: until,
        }
    }

    const NOW: u64 = 1_800_000_000_000;

    fn sealer() -> Sealer {
        Sealer::new(
            vec![key("k2", "a-32-byte-secret-for-the-tests!!", None)],
            None,
        )
    }

    #[test]
    fn the_owner_opens_their_id_and_nobody_else_does() {
        let s = sealer();
        let id = s
            .seal(Kind::Session, "tickets", "alice", "abc123", NOW)
            .unwrap();
        assert!(id.starts_with("mw1.k2."));
        assert!(id.bytes().all(|b| (0x21..0x7f).contains(&b)));
        assert_eq!(
            s.open(Kind::Session, "tickets", "alice", &id, NOW),
            Ok("abc123".into())
        );
        assert_eq!(
            s.open(Kind::Session, "tickets", "dave", &id, NOW),
            Err(OpenError::Forged)
        );
        assert_eq!(
            s.open(Kind::Session, "files", "alice", &id, NOW),
            Err(OpenError::Forged)
        );
        assert_eq!(
            s.open(Kind::Task, "tickets", "alice", &id, NOW),
            Err(OpenError::Forged)
        );
        assert_eq!(
            s.open(Kind::Session, "tickets", "alice", "abc123", NOW),
            Err(OpenError::NotSealed)
        );
    }

    #[test]
    fn a_changed_character_anywhere_breaks_the_id() {
        let s = sealer();
        let id = s.seal(Kind::Session, "t", "alice", "sess-1", NOW).unwrap();
        for i in 4..id.len() {
            let mut b = id.clone().into_bytes();
            b[i] = if b[i] == b'A' { b'B' } else { b'A' };
            let changed = String::from_utf8(b).unwrap();
            if changed == id {
                continue;
            }
            assert!(
                s.open(Kind::Session, "t", "alice", &changed, NOW).is_err(),
                "{changed}"
            );
        }
    }

    #[test]
    fn rotation_accepts_the_old_key_until_its_grace_ends() {
        let old = Sealer::new(
            vec![key("k1", "an-older-secret-of-32-bytes-long", None)],
            None,
        );
        let id = old.seal(Kind::Session, "t", "alice", "s", NOW).unwrap();
        let rotated = Sealer::new(
            vec![
                key("k2", "a-32-byte-secret-for-the-tests!!", None),
                key("k1", "an-older-secret-of-32-bytes-long", Some(NOW + 60_000)),
            ],
            None,
        );
        assert_eq!(
            rotated.open(Kind::Session, "t", "alice", &id, NOW),
            Ok("s".into())
        );
        assert_eq!(
            rotated.open(Kind::Session, "t", "alice", &id, NOW + 60_001),
            Err(OpenError::Expired)
        );
        // New ids come from the new key.
        assert!(rotated
            .seal(Kind::Session, "t", "alice", "s", NOW)
            .unwrap()
            .starts_with("mw1.k2."));
        // A key that was removed from the configuration: expired, not forged.
        assert_eq!(
            sealer().open(Kind::Session, "t", "alice", &id, NOW),
            Err(OpenError::Expired)
        );
    }

    #[test]
    fn ids_older_than_the_maximum_age_expire() {
        let s = Sealer::new(
            vec![key("k", "a-32-byte-secret-for-the-tests!!", None)],
            Some(3_600_000),
        );
        let id = s.seal(Kind::Session, "t", "a", "s", NOW).unwrap();
        assert!(s
            .open(Kind::Session, "t", "a", &id, NOW + 3_599_000)
            .is_ok());
        assert_eq!(
            s.open(Kind::Session, "t", "a", &id, NOW + 3_601_000),
            Err(OpenError::Expired)
        );
    }

    #[test]
    fn task_ids_seal_the_same_way_every_time() {
        let s = sealer();
        let a = s.seal(Kind::Task, "t", "alice", "T-1", NOW).unwrap();
        let b = s
            .seal(Kind::Task, "t", "alice", "T-1", NOW + 86_400_000)
            .unwrap();
        assert_eq!(a, b);
        assert_ne!(a, s.seal(Kind::Task, "t", "bob", "T-1", NOW).unwrap());
    }

    #[test]
    fn malformed_tokens_are_refused_without_panicking() {
        let s = sealer();
        for t in [
            "mw1.",
            "mw1.k2",
            "mw1.k2..",
            "mw1.k2.!!.!!",
            "mw1.k2.AA.AA.AA",
            "mw1.zz.AAAAAAAA.AAAA",
            "mw1.k2.AAAA.AAAAAAAAAAAAAAAAAAAAAA",
        ] {
            assert!(s.open(Kind::Session, "t", "a", t, NOW).is_err(), "{t}");
        }
        assert!(s
            .seal(Kind::Session, "t", "a", &"x".repeat(600), NOW)
            .is_none());
    }
}
