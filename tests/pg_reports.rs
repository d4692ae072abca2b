//! The quality reports (Q1-Q4) and merging services (issue 19) on PostgreSQL (issue 20), against
//! a real server (tests/common/pg.rs): a desk with incidents restored, closed, rated and escalated
//! by `tick`, requests, duties, a billing run with an anomaly and a support form prints every
//! `report` the same on SQLite and on PostgreSQL (the daily, weekly, KPI and month reports, as
//! JSON and as written), sends a work report through the outbox there, reads the console's
//! Reports charts the same through the library, and merges two services with the same preview,
//! the same records moved and the same history.

mod common;

use chrono::{TimeZone, Utc};
use common::pg::{Run, difference, kept, same_on_both, timeless};
use opsdesk::config::Config;
use opsdesk::ops::Writes;
use serde_json::Value;

/// A command's written (not JSON) output, kept as one string: what [`same_on_both`] compares,
/// local minutes left out as [`timeless`] leaves them.
fn text(run: Run, args: &[&str]) -> (String, Value) {
    (args.join(" "), timeless(Value::String(run(args))))
}

/// `incident new` with `extra`, as JSON.
fn incident<'a>(title: &'a str, service: &'a str, received: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec![
        "incident",
        "new",
        "--title",
        title,
        "--service",
        service,
        "--category",
        "application",
        "--channel",
        "phone",
        "--received-at",
        received,
    ];
    a.extend_from_slice(extra);
    a.push("--json");
    a
}

/// The desk: departments served, services, incidents of every state, a request, duties, a
/// billing run with an anomaly, a support form; and records of every kind naming `计费`, which a
/// merge makes `billing`.
fn desk(run: Run, out: &mut Vec<(String, Value)>) {
    let me = common::login();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    for (code, name, who) in [
        ("enterprise", "政企客户部", "周经理"),
        ("marketing", "市场经营部", "孙丽"),
    ] {
        run(&[
            "dept",
            "add",
            code,
            "--name",
            name,
            "--interface",
            who,
            "--interface-email",
            "desk@example.com",
        ]);
    }
    run(&[
        "user",
        "add",
        "hanmeimei",
        "--name",
        "韩梅梅",
        "--role",
        "operator",
        "--dept",
        "it",
    ]);
    run(&["service", "add", "billing", "--name", "Billing"]);
    run(&["service", "add", "crm", "--name", "CRM"]);
    run(&["service", "add", "计费", "--name", "JF", "--alias", "计费系统"]);
    // 1: handled from start to end, rated.
    keep(&incident(
        "批价进程挂起",
        "billing",
        "2026-11-03 09:00",
        &["--dept", "enterprise", "--reporter", "周经理"],
    ));
    for step in [
        &["incident", "accept", "1", "--at", "2026-11-03 09:05"][..],
        &["incident", "contact", "1", "--at", "2026-11-03 09:10"],
        &["incident", "restore", "1", "--at", "2026-11-03 09:40"],
        &[
            "incident",
            "resolve",
            "1",
            "--cause",
            "批价进程内存泄漏",
            "--at",
            "2026-11-03 11:00",
        ],
        &[
            "incident",
            "verify",
            "1",
            "--satisfaction",
            "5",
            "--at",
            "2026-11-03 12:00",
        ],
        &["incident", "close", "1", "--at", "2026-11-04 09:00"],
    ] {
        run(step);
    }
    // 2: an outage of a database, recorded after the fact, affecting a second department.
    keep(&[
        "incident",
        "new",
        "--title",
        "营业厅受理中断",
        "--service",
        "crm",
        "--category",
        "database",
        "--channel",
        "phone",
        "--dept",
        "marketing",
        "--affected",
        "enterprise",
        "--outage",
        "--received-at",
        "2026-11-05 09:00",
        "--restored-at",
        "2026-11-05 09:40",
        "--json",
    ]);
    run(&[
        "incident",
        "resolve",
        "2",
        "--cause",
        "索引重建",
        "--at",
        "2026-11-05 10:00",
    ]);
    run(&[
        "incident",
        "verify",
        "2",
        "--satisfaction",
        "3",
        "--at",
        "2026-11-05 11:00",
    ]);
    // 3: never accepted: `tick` takes it up the ladder.
    keep(&incident(
        "账务批处理失败",
        "计费系统",
        "2026-11-10 10:00",
        &["--severity", "P2", "--dept", "marketing"],
    ));
    // 4: today's.
    keep(&incident("短信下发延迟", "crm", "-1h", &["--dept", "enterprise"]));
    keep(&["tick", "--json"]);
    let duties: Value = serde_json::from_str(&run(&["duty", "list", "--json"])).unwrap();
    let first = duties
        .as_array()
        .and_then(|d| d.first())
        .unwrap_or_else(|| panic!("a duty: {duties:#}"))["id"]
        .to_string();
    run(&[
        "duty",
        "done",
        &first,
        "--how",
        "电话告知值班主管",
        "--at",
        "2026-11-10 10:08",
    ]);
    keep(&["duty", "list", "--json"]);
    // A request whose clock fell due in November.
    keep(&[
        "request",
        "new",
        "--kind",
        "product",
        "--title",
        "校园套餐资费调整",
        "--dept",
        "marketing",
        "--requester",
        "孙丽",
        "--contact",
        "sunli@example.com",
        "--channel",
        "email",
        "--received-at",
        "2026-11-18 10:00",
        "--filed-at",
        "2026-11-16 10:00",
        "--approval",
        "dept_manager=许经理@2026-11-17 09:00",
        "--approval",
        "marketing_manager=何主任@2026-11-18 09:30",
        "--json",
    ]);
    keep(&["request", "accept", "1", "--at", "2026-11-18 10:05", "--json"]);
    keep(&["request", "deliver", "1", "--at", "2026-11-20 10:00", "--json"]);
    keep(&["billing", "new", "--kind", "billing", "--period", "2026-11", "--json"]);
    keep(&[
        "support",
        "new",
        "--project",
        "一号",
        "--client",
        "高新区管委会",
        "--type",
        "full",
        "--support",
        "出具完整方案",
        "--needs",
        "需要胶片方案",
        "--initiator",
        "周经理",
        "--dept",
        "enterprise",
        "--contact",
        "zhou@example.com",
        "--channel",
        "email",
        "--received-at",
        "2026-11-11 10:00",
        "--approval",
        "leader=刘总",
        "--approval",
        "marketing=许经理",
        "--json",
    ]);
    // Records of every kind naming 计费 (one by its alias), for the merge.
    keep(&[
        "change",
        "new",
        "--month",
        "2026-12",
        "--title",
        "计费系统版本升级",
        "--systems",
        "计费,billing,crm",
        "--departments",
        "marketing",
        "--json",
    ]);
    keep(&[
        "problem",
        "new",
        "--title",
        "批价引擎内存泄漏",
        "--root-cause",
        "缓存未释放",
        "--service",
        "计费",
        "--json",
    ]);
    let member = format!("{me}:组长");
    keep(&[
        "plan",
        "new",
        "--name",
        "计费中断应急预案",
        "--service",
        "计费",
        "--member",
        &member,
        "--step",
        "切换备机",
        "--json",
    ]);
    keep(&[
        "article",
        "new",
        "--kind",
        "faq",
        "--title",
        "批价超时怎么办",
        "--body",
        "重启批价进程",
        "--services",
        "计费,crm",
        "--json",
    ]);
}

