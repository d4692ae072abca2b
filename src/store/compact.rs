//! The history's compact encoding of a row's changes (issue 18, schema 16).
//!
//! The canonical form of a row's changes is the JSON the audit trail has always written,
//! `[{"field":F,"before":B,"after":A},…]` exactly as `serde_json` writes it: what
//! `history --json` shows, what `check` replays and what the hash chain covers (chain.rs). A row
//! stores either that text itself or its compact form, which decodes back to it byte for byte:
//!
//! ```text
//! [1,K,A,K,A,…]      every "before" is null (a record created): each field and its value once
//! [2,K,B,A,K,B,A,…]  before/after pairs
//! ```
//!
//! `K` names the field: a JSON string (its name, as the canonical text has it), or an integer
//! where `code` is the name's place in [`NAMES`] (only ever appended to: a code once written means
//! that name for ever): `code * 8 + how_after` in a `[1,…]` row, `code * 64 + how_before * 8 +
//! how_after` in a `[2,…]` row. `how` says where a value is:
//! `0` it follows as JSON, verbatim from the canonical text; `1` an instant
//! `"YYYY-MM-DDTHH:MM:SSZ"` that follows as its seconds after the row's `at` (an integer); and
//! `2`–`7` a value that is not written at all: `null`, `""`, `[]`, `false`, `true`, `0`. A row is stored compact only when its
//! compact form decodes to exactly the text it stands for ([`compact`] checks); anything else
//! (rows written by hand, by SQL, by an older opsdesk) stays as it was and reads as it always
//! did. The empty list `[]` is the same in both forms.
//!
//! Since schema 19 two more forms, `[3,…]` like `[1,…]` and `[4,…]` like `[2,…]`, give `how`
//! four bits (`code * 16 + how_after`, `code * 256 + how_before * 16 + how_after`) so that
//! `how` `8` can say: the value is the string [`WORDS`]`[n]` (a status, a category, a channel, a
//! severity), `n` following as an integer. A row is written in whichever form is shorter.
//!
//! Since schema 23 the packed forms `5…` and `6…` ([`packed`]) hold what `[3,…]` and `[4,…]` hold
//! without brackets and commas, each number in as few characters as it needs; they are the
//! shortest wherever every field has a code; since schema 24 the forms `7…` and `8…` ([`texts`])
//! hold their longer strings by number. Rows in every earlier form read as they always did.

use std::borrow::Cow;

mod packed;
pub mod texts;
pub use texts::canonical_held;

/// Field names with a code, by code. Append only: a code's name never changes.
const NAMES: &[&str] = &[
    "status",
    "accepted_at",
    "owner",
    "restored_at",
    "resolved_at",
    "cause",
    "verified_at",
    "closed_at",
    "satisfaction",
    "contacted_at",
    "episode",
    "channel",
    "contact",
    "title",
    "dept",
    "clock_start",
    "received_at",
    "description",
    "started_at",
    "service",
    "category",
    "severity",
    "reporter",
    "outage",
    "human_cause",
    "affected",
    "done_how",
    "done_by",
    "done_at",
    "due_at",
    "kind",
    "withdrawn",
    "record_kind",
    "record_id",
    "whom",
    "raised_at",
    "state",
    "attempts",
    "lease_until",
    "created_at",
    "person",
    "remarks",
    "lease_owner",
    "sent_at",
    "receipt",
    "reached_at",
    "called_by",
    "approved_by",
    "approved_at",
    "body",
    "last_error",
    "duty_id",
    "to",
    "subject",
    "next_attempt_at",
    "medium",
    "lang",
    "edited",
    "cc",
    "met_at",
    "reviewed_by",
    "reviewed_at",
    "close_reason",
    "reopened",
    "delivered_at",
    "evaluated_at",
    "approvals",
    "form_no",
    "result",
    "performed_by",
    "performed_at",
    "note",
    "name",
    "author",
    "round",
];

