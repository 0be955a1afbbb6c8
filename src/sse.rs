//! Incremental `text/event-stream` framing: bytes in, complete events out,
//! the partial tail held for the next chunk. Events are passed through
//! byte-for-byte unless a caller rewrites their `data`.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventTooLarge;

#[derive(Debug)]
pub struct SseBuffer {
    pending: Vec<u8>,
    /// Scan state, so each byte is looked at once however the stream is cut.
    scan: Scan,
    /// Whether the start of the stream (where a BOM may sit) was seen.
    started: bool,
}

/// A client drops one UTF-8 BOM at the start of an event stream (WHATWG);
/// read with it, the first line would be no field at all and its event
/// would pass unread. The buffer drops it too, so the filter and the client
/// read the same bytes.
const BOM: &[u8] = b"\xEF\xBB\xBF";

#[derive(Debug, Clone, Copy)]
struct Scan {
    pos: usize,
    at_line_start: bool,
}

const FRESH: Scan = Scan {
    pos: 0,
    at_line_start: true,
};

impl Default for SseBuffer {
    fn default() -> Self {
        SseBuffer {
            pending: Vec::new(),
            scan: FRESH,
            started: false,
        }
    }
}

impl SseBuffer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends a chunk and returns the complete events now available, each
    /// with its terminating blank line. Fails when one event grows past
    /// `max_event` bytes without ending.
    pub fn feed(&mut self, chunk: &[u8], max_event: usize) -> Result<Vec<Vec<u8>>, EventTooLarge> {
        self.pending.extend_from_slice(chunk);
        let mut events = Vec::new();
        if !self.started {
            if self.pending.len() < BOM.len() && BOM.starts_with(&self.pending) {
                return Ok(events); // maybe a BOM cut short: wait for more
            }
            if self.pending.starts_with(BOM) {
                self.pending.drain(..BOM.len());
            }
            self.started = true;
        }
        loop {
            match find_event_end(&self.pending, self.scan) {
                Ok(end) => {
                    let rest = self.pending.split_off(end);
                    events.push(std::mem::replace(&mut self.pending, rest));
                    self.scan = FRESH;
                }
                Err(resume) => {
                    self.scan = resume;
                    break;
                }
            }
        }
        if self.pending.len() > max_event {
            return Err(EventTooLarge);
        }
        Ok(events)
    }

    /// End of stream: whatever is left (an unterminated event), unchanged.
    pub fn finish(&mut self) -> Vec<u8> {
        self.scan = FRESH;
        std::mem::take(&mut self.pending)
    }

    pub fn pending_len(&self) -> usize {
        self.pending.len()
    }
}

/// Index just past the first blank line (`\n\n`, `\r\n\r\n`, `\r\r`, or
/// mixed), or the state to resume from. A trailing lone `\r` waits for the
/// next byte, since it may be the first half of `\r\n`.
fn find_event_end(buf: &[u8], mut s: Scan) -> Result<usize, Scan> {
    loop {
        let rest = buf.get(s.pos..).unwrap_or_default();
        // Jump to the next line terminator (memchr: word at a time) instead
        // of looking at every byte of a long data line.
        let Some(skip) = memchr::memchr2(b'\n', b'\r', rest) else {
            if !rest.is_empty() {
                s.at_line_start = false;
            }
            s.pos = buf.len();
            return Err(s);
        };
        if skip > 0 {
            s.at_line_start = false;
            s.pos += skip;
        }
        let line_end_len = match buf.get(s.pos) {
            Some(b'\r') => match buf.get(s.pos + 1) {
                Some(b'\n') => 2,
                Some(_) => 1,
                None => return Err(s),
            },
            _ => 1,
        };
        if s.at_line_start {
            return Ok(s.pos + line_end_len);
        }
        s.at_line_start = true;
        s.pos += line_end_len;
    }
}

/// The lines of an event split at every `\n` and every `\r`, exactly as
/// `str::split(['\n', '\r'])` would, but finding the terminators with
/// memchr (the char-set pattern decodes every character; events carry whole
/// list answers).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match memchr::memchr2(b'\n', b'\r', t.as_bytes()) {
            // Cut at ASCII bytes of valid UTF-8: both pieces are valid UTF-8.
            Some(at) => {
                rest = t.get(at + 1..);
                t.get(..at)
            }
            None => {
                rest = None;
                Some(t)
            }
        }
    })
}

