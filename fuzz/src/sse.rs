//! `sse`: the SSE reassembler ([`SseBuffer`]) and the event helpers the
//! stream rewrites events with.
//!
//! - never panics;
//! - fed in arbitrary chunks it yields exactly the events, and leaves
//!   exactly the tail, that feeding the whole stream at once does (unless
//!   the chunked feed stopped on the size bound first);
//! - nothing is lost or added: the events and the tail concatenate to the
//!   input;
//! - bounded memory: after a successful feed the held tail is at most the
//!   limit;
//! - an event's boundaries are those of an independent implementation of
//!   the WHATWG rules (lines end at CRLF, LF or CR; a blank line ends the
//!   event);
//! - one UTF-8 BOM at the start of the stream is dropped, nothing else;
//! - the filter reads an event's type and data as a client does (the
//!   last `event:` field names the type);
//! - `replace_data(event, d)` is one event whose data a client reads as
//!   exactly `d` (for `d` a compact JSON text), keeping the event type.

use mcp_warden::sse::{self, SseBuffer};

/// Held-event limits: byte 0 of the control (default: 1 MiB).
const LIMITS: &[usize] = &[1 << 20, 8, 64, 1024];

pub fn check(data: &[u8]) {
    let [ctrl, stream] = crate::sections(data, 2)[..] else {
        return;
    };
    let mut c = crate::Ctrl::new(ctrl);
    let max = LIMITS[c.pick(LIMITS.len())];
    let cuts = c.cuts(stream.len(), 16);

    let mut whole = SseBuffer::new();
    let whole_events = whole.feed(stream, max);
    let whole_tail = whole.finish();
    if let Ok(ev) = &whole_events {
        // One BOM at the very start is dropped (clients drop it too).
        let body = stream.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(stream);
        assert_eq!(
            [ev.concat(), whole_tail.clone()].concat(),
            body,
            "bytes lost or added"
        );
        let (want, tail) = reference_split(body);
        assert_eq!(ev, &want, "event boundaries differ from the reference");
        assert_eq!(whole_tail, tail, "tail differs from the reference");
        for e in ev {
            replaced(e);
        }
    }

    let mut split = SseBuffer::new();
    let mut got = Vec::new();
    let mut refused = false;
    for c in crate::chunks(stream, &cuts) {
        match split.feed(c, max) {
            Ok(ev) => {
                assert!(
                    split.pending_len() <= max,
                    "held {} > {max}",
                    split.pending_len()
                );
                got.extend(ev);
            }
            Err(_) => {
                refused = true;
                break;
            }
        }
    }
    if refused {
        return;
    }
    let tail = split.finish();
    match whole_events {
        Ok(ev) => {
            assert_eq!(got, ev, "chunking changed the events (cuts {cuts:?})");
            assert_eq!(
                tail, whole_tail,
                "chunking changed the tail (cuts {cuts:?})"
            );
        }
        Err(_) => panic!("whole feed refused, chunked feed (cuts {cuts:?}) did not"),
    }
}

/// Events per the WHATWG event-stream rules, each with its terminating
/// blank line; the unterminated rest. A CR at the very end may still be
/// the first half of a CRLF, so it stays in the rest.
fn reference_split(s: &[u8]) -> (Vec<Vec<u8>>, Vec<u8>) {
    let mut events = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut line_start = true;
    while i < s.len() {
        let term = match s[i] {
            b'\n' => 1,
            b'\r' if i + 1 == s.len() => break,
            b'\r' if s[i + 1] == b'\n' => 2,
            b'\r' => 1,
            _ => {
                line_start = false;
                i += 1;
                continue;
            }
        };
        i += term;
        if line_start {
            events.push(s[start..i].to_vec());
            start = i;
        }
        line_start = true;
    }
    (events, s[start..].to_vec())
}

