//! Incidents on PostgreSQL (issue 20), against a real server (tests/common/pg.rs): the same
//! incident handled step by step on a SQLite desk and on a PostgreSQL one prints the same at every
//! step, raises the same duties with the same ids at the same moments (I6, I8), records a duty
//! done and a problem (I9, P1) the same way, and ends with the
//! same record, duties, history, list and search documents; `check` on the server replays it. A
//! stale version is a conflict naming who moved the record; a step out of turn is refused as on
//! SQLite and writes nothing.

mod common;

use common::Desk;
use common::pg::{APP_ROLE, app_desk, untimed};

/// A desk's directory and one incident's whole handling, at fixed instants in the past.
const STEPS: &[&[&str]] = &[
    &[
        "dept",
        "add",
        "ops",
        "--name",
        "运维部",
        "--interface",
        "王芳",
        "--interface-phone",
        "13800000001",
    ],
    &[
        "user",
        "add",
        "mgr",
        "--name",
        "王经理",
        "--role",
        "manager",
        "--dept",
        "it",
    ],
    &[
        "user",
        "add",
        "sup",
        "--name",
        "李主管",
        "--role",
        "supervisor",
        "--dept",
        "it",
    ],
    // I11: a service typed by its alias is recorded by its code.
    &[
        "service",
        "add",
        "sms",
        "--name",
        "SMS gateway",
        "--name-zh",
        "短信",
        "--alias",
        "短信网关",
    ],
    &["service", "add", "crm", "--name", "CRM", "--name-zh", "客户关系"],
    &["service", "add", "fax", "--name", "Fax", "--order", "200"],
    &[
        "service",
        "edit",
        "crm",
        "--name-zh",
        "客户关系管理",
        "--if-version",
        "1",
    ],
    &["service", "retire", "fax"],
    &[
        "incident",
        "new",
        "--title",
        "短信网关故障",
        "--service",
        "短信网关",
        "--category",
        "network",
        "--channel",
        "phone",
        "--reporter",
        "张三",
        "--contact",
        "13900000000",
        "--dept",
        "ops",
        "--received-at",
        "2026-11-03T08:00:00+08:00",
    ],
    &["incident", "accept", "1", "--at", "2026-11-03T08:03:00+08:00"],
    &[
        "duty",
        "done",
        "1",
        "--how",
        "电话告知李主管",
        "--at",
        "2026-11-03T08:06:00+08:00",
    ],
    &[
        "incident",
        "contact",
        "1",
        "--at",
        "2026-11-03T08:10:00+08:00",
        "--note",
        "到场",
    ],
    &["incident", "note", "1", "已联系厂商"],
    &[
        "incident",
        "restore",
        "1",
        "--at",
        "2026-11-03T08:40:00+08:00",
        "--affected",
        "ops",
        "--outage",
    ],
    &[
        "incident",
        "resolve",
        "1",
        "--at",
        "2026-11-03T09:00:00+08:00",
        "--cause",
        "网关证书过期",
    ],
    &[
        "incident",
        "verify",
        "1",
        "--at",
        "2026-11-03T09:30:00+08:00",
        "--satisfaction",
        "5",
    ],
    &["incident", "close", "1", "--at", "2026-11-03T09:40:00+08:00"],
    &[
        "incident",
        "new",
        "--title",
        "CRM 登录缓慢",
        "--service",
        "crm",
        "--category",
        "application",
        "--channel",
        "monitoring",
        "--received-at",
        "2026-11-04T10:00:00+08:00",
    ],
    &["incident", "accept", "2", "--at", "2026-11-04T10:02:00+08:00"],
    &["incident", "restore", "2", "--at", "2026-11-04T10:20:00+08:00"],
    // I9, P1: its cause needs a system change: a problem made from it.
    &[
        "incident",
        "resolve",
        "2",
        "--at",
        "2026-11-04T11:00:00+08:00",
        "--cause",
        "索引缺失",
        "--needs-change",
    ],
    &["problem", "edit", "1", "--workaround", "重启会话服务"],
    &["problem", "link", "1", "--incident", "1"],
];

/// What reads the same as JSON on both engines, but for the instants each wrote its rows at.
const JSON_READS: &[&[&str]] = &[
    &["incident", "show", "1", "--json"],
    &["incident", "show", "2", "--json"],
    &["incident", "list", "--json"],
    &["history", "incident", "1", "--json"],
    &["history", "incident", "2", "--json"],
    &["duty", "list", "--json"],
    &["problem", "show", "1", "--json"],
    &["service", "list", "--all", "--json"],
    &["problem", "list", "--json"],
    &["history", "problem", "1", "--json"],
];