/// The event's type and its data (see [`event_data`]) in one pass, read as
/// a client reads them (WHATWG): the last `event` field wins, and an empty
/// type is the default, `message` (returned as None).
pub fn event_parts(text: &str) -> (Option<String>, Option<String>) {
    let mut name: Option<&str> = None;
    let mut data: Option<String> = None;
    for line in lines(text) {
        if line == "event" {
            name = Some("");
        } else if let Some(v) = line.strip_prefix("event:") {
            name = Some(v.strip_prefix(' ').unwrap_or(v));
        } else {
            push_data(&mut data, line);
        }
    }
    let name = name.filter(|n| !n.is_empty()).map(str::to_string);
    (name, data)
}

fn push_data(data: &mut Option<String>, line: &str) {
    let value = if line == "data" {
        Some("")
    } else {
        line.strip_prefix("data:")
            .map(|v| v.strip_prefix(' ').unwrap_or(v))
    };
    if let Some(v) = value {
        match data {
            Some(d) => {
                d.push('\n');
                d.push_str(v);
            }
            None => *data = Some(v.to_string()),
        }
    }
}

/// The event's type as a client reads it; None is the default, `message`.
pub fn event_name(event: &[u8]) -> Option<String> {
    event_parts(std::str::from_utf8(event).ok()?).0
}

/// Whether the event's bytes are UTF-8 (an event that is not cannot be
/// inspected, and must not pass where inspection is required).
pub fn is_text(event: &[u8]) -> bool {
    std::str::from_utf8(event).is_ok()
}

/// The event's data: its `data:` lines joined with `\n` (one optional space
/// after the colon removed), or None when it has no data lines.
pub fn event_data(event: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(event).ok()?;
    let mut data: Option<String> = None;
    for line in lines(text) {
        push_data(&mut data, line);
    }
    data
}

