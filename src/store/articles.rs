//! Knowledge articles (SPEC K1): typed queries. Lists are paged by id.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;

use super::table::{self, stored_as_words, table};
use crate::domain::article::{Article, ArticleKind, ArticleStatus};

stored_as_words!(ArticleKind, ArticleStatus);

table! {
    Article in "articles" {
        id,
        kind,
        title,
        body,
        services,
        categories,
        incidents,
        status,
        author,
        reviewed_by,
        reviewed_at,
        published_at,
        retired_at,
        revision,
        #[fixed] created_at,
        version,
        updated_at,
        updated_by,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), a: &Article) -> Result<i64> {
    table::insert(conn, a)
}

/// Write `new` over `old`; false when the row is no longer at `old.version`.
pub fn update(conn: &(impl Db + ?Sized), old: &Article, new: &Article) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Article>> {
    table::get(conn, id)
}

/// One page of every articles row in id order (`opsdesk check`).
pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Article>> {
    table::scan(conn, after, limit)
}

/// One page of articles, newest first: only those in `statuses` when any are given, ids below
/// `before`.
pub fn list(
    conn: &(impl Db + ?Sized),
    statuses: &[ArticleStatus],
    before: Option<i64>,
    limit: usize,
) -> Result<Vec<Article>> {
    let words: Vec<&str> = statuses.iter().map(|s| s.as_str()).collect();
    table::select(
        conn,
        &format!(
            "WHERE (?1 = '[]' OR {}) AND id < ?2 ORDER BY id DESC LIMIT ?3",
            table::in_list(conn, "status", 1)
        ),
        params![table::list(&words)?, before.unwrap_or(i64::MAX), limit as i64],
    )
}

/// The articles in use (published, or updated after publishing), newest first: what the
/// console picks from for the incident at hand (the status index; a desk has hundreds).
pub fn in_use(conn: &(impl Db + ?Sized), limit: usize) -> Result<Vec<Article>> {
    table::select(
        conn,
        "WHERE status IN ('published', 'updated') AND published_at IS NOT NULL ORDER BY id DESC LIMIT ?1",
        [limit as i64],
    )
}
