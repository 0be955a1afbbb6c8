//! A value that must never be printed: server credentials from the host
//! environment, exchanged tokens, the client's token on its way to the token
//! service, client secrets. `Debug` redacts; there is no `Display`; the only
//! way to the bytes is [`Secret::expose`], called where the value goes onto
//! the wire (a header or the exchange body), nowhere else.

use std::fmt;

#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value, for the header or body it is meant for. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s = Secret::new("s3cr3t-value");
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert_eq!(
            format!("{:?}", Some(vec![s.clone()])),
            "Some([Secret(<redacted>)])"
        );
        assert_eq!(s.expose(), "s3cr3t-value");
    }
}