#[test]
fn i6_i8_i9_an_incident_is_handled_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "handled");
    d.ok(&["init", "--name", "Test Admin"]);
    let sqlite = Desk::init();
    for step in STEPS {
        assert_eq!(d.ok(step), sqlite.ok(step), "{step:?}");
    }
    for read in JSON_READS {
        assert_eq!(untimed(&d.ok(read)), untimed(&sqlite.ok(read)), "{read:?}");
    }
    // The steps' duties: reported up the ladder, the broadcast, the recovery and the explanation
    // notices (I6, I8).
    let shown = d.json(&["incident", "show", "1", "--json"]);
    assert_eq!(shown["service"], "sms", "typed by its alias, recorded by its code");
    let duties: Vec<&str> = shown["duties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        duties,
        [
            "report_supervisor",
            "report_manager",
            "report_leader",
            "broadcast",
            "recovery_notice",
            "explanation_notice"
        ],
        "{shown}"
    );
    // The search index followed every step: the same documents, with the same words.
    let docs = |c: &mut postgres::Client| -> Vec<(String, i64, i64, String, String)> {
        c.query(
            "SELECT d.kind, d.record_id, d.open, t.text, t.tags FROM search_docs d JOIN search_text t ON t.id = d.id ORDER BY d.kind, d.record_id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
        .collect()
    };
    let on_pg = docs(&mut pg.connect("handled", APP_ROLE));
    assert_eq!(on_pg.len(), 3, "{on_pg:?}");
    // As FTS5 is given them: Chinese as overlapping pairs of characters.
    assert!(
        on_pg[0].3.contains(" 网关 关证 证书 书过 过期 期 ") && on_pg[0].4 == "incident closed",
        "{on_pg:?}"
    );
    let copy = Desk::empty();
    d.ok(&["backup", copy.db.to_str().unwrap()]);
    for query in ["短信", "gateway", "网关证书", "CRM"] {
        assert_eq!(
            copy.ok(&["search", query, "--closed"]),
            sqlite.ok(&["search", query, "--closed"]),
            "{query}"
        );
    }
    // Closed (at the time of the command: not compared), and the server's copy replays: every
    // record from its history, the chain whole.
    d.ok(&["problem", "close", "1", "--note", "索引已补"]);
    let checked = d.ok(&["check"]);
    assert!(checked.contains("check: ok: references"), "{checked}");
}

#[test]
fn i12_refusals_of_incident_steps_on_postgresql_write_nothing() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "incident_refusals");
    d.ok(&["init", "--name", "Test Admin"]);
    let sqlite = Desk::init();
    let new = [
        "incident",
        "new",
        "--title",
        "账务批处理失败",
        "--service",
        "billing",
        "--category",
        "application",
        "--channel",
        "phone",
        "--received-at",
        "-3m",
    ];
    assert_eq!(d.ok(&new), sqlite.ok(&new));
    d.ok(&["incident", "accept", "1"]);
    let rows = || {
        d.json(&["check", "--json"])["server"]["tables"]["history"]
            .as_i64()
            .unwrap()
    };
    let before = rows();
    // A stale version: exit 4, naming who moved it and how.
    let e = d.fails(4, &["incident", "contact", "1", "--if-version", "1"]);
    assert!(
        e.contains("incident 1 changed since version 1: it is now version 2")
            && e.contains("last changed by Test Admin")
            && e.contains("(accept)"),
        "{e}"
    );
    // Out of turn (closing what is not verified), an unknown department, no such incident: the
    // same words as on SQLite.
    sqlite.ok(&["incident", "accept", "1"]);
    for (code, args) in [
        (1, &["incident", "close", "1"][..]),
        (3, &["incident", "affects", "1", "nosuch"]),
        (3, &["incident", "accept", "9"]),
        (3, &["incident", "declare-major", "1", "--plan", "1"]),
        // Merging services the directory does not hold.
        (3, &["service", "merge", "sms", "crm"]),
    ] {
        assert_eq!(d.fails(code, args), sqlite.fails(code, args), "{args:?}");
    }
    assert_eq!(rows(), before);
}