/// One event-stream line as a client splits it into field and value (one
/// leading space dropped; a line without a colon is a field with an empty
/// value); None for a comment.
pub fn client_field(line: &str) -> Option<(&str, &str)> {
    match line.find(':') {
        Some(0) => None,
        Some(i) => {
            let value = line.get(i + 1..).unwrap_or("");
            Some((
                line.get(..i).unwrap_or(""),
                value.strip_prefix(' ').unwrap_or(value),
            ))
        }
        None => Some((line, "")),
    }
}

/// A client's reading of one event: lines split at CRLF, LF or CR, `data`
/// lines joined with LF (one leading space removed), the `event` type.
fn client_read(ev: &[u8]) -> (Option<String>, Option<String>) {
    let text = String::from_utf8_lossy(ev);
    let (mut data, mut kind): (Option<String>, Option<String>) = (None, None);
    for line in text.replace("\r\n", "\n").split(['\n', '\r']) {
        let Some((field, value)) = client_field(line) else {
            continue;
        };
        match field {
            "data" => match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => data = Some(value.to_string()),
            },
            "event" => kind = Some(value.to_string()),
            _ => {}
        }
    }
    (data, kind)
}

/// An event with a line ended by a CR alone (known finding F4: its
/// rewrite keeps the original data line).
pub fn has_lone_cr(ev: &[u8]) -> bool {
    let body = ev.strip_suffix(b"\r").unwrap_or(ev);
    body.iter()
        .enumerate()
        .any(|(i, b)| *b == b'\r' && body.get(i + 1) != Some(&b'\n'))
}

/// An event with more than one `event:` field (known finding F2: the
/// filter takes the first, clients the last; an empty type is `message`
/// to a client, not to the filter).
pub fn has_two_event_fields(ev: &[u8]) -> bool {
    let text = String::from_utf8_lossy(ev);
    text.split(['\n', '\r'])
        .filter(|l| l.starts_with("event:") || *l == "event")
        .count()
        > 1
}

fn replaced(ev: &[u8]) {
    if !sse::is_text(ev) {
        return;
    }
    let (data, kind) = client_read(ev);
    if crate::skip_known() && (has_lone_cr(ev) || has_two_event_fields(ev)) {
        return;
    }
    // What each treats the event as: the stream inspects an event the
    // filter names "message" or leaves unnamed; a client dispatches an
    // event whose last type is "message", empty or absent as "message".
    let ours = sse::event_name(ev).unwrap_or_else(|| "message".into());
    let theirs = kind
        .clone()
        .filter(|k| !k.is_empty())
        .unwrap_or_else(|| "message".into());
    if !(crate::skip_known() && kind.as_deref() == Some("")) {
        assert_eq!(
            ours,
            theirs,
            "the filter and a client see different event types in {:?}",
            String::from_utf8_lossy(ev)
        );
    }
    assert_eq!(
        sse::event_data(ev),
        data,
        "the filter and a client see different data in {:?}",
        String::from_utf8_lossy(ev)
    );
    let d = r#"{"jsonrpc":"2.0","id":1,"result":{"replaced":true}}"#;
    let out = sse::replace_data(ev, d);
    // A buffer already past the start of its stream (where it would drop a
    // BOM): the event is read as one in the middle of a stream.
    let mut b = SseBuffer::new();
    let _ = b.feed(b"\n", usize::MAX);
    let events = b.feed(&out, usize::MAX).unwrap_or_default();
    assert_eq!(
        events,
        vec![out.clone()],
        "replace_data did not give one event: {out:?}"
    );
    assert!(b.finish().is_empty());
    let (data, kind) = client_read(&out);
    assert_eq!(
        data.as_deref(),
        Some(d),
        "a client reads other data than the replacement: event {:?} became {:?}",
        String::from_utf8_lossy(ev),
        String::from_utf8_lossy(&out)
    );
    assert_eq!(sse::event_data(&out).as_deref(), Some(d));
    let (_, before) = client_read(ev);
    assert_eq!(
        kind,
        before,
        "the event type changed: {:?}",
        String::from_utf8_lossy(&out)
    );
}
