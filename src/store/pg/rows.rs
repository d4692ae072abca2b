//! A desk's tables as moving a desk between the engines sees them (issue 20): each table's
//! columns with their types and its key, read from PostgreSQL's catalogue (the SQLite schema has
//! the same tables and columns, which tests/pg_init.rs holds it to), in an order where every
//! table comes after the tables it references; and one value of a row, read from either engine,
//! written to either, and folded into a digest that both engines' copies must give alike.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::hash::{DefaultHasher, Hasher};

use anyhow::{Result, anyhow, bail};
use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use rusqlite::types::ValueRef;

/// The tables kept by triggers from other tables' rows (the open-incident counts): never
/// copied, rebuilt by the target's own triggers as the incidents go in, and compared after on
/// the rows that count (a minute whose count went back to 0 keeps its row on the desk that
/// counted it; one that gets its incidents in their last state never had it).
pub const DERIVED: &[(&str, &str)] = &[("open_total", "true"), ("open_restored", "n <> 0")];

/// Whether `t` is one of the [`DERIVED`] tables.
pub fn is_derived(t: &Table) -> bool {
    DERIVED.iter().any(|(d, _)| *d == t.name)
}

/// The search index's words: SQLite's FTS5 table cannot be read back (it keeps no text), so its
/// rows are made again from the records on the way to PostgreSQL, and copied as they are into
/// FTS5 on the way back.
pub const SEARCH_TEXT: &str = "search_text";

/// The types the PostgreSQL schema uses (booleans are integers, instants epoch seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColType {
    Int,
    Text,
    Bytes,
}

impl ColType {
    pub fn pg_type(self) -> Type {
        match self {
            ColType::Int => Type::INT8,
            ColType::Text => Type::TEXT,
            ColType::Bytes => Type::BYTEA,
        }
    }
}

/// One value of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Null,
    Int(i64),
    Text(String),
    Bytes(Vec<u8>),
}

