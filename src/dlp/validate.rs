//! Validators: the checks that run after a pattern matched and cut false
//! positives (a 16-digit order number that fails Luhn is not a card).
//!
//! Every function here is total: it takes the haystack and byte offsets,
//! reads through `get`, and answers `None`/`false` on anything odd.

use base64::Engine as _;
use std::ops::Range;

/// Luhn over ASCII digits (anything else is skipped by the caller).
pub(crate) fn luhn(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return false;
    }
    let mut sum = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d.wrapping_sub(b'0'));
        if v > 9 {
            return false;
        }
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// The digits of `s`, in order.
pub(crate) fn digits_of(s: &str) -> Vec<u8> {
    s.bytes().filter(u8::is_ascii_digit).collect()
}

/// Issuer prefixes and lengths of the card schemes in circulation (Visa,
/// Mastercard incl. 2-series, Amex, Diners, Discover, JCB, UnionPay, Maestro).
fn card_iin_ok(d: &[u8]) -> bool {
    let n = d.len();
    let prefix = |k: usize| -> u32 {
        d.iter()
            .take(k)
            .fold(0u32, |acc, b| acc * 10 + u32::from(b.wrapping_sub(b'0')))
    };
    match d.first() {
        Some(b'4') => matches!(n, 13 | 16 | 19),
        Some(b'5') => {
            let p2 = prefix(2);
            if (51..=55).contains(&p2) {
                n == 16
            } else {
                // Maestro (50, 56-58). Not 15 digits from 50: that is an
                // Australian or Malaysian IMSI (MCC 505, 502) in a carrier's
                // records, and a 15-digit Maestro card is rare.
                matches!(p2, 50 | 56..=58) && (12..=19).contains(&n) && !(p2 == 50 && n == 15)
            }
        }
        // Mastercard 2-series; Mir (2200-2204, 16 to 19 digits)
        Some(b'2') => {
            (2221..=2720).contains(&prefix(4)) && n == 16
                || (2200..=2204).contains(&prefix(4)) && (16..=19).contains(&n)
        }
        Some(b'3') => {
            let p2 = prefix(2);
            let p3 = prefix(3);
            let p4 = prefix(4);
            (matches!(p2, 34 | 37) && n == 15)
                || ((300..=305).contains(&p3) || matches!(p2, 36 | 38 | 39))
                    && (14..=19).contains(&n)
                || (3528..=3589).contains(&p4) && (16..=19).contains(&n)
        }
        Some(b'6') => (16..=19).contains(&n),
        _ => false,
    }
}

/// Whether the digit groups of a separated card number follow a printed
/// layout: 4-4-4-4(-3), 4-4-4-1..4, Amex 4-6-5, Diners 4-6-4.
fn card_layout_ok(groups: &[usize]) -> bool {
    match groups {
        [] => false,
        [_] => true,
        [4, 6, 5] | [4, 6, 4] => true,
        [.., last] => {
            let body = groups.len().saturating_sub(1);
            groups.iter().take(body).all(|g| *g == 4) && (1..=4).contains(last)
        }
    }
}

/// Payment cards inside `hay[window]`: runs of digit groups joined by single
/// spaces or dashes, then the longest contiguous group sequence that has a
/// card layout, a real issuer prefix and a valid Luhn check digit.
pub(crate) fn find_cards(hay: &str, window: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = hay.as_bytes();
    let end = window.end.min(bytes.len());
    let mut i = window.start;
    while i < end {
        if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
            continue;
        }
        // One run: groups of digits separated by exactly one ' ' or '-',
        // or '+' (a space in a URL-encoded form body or query string).
        let mut groups: Vec<(usize, usize, u8)> = Vec::new(); // (start, end, separator before)
        let mut sep = 0u8;
        let mut j = i;
        loop {
            let gs = j;
            while j < bytes.len() && bytes.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            groups.push((gs, j, sep));
            match (bytes.get(j), bytes.get(j + 1)) {
                (Some(&s @ (b' ' | b'-' | b'+')), Some(d))
                    if d.is_ascii_digit() && groups.len() < 24 =>
                {
                    sep = s;
                    j += 1;
                }
                _ => break,
            }
        }
        let run_end = j;
        let run_start = i;
        // A GDS form of payment glues the card code to the number
        // (`FP CCVI4…/1227`, `CCAX3…`): `CC` and two capitals after a
        // blank or `/` do not make the digits part of a word.
        let gds_fop = matches!(
            run_start.checked_sub(5).and_then(|s| bytes.get(s..run_start)),
            Some([b' ' | b'/', b'C', b'C', x, y]) if x.is_ascii_uppercase() && y.is_ascii_uppercase()
        );
        let glued_left = run_start > 0
            && !gds_fop
            && bytes
                .get(run_start - 1)
                .is_some_and(|b| b.is_ascii_alphanumeric());
        let glued_right = bytes
            .get(run_end)
            .is_some_and(|b| b.is_ascii_alphanumeric());
        // `DE33 5320 3010 7694 0372 72`: the print groups of an IBAN (a
        // country code glued to two check digits), whatever its checksum.
        let iban_print = run_start >= 2
            && groups.first().is_some_and(|g| g.1 - g.0 == 2)
            && groups.len() > 1
            && bytes
                .get(run_start - 2..run_start)
                .is_some_and(|cc| cc.iter().all(u8::is_ascii_uppercase))
            && !(run_start >= 3
                && bytes
                    .get(run_start - 3)
                    .is_some_and(u8::is_ascii_alphanumeric));
        if iban_print {
            i = run_end.max(i + 1);
            continue;
        }
        let mut a = 0;
        while a < groups.len() {
            let mut best: Option<usize> = None;
            let first_len = groups.get(a).map_or(0, |g| g.1 - g.0);
            for b in (a..groups.len()).rev() {
                // Printed layouts start with a group of four.
                if b > a && first_len != 4 {
                    continue;
                }
                let Some(slice) = groups.get(a..=b) else {
                    continue;
                };
                let n: usize = slice.iter().map(|g| g.1 - g.0).sum();
                if !(13..=19).contains(&n) {
                    continue;
                }
                if (a == 0 && glued_left) || (b + 1 == groups.len() && glued_right) {
                    continue;
                }
                let seps_same = slice
                    .iter()
                    .skip(1)
                    .all(|g| slice.get(1).is_some_and(|f| f.2 == g.2));
                let sizes: Vec<usize> = slice.iter().map(|g| g.1 - g.0).collect();
                if !seps_same || !card_layout_ok(&sizes) {
                    continue;
                }
                let (Some(first), Some(last)) = (slice.first(), slice.last()) else {
                    continue;
                };
                let Some(text) = hay.get(first.0..last.1) else {
                    continue;
                };
                let d = digits_of(text);
                if card_iin_ok(&d) && luhn(&d) && !published_test_card(&d) {
                    out.push(first.0..last.1);
                    best = Some(b);
                    break;
                }
            }
            a = best.map_or(a + 1, |b| b + 1);
        }
        i = run_end.max(i + 1);
    }
}

/// The assignment whose key contains a keyword ending at `kw_end`:
/// `key = value`, `key: value`, `"key": "value"`, `key := value`,
/// `key => value`. The key may continue after the keyword (`secret_key`)
/// and start before it (`DB_PASSWORD`); the value is a run of at least 8
/// value characters. Returns (key, value) spans; `==` comparisons are not
/// assignments. A quoted name that is a call's first argument takes the
/// second as its value (`os.getenv('DB_PASSWORD', 'value')`,
/// `setHeader("X-Api-Key", "value")`).
pub(crate) fn assignment_at(hay: &str, kw_end: usize) -> Option<(Range<usize>, Range<usize>)> {
    let b = hay.as_bytes();
    let is_key = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-');
    let is_val = |c: u8| c.is_ascii_alphanumeric() || b"_-+/=.~!@#$%^*?".contains(&c);
    let is_quote = |c: u8| c == b'"' || c == b'\'';
    // A blank, or a no-break space (U+00A0, two bytes): its width.
    let blank_at = |i: usize| match b.get(i) {
        Some(b' ' | b'\t') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    };
    let mut i = kw_end;
    while i - kw_end < 32 && b.get(i).is_some_and(|c| is_key(*c)) {
        i += 1;
    }
    let key_end = i;
    let quoted_key = b.get(i).copied().filter(|c| is_quote(*c));
    // JSON serialised into a string shown as text (`{\"password\": \"…\"}`
    // in a secret store's `SecretString`): the escaped quote closes the name.
    let escaped = |j: usize| b.get(j) == Some(&b'\\') && b.get(j + 1) == Some(&b'"');
    if quoted_key.is_none() && escaped(i) {
        i += 2;
    }
    if quoted_key.is_some() {
        i += 1;
        // A subscript: `os.environ["API_KEY"] = "…"`, `cfg['token'] = …`.
        if b.get(i) == Some(&b']') {
            i += 1;
        }
    }
    let mut blanks = 0;
    while blanks < 3 && blank_at(i) > 0 {
        i += blank_at(i);
        blanks += 1;
    }
    let mut k = kw_end.min(key_end);
    while k > 0 && key_end - k < 64 && b.get(k - 1).is_some_and(|c| is_key(*c)) {
        k -= 1;
    }
    if k > 0 && b.get(k - 1).is_some_and(|c| is_key(*c)) {
        return None; // an identifier longer than any credential name
    }
    // `arn:aws:secretsmanager:…:secret:rds!db-…`: a resource name inside an
    // ARN, not a key and its value.
    if k > 0 && b.get(k - 1) == Some(&b':') {
        let mut t = k - 1;
        while t > 0
            && k - t < 256
            && b.get(t - 1)
                .is_some_and(|c| c.is_ascii_graphic() && !is_quote(*c))
        {
            t -= 1;
        }
        // (the ARN may sit in backticks or be another key's value)
        if b.get(t..k)
            .is_some_and(|p| p.windows(4).any(|w| w.eq_ignore_ascii_case(b"arn:")))
        {
            return None;
        }
    }
    // `[vendor.mqtt.password]: [value]` (Android `getprop`): a key in
    // brackets, its value in brackets.
    let bracketed = quoted_key.is_none()
        && b.get(key_end) == Some(&b']')
        && k > 0
        && b.get(k - 1) == Some(&b'[');
    if bracketed {
        i = key_end + 1;
        while blank_at(i) > 0 {
            i += blank_at(i);
        }
    }
    // Where a value follows its name with no `=` or `:`: a plist's
    // `<key>Name</key> <string>value</string>`, a command's quoted
    // arguments (`HSET k "passwd" "value"`), Redis' numbered replies
    // (`9) "password"` then `10) "value"`).
    // An XML element named like a secret (`<Password>value</Password>`,
    // `<ApiKey id="1">value</ApiKey>` in SOAP, ACORD or MISMO documents):
    // its text, when the element closes right after it.
    // (a namespace prefix may come first: `<wsse:Password>`)
    let tag_open = |at: usize| at > 0 && b.get(at - 1) == Some(&b'<');
    let element = quoted_key.is_none()
        && (tag_open(k)
            || (k > 1 && b.get(k - 1) == Some(&b':') && {
                let mut p = k - 1;
                while k - p < 33 && p > 0 && b.get(p - 1).is_some_and(u8::is_ascii_alphanumeric) {
                    p -= 1;
                }
                p < k - 1 && tag_open(p)
            }));
    let element_text = if element {
        let mut j = key_end;
        if b.get(j).is_some_and(u8::is_ascii_whitespace) {
            while j - key_end < 256 && b.get(j).is_some_and(|c| !matches!(c, b'>' | b'<')) {
                j += 1;
            }
        }
        (b.get(j) == Some(&b'>') && b.get(j.saturating_sub(1)) != Some(&b'/')).then_some(j + 1)
    } else {
        None
    };
    let bare_value = if element_text.is_some() {
        element_text
    } else if b.get(key_end..key_end + 6) == Some(b"</key>".as_slice())
        && k >= 5
        && b.get(k - 5..k) == Some(b"<key>".as_slice())
    {
        let mut j = key_end + 6;
        while j - key_end < 40 && b.get(j).is_some_and(u8::is_ascii_whitespace) {
            j += 1;
        }
        (b.get(j..j + 8) == Some(b"<string>".as_slice())).then_some(j + 8)
    } else if let Some(q) = quoted_key.filter(|q| k > 0 && b.get(k - 1) == Some(q)) {
        let mut j = key_end + 1;
        if b.get(j) == Some(&b'\n') {
            j += 1;
            let digits = j;
            while j - digits < 6 && b.get(j).is_some_and(u8::is_ascii_digit) {
                j += 1;
            }
            if j == digits || b.get(j) != Some(&b')') {
                return None;
            }
            j += 1;
        }
        while blank_at(j) > 0 {
            j += blank_at(j);
        }
        (j > key_end + 1 && b.get(j) == Some(&q)).then_some(j)
    } else {
        None
    };
    // `--api-key VALUE`: a command-line flag takes its value after a space.
    let flag = b.get(k..k + 2) == Some(b"--".as_slice()) && key_end - k > 2;
    // `f('NAME', 'value')`: the name opens a call's arguments.
    let call_argument = quoted_key
        .is_some_and(|q| k >= 2 && b.get(k - 1) == Some(&q) && b.get(k - 2) == Some(&b'('));
    // `name<TAB>value` as a whole line or cells of one (a Netscape cookie
    // jar's last two fields, a two-column TSV export): one tab, no colon.
    let tab_cell = quoted_key.is_none()
        && i == key_end + 1
        && b.get(key_end) == Some(&b'\t')
        && (k == 0 || matches!(b.get(k - 1), Some(b'\t' | b'\n')));
    let after = match bare_value {
        Some(v) => v,
        None => match (b.get(i).copied()?, b.get(i + 1).copied()) {
            (b'=', Some(b'=')) => return None,
            (b',', _) if call_argument => {
                let mut j = i + 1;
                while blank_at(j) > 0 {
                    j += blank_at(j);
                }
                if !b.get(j).is_some_and(|c| is_quote(*c)) {
                    return None;
                }
                j
            }
            // `key -> value` (a debug line's arrow), `key := value`, `key => value`
            (b':', Some(b'=')) | (b'=' | b'-', Some(b'>')) => i + 2,
            (b':' | b'=', _) => i + 1,
            _ if flag && i == key_end + 1 && b.get(key_end) == Some(&b' ') => i,
            (c, _) if tab_cell && !matches!(c, b'\t' | b'\n' | b'\r') => i,
            _ => return None,
        },
    };
    let mut v = after;
    let mut blanks = 0;
    // Aligned columns (`kubectl describe`: `DB_PASSWORD:       value`).
    while blanks < 32 && blank_at(v) > 0 {
        v += blank_at(v);
        blanks += 1;
    }
    // `apn_pass=  odo=158679`: a `key=value` log line whose value is empty;
    // what follows the blanks is the next field, not the password. (Base64
    // padding ends a value, so `name=` then a value byte is a field.)
    if blanks > 0 && i == key_end && bare_value.is_none() && b.get(i) == Some(&b'=') {
        let rest = b.get(v..).unwrap_or(&[]);
        let name = rest
            .iter()
            .take(64)
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
            .count();
        if name > 0
            && rest.first().is_some_and(u8::is_ascii_alphabetic)
            && rest.get(name) == Some(&b'=')
            && rest.get(name + 1).is_some_and(|c| is_val(*c) && *c != b'=')
        {
            return None;
        }
    }
    // A string literal's opening quote of more than one byte: triple
    // quotes (Python, Kotlin, Scala), Rust's raw `r"…"`, `r#"…"#`, C#'s
    // verbatim `@"…"`.
    let rest = b.get(v..).unwrap_or(&[]);
    let opening = if [&b"\"\"\""[..], b"'''", b"r#\""]
        .iter()
        .any(|o| rest.starts_with(o))
    {
        3
    } else if rest.starts_with(b"r\"") || rest.starts_with(b"@\"") {
        2
    } else {
        0
    };
    // A quoted value, or one written as code (`Password: `value``,
    // `Password: <code>value</code>` in a ticket's or a wiki's HTML).
    if opening > 0 {
        v += opening;
    } else if escaped(v) {
        v += 2;
    } else if b.get(v).is_some_and(|c| is_quote(*c) || *c == b'`')
        || (bracketed && b.get(v) == Some(&b'['))
    {
        v += 1;
    } else if b.get(v) == Some(&b'<') {
        const TAGS: &[&[u8]] = &[
            b"<code>",
            b"<kbd>",
            b"<samp>",
            b"<tt>",
            b"<b>",
            b"<strong>",
            b"<em>",
            b"<mark>",
        ];
        if let Some(t) = TAGS.iter().find(|t| {
            b.get(v..v + t.len())
                .is_some_and(|x| x.eq_ignore_ascii_case(t))
        }) {
            v += t.len();
        }
    }
    let value_start = v;
    loop {
        if v - value_start > 1024 {
            break;
        }
        match b.get(v) {
            Some(c) if is_val(*c) => v += 1,
            // `&` belongs to a password, but starts the next parameter of
            // a query string (`token=…&page=2`).
            Some(b'&') => {
                let mut j = v + 1;
                while b
                    .get(j)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
                {
                    j += 1;
                }
                if j > v + 1 && b.get(j) == Some(&b'=') {
                    break;
                }
                v += 1;
            }
            _ => break,
        }
    }
    if element_text.is_some() && b.get(v..v + 2) != Some(b"</".as_slice()) {
        return None;
    }
    // `key: mongodb+srv://user:pass@host`: the value is a URL and this its
    // scheme; credentials in it are the URL detector's.
    if b.get(v..v + 3) == Some(b"://".as_slice()) {
        return None;
    }
    (key_end > k && v - value_start >= 8).then_some((k..key_end, value_start..v))
}

/// IBAN lengths per country (SWIFT registry).
fn iban_length(cc: &[u8]) -> Option<usize> {
    Some(match cc {
        b"AD" => 24,
        b"AE" => 23,
        b"AL" => 28,
        b"AT" => 20,
        b"AZ" => 28,
        b"BA" => 20,
        b"BE" => 16,
        b"BG" => 22,
        b"BH" => 22,
        b"BI" => 27,
        b"BR" => 29,
        b"BY" => 28,
        b"CH" => 21,
        b"CR" => 22,
        b"CY" => 28,
        b"CZ" => 24,
        b"DE" => 22,
        b"DJ" => 27,
        b"DK" => 18,
        b"DO" => 28,
        b"EE" => 20,
        b"EG" => 29,
        b"ES" => 24,
        b"FI" => 18,
        b"FK" => 18,
        b"FO" => 18,
        b"FR" => 27,
        b"GB" => 22,
        b"GE" => 22,
        b"GI" => 23,
        b"GL" => 18,
        b"GR" => 27,
        b"GT" => 28,
        b"HR" => 21,
        b"HU" => 28,
        b"IE" => 22,
        b"IL" => 23,
        b"IQ" => 23,
        b"IS" => 26,
        b"IT" => 27,
        b"JO" => 30,
        b"KW" => 30,
        b"KZ" => 20,
        b"LB" => 28,
        b"LC" => 32,
        b"LI" => 21,
        b"LT" => 20,
        b"LU" => 20,
        b"LV" => 21,
        b"LY" => 25,
        b"MC" => 27,
        b"MD" => 24,
        b"ME" => 22,
        b"MK" => 19,
        b"MN" => 20,
        b"MR" => 27,
        b"MT" => 31,
        b"MU" => 30,
        b"NI" => 28,
        b"NL" => 18,
        b"NO" => 15,
        b"OM" => 23,
        b"PK" => 24,
        b"PL" => 28,
        b"PS" => 29,
        b"PT" => 25,
        b"QA" => 29,
        b"RO" => 24,
        b"RS" => 22,
        b"RU" => 33,
        b"SA" => 24,
        b"SC" => 31,
        b"SD" => 18,
        b"SE" => 24,
        b"SI" => 19,
        b"SK" => 24,
        b"SM" => 27,
        b"SO" => 23,
        b"ST" => 25,
        b"SV" => 28,
        b"TL" => 23,
        b"TN" => 24,
        b"TR" => 26,
        b"UA" => 29,
        b"VA" => 22,
        b"VG" => 24,
        b"XK" => 20,
        b"YE" => 30,
        _ => return None,
    })
}

