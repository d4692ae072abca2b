//! The audit trail's unit (SPEC A1): which fields of a record changed, before and after.

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Value,
    pub after: Value,
}

/// Fields that describe the row rather than the record; never part of a diff.
pub const BOOKKEEPING: &[&str] = &["id", "version", "updated_at", "updated_by"];

/// Every field whose value differs between `before` and `after` (both serialised records). A
/// record created from nothing passes `None` as `before`: every field is a change then, so the
/// history alone replays to the current state.
pub fn diff<T: Serialize>(before: Option<&T>, after: &T) -> Vec<FieldChange> {
    let to_map = |v: &T| match serde_json::to_value(v) {
        Ok(Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    let old = before.map(to_map).unwrap_or_default();
    let new = to_map(after);
    new.into_iter()
        .filter(|(k, _)| !BOOKKEEPING.contains(&k.as_str()))
        .filter_map(|(field, after)| {
            let before = old.get(&field).cloned().unwrap_or(Value::Null);
            (before != after || old.is_empty()).then_some(FieldChange { field, before, after })
        })
        .collect()
}

/// A history value as people read it: instants in the desk's zone, nothing as "-".
pub fn shown(v: &Value, zone: chrono_tz::Tz) -> String {
    match v {
        Value::String(s) => match chrono::DateTime::parse_from_rfc3339(s) {
            Ok(t) => super::time::local_second(t.with_timezone(&chrono::Utc), zone),
            Err(_) => s.clone(),
        },
        Value::Null => "-".into(),
        other => other.to_string(),
    }
}

/// Apply a diff to a serialised record: the replay half of [`diff`].
pub fn apply(record: &mut serde_json::Map<String, Value>, changes: &[FieldChange]) {
    for c in changes {
        record.insert(c.field.clone(), c.after.clone());
    }
}

/// One field on which a record's replayed history and its stored row disagree.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mismatch {
    pub field: String,
    pub replayed: Value,
    pub current: Value,
}

/// A record's history replayed from its creation on: every row's `after` values laid over the
/// ones before, as [`diff`] recorded them (SPEC A1).
#[derive(Clone, Debug, Default)]
pub struct Replay {
    fields: serde_json::Map<String, Value>,
    version: Option<i64>,
    /// Who wrote the record's latest version and when (seconds), as the rows that left it at that
    /// version say: what its `updated_by` and `updated_at` must be. More than one where a
    /// migration recorded an upgrade at the version the record had.
    writers: Vec<(i64, String)>,
}

impl Replay {
    /// One history row: its changes and the version it left the record at (`None`: a note).
    pub fn step(&mut self, changes: &[FieldChange], version: Option<i64>) {
        apply(&mut self.fields, changes);
        if version.is_some() {
            self.version = version;
        }
    }

    /// One history row, with who wrote it and when (seconds since the epoch).
    pub fn step_by(&mut self, changes: &[FieldChange], version: Option<i64>, at: i64, actor: &str) {
        if let Some(v) = version {
            if self.version != Some(v) {
                self.writers.clear();
            }
            self.writers.push((at, actor.to_string()));
        }
        self.step(changes, version);
    }

    /// Where the replay disagrees with the record as stored (`current`, serialised), field by
    /// field in name order. A field one side lacks counts as null there. `current_version` is
    /// `None` for records that carry none (anomalies, round ends): then only fields count.
    pub fn compare(&self, current: &serde_json::Map<String, Value>, current_version: Option<i64>) -> Vec<Mismatch> {
        let mut names: Vec<&String> = self
            .fields
            .keys()
            .chain(current.keys())
            .filter(|k| !BOOKKEEPING.contains(&k.as_str()))
            .collect();
        names.sort();
        names.dedup();
        let mut out: Vec<Mismatch> = names
            .into_iter()
            .filter_map(|name| {
                let now = current.get(name).unwrap_or(&Value::Null);
                // A field added by a later schema: records written before it have no history of
                // it, and hold the empty value the migration gave them.
                let Some(replayed) = self.fields.get(name) else {
                    return (!is_empty_value(now)).then(|| Mismatch {
                        field: name.clone(),
                        replayed: Value::Null,
                        current: now.clone(),
                    });
                };
                (!same_value(replayed, now)).then(|| Mismatch {
                    field: name.clone(),
                    replayed: replayed.clone(),
                    current: now.clone(),
                })
            })
            .collect();
        if let Some(v) = current_version.filter(|v| self.version != Some(*v)) {
            out.push(Mismatch {
                field: "version".into(),
                replayed: self.version.map_or(Value::Null, Value::from),
                current: v.into(),
            });
        } else {
            out.extend(self.compare_writer(current));
        }
        out
    }

    /// `updated_by` and `updated_at`, where the record keeps them and the replay knows who wrote
    /// its version ([`Replay::step_by`]): each must be what a row that wrote that version says.
    fn compare_writer(&self, current: &serde_json::Map<String, Value>) -> Vec<Mismatch> {
        let Some((first_at, first_by)) = self.writers.first() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Some(by) = current.get("updated_by")
            && !self.writers.iter().any(|(_, w)| by.as_str() == Some(w))
        {
            out.push(Mismatch {
                field: "updated_by".into(),
                replayed: first_by.as_str().into(),
                current: by.clone(),
            });
        }
        if let Some(at) = current.get("updated_at") {
            let secs = at
                .as_str()
                .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
                .map(|t| t.timestamp());
            if !self.writers.iter().any(|(w, _)| secs == Some(*w)) {
                out.push(Mismatch {
                    field: "updated_at".into(),
                    replayed: super::time::from_unix(*first_at).to_rfc3339().into(),
                    current: at.clone(),
                });
            }
        }
        out
    }
}

/// What a column added later holds in the rows written before it: null, false, 0, "", [], {}.
fn is_empty_value(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}

/// Equal values, or the same instant: the store keeps instants to the second, so a history
/// value written with a fraction matches its stored row at the whole second.
fn same_value(a: &Value, b: &Value) -> bool {
    if a == b {
        return true;
    }
    let instant = |v: &Value| {
        v.as_str()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.timestamp())
    };
    matches!((instant(a), instant(b)), (Some(x), Some(y)) if x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct R {
        id: i64,
        a: i32,
        b: String,
        version: i64,
    }

    #[test]
    fn a1_diff_names_changed_fields_only() {
        let x = R {
            id: 1,
            a: 1,
            b: "x".into(),
            version: 1,
        };
        let y = R {
            id: 1,
            a: 2,
            b: "x".into(),
            version: 2,
        };
        let d = diff(Some(&x), &y);
        assert_eq!(
            d,
            vec![FieldChange {
                field: "a".into(),
                before: 1.into(),
                after: 2.into()
            }]
        );
    }

    #[test]
    fn a1_creation_records_every_field_and_replays() {
        let y = R {
            id: 1,
            a: 2,
            b: "y".into(),
            version: 1,
        };
        let d = diff(None, &y);
        assert_eq!(d.len(), 2);
        let mut m = serde_json::Map::new();
        apply(&mut m, &d);
        assert_eq!(m.get("b"), Some(&Value::from("y")));
    }

    fn change(field: &str, after: Value) -> FieldChange {
        FieldChange {
            field: field.into(),
            before: Value::Null,
            after,
        }
    }

    fn row(pairs: &[(&str, Value)]) -> serde_json::Map<String, Value> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
    }

    #[test]
    fn a1_replay_of_every_row_matches_the_record() {
        let mut r = Replay::default();
        r.step(&[change("a", 1.into()), change("b", "x".into())], Some(1));
        r.step(&[], None); // a note
        r.step(&[change("a", 2.into())], Some(2));
        let current = row(&[
            ("id", 7.into()),
            ("a", 2.into()),
            ("b", "x".into()),
            ("version", 2.into()),
        ]);
        assert_eq!(r.compare(&current, Some(2)), vec![]);
    }

    #[test]
    fn a1_replay_names_a_field_changed_behind_the_history() {
        let mut r = Replay::default();
        r.step(&[change("a", 1.into()), change("b", "x".into())], Some(1));
        let current = row(&[("a", 1.into()), ("b", "tampered".into())]);
        assert_eq!(
            r.compare(&current, Some(1)),
            vec![Mismatch {
                field: "b".into(),
                replayed: "x".into(),
                current: "tampered".into()
            }]
        );
    }

    #[test]
    fn a1_replay_counts_missing_fields_as_null_and_checks_the_version() {
        let mut r = Replay::default();
        r.step(&[change("a", 1.into())], Some(1));
        let current = row(&[("a", 1.into()), ("c", Value::Null), ("d", true.into())]);
        let found = r.compare(&current, Some(3));
        let fields: Vec<&str> = found.iter().map(|m| m.field.as_str()).collect();
        assert_eq!(fields, ["d", "version"]);
        // Records without a version compare fields only.
        assert_eq!(r.compare(&row(&[("a", 1.into())]), None), vec![]);
    }

    #[test]
    fn a1_a_field_added_by_a_later_schema_reads_as_its_empty_value() {
        let mut r = Replay::default();
        r.step(&[change("a", 1.into())], Some(1));
        let added = [
            ("withdrawn", false.into()),
            ("affected", Value::Array(vec![])),
            ("reason", "".into()),
            ("by", Value::Null),
        ];
        for (field, empty) in added {
            let current = row(&[("a", 1.into()), (field, empty)]);
            assert_eq!(r.compare(&current, Some(1)), vec![], "{field}");
        }
        // Once set, a value the history never wrote is a finding.
        let current = row(&[("a", 1.into()), ("affected", Value::Array(vec!["crm".into()]))]);
        assert_eq!(r.compare(&current, Some(1)).len(), 1);
        // And a field the history did write is compared as ever, empty or not.
        r.step(&[change("b", "x".into())], Some(2));
        assert_eq!(r.compare(&row(&[("a", 1.into()), ("b", "".into())]), Some(2)).len(), 1);
    }

    #[test]
    fn a1_replay_compares_instants_at_the_second() {
        let mut r = Replay::default();
        r.step(&[change("at", "2026-11-20T02:05:00.400Z".into())], Some(1));
        assert_eq!(
            r.compare(&row(&[("at", "2026-11-20T10:05:00+08:00".into())]), Some(1)),
            vec![]
        );
        assert_eq!(
            r.compare(&row(&[("at", "2026-11-20T02:05:01Z".into())]), Some(1)).len(),
            1
        );
    }
}