/// String values with a number, by number, written as `how` 8 and the number in the forms `[3,…]`
/// and `[4,…]`: the incident's states, categories, channels and severities (I2, I3, I5). Append
/// only: a number once written means that word for ever. Each is plain ASCII, which JSON writes
/// between quotes as it is.
const WORDS: &[&str] = &[
    "reported",
    "accepted",
    "diagnosing",
    "restored",
    "resolved",
    "verified",
    "closed",
    "os",
    "network",
    "application",
    "database",
    "other",
    "phone",
    "email",
    "online",
    "monitoring",
    "walk-in",
    "P1",
    "P2",
    "P3",
    "P4",
];
const WORD: u8 = 8;

/// Values written as a `how` alone, from `how` 2 on.
const EMPTIES: &[&[u8]] = &[b"null", b"\"\"", b"[]", b"false", b"true", b"0"];
const INSTANT: u8 = 1;

/// The canonical text of stored changes: decoded when compact, else the stored text itself
/// (whatever it is: a check must see what is there). `at` is the row's `at`, in seconds.
pub fn canonical(stored: &[u8], at: i64) -> Cow<'_, [u8]> {
    match decode(stored, at) {
        Some(text) => Cow::Owned(text),
        None => Cow::Borrowed(stored),
    }
}

/// Where the texts a row names by number are (`texts`, schema 24; `store::history_texts`).
pub trait Held {
    /// The text of number `n`, exactly one JSON string; `None` when there is none.
    fn text(&mut self, n: u64) -> Option<&[u8]>;
}

/// [`canonical`] for text.
pub fn canonical_str(stored: &str, at: i64) -> Cow<'_, str> {
    match decode(stored.as_bytes(), at).map(String::from_utf8) {
        Some(Ok(text)) => Cow::Owned(text),
        _ => Cow::Borrowed(stored),
    }
}

/// What to store for changes whose canonical text is `text`: the compact form when it decodes back
/// to exactly `text`, else `text` itself.
pub fn compact(text: &str, at: i64) -> Cow<'_, str> {
    checked(text, at, encode(text.as_bytes(), at, true))
}

/// [`compact`] in the forms schemas 16 to 22 wrote (none packed): what an older opsdesk stored,
/// which reads as it always did.
pub fn compact_unpacked(text: &str, at: i64) -> Cow<'_, str> {
    checked(text, at, encode(text.as_bytes(), at, false))
}

fn checked(text: &str, at: i64, small: Option<String>) -> Cow<'_, str> {
    match small {
        Some(small) if decode(small.as_bytes(), at).as_deref() == Some(text.as_bytes()) => Cow::Owned(small),
        _ => Cow::Borrowed(text),
    }
}

/// Is `stored` in the compact form (and not the canonical one)?
pub fn is_compact(stored: &[u8]) -> bool {
    [b"[1,", b"[2,", b"[3,", b"[4,"].iter().any(|p| stored.starts_with(*p)) || packed::is_packed(stored)
}

struct Field<'a> {
    name: &'a [u8],
    before: &'a [u8],
    after: &'a [u8],
}

/// The fields of canonical text, or `None` when it is not exactly what serde_json writes.
fn fields(text: &[u8]) -> Option<Vec<Field<'_>>> {
    let mut p = Parser { s: text, i: 0 };
    p.eat(b"[")?;
    let mut out = Vec::new();
    if p.eat(b"]").is_some() {
        return (p.i == text.len()).then_some(out);
    }
    loop {
        p.eat(b"{\"field\":")?;
        let name = p.string()?;
        p.eat(b",\"before\":")?;
        let before = p.value()?;
        p.eat(b",\"after\":")?;
        let after = p.value()?;
        p.eat(b"}")?;
        out.push(Field { name, before, after });
        if p.eat(b"]").is_some() {
            return (p.i == text.len()).then_some(out);
        }
        p.eat(b",")?;
    }
}