/// ISO 13616 check: move the first four characters to the end, letters to
/// numbers (A = 10), and the result mod 97 must be 1.
pub(crate) fn iban_mod97(chars: &[u8]) -> bool {
    if chars.len() < 5 {
        return false;
    }
    let mut rem = 0u32;
    for c in chars.iter().skip(4).chain(chars.iter().take(4)) {
        match c {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(c - b'0')) % 97,
            b'A'..=b'Z' => rem = (rem * 100 + u32::from(c - b'A') + 10) % 97,
            b'a'..=b'z' => rem = (rem * 100 + u32::from(c - b'a') + 10) % 97,
            _ => return false,
        }
    }
    rem == 1
}

/// IBAN refinement: the country fixes the length; the characters may be
/// grouped by four with single spaces or dashes; the check digits must hold.
/// Returns the exact span of the IBAN starting at `m.start`.
pub(crate) fn iban_span(hay: &str, m: Range<usize>) -> Option<Range<usize>> {
    let bytes = hay.as_bytes();
    let cc = bytes.get(m.start..m.start + 2)?;
    let len = iban_length(cc)?;
    let mut chars = Vec::with_capacity(len);
    let mut i = m.start;
    let mut sep: Option<u8> = None;
    while chars.len() < len {
        let b = *bytes.get(i)?;
        if b.is_ascii_uppercase() || b.is_ascii_digit() {
            chars.push(b);
            i += 1;
        } else if (b == b' ' || b == b'-') && !chars.is_empty() && chars.len() % 4 == 0 {
            // Separators only between groups of four, and always the same one.
            if sep.is_some_and(|s| s != b) {
                return None;
            }
            sep = Some(b);
            i += 1;
        } else {
            return None;
        }
    }
    if sep.is_some() && len > 4 {
        // Grouped: every full group of four must have been separated.
        let groups = (len - 1) / 4;
        let seps = (i - m.start) - len;
        if seps != groups {
            return None;
        }
    }
    if bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    if PUBLISHED_IBANS
        .iter()
        .any(|x| x.as_bytes() == chars.as_slice())
    {
        return None;
    }
    iban_mod97(&chars).then_some(m.start..i)
}

/// The IBANs that standards and banks print as the format's examples
/// (ECBS / Wikipedia's GB and DE examples, the SWIFT registry's), met in
/// documentation, not in payment data.
const PUBLISHED_IBANS: &[&str] = &[
    "GB29NWBK60161331926819",
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "CH9300762011623852957",
    // the SWIFT IBAN registry's example for each country
    "ES9121000418450200051332",
    "IT60X0542811101000000123456",
    "BE68539007547034",
    "AT611904300234573201",
    "PT50000201231234567890154",
    "IE29AIBK93115212345678",
    "DK5000400440116243",
    "FI2112345600000785",
    "SE4550000000058398257466",
    "NO9386011117947",
    "PL61109010140000071219812874",
    "LU280019400644750000",
    "GR1601101250000000012300695",
    "CZ6508000000192000145399",
    "HU42117730161111101800000000",
    "SK3112000000198742637541",
    "SI56263300012039086",
    "HR1210010051863000160",
    "RO49AAAA1B31007593840000",
    "BG80BNBG96611020345678",
    "LT121000011101001000",
    "LV80BANK0000435195001",
    "EE382200221020145685",
    "IS140159260076545510730339",
    "MT84MALT011000012345MTLCAST001S",
    "CY17002001280000001200527600",
    "LI21088100002324013AA",
    "MC5811222000010123456789030",
    "SM86U0322509800000000270100",
    "TR330006100519786457841326",
    "SA0380000000608010167519",
    "AE070331234567890123456",
    "IL620108000000099999999",
    "BR1800360305000010009795493C1",
    // Wikipedia's per-country IBAN examples
    "BE71096123456769",
    "FR7630006000011234567890189",
    "DE75512108001245126199",
    "ES7921000813610123456789",
    "NL02ABNA0123456789",
    "PT50002700000001234567833",
    "AT483200000012345864",
    "CH5604835012345678009",
    // Stripe's SEPA test-mode IBANs (a debit that settles): test fixtures,
    // checkout docs and demo data print them; they move no money
    "BE62510007547061",
    "ES0700120345030000067890",
    "NL39RABO0300065264",
    "IT40S0542811101000000123456",
];

/// Card numbers the payment processors publish for test mode (Stripe,
/// Adyen, Braintree, PayPal, Visa's and Mastercard's developer docs). They
/// move no money and fill test-mode logs, webhooks and documentation.
const PUBLISHED_TEST_CARDS: &[&str] = &[
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "5200828282828210",
    "5105105105105100",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
    "6011000990139424",
    "3056930009020004",
    "36227206271667",
    "3566002020360505",
    "6200000000000005",
    "4111111111111111",
    "4012888888881881",
    "4000000000000002",
    "4000000000009995",
    "4000002500003155",
    "4000000000000077",
    "4000000000003220",
    "5454545454545454",
    "4222222222222",
    "378734493671000",
    "6011000000000004",
    "3530111333300000",
    "3566111111111113",
    "30569309025904",
    "38520000023237",
    "5431111111111111",
    "4917610000000000",
    "4988080000000000",
    "4444333322221111",
    "2222400070000005",
    "5577000055770004",
    "4000000000000010",
    "4000000000000028",
    "4012000033330026",
    "4005550000000001",
    "5424000000000015",
    // Adyen's, Braintree's and Stripe's test cards and Visa's sample
    // numbers, as a payment-testing module lists them
    "36700102000000",
    "4001919257537193",
    "4005519200000004",
    "4007702835532454",
    "4009348888881881",
    "4012000077777777",
    "4111111145551142",
    "4166676667666746",
    "4217651111111119",
    "4263982640269299",
    "4646464646464644",
    "4911830000000",
    "4917484589897107",
    "4988438843884305",
    "5019717010103742",
    "5100290029002909",
    "5425233430109903",
    "5555341244441115",
    "6011601160116611",
    "6011981111111113",
    "6555900000604105",
    "6703444444444449",
    "6759649826438453",
    // Stripe's 3-D Secure test cards: authentication required, always
    // required, and required then declined for funds or by the issuer
    "4000002760003184",
    "4000003800000446",
    "4000008260003178",
    "4000008400001629",
];

/// A published test-mode card number (digits only). The processors'
/// scenario cards (`4000 0000 0000 0259` disputes, `…0341` declines) are
/// mostly zeros: eight zeros in a row is a test number (a real one has
/// them with odds of about one in ten million).
fn published_test_card(digits: &[u8]) -> bool {
    PUBLISHED_TEST_CARDS.iter().any(|c| c.as_bytes() == digits)
        || digits.windows(8).any(|w| w.iter().all(|d| *d == b'0'))
}

/// US SSN issuance rules: area not 000, 666 or 900-999; group not 00;
/// serial not 0000.
pub(crate) fn ssn_ok(s: &str) -> bool {
    let d = digits_of(s);
    if d.len() != 9 {
        return false;
    }
    let num = |r: Range<usize>| -> u32 {
        d.get(r)
            .unwrap_or(&[])
            .iter()
            .fold(0, |a, b| a * 10 + u32::from(b - b'0'))
    };
    let (area, group, serial) = (num(0..3), num(3..5), num(5..9));
    // Numbers printed in forms, ads and SSA's own pamphlets and voided:
    // `123-45-6789` (every form's example), the Woolworth wallet card
    // `078-05-1120`, the 1940 pamphlet's `219-09-9999`.
    const PUBLISHED: &[(u32, u32, u32)] = &[(123, 45, 6789), (78, 5, 1120), (219, 9, 9999)];
    area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !PUBLISHED.contains(&(area, group, serial))
}

/// Shannon entropy in bits per byte.
pub(crate) fn entropy(s: &[u8]) -> f64 {
    if s.is_empty() {
        return 0.0;
    }
    let mut counts = [0u32; 256];
    for b in s {
        if let Some(c) = counts.get_mut(usize::from(*b)) {
            *c += 1;
        }
    }
    let n = s.len() as f64;
    counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| {
            let p = f64::from(*c) / n;
            -p * p.log2()
        })
        .sum()
}

/// Values that document a secret rather than being one.
pub(crate) fn is_placeholder(v: &str) -> bool {
    const MARKERS: &[&str] = &[
        "xxxx",
        "***",
        "...",
        "\u{2026}",
        "\u{2022}",
        // the same masks percent-encoded (`sk-%E2%80%A6cVuj`, `%2A%2A%2A`)
        "%e2%80%a6",
        "%e2%80%a2",
        "%2a%2a",
        "[filtered]",
        "[masked]",
        "[hidden]",
        "[removed]",
        "____",
        "----",
        "<",
        ">",
        "${",
        "{{",
        "}}",
        "$(",
        "your_",
        "your-",
        "yourtoken",
        "yourkey",
        "yoursecret",
        "yourpassword",
        "example",
        "placeholder",
        "changeme",
        "change_me",
        "redacted",
        "dummy",
        "sample",
        "insert",
        "replace",
        "secret_here",
        "token_here",
        "key_here",
        "password_here",
        // `s3cr3t-goes-here`, `api_key_goes_here`
        "goes_here",
        "goes-here",
        "notreal",
        "not_a_real",
        "fake",
    ];
    const WORDS: &[&str] = &[
        "%s",
        "password",
        "pass",
        "passwd",
        "secret",
        "token",
        "null",
        "none",
        "undefined",
        "true",
        "false",
        "empty",
        "hidden",
        "masked",
        "admin",
        "root",
        "test",
        "string",
        // FreeRADIUS's default client secret, shipped in every clients.conf
        "testing123",
    ];
    static MARKER_AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let ac = MARKER_AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(MARKERS)
            .ok()
    });
    let marked = match ac {
        Some(ac) => ac.is_match(v),
        None => {
            let l = v.to_ascii_lowercase();
            MARKERS.iter().any(|m| l.contains(m))
        }
    };
    marked
        || WORDS.iter().any(|w| w.eq_ignore_ascii_case(v))
        || v.bytes().all(|b| Some(&b) == v.as_bytes().first())
        || test_words(v)
        || bracketed_word(v)
        || percent_named(v)
}

/// Python's named `%` interpolation (`%(STRIPE_API_KEY)s` in configparser
/// or a settings template): the name of a value filled in later.
fn percent_named(v: &str) -> bool {
    v.strip_prefix("%(")
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(name, conv)| {
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b))
                && conv.len() == 1
                && conv.bytes().all(|b| b.is_ascii_alphabetic())
        })
}

/// A word in brackets where a value was (`[concealed]`, `(not set)`,
/// `[secret value]`): the API showed that there is one, not what.
fn bracketed_word(v: &str) -> bool {
    let inner = v
        .strip_prefix('[')
        .and_then(|x| x.strip_suffix(']'))
        .or_else(|| v.strip_prefix('(').and_then(|x| x.strip_suffix(')')));
    inner.is_some_and(|w| {
        !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_alphabetic() || b" _-".contains(&b))
    })
}

/// A made-up value spelled in words and a small number: `test-token-123`,
/// `dev_secret_1`, `local-api-key` (fixtures, not credentials).
fn test_words(v: &str) -> bool {
    const MARK: &[&str] = &[
        "test", "testing", "dev", "local", "demo", "mock", "foo", "bar",
    ];
    const FILL: &[&str] = &[
        "token", "key", "secret", "password", "pass", "api", "apikey", "my", "user", "value",
        "auth", "session", "client", "access", "123", "1234", "12345",
    ];
    // (no allocation: this runs for every candidate secret)
    let parts = || v.split(['-', '_', '.']);
    v.len() <= 40
        && parts().nth(1).is_some()
        && parts().any(|p| MARK.iter().any(|m| m.eq_ignore_ascii_case(p)))
        && parts().all(|p| {
            MARK.iter().chain(FILL).any(|w| w.eq_ignore_ascii_case(p))
                || (!p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Values published in vendor documentation as examples, which scanners
/// of documentation and sample code meet all the time. (AWS's examples
/// all contain `EXAMPLE` and are caught by the marker check.)
const PUBLISHED_EXAMPLES: &[&str] = &[
    // Stripe's documented test keys
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
    "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    // the jwt.io sample token's signature (HS256, "John Doe")
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
];

/// A vendor-format secret that is a documentation example or placeholder:
/// marker words (`EXAMPLE`, `xxxx`, `your`, `not-a-real`…), a published
/// example value, a body with very few distinct characters
/// (`ghp_XXXXXXXX…`, `T00000000`) or a counting run (`1234567890`).
pub(crate) fn documented(v: &str) -> bool {
    const MARKERS: &[&str] = &[
        "example",
        "xxxx",
        "****",
        "....",
        "your",
        "placeholder",
        "redacted",
        "dummy",
        "sample",
        "fake",
        "notreal",
        "not-a-real",
        "not_a_real",
        "changeme",
        "replace",
        "insert",
        "0123456789",
        "1234567890",
        "abcdefghij",
        "<",
        ">",
        "${",
        "{{",
    ];
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let ac = AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(MARKERS)
            .ok()
    });
    if ac.as_ref().is_some_and(|ac| ac.is_match(v)) {
        return true;
    }
    if PUBLISHED_EXAMPLES.iter().any(|e| v.contains(e)) {
        return true;
    }
    // Few distinct characters in the longest alphanumeric stretch (the
    // random body): `XXXXXXXXXXXXXXXXXXXX`, `0000000000`.
    let body = v
        .split(|c: char| !c.is_ascii_alphanumeric())
        .max_by_key(|p| p.len())
        .unwrap_or("");
    if counting_runs(v) {
        return true;
    }
    if body.len() >= 12 {
        let mut seen = [false; 128];
        for b in body.bytes() {
            if let Some(x) = seen.get_mut(usize::from(b)) {
                *x = true;
            }
        }
        let distinct = seen.iter().filter(|x| **x).count();
        if distinct * 4 < body.len().min(40) {
            return true;
        }
    }
    false
}

/// A value made mostly of counting runs (`12345`, `67890`, `abcdefg`):
/// at least 12 letters and digits, half of them in ascending runs of four
/// or more (`9` runs on to `0`). Documentation writes keys this way
/// (`xoxp-12345-67890-…-abcdefg`); a random body almost never has a run.
fn counting_runs(v: &str) -> bool {
    let next = |a: u8, b: u8| {
        (a.is_ascii_digit() && (b == a + 1 || (a == b'9' && b == b'0')))
            || ((a.is_ascii_lowercase() || a.is_ascii_uppercase())
                && a != b'z'
                && a != b'Z'
                && b == a + 1)
    };
    let (mut alnum, mut in_runs, mut run, mut prev) = (0usize, 0usize, 0usize, None::<u8>);
    for b in v.bytes() {
        if !b.is_ascii_alphanumeric() {
            if run >= 4 {
                in_runs += run;
            }
            run = 0;
            prev = None;
            continue;
        }
        alnum += 1;
        match prev {
            Some(a) if next(a, b) => run += 1,
            _ => {
                if run >= 4 {
                    in_runs += run;
                }
                run = 1;
            }
        }
        prev = Some(b);
    }
    if run >= 4 {
        in_runs += run;
    }
    alnum >= 12 && in_runs * 2 >= alnum
}

/// Whether nine bare digits are named by something other than an SSN on
/// their own line: a label before them with a dot leader, a colon, `#`,
/// `=` or a table cell's `|` (`Member ID ....... 725607066`, `Policy no:
/// …`) and no SSN or tax word on the line; or they continue a number
/// wrapped at its hyphen (`343695-` at a line's end). A nearby SSN label
/// then names another value.
/// A CMS-1500 box 25 read by OCR: the header line says `SSN  EIN`, and
/// the number is followed by the two boxes with the second (EIN) ticked,
/// `[ ]  [X]`: the provider's employer id, not an SSN.
pub(crate) fn ein_box_ticked(hay: &str, end: usize) -> bool {
    let rest = hay.get(end..).unwrap_or("").trim_start_matches([' ', '\t']);
    let ein = rest.strip_prefix("[ ]").is_some_and(|r| {
        let r = r.trim_start_matches([' ', '\t']);
        r.starts_with("[X]") || r.starts_with("[x]")
    });
    if !ein {
        return false;
    }
    let before = hay.get(..end).unwrap_or("");
    let line = before.rfind('\n').unwrap_or(0);
    let prev = before.get(..line).unwrap_or("");
    let prev = prev
        .get(prev.rfind('\n').map_or(0, |i| i + 1)..)
        .unwrap_or("");
    prev.split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w == ["SSN", "EIN"])
}

pub(crate) fn ssn_named_otherwise(hay: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(80);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let before = hay.get(from..start).unwrap_or("");
    let b = before.trim_end_matches('\r').as_bytes();
    if matches!(b, [.., d, b'-', b'\n'] if d.is_ascii_digit()) {
        return true;
    }
    let line = before.rsplit('\n').next().unwrap_or(before);
    let label = line.trim_end_matches([' ', '\t', '\u{a0}']);
    let leader = label.ends_with("..") || label.ends_with('\u{2026}');
    const SSN_WORDS: &[&str] = &[
        "ssn", "ssns", "social", "security", "soc", "sec", "tin", "itin", "tax", "taxpayer", "ss",
    ];
    if !(leader || label.ends_with([':', '#', '=', '|'])) {
        // A printed form lays a box's label and its value out in columns
        // (`Account number (see instructions)  710037439`): the cell
        // before a gap of two blanks or a tab names the number, when it
        // names an account or another identifier.
        let gap = line.get(label.len()..).unwrap_or("");
        if !(gap.contains('\t') || gap.len() >= 2) {
            return false;
        }
        let cell = label
            .rsplit("  ")
            .next()
            .unwrap_or(label)
            .rsplit('\t')
            .next()
            .unwrap_or(label);
        let words: Vec<&str> = cell
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        const ID_WORDS: &[&str] = &[
            "account",
            "acct",
            "member",
            "policy",
            "invoice",
            "claim",
            "order",
            "reference",
            "routing",
            "control",
            "case",
            "loan",
            "customer",
            "employee",
        ];
        let has = |list: &[&str]| {
            words
                .iter()
                .any(|w| list.iter().any(|s| w.eq_ignore_ascii_case(s)))
        };
        return has(ID_WORDS) && !has(SSN_WORDS);
    }
    let mut words = label
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some() && !words.any(|w| SSN_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// Whether a value is shown cut off: an ellipsis glued to it (`…`,
/// `...`) or one in brackets after at most one blank (`[…]`, ` [...]`,
/// ` (…)`). Pages, search snippets and consoles print the first
/// characters of a key to name it (`ghp_x0Sm…`); the secret itself is not
/// there. An ellipsis after a blank (`… KEY=value …`) is where a search
/// snippet ends, not a cut in the value.
/// How long a whole key of `v`'s format is at least, for
/// [`cut_off_after`]: a shorter value before an ellipsis is a prefix that
/// names the key. Vendor keys whose length the format fixes (Anthropic
/// ~108, OpenAI project / service-account / admin keys 100+, fine-grained
/// GitHub tokens 93, Slack rotating tokens 100+); a JWT with its
/// signature is whole at any length, without it never; any other value
/// only when short (24 characters: pages name a key by its first ones).
pub(crate) fn whole_key_len(v: &str) -> usize {
    const WHOLE: &[(&str, usize)] = &[
        ("sk-ant-", 90),
        ("sk-proj-", 100),
        ("sk-svcacct-", 100),
        ("sk-admin-", 100),
        ("github_pat_", 93),
        ("xoxe", 100),
    ];
    if v.starts_with("eyJ") {
        return if v.matches('.').count() >= 2 {
            0
        } else {
            usize::MAX
        };
    }
    WHOLE
        .iter()
        .find(|(prefix, _)| v.starts_with(prefix))
        .map_or(25, |(_, n)| *n)
}

pub(crate) fn cut_off_after(hay: &str, end: usize) -> bool {
    let Some(rest) = hay.get(end..) else {
        return false;
    };
    let ellipsis = |r: &str| r.starts_with('\u{2026}') || r.starts_with("...");
    if ellipsis(rest) {
        return true;
    }
    let rest = rest
        .strip_prefix(' ')
        .or_else(|| rest.strip_prefix('\u{a0}'))
        .unwrap_or(rest);
    rest.strip_prefix('[')
        .or_else(|| rest.strip_prefix('('))
        .is_some_and(ellipsis)
}

/// A PEM private-key match that carries key material: after the BEGIN
/// line, a run of at least 16 base64 characters mixing upper case, lower
/// case and digits, or one of at least 40. A header named in prose
/// (`must begin with -----BEGIN RSA PRIVATE KEY----- and…`) has none.
pub(crate) fn pem_has_body(v: &str) -> bool {
    let Some(head_end) = v.get(11..).and_then(|r| r.find("-----")).map(|i| i + 16) else {
        return false;
    };
    let body = v.get(head_end..).unwrap_or("");
    let body = body.split("-----END").next().unwrap_or(body);
    body.split(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '='))
        .any(|run| {
            let c = classes(run);
            run.len() >= 40 || (run.len() >= 16 && c.upper && c.lower && c.digit)
        })
}

/// A chat webhook URL whose secret parts are not a documentation example
/// (`…/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`, `<token>`).
pub(crate) fn webhook_ok(v: &str) -> bool {
    let path = v.split_once("://").map_or(v, |(_, r)| r);
    let path = path.split_once('/').map_or("", |(_, p)| p);
    // The last long segment is the secret token.
    let token = path
        .split(['/', '?', '&', '=', '@'])
        .rfind(|s| s.len() >= 16)
        // Zapier's catch hooks: a numeric account and a short hook id
        // (`hooks/catch/6082426/l28frv4/`), secret together.
        .or_else(|| {
            path.strip_prefix("hooks/catch/")
                .map(|r| r.trim_end_matches('/'))
        })
        .unwrap_or("");
    !token.is_empty() && !documented(token) && !documented(path)
}

/// A label right after a negation (`not an SSN`, `isn't a`, `not`) says
/// what the value nearby is not. `at` is where the label starts.
pub(crate) fn negated_before(hay: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(16);
    while from < at && !hay.is_char_boundary(from) {
        from += 1;
    }
    let Some(before) = hay.get(from..at) else {
        return false;
    };
    if !before.ends_with(|c: char| c.is_ascii_whitespace()) {
        return false;
    }
    // Words without the punctuation around them: `(not an SSN`.
    let mut words = before
        .split_ascii_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '\''));
    let mut word = words.next().unwrap_or("");
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        word = words.next().unwrap_or("");
    }
    word.eq_ignore_ascii_case("not")
        || word.len() > 3
            && word
                .get(word.len() - 3..)
                .is_some_and(|t| t.eq_ignore_ascii_case("n't"))
}

