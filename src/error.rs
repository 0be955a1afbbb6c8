//! Configuration errors: a leaf every feature's config compiler uses.

use std::fmt;

/// A configuration error: where in the JSON, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
}

impl ConfigError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        ConfigError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() || self.path == "." {
            "(top level)"
        } else {
            &self.path
        };
        write!(
            f,
            "mcp-warden: invalid config at {}: {}",
            path, self.message
        )
    }
}

impl std::error::Error for ConfigError {}