/// The shorter of the forms `[1,…]`/`[2,…]` and, when a value is one of [`WORDS`], `[3,…]`/`[4,…]`.
fn encode(text: &[u8], at: i64, pack: bool) -> Option<String> {
    let fields = fields(text)?;
    if fields.is_empty() {
        return None;
    }
    let narrow = encode_as(&fields, at, false)?;
    let worded = fields
        .iter()
        .any(|f| word(f.before).is_some() || word(f.after).is_some());
    let mut best = match worded.then(|| encode_as(&fields, at, true)).flatten() {
        Some(wide) if wide.len() < narrow.len() => wide,
        _ => narrow,
    };
    let create = fields.iter().all(|f| f.before == b"null");
    let named = |f: &Field<'_>| {
        let name = std::str::from_utf8(f.name).ok()?.strip_prefix('"')?.strip_suffix('"')?;
        NAMES.iter().position(|k| *k == name)
    };
    let coded: Option<Vec<packed::Field<'_>>> = fields
        .iter()
        .map(|f| {
            Some(packed::Field {
                code: named(f)?,
                before: f.before,
                after: f.after,
            })
        })
        .collect();
    if pack
        && let Some(p) = coded.and_then(|c| packed::encode(&c, create, at))
        && p.len() < best.len()
    {
        best = p;
    }
    Some(best)
}

/// The number of `v` in [`WORDS`], if it is one (as JSON, quotes included).
fn word(v: &[u8]) -> Option<usize> {
    let inner = v.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
    WORDS.iter().position(|w| w.as_bytes() == inner)
}