/// `8-4-4-4-12` hex: an identifier, not a credential.
pub(crate) fn is_uuid(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Whether a key says its value is a credential issued as a UUID: a
/// client or API secret (`client_secret`, `api_secret`; OAuth apps at tax
/// authorities and banks issue them so) or an API token / key (`api_token`,
/// `apiKey`: Wise, Heroku). Session tokens, idempotency keys and request
/// ids are UUIDs that identify, and stay out.
pub(crate) fn uuid_credential_key(key: &str) -> bool {
    let words = key_words(key);
    let (words, last) = unversioned(&words);
    match last {
        Some("secret" | "clientsecret" | "apisecret") => true,
        Some("token" | "key") => matches!(words, [.., a, _] if a == "api"),
        Some("apikey" | "apitoken") => true,
        _ => false,
    }
}

/// A reference to a secret kept elsewhere: `$VAR`, `%VAR%`, `env:VAR`,
/// `process.env.X`, `os.environ[…]`, `op://…`, `vault:…`, `!vault`.
pub(crate) fn is_reference(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let var = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
    };
    v.strip_prefix('$')
        .is_some_and(|r| var(r.trim_start_matches('{').trim_end_matches('}')))
        || (v.len() > 2 && v.starts_with('%') && v.ends_with('%'))
        || [
            "env:", "env.", "secret:", "secrets.", "vault:", "op://", "!vault", "ssm:", "arn:",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        || [
            "process.env",
            "environ",
            "getenv",
            // Elixir's `System.get_env("X")`, `System.fetch_env!("X")`
            "get_env",
            "fetch_env",
            "secretkeyref",
            "valuefrom",
        ]
        .iter()
        .any(|p| lower.contains(p))
        || constant_path(v)
        || member_path(v)
        || vault_entry_path(v)
        || cloud_secret_name(&lower)
}

/// A cloud secret store's resource name (Google Secret Manager's
/// `projects/p/secrets/name/versions/latest`): where a secret is kept.
fn cloud_secret_name(lower: &str) -> bool {
    lower.starts_with("projects/") && lower.contains("/secrets/")
}

/// A password manager's entry path (`Ops/Jenkins`, `Team/Prod/Database`):
/// two or more capitalised words joined by `/`, no digits. Where the
/// secret is kept, not the secret.
fn vault_entry_path(v: &str) -> bool {
    let parts: Vec<&str> = v.split('/').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            p.len() >= 2
                && p.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
                && p.bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_')
        })
}

/// A dotted path ending in a constant's name: `settings.STRIPE_SECRET_KEY`,
/// `config.DB_PASSWORD` (code that reads the secret, not the secret).
fn constant_path(v: &str) -> bool {
    let Some((head, last)) = v.rsplit_once('.') else {
        return false;
    };
    let ident = |s: &str| {
        s.bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    };
    head.split('.').all(ident)
        && ident(last)
        && last.contains('_')
        && last.bytes().any(|b| b.is_ascii_uppercase())
        && !last.bytes().any(|b| b.is_ascii_lowercase())
}

/// Code that reads a secret from an object, not the secret
/// (`Rails.application.credentials.secret_key_base`, `settings.db.password`):
/// three or more dotted words of letters and underscores, each lower case
/// after an optional capital.
fn member_path(v: &str) -> bool {
    let word = |s: &str| {
        let mut b = s.bytes();
        b.next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
            && b.all(|c| c.is_ascii_lowercase() || c == b'_')
    };
    v.split('.').count() >= 3 && v.split('.').all(word)
}

/// Character classes of a candidate secret.
pub(crate) struct Classes {
    pub lower: bool,
    pub upper: bool,
    pub digit: bool,
    /// Anything outside `[A-Za-z0-9_.-]` (identifier punctuation does not count).
    pub symbol: bool,
}

pub(crate) fn classes(s: &str) -> Classes {
    let mut c = Classes {
        lower: false,
        upper: false,
        digit: false,
        symbol: false,
    };
    for b in s.bytes() {
        match b {
            b'a'..=b'z' => c.lower = true,
            b'A'..=b'Z' => c.upper = true,
            b'0'..=b'9' => c.digit = true,
            b'_' | b'.' | b'-' => {}
            _ => c.symbol = true,
        }
    }
    c
}

/// The words of an identifier: `nextPageToken` → next, page, token;
/// `AWS_SECRET_ACCESS_KEY` → aws, secret, access, key.
pub(crate) fn key_words(key: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for ch in key.chars() {
        if !ch.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if ch.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = ch.is_ascii_lowercase() || ch.is_ascii_digit();
        cur.push(ch.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Whether a JSON member name names an identifier rather than a card:
/// its last word is `id` (`checkout_id`, `variantId`) or it names a
/// product, shipment or document number (`barcode`, `ean`, `tracking`…).
pub(crate) fn identifier_key(key: &str) -> bool {
    let words = key_words(key);
    const NAMES: &[&str] = &[
        "barcode",
        "ean",
        "upc",
        "gtin",
        "isbn",
        "sku",
        "tracking",
        "order",
        "invoice",
        "shipment",
        "parcel",
        "confirmation",
        "checkout",
        "transaction",
        "receipt",
        "ticket",
    ];
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "card" | "pan" | "cc" | "cardnumber"))
    {
        return false;
    }
    words.last().is_some_and(|w| w == "id" || w == "ids")
        || words.iter().any(|w| NAMES.contains(&w.as_str()))
}

/// The word for password in languages where it does not contain `pass`
/// (`Kennwort`, `senha`, `contraseña` and `hasło` folded): a key or a
/// column named with one names a secret. The generic detector's trigger
/// words (`builtin.rs`) list them too; a test keeps the two in step.
pub(crate) const PASSWORD_WORDS: &[&str] = &[
    "kennwort",
    "senha",
    "contrasena",
    "wachtwoord",
    "haslo",
    "heslo",
    "jelszo",
    "sifre",
    "losenord",
    "salasana",
];

/// Whether a key names a credential: its last word is `secret`, `token`,
/// `password`… or `key` after `api`/`access`/`private`…; never pagination,
/// progress or CSRF tokens, which are random but not secret.
pub(crate) fn generic_key(key: &str) -> bool {
    // Fast no: the last word must be one of the credential words.
    const ENDINGS: &[&str] = &[
        "secret",
        "token",
        "password",
        "passwd",
        "pwd",
        // ACORD's `<Pswd>` and other schemas' abbreviation
        "pswd",
        "passphrase",
        "key",
        "credential",
        "credentials",
        "pass",
        "auth",
        "passwort",
        "passe",
        // `secret_key_base`, `connect_sid` (generic_key_words decides)
        "base",
        "sid",
        "psk",
        // `snmp_community` (generic_key_words wants `snmp` before it)
        "community",
    ];
    let key = strip_version(key);
    let tail = key.get(key.len().saturating_sub(12)..).unwrap_or(key);
    let ends = ENDINGS.iter().chain(PASSWORD_WORDS).any(|e| {
        tail.len() >= e.len()
            && tail
                .get(tail.len() - e.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(e))
    });
    ends && generic_key_words(&key_words(key))
}

/// Cheap test before splitting a JSON key into words: could it name a
/// secret, a phone number or an SSN at all?
pub(crate) fn may_name_data(key: &str) -> bool {
    const NEEDLES: &[&[u8]] = &[
        b"secret",
        b"token",
        b"pass",
        b"pwd",
        b"pswd",
        b"key",
        b"cred",
        b"auth",
        b"cookie",
        b"phone",
        b"tel",
        b"mobile",
        b"cell",
        b"fax",
        b"msisdn",
        b"whatsapp",
        b"ani",
        b"ssn",
        b"social",
        b"community",
    ];
    let needles = || {
        NEEDLES
            .iter()
            .copied()
            .chain(PASSWORD_WORDS.iter().map(|w| w.as_bytes()))
    };
    key.len() <= 128
        && key.as_bytes().windows(3).any(|w| {
            needles().any(|n| n.len() >= 3 && n.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(w)))
        })
        && {
            let l = key.to_ascii_lowercase();
            needles().any(|n| std::str::from_utf8(n).is_ok_and(|n| l.contains(n)))
        }
}

/// A key less a version or counter suffix: `ses_smtp_password_v4`,
/// `DB_PASSWORD2`, `apiKeyV2` name the same secret as without it.
fn strip_version(key: &str) -> &str {
    let k = key.trim_end_matches(|c: char| c.is_ascii_digit());
    if k.len() == key.len() {
        return key;
    }
    let b = k.as_bytes();
    let k = match (b.len().checked_sub(2).and_then(|i| b.get(i)), b.last()) {
        (Some(p), Some(b'v' | b'V'))
            if matches!(p, b'_' | b'-' | b'.')
                || p.is_ascii_lowercase() && b.last() == Some(&b'V') =>
        {
            k.get(..k.len() - 1).unwrap_or(k)
        }
        _ => k,
    };
    k.trim_end_matches(['_', '-', '.'])
}

/// The words of a key without a trailing version word (`v4`, `2`) and
/// without digits glued to the last word (`password2`).
fn unversioned(words: &[String]) -> (&[String], Option<&str>) {
    let version = |w: &str| {
        let d = w.strip_prefix('v').unwrap_or(w);
        !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
    };
    let n = match words.last() {
        Some(w) if words.len() > 1 && version(w) => words.len() - 1,
        _ => words.len(),
    };
    let words = words.get(..n).unwrap_or(words);
    let last = words
        .last()
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()));
    (words, last)
}

/// What the last word of a credential key says about the value's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyTail {
    /// `auth`, `_auth`, `basic_auth`: in registry configs (`.npmrc`,
    /// `.docker/config.json`) base64 of `user:password`, and that is all it
    /// may hold to count.
    Auth,
    /// `token`, `api_token`: machine-made, long; a short value is an id or
    /// a printed prefix (`token=MYlJvezu` in a CI runner's log).
    Token,
    Other,
}

pub(crate) fn key_tail(key: &str) -> KeyTail {
    let words = key_words(key);
    match unversioned(&words).1 {
        Some("auth") => KeyTail::Auth,
        Some("token") => KeyTail::Token,
        _ => KeyTail::Other,
    }
}

pub(crate) fn generic_key_words(words: &[String]) -> bool {
    let (words, Some(last)) = unversioned(words) else {
        return false;
    };
    // Azure's `enrollmentGroup.primaryKey`, `symmetricKey.secondaryKey`
    // (IoT Hub, Storage, Event Hubs): shared access keys. A bare
    // `primary_key` is a table's.
    if matches!(words, [_, .., a, b] if (a == "primary" || a == "secondary") && b == "key") {
        return true;
    }
    // Push-notification device tokens (APNs, FCM registration tokens) are
    // addresses of an app install, not credentials.
    if words
        .iter()
        .any(|w| matches!(w.as_str(), "apns" | "fcm" | "push" | "registration"))
    {
        return false;
    }
    const EXCLUDE: &[&str] = &[
        "page",
        "progress",
        "cursor",
        "continuation",
        "next",
        "prev",
        "previous",
        "sync",
        "resume",
        "idempotency",
        "csrf",
        "xsrf",
        "public",
        "sort",
        "partition",
        "primary",
        "foreign",
        "cache",
        "max",
        "count",
        "type",
        "name",
        "id",
        "length",
        "url",
        "uri",
        "file",
        "path",
        "hash",
        "expires",
        "expiry",
        "ttl",
        "limit",
        "usage",
        "tokens",
        // a cart or checkout token names the cart (Shopify orders)
        "cart",
        "checkout",
        // `encrypted_secret`, `encryptedPassword`: ciphertext
        "encrypted",
    ];
    // `url_signing_secret`, `file_encryption_key`: a word before `signing`
    // or `encryption` names what the secret signs or encrypts, not what the
    // value is (a public or an encrypted one stays out wherever it is said).
    let object_until = words
        .iter()
        .rposition(|w| matches!(w.as_str(), "signing" | "encryption"))
        .map_or(0, |p| p + 1);
    if words.iter().enumerate().any(|(i, w)| {
        EXCLUDE.contains(&w.as_str())
            && (i >= object_until || matches!(w.as_str(), "public" | "encrypted"))
    }) {
        return false;
    }
    const LAST: &[&str] = &[
        "secret",
        "token",
        "password",
        "passwd",
        "pwd",
        "pswd",
        "passphrase",
        "apikey",
        "credential",
        "credentials",
        "accesskey",
        "secretkey",
        "privatekey",
        "authtoken",
        "accesstoken",
        "refreshtoken",
        "clientsecret",
        "pass",
        // the word for password in other languages (`Passwort=`, a
        // `| Passwort |` column, "mot de passe :"; more in PASSWORD_WORDS)
        "passwort",
        "passe",
        // a Wi-Fi pre-shared key (`psk=`, `wifi_psk`, `wpa_psk`)
        "psk",
    ];
    if LAST.contains(&last) || PASSWORD_WORDS.contains(&last) || last == "auth" {
        return true;
    }
    // An SNMP community string is the agent's password (`snmp_community`,
    // `snmpReadCommunity`); a bare `community` names a group of people.
    if last == "community" && words.iter().any(|w| w.starts_with("snmp")) {
        return true;
    }
    // A feature-flag service's server-side SDK key (LaunchDarkly `sdk-…`,
    // Statsig `secret-…` under `serverSdkKey`): it reads every flag and
    // segment. Client-side and mobile SDK keys ship in apps.
    if matches!(words, [.., a, b, c] if a == "server" && b == "sdk" && c == "key") {
        return true;
    }
    // Rails' `secret_key_base` signs every session; Express's `connect.sid`
    // cookie is the session itself, wherever it is printed.
    if matches!(words, [.., a, b, c] if a == "secret" && b == "key" && c == "base")
        || matches!(words, [.., a, b] if a == "connect" && b == "sid")
    {
        return true;
    }
    // Environment names glue a prefix on: `PGPASSWORD`, `DBPASSWD`.
    if last.len() > 8 && (last.ends_with("password") || last.ends_with("passwd")) {
        return true;
    }
    // So do constants written in one case: `SIGNINGSECRET`,
    // `twilioauthtoken`, `ENCRYPTIONKEY` (a qualifier glued to `key`, as
    // below; `monkey` and `hotkey` have none). Git's `user.signingkey`
    // names a GPG key by its id.
    if last.len() > 6 && last.ends_with("secret")
        || ["authtoken", "accesstoken", "apitoken", "bottoken"]
            .iter()
            .any(|t| last.len() > t.len() && last.ends_with(t))
        || last.strip_suffix("key").is_some_and(|head| {
            head != "signing" && KEY_QUALIFIERS.iter().any(|q| head.ends_with(q))
        })
    {
        return true;
    }
    const KEY_QUALIFIERS: &[&str] = &[
        "api",
        "access",
        "secret",
        "private",
        "signing",
        "encryption",
        "master",
        "client",
        "auth",
        // OCPP's `AuthorizationKey`: the charge point's Basic-auth password
        // to its central system
        "authorization",
        "license",
        "app",
        "service",
        "account",
        "admin",
        "webhook",
        "session",
        // analytics write keys (Segment, RudderStack): they post as the app
        "write",
        // PagerDuty Events API keys
        "routing",
        "integration",
        // an HMAC key signs (Adyen's notification key): whoever holds it forges
        "hmac",
        // a push service's server key (FCM legacy): it sends as the project
        "server",
        // a live stream's key (RTMP/SRT ingest: Twitch, YouTube, an
        // encoder's profile): whoever holds it broadcasts on the channel
        "stream",
    ];
    last == "key"
        && words
            .iter()
            .rev()
            .nth(1)
            .is_some_and(|w| KEY_QUALIFIERS.contains(&w.as_str()))
}

