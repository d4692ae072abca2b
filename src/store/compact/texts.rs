//! Texts held by number (schema 24, issue 18): the packed forms `7…` and `8…` are `5…` and `6…`
//! in which a string value may be written as `how` 10 and a number, the id of a row of
//! `history_texts` that holds the string (a JSON string, quotes included, as the canonical text
//! has it). A desk's history repeats its texts: the same cause, department, contact, reporter or
//! owner in thousands of rows; each is then stored once.
//!
//! Both directions are plain rewrites of the packed text, every other value kept as it is:
//! [`with_texts`] writes strings of at least [`SHORTEST`] bytes by number (the store gives the
//! numbers, adding a text it has not held), and [`inline_texts`] puts them back (the store gives
//! the texts), so that `7…`/`8…` read as the `5…`/`6…` they stand for and decode as those do. A
//! number that names no text, or a text that is not one JSON string, leaves the row unreadable as
//! packed: it is then read, and covered by the chain, as the text it is, and so breaks the chain
//! where it stands, as any other row that does not decode.

use super::packed::{CREATE, INTEGER, PAIRS, number, put};
use super::{INSTANT, Parser, WORD};

/// `how` of a string held by number, in the forms `7…` and `8…` only.
const BY_NUMBER: u8 = 10;
const CREATE_BY_NUMBER: u8 = b'7';
const PAIRS_BY_NUMBER: u8 = b'8';
/// The shortest string (quotes included) worth a number: a number up to a million takes four
/// characters.
pub const SHORTEST: usize = 8;

/// Does `stored` hold texts by number?
pub fn holds_texts(stored: &[u8]) -> bool {
    matches!(stored.first(), Some(&CREATE_BY_NUMBER | &PAIRS_BY_NUMBER))
}

/// One value of a packed row as read.
enum Value<'a> {
    Nothing,
    Number(u64),
    Text(&'a [u8]),
}

/// A packed row's fields, `(code, how before, before, how after, after)`, or `None` when it is
/// not one of the forms `create`/`pairs` name.
type Fields<'a> = Vec<(u64, Option<(u8, Value<'a>)>, (u8, Value<'a>))>;

fn read(stored: &[u8], create_form: u8, pairs_form: u8) -> Option<(bool, Fields<'_>)> {
    let create = match *stored.first()? {
        c if c == create_form => true,
        c if c == pairs_form => false,
        _ => return None,
    };
    let mut p = Parser { s: stored, i: 1 };
    let mut out = Vec::new();
    while p.i < stored.len() {
        let key = number(&mut p)?;
        let (code, hb, ha) = if create {
            (key / 16, None, (key % 16) as u8)
        } else {
            (key / 256, Some((key / 16 % 16) as u8), (key % 16) as u8)
        };
        let before = match hb {
            None => None,
            Some(h) => Some((h, value(&mut p, h)?)),
        };
        let after = (ha, value(&mut p, ha)?);
        out.push((code, before, after));
    }
    (!out.is_empty()).then_some((create, out))
}

fn value<'a>(p: &mut Parser<'a>, how: u8) -> Option<Value<'a>> {
    Some(match how {
        0 => Value::Text(p.string()?),
        INSTANT | WORD | INTEGER | BY_NUMBER => Value::Number(number(p)?),
        2..=7 => Value::Nothing,
        _ => return None,
    })
}

fn write(form: u8, create: bool, fields: &Fields<'_>, out: &mut Vec<u8>) {
    out.push(form);
    for (code, before, (ha, a)) in fields {
        let key = match before {
            None => code * 16 + u64::from(*ha),
            Some((hb, _)) => code * 256 + u64::from(*hb) * 16 + u64::from(*ha),
        };
        debug_assert_eq!(create, before.is_none());
        put(out, key);
        for v in before.iter().map(|(_, v)| v).chain([a]) {
            match v {
                Value::Nothing => {}
                Value::Number(n) => put(out, *n),
                Value::Text(t) => out.extend_from_slice(t),
            }
        }
    }
}

/// `stored` (a `5…`/`6…` row) with each string of at least [`SHORTEST`] bytes written by the
/// number `number` gives it (`None`: kept as it is); `None` when `stored` is not such a row or no
/// string was given a number.
pub fn with_texts(stored: &str, number: &mut dyn FnMut(&[u8]) -> Option<u64>) -> Option<String> {
    let (create, mut fields) = read(stored.as_bytes(), CREATE, PAIRS)?;
    let mut any = false;
    for (_, before, after) in &mut fields {
        for (how, v) in before.iter_mut().chain([after]) {
            if let Value::Text(t) = v
                && t.len() >= SHORTEST
                && let Some(n) = number(t)
            {
                *how = BY_NUMBER;
                *v = Value::Number(n);
                any = true;
            }
        }
    }
    if !any {
        return None;
    }
    let mut out = Vec::with_capacity(stored.len());
    write(
        if create { CREATE_BY_NUMBER } else { PAIRS_BY_NUMBER },
        create,
        &fields,
        &mut out,
    );
    String::from_utf8(out).ok()
}

