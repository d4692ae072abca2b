//! The Problems and Knowledge views' lists (P1, K1): newest first, read by key (`before` the
//! last id seen, a page at a time) under the view's own filter, so that a filter finds a match
//! however far down it lies, and one row more than asked for says there are more.

use crate::store::db::Db;
use anyhow::Result;

use super::ViewKind;
use super::filter::matches;
use crate::domain::article::Article;
use crate::domain::problem::Problem;
use crate::ops::problems::{self, View as ProblemView};
use crate::store::{articles, problems as problem_store};

/// Rows a list loads at first, and more each time the user scrolls near its end.
pub const PAGE: usize = 100;

/// Rows read from the store at a time while filtering.
pub(super) const SCAN: usize = 500;

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
pub(super) fn keyed<T>(
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
pub fn read(tx: &dyn Db, view: ViewKind, filter: &str, limits: &Limits) -> Result<Lists> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids `n` down to 1, a page of at most `SCAN` before `before` at a time, counting the reads.
    fn pages(n: i64, reads: &std::cell::Cell<usize>) -> impl Fn(Option<i64>) -> Result<Vec<i64>> + '_ {
        move |before| {
            reads.set(reads.get() + 1);
            let top = before.unwrap_or(n + 1) - 1;
            Ok((1..=top).rev().take(SCAN).collect())
        }
    }

    #[test]
    fn p1_k1_a_list_reads_by_key_only_as_far_as_it_needs() {
        let reads = std::cell::Cell::new(0);
        let rows = keyed(100, pages(2000, &reads), |i| *i, |_| true).unwrap();
        assert_eq!(rows.len(), 101, "one more than asked for says there are more");
        assert_eq!(rows[0], 2000);
        assert_eq!(reads.get(), 1);
    }

    #[test]
    fn p1_k1_a_filter_finds_rows_pages_below_the_first() {
        let reads = std::cell::Cell::new(0);
        // Only ids under 10 match: three pages of 500 down from 1600.
        let rows = keyed(100, pages(1600, &reads), |i| *i, |i| *i < 10).unwrap();
        assert_eq!(rows, (1..10).rev().collect::<Vec<_>>());
        assert_eq!(reads.get(), 4, "to the end, a page at a time");
        let reads = std::cell::Cell::new(0);
        assert!(keyed(100, pages(0, &reads), |i| *i, |_| true).unwrap().is_empty());
    }
}
