//! Texts held by number (schema 24, issue 18): the packed forms `7…` and `8…` are `5…` and `6…`
//! in which a string value may be written as `how` 10 and a number, the id of a row of
//! `history_texts` that holds the string (a JSON string, quotes included, as the canonical text
//! has it). A desk's history repeats its texts: the same cause, department, contact, reporter or
//! owner in thousands of rows; each is then stored once.
//!
//! [`with_texts`] rewrites a `5…`/`6…` row so, writing each string of at least [`SHORTEST`] bytes
//! by the number the store gives it (adding a text it has not held), every other value kept as it
//! is; `packed::decode` reads `7…`/`8…` as it reads `5…`/`6…`, taking each text from a
//! [`Held`]. A number that names no text, or a text that is not one JSON string, leaves the
//! row unreadable as packed: it is then read, and covered by the chain, as the text it is, and so
//! breaks the chain where it stands, as any other row that does not decode.

use std::borrow::Cow;

use super::packed::{self, BY_NUMBER, CREATE, CREATE_BY_NUMBER, INTEGER, PAIRS, PAIRS_BY_NUMBER, number, put};
use super::{Held, INSTANT, Parser, WORD, canonical};

/// The shortest string (quotes included) worth a number: a number up to a million takes four
/// characters.
pub const SHORTEST: usize = 8;

/// [`canonical`] of a row that may name texts by number, which `held` gives.
pub fn canonical_held<'s>(stored: &'s [u8], at: i64, held: &mut dyn Held) -> Cow<'s, [u8]> {
    match holds_texts(stored)
        .then(|| packed::decode(stored, at, Some(held)))
        .flatten()
    {
        Some(decoded) => Cow::Owned(decoded),
        None => canonical(stored, at),
    }
}

/// Does `stored` hold texts by number?
pub fn holds_texts(stored: &[u8]) -> bool {
    matches!(stored.first(), Some(&CREATE_BY_NUMBER | &PAIRS_BY_NUMBER))
}

/// Is `t` exactly one JSON string (what a held text must be)?
pub fn is_one_string(t: &[u8]) -> bool {
    let mut p = Parser { s: t, i: 0 };
    p.string().is_some_and(|s| s.len() == t.len())
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

/// A packed row's form (`5`, `6`, `7` or `8`) and its fields.
fn read(stored: &[u8]) -> Option<(u8, Fields<'_>)> {
    let form = *stored.first()?;
    let (create, by_number) = match form {
        CREATE => (true, false),
        PAIRS => (false, false),
        CREATE_BY_NUMBER => (true, true),
        PAIRS_BY_NUMBER => (false, true),
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
            Some(h) => Some((h, value(&mut p, h, by_number)?)),
        };
        let after = (ha, value(&mut p, ha, by_number)?);
        out.push((code, before, after));
    }
    (!out.is_empty()).then_some((form, out))
}

fn value<'a>(p: &mut Parser<'a>, how: u8, by_number: bool) -> Option<Value<'a>> {
    Some(match how {
        0 => Value::Text(p.string()?),
        INSTANT | WORD | INTEGER => Value::Number(number(p)?),
        BY_NUMBER if by_number => Value::Number(number(p)?),
        2..=7 => Value::Nothing,
        _ => return None,
    })
}

/// `stored`, a `7…`/`8…` row, as the `5…`/`6…` row it stands for: each number put back as the
/// text `held` gives it. A thread without the desk's connection can then read it alone
/// ([`canonical_inlined`]): `opsdesk check` puts the texts back on the thread that reads the desk,
/// a splice, and leaves the decoding to the threads that replay and hash. `None` when `stored`
/// is no such row or a number names no text.
pub fn inlined(stored: &[u8], held: &mut dyn Held) -> Option<Vec<u8>> {
    let (form, fields) = read(stored)?;
    let create = match form {
        CREATE_BY_NUMBER => true,
        PAIRS_BY_NUMBER => false,
        _ => return None,
    };
    let mut out = Vec::with_capacity(stored.len() * 2);
    out.push(if create { CREATE } else { PAIRS });
    let plain = |how: u8| u64::from(if how == BY_NUMBER { 0 } else { how });
    for (code, before, (ha, a)) in &fields {
        let key = match before {
            None => code * 16 + plain(*ha),
            Some((hb, _)) => code * 256 + plain(*hb) * 16 + plain(*ha),
        };
        put(&mut out, key);
        for (how, v) in before.iter().map(|(h, v)| (*h, v)).chain([(*ha, a)]) {
            match v {
                Value::Nothing => {}
                Value::Number(n) if how == BY_NUMBER => out.extend_from_slice(held.text(*n)?),
                Value::Number(n) => put(&mut out, *n),
                Value::Text(t) => out.extend_from_slice(t),
            }
        }
    }
    Some(out)
}