/// An iOS app's `DeviceToken` (64 hex digits): the address APNs pushes
/// notifications to, not a credential.
pub(crate) fn apns_device_token(key: &str, value: &str) -> bool {
    value.len() == 64
        && value.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(key_words(key).as_slice(), [.., d, t] if d == "device" && t == "token")
}

/// A password given as 64 or 128 hex digits right after a SHA-256 or
/// SHA-512 algorithm is named (a sign-on's `<EncryptionTypeCd>SHA256`,
/// `hash: sha256`): the digest of the password, not the password. Without
/// that word, a hex password is a generated one.
pub(crate) fn password_digest(hay: &str, key: &str, value: std::ops::Range<usize>) -> bool {
    let Some(v) = hay.get(value.clone()) else {
        return false;
    };
    let hashed = || {
        let from = floor_char(hay, value.start.saturating_sub(160));
        let before = hay
            .get(from..value.start)
            .unwrap_or("")
            .to_ascii_lowercase();
        ["sha256", "sha-256", "sha512", "sha-512"]
            .iter()
            .any(|a| before.contains(a))
    };
    (v.len() == 64 || v.len() == 128)
        && v.bytes().all(|b| b.is_ascii_hexdigit())
        && key_words(key)
            .last()
            .is_some_and(|w| ["password", "passwd", "pwd", "pswd", "pass"].contains(&w.as_str()))
        && hashed()
}

/// The value runs straight into an angle-bracket placeholder
/// (`sk-ant-api03-<redacted>`, `AKIA<your-id>`): what is printed is a
/// vendor prefix with the secret itself left out.
pub(crate) fn placeholder_follows(hay: &str, end: usize) -> bool {
    let Some(rest) = hay.get(end..).and_then(|r| r.strip_prefix('<')) else {
        return false;
    };
    let Some(close) = rest.find('>').filter(|&i| (1..=40).contains(&i)) else {
        return false;
    };
    // HTML after a value (`<br>`, `<span>`) is markup, not a placeholder
    const MARKUP: &[&str] = &["span", "code", "strong", "small", "mark", "font", "abbr"];
    rest.get(..close).is_some_and(|inner| {
        inner.len() >= 4
            && !MARKUP.iter().any(|m| inner.eq_ignore_ascii_case(m))
            && inner
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '_' | '.'))
    })
}

/// The nearest char boundary at or before `i`.
fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Mixpanel's project token (32 hex digits under `project_token`): it
/// names the project events go to and ships in every client app; the
/// project's API secret beside it is the credential.
pub(crate) fn mixpanel_project_token(key: &str, value: &str) -> bool {
    value.len() == 32
        && value.bytes().all(|b| b.is_ascii_hexdigit())
        && matches!(key_words(key).as_slice(), [.., p, t] if p == "project" && t == "token")
}

pub(crate) fn aws_secret_key(key: &str) -> bool {
    aws_secret_words(&key_words(key))
}

pub(crate) fn aws_secret_words(w: &[String]) -> bool {
    let has = |s: &str| w.iter().any(|x| x == s);
    // `s3_secret`: S3 and the stores that speak its API (MinIO, Ceph, R2)
    // sign with a secret access key of the same form
    has("secret") && (has("aws") || has("access") || has("s3"))
}

/// Whether a key's words name a secret AWS never issues (an OAuth
/// client's or consumer's secret, a webhook's or a token's signing
/// secret), unless they also say AWS.
pub(crate) fn names_another_secret(words: &[String]) -> bool {
    const OTHER: &[&str] = &["client", "consumer", "signing", "webhook", "hmac", "jwt"];
    !words.iter().any(|w| w == "aws") && words.iter().any(|w| OTHER.contains(&w.as_str()))
}

pub(crate) fn phone_words(words: &[String]) -> bool {
    const W: &[&str] = &[
        "phone",
        "telephone",
        "tel",
        "mobile",
        "cell",
        "cellphone",
        "fax",
        "msisdn",
        "whatsapp",
        "phonenumber",
        // the caller's number in telephony and contact-centre records
        // (Automatic Number Identification)
        "ani",
    ];
    words.iter().any(|w| W.contains(&w.as_str()))
}

pub(crate) fn ssn_words(w: &[String]) -> bool {
    w.iter().any(|x| x == "ssn")
        || (w.iter().any(|x| x == "social") && w.iter().any(|x| x == "security"))
}

/// The generic-secret value test: not a placeholder, not a path or URL,
/// letters plus digits/symbols/mixed case, and entropy near what a random
/// string of that length has (`min_entropy` bits per byte, relaxed for
/// short values, whose entropy cannot reach it).
pub(crate) fn generic_value(v: &str, min_entropy: f64) -> bool {
    if v.len() < 8 || v.len() > 1024 || is_placeholder(v) {
        return false;
    }
    if PUBLISHED_EXAMPLES.iter().any(|e| v.contains(e)) {
        return false;
    }
    if (v.starts_with('/') && !base64_from_slash(v))
        || v.starts_with("./")
        || v.starts_with("~/")
        || v.contains("://")
    {
        return false;
    }
    if media_type(v) || counting_runs(v) {
        return false;
    }
    if is_uuid(v) || is_reference(v) || is_timestamp(v) || sealed_to_a_public_key(v) {
        return false;
    }
    if password_hash(v) || key_file_path(v) {
        return false;
    }
    // Stripe publishable keys: public by design, shipped in web pages.
    if v.starts_with("pk_live_") || v.starts_with("pk_test_") {
        return false;
    }
    // A Stripe card token (`tok_` and its letters and digits) stands in for
    // a card; it charges nothing without the account's secret key.
    if v.strip_prefix("tok_")
        .is_some_and(|b| b.bytes().all(|c| c.is_ascii_alphanumeric()))
    {
        return false;
    }
    // An FCM registration token (`<instance id>:APA91b…`): where to push a
    // notification, not a credential. A legacy FCM server key has the same
    // body after `AAAA` and seven characters: that one sends as the project.
    if v.contains(":APA91b") && !fcm_server_key(v) {
        return false;
    }
    let c = classes(v);
    if !(c.lower || c.upper) || !(c.digit || c.symbol || (c.lower && c.upper)) {
        return false;
    }
    let need = min_entropy.min(0.9 * (v.len() as f64).log2());
    entropy(v.as_bytes()) >= need
}

/// A legacy FCM server key (`AAAA` + 7 characters `:APA91b…`), as the
/// Firebase console showed it.
pub(crate) fn fcm_server_key(v: &str) -> bool {
    v.split_once(":APA91b").is_some_and(|(head, body)| {
        head.len() == 11 && head.starts_with("AAAA") && body.len() >= 100
    })
}

/// Whether `:APA91b` (an FCM token's body) follows `end`: what ends there
/// is a registration token's instance id, unless it is a server key's head.
pub(crate) fn before_fcm_token_body(hay: &str, end: usize) -> bool {
    hay.get(end..).is_some_and(|t| t.starts_with(":APA91b"))
        && !hay
            .get(..end)
            .and_then(|h| h.get(h.len().saturating_sub(11)..))
            .is_some_and(|h| h.starts_with("AAAA"))
}

/// A stored password hash in modular crypt form (`$2b$12$…` bcrypt,
/// `$argon2id$…`, `$6$…` sha512-crypt) or Django's (`pbkdf2_sha256$…`):
/// what a login is checked against, not something to log in with.
fn password_hash(v: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "$2a$",
        "$2b$",
        "$2y$",
        "$argon2i$",
        "$argon2d$",
        "$argon2id$",
        "$scrypt$",
        "$pbkdf2",
        "$1$",
        "$5$",
        "$6$",
        "$y$",
        "pbkdf2_sha256$",
        "pbkdf2_sha1$",
        "argon2$",
        "bcrypt$",
        "bcrypt_sha256$",
        "scrypt$",
    ];
    PREFIXES.iter().any(|p| v.starts_with(p)) && v.matches('$').count() >= 2
}

/// A relative path to a key or certificate file (`secrets/jwt.pem`,
/// `certs/client.p12`, `keys/sa.json`): where the key is kept, not the key.
/// Base64 has no `.`, so a `.ext` after the last `/` is a file name.
fn key_file_path(v: &str) -> bool {
    const EXT: &[&str] = &[
        "pem", "key", "crt", "cer", "der", "p8", "p12", "pfx", "jks", "keystore", "ppk", "json",
    ];
    let Some((dir, file)) = v.rsplit_once('/') else {
        return false;
    };
    let Some((stem, ext)) = file.rsplit_once('.') else {
        return false;
    };
    let name = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    };
    EXT.iter().any(|e| e.eq_ignore_ascii_case(ext)) && name(stem) && dir.split('/').all(name)
}

/// Whether a value that starts with `/` is base64 (one time in 64 a
/// random key's first character is `/`: `/Y2x…PW=`), not a path: padded
/// base64 (`=` at the end, a multiple of four long), or one segment of
/// base64 characters, 20 or more, with upper, lower case and digits.
fn base64_from_slash(v: &str) -> bool {
    let b64 = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'))
    };
    let body = v.trim_end_matches('=');
    if !b64(body) || v.len() - body.len() > 2 {
        return false;
    }
    if v.len() > body.len() {
        return v.len() % 4 == 0;
    }
    let c = classes(v);
    v.len() >= 20 && v.matches('/').count() == 1 && c.lower && c.upper && c.digit
}

/// A media type (`application/json`, `image/svg+xml`,
/// `multipart/form-data`): a header's or a field's format, not a secret.
fn media_type(v: &str) -> bool {
    const TOP: &[&str] = &[
        "application",
        "text",
        "image",
        "audio",
        "video",
        "multipart",
        "font",
        "model",
        "message",
    ];
    v.split_once('/').is_some_and(|(top, sub)| {
        TOP.iter().any(|t| t.eq_ignore_ascii_case(top))
            && !sub.is_empty()
            && sub.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && sub
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    })
}

/// Whether the key at `key` is a bare `token` in the query of a link to a
/// shop's cart or checkout (`https://shop.example/cart/recover?token=…`):
/// it names the cart, as `cart_token` does, and opens no account. Other
/// links' tokens (a password reset's) stay credentials.
pub(crate) fn cart_link_token(hay: &str, key: Range<usize>) -> bool {
    let b = hay.as_bytes();
    if !hay
        .get(key.clone())
        .is_some_and(|k| k.eq_ignore_ascii_case("token"))
        || !key
            .start
            .checked_sub(1)
            .and_then(|i| b.get(i))
            .is_some_and(|c| matches!(c, b'?' | b'&'))
    {
        return false;
    }
    // The link, back to its scheme, within one unbroken run of URL bytes.
    let from = key.start.saturating_sub(512);
    let Some(before) = b.get(from..key.start) else {
        return false;
    };
    let url_start = before
        .iter()
        .rposition(|c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | b'<' | b'(' | b'`'))
        .map_or(0, |i| i + 1);
    let Some(url) = before.get(url_start..) else {
        return false;
    };
    let Some(scheme_end) = url.windows(3).position(|w| w == b"://") else {
        return false;
    };
    let path = url.get(scheme_end + 3..).unwrap_or(&[]);
    let path = path.split(|c| *c == b'?').next().unwrap_or(path);
    path.split(|c| *c == b'/').skip(1).any(|seg| {
        [&b"cart"[..], b"carts", b"checkout", b"checkouts"]
            .iter()
            .any(|w| seg.eq_ignore_ascii_case(w))
    })
}

/// Whether the key at `key_start` (a bare `community`) begins a line of
/// an INI section named for SNMP (`[snmp]`, `[snmp_v2c]`): there the
/// community string is the agent's password, as under `snmp_community`.
pub(crate) fn in_snmp_section(hay: &str, key_start: usize) -> bool {
    let before = hay.get(..key_start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if !before.get(line_start..).unwrap_or("").trim().is_empty() {
        return false;
    }
    // The nearest section header above (bounded look-back).
    for line in before.get(..line_start).unwrap_or("").rsplit('\n').take(64) {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            return key_words(name).iter().any(|w| w.starts_with("snmp"));
        }
    }
    false
}

/// Whether the YAML line holding the key at `key_start` sits under a
/// parent named like ciphertext (`encryptedData:` of a SealedSecret,
/// `encrypted:`): the values there are sealed to a public key.
pub(crate) fn under_encrypted_parent(hay: &str, key_start: usize) -> bool {
    let before = hay.get(..key_start).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let own = indent(hay.get(line_start..key_start).unwrap_or(""));
    if own == 0
        || hay
            .get(line_start..key_start)
            .is_some_and(|p| !p.trim().is_empty())
    {
        return false;
    }
    // The nearest earlier line indented less is the parent (bounded look-back).
    for line in before.get(..line_start).unwrap_or("").rsplit('\n').take(64) {
        if line.trim().is_empty() {
            continue;
        }
        if indent(line) < own {
            let name = line.trim().trim_end_matches(':');
            return key_words(name).iter().any(|w| w == "encrypted");
        }
    }
    false
}

/// An ISO 8601 date or time stamp (`2025-04-18T08:38:44.442Z`): when a
/// password was changed, not the password.
fn is_timestamp(v: &str) -> bool {
    let b = v.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..4).all(digit)
        && b.get(4) == Some(&b'-')
        && (5..7).all(digit)
        && b.get(7) == Some(&b'-')
        && (8..10).all(digit)
        && b.iter()
            .skip(10)
            .all(|c| c.is_ascii_digit() || b"T:.Z+- ".contains(c))
}

/// Ciphertext only the holder of a private key can open, published by
/// design: an OpenPGP message (base64 of a public-key encrypted session
/// key packet, `wcBMA…` / `hQEMA…`) or a Bitnami SealedSecret value (a
/// 2-byte length of the RSA-encrypted session key, 256 or 512, then the
/// key and the sealed data).
fn sealed_to_a_public_key(v: &str) -> bool {
    if v.len() < 128
        || !v
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c))
    {
        return false;
    }
    let Some(d) = b64_any(v) else {
        return false;
    };
    let pgp = match d.first() {
        // new-format packet tag 1, two-octet length, version 3
        Some(0xC1) => d.get(1).is_some_and(|l| (0xC0..=0xDF).contains(l)) && d.get(3) == Some(&3),
        // old-format tag 1 with a one- or two-octet length
        Some(0x84) => d.get(2) == Some(&3),
        Some(0x85) => d.get(3) == Some(&3),
        _ => false,
    };
    let sealed = match (d.first(), d.get(1)) {
        (Some(&hi), Some(&lo)) => {
            let n = usize::from(hi) << 8 | usize::from(lo);
            (n == 256 || n == 512) && d.len() > n + 2 + 16
        }
        _ => false,
    };
    pgp || sealed
}

fn b64_any(s: &str) -> Option<Vec<u8>> {
    use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
    use base64::engine::DecodePaddingMode;
    let cfg = GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true);
    let url = GeneralPurpose::new(&base64::alphabet::URL_SAFE, cfg);
    let std = GeneralPurpose::new(&base64::alphabet::STANDARD, cfg);
    if s.contains(['-', '_']) {
        url.decode(s).ok()
    } else {
        std.decode(s).ok()
    }
}

/// Decodes base64 (standard or URL-safe, padding optional).
pub(crate) fn b64_decode(s: &str) -> Option<Vec<u8>> {
    b64_any(s)
}

/// A JWT: the header decodes to a JSON object naming its `alg`.
pub(crate) fn jwt_ok(token: &str) -> bool {
    let Some(header) = token.split('.').next() else {
        return false;
    };
    let Some(bytes) = b64_any(header) else {
        return false;
    };
    match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(serde_json::Value::Object(m)) => m.contains_key("alg"),
        _ => false,
    }
}

/// A URL login that documents a default rather than leaking a secret: the
/// password repeats the user name (`guest:guest@`, `postgres:postgres@`),
/// the usual shape of local-development connection strings.
pub(crate) fn url_default_login(hay: &str, pass_start: usize, pass: &str) -> bool {
    let Some(before) = hay.get(..pass_start.saturating_sub(1)) else {
        return false;
    };
    let user = before
        .rsplit(|c: char| c == '/' || c.is_whitespace())
        .next()
        .unwrap_or("");
    !user.is_empty() && user.eq_ignore_ascii_case(pass)
}

/// `Authorization: Basic …` credentials: base64 of `user:password`.
pub(crate) fn basic_credentials(v: &str) -> bool {
    let Some(bytes) = b64_any(v) else {
        return false;
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return false;
    };
    match text.split_once(':') {
        Some((user, pass)) => {
            !user.is_empty()
                && !pass.is_empty()
                && text.chars().all(|c| !c.is_control())
                && !is_placeholder(pass)
        }
        None => false,
    }
}

/// File extensions that look like top-level domains in `icon@2x.png`.
const NOT_TLDS: &[&str] = &[
    "png",
    "jpg",
    "jpeg",
    "gif",
    "svg",
    "webp",
    "ico",
    "bmp",
    "tif",
    "tiff",
    "css",
    "js",
    "mjs",
    "ts",
    "tsx",
    "jsx",
    "json",
    "html",
    "htm",
    "xml",
    "md",
    "txt",
    "pdf",
    "yaml",
    "yml",
    "toml",
    "lock",
    "map",
    "woff",
    "woff2",
    "ttf",
    "mp3",
    "mp4",
    "wav",
    "zip",
    "gz",
    "tar",
    "py",
    "rs",
    "go",
    "rb",
    "java",
    "kt",
    "swift",
    "cpp",
    "hpp",
    "so",
    "dll",
    "exe",
    "bin",
    "wasm",
    "tld",
    "local",
    "localhost",
    "internal",
    "invalid",
    "lan",
];

