//! One counter: its stored form and the arithmetic on it, as pure functions
//! of (state, limit, now). No store, no identity: the window math, the burst
//! (GCRA) math and the clock edge cases live here and are tested here.
//!
//! Time is integer milliseconds since the Unix epoch. The GCRA part keeps its
//! "theoretical arrival time" in *scaled* units of `1 / amount` ms, so the
//! emission interval `window_ms / amount` is exact (no fractions, no drift):
//! one unit advances the TAT by `window_ms` scaled units. All arithmetic is
//! u128 and saturating; nothing here can overflow or panic.

/// Stored format version (first byte of every value).
const VERSION: u8 = 1;
/// version(1) fingerprint(8) owner(8) flags(1) window(8) used(8) tat(16)
pub(super) const ENCODED_LEN: usize = 50;
const FLAG_SHARED: u8 = 1;

/// What one counter remembers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct State {
    /// Hash of the rule's counting parameters: a value written under other
    /// parameters (the operator changed the limit) reads as empty.
    pub fingerprint: u64,
    /// Hash of the counting key (identity) that owns this slot; 0 = none.
    pub owner: u64,
    /// Another key has charged into this slot while the owner's state was
    /// live (both hashed slots taken): the slot holds more than one key.
    pub shared: bool,
    /// Index of the fixed window (`now_ms / window_ms`) `used` belongs to.
    pub window: u64,
    /// Units spent in `window`.
    pub used: u64,
    /// GCRA theoretical arrival time, scaled (0 = never used; only with a burst).
    pub tat: u128,
}

impl State {
    pub fn encode(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(ENCODED_LEN);
        v.push(VERSION);
        v.extend_from_slice(&self.fingerprint.to_le_bytes());
        v.extend_from_slice(&self.owner.to_le_bytes());
        v.push(if self.shared { FLAG_SHARED } else { 0 });
        v.extend_from_slice(&self.window.to_le_bytes());
        v.extend_from_slice(&self.used.to_le_bytes());
        v.extend_from_slice(&self.tat.to_le_bytes());
        v
    }

    /// None for anything that is not a value we wrote (empty, truncated,
    /// another version): the caller treats the slot as free.
    pub fn decode(bytes: &[u8]) -> Option<State> {
        if bytes.len() != ENCODED_LEN || *bytes.first()? != VERSION {
            return None;
        }
        let mut at = 1usize;
        let mut take = |n: usize| -> Option<&[u8]> {
            let s = bytes.get(at..at.checked_add(n)?)?;
            at += n;
            Some(s)
        };
        let fingerprint = u64::from_le_bytes(take(8)?.try_into().ok()?);
        let owner = u64::from_le_bytes(take(8)?.try_into().ok()?);
        let flags = *take(1)?.first()?;
        let window = u64::from_le_bytes(take(8)?.try_into().ok()?);
        let used = u64::from_le_bytes(take(8)?.try_into().ok()?);
        let tat = u128::from_le_bytes(take(16)?.try_into().ok()?);
        Some(State {
            fingerprint,
            owner,
            shared: flags & FLAG_SHARED != 0,
            window,
            used,
            tat,
        })
    }
}

/// A limit: `amount` units per fixed window of `window_ms`, optionally
/// smoothed by a burst (GCRA with a tolerance of `burst` units).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Limit {
    pub amount: u64,
    pub window_ms: u64,
    pub burst: Option<u64>,
}

/// Outcome of trying to spend units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Take {
    /// Allowed: write this state back.
    Allow(State),
    /// Refused: nothing changes; the call could pass in `retry_ms`.
    Deny { retry_ms: u64 },
}

impl Limit {
    fn window_ms(&self) -> u64 {
        self.window_ms.max(1)
    }

    fn now_window(&self, now_ms: u64) -> u64 {
        now_ms / self.window_ms()
    }

    /// The window the state's `used` should be compared in, and the units
    /// spent in it.
    ///
    /// Clock edges: a state from an older window counts 0 (the window rolled
    /// over). A state one window *ahead* of the clock (the clock stepped back
    /// across a boundary, e.g. an NTP correction) keeps counting in that newer
    /// window: conservative, and the wait is at most two windows. A state
    /// further ahead means the clock jumped back by more than a window; we
    /// then count from zero in the clock's window rather than lock callers out
    /// until the clock catches up (possibly days).
    fn effective(&self, state: &State, now_ms: u64) -> (u64, u64) {
        let now_w = self.now_window(now_ms);
        if state.window == now_w || state.window == now_w.saturating_add(1) {
            (state.window, state.used)
        } else {
            (now_w, 0)
        }
    }

