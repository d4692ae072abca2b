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
use rusqlite::ToSql;
use rusqlite::types::{FromSql, ToSqlOutput, Type, Value, ValueRef};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::db::{self, Args, Cells, Db};
use super::{at, ts};
use crate::domain::kind::Record;

/// How a field is kept in one column: written as a value SQL knows, read back from the column's
/// value (of either engine, as SQLite's values: see `db`).
pub(crate) trait Codec: Sized {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>>;
    fn decode(v: ValueRef, idx: usize) -> rusqlite::Result<Self>;
}

/// A column's value as a `T` SQLite knows how to read, or the error naming the column.
pub(crate) fn from_value<T: FromSql>(v: ValueRef, idx: usize) -> rusqlite::Result<T> {
    T::column_result(v).map_err(|e| match e {
        rusqlite::types::FromSqlError::InvalidType => {
            rusqlite::Error::InvalidColumnType(idx, String::new(), v.data_type())
        }
        other => rusqlite::Error::FromSqlConversionFailure(idx, v.data_type(), Box::new(other)),
    })
}

macro_rules! plain {
    ($($t:ty),+) => {$(
        impl Codec for $t {
            fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.to_sql()
            }
            fn decode(v: ValueRef, idx: usize) -> rusqlite::Result<Self> {
                from_value(v, idx)
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
    fn decode(v: ValueRef, idx: usize) -> rusqlite::Result<Self> {
        Ok(at(from_value(v, idx)?))
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
    fn decode(v: ValueRef, idx: usize) -> rusqlite::Result<Self> {
        match v {
            ValueRef::Null => Ok(None),
            _ => T::decode(v, idx).map(Some),
        }
    }
}

fn json<T: Serialize>(v: &T) -> rusqlite::Result<ToSqlOutput<'static>> {
    let text = serde_json::to_string(v).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    Ok(ToSqlOutput::Owned(Value::Text(text)))
}

fn from_json<T: DeserializeOwned>(v: ValueRef, idx: usize) -> rusqlite::Result<T> {
    let text: String = from_value(v, idx)?;
    serde_json::from_str(&text).map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, Type::Text, Box::new(e)))
}

/// A list: a JSON array in one text column.
impl<T: Serialize + DeserializeOwned> Codec for Vec<T> {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        json(self)
    }
    fn decode(v: ValueRef, idx: usize) -> rusqlite::Result<Self> {
        from_json(v, idx)
    }
}

