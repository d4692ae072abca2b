//! The history rows the store tests write on either engine (tests/store_history.rs,
//! tests/pg_store_history.rs): every kind of value a field of a history row can hold.

use chrono::{DateTime, Utc};
use opsdesk::domain::audit::FieldChange;
use serde_json::{Value, json};

pub fn at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T08:30:00Z").unwrap().to_utc()
}

pub fn change(field: &str, before: Value, after: Value) -> FieldChange {
    FieldChange {
        field: field.into(),
        before,
        after,
    }
}

/// Every kind of value a field can hold, as (field, value): the empties written as a code alone,
/// instants as seconds, and everything else verbatim.
pub fn values() -> Vec<(&'static str, Value)> {
    vec![
        ("owner", Value::Null),
        ("cause", json!("")),
        ("affected", json!([])),
        ("outage", json!(false)),
        ("human_cause", json!(true)),
        ("episode", json!(0)),
        ("satisfaction", json!(5)),
        ("round", json!(-3)),
        ("attempts", json!(9_007_199_254_740_993_i64)),
        ("figures", json!(2.5)),
        ("relevance", json!(1e-7)),
        ("title", json!("话单采集延迟两小时 #501")),
        (
            "description",
            json!("quote \" backslash \\ tab \t nl \n bell \u{7} é 🙂 ] } ,"),
        ),
        ("accepted_at", json!("2026-11-20T08:31:07Z")),
        ("closed_at", json!("1970-01-01T00:00:00Z")),
        ("started_at", json!("2026-11-20T08:31:07+08:00")),
        ("restored_at", json!("2026-11-20T08:31:07.5Z")),
        ("resolved_at", json!("2026-02-30T08:31:07Z")),
        ("due_at", json!(1_790_000_000)),
        ("services", json!(["billing", "crm", {"a": [1, "]"]}])),
        (
            "approvals",
            json!({"by": "lilei", "at": "2026-11-20T08:31:07Z", "n": [null, true]}),
        ),
        ("status", json!("accepted")),
        ("channel", json!("walk-in")),
        ("severity", json!("P4")),
        ("category", json!("Network")),
        ("a field no code names", json!("x")),
        ("名\"字", json!(null)),
        ("", json!(1)),
    ]
}

/// Each list of changes a row can hold: a record created (every before null), each value changed
/// from and to each other kind, and the empty list.
pub fn cases() -> Vec<Vec<FieldChange>> {
    let vs = values();
    let mut out = vec![
        vs.iter().map(|(f, v)| change(f, Value::Null, v.clone())).collect(),
        Vec::new(),
    ];
    for (i, (f, v)) in vs.iter().enumerate() {
        let (_, other) = &vs[(i + 7) % vs.len()];
        out.push(vec![change(f, other.clone(), v.clone())]);
        out.push(vec![
            change(f, v.clone(), other.clone()),
            change("status", json!("accepted"), json!("restored")),
        ]);
    }
    out
}