/// [`canonical_held`] of `stored` from what [`inlined`] made of it: the same bytes, with no
/// connection to the desk.
pub fn canonical_inlined<'s>(stored: &'s [u8], inlined: Option<&[u8]>, at: i64) -> Cow<'s, [u8]> {
    match inlined.and_then(|i| packed::decode(i, at, None)) {
        Some(text) => Cow::Owned(text),
        None => canonical(stored, at),
    }
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
    let (form, mut fields) = read(stored.as_bytes())?;
    let create = match form {
        CREATE => true,
        PAIRS => false,
        _ => return None,
    };
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

#[cfg(test)]
mod tests {
    use super::super::{canonical_str, compact};
    use super::*;

    /// Texts by number, from 1.
    struct Table(Vec<Vec<u8>>);

    impl Held for Table {
        fn text(&mut self, n: u64) -> Option<&[u8]> {
            let t = self.0.get(usize::try_from(n).ok()?.checked_sub(1)?)?;
            is_one_string(t).then_some(&t[..])
        }
    }

    fn with_table(stored: &str, table: &mut Table) -> Option<String> {
        with_texts(stored, &mut |t| {
            let n = match table.0.iter().position(|x| x == t) {
                Some(n) => n,
                None => {
                    table.0.push(t.to_vec());
                    table.0.len() - 1
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
        let mut table = Table(Vec::new());
        for text in [created, resolved] {
            let packed = compact(text, at).into_owned();
            let by_number = with_table(&packed, &mut table).expect("strings to hold by number");
            assert!(holds_texts(by_number.as_bytes()), "{by_number}");
            assert!(by_number.len() < packed.len(), "{by_number} vs {packed}");
            // Without the texts it is not a row that decodes: read as it is.
            assert_eq!(canonical_str(&by_number, at), by_number);
            assert_eq!(canonical_held(by_number.as_bytes(), at, &mut table), text.as_bytes());
            let put_back = inlined(by_number.as_bytes(), &mut table);
            assert_eq!(put_back.as_deref(), Some(packed.as_bytes()), "the row it stands for");
            assert_eq!(
                canonical_inlined(by_number.as_bytes(), put_back.as_deref(), at),
                text.as_bytes()
            );
        }
        // A string shorter than SHORTEST stays in the row; the same text twice has one number.
        assert!(!table.0.iter().any(|t| t.len() < SHORTEST));
        let again = compact(resolved, at).into_owned();
        let before = table.0.len();
        with_table(&again, &mut table).unwrap();
        assert_eq!(table.0.len(), before);
    }

    /// Rows that look packed and are not rows: truncated, unknown forms, numbers without texts.
    const JUNK: [&str; 8] = [
        "7",
        "8",
        "7~",
        "7k^",
        "8_^^",
        "7##########################^",
        "5h^",
        "5j^",
    ];

    #[test]
    fn a1_a_number_without_its_text_or_a_text_not_one_string_is_unreadable() {
        let at = 0;
        let text = r#"[{"field":"cause","before":null,"after":"a cause long enough"}]"#;
        let mut table = Table(Vec::new());
        let by_number = with_table(&compact(text, at), &mut table).unwrap();
        assert_eq!(canonical_held(by_number.as_bytes(), at, &mut table), text.as_bytes());
        let mut none = Table(Vec::new());
        assert_eq!(inlined(by_number.as_bytes(), &mut none), None);
        assert_eq!(
            canonical_held(by_number.as_bytes(), at, &mut none),
            by_number.as_bytes()
        );
        for bad in [&b"\"a\" \"b\""[..], b"12", b"\"open", b""] {
            let mut bad_table = Table(vec![bad.to_vec()]);
            assert_eq!(
                canonical_held(by_number.as_bytes(), at, &mut bad_table),
                by_number.as_bytes(),
                "{bad:?}"
            );
        }
        // A row without strings to hold, or not packed, is left alone.
        assert_eq!(with_table("5_^", &mut table), None);
        assert_eq!(with_table(r#"[1,"x",2]"#, &mut table), None);
        let mut x = Table(vec![b"\"x\"".to_vec()]);
        for junk in JUNK {
            assert_eq!(canonical_held(junk.as_bytes(), at, &mut x), junk.as_bytes(), "{junk}");
        }
        // Put back on another thread, every one of these reads as canonical_held reads it.
        let mut rows: Vec<Vec<u8>> = JUNK.map(|j| j.as_bytes().to_vec()).into();
        rows.push(by_number.clone().into_bytes());
        rows.push(b"7h^".to_vec());
        for held in [&mut table, &mut none, &mut x] {
            for row in &rows {
                let put_back = inlined(row, held);
                assert_eq!(
                    canonical_inlined(row, put_back.as_deref(), at),
                    canonical_held(row, at, held),
                    "{:?}",
                    String::from_utf8_lossy(row)
                );
            }
        }
    }
}
