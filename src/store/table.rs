//! One declaration per kind of record: its table, and its columns by name, each beside the field it
//! maps ([`table!`]). The row mapping, `SELECT`, `INSERT`, `UPDATE … WHERE id = ? AND version = ?`
//! and keyed paging are derived from it, here, once: a column cannot drift out of place, and a
//! field left undeclared does not compile.
//!
//! The SQL written here is plain SQL that PostgreSQL reads too (`RETURNING id`, `ON CONFLICT DO
//! NOTHING`), but for its placeholders, spelt in one place ([`mark`]).

use std::collections::BTreeMap;

use anyhow::{Result, anyhow};
use chrono::{DateTime, Utc};
use rusqlite::types::{ToSqlOutput, Type, Value, ValueRef};
use rusqlite::{Connection, OptionalExtension, Params, Row, ToSql, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{at, ts};
use crate::domain::kind::Record;

/// How a field is kept in one column: written as a value SQL knows, read back from the row.
pub(crate) trait Codec: Sized {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>>;
    fn decode(row: &Row, idx: usize) -> rusqlite::Result<Self>;
}

macro_rules! plain {
    ($($t:ty),+) => {$(
        impl Codec for $t {
            fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.to_sql()
            }
            fn decode(row: &Row, idx: usize) -> rusqlite::Result<Self> {
                row.get(idx)
            }
        }
    )+};
}
plain!(i64, u8, bool, String);

/// Instants: whole seconds since the epoch, UTC.
impl Codec for DateTime<Utc> {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Owned(Value::Integer(ts(*self))))
    }
    fn decode(row: &Row, idx: usize) -> rusqlite::Result<Self> {
        Ok(at(row.get(idx)?))
    }
}

/// `NULL` for `None`.
impl<T: Codec> Codec for Option<T> {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        match self {
            Some(v) => v.encode(),
            None => Ok(ToSqlOutput::Owned(Value::Null)),
        }
    }
    fn decode(row: &Row, idx: usize) -> rusqlite::Result<Self> {
        match row.get_ref(idx)? {
            ValueRef::Null => Ok(None),
            _ => T::decode(row, idx).map(Some),
        }
    }
}

fn json<T: Serialize>(v: &T) -> rusqlite::Result<ToSqlOutput<'static>> {
    let text = serde_json::to_string(v).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    Ok(ToSqlOutput::Owned(Value::Text(text)))
}

fn from_json<T: DeserializeOwned>(row: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text).map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

/// A list: a JSON array in one text column.
impl<T: Serialize + DeserializeOwned> Codec for Vec<T> {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        json(self)
    }
    fn decode(row: &Row, idx: usize) -> rusqlite::Result<Self> {
        from_json(row, idx)
    }
}

/// Named values: a JSON object in one text column.
impl Codec for BTreeMap<String, String> {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        json(self)
    }
    fn decode(row: &Row, idx: usize) -> rusqlite::Result<Self> {
        from_json(row, idx)
    }
}

/// Enums kept as their word (`as_str`/`parse`); a word the enum does not know is a corrupt row.
macro_rules! stored_as_words {
    ($($t:ty),+ $(,)?) => {$(
        impl $crate::store::table::Codec for $t {
            fn encode(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::Borrowed(rusqlite::types::ValueRef::Text(
                    self.as_str().as_bytes(),
                )))
            }
            fn decode(row: &rusqlite::Row, idx: usize) -> rusqlite::Result<Self> {
                $crate::store::parse_col(idx, row.get(idx)?, <$t>::parse)
            }
        }
    )+};
}
pub(crate) use stored_as_words;

/// One column of a declared table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// Written by the insert only: an update leaves it as it was inserted.
    pub fixed: bool,
}

