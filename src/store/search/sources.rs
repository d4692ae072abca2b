//! What the search index reads of each kind of record: one line a kind. The index is kept by the
//! store's write transaction and built by a migration, both below `ops`, so the kinds' searchable
//! columns are declared here, beside their tables, by column name. A new kind becomes searchable
//! by its line here: nothing else changes.

use crate::domain::kind::Kind;

/// A column holding a JSON array (of words, or of objects such as a plan's group) read as words:
/// `billing, sms`, an object's values one after another; any other text as it is. Declared as
/// `json:COLUMN`; [`Source::compose`] writes it in the engine's dialect.
macro_rules! json_words {
    ($col:literal) => {
        concat!("json:", $col)
    };
}

/// [`json_words`]'s SQL on SQLite for column `col` of the table `t`.
fn json_words_sqlite(col: &str) -> String {
    format!(
        "(CASE WHEN json_valid(t.{col}) AND json_type(t.{col}) = 'array' THEN (SELECT group_concat(CASE WHEN j.type = 'object' THEN \
         (SELECT group_concat(o.value, ' ') FROM json_each(j.value) o) ELSE j.value END, ', ') \
         FROM json_each(t.{col}) j) ELSE t.{col} END)"
    )
}

/// Which engine's SQL a statement is written in.
#[derive(Clone, Copy)]
enum Dialect {
    Sqlite,
    Postgres,
}

/// A kind of record as the search index reads it.
pub struct Source {
    pub kind: Kind,
    pub table: &'static str,
    /// The SQL (over the table's columns) of the line a hit is shown with.
    pub title: &'static str,
    /// The SQL of the record's state word.
    pub state: &'static str,
    /// The states in which the record is done with (`--closed`); every other one is open.
    pub closed: &'static [&'static str],
    /// The columns whose text is searched, in the order a snippet reads them: a column by its
    /// name, one holding JSON words as `json:COLUMN`, the rows of a table beside it as
    /// `lines:TABLE:KEY:EXPR`. The record's history texts (notes, reasons) are searched too.
    pub text: &'static [&'static str],
}

pub const SOURCES: &[Source] = &[
    Source {
        kind: Kind::Incident,
        table: "incidents",
        title: "title",
        state: "status",
        closed: &["closed"],
        text: &[
            "title",
            "description",
            "cause",
            "service",
            "category",
            "reporter",
            "contact",
            "dept",
            "owner",
        ],
    },
    Source {
        kind: Kind::Change,
        table: "changes",
        title: "title",
        state: "status",
        closed: &["closed"],
        text: &[
            "title",
            "description",
            "systems",
            "steps",
            "requirement",
            "scope",
            "impact_duration",
            "operator",
            "it_contact",
            "notes",
            "departments",
            "outcome_note",
            "delay_reason",
            "remaining_issues",
            "result_notes",
            "background",
            "work_done",
            "difficulty",
            "significance",
        ],
    },
    Source {
        kind: Kind::Run,
        table: "runs",
        title: "kind || ' ' || period",
        state: "state",
        closed: &["published"],
        text: &[
            "kind",
            "period",
            "in_charge",
            "dispute_reason",
            "rollback_reason",
            // A run's anomalies, a line each.
            "lines:run_anomalies:run_id:a.what || ' ' || a.effect",
        ],
    },
    Source {
        kind: Kind::Request,
        table: "requests",
        title: "title",
        state: "status",
        closed: &["closed"],
        text: &[
            "title",
            "description",
            "form_no",
            "dept",
            "requester",
            "contact",
            "owner",
            "system",
            "account",
            "person_name",
            "purpose",
            "evaluation",
            "feedback_note",
            "reply",
            "delivery_note",
            "close_reason",
        ],
    },
    Source {
        kind: Kind::Message,
        table: "messages",
        title: "subject",
        state: "state",
        closed: &["sent", "failed", "cancelled"],
        text: &["subject", "body", "to_list", "cc_list", "receipt"],
    },
    Source {
        kind: Kind::Problem,
        table: "problems",
        title: "title",
        state: "status",
        closed: &["closed"],
        text: &[
            "title",
            "service",
            "category",
            "root_cause",
            "workaround",
            "owner",
            "close_note",
        ],
    },
    Source {
        kind: Kind::Article,
        table: "articles",
        title: "title",
        state: "status",
        closed: &["retired"],
        text: &[
            "title",
            "kind",
            "body",
            json_words!("services"),
            json_words!("categories"),
            "author",
        ],
    },
    Source {
        kind: Kind::Support,
        table: "support_forms",
        title: "project_name",
        state: "status",
        closed: &["closed"],
        text: &[
            "project_name",
            "project_no",
            "client",
            "owner_party",
            "support",
            "material",
            "needs",
            "initiator",
            "dept",
            "form_no",
            "reply_text",
            "plan",
            "urgent_reason",
        ],
    },
    Source {
        kind: Kind::Plan,
        table: "plans",
        title: "name",
        state: "status",
        closed: &["retired"],
        text: &[
            "name",
            json_words!("services"),
            json_words!("scenarios"),
            json_words!("members"),
            json_words!("steps"),
            "note",
        ],
    },
    Source {
        kind: Kind::Drill,
        table: "drills",
        title: "plan_name || ': ' || scenario",
        state: "status",
        closed: &["evaluated"],
        text: &[
            "plan_name",
            "scenario",
            json_words!("participants"),
            "simulated",
            "worked",
            "failed",
            json_words!("measures"),
        ],
    },
    Source {
        kind: Kind::Response,
        table: "responses",
        title: "plan_name",
        state: "CASE WHEN stood_down_at IS NULL THEN 'active' ELSE 'stood_down' END",
        closed: &["stood_down"],
        text: &[
            "plan_name",
            "reason",
            "words",
            "stand_down_note",
            "causes",
            "missed",
            json_words!("measures"),
        ],
    },
];

