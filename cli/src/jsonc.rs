//! JSON with comments (policy.jsonc, VS Code's mcp.json): comments become
//! spaces, so line and column numbers in errors stay those of the file.

use std::io::Read;

pub fn strip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut reader = json_comments::StripComments::new(bytes);
    match reader.read_to_end(&mut out) {
        Ok(_) => out,
        // An unterminated comment: hand the text over as it is and let the
        // JSON parser name the position.
        Err(_) => bytes.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_strings_stay() {
        let text = br#"{"a": "http://x/*y*/", // note
 "b": 1 /* block */}"#;
        let v: serde_json::Value = serde_json::from_slice(&strip(text)).unwrap();
        assert_eq!(v, serde_json::json!({"a": "http://x/*y*/", "b": 1}));
    }
}