/// Local parts (or every word of one: `it-support`, `ops.alerts`) that name
/// a function, not a person. Nobody's personal data, unless the operator
/// asks for them (`detectorOptions.email.roleMailboxes`).
const ROLE_WORDS: &[&str] = &[
    // shared mailboxes in other languages: contact, billing, privacy,
    // customer service, accounting, orders, reception, office
    "anfrage",
    "anfragen",
    "atencion",
    "atendimento",
    "amministrazione",
    "assistenza",
    "biuro",
    "boekhouding",
    "buchhaltung",
    "comercial",
    "commande",
    "commandes",
    "comptabilite",
    "compras",
    "contabilidad",
    "contabilidade",
    "contacto",
    "contato",
    "contatto",
    "datenschutz",
    "destek",
    "facturacion",
    "facturas",
    "facturation",
    "factures",
    "facturen",
    "fatturazione",
    "fatture",
    "financeiro",
    "faktura",
    "faktury",
    "iletisim",
    "kontakt",
    "kundenservice",
    "kundeservice",
    "klantenservice",
    "ksiegowosc",
    "muhasebe",
    "obsluga",
    "ordini",
    "pedidos",
    "recepcion",
    "recepcao",
    "reception",
    "rechnung",
    "rechnungen",
    "reservas",
    "rodo",
    "satis",
    "secretaria",
    "segreteria",
    "sekretariat",
    "soporte",
    "suporte",
    "vendas",
    "ventas",
    "vendite",
    "verkauf",
    "verkoop",
    "verwaltung",
    "zamowienia",
    "abuse",
    "accounting",
    "accounts",
    "all",
    "allhands",
    "admin",
    "administrator",
    "admissions",
    "alert",
    "alerts",
    "automation",
    "backup",
    "backups",
    "benefits",
    "billing",
    "bot",
    "bots",
    "bounce",
    "bounces",
    "build",
    "builds",
    "calendar",
    "care",
    "careers",
    "cd",
    "claims",
    "ci",
    "clerk",
    // a club's, parish's or society's secretary: an office that changes
    // hands at each AGM, the mailbox stays
    "secretary",
    "community",
    "compliance",
    "contact",
    "contacts",
    "cron",
    "customer",
    "customercare",
    "customerservice",
    "customers",
    "daemon",
    "deploy",
    "deployer",
    "deployments",
    "dev",
    "developer",
    "developers",
    "device",
    "devices",
    "devops",
    "disputes",
    // DMARC aggregate reports (`rua=mailto:dmarc@…`) go to a mailbox, not a person
    "dmarc",
    "dpo",
    "edi",
    "engineering",
    "eng",
    "enquiries",
    "enquiry",
    "enrollment",
    "enrolment",
    "events",
    "everyone",
    "feedback",
    "finance",
    "firmware",
    "fleet",
    "frontdesk",
    "git",
    "github",
    "gitlab",
    "hello",
    "help",
    "helpdesk",
    "hi",
    "hiring",
    "hostmaster",
    "hr",
    "info",
    "information",
    "infra",
    "intake",
    "interview",
    "interviews",
    "iot",
    "inquiries",
    "inquiry",
    "invoice",
    "invoices",
    "it",
    "jenkins",
    "jobs",
    "leasing",
    "legal",
    "lettings",
    "mail",
    "mailer",
    "mailerdaemon",
    "marketing",
    "media",
    "monitoring",
    "news",
    "newsletter",
    "noc",
    "notification",
    "notifications",
    "notify",
    "office",
    "onboarding",
    "oncall",
    "operations",
    "ops",
    "orders",
    "partners",
    "payable",
    "payments",
    "payroll",
    "platform",
    "porting",
    "postmaster",
    "pr",
    "press",
    "privacy",
    "procurement",
    "provisioning",
    "purchasing",
    "receivable",
    "recruiting",
    "recruitment",
    "release",
    "releases",
    "refunds",
    "reply",
    "reports",
    // a shop's returns desk (RMA labels, order exports)
    "returns",
    "robot",
    "root",
    "sales",
    "scheduling",
    "security",
    "service",
    "services",
    "servicedesk",
    "shop",
    "sre",
    "staff",
    "status",
    "store",
    "support",
    "sysadmin",
    "system",
    "talent",
    "team",
    "tech",
    "telemetry",
    "unsubscribe",
    "void",
    "webmaster",
    // law-firm, e-discovery and payer desks: records custodians, ethics
    // hotlines, subpoena intake, claim appeals, provider credentialing
    "appeal",
    "appeals",
    "credentialing",
    "discovery",
    "docketing",
    "ediscovery",
    "eligibility",
    "ethics",
    "grievance",
    "grievances",
    "litigation",
    "precert",
    "preauth",
    "records",
    "referrals",
    "subpoena",
    "subpoenas",
    // public offices, service desks and research facilities by what they
    // handle: permits, licensing, registries, casework, dispatch, dealer
    // parts and rentals, core labs and data curation (nouns nobody is named)
    "appointments",
    "archives",
    "awards",
    "biobank",
    "bookings",
    "casework",
    "cases",
    "charging",
    "clinic",
    "contracts",
    "core",
    "courts",
    "curation",
    "data",
    "datacenter",
    "dealer",
    "dealers",
    "dealership",
    "dispatch",
    "efiling",
    "elections",
    "filings",
    "genomics",
    "grants",
    "helpline",
    "hotline",
    "housing",
    "imaging",
    "inspections",
    "lab",
    "labs",
    "library",
    "licensing",
    "licenses",
    "licences",
    "logistics",
    "outreach",
    "parking",
    "parts",
    "permits",
    "permitting",
    "pharmacy",
    "planning",
    "programs",
    "proposals",
    "publications",
    "recalls",
    "registrar",
    "registration",
    "registry",
    "renewals",
    "rentals",
    "repository",
    "research",
    "reservations",
    "roadside",
    "sequencing",
    "shipping",
    "studies",
    "taxes",
    "telematics",
    "tickets",
    "towing",
    "transit",
    "treasury",
    "trials",
    "warranty",
    "zoning",
    // offices better known by their initials (records requests, motor
    // vehicles, ethics board, sponsored programs, over-the-air updates,
    // lab information system, computing cluster, food aid): never a name
    "dmv",
    "foia",
    "hpc",
    "irb",
    "lims",
    "osp",
    "ota",
    "snap",
    // airline, shipping and trial-sponsor desks: crew scheduling and
    // control, the operations, maintenance and security control centres
    // (OCC, MCC, SOC), the aircraft's technical log, clinical supply,
    // drug-safety reporting, accounts payable (`ap`): shared by a shift,
    // never one person's
    "ap",
    // a car dealer's F&I (finance and insurance) desk, the office that
    // writes every deal's loan; whole only, `f.i` stays someone's initials
    "fi",
    "crew",
    "mcc",
    "occ",
    "pharmacovigilance",
    "soc",
    "supply",
    "techlog",
];

/// Last words that make a desk of whatever comes before them (`hpc-help`,
/// `ui_claims`, `sponsored-programs`): no given name or surname ends a
/// person's mailbox that way. Short or name-like heads (`ops`, `records`)
/// stay out: `kit.ops` may be Kit Ops.
const DESK_HEADS: &[&str] = &[
    "claims", "desk", "help", "helpdesk", "inbox", "office", "programs", "requests", "services",
    "support", "team",
];

/// Heads that also make a desk run together with what they serve
/// (`trialsupport`, `seqcore`, `boxoffice`).
const DESK_SUFFIXES: &[&str] = &[
    "core", "desk", "help", "helpdesk", "office", "ops", "services", "support",
];

/// Whether `local` names a desk by its head word (see [`DESK_HEADS`]):
/// the words before it are letters only, two or more each, so initials
/// (`j.help`) and numbered accounts stay people's.
fn desk_mailbox(local: &str) -> bool {
    let word = |p: &str| p.len() >= 2 && p.bytes().all(|b| b.is_ascii_alphabetic());
    if let Some((rest, head)) = local.rsplit_once(['.', '-', '_']) {
        if DESK_HEADS.iter().any(|h| h.eq_ignore_ascii_case(head))
            && rest.split(['.', '-', '_']).all(word)
        {
            return true;
        }
    }
    DESK_SUFFIXES.iter().any(|s| {
        let Some(cut) = local.len().checked_sub(s.len()) else {
            return false;
        };
        // `-ops` also ends surnames, as `-oops` (Stoops, Knoops, Hoops):
        // only after four letters or more not ending in `o` (`clinops`)
        let short_ok = |h: &str| h.len() >= 4 && !h.ends_with(['o', 'O']);
        local.get(cut..).is_some_and(|t| t.eq_ignore_ascii_case(s))
            && local
                .get(..cut)
                .is_some_and(|h| word(h) && (s.len() > 3 || short_ok(h)))
    })
}

/// Words that name a function only inside a compound mailbox
/// (`providerservices`, `prior.auth`, `custodianofrecords`, `litigationhold`):
/// alone some are surnames (`prior@`) or too vague to drop.
const ROLE_COMPOUND_PARTS: &[&str] = &[
    "auth",
    "authorization",
    "authorizations",
    // `crewcontrol`, `portcall`, `labdata`
    "call",
    "control",
    "lab",
    "port",
    "custodian",
    "desk",
    "hold",
    "inbox",
    "member",
    "members",
    "patient",
    "patients",
    "prior",
    "provider",
    "providers",
    "relations",
    "requests",
];

/// Whether `local` (separators ignored) is two or more function words run
/// together: role words of four letters or more and [`ROLE_COMPOUND_PARTS`],
/// with `of` / `and` between them. Short role words (`it`, `hr`, `pr`) are
/// left out so that initials and names are not split into them.
fn role_compound(local: &str) -> bool {
    let s: Vec<u8> = local
        .bytes()
        .filter(|b| !matches!(b, b'.' | b'-' | b'_'))
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if s.len() < 7 || s.len() > 64 || !s.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let words = || {
        ROLE_WORDS
            .iter()
            .filter(|w| w.len() >= 4)
            .chain(ROLE_COMPOUND_PARTS.iter())
    };
    // best[i]: fewest words covering s[..i] ending on a function word
    // (None: no cover); a connective never ends a cover.
    let mut best: Vec<Option<u8>> = vec![None; s.len() + 1];
    if let Some(b) = best.get_mut(0) {
        *b = Some(0);
    }
    for i in 0..s.len() {
        let Some(Some(n)) = best.get(i).copied() else {
            continue;
        };
        let rest = s.get(i..).unwrap_or(&[]);
        let mark = |len: usize, best: &mut Vec<Option<u8>>| {
            if let Some(slot) = best.get_mut(i + len) {
                let m = n.saturating_add(1);
                if slot.is_none_or(|o| m < o) {
                    *slot = Some(m);
                }
            }
        };
        for w in words() {
            if rest.starts_with(w.as_bytes()) {
                mark(w.len(), &mut best);
            }
        }
        // `of` / `and` join two words: take them with the word after
        if i > 0 {
            for c in ["of", "and"] {
                let Some(after) = rest.strip_prefix(c.as_bytes()) else {
                    continue;
                };
                for w in words() {
                    if after.starts_with(w.as_bytes()) {
                        mark(c.len() + w.len(), &mut best);
                    }
                }
            }
        }
    }
    best.last().copied().flatten().is_some_and(|n| n >= 2)
}

/// Whether a mailbox belongs to nobody in particular: a no-reply or bounce
/// sender, a service account or platform alias (machines), or, unless
/// `roles`, a role mailbox.
fn email_impersonal(local: &str, domain: &str, roles: bool) -> bool {
    let local = local.split('+').next().unwrap_or(local);
    // `s` equals `word` ignoring case and the separators `.` `-` `_`
    // (`no-reply`, `Do_Not_Reply`, `mailer-daemon`), without allocating.
    let squashed = |s: &str, word: &str| {
        s.bytes()
            .filter(|b| !matches!(b, b'.' | b'-' | b'_'))
            .map(|b| b.to_ascii_lowercase())
            .eq(word.bytes())
    };
    let norep = |s: &str| {
        ["noreply", "donotreply", "dontreply"]
            .iter()
            .any(|w| squashed(s, w))
    };
    if norep(local) || domain.split('.').any(norep) {
        return true;
    }
    // VERP return paths (`bounce-6abb8184c825@…`, `bounces-x=y@…`): the
    // mail system's, one per message.
    if local
        .split_once(['-', '_', '='])
        .is_some_and(|(head, tail)| {
            (head.eq_ignore_ascii_case("bounce") || head.eq_ignore_ascii_case("bounces"))
                && tail.bytes().any(|b| b.is_ascii_digit())
        })
    {
        return true;
    }
    // GCP service accounts (`…@p.iam.gserviceaccount.com`); platform
    // aliases (`123+x[bot]@users.noreply.github.com`) fall under no-reply.
    let d = domain.trim_end_matches('.');
    let gsa = "gserviceaccount.com";
    if d.len() >= gsa.len()
        && d.get(d.len() - gsa.len()..)
            .is_some_and(|t| t.eq_ignore_ascii_case(gsa))
        && (d.len() == gsa.len() || d.as_bytes().get(d.len() - gsa.len() - 1) == Some(&b'.'))
    {
        return true;
    }
    // Service accounts by their conventional prefix (`svc-backup@`,
    // `svc_etl@`): a machine's login, whatever follows.
    if local
        .split_once(['.', '-', '_'])
        .is_some_and(|(head, tail)| head.eq_ignore_ascii_case("svc") && !tail.is_empty())
    {
        return true;
    }
    if roles {
        return false;
    }
    // Short words only whole (`p.r` is someone's initials); longer ones
    // also across separators (`on-call`, `customer_service`).
    ROLE_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(local) || (w.len() >= 5 && squashed(local, w)))
        || local
            .split(['.', '-', '_'])
            .all(|p| ROLE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(p)))
        || role_compound(local)
        || desk_mailbox(local)
        || local.split(['.', '-', '_']).all(|p| {
            ROLE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(p)) || function_noun_by_form(p)
        })
        || word_mailbox(local)
}

/// Ordinary English words, no names (see `scripts/gen_desk_words.py`):
/// sorted, 16 a line, front-coded.
static DESK_WORDS: &[u8] = include_bytes!("desk_words.txt");

/// Whether every part of `local` (split at `.` `-` `_`) is an ordinary
/// word of a language, or two or three of them run together
/// (`escrow`, `underwriting`, `meter.data`, `meterdata`): a desk named
/// by what it handles, in any trade. People's mailboxes are given names,
/// surnames, initials and digits; words that are also names (`grace`,
/// `baker`, `brooks`) are not in the list, parts shorter than four
/// letters are never words here (`j.smith`, `mat`+`his`), and German and
/// French nominalisations (`einspeisung`, `raccordement`) count by form.
fn word_mailbox(local: &str) -> bool {
    !local.is_empty()
        && local.split(['.', '-', '_']).all(|p| {
            p.len() <= 64
                && p.bytes().all(|b| b.is_ascii_alphabetic())
                && (nominalisation_by_form(p) || word_compound(p.as_bytes()))
        })
}

/// German `-ung(en)` and French `-ement(s)` nouns of nine letters or more
/// (`abrechnung`, `paiements`): no given name or surname that long ends so.
fn nominalisation_by_form(part: &str) -> bool {
    part.len() >= 9
        && ["ung", "ungen", "ement", "ements"].iter().any(|e| {
            part.get(part.len() - e.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(e))
        })
}

/// Whether `s` (ASCII letters) is one to three listed words of four
/// letters or more run together.
fn word_compound(s: &[u8]) -> bool {
    // fewest words covering s[..i]; at most 64 letters (checked by caller)
    let mut best = [u8::MAX; 65];
    let n = s.len().min(64);
    if let Some(b) = best.get_mut(0) {
        *b = 0;
    }
    for i in 0..n {
        let here = best.get(i).copied().unwrap_or(u8::MAX);
        if here >= 3 {
            continue;
        }
        for j in (i + 4)..=(i + 18).min(n) {
            if s.get(i..j).is_some_and(desk_word) {
                if let Some(slot) = best.get_mut(j) {
                    *slot = (*slot).min(here + 1);
                }
            }
        }
    }
    best.get(n).is_some_and(|&b| b <= 3)
}

/// Whether `w` is in [`DESK_WORDS`], as it is or less a plural `-s`/`-es`
/// (the list keeps singulars only).
fn desk_word(w: &[u8]) -> bool {
    let mut buf = [0u8; 18];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    for (d, s) in lower.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let lower: &[u8] = lower;
    listed(lower)
        || lower
            .strip_suffix(b"s")
            .is_some_and(|t| listed(t) || t.strip_suffix(b"e").is_some_and(listed))
}

/// Exact look-up in [`DESK_WORDS`]: binary search on the lines' first
/// words, then the line decoded.
fn listed(w: &[u8]) -> bool {
    static LINES: std::sync::OnceLock<Vec<(u32, u32)>> = std::sync::OnceLock::new();
    if w.len() < 4 || w.len() > 16 {
        return false;
    }
    let lines = LINES.get_or_init(|| {
        let mut out = Vec::new();
        let mut at = 0usize;
        for line in DESK_WORDS.split(|&b| b == b'\n') {
            if !line.is_empty() && line.first() != Some(&b'#') {
                out.push((at as u32, (at + line.len()) as u32));
            }
            at += line.len() + 1;
        }
        out
    });
    let line = |&(a, b): &(u32, u32)| DESK_WORDS.get(a as usize..b as usize).unwrap_or(&[]);
    let head = |l: &[u8]| -> usize { l.iter().take_while(|b| b.is_ascii_lowercase()).count() };
    let idx = lines.partition_point(|r| {
        let l = line(r);
        l.get(..head(l)).unwrap_or(&[]) <= w
    });
    let Some(r) = idx.checked_sub(1).and_then(|i| lines.get(i)) else {
        return false;
    };
    let l = line(r);
    let mut cur = [0u8; 32];
    let mut len = 0usize;
    let mut i = 0usize;
    while i < l.len() {
        let b = l.get(i).copied().unwrap_or(b'0');
        if !b.is_ascii_lowercase() {
            if cur.get(..len) == Some(w) {
                return true;
            }
            len = usize::from(b.saturating_sub(b'0')).min(len);
            i += 1;
            continue;
        }
        if let Some(slot) = cur.get_mut(len) {
            *slot = b;
            len += 1;
        }
        i += 1;
    }
    cur.get(..len) == Some(w)
}

/// Endings of abstract and collective nouns (`inspections`, `admissions`,
/// `procurements`, `partnerships`, `logistics`, `firmware`) that no given
/// name or surname in any labelled corpus has: a mailbox named by such a
/// noun names what a desk handles, in domains no word list has reached
/// yet. `-ing`, `-ence`, `-ity` and singular `-ment` are left out:
/// Manning, Lawrence, Felicity, Clement. Plural `-als` (`submittals`,
/// `renewals`, `referrals`): a desk's workload. Most surnames so ended
/// are shorter (Seals, Beals); ten of the US Census 1990 surnames have 7+
/// letters (Goethals, Schoenhals, Micheals), read as a desk only when
/// every part of the address is such a word (`goethals@`, not
/// `tom.goethals@`).
fn function_noun_by_form(part: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "tion", "tions", "sion", "sions", "ments", "ship", "ships", "ware", "ics", "ities",
        "ances", "ences", "als",
    ];
    part.len() >= 7
        && part.bytes().all(|b| b.is_ascii_alphabetic())
        && ENDINGS.iter().any(|e| {
            part.len() > e.len()
                && part
                    .get(part.len() - e.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(e))
        })
}