    /// ms from `now_ms` until window `w` ends.
    fn until_end_of(&self, w: u64, now_ms: u64) -> u64 {
        w.saturating_add(1)
            .saturating_mul(self.window_ms())
            .saturating_sub(now_ms)
            .max(1)
    }

    fn scaled_now(&self, now_ms: u64) -> u128 {
        u128::from(now_ms).saturating_mul(u128::from(self.amount.max(1)))
    }

    /// The GCRA arrival time to start from: never before now, and never
    /// further ahead than a full bucket's worth (a clock that jumped back
    /// would otherwise make callers wait for the clock, not for the bucket).
    fn gcra_base(&self, state: &State, burst: u64, now_ms: u64) -> u128 {
        let now_s = self.scaled_now(now_ms);
        let cap =
            now_s.saturating_add(u128::from(burst).saturating_mul(u128::from(self.window_ms())));
        state.tat.clamp(now_s, cap)
    }

    /// Tries to spend `units` now. Both conditions must hold: the fixed
    /// window has room (`used + units <= amount`) and, with a burst, the
    /// bucket has `units` tokens (GCRA: `tat' - now <= burst * T`).
    pub fn take(&self, state: &State, now_ms: u64, units: u64) -> Take {
        let (w, used) = self.effective(state, now_ms);
        let mut retry_ms = 0u64;
        let new_used = used.saturating_add(units);
        if new_used > self.amount {
            retry_ms = self.until_end_of(w, now_ms);
        }
        let mut tat = state.tat;
        if let Some(burst) = self.burst {
            let now_s = self.scaled_now(now_ms);
            let step = u128::from(units).saturating_mul(u128::from(self.window_ms()));
            let new_tat = self.gcra_base(state, burst, now_ms).saturating_add(step);
            let allowed_until = now_s
                .saturating_add(u128::from(burst).saturating_mul(u128::from(self.window_ms())));
            if new_tat > allowed_until {
                let wait_s = new_tat - allowed_until;
                let amount = u128::from(self.amount.max(1));
                // ceil(wait_s / amount), in ms; never more than one window.
                let wait_ms = wait_s.div_ceil(amount);
                let wait_ms = u64::try_from(wait_ms)
                    .unwrap_or(u64::MAX)
                    .min(self.window_ms());
                retry_ms = retry_ms.max(wait_ms.max(1));
            }
            tat = new_tat;
        }
        if retry_ms > 0 {
            return Take::Deny { retry_ms };
        }
        Take::Allow(State {
            window: w,
            used: new_used,
            tat,
            ..*state
        })
    }

    /// Whether the budget is already spent (`used >= amount` in the current
    /// window): byte budgets refuse the *next* call once results have used
    /// them up. Returns the wait until the window ends.
    pub fn spent(&self, state: &State, now_ms: u64) -> Option<u64> {
        let (w, used) = self.effective(state, now_ms);
        (used >= self.amount).then(|| self.until_end_of(w, now_ms))
    }

    /// Adds units that were already consumed (bytes of a delivered result):
    /// always recorded. Returns the new state and, if the budget is now
    /// spent, the wait until it resets.
    pub fn add(&self, state: &State, now_ms: u64, units: u64) -> (State, Option<u64>) {
        let (w, used) = self.effective(state, now_ms);
        let next = State {
            window: w,
            used: used.saturating_add(units),
            ..*state
        };
        let spent = self.spent(&next, now_ms);
        (next, spent)
    }

    /// Gives back units taken in window `w` (a later rule refused the same
    /// call): the window count and the GCRA time both step back.
    pub fn refund(&self, state: &State, w: u64, units: u64) -> State {
        let mut next = *state;
        if next.window == w {
            next.used = next.used.saturating_sub(units);
        }
        if self.burst.is_some() {
            let step = u128::from(units).saturating_mul(u128::from(self.window_ms()));
            next.tat = next.tat.saturating_sub(step);
        }
        next
    }

    /// Nothing in the state still matters at `now_ms`: its window is over (or
    /// empty) and its bucket is full again. Such a slot may be taken over by
    /// another key without losing anything.
    pub fn is_idle(&self, state: &State, now_ms: u64) -> bool {
        // An older window reads as 0 used (see `effective`).
        let (_, used) = self.effective(state, now_ms);
        let window_idle = used == 0;
        let bucket_idle = self.burst.is_none() || state.tat <= self.scaled_now(now_ms);
        window_idle && bucket_idle
    }
}
