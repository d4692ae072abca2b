//! What one PostgreSQL transaction has already read of the tables that hardly change (the
//! directory, the history's words and texts) and where its history's tail now is, so that an
//! escalation tick raising thirty duties asks the server once per distinct question instead of
//! once per duty: on a server each statement is a round trip, and a tick was ~500 of them.
//!
//! Kept for one transaction only (a word added in a transaction rolled back dies with it), and a
//! read is forgotten the moment the transaction runs a statement that writes and names one of
//! the tables that read depends on. SQLite answers in microseconds and keeps nothing here.

use std::cell::RefCell;
use std::collections::HashMap;

use rusqlite::types::Value;

/// How many distinct reads one transaction keeps before it starts again.
const MOST: usize = 4096;

/// The reads of one transaction, and its history's tail once it has appended.
#[derive(Default)]
pub struct Memo {
    reads: HashMap<(String, Vec<u8>), Kept>,
    tail: Option<(i64, Value, Option<i64>)>,
}

struct Kept {
    tables: &'static [&'static str],
    rows: Vec<Vec<Value>>,
}

impl Memo {
    /// `sql` was run: when it writes, what was read of a table it names is forgotten (and the
    /// tail, when it names the history).
    pub fn ran(&mut self, sql: &str) {
        if !writes(sql) {
            return;
        }
        self.reads.retain(|_, k| !k.tables.iter().any(|t| names(sql, t)));
        if names(sql, "history") {
            self.tail = None;
        }
    }

    /// The history's newest row as this transaction appended it: (id, full hash, last row
    /// stored in full).
    pub fn tail(&self) -> Option<(i64, Value, Option<i64>)> {
        self.tail.clone()
    }

    /// The rows kept for `key` (a statement and its arguments: store/remembered.rs).
    pub fn get(&self, key: &(String, Vec<u8>)) -> Option<Vec<Vec<Value>>> {
        self.reads.get(key).map(|k| k.rows.clone())
    }

    /// Keep `rows` for `key`, until a write names one of `tables`.
    pub fn keep(&mut self, key: (String, Vec<u8>), tables: &'static [&'static str], rows: Vec<Vec<Value>>) {
        if self.reads.len() >= MOST {
            self.reads.clear();
        }
        self.reads.insert(key, Kept { tables, rows });
    }

    /// This transaction just appended row `id`.
    pub fn appended(&mut self, id: i64, hash: &[u8], last_full: Option<i64>) {
        self.tail = Some((id, Value::Blob(hash.to_vec()), last_full));
    }
}

/// Whether `sql` may change a table: anything but a plain read.
fn writes(sql: &str) -> bool {
    let head = sql.trim_start().get(..6).unwrap_or("");
    !head.eq_ignore_ascii_case("SELECT")
}

/// Whether `sql` names `table` as a whole word (`history` is not named by `history_texts`).
fn names(sql: &str, table: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
    sql.match_indices(table).any(|(at, _)| {
        let before = sql[..at].chars().next_back().is_none_or(|c| !word(c));
        let after = sql[at + table.len()..].chars().next().is_none_or(|c| !word(c));
        before && after
    })
}

/// The memo a PostgreSQL transaction keeps.
pub type Cell = RefCell<Memo>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_forgets_the_reads_of_the_tables_it_names_and_no_other() {
        let cases = [
            ("INSERT INTO users (login) VALUES (?1)", "users", true),
            ("UPDATE users SET name = ?1", "users", true),
            ("DELETE FROM departments WHERE id = ?1", "departments", true),
            (
                "INSERT INTO history_words (word) VALUES (?1) RETURNING id",
                "history_words",
                true,
            ),
            (
                "INSERT INTO history_texts (hash, text) VALUES (?1, ?2)",
                "history_words",
                false,
            ),
            ("INSERT INTO history (id) VALUES (?1)", "history_texts", false),
            ("INSERT INTO duties (whom) VALUES (?1)", "users", false),
            ("SELECT id FROM users WHERE login = ?1", "users", false),
            ("  select * from departments", "departments", false),
        ];
        for (sql, table, forgets) in cases {
            let mut m = Memo::default();
            m.reads.insert(
                ("q".into(), Vec::new()),
                Kept {
                    tables: Box::leak(Box::new([table])),
                    rows: Vec::new(),
                },
            );
            m.ran(sql);
            assert_eq!(m.reads.is_empty(), forgets, "{sql} / {table}");
        }
    }

    #[test]
    fn the_tail_is_forgotten_by_a_write_naming_the_history_alone() {
        for (sql, forgets) in [
            ("INSERT INTO history (id) VALUES (?1)", true),
            ("INSERT INTO history_texts (hash, text) VALUES (?1, ?2)", false),
            ("SELECT id FROM history ORDER BY id DESC LIMIT 1", false),
        ] {
            let mut m = Memo::default();
            m.appended(7, &[1, 2], Some(7));
            m.ran(sql);
            assert_eq!(m.tail().is_none(), forgets, "{sql}");
        }
    }
}