/// Named values: a JSON object in one text column.
impl Codec for BTreeMap<String, String> {
    fn encode(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        json(self)
    }
    fn decode(v: ValueRef, idx: usize) -> rusqlite::Result<Self> {
        from_json(v, idx)
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
            fn decode(v: rusqlite::types::ValueRef, idx: usize) -> rusqlite::Result<Self> {
                $crate::store::parse_col(idx, $crate::store::table::from_value(v, idx)?, <$t>::parse)
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
pub(crate) struct Reader<'a> {
    row: &'a dyn Cells,
    next: usize,
}

impl Reader<'_> {
    pub(crate) fn col<T: Codec>(&mut self) -> rusqlite::Result<T> {
        let idx = self.next;
        self.next += 1;
        T::decode(self.row.cell(idx)?, idx)
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
    /// The same on PostgreSQL: the id given as SQLite gives it, one past the largest (writers
    /// take turns: store/pg/write.rs), so that ids agree on both engines and an insert that a
    /// uniqueness constraint stops uses up no number (an identity would skip one each time).
    insert_pg: String,
    insert_new_pg: String,
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
        let insert_pg = format!(
            "INSERT INTO {table} (id, {}) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM {table}), {})",
            written.join(", "),
            marks.join(", "),
            table = T::TABLE,
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
            insert_new_pg: format!("{insert_pg} ON CONFLICT DO NOTHING RETURNING id"),
            insert_pg: format!("{insert_pg} RETURNING id"),
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

/// The row mapping: a `T` from a row of `SELECT <T's columns>`, of either engine.
pub(crate) fn read<T: Table>(r: &dyn Cells) -> rusqlite::Result<T> {
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

pub(crate) fn get<T: Table>(conn: &(impl Db + ?Sized), id: i64) -> Result<Option<T>> {
    db::first(conn, &T::shape().get, [id], read::<T>)
}

/// Rows of `T`'s table: `SELECT <T's columns> FROM <table> <rest>`, `rest` being the kind's
/// `WHERE … ORDER BY … LIMIT …`.
pub(crate) fn select<T: Table>(conn: &(impl Db + ?Sized), rest: &str, params: impl Args) -> Result<Vec<T>> {
    let sql = format!("{} {rest}", T::shape().select);
    db::rows(conn, &sql, params, read::<T>)
}

/// [`select`] of a table that hardly changes, remembered by a server's transaction until it
/// writes one of `tables` (store/memo.rs).
pub(crate) fn select_remembered<T: Table>(
    conn: &(impl Db + ?Sized),
    tables: &'static [&'static str],
    rest: &str,
    params: &[&dyn ToSql],
) -> Result<Vec<T>> {
    let sql = format!("{} {rest}", T::shape().select);
    super::remembered::rows(conn, tables, &sql, params, read::<T>)
}

/// The rows with these ids (a screen's worth), in no particular order.
pub(crate) fn by_ids<T: Table>(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<T>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    select(conn, &format!("WHERE {}", in_ids(conn, "id", 1)), [list(ids)?])
}

/// The first row of [`select`], if any.
pub(crate) fn select_one<T: Table>(conn: &(impl Db + ?Sized), rest: &str, params: impl Args) -> Result<Option<T>> {
    let sql = format!("{} {rest}", T::shape().select);
    db::first(conn, &sql, params, read::<T>)
}

/// One page of every row in id order, ids above `after`: how `opsdesk check` walks a table of
/// any size without holding it in memory.
pub(crate) fn scan<T: Table>(conn: &(impl Db + ?Sized), after: i64, limit: usize) -> Result<Vec<T>> {
    db::rows(conn, &T::shape().scan, [after, limit as i64], read::<T>)
}

/// Insert a new record (its `id` is the table's to give); returns the id.
pub(crate) fn insert<T: Table>(conn: &(impl Db + ?Sized), rec: &T) -> Result<i64> {
    insert_beside(conn, rec, Vec::new())
}

/// The id a `… RETURNING id` statement gave back.
fn returned_id(r: &dyn Cells) -> rusqlite::Result<i64> {
    from_value(r.cell(0)?, 0)
}

/// [`insert`], with values for the columns beside the record ([`Table::BESIDE`], in order).
pub(crate) fn insert_beside<T: Table>(conn: &(impl Db + ?Sized), rec: &T, beside: Vec<Value>) -> Result<i64> {
    let args = with_beside::<T>(rec, beside)?;
    let shape = T::shape();
    let sql = match conn.engine() {
        db::Engine::Sqlite => &shape.insert,
        db::Engine::Postgres => &shape.insert_pg,
    };
    db::first(conn, sql, args, returned_id)?.ok_or_else(|| anyhow!("inserting into {} gave no id back", T::TABLE))
}

/// Insert a new record unless a uniqueness constraint says it is there already: `None` then
/// (another engine was first).
pub(crate) fn insert_new<T: Table>(conn: &(impl Db + ?Sized), rec: &T) -> Result<Option<i64>> {
    let args = with_beside::<T>(rec, Vec::new())?;
    let shape = T::shape();
    let sql = match conn.engine() {
        db::Engine::Sqlite => &shape.insert_new,
        db::Engine::Postgres => &shape.insert_new_pg,
    };
    db::first(conn, sql, args, returned_id)
}

fn with_beside<T: Table>(rec: &T, beside: Vec<Value>) -> Result<Vec<Value>> {
    if beside.len() != T::BESIDE.len() {
        return Err(anyhow!(
            "{} is written with {} column(s) beside the record ({}), not {}",
            T::TABLE,
            T::BESIDE.len(),
            T::BESIDE.join(", "),
            beside.len()
        ));
    }
    let mut args = owned(values(rec, false)?)?;
    args.extend(beside);
    Ok(args)
}

/// Values as owned ones, which either engine binds.
fn owned(values: Vec<ToSqlOutput<'_>>) -> Result<Vec<Value>> {
    values.into_iter().map(db::owned_output).collect()
}

/// Write `new` over `old`; false when the row is no longer at `old`'s version (someone else won).
pub(crate) fn update<T: Table + Record>(conn: &(impl Db + ?Sized), old: &T, new: &T) -> Result<bool> {
    let version = old
        .version()
        .ok_or_else(|| anyhow!("{} rows are written once and never updated", T::TABLE))?;
    let mut args = owned(values(new, true)?)?;
    args.push(Value::Integer(old.id()));
    args.push(Value::Integer(version));
    let n = conn.exec(&T::shape().update, &args.args())?;
    Ok(n == 1)
}

/// `column IN (the values)` for a text column, the values bound as one JSON array ([`list`]) at
/// parameter `n`; [`in_ids`] for an integer column.
pub(crate) fn in_list(conn: &(impl Db + ?Sized), column: &str, n: usize) -> String {
    match conn.engine() {
        db::Engine::Sqlite => format!("{column} IN (SELECT value FROM json_each({}))", mark(n)),
        // The elements as text: a text column's index finds each (compared as JSON, it could not).
        db::Engine::Postgres => format!(
            "{column} IN (SELECT jsonb_array_elements_text({}::text::jsonb))",
            mark(n)
        ),
    }
}

/// [`in_list`] for an integer column (ids): on PostgreSQL the elements are read as integers, so
/// the column's index finds each.
pub(crate) fn in_ids(conn: &(impl Db + ?Sized), column: &str, n: usize) -> String {
    match conn.engine() {
        db::Engine::Sqlite => in_list(conn, column, n),
        db::Engine::Postgres => format!(
            "{column} IN (SELECT jsonb_array_elements_text({}::text::jsonb)::bigint)",
            mark(n)
        ),
    }
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
