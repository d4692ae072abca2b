//! One handle over either engine (issue 20): what the store's declared tables ([`super::table`])
//! and the kinds carried over to PostgreSQL ask of a connection, answered by SQLite or by
//! PostgreSQL. SQL is written once, with SQLite's `?N` placeholders, which the PostgreSQL side
//! spells `$N` (once per statement text, then prepared and kept); arguments are rusqlite's
//! [`ToSql`] values whichever engine runs them, and a row of either engine is read cell by cell
//! as SQLite's values ([`Cells`]). Booleans are integers and instants epoch seconds on both, as
//! the schemas keep them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error;

use anyhow::{Result, bail};
use postgres::types::{IsNull, ToSql as PgToSql, Type, to_sql_checked};
use rusqlite::ToSql;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};

/// Which engine a handle speaks to, for the few statements each spells its own way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A row of either engine, read cell by cell.
pub trait Cells {
    fn cell(&self, idx: usize) -> rusqlite::Result<ValueRef<'_>>;
}

impl Cells for rusqlite::Row<'_> {
    fn cell(&self, idx: usize) -> rusqlite::Result<ValueRef<'_>> {
        self.get_ref(idx)
    }
}

fn pg_failure(idx: usize, e: postgres::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Null, Box::new(e))
}

impl Cells for postgres::Row {
    fn cell(&self, idx: usize) -> rusqlite::Result<ValueRef<'_>> {
        let Some(column) = self.columns().get(idx) else {
            return Err(rusqlite::Error::InvalidColumnIndex(idx));
        };
        let ty = column.type_().clone();
        let v = match ty {
            Type::INT8 => self.try_get::<_, Option<i64>>(idx).map(|v| v.map(ValueRef::Integer)),
            Type::INT4 => self
                .try_get::<_, Option<i32>>(idx)
                .map(|v| v.map(|v| ValueRef::Integer(v.into()))),
            Type::INT2 => self
                .try_get::<_, Option<i16>>(idx)
                .map(|v| v.map(|v| ValueRef::Integer(v.into()))),
            Type::BOOL => self
                .try_get::<_, Option<bool>>(idx)
                .map(|v| v.map(|v| ValueRef::Integer(v.into()))),
            Type::FLOAT8 => self.try_get::<_, Option<f64>>(idx).map(|v| v.map(ValueRef::Real)),
            Type::BYTEA => self.try_get::<_, Option<&[u8]>>(idx).map(|v| v.map(ValueRef::Blob)),
            _ => self
                .try_get::<_, Option<&str>>(idx)
                .map(|v| v.map(|s| ValueRef::Text(s.as_bytes()))),
        };
        v.map(|v| v.unwrap_or(ValueRef::Null)).map_err(|e| pg_failure(idx, e))
    }
}

/// The arguments of a statement, as a list of values either engine binds.
pub trait Args {
    fn args(&self) -> Vec<&dyn ToSql>;
}

impl Args for [&dyn ToSql; 0] {
    fn args(&self) -> Vec<&dyn ToSql> {
        Vec::new()
    }
}

impl Args for &[&dyn ToSql] {
    fn args(&self) -> Vec<&dyn ToSql> {
        self.to_vec()
    }
}

impl<const N: usize> Args for &[&dyn ToSql; N] {
    fn args(&self) -> Vec<&dyn ToSql> {
        self.to_vec()
    }
}

impl Args for Vec<Value> {
    fn args(&self) -> Vec<&dyn ToSql> {
        self.iter().map(|v| v as &dyn ToSql).collect()
    }
}

macro_rules! array_args {
    ($($n:literal)+) => {$(
        impl<T: ToSql> Args for [T; $n] {
            fn args(&self) -> Vec<&dyn ToSql> {
                self.iter().map(|v| v as &dyn ToSql).collect()
            }
        }
    )+};
}
array_args!(1 2 3 4 5 6 7 8);