/// The event with its data replaced by `new_data` (one line; compact JSON
/// has no newlines); `id:`, `event:`, `retry:` and comments are kept.
pub fn replace_data(event: &[u8], new_data: &str) -> Vec<u8> {
    // Events reaching here were checked to be UTF-8: no lossy pass.
    let text = match std::str::from_utf8(event) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => String::from_utf8_lossy(event),
    };
    let mut out = String::with_capacity(new_data.len() + 64);
    let mut wrote = false;
    // Lines end at `\n`, `\r\n` or a lone `\r`, as a client reads them: a
    // data line after a lone CR is a data line and must not be kept.
    for bare in lines(&text) {
        if bare.is_empty() {
            continue;
        }
        if bare == "data" || bare.starts_with("data:") {
            if !wrote {
                out.push_str("data: ");
                for (n, part) in new_data.split('\n').enumerate() {
                    if n > 0 {
                        out.push_str("\ndata: ");
                    }
                    out.push_str(part);
                }
                out.push('\n');
                wrote = true;
            }
            continue;
        }
        out.push_str(bare);
        out.push('\n');
    }
    if !wrote {
        out.push_str("data: ");
        out.push_str(new_data);
        out.push('\n');
    }
    out.push('\n');
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_like_the_char_set_pattern() {
        for t in [
            "",
            "\n",
            "\r\n\r\n",
            "event: message\r\ndata: é\u{2028}x\rdata:\n\n",
            "data: {\"a\":\"ü\"}",
            "\r\rdata\r",
        ] {
            let want: Vec<&str> = t.split(['\n', '\r']).collect();
            assert_eq!(lines(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn events_are_split_on_blank_lines_of_any_style() {
        let mut b = SseBuffer::new();
        let ev = b
            .feed(
                b"event: message\ndata: 1\n\ndata: 2\r\n\r\ndata: 3\r\rdata: partial",
                1024,
            )
            .unwrap();
        assert_eq!(
            ev,
            vec![
                b"event: message\ndata: 1\n\n".to_vec(),
                b"data: 2\r\n\r\n".to_vec(),
                b"data: 3\r\r".to_vec()
            ]
        );
        assert_eq!(b.finish(), b"data: partial".to_vec());
    }

    #[test]
    fn an_event_split_at_every_byte_comes_out_whole() {
        let stream = b"id: 7\nevent: message\ndata: {\"a\":1}\r\n\r\ndata: x\n\n";
        for cut in 0..stream.len() {
            let mut b = SseBuffer::new();
            let mut got = b.feed(&stream[..cut], 1024).unwrap();
            got.extend(b.feed(&stream[cut..], 1024).unwrap());
            assert_eq!(got.concat(), stream.to_vec(), "cut at {cut}");
            assert_eq!(got.len(), 2, "cut at {cut}");
            assert!(b.finish().is_empty());
        }
    }

    #[test]
    fn byte_by_byte_feeding_finds_every_event() {
        let stream = b"data: a\r\n\r\ndata: b\n\ndata: c\r\r";
        let mut b = SseBuffer::new();
        let mut got = Vec::new();
        for byte in stream {
            got.extend(b.feed(std::slice::from_ref(byte), 1024).unwrap());
        }
        // The last "\r\r" ends an event only once the next byte (or the end) shows no "\n" follows.
        got.push(b.finish());
        assert_eq!(got.concat(), stream.to_vec());
        assert!(got.len() >= 3);
    }

    #[test]
    fn an_oversized_event_is_refused() {
        let mut b = SseBuffer::new();
        assert_eq!(b.feed(&[b'x'; 100], 50), Err(EventTooLarge));
    }

    #[test]
    fn data_lines_are_joined_and_replaced() {
        assert_eq!(
            event_data(b"event: message\ndata: {\"a\":\ndata:1}\n\n").as_deref(),
            Some("{\"a\":\n1}")
        );
        assert_eq!(event_data(b": comment\n\n"), None);
        let out = replace_data(
            b"id: 3\r\nevent: message\r\ndata: old\r\n\r\n",
            "{\"new\":true}",
        );
        assert_eq!(
            out,
            b"id: 3\nevent: message\ndata: {\"new\":true}\n\n".to_vec()
        );
        assert_eq!(event_data(&out).as_deref(), Some("{\"new\":true}"));
    }

    #[test]
    fn event_parts_agree_with_name_and_data() {
        for ev in [
            "event: message\ndata: {\"a\":\ndata:1}\n\n",
            "data: x\r\nevent:ping\r\nevent: second\r\ndata\r\n\r\n",
            ": comment\n\n",
            "id: 1\revent: message\rdata: é\u{2028}\r\r",
            "data: only",
        ] {
            let (name, data) = event_parts(ev);
            assert_eq!(name, event_name(ev.as_bytes()), "{ev:?}");
            assert_eq!(data, event_data(ev.as_bytes()), "{ev:?}");
        }
    }

    /// Fuzz finding F2 (fuzz/artifacts-found/sse/f2-*): clients (WHATWG)
    /// take the last `event:` field as the type, and an empty type as
    /// `message`; the stream inspects only what it reads as `message`.
    #[test]
    fn fuzz_finding_f2_the_event_type_is_read_as_a_client_reads_it() {
        assert_eq!(
            event_name(b"event: x\nevent: message\ndata: {}\n\n").as_deref(),
            Some("message")
        );
        let empty = event_name(b"event:\ndata: {}\n\n");
        assert!(
            empty.as_deref().is_none_or(|n| n == "message"),
            "an empty event type is read as {empty:?}"
        );
    }

    /// Fuzz finding F4 (fuzz/artifacts-found/sse/f4-*): a line ended by a
    /// CR alone is a line; replacing the data must not keep the old line.
    #[test]
    fn fuzz_finding_f4_replace_data_drops_data_lines_ended_by_a_lone_cr() {
        let out = replace_data(b"event: message\rdata: {\"secret\":1}\n\n", "{\"new\":1}");
        assert_eq!(event_data(&out).as_deref(), Some("{\"new\":1}"));
        assert!(
            !String::from_utf8_lossy(&out).contains("secret"),
            "{:?}",
            String::from_utf8_lossy(&out)
        );
    }
}
