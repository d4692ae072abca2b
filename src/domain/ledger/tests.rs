use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Asia::Shanghai;

use super::import::{Cell, Field, Reading, parse_date, read_row};
use super::*;
use crate::domain::role::{Actor, Role};

fn at(s: &str) -> DateTime<Utc> {
    parse_date(s, Shanghai).expect(s)
}

fn wall(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect(s)
}

fn actor() -> Actor {
    Actor {
        login: "lilei".into(),
        name: "李雷".into(),
        role: Role::Supervisor,
    }
}

fn now() -> DateTime<Utc> {
    at("2026-12-01 09:00")
}

/// A good ledger row, its fields as text cells, with `changes` laid over it.
fn cells(changes: &[(Field, Cell)]) -> impl Fn(Field) -> Cell {
    let mut m: HashMap<Field, Cell> = [
        (Field::Title, "计费系统无法登录"),
        (Field::Service, "计费系统"),
        (Field::Category, "应用"),
        (Field::Channel, "phone"),
        (Field::Reporter, "王芳"),
        (Field::Dept, "marketing"),
        (Field::ReceivedAt, "2026-03-02 09:10"),
        (Field::RestoredAt, "2026-03-02 09:40"),
        (Field::ResolvedAt, "2026/03/02 10:00"),
        (Field::ClosedAt, "2026年3月3日"),
        (Field::Cause, "证书过期"),
        (Field::Satisfaction, "5"),
    ]
    .into_iter()
    .map(|(f, s)| (f, Cell::Text(s.into())))
    .collect();
    for (f, c) in changes {
        m.insert(*f, c.clone());
    }
    move |f| m.get(&f).cloned().unwrap_or(Cell::Empty)
}

fn reading() -> Reading {
    Reading {
        values: HashMap::from([(
            Field::Category,
            HashMap::from([("应用".to_string(), "application".to_string())]),
        )]),
        defaults: HashMap::from([(Field::Severity, "P3".to_string())]),
        zone: None,
    }
}

#[test]
fn i13_excel_dates_are_the_desks_wall_time_both_ways() {
    let cases = [
        ("2026-11-20 10:05", 46_346.0 + (10.0 * 60.0 + 5.0) / 1440.0),
        ("1900-03-01 00:00", 61.0),
        ("2099-12-31 23:59", 73_050.0 + 1439.0 / 1440.0),
    ];
    for (local, serial) in cases {
        let t = at(local);
        assert!((excel_serial(t, Shanghai) - serial).abs() < 1e-9, "{local}");
        assert_eq!(from_excel_serial(serial, Shanghai), Some(t), "{local}");
    }
    for nonsense in [-1.0, 0.5, f64::NAN, 1e12] {
        assert_eq!(from_excel_serial(nonsense, Shanghai), None, "{nonsense}");
    }
}

#[test]
fn i13_the_ledger_says_each_incident_with_its_handling_in_the_desks_language() {
    let imported = read_row(cells(&[]), &reading(), Shanghai, &actor(), now()).expect("good row");
    let steps = [
        Step {
            at: at("2026-03-02 09:10"),
            by: "李雷".into(),
            action: "import".into(),
            detail: "imported from 台账.xlsx row 2".into(),
        },
        Step {
            at: at("2026-03-02 09:40"),
            by: "李雷".into(),
            action: "note".into(),
            detail: "重签证书".into(),
        },
    ];
    let cases = [
        (
            true,
            "2026-03-02 09:10 李雷 导入: imported from 台账.xlsx row 2\n2026-03-02 09:40 李雷 记录: 重签证书",
            "已关闭",
            "应用",
        ),
        (
            false,
            "2026-03-02 09:10 李雷 import: imported from 台账.xlsx row 2\n2026-03-02 09:40 李雷 note: 重签证书",
            "closed",
            "application",
        ),
    ];
    for (zh, handling, result, category) in cases {
        let w = Words { zh };
        let row = row(&imported.incident, "李雷", &steps, Shanghai, &w);
        assert_eq!(row.len(), COLUMNS.len());
        let cell = |name: &str| row[COLUMNS.iter().position(|c| c.en == name).expect(name)].clone();
        assert_eq!(cell("handling"), Value::Text(handling.into()));
        assert_eq!(cell("result"), Value::Text(result.into()));
        assert_eq!(cell("category"), Value::Text(category.into()));
        assert_eq!(cell("minutes_to_restore"), Value::Number(30));
        assert_eq!(cell("minutes_to_resolve"), Value::Number(50));
        assert_eq!(cell("satisfaction"), Value::Number(5));
        assert_eq!(cell("received_at"), Value::Date(at("2026-03-02 09:10")));
        assert_eq!(headers(zh)[0], if zh { "编号" } else { "id" });
    }
    // A2: who reported it, never how to reach them.
    assert!(
        COLUMNS
            .iter()
            .all(|c| !c.en.contains("contact") && !c.en.contains("phone"))
    );
}