/// The source of `kind`, if its records are searched.
pub fn of(kind: Kind) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.kind == kind)
}

impl Source {
    /// `SELECT title, state, open, text, last change FROM the table AS t` for the records `filter`
    /// (SQL over `t`) picks; the text is the declared columns and the history's texts, a line
    /// each.
    pub fn select(&self, filter: &str) -> String {
        self.select_in(filter, true)
    }

    /// [`Source::select`] in PostgreSQL's words: `chr` for `char`, the history's details joined
    /// by `string_agg` in the order they were written (SQLite's `group_concat` reads them by the
    /// same index, in that order), a column of JSON words by the schema's `opsdesk_json_words`
    /// (05_search.sql).
    pub fn select_pg(&self, filter: &str) -> String {
        self.compose(filter, true, Dialect::Postgres)
    }

    /// [`Source::select`] over the history as schema 19 stores it (`words`), or as it was before
    /// (the words as text, every subject written out): what schema 13's migration reads.
    pub fn select_in(&self, filter: &str, words: bool) -> String {
        self.compose(filter, words, Dialect::Sqlite)
    }

    /// The statement in a dialect.
    fn compose(&self, filter: &str, words: bool, dialect: Dialect) -> String {
        let kind = self.kind.as_str();
        // A line break, and the history's details of the rows picked joined by line breaks.
        let (newline, details) = match dialect {
            Dialect::Sqlite => ("char(10)", "group_concat(h.detail, char(10))"),
            Dialect::Postgres => ("chr(10)", "string_agg(h.detail, chr(10) ORDER BY h.id)"),
        };
        let cols: Vec<String> = self
            .text
            .iter()
            .map(|c| {
                if let Some(col) = c.strip_prefix("json:") {
                    return match dialect {
                        Dialect::Sqlite => json_words_sqlite(col),
                        Dialect::Postgres => format!("opsdesk_json_words(t.{col})"),
                    };
                }
                // `lines:TABLE:KEY:EXPR`: EXPR of each row of TABLE (as `a`) whose KEY is the
                // record's id, a line each, in the order written.
                if let Some([table, key, expr]) = c
                    .strip_prefix("lines:")
                    .map(|l| l.splitn(3, ':').collect::<Vec<_>>())
                    .as_deref()
                {
                    let agg = match dialect {
                        Dialect::Sqlite => format!("group_concat({expr}, {newline})"),
                        Dialect::Postgres => format!("string_agg({expr}, {newline} ORDER BY a.id)"),
                    };
                    return format!("(SELECT {agg} FROM {table} a WHERE a.{key} = t.id)");
                }
                format!("t.{c}")
            })
            .collect();
        let closed: Vec<String> = self.closed.iter().map(|w| format!("'{w}'")).collect();
        let (word, own, other) = if words {
            (
                format!("(SELECT id FROM history_words WHERE word = '{kind}')"),
                "h.subject_id IS NULL",
                "h.subject_id IS NOT NULL",
            )
        } else {
            (
                format!("'{kind}'"),
                "h.subject_kind = h.record_kind AND h.subject_id = h.record_id",
                "(h.subject_kind <> h.record_kind OR h.subject_id <> h.record_id)",
            )
        };
        format!(
            // Its rows through `history_record` (schema 19): its own first, then those it has
            // on another record's timeline (a duty's), as before.
            "SELECT t.id, {title}, {state}, {state} NOT IN ({closed}), concat_ws({newline}, {cols}, \
             (SELECT {details} FROM history h WHERE h.record_kind = {word} \
                AND h.record_id = t.id AND {own} AND h.detail <> ''), \
             (SELECT {details} FROM history h WHERE h.record_kind = {word} \
                AND h.record_id = t.id AND {other} AND h.detail <> '')), \
             coalesce((SELECT max(h.at) FROM history h WHERE h.record_kind = {word} AND h.record_id = t.id), 0) \
             FROM {table} AS t WHERE {filter}",
            title = self.title,
            state = self.state,
            closed = closed.join(", "),
            cols = cols.join(", "),
            table = self.table,
        )
    }
}