/// What [`table!`] declares of a record's table.
pub(crate) trait Table: Sized + 'static {
    const TABLE: &'static str;
    /// Columns of the table that are not part of the record: written, when the kind's own queries
    /// write them, beside it (`insert_beside`).
    const BESIDE: &'static [&'static str];
    /// The columns, `id` first, in the order [`Table::read`] reads and [`Table::write`] writes.
    fn columns(out: &mut Vec<Column>);
    fn read(r: &mut Reader) -> rusqlite::Result<Self>;
    fn write<'a>(&'a self, w: &mut Writer<'a>) -> rusqlite::Result<()>;
    /// The statements, derived once.
    fn shape() -> &'static Shape;
}

/// Reads a row's columns in declared order.
pub(crate) struct Reader<'a, 'b> {
    row: &'a Row<'b>,
    next: usize,
}

impl Reader<'_, '_> {
    pub(crate) fn col<T: Codec>(&mut self) -> rusqlite::Result<T> {
        let idx = self.next;
        self.next += 1;
        T::decode(self.row, idx)
    }
}

/// Collects a record's values in declared order: every column but `id` for an insert, the
/// columns that are not fixed for an update.
pub(crate) struct Writer<'a> {
    update: bool,
    values: Vec<ToSqlOutput<'a>>,
}

impl<'a> Writer<'a> {
    pub(crate) fn put<T: Codec>(&mut self, fixed: bool, v: &'a T) -> rusqlite::Result<()> {
        if !(self.update && fixed) {
            self.values.push(v.encode()?);
        }
        Ok(())
    }
}

/// The placeholder of the `i`-th parameter, from 1 (SQLite's `?NNN`; PostgreSQL spells it `$i`).
fn mark(i: usize) -> String {
    format!("?{i}")
}

/// A declared table and the statements derived from it.
#[derive(Debug)]
pub struct Shape {
    table: &'static str,
    columns: Vec<Column>,
    beside: &'static [&'static str],
    select: String,
    get: String,
    scan: String,
    insert: String,
    insert_new: String,
    update: String,
}

impl Shape {
    pub(crate) fn of<T: Table>() -> Shape {
        let mut columns = Vec::new();
        T::columns(&mut columns);
        let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
        let select = format!("SELECT {} FROM {}", names.join(", "), T::TABLE);
        let written: Vec<&str> = names.iter().skip(1).chain(T::BESIDE).copied().collect();
        let marks: Vec<String> = (1..=written.len()).map(mark).collect();
        let insert = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            T::TABLE,
            written.join(", "),
            marks.join(", ")
        );
        let sets: Vec<String> = columns
            .iter()
            .skip(1)
            .filter(|c| !c.fixed)
            .enumerate()
            .map(|(i, c)| format!("{} = {}", c.name, mark(i + 1)))
            .collect();
        Shape {
            table: T::TABLE,
            get: format!("{select} WHERE id = {}", mark(1)),
            scan: format!("{select} WHERE id > {} ORDER BY id LIMIT {}", mark(1), mark(2)),
            insert_new: format!("{insert} ON CONFLICT DO NOTHING RETURNING id"),
            insert: format!("{insert} RETURNING id"),
            update: format!(
                "UPDATE {} SET {} WHERE id = {} AND version = {}",
                T::TABLE,
                sets.join(", "),
                mark(sets.len() + 1),
                mark(sets.len() + 2)
            ),
            select,
            beside: T::BESIDE,
            columns,
        }
    }

    pub fn table(&self) -> &'static str {
        self.table
    }

    /// The record's columns, `id` first.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// The table's columns that are not part of the record.
    pub fn beside(&self) -> &'static [&'static str] {
        self.beside
    }
}

/// The row mapping: a `T` from a row of `SELECT <T's columns>`.
pub(crate) fn row<T: Table>(r: &Row) -> rusqlite::Result<T> {
    T::read(&mut Reader { row: r, next: 0 })
}

fn values<T: Table>(rec: &T, update: bool) -> rusqlite::Result<Vec<ToSqlOutput<'_>>> {
    let mut w = Writer {
        update,
        values: Vec::new(),
    };
    rec.write(&mut w)?;
    Ok(w.values)
}