/// `stored` (a `7…`/`8…` row) as the `5…`/`6…` row it stands for, each number replaced by the
/// text `text` gives for it; `None` when it is no such row, or a number names no text, or a text
/// is not exactly one JSON string.
pub fn inline_texts(stored: &[u8], text: &mut dyn FnMut(u64) -> Option<Vec<u8>>) -> Option<Vec<u8>> {
    let (create, mut fields) = read(stored, CREATE_BY_NUMBER, PAIRS_BY_NUMBER)?;
    let mut held: Vec<Vec<u8>> = Vec::new();
    for (_, before, after) in &fields {
        for (how, v) in before.iter().chain([after]) {
            if let (&BY_NUMBER, Value::Number(n)) = (how, v) {
                let t = text(*n)?;
                let mut p = Parser { s: &t, i: 0 };
                (p.string()?.len() == t.len()).then_some(())?;
                held.push(t);
            }
        }
    }
    let mut next = held.iter();
    for (_, before, after) in &mut fields {
        for (how, v) in before.iter_mut().chain([after]) {
            if *how == BY_NUMBER {
                *how = 0;
                *v = Value::Text(next.next()?);
            }
        }
    }
    let mut out = Vec::with_capacity(stored.len() * 2);
    write(if create { CREATE } else { PAIRS }, create, &fields, &mut out);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::{canonical_str, compact};
    use super::*;

    fn with_table(stored: &str, table: &mut Vec<Vec<u8>>) -> Option<String> {
        with_texts(stored, &mut |t| {
            let n = match table.iter().position(|x| x == t) {
                Some(n) => n,
                None => {
                    table.push(t.to_vec());
                    table.len() - 1
                }
            };
            Some(n as u64 + 1)
        })
    }

    #[test]
    fn a1_texts_held_by_number_read_back_as_the_row_they_stand_for() {
        let at = 1_649_679_231;
        let created = r#"[{"field":"channel","before":null,"after":"walk-in"},{"field":"title","before":null,"after":"短信网关 #5"},{"field":"dept","before":null,"after":"财务部"},{"field":"contact","before":null,"after":"a\"b"},{"field":"received_at","before":null,"after":"2022-04-11T12:13:31Z"},{"field":"satisfaction","before":null,"after":null}]"#;
        let resolved = r#"[{"field":"status","before":"diagnosing","after":"resolved"},{"field":"cause","before":"","after":"定位到根因并修复 / root cause fixed"},{"field":"owner","before":"zhangwei","after":"lilei"}]"#;
        let mut table = Vec::new();
        for text in [created, resolved] {
            let packed = compact(text, at).into_owned();
            let by_number = with_table(&packed, &mut table).expect("strings to hold by number");
            assert!(holds_texts(by_number.as_bytes()), "{by_number}");
            assert!(by_number.len() < packed.len(), "{by_number} vs {packed}");
            // Without the texts it is not a row that decodes: read as it is.
            assert_eq!(canonical_str(&by_number, at), by_number);
            let back = inline_texts(by_number.as_bytes(), &mut |n| table.get(n as usize - 1).cloned()).unwrap();
            assert_eq!(back, packed.as_bytes());
            assert_eq!(canonical_str(std::str::from_utf8(&back).unwrap(), at), text);
        }
        // A string shorter than SHORTEST stays in the row; the same text twice has one number.
        assert!(!table.iter().any(|t| t.len() < SHORTEST));
        let again = compact(resolved, at).into_owned();
        let before = table.len();
        with_table(&again, &mut table).unwrap();
        assert_eq!(table.len(), before);
    }

    #[test]
    fn a1_a_number_without_its_text_or_a_text_not_one_string_is_unreadable() {
        let at = 0;
        let text = r#"[{"field":"cause","before":null,"after":"a cause long enough"}]"#;
        let mut table = Vec::new();
        let by_number = with_table(&compact(text, at), &mut table).unwrap();
        assert_eq!(inline_texts(by_number.as_bytes(), &mut |_| None), None);
        for bad in [&b"\"a\" \"b\""[..], b"12", b"\"open", b""] {
            assert_eq!(
                inline_texts(by_number.as_bytes(), &mut |_| Some(bad.to_vec())),
                None,
                "{bad:?}"
            );
        }
        // A row without strings to hold, or not packed, is left alone.
        assert_eq!(with_table("5_^", &mut table), None);
        assert_eq!(with_table(r#"[1,"x",2]"#, &mut table), None);
        for junk in ["7", "8", "7~", "7k^", "8_^^", "7##########################^"] {
            assert_eq!(
                inline_texts(junk.as_bytes(), &mut |_| Some(b"\"x\"".to_vec())),
                None,
                "{junk}"
            );
        }
    }
}