/// A connection, or a transaction on one, of either engine.
pub trait Db {
    fn engine(&self) -> Engine;
    /// Run `sql` and hand each row to `f`, in order, until the rows end or `f` fails.
    fn each(&self, sql: &str, args: &[&dyn ToSql], f: &mut dyn FnMut(&dyn Cells) -> rusqlite::Result<()>)
    -> Result<()>;
    /// Run `sql`; the number of rows it changed.
    fn exec(&self, sql: &str, args: &[&dyn ToSql]) -> Result<usize>;
    /// The SQLite connection behind this handle; `None` on PostgreSQL. What has not been carried
    /// over yet reaches its connection through [`sqlite`].
    fn sqlite(&self) -> Option<&rusqlite::Connection>;
    /// Whether this is a write transaction: a history row is appended only inside one.
    fn writing(&self) -> Result<bool>;
    /// Which desk this is, as a key for what a process keeps of it between transactions (the
    /// history's tail): a file's path, a server's URL (no password). `None`: keep nothing.
    fn desk(&self) -> Option<&str>;
    /// What this transaction already read of the tables that hardly change (store/memo.rs);
    /// `None`: ask the engine each time.
    fn memo(&self) -> Option<&super::memo::Cell> {
        None
    }
}

/// The SQLite connection behind `db`, for what runs on SQLite alone so far; on PostgreSQL, a
/// refusal saying so (nothing is written: the transaction it runs in is rolled back).
pub fn sqlite(db: &(impl Db + ?Sized)) -> Result<&rusqlite::Connection> {
    db.sqlite().ok_or_else(|| {
        crate::error::unsupported("this is not carried over to PostgreSQL yet (issue 20); nothing was written")
    })
}

fn sqlite_each(
    conn: &rusqlite::Connection,
    sql: &str,
    args: &[&dyn ToSql],
    f: &mut dyn FnMut(&dyn Cells) -> rusqlite::Result<()>,
) -> Result<()> {
    let mut st = conn.prepare_cached(sql)?;
    let mut rows = st.query(args)?;
    while let Some(r) = rows.next()? {
        f(r)?;
    }
    Ok(())
}

/// A SQLite connection, or a transaction (which is one while it lasts).
macro_rules! sqlite_db {
    ($($t:ty),+) => {$(
        impl Db for $t {
            fn engine(&self) -> Engine {
                Engine::Sqlite
            }
            fn each(
                &self,
                sql: &str,
                args: &[&dyn ToSql],
                f: &mut dyn FnMut(&dyn Cells) -> rusqlite::Result<()>,
            ) -> Result<()> {
                sqlite_each(self, sql, args, f)
            }
            fn exec(&self, sql: &str, args: &[&dyn ToSql]) -> Result<usize> {
                Ok(self.prepare_cached(sql)?.execute(args)?)
            }
            fn sqlite(&self) -> Option<&rusqlite::Connection> {
                Some(self)
            }
            fn writing(&self) -> Result<bool> {
                Ok(self.transaction_state(Some("main"))? == rusqlite::TransactionState::Write)
            }
            fn desk(&self) -> Option<&str> {
                self.path()
            }
        }
    )+};
}
sqlite_db!(rusqlite::Connection, rusqlite::Transaction<'_>);

/// Every row of `sql`, each made by `f`.
pub fn rows<T>(
    db: &(impl Db + ?Sized),
    sql: &str,
    args: impl Args,
    mut f: impl FnMut(&dyn Cells) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    db.each(sql, &args.args(), &mut |r| {
        out.push(f(r)?);
        Ok(())
    })?;
    Ok(out)
}

/// The first row of `sql`, made by `f`; `None` when there is none.
pub fn first<T>(
    db: &(impl Db + ?Sized),
    sql: &str,
    args: impl Args,
    mut f: impl FnMut(&dyn Cells) -> rusqlite::Result<T>,
) -> Result<Option<T>> {
    let mut out = None;
    let mut st = Some(());
    db.each(sql, &args.args(), &mut |r| {
        if st.take().is_some() {
            out = Some(f(r)?);
        }
        Ok(())
    })?;
    Ok(out)
}

/// `sql` with SQLite's `?N` placeholders as PostgreSQL's `$N`; a bare `?` is refused (the store
/// numbers every placeholder). Text in quotes is left as it is.
pub fn dollar_marks(sql: &str) -> Result<String> {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), c) => out.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '?') => {
                if !chars.peek().is_some_and(char::is_ascii_digit) {
                    bail!("a placeholder without its number in: {sql}");
                }
                out.push('$');
            }
            (None, c) => out.push(c),
        }
    }
    Ok(out)
}