/// Every report, as JSON and as written, and a work report sent through the outbox.
fn reports(run: Run, out: &mut Vec<(String, Value)>) {
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    // The November run's anomaly: an error for Q2 and Q3. Its report is due the second it is
    // logged: what is read in that second (on either engine) neither counts it due nor shows its
    // duty missed yet, so what follows waits for the next second.
    keep(&[
        "billing",
        "anomaly",
        "1",
        "--what",
        "话单缺失",
        "--effect",
        "result",
        "--json",
    ]);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    keep(&["report", "daily", "--json"]);
    keep(&["report", "weekly", "--json"]);
    for date in ["2026-11-03", "2026-11-05", "2026-11-10", "2026-11-23"] {
        keep(&["report", "daily", "--date", date, "--json"]);
    }
    for date in ["2026-11-04", "2026-11-11", "2026-11-25"] {
        keep(&["report", "weekly", "--date", date, "--text", "措施：加装监控", "--json"]);
    }
    keep(&["report", "kpi", "--half", "2026H2", "--json"]);
    keep(&["report", "kpi", "--json"]);
    for month in ["2026-11", "2026-12"] {
        keep(&["report", "month", "--month", month, "--json"]);
    }
    for args in [
        &[
            "--lang",
            "en",
            "report",
            "weekly",
            "--date",
            "2026-11-04",
            "--text",
            "Measures: capacity added",
        ][..],
        &["--lang", "zh-CN", "report", "daily", "--date", "2026-11-10"],
        &["report", "kpi", "--half", "2026H2"],
        &["report", "month", "--month", "2026-11"],
    ] {
        out.push(text(run, args));
    }
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    keep(&[
        "report",
        "weekly",
        "--date",
        "2026-11-04",
        "--send",
        "--text",
        "进展：计费割接顺利",
        "--json",
    ]);
    keep(&["tick", "--json"]);
    keep(&["outbox", "list", "--json"]);
    keep(&["history", "work_report", "1", "--json"]);
}

