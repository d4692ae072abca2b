//! The packed forms of compact changes (schema 23, issue 18): the forms `[3,…]` and `[4,…]`
//! without their brackets and commas, every number written in as few characters as it needs.
//!
//! ```text
//! 5KVKV…     every "before" is null (a record created), like [3,…]
//! 6KVVKVV…   before/after pairs, like [4,…]
//! ```
//!
//! `K` is the field's key as in `[3,…]`/`[4,…]` (`code * 16 + how_after`, `code * 256 +
//! how_before * 16 + how_after`), and a value `V` follows for each `how` that has one: a JSON
//! string (`how` 0) as the canonical text has it, quotes included; for an instant (`how` 1) its
//! seconds after the row's `at`, for one of the words (`how` 8) its number, and for an integer
//! (`how` 9, this form's own: a JSON integer written as Rust writes an `i64`) the integer. Each
//! number is one or more base-32 digits, most significant first: every digit but the last from
//! `#`..`B` (0x23..0x42), the last from `^`..`}` (0x5E..0x7D), so a number ends where its last
//! digit is and needs no separator, and no digit is `"`, `\` or `]`. A signed number (a delta, an
//! integer) is zigzagged first (0, -1, 1, -2… as 0, 1, 2, 3…). Every field must have a code and
//! every value be one of those kinds; changes with anything else are written in the other forms.
//! Like those, a packed row is stored only when it decodes back to exactly its canonical text.

use super::{EMPTIES, Held, INSTANT, NAMES, Parser, WORD, WORDS, instant, render, word};

/// `how` of an integer written as a number, in the packed forms only.
pub(super) const INTEGER: u8 = 9;
pub(super) const CREATE: u8 = b'5';
pub(super) const PAIRS: u8 = b'6';
/// `how` of a string held by number (texts.rs), in the forms `7…` and `8…` only.
pub(super) const BY_NUMBER: u8 = 10;
pub(super) const CREATE_BY_NUMBER: u8 = b'7';
pub(super) const PAIRS_BY_NUMBER: u8 = b'8';
const MORE: u8 = 0x23;
const LAST: u8 = 0x5E;

/// A field of canonical changes whose name has a code.
pub(super) struct Field<'a> {
    pub code: usize,
    pub before: &'a [u8],
    pub after: &'a [u8],
}

/// Packed: `5…`/`6…`, or `7…`/`8…` with texts held by number (texts.rs).
pub(super) fn is_packed(stored: &[u8]) -> bool {
    matches!(
        stored.first(),
        Some(&CREATE | &PAIRS | &CREATE_BY_NUMBER | &PAIRS_BY_NUMBER)
    )
}

enum Then<'a> {
    Nothing,
    Number(u64),
    Text(&'a [u8]),
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn unzigzag(u: u64) -> i64 {
    ((u >> 1) as i64) ^ -((u & 1) as i64)
}

pub(super) fn put(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 13];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = (n % 32) as u8;
        n /= 32;
        if n == 0 {
            break;
        }
    }
    let last = digits.len() - 1;
    for (i, d) in digits.iter().enumerate().skip(k) {
        out.push(if i == last { LAST + d } else { MORE + d });
    }
}

/// How `v` is written, and what follows for it; `None` when the packed forms cannot hold it.
fn how(v: &[u8], at: i64) -> Option<(u8, Then<'_>)> {
    if let Some(k) = EMPTIES.iter().position(|e| *e == v) {
        return Some((k as u8 + 2, Then::Nothing));
    }
    if let Some(n) = word(v) {
        return Some((WORD, Then::Number(n as u64)));
    }
    if let Some(t) = instant(v)
        && render(t).as_deref() == Some(v)
        && let Some(d) = t.checked_sub(at)
    {
        return Some((INSTANT, Then::Number(zigzag(d))));
    }
    if v.first() == Some(&b'"') {
        return Some((0, Then::Text(v)));
    }
    let n: i64 = std::str::from_utf8(v).ok()?.parse().ok()?;
    (n.to_string().as_bytes() == v).then_some((INTEGER, Then::Number(zigzag(n))))
}

