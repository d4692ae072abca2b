//! The index's matches on PostgreSQL (issue 20): the hits SQLite's FTS5 gives, in its order.
//! There `search_text` is a plain table of the same rows (store/pg/schema/05_search.sql) and
//! nothing on the server tokenizes as FTS5's `unicode61` does (Unicode 6.1 letters, digits and
//! private use as word characters, Unicode case folding, diacritics removed) while PostgreSQL's
//! own case folding and word classes follow the database's locale. So each term is read in
//! three steps, each narrowing the last:
//!
//! 1. `text ILIKE '%w1%w2%'`: its words in order, for the pg_trgm GIN index (words of 3+
//!    characters have trigrams; a Chinese word of the index is stored between spaces, so
//!    `% 计费 %` gives a 2-character word trigrams too where the locale counts Chinese as
//!    letters). ILIKE folds ASCII under any locale; a non-ASCII letter that has a case is `_`.
//! 2. `text ~ regex`: the words as words (each ASCII letter both ways, a non-ASCII cased one any
//!    character), at a boundary that is anything but an ASCII letter or digit. The server does
//!    the scan a 1–2 character word needs (no trigram: the rows are read newest first, bounded
//!    by the ORDER BY and LIMIT), not this process.
//! 3. Each row the server returns is put through FTS5 itself, an in-memory table with the
//!    index's tokenizer, with the very expression SQLite runs (`find`'s): steps 1 and 2
//!    only ever admit more, this decides.
//!
//! What cannot be the same: FTS5 removes diacritics, so on SQLite `cafe` finds `café`; on the
//! server a plain letter is only itself in either case (step 1 must hold literal letters for
//! the index to serve). And a character Rust counts as a letter or digit but SQLite's Unicode
//! 6.1 tables do not (a combining vowel sign, a letter added since) is looked for as written.

use std::collections::HashSet;

use anyhow::Result;
use rusqlite::types::Value;

use super::tokens;
use crate::domain::kind::Kind;
use crate::store::db::{self, Db};
use crate::store::table::from_value;

/// A row of the index matched on the server: kind, record id, open, last change.
pub(super) type Row = (String, i64, bool, i64);

/// What `find` asks of the index: the typed text, its kinds and open filters, each term's last
/// word a prefix or not, and the FTS5 expression SQLite runs for all that.
pub(super) struct Ask<'a> {
    pub text: &'a str,
    pub kinds: &'a [Kind],
    pub open: Option<bool>,
    pub prefix: bool,
    pub expr: &'a str,
}

/// The newest documents read in id order before the trigram index is asked: a common word (a
/// term in one document of fifteen) fills a page from a few hundred of them (1 ms on a
/// million-document desk), where the index hands the server every match to sort (0.5 s); a rare
/// one costs this many rows read (8 ms) before the index, which then has few to give.
const WALK: i64 = 5_000;