/// In a cookie header (`a=1; session_id=…; theme=dark`), the value of the
/// first cookie named like a session or an auth token, when it looks
/// random: whoever replays it is logged in.
pub(crate) fn session_cookie(
    hay: &str,
    span: Range<usize>,
    min_entropy: f64,
) -> Option<Range<usize>> {
    let text = hay.get(span.clone())?;
    let mut at = span.start;
    for pair in text.split(';') {
        let start = at;
        at += pair.len() + 1;
        let Some((name, value)) = pair.split_once('=') else {
            continue;
        };
        let name = name.trim();
        let lower = |w: &str| {
            name.as_bytes()
                .windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        };
        // An anti-forgery cookie (`csrftoken`, `XSRF-TOKEN`) proves
        // nothing on its own: it is not a login.
        let sessionish = (session_name(name) || lower("auth") || lower("token"))
            && !lower("csrf")
            && !lower("xsrf");
        if !sessionish || name.contains(char::is_whitespace) {
            continue;
        }
        let v = value.trim().trim_matches('"');
        let v_start =
            start + pair.len() - value.len() + (v.as_ptr() as usize - value.as_ptr() as usize);
        if v.bytes().all(|b| b.is_ascii_graphic() && b != b',') && generic_value(v, min_entropy) {
            return Some(v_start..v_start + v.len());
        }
    }
    None
}

/// A cookie named like a login session (`session`, `PHPSESSID`,
/// `connect.sid`).
pub(crate) fn session_name(name: &str) -> bool {
    name.as_bytes()
        .windows(4)
        .any(|x| x.eq_ignore_ascii_case(b"sess"))
        || name.eq_ignore_ascii_case("sid")
        || name.ends_with(".sid")
        || name.ends_with("_sid")
}

/// Secrets in a delimited table (CSV, TSV, `|` wiki or Markdown tables)
/// whose name is in another cell: every cell under a header naming a
/// secret (`login_password`, `API Secret`), and the later cells of a row
/// whose first cell names one (`| SESSION_SECRET | - | … |`). Cells must
/// be one word and pass the generic value test (random-looking, not a
/// placeholder, path or URL). Bounded: the first 2,000 lines, cells up to 1 KiB.
pub(crate) fn table_secrets(text: &str, min_entropy: f64) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if !text.contains('\n') {
        return out;
    }
    // (delimiter, secret columns, cell count) of the table being read
    let mut header: Option<(u8, Vec<usize>, usize)> = None;
    // (delimiter, cell count) of the row before when it was all labels: a
    // header, so the row after it is data even when it reads like one
    // (`| Authorization | Bearer YOUR_API_KEY |` under `| Header | Value |`).
    let mut label_row: Option<(u8, usize)> = None;
    let mut at = 0;
    let mut cells = Vec::new();
    for line in text.split('\n').take(2000) {
        let start = at;
        at += line.len() + 1;
        // A rule under a header (`-----+------`, `|---|:--|`) keeps it.
        if line.contains('-')
            && line
                .bytes()
                .all(|c| matches!(c, b'-' | b'+' | b'|' | b':' | b'=' | b' ' | b'\r'))
        {
            continue;
        }
        // `pg_dump`'s `COPY t (a, b, …) FROM stdin;`: the rows after it are
        // tab-separated, named by the list.
        if let Some(cols) = copy_columns(line) {
            let secret_cols: Vec<usize> = cols
                .iter()
                .enumerate()
                .filter(|(_, c)| generic_key(c))
                .map(|(i, _)| i)
                .collect();
            header = (!secret_cols.is_empty()).then_some((b'\t', secret_cols, cols.len()));
            label_row = None;
            continue;
        }
        let Some(delim) = table_delimiter(line) else {
            header = None;
            label_row = None;
            continue;
        };
        split_cells(line, start, delim, &mut cells);
        if cells.len() < 2 {
            header = None;
            label_row = None;
            continue;
        }
        let cell = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
        let secret_value = |r: &Range<usize>| {
            let c = cell(r);
            r.len() <= 1024 && !c.contains(char::is_whitespace) && generic_value(c, min_entropy)
        };
        // A name: short, at most three words, named like a secret.
        let names_secret = |r: &Range<usize>| {
            let c = cell(r);
            c.len() <= 64 && c.split_whitespace().count() <= 3 && generic_key(c)
        };
        match &header {
            Some((d, cols, n)) if *d == delim && *n == cells.len() => {
                for &i in cols {
                    if let Some(r) = cells.get(i).filter(|r| secret_value(r)) {
                        out.push(r.clone());
                    }
                }
                continue;
            }
            _ => {}
        }
        // A header is made of labels: words, no digits (`Passwort` is a
        // mixed-case word that would pass the value test).
        let label = |r: &Range<usize>| {
            cell(r)
                .chars()
                .all(|c| c.is_alphabetic() || " _-./()".contains(c))
        };
        let all_labels = cells.iter().all(label);
        let under_header = label_row == Some((delim, cells.len()));
        label_row = all_labels.then_some((delim, cells.len()));
        let cols: Vec<usize> = (0..cells.len())
            .filter(|&i| cells.get(i).is_some_and(|r| names_secret(r) && label(r)))
            .collect();
        if !cols.is_empty() && all_labels && !under_header {
            header = Some((delim, cols, cells.len()));
            continue;
        }
        header = None;
        // A row named by its first cell.
        if let Some(first) = cells.first().filter(|r| names_secret(r)) {
            for r in cells.iter().skip(1) {
                if r.start > first.end && secret_value(r) {
                    out.push(r.clone());
                }
            }
        }
    }
    out
}

/// The Milenage keys of the 3GPP TS 35.208 test sets (K, then OPc; sets
/// 1 and 2 share theirs): published conformance data that lab SIM files
/// and simulators use, not a subscriber's key.
const MILENAGE_TEST_KEYS: &[&str] = &[
    "465b5ce8b199b49faa5f0a2ee238a6bc",
    "cd63cb71954a9f4e48a5994e37a02baf",
    "fec86ba6eb707ed08905757b1bb44b8f",
    "1006020f0a478bf6b699f15c062e42b3",
    "9e5944aea94b81165c82fbf9f32db751",
    "a64a507ae1a2a98bb88eb4210135dc87",
    "4ab1deb05ca6ceb051fc98e77d026a84",
    "dcf07cbd51855290b92a07a9891e523e",
    "6c38a116ac280c454f59332ee35c8c4f",
    "3803ef5363b947c6aaa225e58fae3934",
    "2d609d4db0ac5bf0d2c0de267014de0d",
    "c35a0ab0bcbfc9252caff15f24efbde0",
    "a530a7fe428fad1082c45eddfce13884",
    "27953e49bc8af6dcc6e730eb80286be3",
    "d9151cf04896e25830bf2e08267b8360",
    "c4c93effe8a08138c203d4c27ce4e3d9",
    "a0e2971b6822e8d354a18cc235624ecb",
    "82a26f22bba9e9488f949a10d98e9cc4",
    "0da6f7ba86d5eac8a19cf563ac58642d",
    "0db1071f8767562ca43a0a64c41e8d08",
    "77b45843c88e58c10d202684515ed430",
    "d483afae562409a326b5bb0b20c4d762",
    "729b17729270dd87ccdf1bfe29b4e9bb",
    "228c2f2f06ac3268a9e616ee16db4ba1",
    "d32dd23e89dc662354ca12eb79dd32fa",
    "d22a4b4180a5325708a5ff70d9f67ec7",
    "af7c65e1927221de591187a2c5987a53",
    "a4cf5c8155c08a7eff418e5443b98e55",
    "5bd7ecd3d3127a41d12539bed4e7cf71",
    "76089d3c0ff3efdc6e36721d4fceb747",
    "6cd1c6ceb1e01e14f1b82316a90b7f3d",
    "a219dc37f1dc7d66738b5843c799f206",
    "b73a90cbcf3afb622dba83c58a8415df",
    "df0c67868fa25f748b7044c6e7c245b8",
    "5122250214c33e723a5dd523fc145fc0",
    "981d464c7c52eb6e5036234984ad0bcf",
    "90dca4eda45b53cf0f12d7c9c3bc6a89",
    "cb9cccc4b9258e6dca4760379fb82581",
];

/// Whether a hex value is one of the published Milenage test-set keys.
pub(crate) fn milenage_test_key(v: &str) -> bool {
    MILENAGE_TEST_KEYS.iter().any(|k| k.eq_ignore_ascii_case(v))
}

/// Subscriber keys in a SIM vendor's output file (the `.out` file of a
/// personalisation batch): its `var_out:` line names the columns
/// (`ICCID/IMSI/Ki/OPC/ADM1`) of the blank-separated rows after it. A
/// cell under a key column (Ki, K, OPc, OP, the OTA keys KIc/KID/KIK)
/// that is 16 to 64 hex digits is that key; masked cells and the
/// published test-set keys are not. Bounded: the first 10,000 lines.
pub(crate) fn sim_output_keys(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // (key columns, cell count) of the `var_out:` line being read
    let mut header: Option<(Vec<usize>, usize)> = None;
    let mut at = 0;
    for line in text.split('\n').take(10_000) {
        let start = at;
        at += line.len() + 1;
        let t = line.trim();
        if let Some(names) = t
            .get(..8)
            .filter(|h| h.eq_ignore_ascii_case("var_out:"))
            .and_then(|_| t.get(8..))
        {
            let names: Vec<&str> = names.split('/').map(str::trim).collect();
            let cols: Vec<usize> = names
                .iter()
                .enumerate()
                .filter(|(_, n)| {
                    let u = n.to_ascii_uppercase();
                    matches!(u.as_str(), "KI" | "K" | "OPC" | "OP")
                        || ["KIC", "KID", "KIK"].iter().any(|p| u.starts_with(p))
                })
                .map(|(i, _)| i)
                .collect();
            header = (!cols.is_empty()).then_some((cols, names.len()));
            continue;
        }
        let Some((cols, n)) = &header else {
            continue;
        };
        // the blank-separated cells, as ranges of the whole text
        let mut cells: Vec<Range<usize>> = Vec::new();
        let mut cell_start = None;
        for (i, b) in line.bytes().chain(std::iter::once(b' ')).enumerate() {
            match (b.is_ascii_whitespace(), cell_start) {
                (true, Some(s0)) => {
                    cells.push(start + s0..start + i);
                    cell_start = None;
                }
                (false, None) => cell_start = Some(i),
                _ => {}
            }
        }
        if cells.len() != *n {
            continue;
        }
        for &i in cols {
            let Some(r) = cells.get(i) else { continue };
            let c = text.get(r.clone()).unwrap_or("");
            let key = (16..=64).contains(&c.len())
                && c.bytes().all(|b| b.is_ascii_hexdigit())
                && !milenage_test_key(c)
                && !c.bytes().all(|b| Some(&b) == c.as_bytes().first());
            if key {
                out.push(r.clone());
            }
        }
    }
    out
}

/// Phone numbers in a delimited export (a carrier's CDR file, an HR or
/// CRM CSV) whose header names the column (`a_msisdn`, `mobile`, the
/// called party's `b_number`): digits-only international numbers
/// (`447505623129`) carry no `+` or grouping to find them by. A cell counts
/// when it is all digits and phone separators and passes the phone test
/// (fictional ranges and service numbers stay out). An export's header is
/// at its top: only the first four lines are read as one (this runs on
/// every long string that mentions a phone), and the rows end the table.
pub(crate) fn table_phones(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    if !text.contains('\n') {
        return out;
    }
    // The called or calling party's number in telecom records.
    let party = |w: &[String]| {
        matches!(w, [.., a, n] if n == "number"
            && matches!(a.as_str(), "a" | "b" | "c" | "calling" | "called" | "caller" | "callee"))
            || matches!(w.last().map(String::as_str), Some("anumber" | "bnumber"))
    };
    let mut header: Option<(u8, Vec<usize>, usize)> = None;
    let mut at = 0;
    let mut cells = Vec::new();
    for (n, line) in text.split('\n').take(2000).enumerate() {
        let start = at;
        at += line.len() + 1;
        if header.is_none() && (n >= 4 || !out.is_empty()) {
            break;
        }
        let Some(delim) = table_delimiter(line) else {
            header = None;
            continue;
        };
        split_cells(line, start, delim, &mut cells);
        let cell = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
        if let Some((d, cols, n)) = &header {
            if *d == delim && *n == cells.len() {
                for &i in cols {
                    let Some(r) = cells.get(i) else { continue };
                    let c = cell(r);
                    let shape = c.len() <= 24
                        && c.bytes()
                            .next()
                            .is_some_and(|b| b == b'+' || b.is_ascii_digit())
                        && c.bytes()
                            .skip(1)
                            .all(|b| b.is_ascii_digit() || b" ().-".contains(&b));
                    if shape && phone_ok(c, usize::MAX) {
                        out.push(r.clone());
                    }
                }
                continue;
            }
        }
        header = None;
        // A header: two or more short labels, one naming a phone.
        if cells.len() < 2
            || !cells.iter().all(|r| {
                r.len() <= 40
                    && cell(r)
                        .bytes()
                        .all(|b| b.is_ascii_alphabetic() || b" _-.".contains(&b))
            })
        {
            continue;
        }
        let cols: Vec<usize> = (0..cells.len())
            .filter(|&i| {
                cells.get(i).is_some_and(|r| {
                    // (`cell_id`, `phone_id`: a tower's or a device's id)
                    let w = key_words(cell(r));
                    (phone_words(&w) || party(&w))
                        && !matches!(w.last().map(String::as_str), Some("id" | "ids"))
                })
            })
            .collect();
        if !cols.is_empty() {
            header = Some((delim, cols, cells.len()));
        }
    }
    out
}

/// The column names of a `COPY table (a, b, …) FROM stdin;` line.
fn copy_columns(line: &str) -> Option<Vec<&str>> {
    let rest = line.strip_prefix("COPY ")?;
    let (list, tail) = rest.split_once('(')?.1.split_once(')')?;
    if !tail.trim_start().starts_with("FROM stdin") {
        return None;
    }
    Some(
        list.split(',')
            .map(|c| c.trim().trim_matches('"'))
            .collect(),
    )
}

/// Secrets in SQL `INSERT INTO t (a, b, …) VALUES (…), (…);` statements
/// (a database dump or a query log): each quoted value under a column
/// named like a secret (`api_key`, `password`). Bounded: 200 statements,
/// 10,000 rows.
pub(crate) fn sql_insert_secrets(text: &str, min_entropy: f64) -> Vec<Range<usize>> {
    static FINDER: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let mut out = Vec::new();
    // A cheap gate first (SIMD search; this runs on every string where a
    // secret's word was seen): `INSERT`, `insert` and `Insert` all hold
    // one of these.
    if memchr::memmem::find(text.as_bytes(), b"nsert").is_none()
        && memchr::memmem::find(text.as_bytes(), b"NSERT").is_none()
    {
        return out;
    }
    let Some(ac) = FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["insert into", "values"])
            .ok()
    }) else {
        return out;
    };
    let b = text.as_bytes();
    // Where `pat` (0: `insert into`, 1: `values`) next starts, from `from`.
    let find = |from: usize, pat: usize| -> Option<usize> {
        let input = aho_corasick::Input::new(b.get(from..)?);
        ac.find_iter(input)
            .find(|m| m.pattern().as_usize() == pat)
            .map(|m| m.start() + from)
    };
    let mut from = 0;
    let mut rows = 0;
    for _ in 0..200 {
        let Some(at) = find(from, 0) else {
            break;
        };
        from = at + 11;
        let Some(values_at) = find(from, 1) else {
            break;
        };
        let head = text.get(from..values_at).unwrap_or("");
        let (Some(open), Some(close)) = (head.find('('), head.rfind(')')) else {
            continue;
        };
        let secret_cols: Vec<bool> = head
            .get(open + 1..close)
            .unwrap_or("")
            .split(',')
            .map(|c| {
                let c = c.trim().trim_matches(['`', '"', '[', ']']);
                c.len() <= 64 && generic_key(c)
            })
            .collect();
        if !secret_cols.contains(&true) {
            continue;
        }
        // The rows: `(v, 'v', …)` separated by commas.
        let mut i = values_at + 6;
        loop {
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            if b.get(i) != Some(&b'(') || rows >= 10_000 {
                break;
            }
            rows += 1;
            i += 1;
            let mut col = 0;
            loop {
                while b.get(i).is_some_and(|c| *c == b' ') {
                    i += 1;
                }
                if b.get(i) == Some(&b'\'') {
                    let start = i + 1;
                    let mut j = start;
                    while let Some(&c) = b.get(j) {
                        if c == b'\'' && b.get(j + 1) != Some(&b'\'') {
                            break;
                        }
                        j += if c == b'\'' || c == b'\\' { 2 } else { 1 };
                    }
                    if secret_cols.get(col) == Some(&true) {
                        if let Some(v) = text.get(start..j) {
                            if v.len() <= 1024
                                && !v.contains(char::is_whitespace)
                                && generic_value(v, min_entropy)
                            {
                                out.push(start..j);
                            }
                        }
                    }
                    i = j + 1;
                } else {
                    while b.get(i).is_some_and(|c| !matches!(c, b',' | b')')) {
                        i += 1;
                    }
                }
                while b.get(i).is_some_and(|c| *c == b' ') {
                    i += 1;
                }
                match b.get(i) {
                    Some(b',') => {
                        i += 1;
                        col += 1;
                    }
                    Some(b')') => {
                        i += 1;
                        break;
                    }
                    _ => return out,
                }
            }
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            if b.get(i) != Some(&b',') {
                break;
            }
            i += 1;
        }
        from = i.max(from);
    }
    out
}

/// The delimiter of a table line: `|` when it starts with one or its
/// cells are set apart by ` | ` (`psql`'s output), else a tab, else `,` or
/// `;` (the more frequent).
fn table_delimiter(line: &str) -> Option<u8> {
    let t = line.trim_start();
    if t.starts_with('|') {
        return Some(b'|');
    }
    if line.contains('\t') {
        return Some(b'\t');
    }
    if line.contains(" | ") {
        return Some(b'|');
    }
    let commas = line.bytes().filter(|b| *b == b',').count();
    let semis = line.bytes().filter(|b| *b == b';').count();
    match (commas, semis) {
        (0, 0) => None,
        (c, s) if c >= s => Some(b','),
        _ => Some(b';'),
    }
}

/// The cells of one table line as byte ranges of the whole text (trimmed,
/// CSV quotes taken off; a `|` table's empty first and last cells and
/// Confluence's `||` header markers dropped).
fn split_cells(line: &str, offset: usize, delim: u8, out: &mut Vec<Range<usize>>) {
    out.clear();
    let b = line.as_bytes();
    let mut i = 0;
    let mut cell_start = 0;
    let mut in_quotes = false;
    while i <= b.len() {
        let c = b.get(i).copied();
        match c {
            Some(b'"') if delim != b'|' => in_quotes = !in_quotes,
            Some(x) if x == delim && !in_quotes => {
                out.push(cell_start..i);
                cell_start = i + 1;
            }
            None => out.push(cell_start..i),
            _ => {}
        }
        i += 1;
    }
    let trimmed = |r: Range<usize>| {
        let s = line.get(r.clone()).unwrap_or("");
        let lead = s.len() - s.trim_start().len();
        let t = s.trim();
        let quoted = |q: char| t.len() >= 2 && t.starts_with(q) && t.ends_with(q);
        let (q0, q1) = if quoted('"') || quoted('`') {
            (1, 1)
        } else {
            (0, 0)
        };
        offset + r.start + lead + q0..offset + r.start + lead + t.len() - q1
    };
    for r in out.iter_mut() {
        *r = trimmed(r.clone());
    }
    if delim == b'|' {
        out.retain(|r| !r.is_empty());
    }
}