fn encode_as(fields: &[Field<'_>], at: i64, wide: bool) -> Option<String> {
    let create = fields.iter().all(|f| f.before == b"null");
    let m: usize = if wide { 16 } else { 8 };
    let mut out = String::with_capacity(fields.len() * 8);
    out.push_str(match (create, wide) {
        (true, false) => "[1",
        (false, false) => "[2",
        (true, true) => "[3",
        (false, true) => "[4",
    });
    for f in fields {
        let (hb, b) = if create { (0, None) } else { how(f.before, at, wide) };
        let (ha, a) = how(f.after, at, wide);
        let code = std::str::from_utf8(f.name)
            .ok()
            .and_then(|n| n.strip_prefix('"')?.strip_suffix('"'))
            .and_then(|n| NAMES.iter().position(|k| *k == n));
        out.push(',');
        match code {
            Some(c) if create => out.push_str(&(c * m + usize::from(ha)).to_string()),
            Some(c) => out.push_str(&(c * m * m + usize::from(hb) * m + usize::from(ha)).to_string()),
            None => {
                out.push_str(std::str::from_utf8(f.name).ok()?);
                // A name without a code carries its values as they are.
                if !create {
                    out.push(',');
                    out.push_str(std::str::from_utf8(f.before).ok()?);
                }
                out.push(',');
                out.push_str(std::str::from_utf8(f.after).ok()?);
                continue;
            }
        }
        for v in [b, a].into_iter().flatten() {
            out.push(',');
            out.push_str(&v);
        }
    }
    out.push(']');
    Some(out)
}

/// How a value is written, and what follows for it (nothing for an empty value); one of
/// [`WORDS`] only in the `wide` forms.
fn how(v: &[u8], at: i64, wide: bool) -> (u8, Option<String>) {
    if let Some(k) = EMPTIES.iter().position(|e| *e == v) {
        return (k as u8 + 2, None);
    }
    if wide && let Some(n) = word(v) {
        return (WORD, Some(n.to_string()));
    }
    if let Some(t) = instant(v)
        && render(t).as_ref().map(|r| &r[..]) == Some(v)
        && let Some(d) = t.checked_sub(at)
    {
        return (INSTANT, Some(d.to_string()));
    }
    (0, std::str::from_utf8(v).ok().map(str::to_string))
}

fn decode(stored: &[u8], at: i64) -> Option<Vec<u8>> {
    if packed::is_packed(stored) {
        return packed::decode(stored, at, None);
    }
    if !is_compact(stored) {
        return None;
    }
    let create = matches!(stored[1], b'1' | b'3');
    let m: usize = if matches!(stored[1], b'3' | b'4') { 16 } else { 8 };
    let mut p = Parser { s: stored, i: 2 };
    let mut out = Vec::with_capacity(stored.len() * 3);
    out.push(b'[');
    let mut first = true;
    while p.eat(b"]").is_none() {
        p.eat(b",")?;
        if !first {
            out.push(b',');
        }
        first = false;
        out.extend_from_slice(b"{\"field\":");
        let (hb, ha) = if p.peek()? == b'"' {
            out.extend_from_slice(p.string()?);
            (0, 0)
        } else {
            let key: usize = std::str::from_utf8(p.number()?).ok()?.parse().ok()?;
            let (code, hb) = if create {
                (key / m, 0)
            } else {
                (key / (m * m), (key / m % m) as u8)
            };
            out.push(b'"');
            out.extend_from_slice(NAMES.get(code)?.as_bytes());
            out.push(b'"');
            (hb, (key % m) as u8)
        };
        out.extend_from_slice(b",\"before\":");
        if create {
            out.extend_from_slice(b"null");
        } else {
            value(&mut p, hb, at, &mut out)?;
        }
        out.extend_from_slice(b",\"after\":");
        value(&mut p, ha, at, &mut out)?;
        out.push(b'}');
    }
    if first || p.i != stored.len() {
        return None;
    }
    out.push(b']');
    Some(out)
}

/// One value of compact changes, written `how`, onto `out` as the canonical text has it.
fn value(p: &mut Parser, how: u8, at: i64, out: &mut Vec<u8>) -> Option<()> {
    match how {
        0 => {
            p.eat(b",")?;
            out.extend_from_slice(p.value()?);
        }
        INSTANT => {
            p.eat(b",")?;
            let d: i64 = std::str::from_utf8(p.number()?).ok()?.parse().ok()?;
            out.extend_from_slice(&render(at.checked_add(d)?)?);
        }
        WORD => {
            p.eat(b",")?;
            let n: usize = std::str::from_utf8(p.number()?).ok()?.parse().ok()?;
            out.push(b'"');
            out.extend_from_slice(WORDS.get(n)?.as_bytes());
            out.push(b'"');
        }
        k => out.extend_from_slice(EMPTIES.get(usize::from(k).checked_sub(2)?)?),
    }
    Some(())
}

/// A JSON reader just able to find where values end: strings (escapes included), numbers,
/// literals, arrays and objects. Never panics on any input.
struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, lit: &[u8]) -> Option<()> {
        self.s.get(self.i..)?.starts_with(lit).then(|| self.i += lit.len())
    }

    fn string(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        (self.peek()? == b'"').then_some(())?;
        self.i += 1;
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(&self.s[start..self.i]);
                }
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
    }

    fn number(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        while matches!(self.peek(), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.i += 1;
        }
        (self.i > start).then(|| &self.s[start..self.i])
    }

    fn value(&mut self) -> Option<&'a [u8]> {
        let start = self.i;
        match self.peek()? {
            b'"' => {
                self.string()?;
            }
            b'[' | b'{' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'[' | b'{' => depth += 1,
                        b']' | b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                self.i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    self.i += 1;
                }
            }
            b't' => self.eat(b"true")?,
            b'f' => self.eat(b"false")?,
            b'n' => self.eat(b"null")?,
            _ => {
                self.number()?;
            }
        }
        Some(&self.s[start..self.i])
    }
}

/// The seconds since the epoch of `"YYYY-MM-DDTHH:MM:SSZ"` (quotes included), if that is `v`.
fn instant(v: &[u8]) -> Option<i64> {
    if v.len() != 22 || v[0] != b'"' || v[21] != b'"' {
        return None;
    }
    let s = std::str::from_utf8(&v[1..21]).ok()?;
    let t = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ").ok()?;
    Some(t.and_utc().timestamp())
}

