//! The Problems and Knowledge views' lists (P1, K1): newest first, read by key (`before` the
//! last id seen, a page at a time) under the view's own filter, so that a filter finds a match
//! however far down it lies, and one row more than asked for says there are more.

use anyhow::Result;
use rusqlite::Connection;

use super::ViewKind;
use super::filter::matches;
use crate::domain::article::Article;
use crate::domain::problem::Problem;
use crate::ops::problems::{self, View as ProblemView};
use crate::store::{articles, problems as problem_store};

/// Rows a list loads at first, and more each time the user scrolls near its end.
pub const PAGE: usize = 100;

/// Rows read from the store at a time while filtering.
const SCAN: usize = 500;

/// How many rows of each list to show from the top.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub problems: usize,
    pub articles: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            problems: PAGE,
            articles: PAGE,
        }
    }
}

/// The two lists as last read, and whether each has more rows than loaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lists {
    pub problems: Vec<ProblemView>,
    pub problems_more: bool,
    pub articles: Vec<Article>,
    pub articles_more: bool,
}

impl Lists {
    /// Take `view`'s list from `new`.
    pub fn absorb(&mut self, view: ViewKind, new: &mut Lists) {
        use std::mem::take;
        match view {
            ViewKind::Problems => (self.problems, self.problems_more) = (take(&mut new.problems), new.problems_more),
            ViewKind::Knowledge => (self.articles, self.articles_more) = (take(&mut new.articles), new.articles_more),
            _ => {}
        }
    }

    /// Whether `new` holds the same `view` list as this.
    pub fn agrees(&self, view: ViewKind, new: &Lists) -> bool {
        match view {
            ViewKind::Problems => (&self.problems, self.problems_more) == (&new.problems, new.problems_more),
            ViewKind::Knowledge => (&self.articles, self.articles_more) == (&new.articles, new.articles_more),
            _ => true,
        }
    }
}

/// Whether problem `p` shows `text` (lower case, trimmed) in a column, or is the record it names.
pub fn problem_matches(text: &str, p: &Problem) -> bool {
    matches(
        text,
        p.id,
        &[
            &p.title,
            &p.service,
            &p.category,
            &p.owner,
            p.status.as_str(),
            &p.root_cause,
        ],
    )
}

/// Whether article `a` shows `text` (lower case, trimmed) in a column, or is the record it names.
pub fn article_matches(text: &str, a: &Article) -> bool {
    matches(
        text,
        a.id,
        &[
            &a.title,
            &a.services.join(","),
            &a.categories.join(","),
            &a.author,
            a.status.as_str(),
            a.kind.as_str(),
        ],
    )
}

/// The first `limit` + 1 rows of a list read by key in pages of [`SCAN`], keeping those `keep`
/// takes.
fn keyed<T>(
    limit: usize,
    page: impl Fn(Option<i64>) -> Result<Vec<T>>,
    id: impl Fn(&T) -> i64,
    keep: impl Fn(&T) -> bool,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    let mut before = None;
    loop {
        let rows = page(before)?;
        let full = rows.len() == SCAN;
        for row in rows {
            before = Some(id(&row));
            if keep(&row) {
                out.push(row);
                if out.len() > limit {
                    return Ok(out);
                }
            }
        }
        if !full {
            return Ok(out);
        }
    }
}

/// `view`'s list: its first rows under `filter`, as many as `limits` asks for.
pub fn read(tx: &Connection, view: ViewKind, filter: &str, limits: &Limits) -> Result<Lists> {
    let t = filter.trim().to_lowercase();
    let mut lists = Lists::default();
    match view {
        ViewKind::Problems => {
            let mut rows = keyed(
                limits.problems,
                |before| problem_store::list(tx, &[], before, SCAN),
                |p| p.id,
                |p| problem_matches(&t, p),
            )?;
            lists.problems_more = rows.len() > limits.problems;
            rows.truncate(limits.problems);
            lists.problems = rows.into_iter().map(|p| problems::view(tx, p)).collect::<Result<_>>()?;
        }
        ViewKind::Knowledge => {
            let mut rows = keyed(
                limits.articles,
                |before| articles::list(tx, &[], before, SCAN),
                |a| a.id,
                |a| article_matches(&t, a),
            )?;
            lists.articles_more = rows.len() > limits.articles;
            rows.truncate(limits.articles);
            lists.articles = rows;
        }
        _ => {}
    }
    Ok(lists)
}