/// Whether a member name (or the `name` beside a `value`) is a cookie
/// header: its value is a list of cookies.
pub(crate) fn cookie_key(key: &str) -> bool {
    key.eq_ignore_ascii_case("cookie") || key.eq_ignore_ascii_case("set-cookie")
}

/// Email refinement: a real-looking TLD, no `..`, not a URL user
/// (`https://user@host`), not an SSH remote (`git@github.com:org/repo`),
/// a person's mailbox (see [`email_impersonal`]).
/// [`email_ok`] on a match, less the thorns of a Concordance load file
/// (`þfieldþ¶þfieldþ`): `þ` is a Latin letter to the pattern, so a field's
/// quotes run into the address (`þrecords@firm.comþ`). A trailing `þ` ends
/// no real top-level domain; a leading one is a quote when a field
/// separator (`¶`, DC4) or another thorn comes before it or the address
/// closes with one, and the rest of the local part is ASCII (an Icelandic
/// `þóra@…` keeps its letter).
pub(crate) fn email_span(hay: &str, m: Range<usize>, roles: bool) -> Option<Range<usize>> {
    const THORN: char = 'þ';
    let mut span = m;
    let text = hay.get(span.clone())?;
    let mut closed = false;
    if let Some(head) = text.strip_suffix(THORN) {
        let tld = head.rsplit('.').next().unwrap_or("");
        if tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()) {
            span.end -= THORN.len_utf8();
            closed = true;
        }
    }
    let text = hay.get(span.clone())?;
    if let Some(rest) = text.strip_prefix(THORN) {
        let local = rest.split('@').next().unwrap_or("");
        let prev = hay.get(..span.start).and_then(|b| b.chars().next_back());
        let quote = closed || matches!(prev, Some('¶' | '\u{14}' | THORN));
        if quote && local.is_ascii() && !local.is_empty() {
            span.start += THORN.len_utf8();
        }
    }
    // An EDIFACT segment's tag runs into the address: `COM+a@b.org:EM'`
    // (the local part may hold a `+`); the tag is no part of it.
    let text = hay.get(span.clone())?;
    let seg_start = span
        .start
        .checked_sub(1)
        .and_then(|i| hay.as_bytes().get(i))
        .is_none_or(|b| matches!(b, b'\'' | b'\n' | b'\r' | b' '));
    if seg_start && text.starts_with("COM+") && text.get(4..).is_some_and(|t| !t.starts_with('@')) {
        span.start += 4;
    }
    // A form blank's opening rule (`e-mail: ____a@b.org____`) runs into
    // the local part: two or more `_` lead no one's mailbox.
    let text = hay.get(span.clone())?;
    let rule = text.bytes().take_while(|&b| b == b'_').count();
    if rule >= 2 {
        // an empty blank before a domain (`____@agency.gov`) is nobody's
        if text.get(rule..).is_none_or(|t| t.starts_with('@')) {
            return None;
        }
        span.start += rule;
    }
    email_ok(hay, span.clone(), roles).then_some(span)
}

pub(crate) fn email_ok(hay: &str, span: Range<usize>, roles: bool) -> bool {
    let Some(text) = hay.get(span.clone()) else {
        return false;
    };
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return false;
    }
    if local.chars().count() > 64
        || domain.split('.').count() > 9
        || domain.split('.').any(|l| l.chars().count() > 63)
    {
        return false;
    }
    let tld = domain.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
    if NOT_TLDS.contains(&tld.as_str()) {
        return false;
    }
    // Names reserved for documentation (RFC 2606 / 6761): nobody's mailbox.
    let lower = domain.to_ascii_lowercase();
    if matches!(tld.as_str(), "example" | "test")
        || ["example.com", "example.org", "example.net"]
            .iter()
            .any(|d| lower == *d || lower.strip_suffix(d).is_some_and(|h| h.ends_with('.')))
    {
        return false;
    }
    if email_impersonal(local, domain, roles) || email_placeholder(local, &lower) {
        return false;
    }
    if masked_local(hay.get(..span.start).unwrap_or("")) {
        return false;
    }
    // Google Calendar's rooms and shared calendars (`room-4a@resource.
    // calendar.google.com`), and identifiers shaped like mailboxes: event
    // UIDs, Message-IDs (`CAPzMp…@mail.gmail.com`, `3a39…@…outlook.com`).
    if lower.ends_with(".calendar.google.com") || machine_local_part(local) {
        return false;
    }
    if domain
        .split('.')
        .any(|l| l.starts_with('-') || l.ends_with('-') || l.is_empty())
    {
        return false;
    }
    let before = hay.get(..span.start).unwrap_or("");
    if before.ends_with("//") {
        return false;
    }
    if message_id_header(before) {
        return false;
    }
    // `user:password@host` (ssh, proxies, connection strings without a
    // scheme): what precedes `@` is a password, not a mailbox, even when
    // the password's symbols cut the local part short (`deploy:p#ss@host`).
    // A label before the colon (`mailto:`, `Email:`) is not a user.
    let token = before
        .rsplit(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '(' | '<' | '[' | ',' | ';' | '>')
        })
        .next()
        .unwrap_or("");
    if token.len() <= 256 {
        // `=` may sit inside the password (`deploy:a=b@host`), so the token
        // runs over it; a `key=` before the user is not part of the label.
        // The part right before the user: `mailto:` in `ATTENDEE;…:mailto:a@b`.
        // A query parameter's value in a URL (`https://host/p?owner=a@b`):
        // the colon is the scheme's, the address is data.
        let query_value = token.ends_with('=')
            && token
                .rsplit_once(':')
                .is_some_and(|(_, tail)| tail.starts_with("//") && tail.contains('?'));
        if let Some((head, _)) = token.rsplit_once(':').filter(|_| !query_value) {
            let head = head.rsplit(':').next().unwrap_or(head);
            let head = head.rsplit('=').next().unwrap_or(head);
            const LABELS: &[&str] = &[
                "mailto",
                "email",
                "e-mail",
                "mail",
                "from",
                "to",
                "cc",
                "bcc",
                "reply-to",
                "sender",
                "recipient",
                "contact",
                "owner",
                "author",
                "assignee",
                "address",
                "by",
                // vCard / iCalendar parameters: `EMAIL;TYPE=work:a@b`
                "work",
                "home",
                "internet",
                "pref",
            ];
            // An AWS assumed role's id before its session name
            // (`AROA…:a@b`, a CloudTrail `principalId`).
            let role_id = head.len() >= 16
                && head.starts_with("AROA")
                && head
                    .bytes()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            // A GCP IAM member (`"user:a@b"` in a policy's bindings) opens
            // its string; a `user:pass@host` login sits in prose.
            let token_start = before.len() - token.len();
            let iam_user = head == "user"
                && (token_start == 0 || before.as_bytes().get(token_start - 1) == Some(&b'"'));
            if !role_id && !iam_user && !LABELS.iter().any(|l| l.eq_ignore_ascii_case(head)) {
                return false;
            }
        }
    }
    let bytes = hay.as_bytes();
    // An EDIFACT `COM` segment closes the address with its channel code
    // and the segment terminator (`COM+a@b.org:EM'`): no SSH path.
    let edifact = bytes.get(span.end + 1..span.end + 4).is_some_and(|q| {
        q.get(..2)
            .is_some_and(|c| c.iter().all(u8::is_ascii_uppercase))
            && q.get(2) == Some(&b'\'')
    });
    if bytes.get(span.end) == Some(&b':')
        && !edifact
        && bytes
            .get(span.end + 1)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/' || *b == b'~')
    {
        return false;
    }
    true
}

/// Whether the local part before `span` was cut by a mask after a
/// visible head: bullets or an ellipsis (`j•••n@`, `jo…n@`), or two or
/// more `*` (`a***l@`). What is left (`l@att.net`) is no one's address.
/// A list bullet (`• a@b.org`), Markdown bold (`**a@b.org**`) and an X12
/// separator (`*EM*a@b.org`) keep theirs.
fn masked_local(before: &str) -> bool {
    let (mut stars, mut dots) = (0usize, 0usize);
    for c in before.chars().rev() {
        match c {
            '•' | '…' | '●' => dots += 1,
            '*' => stars += 1,
            _ => return (stars >= 2 || dots >= 1) && c.is_alphanumeric(),
        }
    }
    false
}

/// Documentation placeholders outside the reserved names: a generic local
/// part at a generic company (`your.name@company.com`, `user@domain.com`).
fn email_placeholder(local: &str, domain: &str) -> bool {
    const LOCALS: &[&str] = &[
        "name",
        "your.name",
        "yourname",
        "your_name",
        "your-name",
        "you",
        "user",
        "username",
        "someone",
        "first.last",
        "firstname.lastname",
        "email",
    ];
    const COMPANIES: &[&str] = &[
        "company",
        "yourcompany",
        "mycompany",
        "domain",
        "yourdomain",
        "mydomain",
    ];
    LOCALS.iter().any(|l| l.eq_ignore_ascii_case(local))
        && domain
            .split('.')
            .next()
            .is_some_and(|first| COMPANIES.contains(&first))
}

/// A local part nobody chose: 20 or more letters and digits that switch
/// between letters and digits at least six times
/// (`91j4p1hzlqb9fwfk3nbp58ufjk`, hex), or, 30 or more long, between
/// lower case, upper case and digits at least twelve times
/// (`CAPzMpjQLQQIS7rPls…`). People's long names carry separators or
/// switch seldom (`annasmith1985`, `ChristopherMcDonald1985`).
fn machine_local_part(local: &str) -> bool {
    let b = local.as_bytes();
    if b.len() < 20 || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let class = |c: &u8| {
        if c.is_ascii_digit() {
            0
        } else if c.is_ascii_lowercase() {
            1
        } else {
            2
        }
    };
    let (mut digit_switches, mut switches) = (0, 0);
    for w in b.windows(2) {
        if let [x, y] = w {
            if class(x) != class(y) {
                switches += 1;
                if x.is_ascii_digit() != y.is_ascii_digit() {
                    digit_switches += 1;
                }
            }
        }
    }
    digit_switches >= 6 || (b.len() >= 30 && switches >= 12)
}

/// Whether the text before an address is a mail header that holds message
/// identifiers (`Message-ID: <uuid@mail.host>`, `In-Reply-To:`,
/// `References:`), which are shaped like mailboxes but reach nobody.
fn message_id_header(before: &str) -> bool {
    if bracketed_after_message_id_label(before) {
        return true;
    }
    let mut from = before.len().saturating_sub(200);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before.get(from..).unwrap_or("");
    let line = tail.rsplit('\n').next().unwrap_or(tail);
    let line = line.trim_start_matches([' ', '\t', '"', '\'']);
    let Some((name, _)) = line.split_once(':') else {
        return false;
    };
    [
        "message-id",
        "in-reply-to",
        "references",
        "content-id",
        "resent-message-id",
    ]
    .iter()
    .any(|h| name.trim_end_matches(['"', '\'']).eq_ignore_ascii_case(h))
}

/// Whether an address opens with an angle bracket (`<`, `&lt;`, `%3C`)
/// right after a label naming a message identifier in any syntax:
/// `message_id="<…`, `<Data Name="message_id">&lt;…`, a cookie jar's
/// `message_id<TAB>%3C…`, a form's `&msgid=%3C…`. Message identifiers are
/// always bracketed (RFC 5322); a bare address after such a label is
/// still a mailbox.
fn bracketed_after_message_id_label(before: &str) -> bool {
    let mut from = before.len().saturating_sub(80);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let tail = before.get(from..).unwrap_or("");
    let lower = tail.to_ascii_lowercase();
    let Some(rest) = ["<", "&lt;", "%3c"]
        .iter()
        .find_map(|b| lower.strip_suffix(b))
    else {
        return false;
    };
    let label = rest.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '=' | ':' | '>' | '\\')
    });
    let label = label.strip_suffix("&quot;").unwrap_or(label);
    let label =
        label.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '=' | ':'));
    let word: String = label
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    ["messageid", "msgid", "inreplyto", "references", "contentid"]
        .iter()
        .any(|w| word.ends_with(w))
}

/// Whether a JSON member name names a mail header that holds message
/// identifiers (`Message-ID`, `messageId`, `internetMessageId`,
/// `In-Reply-To`, `References`, `Content-ID`).
pub(crate) fn message_id_key(key: &str) -> bool {
    if key.len() > 64 {
        return false;
    }
    let w = key_words(key);
    let w: Vec<&str> = w.iter().map(String::as_str).collect();
    matches!(
        w.as_slice(),
        [.., "message", "id"] | ["in", "reply", "to"] | ["references"] | ["content", "id"]
    )
}

/// A name/value pair printed as JSON in text (`{"key": "AuthorizationKey",
/// "readonly": false, "value": "…"}`: OCPP configuration, Postman and HAR
/// dumps, Kubernetes `env` lists in a log line): when `e` ends inside the
/// string that a `"key"` / `"name"` member holds, that string is the key
/// and the same object's `"value"` string its value. Bounded: the name is
/// one identifier, the value within 512 bytes and before any `{` or `}`.
pub(crate) fn named_pair_at(text: &str, e: usize) -> Option<(Range<usize>, Range<usize>)> {
    let b = text.as_bytes();
    let ident = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.');
    let tail = b
        .get(e..)?
        .iter()
        .take(128)
        .take_while(|c| ident(c))
        .count();
    let end = e + tail;
    if b.get(end) != Some(&b'"') {
        return None;
    }
    let head = b
        .get(..e)?
        .iter()
        .rev()
        .take(128)
        .take_while(|c| ident(c))
        .count();
    let start = e - head;
    let open = start.checked_sub(1)?;
    if b.get(open) != Some(&b'"') || start == end {
        return None;
    }
    // the member holding the name: `"key": ` or `"name":`
    let before = text.get(open.saturating_sub(16)..open)?.trim_end();
    let member = before.strip_suffix(':')?.trim_end();
    if !["\"key\"", "\"name\"", "\"Key\"", "\"Name\""]
        .iter()
        .any(|m| member.ends_with(m))
    {
        return None;
    }
    let after = end + 1;
    let rest = text.get(after..)?;
    let mut cap = rest.len().min(512);
    while !rest.is_char_boundary(cap) {
        cap -= 1;
    }
    let rest = rest.get(..cap)?;
    let stop = rest.find(['{', '}']).unwrap_or(rest.len());
    let scope = rest.get(..stop)?;
    let at = scope.find("\"value\"")? + "\"value\"".len();
    let val = scope
        .get(at..)?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let val = val.strip_prefix('"')?;
    let len = val.find(['"', '\\'])?;
    let vstart = after + (scope.len() - val.len());
    Some((start..end, vstart..vstart + len))
}

/// Whether a bank routing number is named just before nine digits
/// (`routing 069634962`, `ABA: …`, `RTN …`): not an SSN.
pub(crate) fn routing_label_before(hay: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(24);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let before = hay.get(from..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or(before);
    // camelCase keys count word by word (`routingNumber`, `bankRoutingNo`)
    line.split(|c: char| !c.is_ascii_alphabetic())
        .flat_map(camel_words)
        .any(|w| {
            ["routing", "aba", "rtn", "transit"]
                .iter()
                .any(|r| w.eq_ignore_ascii_case(r))
        })
}

/// The words of a camelCase identifier (`bankRoutingNumber` -> `bank`,
/// `Routing`, `Number`); a word without case changes is one word.
fn camel_words(w: &str) -> impl Iterator<Item = &str> {
    let b = w.as_bytes();
    let mut cuts = vec![0];
    cuts.extend((1..b.len()).filter(|&i| {
        b.get(i).is_some_and(u8::is_ascii_uppercase)
            && b.get(i - 1).is_some_and(u8::is_ascii_lowercase)
    }));
    cuts.push(b.len());
    (0..cuts.len().saturating_sub(1)).filter_map(move |i| {
        let (from, to) = (*cuts.get(i)?, *cuts.get(i + 1)?);
        w.get(from..to)
    })
}

/// What [`edi_fields`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EdiField {
    Phone,
    Ssn,
}

/// Numbers that an EDI format names by the qualifier or field id before
/// them, in `window`: X12's `PER` contact numbers (`*TE*`, `*CP*`, `*FX*`,
/// `*HP*`, `*WP*`: telephone, cell, fax, home, work) and NCPDP
/// Telecommunication's patient phone (field `CQ` after the 0x1C
/// separator) as phones; X12's `REF*SY*` (Social Security Number) as an
/// SSN. The number runs to the next separator; it must pass the phone or
/// SSN rules.
pub(crate) fn edi_fields(text: &str, window: Range<usize>, field: EdiField) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let Some(win) = b.get(window.clone()) else {
        return out;
    };
    let tags: &[&[u8]] = match field {
        EdiField::Phone => &[b"*TE*", b"*CP*", b"*FX*", b"*HP*", b"*WP*", b"\x1cCQ"],
        EdiField::Ssn => &[b"REF*SY*"],
    };
    let mut i = 0;
    while i < win.len() {
        let first = |c: &u8| match field {
            EdiField::Phone => *c == b'*' || *c == 0x1c,
            EdiField::Ssn => *c == b'R',
        };
        let Some(p) = win.get(i..).and_then(|r| r.iter().position(first)) else {
            break;
        };
        let at = i + p;
        i = at + 1;
        let Some(tag) = tags
            .iter()
            .find(|t| win.get(at..).is_some_and(|r| r.starts_with(t)))
        else {
            continue;
        };
        let start = window.start + at + tag.len();
        // phones: `+` and digits; SSNs: digits, dashes (`372-41-8860`)
        let plus = usize::from(field == EdiField::Phone && b.get(start) == Some(&b'+'));
        let len = plus
            + b.get(start + plus..).map_or(0, |r| {
                r.iter()
                    .take(16)
                    .take_while(|c| c.is_ascii_digit() || (field == EdiField::Ssn && **c == b'-'))
                    .count()
            });
        let end = start + len;
        // the value ends at a separator, not inside a longer token
        if len == 0 || b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let Some(value) = text.get(start..end) else {
            continue;
        };
        let ok = match field {
            // (checked as a key-named value: 7 to 15 digits)
            EdiField::Phone => phone_ok(value, usize::MAX - 2),
            EdiField::Ssn => ssn_ok(value),
        };
        if ok {
            out.push(start..end);
        }
    }
    out
}

/// Whether nine digits are an X12 EDI element (right after the `*`
/// separator) whose qualifier is not SSN's: in `N4*CITY*IL*606014799` or
/// `REF*EI*…` the number is a ZIP+4 or an employer id. Only `REF*SY*` and
/// an `NM1` id after qualifier `34` hold an SSN.
pub(crate) fn x12_element_not_ssn(hay: &str, start: usize) -> bool {
    let b = hay.as_bytes();
    if start == 0 || b.get(start - 1) != Some(&b'*') {
        return false;
    }
    let q = start.checked_sub(4).and_then(|i| b.get(i..start));
    !matches!(q, Some(b"*SY*" | b"*34*"))
}

