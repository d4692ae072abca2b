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
}
