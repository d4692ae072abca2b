//! One search over everything the desk has recorded (issue 14): the index's hits, each with its
//! kind, id, state, title and the words around the match. The console's search popup and
//! `opsdesk search` both read this.

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::kind::Kind;
use crate::store::db::Db;
use crate::store::search::find::{self, Query};
use crate::store::search::{self, tokens};

/// One record found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    pub kind: Kind,
    pub id: i64,
    pub state: String,
    pub open: bool,
    pub title: String,
    /// The words around the first match (the title's own when the match is by id).
    pub snippet: String,
    /// Where in `snippet` the match is, in characters: (start, length).
    pub matched: Option<(usize, usize)>,
    /// Its last change.
    pub at: DateTime<Utc>,
}

/// Characters shown either side of a match.
const AROUND: usize = 30;

/// The hits of `q`, newest change first, each with its snippet; the same on either engine.
pub fn search(conn: &dyn Db, q: &Query) -> Result<Vec<Hit>> {
    let found = find::find(conn, q)?;
    let terms = tokens::terms(&q.text);
    let mut hits = Vec::with_capacity(found.len());
    for f in found {
        let Some(doc) = search::text_of(conn, f.kind, f.id)? else {
            continue;
        };
        let (snippet, matched) = snippet(&doc.text, &terms);
        hits.push(Hit {
            kind: f.kind,
            id: f.id,
            state: doc.state,
            open: doc.open,
            title: doc.title,
            snippet,
            matched,
            at: crate::domain::time::from_unix(f.at),
        });
    }
    Ok(hits)
}

/// The line of `text` around the first place one of `terms` appears (ignoring case), with where
/// it is; the start of the text when none appears as typed (a match across a line break).
pub fn snippet(text: &str, terms: &[String]) -> (String, Option<(usize, usize)>) {
    let chars: Vec<char> = text.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    let lower: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase().next()).collect();
    let mut best: Option<(usize, usize)> = None;
    for t in terms {
        let t: Vec<char> = t.chars().flat_map(|c| c.to_lowercase().next()).collect();
        if t.is_empty() || t.len() > lower.len() {
            continue;
        }
        if let Some(i) = (0..=lower.len() - t.len()).find(|&i| lower[i..i + t.len()] == t[..])
            && best.is_none_or(|(b, _)| i < b)
        {
            best = Some((i, t.len()));
        }
    }
    let (start, end, matched) = match best {
        Some((i, n)) => {
            let start = i.saturating_sub(AROUND);
            (start, (i + n + AROUND).min(chars.len()), Some((i - start, n)))
        }
        None => (0, (2 * AROUND).min(chars.len()), None),
    };
    (chars[start..end].iter().collect::<String>(), matched)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_is_cut_around_the_first_match() {
        let text = format!("{}计费系统批价超时{}", "前".repeat(40), "后".repeat(40));
        let (s, m) = snippet(&text, &["批价".into()]);
        assert_eq!(m, Some((30, 2)));
        assert!(s.starts_with("前") && s.contains("计费系统批价超时") && s.ends_with("后"));
        let (s, m) = snippet("Billing host\ndisk full", &["DISK".into()]);
        assert_eq!((s.as_str(), m), ("Billing host disk full", Some((13, 4))));
        assert_eq!(snippet("abc", &["zz".into()]).1, None);
    }
}
