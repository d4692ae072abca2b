//! Accounts opsdesk granted and the HR records that remove them (SPEC R3), and the record of every
//! export of the archive (R8, A2): typed queries.

use anyhow::Result;
use rusqlite::params;

use super::db::Db;
use super::table::{self, stored_as_words, table};
use crate::domain::account::{Account, Export, PersonAction, PersonChange};

stored_as_words!(PersonAction);

table! {
    Account in "accounts" {
        id,
        #[fixed] person,
        person_name,
        dept,
        #[fixed] system,
        #[fixed] account,
        permission,
        request_id,
        granted_at,
        hr_record,
        removal_asked_at,
        removed_at,
        removed_by,
        removed_how,
        version,
        updated_at,
        updated_by,
    }
}

table! {
    PersonChange in "person_changes" {
        id,
        person,
        action,
        hr_record,
        at,
        note,
        recorded_by,
        recorded_at,
    }
}

table! {
    Export in "exports" {
        id,
        what,
        range_from,
        range_to,
        filter,
        rows,
        format,
        output,
        by,
        at,
    }
}

pub fn insert(conn: &(impl Db + ?Sized), a: &Account) -> Result<i64> {
    table::insert(conn, a)
}

pub fn update(conn: &(impl Db + ?Sized), old: &Account, new: &Account) -> Result<bool> {
    table::update(conn, old, new)
}

pub fn get(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<Account>> {
    table::get(conn, id)
}

/// The accounts with these ids, in no particular order.
pub fn by_ids(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<Account>> {
    table::by_ids(conn, ids)
}

pub fn scan(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Account>> {
    table::scan(conn, after, limit)
}

/// The active account of `person` on `system` named `account`, if there is one.
pub fn active(conn: &(impl Db + ?Sized), person: &str, system: &str, account: &str) -> Result<Option<Account>> {
    table::select_one(
        conn,
        "WHERE person = ?1 AND system = ?2 AND account = ?3 AND removed_at IS NULL ORDER BY id LIMIT 1",
        params![person, system, account],
    )
}

/// Every active account of `person`, oldest first.
pub fn active_of(conn: &(impl Db + ?Sized), person: &str) -> Result<Vec<Account>> {
    table::select(conn, "WHERE person = ?1 AND removed_at IS NULL ORDER BY id", [person])
}

/// The accounts a request granted or last changed.
pub fn of_request(conn: &(impl Db + ?Sized), request_id: i64) -> Result<Vec<Account>> {
    table::select(conn, "WHERE request_id = ?1 ORDER BY id", [request_id])
}

/// Which accounts a list shows.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub person: Option<String>,
    /// Removed ones too.
    pub all: bool,
    /// Only those whose removal was asked for and is not done.
    pub to_remove: bool,
    pub before_id: Option<i64>,
    pub limit: usize,
}

/// One page of accounts, newest first.
pub fn list(conn: &(impl Db + ?Sized), f: &Filter) -> Result<Vec<Account>> {
    let state = if f.to_remove {
        "removed_at IS NULL AND removal_asked_at IS NOT NULL"
    } else if f.all {
        "TRUE"
    } else {
        "removed_at IS NULL"
    };
    let before = f.before_id.unwrap_or(i64::MAX);
    // A person's accounts by the (person, id) index; all of them by the id.
    match &f.person {
        Some(p) => table::select(
            conn,
            &format!("WHERE person = ?1 AND {state} AND id < ?2 ORDER BY id DESC LIMIT ?3"),
            params![p, before, f.limit as i64],
        ),
        None => table::select(
            conn,
            &format!("WHERE {state} AND id < ?1 ORDER BY id DESC LIMIT ?2"),
            params![before, f.limit as i64],
        ),
    }
}

pub fn insert_person_change(conn: &(impl Db + ?Sized), p: &PersonChange) -> Result<i64> {
    table::insert(conn, p)
}

pub fn scan_person_changes(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<PersonChange>> {
    table::scan(conn, after, limit)
}

pub fn insert_export(conn: &(impl Db + ?Sized), e: &Export) -> Result<i64> {
    table::insert(conn, e)
}

pub fn scan_exports(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<Export>> {
    table::scan(conn, after, limit)
}

/// The exports made, newest first, one page.
pub fn exports(conn: &(impl Db + ?Sized), before_id: Option<i64>, limit: usize) -> Result<Vec<Export>> {
    table::select(
        conn,
        "WHERE id < ?1 ORDER BY id DESC LIMIT ?2",
        params![before_id.unwrap_or(i64::MAX), limit as i64],
    )
}