/// `v` as an owned value.
pub fn owned(v: ValueRef) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(r) => Value::Real(r),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

/// A value bound on PostgreSQL: what rusqlite would have bound, as the parameter's type wants it.
#[derive(Debug)]
struct Bound(Value);

impl postgres::types::ToSql for Bound {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match (&self.0, ty) {
            (Value::Null, _) => Ok(IsNull::Yes),
            (Value::Integer(v), &Type::INT4) => PgToSql::to_sql(&i32::try_from(*v)?, ty, out),
            (Value::Integer(v), &Type::INT2) => PgToSql::to_sql(&i16::try_from(*v)?, ty, out),
            (Value::Integer(v), &Type::BOOL) => PgToSql::to_sql(&(*v != 0), ty, out),
            (Value::Integer(v), &Type::FLOAT8) => PgToSql::to_sql(&(*v as f64), ty, out),
            (Value::Integer(v), &Type::TEXT | &Type::VARCHAR) => PgToSql::to_sql(&v.to_string(), ty, out),
            (Value::Integer(v), _) => PgToSql::to_sql(&v, ty, out),
            (Value::Real(v), _) => PgToSql::to_sql(&v, ty, out),
            (Value::Text(s), _) => PgToSql::to_sql(&s, ty, out),
            (Value::Blob(b), _) => PgToSql::to_sql(&b, ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT8 | Type::INT4 | Type::INT2 | Type::BOOL | Type::FLOAT8 | Type::TEXT | Type::VARCHAR | Type::BYTEA
        )
    }

    to_sql_checked!();
}

/// What rusqlite would bind, as an owned value either engine binds. Zeroblobs and arrays, which
/// nothing in the store is written as, are refused rather than bound as something else.
pub fn owned_output(out: ToSqlOutput<'_>) -> Result<Value> {
    match out {
        ToSqlOutput::Borrowed(v) => Ok(owned(v)),
        ToSqlOutput::Owned(v) => Ok(v),
        other => bail!("a value opsdesk does not bind: {other:?}"),
    }
}

fn bound(args: &[&dyn ToSql]) -> Result<Vec<Bound>> {
    args.iter().map(|a| Ok(Bound(owned_output(a.to_sql()?)?))).collect()
}

/// Statements prepared on one connection, by their SQL: kept by the desk across its
/// transactions (a prepared statement lasts as long as its connection, whatever became of the
/// transaction it was made in), so that a console's read or an engine's tick does not spend a
/// round trip on preparing each statement again. Made anew with each new connection.
pub type Statements = std::sync::Arc<std::sync::Mutex<HashMap<String, postgres::Statement>>>;

/// More statements than this kept (texts built for their arguments, as an `IN` list's, differ):
/// the cache starts again rather than growing without end.
const MOST_STATEMENTS: usize = 512;

/// A PostgreSQL transaction as a [`Db`]: its statements prepared once each.
pub struct Pg<'c> {
    tx: RefCell<postgres::Transaction<'c>>,
    prepared: Statements,
    /// A write transaction (one holding the desk's write lock: store/pg/write.rs).
    writes: bool,
    /// The desk's URL, when the caller named it ([`Db::desk`]).
    desk: Option<String>,
    memo: super::memo::Cell,
}

impl<'c> Pg<'c> {
    /// A transaction that only reads.
    pub fn new(tx: postgres::Transaction<'c>) -> Pg<'c> {
        Pg {
            tx: RefCell::new(tx),
            prepared: Statements::default(),
            writes: false,
            desk: None,
            memo: Default::default(),
        }
    }

    /// A write transaction: the caller holds the desk's write lock in it.
    pub fn for_writes(tx: postgres::Transaction<'c>) -> Pg<'c> {
        Pg {
            writes: true,
            ..Pg::new(tx)
        }
    }

    /// Preparing its statements once on their connection: in `kept`, which must be of the
    /// connection this transaction is on.
    pub fn keeping(mut self, kept: Statements) -> Pg<'c> {
        self.prepared = kept;
        self
    }

    /// On the desk `key` names ([`Db::desk`]).
    pub fn on_desk(mut self, key: String) -> Pg<'c> {
        self.desk = Some(key);
        self
    }