/// `t` as `"YYYY-MM-DDTHH:MM:SSZ"` (quotes included): civil date from days (H. Hinnant's
/// algorithm), years 0 to 9999 only.
fn render(t: i64) -> Option<Vec<u8>> {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let z = days.checked_add(719_468)?;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era.checked_mul(400)? + i64::from(m <= 2);
    if !(0..=9999).contains(&y) {
        return None;
    }
    // Written digit by digit: a check renders millions of these (issue 18).
    let mut text = b"\"0000-00-00T00:00:00Z\"".to_vec();
    for (at, n) in [
        (1, y / 100),
        (3, y % 100),
        (6, m),
        (9, d),
        (12, secs / 3600),
        (15, secs / 60 % 60),
        (18, secs % 60),
    ] {
        text[at] = b'0' + (n / 10) as u8;
        text[at + 1] = b'0' + (n % 10) as u8;
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_instants_render_as_chrono_writes_them() {
        for t in [
            0i64,
            1_790_000_000,
            951_782_400,
            4_102_444_799,
            -62_135_596_800,
            253_402_300_799,
        ] {
            let chrono = chrono::DateTime::from_timestamp(t, 0).unwrap();
            let want = format!("\"{}\"", chrono.format("%Y-%m-%dT%H:%M:%SZ"));
            assert_eq!(render(t).unwrap(), want.as_bytes(), "{t}");
            assert_eq!(instant(want.as_bytes()), Some(t));
        }
        assert_eq!(render(253_402_300_800), None);
        assert_eq!(render(i64::MIN), None);
    }

    #[test]
    fn a1_the_words_make_a_row_shorter_and_read_back_as_the_text() {
        let at = 1_790_000_000;
        let text = r#"[{"field":"status","before":"accepted","after":"diagnosing"},{"field":"owner","before":"lilei","after":"closed "}]"#;
        // Written packed since schema 23 (compact/packed.rs); as schema 19 wrote it, read as ever.
        let small = compact(text, at);
        assert_eq!(small, "6'f_`3^\"lilei\"\"closed \"");
        assert_eq!(canonical_str(&small, at), text);
        assert_eq!(canonical_str(r#"[4,136,1,2,512,"lilei","closed "]"#, at), text);
        let created =
            r#"[{"field":"channel","before":null,"after":"walk-in"},{"field":"severity","before":null,"after":"P3"}]"#;
        let small = compact(created, at);
        assert_eq!(small, "5(vn-vq");
        assert_eq!(canonical_str(&small, at), created);
        assert_eq!(canonical_str("[3,184,16,344,19]", at), created);
        // Without a word the first forms, as schema 16 wrote them, read as ever.
        let plain = r#"[{"field":"status","before":"x","after":"y"}]"#;
        assert_eq!(compact(plain, at), r#"6^"x""y""#);
        assert_eq!(canonical_str(r#"[2,0,"x","y"]"#, at), plain);
    }

    #[test]
    fn a1_malformed_compact_text_reads_as_itself() {
        for bad in [
            "[1]",
            "[1,",
            "[2,0]",
            "[2,0,1",
            "[1,99999999,1]",
            "[1,1,\"x\"",
            "[1,\"a\"]",
            "[2,9,\"x\"]x",
            "[1,-1,2]",
            "[2,1,5]",
            "[1,1,999999999999999999999]",
            "[1,\"a\\",
            "[1,2,[[[",
            "[3,8]",
            "[3,8,999]",
            "[3,9]",
            "[4,8,1]",
            "[4,4104]",
        ] {
            assert_eq!(canonical(bad.as_bytes(), 0), Cow::Borrowed(bad.as_bytes()), "{bad}");
        }
    }
}
