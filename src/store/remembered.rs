//! Reads a server's transaction answers again from what it already read (store/memo.rs says
//! what is kept and when it is forgotten); on SQLite, plain reads.

use anyhow::Result;
use rusqlite::ToSql;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};

use super::db::{self, Cells, Db};

/// The arguments as a key: each value's type and bytes. `None` for a value that cannot be one.
fn key(args: &[&dyn ToSql]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for a in args {
        let v = match a.to_sql().ok()? {
            ToSqlOutput::Borrowed(v) => db::owned(v),
            ToSqlOutput::Owned(v) => v,
            _ => return None,
        };
        match v {
            Value::Null => out.push(0),
            Value::Integer(i) => {
                out.push(1);
                out.extend_from_slice(&i.to_le_bytes());
            }
            Value::Real(r) => {
                out.push(2);
                out.extend_from_slice(&r.to_bits().to_le_bytes());
            }
            Value::Text(t) => {
                out.push(3);
                out.extend_from_slice(&(t.len() as u64).to_le_bytes());
                out.extend_from_slice(t.as_bytes());
            }
            Value::Blob(b) => {
                out.push(4);
                out.extend_from_slice(&(b.len() as u64).to_le_bytes());
                out.extend_from_slice(&b);
            }
        }
    }
    Some(out)
}

struct Row<'a>(&'a [Value]);

impl Cells for Row<'_> {
    fn cell(&self, idx: usize) -> rusqlite::Result<ValueRef<'_>> {
        self.0
            .get(idx)
            .map(ValueRef::from)
            .ok_or(rusqlite::Error::InvalidColumnIndex(idx))
    }
}

/// [`Db::each`] of a read that depends only on `tables`, answered from what this transaction
/// already read when it kept a memo and has not written those tables since.
pub fn each(
    conn: &(impl Db + ?Sized),
    tables: &'static [&'static str],
    sql: &str,
    args: &[&dyn ToSql],
    f: &mut dyn FnMut(&dyn Cells) -> rusqlite::Result<()>,
) -> Result<()> {
    let (Some(memo), Some(k)) = (conn.memo(), key(args)) else {
        return conn.each(sql, args, f);
    };
    let k = (sql.to_string(), k);
    // Read out before `f` runs: it may ask the transaction more, which may write.
    let kept = memo.borrow().get(&k);
    let rows = match kept {
        Some(rows) => rows,
        None => {
            let mut rows = Vec::new();
            conn.each(sql, args, &mut |r| {
                let mut row = Vec::new();
                for i in 0.. {
                    match r.cell(i) {
                        Ok(v) => row.push(db::owned(v)),
                        Err(rusqlite::Error::InvalidColumnIndex(_)) => break,
                        Err(e) => return Err(e),
                    }
                }
                rows.push(row);
                Ok(())
            })?;
            memo.borrow_mut().keep(k, tables, rows.clone());
            rows
        }
    };
    for r in &rows {
        f(&Row(r))?;
    }
    Ok(())
}

/// Every row of `sql` (see [`each`]), each made by `f`.
pub fn rows<T>(
    conn: &(impl Db + ?Sized),
    tables: &'static [&'static str],
    sql: &str,
    args: &[&dyn ToSql],
    mut f: impl FnMut(&dyn Cells) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    each(conn, tables, sql, args, &mut |r| {
        out.push(f(r)?);
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_of_different_types_are_different_keys() {
        let a = key(&[&1i64 as &dyn ToSql]).unwrap();
        let b = key(&[&"1" as &dyn ToSql]).unwrap();
        let c = key(&[&"1" as &dyn ToSql, &Value::Null as &dyn ToSql]).unwrap();
        assert_ne!(a, b);
        assert_ne!(b, c);
    }
}