/// A table of the desk.
#[derive(Clone, Debug)]
pub struct Table {
    pub name: String,
    pub columns: Vec<(String, ColType)>,
    /// The primary key's columns (their places in `columns`); every column when it has none.
    pub key: Vec<usize>,
    /// Whether its `id` is an identity column, whose sequence must be moved past copied ids.
    pub identity: bool,
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Table {
    pub fn quoted(&self) -> String {
        quote(&self.name)
    }

    /// The column list, quoted: `"id", "title", …`.
    pub fn column_list(&self) -> String {
        self.columns
            .iter()
            .map(|(c, _)| quote(c))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Every row in key order. Text keys are ordered by their bytes on PostgreSQL too (the "C"
    /// collation), as SQLite orders them, whatever the database's own collation.
    pub fn select_sql(&self, pg: bool) -> String {
        self.select_where(pg, "true")
    }

    /// [`Table::select_sql`] of the rows where `filter` holds.
    pub fn select_where(&self, pg: bool, filter: &str) -> String {
        let order: Vec<String> = self
            .key
            .iter()
            .map(|&i| {
                let (c, ty) = &self.columns[i];
                if pg && *ty == ColType::Text {
                    format!("{} COLLATE \"C\"", quote(c))
                } else {
                    quote(c)
                }
            })
            .collect();
        format!(
            "SELECT {} FROM {} WHERE {filter} ORDER BY {}",
            self.column_list(),
            self.quoted(),
            order.join(", ")
        )
    }

    /// The key of `row` as a person reads it: `id 42`, `key created_at`.
    pub fn key_text(&self, row: &[Cell]) -> String {
        self.key
            .iter()
            .map(|&i| format!("{} {}", self.columns[i].0, row[i].shown()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn key_of(&self, row: &[Cell]) -> Vec<Cell> {
        self.key.iter().map(|&i| row[i].clone()).collect()
    }

    /// A row read from SQLite, each value as its PostgreSQL column holds it; a value of another
    /// type (SQLite keeps what it is given) is refused, naming the row and the column.
    pub fn sqlite_row(&self, r: &rusqlite::Row) -> Result<Vec<Cell>> {
        let mut out = Vec::with_capacity(self.columns.len());
        for (i, (col, ty)) in self.columns.iter().enumerate() {
            let cell = match (r.get_ref(i)?, ty) {
                (ValueRef::Null, _) => Cell::Null,
                (ValueRef::Integer(v), ColType::Int) => Cell::Int(v),
                (ValueRef::Text(t), ColType::Text) => match std::str::from_utf8(t) {
                    Ok(s) if !s.contains('\0') => Cell::Text(s.to_string()),
                    Ok(_) => {
                        return Err(self.refused(&out, col, "a NUL character, which PostgreSQL's text cannot hold"));
                    }
                    Err(_) => return Err(self.refused(&out, col, "text that is not UTF-8")),
                },
                (ValueRef::Blob(b), ColType::Bytes) => Cell::Bytes(b.to_vec()),
                (v, _) => {
                    return Err(self.refused(
                        &out,
                        col,
                        &format!("a value of SQLite type {} where {ty:?} belongs", v.data_type()),
                    ));
                }
            };
            out.push(cell);
        }
        Ok(out)
    }

    /// The refusal of a row's value; `read` holds the row's values read so far (its key comes
    /// first in every table but a few, and is named when it was read).
    fn refused(&self, read: &[Cell], col: &str, what: &str) -> anyhow::Error {
        let key = if self.key.iter().all(|&i| i < read.len()) {
            format!(" ({})", self.key_text(read))
        } else {
            String::new()
        };
        anyhow!(
            "table {}, a row{key}: column {col} holds {what}; nothing was written",
            self.name
        )
    }

    /// A row read from PostgreSQL.
    pub fn pg_row(&self, r: &postgres::Row) -> Result<Vec<Cell>> {
        let mut out = Vec::with_capacity(self.columns.len());
        for (i, (_, ty)) in self.columns.iter().enumerate() {
            out.push(match ty {
                ColType::Int => r.try_get::<_, Option<i64>>(i)?.map_or(Cell::Null, Cell::Int),
                ColType::Text => r.try_get::<_, Option<String>>(i)?.map_or(Cell::Null, Cell::Text),
                ColType::Bytes => r.try_get::<_, Option<Vec<u8>>>(i)?.map_or(Cell::Null, Cell::Bytes),
            });
        }
        Ok(out)
    }
}

impl Cell {
    fn shown(&self) -> String {
        match self {
            Cell::Null => "NULL".into(),
            Cell::Int(v) => v.to_string(),
            Cell::Text(s) => crate::text::sanitize_line(s),
            Cell::Bytes(b) => format!("({} bytes)", b.len()),
        }
    }
}

impl rusqlite::ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value};
        Ok(match self {
            Cell::Null => ToSqlOutput::Owned(Value::Null),
            Cell::Int(v) => ToSqlOutput::Owned(Value::Integer(*v)),
            Cell::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Cell::Bytes(b) => ToSqlOutput::Borrowed(ValueRef::Blob(b)),
        })
    }
}

impl ToSql for Cell {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match self {
            Cell::Null => Ok(IsNull::Yes),
            Cell::Int(v) => v.to_sql(ty, out),
            Cell::Text(s) => s.to_sql(ty, out),
            Cell::Bytes(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(*ty, Type::INT8 | Type::TEXT | Type::BYTEA)
    }

    to_sql_checked!();
}

/// What a table's rows add up to: how many, and a digest of every value of every row in key
/// order. Two copies of a table give the same only when they hold the same rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sum {
    pub rows: u64,
    pub digest: u64,
}

#[derive(Default)]
pub struct Summing {
    rows: u64,
    h: DefaultHasher,
}

impl Summing {
    pub fn new() -> Summing {
        Summing::default()
    }

    pub fn add(&mut self, row: &[Cell]) {
        self.rows += 1;
        for c in row {
            match c {
                Cell::Null => self.h.write_u8(0),
                Cell::Int(v) => {
                    self.h.write_u8(1);
                    self.h.write_i64(*v);
                }
                Cell::Text(s) => {
                    self.h.write_u8(2);
                    self.h.write_usize(s.len());
                    self.h.write(s.as_bytes());
                }
                Cell::Bytes(b) => {
                    self.h.write_u8(3);
                    self.h.write_usize(b.len());
                    self.h.write(b);
                }
            }
        }
    }

    pub fn finish(self) -> Sum {
        Sum {
            rows: self.rows,
            digest: self.h.finish(),
        }
    }
}

/// The desk's tables on the PostgreSQL side of `client`, every one after the tables it
/// references (the schema's version table left out: each engine keeps its own).
pub fn desk_tables(client: &mut impl postgres::GenericClient) -> Result<Vec<Table>> {
    let cols = client.query(
        "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), a.attidentity <> ''
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
         ORDER BY c.relname, a.attnum",
        &[],
    )?;
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    for r in &cols {
        let (name, col, ty, identity): (String, String, String, bool) = (r.get(0), r.get(1), r.get(2), r.get(3));
        if name == super::VERSION_TABLE {
            continue;
        }
        let ty = match ty.as_str() {
            "bigint" => ColType::Int,
            "text" => ColType::Text,
            "bytea" => ColType::Bytes,
            other => bail!("table {name}, column {col}: type {other} is not one an opsdesk desk uses"),
        };
        let t = tables.entry(name.clone()).or_insert_with(|| Table {
            name,
            columns: Vec::new(),
            key: Vec::new(),
            identity: false,
        });
        t.identity |= identity && col == "id";
        t.columns.push((col, ty));
    }
    let keys = client.query(
        "SELECT c.relname::text, a.attname::text
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
         WHERE n.nspname = current_schema() AND i.indisprimary
         ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)",
        &[],
    )?;
    for r in &keys {
        let (name, col): (String, String) = (r.get(0), r.get(1));
        if let Some(t) = tables.get_mut(&name)
            && let Some(i) = t.columns.iter().position(|(c, _)| *c == col)
        {
            t.key.push(i);
        }
    }
    for t in tables.values_mut().filter(|t| t.key.is_empty()) {
        t.key = (0..t.columns.len()).collect();
    }
    let refs = client.query(
        "SELECT a.relname::text, b.relname::text FROM pg_constraint k
         JOIN pg_class a ON a.oid = k.conrelid JOIN pg_class b ON b.oid = k.confrelid
         JOIN pg_namespace n ON n.oid = a.relnamespace
         WHERE k.contype = 'f' AND n.nspname = current_schema() AND k.conrelid <> k.confrelid",
        &[],
    )?;
    let mut needs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in &refs {
        needs.entry(r.get(0)).or_default().insert(r.get(1));
    }
    // Each round takes every table whose references are all placed (by name within a round).
    let mut order = Vec::with_capacity(tables.len());
    while !tables.is_empty() {
        let ready: Vec<String> = tables
            .keys()
            .filter(|t| needs.get(*t).is_none_or(|n| n.iter().all(|r| !tables.contains_key(r))))
            .cloned()
            .collect();
        if ready.is_empty() {
            bail!(
                "the tables {} reference one another in a circle; opsdesk's schema has no such tables",
                tables.keys().cloned().collect::<Vec<_>>().join(", ")
            );
        }
        for name in ready {
            order.extend(tables.remove(&name));
        }
    }
    Ok(order)
}

/// Whether `row` is to be written over the rows a new desk's schema put in its table by itself
/// (`seeded`: the word `incident` as history word 0): `false` when it is one of them, as it is; a
/// row with the key of a seeded row but other values is refused.
pub fn is_new(t: &Table, seeded: &[Vec<Cell>], row: &[Cell]) -> Result<bool> {
    let key = t.key_of(row);
    match seeded.iter().find(|s| t.key_of(s) == key) {
        None => Ok(true),
        Some(s) if s.as_slice() == row => Ok(false),
        Some(_) => bail!(
            "table {}, {}: a new desk holds this row already, with other values; nothing was written",
            t.name,
            t.key_text(row)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(rows: &[Vec<Cell>]) -> Sum {
        let mut s = Summing::new();
        for r in rows {
            s.add(r);
        }
        s.finish()
    }

    #[test]
    fn two_copies_sum_alike_only_when_they_hold_the_same_rows() {
        let a = vec![
            vec![Cell::Int(1), Cell::Text("计费".into()), Cell::Null],
            vec![Cell::Int(2), Cell::Text("".into()), Cell::Bytes(vec![0, 1])],
        ];
        assert_eq!(sum(&a), sum(&a.clone()));
        let differs = [
            // Another value, a NULL for an empty text, the rows in another order, one row fewer,
            // the same bytes split between two cells otherwise.
            vec![
                a[0].clone(),
                vec![Cell::Int(2), Cell::Text("x".into()), Cell::Bytes(vec![0, 1])],
            ],
            vec![a[0].clone(), vec![Cell::Int(2), Cell::Null, Cell::Bytes(vec![0, 1])]],
            vec![a[1].clone(), a[0].clone()],
            vec![a[0].clone()],
            vec![
                vec![Cell::Int(1), Cell::Text("计".into()), Cell::Text("费".into())],
                a[1].clone(),
            ],
        ];
        for b in differs {
            assert_ne!(sum(&a), sum(&b), "{b:?}");
        }
    }

    #[test]
    fn a_row_a_new_desk_holds_already_is_stepped_over_and_a_clash_refused() {
        let t = Table {
            name: "history_words".into(),
            columns: vec![("id".into(), ColType::Int), ("word".into(), ColType::Text)],
            key: vec![0],
            identity: true,
        };
        let seeded = vec![vec![Cell::Int(0), Cell::Text("incident".into())]];
        assert!(!is_new(&t, &seeded, &[Cell::Int(0), Cell::Text("incident".into())]).unwrap());
        assert!(is_new(&t, &seeded, &[Cell::Int(1), Cell::Text("dept".into())]).unwrap());
        let e = is_new(&t, &seeded, &[Cell::Int(0), Cell::Text("change".into())]).unwrap_err();
        assert!(e.to_string().contains("history_words, id 0"), "{e}");
    }

    #[test]
    fn rows_are_read_in_key_order_by_their_bytes_on_both_engines() {
        let t = Table {
            name: "meta".into(),
            columns: vec![("key".into(), ColType::Text), ("value".into(), ColType::Text)],
            key: vec![0],
            identity: false,
        };
        assert_eq!(
            t.select_sql(false),
            "SELECT \"key\", \"value\" FROM \"meta\" WHERE true ORDER BY \"key\""
        );
        assert_eq!(
            t.select_sql(true),
            "SELECT \"key\", \"value\" FROM \"meta\" WHERE true ORDER BY \"key\" COLLATE \"C\""
        );
    }
}