/// SSNs in a NACHA (ACH) file: in an entry detail record (`6…`) of a PPD
/// batch (consumer payments: payroll, benefits), positions 40-54 are the
/// Individual Identification Number, which payroll files fill with the
/// employee's SSN; nine digits there that pass the issuance rules are
/// one. The file header's fixed `094101` (record size, blocking factor,
/// format code) says the text is such a file. Bounded: 10,000 lines.
pub(crate) fn nacha_ssns(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // a header, a batch header and an entry: three records at least
    if text.len() < 3 * 80 || !text.contains("094101") {
        return out;
    }
    let mut file = false;
    let mut ppd = false;
    let mut at = 0;
    for line in text.split('\n').take(10_000) {
        let start = at;
        at += line.len() + 1;
        let b = line.as_bytes();
        match b.first() {
            // (at bytes 34-39; a writer that pads a header field one
            // byte too wide shifts it, and the entries are still read)
            Some(b'1') if b.starts_with(b"101") => {
                file = b
                    .get(30..46)
                    .is_some_and(|w| w.windows(6).any(|x| x == b"094101"));
            }
            Some(b'5') => ppd = file && b.get(50..53) == Some(b"PPD".as_slice()),
            Some(b'6') if file && ppd => {
                let Some(field) = b.get(39..54) else { continue };
                let (id, rest) = field.split_at(9.min(field.len()));
                if id.iter().all(u8::is_ascii_digit)
                    && rest.iter().all(|c| *c == b' ')
                    // transaction code and amount: digits
                    && b.get(1..3).is_some_and(|h| h.iter().all(u8::is_ascii_digit))
                    && b.get(29..39).is_some_and(|h| h.iter().all(u8::is_ascii_digit))
                    && std::str::from_utf8(id).is_ok_and(ssn_ok)
                {
                    out.push(start + 39..start + 48);
                }
            }
            _ => {}
        }
    }
    out
}

/// A member naming a registry's number: an assessor's parcel (`apn`,
/// `parcel_id`, `ParcelNumber`), a tax, customs or business register id
/// (`ein`, `tin`, `vat`, `eori`, `cbp`, `duns`, `lei`, `npi`; also as
/// the kind a sibling names, `"number_type": "EIN"`): its dashed digits
/// are no phone.
pub(crate) fn registry_number_key(key: &str) -> bool {
    const WORDS: &[&str] = &[
        "apn", "parcel", "ein", "tin", "vat", "eori", "cbp", "duns", "lei", "npi",
    ];
    key_words(key).iter().any(|w| WORDS.contains(&w.as_str()))
}

/// Whether the line before a number labels it as an order, invoice or
/// tracking number (`ご注文番号：074-3103527`, `Order no. 0171-1234567`)
/// and not as a phone.
fn order_label_before(hay: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(48);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let before = hay.get(from..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or(before);
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            line.as_bytes()
                .windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        })
    };
    has(&[
        "注文番号",
        "受付番号",
        "伝票番号",
        "order",
        "invoice",
        "tracking",
        "pedido",
        "commande",
        "bestell",
        "rechnung",
        "factura",
        "fattura",
        "encomenda",
        "sku",
        // a property's assessor parcel number (`"apn": "0218-238-237"`)
        "parcel",
        "\"apn\"",
        "apn:",
        "apn #",
        // meeting ids (`meeting id 616 940 911`) and conference PINs
        "meeting",
        "webinar",
        "conference",
    ]) && (!has(&["phone", "tel", "mobile", "電話", "携帯", "fax"]) || meeting_id_just_before(line))
}

/// Whether the text right before a number names it a meeting's or a
/// conference call's id or PIN (Teams' `Phone conference ID: 966 094 688#`,
/// `Meeting ID: 616 940 911`): the word `phone` in the label does not make
/// the number one.
fn meeting_id_just_before(line: &str) -> bool {
    let label = line.trim_end_matches([' ', '\t', ':', '#', '.', '\u{a0}']);
    [
        "conference id",
        "meeting id",
        "webinar id",
        "conference pin",
        "participant pin",
        "passcode",
    ]
    .iter()
    .any(|l| {
        label
            .len()
            .checked_sub(l.len())
            .and_then(|i| label.get(i..))
            .is_some_and(|t| t.eq_ignore_ascii_case(l))
    })
}

/// Whether the word right before a number names it an account's number
/// (`Account 079-993-7318`, `Acct #: 408-989-3633`, `account no. …`):
/// statements print account numbers in a phone's groups. Only the
/// singular label right before it: `Accounts: 01632 960123` is the
/// accounts office's line, and `Account manager … 408-…` a person's.
fn account_label_just_before(hay: &str, start: usize) -> bool {
    let mut from = start.saturating_sub(32);
    while !hay.is_char_boundary(from) {
        from += 1;
    }
    let before = hay.get(from..start).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or(before);
    let trim = |s: &str| -> usize {
        s.trim_end_matches([' ', '\t', ':', '#', '.', '\u{a0}'])
            .len()
    };
    let mut label = line.get(..trim(line)).unwrap_or("");
    // `account no.`, `account number`, `acct nr`
    for tail in ["number", "no", "nr", "num"] {
        let cut = label.len().saturating_sub(tail.len());
        if label
            .get(cut..)
            .is_some_and(|t| t.eq_ignore_ascii_case(tail))
            && label
                .get(..cut)
                .is_some_and(|h| h.ends_with([' ', '.', '\t']))
        {
            let head = label.get(..cut).unwrap_or("");
            label = head.get(..trim(head)).unwrap_or("");
            break;
        }
    }
    ["account", "acct"].iter().any(|w| {
        let Some(cut) = label.len().checked_sub(w.len()) else {
            return false;
        };
        label.get(cut..).is_some_and(|t| t.eq_ignore_ascii_case(w))
            && !label
                .get(..cut)
                .and_then(|h| h.chars().next_back())
                .is_some_and(char::is_alphanumeric)
    })
}

/// [`phone_ok`] on a match, less a closing parenthesis the number did not
/// open: in `(ana@acme.io, +49 89 1146 2478)` the `)` closes the prose.
pub(crate) fn phone_span(hay: &str, m: Range<usize>, pattern: usize) -> Option<Range<usize>> {
    let mut end = m.end;
    let text = hay.get(m.start..end)?;
    let open = text.bytes().filter(|b| *b == b'(').count();
    let close = text.bytes().filter(|b| *b == b')').count();
    if close > open && text.ends_with(')') {
        end -= 1;
    }
    let text = hay.get(m.start..end)?;
    // `12:00:01 31178366`: the seconds of a time, then another number.
    let b = hay.as_bytes();
    if m.start >= 2
        && b.get(m.start - 1) == Some(&b':')
        && b.get(m.start - 2).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    if order_label_before(hay, m.start) || account_label_just_before(hay, m.start) {
        return None;
    }
    phone_ok(text, pattern).then_some(m.start..end)
}

/// Numbers set aside for fiction and documentation, which reach nobody:
/// NANP 555-0100 to 555-0199, Ofcom's drama ranges (020 7946 0xxx,
/// 0113-0161 496 0xxx, 01632 960xxx, 07700 900xxx …), and a subscriber
/// part of only zeros (`03-0000-0000`, `+49 30 0000000`).
fn fictional_phone(text: &str, d: &[u8]) -> bool {
    if d.len() > 4 && d.get(3..).is_some_and(|r| r.iter().all(|b| *b == b'0')) {
        return true;
    }
    let nanp = match d.len() {
        11 if d.first() == Some(&b'1') => d.get(4..),
        8 if d.first() == Some(&b'1') => d.get(1..),
        10 => d.get(3..),
        7 => Some(d),
        _ => None,
    };
    if nanp.is_some_and(|r| r.starts_with(b"55501")) {
        return true;
    }
    // Written the North American way, `(555) 010-0128`: an area code
    // starting 1, an exchange starting 0 or 1, or the unassigned area code
    // 555, is no number anyone answers. (An area starting 0 is another
    // country's trunk prefix, `(021) 555-1234`.)
    let b = text.trim().as_bytes();
    let dig = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if b.len() == 14
        && b.first() == Some(&b'(')
        && b.get(4..6) == Some(b") ".as_slice())
        && b.get(9) == Some(&b'-')
        && [1, 2, 3, 6, 7, 8, 10, 11, 12, 13].iter().all(|&i| dig(i))
        && b.get(1) != Some(&b'0')
    {
        let area_ok =
            b.get(1).is_some_and(|c| *c >= b'2') && b.get(1..4) != Some(b"555".as_slice());
        let exchange_ok = b.get(6).is_some_and(|c| *c >= b'2');
        if !(area_ok && exchange_ok) {
            return true;
        }
    }
    let t = text.trim_start_matches(['(', ' ']);
    // The national significant number: after +44 / +61 (and a "(0)"
    // trunk prefix), or after the national trunk 0.
    let intl = |cc: &str| {
        t.strip_prefix('+')
            .or_else(|| t.strip_prefix("00"))
            .is_some_and(|r| r.starts_with(cc))
    };
    // E.164 digits without the `+`, as CDR and SMS-gateway exports write
    // them: `447700900330`, `61491570156`.
    let bare = |cc: &[u8], n: usize| d.len() == n && d.starts_with(cc) && d.len() == t.len();
    let (nsn, uk, au) = if intl("44") || intl("61") {
        let skip = if t.starts_with('+') { 2 } else { 4 };
        let r = d.get(skip..).unwrap_or(&[]);
        (r.strip_prefix(b"0").unwrap_or(r), intl("44"), intl("61"))
    } else if bare(b"44", 12) || bare(b"61", 11) {
        (
            d.get(2..).unwrap_or(&[]),
            d.starts_with(b"44"),
            d.starts_with(b"61"),
        )
    } else if t.starts_with('0') {
        (d.get(1..).unwrap_or(&[]), true, true)
    } else {
        return false;
    };
    const DRAMA: &[&[u8]] = &[
        b"2079460", b"1134960", b"1144960", b"1154960", b"1164960", b"1174960", b"1184960",
        b"1214960", b"1314960", b"1414960", b"1514960", b"1614960", b"1632960", b"7700900",
        b"2890180", b"2920180", b"8081570", b"9098790", b"3069990",
    ];
    // ACMA's numbers for fiction: the mobile block 0491 570 xxx and the
    // landline blocks (02) 5550, (03) 7010, (07) 5550, (08) 7010.
    const ACMA: &[&[u8]] = &[b"491570", b"25550", b"37010", b"75550", b"87010"];
    (uk && nsn.len() == 10 && DRAMA.iter().any(|p| nsn.starts_with(p)))
        || (au && nsn.len() == 9 && ACMA.iter().any(|p| nsn.starts_with(p)))
}

/// Freephone and shared-cost service lines (NANP 800/833/844/855/866/877/
/// 888, 0800/0808, Japanese 0120, French 0801-0805, Australian and Indian
/// 1800/1300, Chinese 400, and the same ranges after a country code): a
/// company's call centre, not a person to reach.
fn service_number(text: &str, d: &[u8]) -> bool {
    let t = text.trim_start_matches(['(', ' ']);
    if t.starts_with('+') && !t.starts_with("+1") {
        // Freephone ranges written internationally (`+49 800 …`, `+81 120
        // …`, `+44 808 …`): country code, then the range.
        const INTERNATIONAL: &[&[u8]] = &[
            b"49800", b"44800", b"44808", b"33800", b"33801", b"33802", b"33803", b"33804",
            b"33805", b"39800", b"39803", b"34800", b"34900", b"31800", b"32800", b"41800",
            b"43800", b"45800", b"47800", b"48800", b"351800", b"3531800", b"3581800", b"61180",
            b"61130", b"64800", b"65800", b"81120", b"81800", b"8280", b"86400", b"86800",
            b"911800", b"55800", b"52800", b"27800", b"90800", b"7800", b"44300",
        ];
        // ITU's universal freephone and shared-cost codes: `+800` and
        // `+808` then eight digits, one number in every country
        let universal = d.len() == 11 && (d.starts_with(b"800") || d.starts_with(b"808"));
        return universal || INTERNATIONAL.iter().any(|p| d.starts_with(p));
    }
    let nanp = match d.len() {
        11 if d.first() == Some(&b'1') => d.get(1..4),
        10 => d.get(..3),
        _ => None,
    };
    if nanp.is_some_and(|a| {
        [b"800", b"833", b"844", b"855", b"866", b"877", b"888"]
            .iter()
            .any(|p| a == p.as_slice())
    }) {
        return true;
    }
    if t.starts_with('+') {
        return false;
    }
    (t.starts_with('0')
        && (d.starts_with(b"0800")
            || d.starts_with(b"0808")
            // Japan's 0120 freedial (`0120-xxx-xxx`; Egypt's 012 mobiles
            // are 11 digits written `012 …`), France's 0801–0805
            || (d.starts_with(b"0120") && (d.len() == 10 || t.get(4..5).is_some_and(|c| c == "-" || c == " ")))
            || (d.len() == 10 && d.starts_with(b"080") && d.get(3).is_some_and(|c| (b'1'..=b'5').contains(c)))))
        || ((d.len() == 10 || d.len() == 11) && (d.starts_with(b"1800") || d.starts_with(b"1300")))
        || (d.len() == 10 && d.starts_with(b"400"))
        // Spanish, Italian and Polish free numbers: nine digits, no trunk 0
        || (d.len() == 9 && (d.starts_with(b"800") || d.starts_with(b"900")))
        // the UK's 0300 lines, for public bodies and charities (`HMRC
        // helpline 0300 …`); Berlin's 030 has no subscriber starting 0
        || (d.len() == 11 && d.starts_with(b"0300"))
}

/// Phone refinement per pattern: digit counts per numbering plan and
/// balanced parentheses. `pattern` is the index in the phone detector.
pub(crate) fn phone_ok(text: &str, pattern: usize) -> bool {
    let d = digits_of(text);
    if fictional_phone(text, &d) || service_number(text, &d) {
        return false;
    }
    let trunk = text.contains("(0)");
    let mut n = digits_of(text).len();
    if trunk {
        n = n.saturating_sub(1);
    }
    let open = text.bytes().filter(|b| *b == b'(').count();
    let close = text.bytes().filter(|b| *b == b')').count();
    if open != close {
        return false;
    }
    // `+1` is the North American plan: its area code and exchange start
    // with 2-9, so `+1 000 000 0000` is a placeholder, not a number.
    if !trunk && text.trim_start_matches(['(', ' ']).starts_with("+1") {
        let d = digits_of(text);
        let nxx = |i: usize| d.get(i).is_some_and(|c| (b'2'..=b'9').contains(c));
        if d.len() == 11 && !(nxx(1) && nxx(4)) {
            return false;
        }
    }
    // `+7598957.64`: a signed decimal amount, not a number to call.
    let decimal =
        text.bytes().filter(|b| *b == b'.').count() == 1 && !text.contains([' ', '-', '(']);
    match pattern {
        0 => (8..=15).contains(&n) && !decimal,  // +CC international
        1 => n == 10 || n == 11,                 // NANP, optional leading 1
        2 => (10..=12).contains(&n),             // UK; German mobiles 0151 2312 2911
        3 => n == 10,                            // FR
        4 => n == 10 || n == 11,                 // JP
        5 => (9..=12).contains(&n),              // DE, NL
        6 => (8..=12).contains(&n),              // national, area code in parentheses
        9 => n == 10 || n == 11,                 // TR, UA
        10 => n == 9 && !mixed_separators(text), // ES, PL mobiles
        11 => (8..=15).contains(&n),             // (+CC) national number
        12 => (9..=15).contains(&n),             // signature label (`m:`)
        _ => (7..=15).contains(&n),              // key-named value
    }
}

/// `637 923-030`: groups joined by different separators are not one number.
fn mixed_separators(text: &str) -> bool {
    text.contains(' ') && text.contains('-')
}

/// IPv6 refinement: trailing dots and colons trimmed, parses, has at least
/// two non-empty groups (so `::` and `::1` alone are not addresses of anyone).
pub(crate) fn ipv6_span(hay: &str, m: Range<usize>) -> Option<Range<usize>> {
    let text = hay.get(m.clone())?;
    let trimmed = text.trim_end_matches('.');
    let trimmed = if trimmed.ends_with(':') && !trimmed.ends_with("::") {
        trimmed.trim_end_matches(':')
    } else {
        trimmed
    };
    if trimmed.bytes().filter(|b| *b == b':').count() < 2 {
        return None;
    }
    trimmed.parse::<std::net::Ipv6Addr>().ok()?;
    let groups = trimmed.split(':').filter(|g| !g.is_empty()).count();
    if groups < 2 {
        return None;
    }
    Some(m.start..m.start + trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_accepts_known_test_cards_and_rejects_a_changed_digit() {
        assert!(luhn(b"4111111111111111"));
        assert!(luhn(b"378282246310005"));
        assert!(luhn(b"5555555555554444"));
        assert!(!luhn(b"4111111111111112"));
        assert!(!luhn(b""));
    }

    #[test]
    fn iban_mod97_accepts_published_examples_and_rejects_a_typo() {
        assert!(iban_mod97(b"DE89370400440532013000"));
        assert!(iban_mod97(b"GB82WEST12345698765432"));
        assert!(!iban_mod97(b"DE89370400440532013001"));
    }

    #[test]
    fn ssn_rules_reject_unissued_areas_groups_and_serials() {
        for (s, ok) in [
            ("123-45-6788", true),
            ("123-45-6789", false),
            ("078-05-1120", false),
            ("000-12-3456", false),
            ("666-12-3456", false),
            ("912-12-3456", false),
            ("123-00-4567", false),
            ("123-45-0000", false),
            ("123-45-678", false),
        ] {
            assert_eq!(ssn_ok(s), ok, "{s}");
        }
    }

    #[test]
    fn key_words_split_snake_kebab_and_camel_case() {
        assert_eq!(key_words("nextPageToken"), ["next", "page", "token"]);
        assert_eq!(
            key_words("AWS_SECRET_ACCESS_KEY"),
            ["aws", "secret", "access", "key"]
        );
        assert_eq!(key_words("x-api-key"), ["x", "api", "key"]);
    }

    #[test]
    fn generic_key_names_credentials_but_not_pagination_or_counters() {
        for (k, yes) in [
            ("api_key", true),
            ("apiKey", true),
            ("GITHUB_TOKEN", true),
            ("db_password", true),
            ("clientSecret", true),
            ("access_token", true),
            ("nextPageToken", false),
            ("progressToken", false),
            ("csrf_token", false),
            ("max_tokens", false),
            ("primary_key", false),
            ("token_type", false),
            ("key", false),
            ("secret_name", false),
        ] {
            assert_eq!(generic_key(k), yes, "{k}");
        }
    }

    #[test]
    fn entropy_of_uniform_and_constant_strings() {
        assert!(entropy(b"aaaaaaaa") < 0.01);
        assert!((entropy(b"abcdefgh") - 3.0).abs() < 1e-9);
    }
}