/// The first `take` documents matching `ask` from `floor` up, newest first: the newest [`WALK`]
/// read in order, then, when they did not fill the page, the index below them.
pub(super) fn matches(conn: &(impl Db + ?Sized), ask: &Ask, floor: i64, take: usize) -> Result<Vec<Row>> {
    let mut conds = String::new();
    let mut args: Vec<Value> = vec![
        Value::Integer(floor),
        Value::Integer(i64::MAX),
        Value::Integer(take as i64),
    ];
    let mut bind = |sql: &mut String, clause: &str, v: Value| {
        args.push(v);
        sql.push_str(&clause.replace('#', &format!("?{}", args.len())));
    };
    for (like, regex) in conditions(ask.text, ask.prefix) {
        bind(&mut conds, " AND s.text ILIKE #", Value::Text(like));
        bind(&mut conds, " AND s.text ~ #", Value::Text(regex));
    }
    if !ask.kinds.is_empty() {
        conds.push_str(" AND d.kind IN (");
        for (i, k) in ask.kinds.iter().enumerate() {
            bind(
                &mut conds,
                if i == 0 { "#" } else { ", #" },
                Value::Text(k.as_str().into()),
            );
        }
        conds.push(')');
    }
    if let Some(open) = ask.open {
        bind(&mut conds, " AND d.open = #", Value::Integer(open.into()));
    }
    const COLUMNS: &str = "SELECT s.id, d.kind, d.record_id, d.open, d.at, s.text, s.tags FROM";
    const TAIL: &str = " ORDER BY s.id DESC LIMIT ?3";
    // `OFFSET 0` keeps the conditions out of the inner scan: the rows are read newest first by
    // the primary key, and the LIMIT stops the walk as soon as the page is full.
    let walk = format!(
        "{COLUMNS} (SELECT id, text, tags FROM search_text WHERE id >= ?1 AND id < ?2 ORDER BY id DESC OFFSET 0) s \
         JOIN search_docs d ON d.id = s.id WHERE true{conds}{TAIL}"
    );
    let indexed = format!(
        "{COLUMNS} search_text s JOIN search_docs d ON d.id = s.id WHERE s.id >= ?1 AND s.id < ?2{conds}{TAIL}"
    );
    let top: i64 = db::first(conn, "SELECT coalesce(max(id), 0) FROM search_text", [], |r| {
        from_value(r.cell(0)?, 0)
    })?
    .unwrap_or(0);
    let low = floor.max(top.saturating_sub(WALK - 1));
    let mut out = Vec::new();
    args[0] = Value::Integer(low);
    if pages(conn, &walk, &mut args, ask.expr, take, &mut out)? || low <= floor {
        return Ok(out);
    }
    args[0] = Value::Integer(floor);
    args[1] = Value::Integer(low);
    pages(conn, &indexed, &mut args, ask.expr, take, &mut out)?;
    Ok(out)
}

/// Pages of `sql` (ids in `args[0]..args[1]`, newest first) put through FTS5, into `out` until it
/// holds `take`: whether it does.
fn pages(
    conn: &(impl Db + ?Sized),
    sql: &str,
    args: &mut [Value],
    expr: &str,
    take: usize,
    out: &mut Vec<Row>,
) -> Result<bool> {
    loop {
        let page = db::rows(conn, sql, args.to_vec(), |r| {
            Ok((
                from_value::<i64>(r.cell(0)?, 0)?,
                (
                    from_value::<String>(r.cell(1)?, 1)?,
                    from_value::<i64>(r.cell(2)?, 2)?,
                    from_value::<bool>(r.cell(3)?, 3)?,
                    from_value::<i64>(r.cell(4)?, 4)?,
                ),
                from_value::<String>(r.cell(5)?, 5)?,
                from_value::<String>(r.cell(6)?, 6)?,
            ))
        })?;
        let ok = verified(
            expr,
            page.iter()
                .map(|(id, _, text, tags)| (*id, text.as_str(), tags.as_str())),
        )?;
        let full = page.len() == take;
        let last = page.last().map(|p| p.0);
        for (id, row, _, _) in page {
            if ok.contains(&id) {
                out.push(row);
                if out.len() == take {
                    return Ok(true);
                }
            }
        }
        // Rows FTS5 turned down leave room: the next page, below the last.
        match last {
            Some(last) if full => args[1] = Value::Integer(last),
            _ => return Ok(false),
        }
    }
}