/// The packed form of `fields`, if it can hold them.
pub(super) fn encode(fields: &[Field<'_>], create: bool, at: i64) -> Option<String> {
    let mut out = Vec::with_capacity(fields.len() * 6);
    out.push(if create { CREATE } else { PAIRS });
    for f in fields {
        let (hb, b) = if create { (0, Then::Nothing) } else { how(f.before, at)? };
        let (ha, a) = how(f.after, at)?;
        let key = if create {
            f.code * 16 + usize::from(ha)
        } else {
            f.code * 256 + usize::from(hb) * 16 + usize::from(ha)
        };
        put(&mut out, key as u64);
        for v in [b, a] {
            match v {
                Then::Nothing => {}
                Then::Number(n) => put(&mut out, n),
                Then::Text(t) => out.extend_from_slice(t),
            }
        }
    }
    if fields.is_empty() {
        return None;
    }
    String::from_utf8(out).ok()
}

pub(super) fn number(p: &mut Parser) -> Option<u64> {
    let mut n: u64 = 0;
    loop {
        let c = p.peek()?;
        let (digit, last) = match c {
            MORE..=0x42 => (c - MORE, false),
            LAST..=0x7D => (c - LAST, true),
            _ => return None,
        };
        n = n.checked_mul(32)?.checked_add(u64::from(digit))?;
        p.i += 1;
        if last {
            return Some(n);
        }
    }
}

/// The canonical text of a packed row, or `None` when it is not one; a row in the forms `7…`/`8…`
/// only with `held`, which gives the texts it names by number.
pub(super) fn decode(stored: &[u8], at: i64, mut held: Option<&mut dyn Held>) -> Option<Vec<u8>> {
    let (create, by_number) = match *stored.first()? {
        CREATE => (true, false),
        PAIRS => (false, false),
        CREATE_BY_NUMBER => (true, true),
        PAIRS_BY_NUMBER => (false, true),
        _ => return None,
    };
    if !by_number {
        held = None;
    } else if held.is_none() {
        return None;
    }
    let mut p = Parser { s: stored, i: 1 };
    let mut out = Vec::with_capacity(stored.len() * 4);
    out.push(b'[');
    while p.i < stored.len() {
        if out.len() > 1 {
            out.push(b',');
        }
        let key = usize::try_from(number(&mut p)?).ok()?;
        let (code, hb, ha) = if create {
            (key / 16, None, (key % 16) as u8)
        } else {
            (key / 256, Some((key / 16 % 16) as u8), (key % 16) as u8)
        };
        out.extend_from_slice(b"{\"field\":\"");
        out.extend_from_slice(NAMES.get(code)?.as_bytes());
        out.extend_from_slice(b"\",\"before\":");
        match hb {
            None => out.extend_from_slice(b"null"),
            Some(h) => value(&mut p, h, at, &mut out, &mut held)?,
        }
        out.extend_from_slice(b",\"after\":");
        value(&mut p, ha, at, &mut out, &mut held)?;
        out.push(b'}');
    }
    if out.len() == 1 {
        return None;
    }
    out.push(b']');
    Some(out)
}

fn value(p: &mut Parser, how: u8, at: i64, out: &mut Vec<u8>, held: &mut Option<&mut dyn Held>) -> Option<()> {
    match how {
        0 => out.extend_from_slice(p.string()?),
        BY_NUMBER => out.extend_from_slice(held.as_mut()?.text(number(p)?)?),
        INSTANT => out.extend_from_slice(&render(at.checked_add(unzigzag(number(p)?))?)?),
        WORD => {
            out.push(b'"');
            out.extend_from_slice(WORDS.get(usize::try_from(number(p)?).ok()?)?.as_bytes());
            out.push(b'"');
        }
        INTEGER => {
            use std::io::Write;
            write!(out, "{}", unzigzag(number(p)?)).ok()?
        }
        k => out.extend_from_slice(EMPTIES.get(usize::from(k).checked_sub(2)?)?),
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::super::{canonical, canonical_str, compact};
    use super::*;

    #[test]
    fn a1_numbers_end_at_their_last_digit_and_read_back() {
        for n in [0u64, 1, 31, 32, 1023, 1024, 40_000, u64::MAX] {
            let mut out = Vec::new();
            put(&mut out, n);
            assert!(
                out[..out.len() - 1].iter().all(|c| (MORE..=0x42).contains(c)),
                "{out:?}"
            );
            assert!((LAST..=0x7D).contains(out.last().unwrap()));
            assert!(!out.iter().any(|c| b"\"\\]".contains(c)));
            let mut p = Parser { s: &out, i: 0 };
            assert_eq!(number(&mut p), Some(n));
            assert_eq!(p.i, out.len());
        }
        for n in [0i64, -1, 1, -20, 440, i64::MIN, i64::MAX] {
            assert_eq!(unzigzag(zigzag(n)), n);
        }
    }

    #[test]
    fn a1_a_row_is_packed_when_shorter_and_reads_back_as_its_text() {
        let at = 1_649_679_231;
        let created = r#"[{"field":"channel","before":null,"after":"walk-in"},{"field":"title","before":null,"after":"短信网关 #5"},{"field":"received_at","before":null,"after":"2022-04-11T12:13:31Z"},{"field":"satisfaction","before":null,"after":null}]"#;
        let small = compact(created, at);
        assert!(small.starts_with('5'), "{small}");
        assert!(
            small.len() < r#"[3,184,16,208,"短信网关 #5",257,-20,130]"#.len(),
            "{small}"
        );
        assert_eq!(canonical_str(&small, at), created);
        let pairs = r#"[{"field":"status","before":"resolved","after":"verified"},{"field":"verified_at","before":null,"after":"2022-04-12T09:26:11Z"},{"field":"satisfaction","before":null,"after":3},{"field":"episode","before":-2,"after":12}]"#;
        let small = compact(pairs, at);
        assert!(small.starts_with('6'), "{small}");
        assert_eq!(canonical_str(&small, at), pairs);
        // A field without a code, or a value of another kind (a list, a fraction), keeps the
        // earlier forms.
        for other in [
            r#"[{"field":"zzz","before":null,"after":"x"}]"#,
            r#"[{"field":"affected","before":[],"after":["ops"]}]"#,
            r#"[{"field":"satisfaction","before":null,"after":1.5}]"#,
            r#"[{"field":"satisfaction","before":null,"after":-0}]"#,
        ] {
            let small = compact(other, at);
            assert!(!is_packed(small.as_bytes()), "{small}");
            assert_eq!(canonical_str(&small, at), other);
        }
    }

    #[test]
    fn a1_malformed_packed_text_reads_as_itself() {
        for bad in [
            "5",
            "6",
            "5^",
            "6_^",
            "5BBBBBBBBBBBBBBB^",
            "5_\"x",
            "5~",
            "6_^^",
            "5##########################^",
            "5}",
        ] {
            assert_eq!(canonical(bad.as_bytes(), 0).as_ref(), bad.as_bytes(), "{bad}");
        }
    }
}