    /// The transaction, to commit or to end.
    pub fn into_inner(self) -> postgres::Transaction<'c> {
        self.tx.into_inner()
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        // Poisoned: a thread panicked holding it; the statements it holds are still good.
        let kept = || self.prepared.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(st) = kept().get(sql) {
            return Ok(st.clone());
        }
        let st = self.tx.borrow_mut().prepare(&dollar_marks(sql)?)?;
        let mut kept = kept();
        if kept.len() >= MOST_STATEMENTS {
            kept.clear();
        }
        kept.insert(sql.to_string(), st.clone());
        Ok(st)
    }
}

impl Db for Pg<'_> {
    fn engine(&self) -> Engine {
        Engine::Postgres
    }
    /// The rows are all read before `f` sees the first: `f` may ask the transaction more (a
    /// history row's texts), which one connection cannot while a result is still streaming.
    fn each(
        &self,
        sql: &str,
        args: &[&dyn ToSql],
        f: &mut dyn FnMut(&dyn Cells) -> rusqlite::Result<()>,
    ) -> Result<()> {
        let st = self.statement(sql)?;
        let values = bound(args)?;
        let refs: Vec<&(dyn PgToSql + Sync)> = values.iter().map(|v| v as &(dyn PgToSql + Sync)).collect();
        self.memo.borrow_mut().ran(sql);
        let rows = self.tx.borrow_mut().query(&st, &refs)?;
        for r in &rows {
            f(r)?;
        }
        Ok(())
    }
    fn exec(&self, sql: &str, args: &[&dyn ToSql]) -> Result<usize> {
        let st = self.statement(sql)?;
        let values = bound(args)?;
        let refs: Vec<&(dyn PgToSql + Sync)> = values.iter().map(|v| v as &(dyn PgToSql + Sync)).collect();
        self.memo.borrow_mut().ran(sql);
        Ok(self.tx.borrow_mut().execute(&st, &refs)? as usize)
    }
    fn sqlite(&self) -> Option<&rusqlite::Connection> {
        None
    }
    fn writing(&self) -> Result<bool> {
        Ok(self.writes)
    }
    fn desk(&self) -> Option<&str> {
        self.desk.as_deref()
    }
    fn memo(&self) -> Option<&super::memo::Cell> {
        Some(&self.memo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_the_postgresql_way_outside_quotes() {
        let cases = [
            ("SELECT a FROM t WHERE id = ?1", "SELECT a FROM t WHERE id = $1"),
            ("WHERE a = ?1 AND b = ?12", "WHERE a = $1 AND b = $12"),
            ("WHERE a = '?1' AND b = ?2", "WHERE a = '?1' AND b = $2"),
            ("WHERE \"odd?1\" = ?1", "WHERE \"odd?1\" = $1"),
            ("WHERE a = 'it''s ?3' OR b = ?3", "WHERE a = 'it''s ?3' OR b = $3"),
        ];
        for (sqlite, pg) in cases {
            assert_eq!(dollar_marks(sqlite).unwrap(), pg, "{sqlite}");
        }
        assert!(dollar_marks("WHERE a = ?").is_err());
    }

    #[test]
    fn arguments_of_every_shape_bind_the_same_values() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let sum = |args: Vec<&dyn ToSql>| -> i64 {
            let n = args.len();
            let marks: Vec<String> = (1..=n).map(|i| format!("?{i}")).collect();
            let sql = format!("SELECT {}", if n == 0 { "0".into() } else { marks.join(" + ") });
            first(&conn, &sql, args.as_slice(), |r| {
                r.cell(0).and_then(|v| v.as_i64().map_err(Into::into))
            })
            .unwrap()
            .unwrap()
        };
        assert_eq!(sum([].args()), 0);
        assert_eq!(sum([1i64, 2, 3].args()), 6);
        assert_eq!(sum(rusqlite::params![1, 2i64].args()), 3);
        assert_eq!(sum(vec![Value::Integer(4), Value::Integer(5)].args()), 9);
    }
}