pub(crate) fn get<T: Table>(conn: &Connection, id: i64) -> Result<Option<T>> {
    Ok(conn
        .prepare_cached(&T::shape().get)?
        .query_row([id], row::<T>)
        .optional()?)
}

/// Rows of `T`'s table: `SELECT <T's columns> FROM <table> <rest>`, `rest` being the kind's
/// `WHERE … ORDER BY … LIMIT …`.
pub(crate) fn select<T: Table>(conn: &Connection, rest: &str, params: impl Params) -> Result<Vec<T>> {
    let sql = format!("{} {rest}", T::shape().select);
    let rows = conn
        .prepare_cached(&sql)?
        .query_map(params, row::<T>)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// The rows with these ids (a screen's worth), in no particular order.
pub(crate) fn by_ids<T: Table>(conn: &Connection, ids: &[i64]) -> Result<Vec<T>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    select(conn, &format!("WHERE {}", in_list("id", 1)), [list(ids)?])
}

/// The first row of [`select`], if any.
pub(crate) fn select_one<T: Table>(conn: &Connection, rest: &str, params: impl Params) -> Result<Option<T>> {
    let sql = format!("{} {rest}", T::shape().select);
    Ok(conn.prepare_cached(&sql)?.query_row(params, row::<T>).optional()?)
}

/// One page of every row in id order, ids above `after`: how `opsdesk check` walks a table of
/// any size without holding it in memory.
pub(crate) fn scan<T: Table>(conn: &Connection, after: i64, limit: usize) -> Result<Vec<T>> {
    let rows = conn
        .prepare_cached(&T::shape().scan)?
        .query_map(params![after, limit as i64], row::<T>)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

/// Insert a new record (its `id` is the table's to give); returns the id.
pub(crate) fn insert<T: Table>(conn: &Connection, rec: &T) -> Result<i64> {
    insert_beside(conn, rec, Vec::new())
}

/// [`insert`], with values for the columns beside the record ([`Table::BESIDE`], in order).
pub(crate) fn insert_beside<T: Table>(conn: &Connection, rec: &T, beside: Vec<Value>) -> Result<i64> {
    let args = with_beside::<T>(rec, beside)?;
    Ok(conn
        .prepare_cached(&T::shape().insert)?
        .query_row(rusqlite::params_from_iter(args), |r| r.get(0))?)
}

/// Insert a new record unless a uniqueness constraint says it is there already: `None` then
/// (another engine was first).
pub(crate) fn insert_new<T: Table>(conn: &Connection, rec: &T) -> Result<Option<i64>> {
    let args = with_beside::<T>(rec, Vec::new())?;
    Ok(conn
        .prepare_cached(&T::shape().insert_new)?
        .query_row(rusqlite::params_from_iter(args), |r| r.get(0))
        .optional()?)
}

fn with_beside<T: Table>(rec: &T, beside: Vec<Value>) -> Result<Vec<ToSqlOutput<'_>>> {
    if beside.len() != T::BESIDE.len() {
        return Err(anyhow!(
            "{} is written with {} column(s) beside the record ({}), not {}",
            T::TABLE,
            T::BESIDE.len(),
            T::BESIDE.join(", "),
            beside.len()
        ));
    }
    let mut args = values(rec, false)?;
    args.extend(beside.into_iter().map(ToSqlOutput::Owned));
    Ok(args)
}

/// Write `new` over `old`; false when the row is no longer at `old`'s version (someone else won).
pub(crate) fn update<T: Table + Record>(conn: &Connection, old: &T, new: &T) -> Result<bool> {
    let version = old
        .version()
        .ok_or_else(|| anyhow!("{} rows are written once and never updated", T::TABLE))?;
    let mut args = values(new, true)?;
    args.push(ToSqlOutput::Owned(Value::Integer(old.id())));
    args.push(ToSqlOutput::Owned(Value::Integer(version)));
    let n = conn
        .prepare_cached(&T::shape().update)?
        .execute(rusqlite::params_from_iter(args))?;
    Ok(n == 1)
}