#[test]
fn i13_an_imported_row_becomes_an_incident_as_far_as_the_ledger_says_it_went() {
    let cases: [(&[(Field, Cell)], Status); 4] = [
        (&[], Status::Closed),
        (&[(Field::ClosedAt, Cell::Empty)], Status::Resolved),
        (
            &[(Field::ClosedAt, Cell::Empty), (Field::ResolvedAt, Cell::Empty)],
            Status::Restored,
        ),
        (
            &[
                (Field::ReceivedAt, Cell::Date(wall("2026-03-02 06:00"))),
                (Field::RestoredAt, Cell::Number(46_083.375)),
            ],
            Status::Closed,
        ),
    ];
    for (changes, status) in cases {
        let got = read_row(cells(changes), &reading(), Shanghai, &actor(), now()).expect("good row");
        let i = got.incident;
        assert_eq!(i.status, status, "{changes:?}");
        assert_eq!(i.owner.as_deref(), Some("lilei"));
        assert_eq!(i.category, Category::Application, "the map's word for 应用");
        assert!(i.contact.is_empty());
        assert!(i.restored_at.is_some());
    }
}

#[test]
fn i13_a_bad_row_is_refused_naming_its_field_and_reason() {
    let text = |s: &str| Cell::Text(s.into());
    type Case = (Vec<(Field, Cell)>, Option<Field>, &'static str);
    let cases: Vec<Case> = vec![
        (
            vec![(Field::ReceivedAt, text("2026-13-45"))],
            Some(Field::ReceivedAt),
            "cannot read \"2026-13-45\" as a date",
        ),
        (
            vec![(Field::ReceivedAt, Cell::Empty)],
            Some(Field::ReceivedAt),
            "is required",
        ),
        (
            vec![(Field::RestoredAt, text("2026-03-01 08:00"))],
            Some(Field::RestoredAt),
            "is before received_at",
        ),
        (
            vec![(Field::ClosedAt, text("2026-03-02 09:50"))],
            Some(Field::ClosedAt),
            "is before resolved_at",
        ),
        (
            vec![(Field::ClosedAt, text("2027-01-01"))],
            Some(Field::ClosedAt),
            "in the future",
        ),
        (
            vec![(Field::Satisfaction, text("7"))],
            Some(Field::Satisfaction),
            "not 1 to 5",
        ),
        (
            vec![(Field::Category, text("硬件"))],
            Some(Field::Category),
            "unknown category",
        ),
        (vec![(Field::Title, Cell::Empty)], None, "title is required"),
        (
            vec![
                (Field::RestoredAt, Cell::Empty),
                (Field::ResolvedAt, Cell::Empty),
                (Field::ClosedAt, Cell::Empty),
            ],
            None,
            "handled incidents",
        ),
        (
            vec![(Field::Outage, text("maybe"))],
            Some(Field::Outage),
            "neither yes nor no",
        ),
    ];
    for (changes, field, reason) in cases {
        let got = read_row(cells(&changes), &reading(), Shanghai, &actor(), now());
        let e = got.expect_err(reason);
        assert_eq!(e.field, field, "{changes:?}");
        assert!(e.reason.contains(reason), "{:?} wanted {reason:?}", e.reason);
    }
}
