//! Changes (C1-C10) on PostgreSQL (issue 20), against a real server (tests/common/pg.rs): a change
//! planned, confirmed, scheduled with a manager's override, notified, started, finished and
//! summed up, its notices rendered and sent through the outbox, ends the same on a SQLite desk
//! and on a PostgreSQL one.

mod common;

use chrono::{Datelike, Duration, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use common::pg::{kept, same_on_both};
use serde_json::Value;

/// Shanghai wall-clock time `days` from today at `hh:mm`, as RFC 3339.
fn at(days: i64, hh: u32, mm: u32) -> String {
    let today = Utc::now().with_timezone(&Shanghai).date_naive() + Duration::days(days);
    Shanghai
        .with_ymd_and_hms(today.year(), today.month(), today.day(), hh, mm, 0)
        .unwrap()
        .to_rfc3339()
}

/// The instants the script names, the same for both desks.
struct Times {
    start: String,
    end: String,
    confirmed: String,
    started: String,
    finished: String,
}

fn script(run: &dyn Fn(&[&str]) -> String, t: &Times) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    run(&[
        "dept",
        "add",
        "callcentre",
        "--name",
        "客户服务中心",
        "--front-line",
        "--relevance",
        "10",
        "--interface",
        "赵敏",
        "--interface-email",
        "zhaomin@example.com",
        "--head",
        "孙主任",
        "--manager",
        "郑经理",
    ]);
    run(&[
        "dept",
        "add",
        "marketing",
        "--name",
        "市场经营部",
        "--relevance",
        "30",
        "--interface",
        "Sun Li",
        "--interface-email",
        "sunli@example.com",
    ]);
    keep(&[
        "change",
        "new",
        "--title",
        "计费系统版本升级",
        "--systems",
        "billing,crm",
        "--departments",
        "marketing,callcentre",
        "--operator",
        "李雷",
        "--it-contact",
        "张伟 13800000001",
        "--scope",
        "全网计费",
        "--impact-duration",
        "约 2 小时",
        "--notes",
        "请营业厅提前告知用户",
        "--start",
        &t.start,
        "--end",
        &t.end,
        "--json",
    ]);
    keep(&["change", "plan", "1", "--start", &t.start, "--end", &t.end, "--json"]);
    keep(&[
        "change",
        "confirm-test",
        "1",
        "--by",
        "市场部 孙丽",
        "--at",
        &t.confirmed,
        "--json",
    ]);
    keep(&[
        "change",
        "schedule",
        "1",
        "--override",
        "recorded after the fact",
        "--json",
    ]);
    keep(&["change", "notice", "1", "--kind", "c7", "--lang", "zh-CN", "--json"]);
    keep(&[
        "change",
        "notify",
        "1",
        "--notice",
        "c7",
        "--channel",
        "email",
        "--json",
    ]);
    keep(&[
        "change",
        "start",
        "1",
        "--at",
        &t.started,
        "--override",
        "recorded after the fact",
        "--json",
    ]);
    keep(&[
        "change",
        "finish",
        "1",
        "--outcome",
        "succeeded",
        "--at",
        &t.finished,
        "--json",
    ]);
    // C8 through the outbox: its message sent moves the change along as if marked sent.
    keep(&["send", "--json"]);
    keep(&["change", "result", "1", "--remaining", "无", "--json"]);
    keep(&["send", "--json"]);
    for shown in [
        &["change", "show", "1", "--json"][..],
        &["change", "list", "--json"],
        &["outbox", "list", "--json"],
        &["history", "change", "1", "--json"],
    ] {
        keep(shown);
    }
    out
}

#[test]
fn c3_c7_c8_a_change_and_its_notices_end_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let t = Times {
        start: at(-1, 10, 0),
        end: at(-1, 12, 0),
        confirmed: at(-2, 10, 0),
        started: at(-1, 10, 5),
        finished: at(-1, 11, 0),
    };
    let (_, server) = same_on_both(pg, "changes", &|run| script(run, &t));
    assert!(server.ok(&["check"]).contains("check: ok"));
}

/// A month the runs of the script have to themselves.
const PERIOD: &str = "2025-12";

fn billing(run: &dyn Fn(&[&str]) -> String) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    run(&[
        "user",
        "add",
        "lilei",
        "--name",
        "李雷",
        "--role",
        "supervisor",
        "--dept",
        "it",
    ]);
    keep(&["billing", "new", "--kind", "billing", "--period", PERIOD, "--json"]);
    keep(&[
        "billing",
        "new",
        "--kind",
        "settlement-cp",
        "--period",
        PERIOD,
        "--json",
    ]);
    let shown: Value = serde_json::from_str(&run(&["billing", "show", "1", "--json"])).unwrap();
    for c in shown["checks"].as_array().unwrap() {
        let mut args = vec![
            "billing".to_string(),
            "check".into(),
            "1".into(),
            c["key"].as_str().unwrap().into(),
        ];
        for f in c["figure_names"].as_array().unwrap() {
            args.push("--figure".into());
            args.push(format!("{}=100", f.as_str().unwrap()));
        }
        args.push("--json".into());
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        keep(&refs);
    }
    for shown in [
        &["billing", "show", "1", "--json"][..],
        &["billing", "list", "--json"],
        &["history", "run", "1", "--json"],
    ] {
        keep(shown);
    }
    out
}

#[test]
fn b2_b3_b7_billing_runs_end_the_same_on_postgresql_as_on_sqlite_and_a_second_person_reviews_there() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (_, server) = same_on_both(pg, "billing", &billing);
    // B3: the second checker is another person: through the library, on the server.
    let url = opsdesk::store::engine::PgUrl::parse(&server.url, "the test").unwrap();
    let mut desk = opsdesk::ops::pg_desk::PgDesk::open(&url, opsdesk::config::Config::defaults(), false).unwrap();
    let other = desk.actor("lilei").unwrap();
    let run = server.json(&["billing", "show", "1", "--json"]);
    for c in run["checks"].as_array().unwrap() {
        let call = opsdesk::ops::Call::new(&other, Utc::now());
        let key = c["key"].as_str().unwrap();
        opsdesk::ops::billing::review(&mut desk, &call, 1, key, opsdesk::domain::billing::Verdict::Ok, "")
            .unwrap_or_else(|e| panic!("{key}: {e:#}"));
    }
    assert_eq!(server.json(&["billing", "show", "1", "--json"])["state"], "checks_done");
    server.ok(&["billing", "submit", "1"]);
    let confirmed = server.json(&["billing", "confirm", "1", "--json"]);
    assert_eq!(confirmed["state"], "published", "{confirmed:#}");
    server.ok(&["billing", "report", "1", "--lang", "zh-CN"]);
    assert!(server.ok(&["check"]).contains("check: ok"));
}