/// The merge, and what it leaves.
fn merge(run: Run) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    keep(&["service", "merge", "计费", "billing", "--json"]);
    keep(&["service", "list", "--all", "--json"]);
    keep(&["incident", "list", "--json"]);
    for (kind, id) in [
        ("incident", "3"),
        ("problem", "1"),
        ("change", "1"),
        ("plan", "1"),
        ("article", "1"),
        ("service", "3"),
    ] {
        keep(&["history", kind, id, "--json"]);
    }
    // What the merge leaves: a word of the merged service names the one it joined.
    keep(&incident("计费话单重复", "计费系统", "2026-11-20 09:00", &[]));
    keep(&["report", "month", "--month", "2026-11", "--json"]);
    out
}

fn script(run: Run) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    desk(run, &mut out);
    reports(run, &mut out);
    out
}

/// The SQLite desk of `lite`, through the library.
fn sqlite_desk(lite: &common::Desk) -> opsdesk::ops::Desk {
    let store = opsdesk::store::Store::open(&lite.db).unwrap();
    opsdesk::ops::Desk::new(store, Config::defaults())
}

/// The server desk `server`, through the library.
fn server_desk(server: &common::pg::PgDesk) -> opsdesk::ops::pg_desk::PgDesk {
    let url = opsdesk::store::engine::PgUrl::parse(&server.url, "the test").unwrap();
    opsdesk::ops::pg_desk::PgDesk::open(&url, Config::defaults(), false).unwrap()
}

/// The console's Reports charts (`ops::reports::charts::read`, in a read of its own) at `now`.
fn charts(desk: &mut impl Writes, now: chrono::DateTime<Utc>) -> opsdesk::ops::reports::charts::Charts {
    let config = desk.config().clone();
    desk.read_db(|db| opsdesk::ops::reports::charts::read(db, &config, now))
        .unwrap()
}

/// A merge's preview: both services' codes and what would move, of each kind.
fn preview(desk: &mut impl Writes, actor: &opsdesk::domain::role::Actor) -> String {
    let m = opsdesk::ops::service_merge::preview(desk, actor, "计费系统", "billing").unwrap();
    format!("{} -> {}: {:?}", m.from.code, m.into.code, m.moved)
}

#[test]
fn q1_q2_q3_i19_reports_and_a_service_merge_are_the_same_on_postgresql_as_on_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (lite, server) = same_on_both(pg, "reports", &script);
    // What the reports found, on the server: each figure has something to count.
    let kpi = server.json(&["report", "kpi", "--half", "2026H2", "--json"]);
    let counts = &kpi["counts"];
    assert_eq!(
        [
            &counts["received"],
            &counts["resolved"],
            &counts["satisfied"],
            &counts["runs_with_error"]
        ],
        [4, 2, 2, 1],
        "{kpi:#}"
    );
    let month = server.json(&["report", "month", "--month", "2026-11", "--json"]);
    let rows = month["rows"].as_array().unwrap();
    let sum = |key: &str| rows.iter().map(|r| r[key].as_i64().unwrap()).sum::<i64>();
    assert!(
        sum("met") > 0 && sum("due") > sum("met") && sum("rating_sum") == 8 && sum("outage_seconds") > 0,
        "{month:#}"
    );
    let (mut on_lite, mut on_pg) = (sqlite_desk(&lite), server_desk(&server));
    // The console's charts, at instants inside the desk's November, at its end and today.
    for now in [
        Utc.with_ymd_and_hms(2026, 11, 10, 4, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2026, 11, 30, 15, 59, 59).unwrap(),
        Utc::now(),
    ] {
        let (a, b) = (charts(&mut on_lite, now), charts(&mut on_pg, now));
        assert_eq!(a, b, "the charts at {now}");
    }
    let november = charts(&mut on_lite, Utc.with_ymd_and_hms(2026, 11, 30, 15, 59, 59).unwrap());
    assert!(november.days.iter().map(|d| d.1).sum::<i64>() >= 3, "{november:#?}");
    assert!(!november.budgets.is_empty(), "the outage counts: {november:#?}");
    // The merge's preview: the same records on both, one of each kind.
    let me = common::login();
    let (lite_actor, pg_actor) = (on_lite.actor(&me).unwrap(), on_pg.actor(&me).unwrap());
    let want = preview(&mut on_lite, &lite_actor);
    assert_eq!(preview(&mut on_pg, &pg_actor), want);
    assert!(want.starts_with("计费 -> billing"), "{want}");
    drop((on_lite, on_pg));
    let (a, b) = (merge(&|x| lite.ok(x)), merge(&|x| server.ok(x)));
    assert_eq!(a.len(), b.len());
    for ((step, x), (_, y)) in a.iter().zip(&b) {
        if let Some(d) = difference(x, y, "") {
            panic!("{step}: SQLite and PostgreSQL differ at {d}");
        }
    }
    let merged = &a[0].1;
    assert_eq!(merged["records"], 5, "{merged:#}");
    let work = server.json(&["history", "work_report", "1", "--json"]);
    assert!(work.to_string().contains("send"), "{work:#}");
    assert!(server.ok(&["check"]).contains("check: ok"));
}