/// Of `docs` (id, text, tags as the index holds them), those FTS5 matches with `expr`.
fn verified<'a>(expr: &str, docs: impl Iterator<Item = (i64, &'a str, &'a str)>) -> Result<HashSet<i64>> {
    let m = rusqlite::Connection::open_in_memory()?;
    // The tokenizer of SQLite's search_text (migration 013): unicode61 with its defaults.
    m.execute_batch("CREATE VIRTUAL TABLE search_text USING fts5 (text, tags, tokenize = 'unicode61')")?;
    {
        let mut ins = m.prepare("INSERT INTO search_text (rowid, text, tags) VALUES (?1, ?2, ?3)")?;
        for (id, text, tags) in docs {
            ins.execute(rusqlite::params![id, text, tags])?;
        }
    }
    let mut st = m.prepare("SELECT rowid FROM search_text WHERE search_text MATCH ?1")?;
    let ids = st.query_map([expr], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

/// Each term of `query` as (ILIKE pattern, regular expression) on the index's text: a superset of
/// what FTS5 matches (see the module's doc). A term with no word left has none.
pub(super) fn conditions(query: &str, prefix: bool) -> Vec<(String, String)> {
    const SEP: &str = "[^0-9A-Za-z]";
    let mut out = Vec::new();
    for term in tokens::terms(query) {
        let Some((words, last_prefix)) = tokens::words_as(&term, prefix) else {
            continue;
        };
        // FTS5 splits the phrase's words again with its tokenizer; the same split here.
        let mut parts: Vec<(String, bool)> = Vec::new();
        for w in &words {
            let whole_cjk = w.chars().all(|c| tokens::is_cjk(c) && c.is_alphanumeric());
            parts.extend(
                w.split(|c: char| !c.is_alphanumeric())
                    .filter(|p| !p.is_empty())
                    .map(|p| (p.to_string(), whole_cjk)),
            );
        }
        if parts.is_empty() {
            continue;
        }
        let n = parts.len();
        let mut like = String::from("%");
        let mut regex = format!("(^|{SEP})");
        for (i, (p, cjk)) in parts.iter().enumerate() {
            // index_text writes each Chinese word of the index between spaces (one space between
            // two: only the last word asks for the one after it).
            like.push_str(if *cjk { " " } else { "" });
            like.extend(p.chars().map(|c| if cased(c) { '_' } else { c }));
            like.push_str(if *cjk && i + 1 == n && !last_prefix { " %" } else { "%" });
            if i > 0 {
                regex.push_str(SEP);
                regex.push('+');
            }
            for c in p.chars() {
                match c {
                    'a'..='z' | 'A'..='Z' => {
                        regex.push('[');
                        regex.push(c.to_ascii_lowercase());
                        regex.push(c.to_ascii_uppercase());
                        regex.push(']');
                    }
                    c if cased(c) => regex.push('.'),
                    // Digits and uncased letters: nothing in a regular expression's syntax.
                    c => regex.push(c),
                }
            }
        }
        if !last_prefix {
            regex.push_str(&format!("({SEP}|$)"));
        }
        out.push((like, regex));
    }
    out
}

/// A non-ASCII character with another case: folded by FTS5, not by PostgreSQL under every locale.
fn cased(c: char) -> bool {
    !c.is_ascii() && (c.to_lowercase().ne(std::iter::once(c)) || c.to_uppercase().ne(std::iter::once(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_term_is_a_pattern_for_the_index_and_a_regular_expression_for_its_words() {
        let s = "[^0-9A-Za-z]";
        assert_eq!(
            conditions("Disk", true),
            vec![("%disk%".into(), format!("(^|{s})[dD][iI][sS][kK]"))]
        );
        assert_eq!(
            conditions("Disk", false),
            vec![("%disk%".into(), format!("(^|{s})[dD][iI][sS][kK]({s}|$)"))]
        );
        assert_eq!(
            conditions("计费系统 话", true),
            vec![
                (
                    "% 计费% 费系% 系统 %".into(),
                    format!("(^|{s})计费{s}+费系{s}+系统({s}|$)")
                ),
                ("% 话%".into(), format!("(^|{s})话")),
            ]
        );
        assert_eq!(
            conditions("ORA-00060 Ärger", false),
            vec![
                ("%ora%00060%".into(), format!("(^|{s})[oO][rR][aA]{s}+00060({s}|$)")),
                ("%_rger%".into(), format!("(^|{s}).[rR][gG][eE][rR]({s}|$)")),
            ]
        );
        assert!(conditions("\"*", true).is_empty());
    }

    #[test]
    fn fts5_decides_over_what_the_server_admits() {
        let docs = [
            (1, "disk_full on billing", "incident open"),
            (2, "diskette", "incident closed"),
            (3, " 计费 费系 系统 统 ", "change open"),
        ];
        let got = |expr: &str| {
            let mut v: Vec<i64> = verified(expr, docs.iter().copied()).unwrap().into_iter().collect();
            v.sort();
            v
        };
        assert_eq!(got("text : (\"disk\")"), vec![1]);
        assert_eq!(got("text : (\"disk\" *)"), vec![1, 2]);
        assert_eq!(got("text : (\"disk\" *) AND tags : closed"), vec![2]);
        assert_eq!(got("text : (\"计费 费系\")"), vec![3]);
    }
}