/// `column IN (the values)`, the values bound as one JSON array ([`list`]) at parameter `n`.
/// SQLite-only (`json_each`); PostgreSQL would say `column = ANY($n)` and bind an array.
pub(crate) fn in_list(column: &str, n: usize) -> String {
    format!("{column} IN (SELECT value FROM json_each({}))", mark(n))
}

/// The parameter [`in_list`] reads.
pub(crate) fn list<T: Serialize>(values: &[T]) -> Result<String> {
    Ok(serde_json::to_string(values)?)
}

/// Declares the table of a record type: its name, the columns beside the record if any, and each
/// field with its column, `id` first. A column named as its field is the field's name alone; one
/// named otherwise says `field as column`; a field of several columns lists them,
/// `field: Type { part as column, … }`. `#[fixed]` marks what an update leaves as inserted.
///
/// ```text
/// table! {
///     User in "users" {
///         id,
///         #[fixed] login,
///         name,
///         …
///     }
/// }
/// ```
macro_rules! table {
    (
        $T:ident in $table:literal $(beside [$($beside:ident),* $(,)?])? {
            id,
            $( $(#[$flag:ident])* $field:ident $(as $col:ident)?
               $(: $Sub:ident { $($sub:ident as $subcol:ident),+ $(,)? })? ),+ $(,)?
        }
    ) => {
        impl $crate::store::table::Table for $T {
            const TABLE: &'static str = $table;
            const BESIDE: &'static [&'static str] = &[$($(stringify!($beside)),*)?];
            fn columns(out: &mut Vec<$crate::store::table::Column>) {
                out.push($crate::store::table::Column { name: "id", fixed: true });
                $( $crate::store::table::table!(@names out [$($flag)*] $field [$($col)?] [$($($subcol)+)?]); )+
            }
            fn read(r: &mut $crate::store::table::Reader) -> rusqlite::Result<Self> {
                Ok($T {
                    id: r.col()?,
                    $( $field: $crate::store::table::table!(@read r [$($Sub $($sub)+)?]), )+
                })
            }
            fn write<'a>(&'a self, w: &mut $crate::store::table::Writer<'a>) -> rusqlite::Result<()> {
                $( $crate::store::table::table!(@write w self [$($flag)*] $field [$($($sub)+)?]); )+
                Ok(())
            }
            fn shape() -> &'static $crate::store::table::Shape {
                static SHAPE: std::sync::OnceLock<$crate::store::table::Shape> = std::sync::OnceLock::new();
                SHAPE.get_or_init($crate::store::table::Shape::of::<$T>)
            }
        }
    };
    (@fixed []) => { false };
    (@fixed [fixed]) => { true };
    (@names $out:ident $flags:tt $field:ident [] []) => {
        $out.push($crate::store::table::Column {
            name: stringify!($field),
            fixed: $crate::store::table::table!(@fixed $flags),
        })
    };
    (@names $out:ident $flags:tt $field:ident [$col:ident] []) => {
        $out.push($crate::store::table::Column {
            name: stringify!($col),
            fixed: $crate::store::table::table!(@fixed $flags),
        })
    };
    (@names $out:ident $flags:tt $field:ident [] [$($subcol:ident)+]) => {
        $( $out.push($crate::store::table::Column {
            name: stringify!($subcol),
            fixed: $crate::store::table::table!(@fixed $flags),
        }); )+
    };
    (@read $r:ident []) => { $r.col()? };
    (@read $r:ident [$Sub:ident $($sub:ident)+]) => { $Sub { $($sub: $r.col()?),+ } };
    (@write $w:ident $s:ident $flags:tt $field:ident []) => {
        $w.put($crate::store::table::table!(@fixed $flags), &$s.$field)?
    };
    (@write $w:ident $s:ident $flags:tt $field:ident [$($sub:ident)+]) => {
        $( $w.put($crate::store::table::table!(@fixed $flags), &$s.$field.$sub)?; )+
    };
}
pub(crate) use table;

#[cfg(test)]
mod tests;
