//! The tracking ledger (I13) on PostgreSQL (issue 20), against a real server
//! (tests/common/pg.rs): a desk of incidents handled step by step, a request, a change and a
//! billing run exports the same workbook (every sheet read back by calamine, cell by cell, and its
//! sheets' XML: widths, frozen header, filter) and the same CSV from SQLite and from PostgreSQL,
//! each export recorded in the history alike; a ledger workbook and a CSV file import into both
//! with the same report, the same incidents and the same histories, good rows imported past a bad
//! one with the same rejects; and an import a bad row refuses writes nothing on either engine.

mod common;

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use calamine::{Data, Reader, open_workbook_auto};
use common::ledger::{MAP, ledger};
use common::pg::{PgDesk, Run, difference, kept, same_on_both, timeless};
use serde_json::Value;

/// The range of the desk's records: incidents and requests received, changes planned, runs due.
const RANGE: [&str; 4] = ["--from", "2026-11-01", "--to", "2026-12-31"];

/// Text two desks written seconds apart agree on: each local minute as `<minute>` (a history row
/// is stamped when it is written, and the handling column tells its steps with their minutes).
fn minuteless(s: &str) -> String {
    match timeless(Value::String(s.to_string())) {
        Value::String(t) => t,
        other => other.to_string(),
    }
}

/// A command's arguments written as one line, split at each `|`.
fn split(line: &str) -> Vec<&str> {
    line.split('|').collect()
}

/// The desk the export reads: departments, a user, services; incidents handled from start to
/// end, an outage, one still open and one received before the range; a request delivered, a change
/// planned in the range and a billing run due in it.
fn records(run: Run) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let mut keep = |args: &[&str]| out.push(kept(run, args));
    run(&[
        "dept",
        "add",
        "marketing",
        "--name",
        "市场经营部",
        "--interface",
        "孙丽",
        "--interface-email",
        "sunli@example.com",
    ]);
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
    let incident = |title: &'static str, service: &'static str, received: &'static str| {
        let mut a = split("incident|new|--category|application|--channel|phone|--dept|marketing");
        a.extend(split("--reporter|孙丽|--contact|13800000000|--json"));
        a.extend(["--title", title, "--service", service, "--received-at", received]);
        a
    };
    keep(&incident("批价进程挂起", "billing", "2026-11-03 09:00"));
    for step in [
        "accept|1|--at|2026-11-03 09:05",
        "contact|1|--at|2026-11-03 09:10",
        "restore|1|--at|2026-11-03 09:40",
        "resolve|1|--cause|批价进程内存泄漏|--at|2026-11-03 11:00",
        "verify|1|--satisfaction|5|--at|2026-11-03 12:00",
        "close|1|--at|2026-11-04 09:00",
    ] {
        run(&split(&format!("incident|{step}")));
    }
    keep(&split(
        "incident|new|--title|营业厅受理中断, \"全部\"|--service|crm|--category|database|--channel|phone\
         |--dept|marketing|--outage|--received-at|2026-11-05 09:00|--restored-at|2026-11-05 09:40|--json",
    ));
    run(&split(
        "incident|resolve|2|--cause|索引重建\n第二行|--at|2026-11-05 10:00",
    ));
    keep(&incident("账务批处理失败", "billing", "2026-11-10 10:00"));
    keep(&incident("十月的旧故障", "crm", "2026-10-20 10:00"));
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
    keep(&[
        "change",
        "new",
        "--month",
        "2026-12",
        "--title",
        "计费系统版本升级",
        "--systems",
        "billing,crm",
        "--departments",
        "marketing",
        "--json",
    ]);
    keep(&["billing", "new", "--kind", "billing", "--period", "2026-11", "--json"]);
    out
}

/// Every sheet of a workbook: its name and its cells.
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut book = open_workbook_auto(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let names = book.sheet_names();
    names
        .into_iter()
        .map(|n| {
            let range = book.worksheet_range(&n).expect("its sheet");
            (n, range.rows().map(|r| r.to_vec()).collect())
        })
        .collect()
}

/// A member of the workbook's zip.
fn zipped(path: &Path, member: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).expect("open")).expect("a zip");
    let mut s = String::new();
    z.by_name(member).expect(member).read_to_string(&mut s).expect("utf-8");
    s
}

/// The two workbooks agree sheet by sheet and cell by cell (text cells but for local minutes),
/// and their sheets' XML (widths, frozen header, filter) is the same.
fn same_workbook(lite: &Path, server: &Path) -> Vec<(String, usize)> {
    let (a, b) = (sheets(lite), sheets(server));
    let names = |s: &[(String, Vec<Vec<Data>>)]| s.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&a), names(&b));
    for ((name, x), (_, y)) in a.iter().zip(&b) {
        assert_eq!(x.len(), y.len(), "{name}: rows");
        for (r, (p, q)) in x.iter().zip(y).enumerate() {
            assert_eq!(p.len(), q.len(), "{name} row {r}: cells");
            for (c, (u, v)) in p.iter().zip(q).enumerate() {
                let same = match (u, v) {
                    (Data::String(s), Data::String(t)) => minuteless(s) == minuteless(t),
                    _ => u == v,
                };
                assert!(
                    same,
                    "{name} row {} column {}: SQLite {u:?} | PostgreSQL {v:?}",
                    r + 1,
                    c + 1
                );
            }
        }
    }
    for i in 1..=a.len() {
        let member = format!("xl/worksheets/sheet{i}.xml");
        assert_eq!(
            minuteless(&zipped(lite, &member)),
            minuteless(&zipped(server, &member)),
            "{member}"
        );
    }
    a.into_iter().map(|(n, rows)| (n, rows.len())).collect()
}

/// `args` on the SQLite desk and on the server desk, each in its own directory (`{dir}` in an
/// argument is it); both must succeed. Their stdout, the directory named `<dir>`.
fn both(lite: &common::Desk, server: &PgDesk, args: &[&str]) -> (String, String) {
    let on = |dir: &Path, run: &dyn Fn(&[&str]) -> String| {
        let d = dir.display().to_string();
        let args: Vec<String> = args.iter().map(|a| a.replace("{dir}", &d)).collect();
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        run(&refs).replace(&d, "<dir>")
    };
    (
        on(lite.path(), &|a| lite.ok(a)),
        on(server.dir.path(), &|a| server.ok(a)),
    )
}

/// The same JSON from both but for instants.
fn same_json(lite: &common::Desk, server: &PgDesk, args: &[&str]) -> Value {
    let (a, b) = both(lite, server, args);
    let parse = |s: &str| timeless(serde_json::from_str(s).unwrap_or_else(|e| panic!("{args:?}: {e}: {s}")));
    let (a, b) = (parse(&a), parse(&b));
    if let Some(d) = difference(&a, &b, "") {
        panic!("{args:?}: SQLite and PostgreSQL differ at {d}");
    }
    a
}

#[test]
fn i13_the_ledger_exports_the_same_workbook_and_csv_from_postgresql_as_from_sqlite() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (lite, server) = same_on_both(pg, "ledger_export", &records);

    // A workbook of every kind, in Chinese, with the export's record as JSON.
    let xlsx = [
        &["--lang", "zh-CN", "ledger", "export"][..],
        &RANGE,
        &[
            "--kind",
            "incident,request,change,run",
            "--out",
            "{dir}/台账.xlsx",
            "--json",
        ],
    ]
    .concat();
    let record = same_json(&lite, &server, &xlsx);
    assert_eq!(record["rows"], 6, "{record:#}");
    assert_eq!(record["output"], "<dir>/台账.xlsx");
    let counts = same_workbook(&lite.path().join("台账.xlsx"), &server.dir.path().join("台账.xlsx"));
    assert_eq!(
        counts,
        [
            ("问题跟踪台账".to_string(), 4),
            ("需求受理台账".to_string(), 2),
            ("变更台账".to_string(), 2),
            ("出账台账".to_string(), 2),
        ],
        "three incidents of the range, a request, a change and a run, each under its header"
    );
    // The handling's steps are in the ledger, by whom and how.
    let incidents = &sheets(&server.dir.path().join("台账.xlsx"))[0].1;
    let text: Vec<String> = incidents[1].iter().map(|c| c.to_string()).collect();
    assert!(text.iter().any(|t| t.contains("批价进程内存泄漏")), "{text:?}");
    // Recorded in the history alike.
    same_json(&lite, &server, &["history", "export", "1", "--json"]);

    // CSV, one kind each, to a file and to standard output.
    for kind in ["incident", "request", "change", "run"] {
        let out = format!("{{dir}}/{kind}.csv");
        let args = [
            &["--lang", "en", "ledger", "export"][..],
            &RANGE,
            &["--format", "csv", "--kind", kind, "--out", &out],
        ]
        .concat();
        let (a, b) = both(&lite, &server, &args);
        assert_eq!(a, b, "{args:?}");
        let read = |dir: &Path| std::fs::read_to_string(dir.join(format!("{kind}.csv"))).expect("the CSV file");
        let (x, y) = (read(lite.path()), read(server.dir.path()));
        assert!(x.starts_with("\u{feff}"), "{x}");
        assert_eq!(minuteless(&x), minuteless(&y), "{kind}");
    }
    let stdout = [
        &["--lang", "zh-CN", "ledger", "export"][..],
        &RANGE,
        &["--format", "csv"],
    ]
    .concat();
    let (a, b) = both(&lite, &server, &stdout);
    assert_eq!(minuteless(&a), minuteless(&b));
    assert_eq!(a.lines().count(), 4, "{a}");
    assert!(!a.contains("13800000000"), "no contact details (A2): {a}");
    // Six exports recorded on each, each the same.
    let exports = same_json(&lite, &server, &["request", "exports", "--json"]);
    assert_eq!(exports.as_array().map(Vec::len), Some(6), "{exports:#}");
    same_json(&lite, &server, &["history", "export", "6", "--json"]);
    // An export that cannot be written is refused alike, recording nothing.
    let two = [
        &["ledger", "export"][..],
        &RANGE,
        &["--format", "csv", "--kind", "incident,change"],
    ]
    .concat();
    assert_eq!(lite.fails(2, &two), server.fails(2, &two));
    let exports = same_json(&lite, &server, &["request", "exports", "--json"]);
    assert_eq!(exports.as_array().map(Vec::len), Some(6), "{exports:#}");
}

/// An import's written report without its timing (what follows its last `;`).
fn untimed_report(out: &str) -> String {
    out.rsplit_once(';').map_or(out, |(report, _)| report).to_string()
}

/// The rows of every table that holds what an import writes, on either engine.
fn written_sqlite(db: &Path) -> [i64; 3] {
    let conn = rusqlite::Connection::open(db).expect("the desk's file");
    ["incidents", "history", "history_texts"].map(|t| {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .expect(t)
    })
}

fn written_pg(pg: &common::pg::PgServer, db: &str) -> [i64; 3] {
    let mut c = pg.connect(db, common::pg::APP_ROLE);
    ["incidents", "history", "history_texts"].map(|t| {
        c.query_one(&format!("SELECT count(*) FROM {t}"), &[])
            .expect(t)
            .get::<_, i64>(0)
    })
}

#[test]
fn i13_a_ledger_imports_the_same_into_postgresql_as_into_sqlite_and_a_bad_row_writes_nothing() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let files = tempfile::tempdir().expect("a directory for the ledgers");
    let map = files.path().join("map.toml");
    std::fs::write(&map, MAP).expect("map");
    let m = map.to_str().expect("path");
    let good = ledger(files.path(), "good.xlsx", false);
    let bad = ledger(files.path(), "bad.xlsx", true);
    let (g, b) = (good.to_str().expect("p"), bad.to_str().expect("p"));
    let csv = files.path().join("ledger.csv");
    std::fs::write(
        &csv,
        "\u{feff}故障现象,报告时间,系统名称,故障类别,恢复时间,关闭时间,处理过程,满意度\r\n\
         \"网关, 丢包\",2025-07-01 08:00,计费系统,网络,2025-07-01 08:30,2025/7/1 12:00,\"换线\n复测\",5\r\n",
    )
    .expect("csv");
    let c = csv.to_str().expect("p");
    // Each desk's rejects to a file of its own (a rejects file is never overwritten).
    let runs = AtomicUsize::new(0);
    let script = |run: Run| -> Vec<(String, Value)> {
        let n = runs.fetch_add(1, Ordering::SeqCst);
        let rejects = files.path().join(format!("rejects-{n}.csv"));
        let mut out = vec![kept(run, &["ledger", "import", g, "--map", m, "--dry-run", "--json"])];
        out.push(kept(run, &["incident", "list", "--json"]));
        out.push(kept(run, &["ledger", "import", g, "--map", m, "--json"]));
        // The printed report, as written: only its timing differs.
        let text = run(&["ledger", "import", c, "--map", m]);
        out.push(("ledger import CSV".into(), Value::String(untimed_report(&text))));
        out.push(kept(
            run,
            &[
                "ledger",
                "import",
                b,
                "--map",
                m,
                "--skip-bad",
                rejects.to_str().expect("p"),
                "--json",
            ],
        ));
        out.push(kept(run, &["incident", "list", "--limit", "1000", "--json"]));
        for id in ["1", "36", "60", "61", "62", "120"] {
            out.push(kept(run, &["history", "incident", id, "--json"]));
        }
        out.push(kept(run, &["incident", "show", "36", "--json"]));
        out
    };
    let (lite, server) = same_on_both(pg, "ledger_import", &script);
    let imported = lite.json(&["ledger", "import", g, "--map", m, "--dry-run"]);
    assert_eq!(imported["good"], 60, "{imported:#}");
    let all = lite.json(&["incident", "list", "--limit", "1000"]);
    assert_eq!(all.as_array().map(Vec::len), Some(60 + 1 + 59), "{all:#}");
    let history = server.ok(&["history", "incident", "36"]);
    assert!(
        history.contains("imported from good.xlsx sheet 台账 row 37") && history.contains("重启网关，观察正常"),
        "{history}"
    );
    let rejects = |n: usize| std::fs::read_to_string(files.path().join(format!("rejects-{n}.csv"))).expect("rejects");
    assert_eq!(rejects(0), rejects(1));
    assert!(rejects(1).contains("台账,37,"), "{}", rejects(1));
    assert!(server.ok(&["check"]).contains("check: ok"));

    // A bad row refuses the whole import alike, and nothing is written on either.
    let before = (written_sqlite(&lite.db), written_pg(pg, "ledger_import"));
    let lists = || {
        (
            lite.ok(&["incident", "list", "--limit", "1000", "--json"]),
            server.ok(&["incident", "list", "--limit", "1000", "--json"]),
        )
    };
    let listed = lists();
    let refused = |stderr: String| {
        assert!(
            stderr.contains(
                r#"sheet "台账" row 37: received_at (column "报告时间"): cannot read "2025-02-30 09:05" as a date"#
            ) && stderr.contains("1 bad row(s) of 60: nothing imported"),
            "{stderr}"
        );
        stderr
    };
    let on_lite = refused(lite.fails(2, &["ledger", "import", b, "--map", m]));
    let on_server = refused(server.fails(2, &["ledger", "import", b, "--map", m]));
    assert_eq!(on_lite, on_server);
    let out = |o: std::process::Output| untimed_report(&String::from_utf8_lossy(&o.stdout));
    assert_eq!(
        out(lite.run(&["ledger", "import", b, "--map", m])),
        out(server.run(&["ledger", "import", b, "--map", m]))
    );
    assert_eq!((written_sqlite(&lite.db), written_pg(pg, "ledger_import")), before);
    assert_eq!(lists(), listed);
    // A map naming a column the sheet lacks is refused alike, writing nothing.
    let wrong = files.path().join("wrong.toml");
    std::fs::write(&wrong, MAP.replace("故障现象", "现象")).expect("map");
    let w = wrong.to_str().expect("p");
    assert_eq!(
        lite.fails(2, &["ledger", "import", g, "--map", w]),
        server.fails(2, &["ledger", "import", g, "--map", w])
    );
    assert_eq!((written_sqlite(&lite.db), written_pg(pg, "ledger_import")), before);
}

#[test]
fn i13_a_ledger_exported_from_postgresql_imports_into_sqlite_as_its_own_export_does() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let (lite, server) = same_on_both(pg, "ledger_round", &records);
    let (a, b) = both(
        &lite,
        &server,
        &[
            &["--lang", "en", "ledger", "export"][..],
            &RANGE,
            &["--out", "{dir}/out.xlsx"],
        ]
        .concat(),
    );
    assert_eq!(a, b);
    let columns = "title received_at started_at service category severity channel dept reporter \
                   description handling cause restored_at resolved_at closed_at satisfaction outage";
    let mut text = String::from("sheet = \"incidents\"\n[columns]\n");
    for c in columns.split_whitespace() {
        text.push_str(&format!("{c} = \"{c}\"\n"));
    }
    let map = server.dir.path().join("map.toml");
    std::fs::write(&map, text).expect("map");
    let m = map.to_str().expect("p");
    // Each desk's ledger into the other: the server's into SQLite, SQLite's into the server.
    let from_server = server.dir.path().join("out.xlsx");
    let from_lite = lite.path().join("out.xlsx");
    let into_lite = lite.json(&[
        "ledger",
        "import",
        from_server.to_str().unwrap(),
        "--map",
        m,
        "--skip-bad",
        lite.path().join("r.csv").to_str().unwrap(),
    ]);
    let into_server = server.json(&[
        "ledger",
        "import",
        from_lite.to_str().unwrap(),
        "--map",
        m,
        "--json",
        "--skip-bad",
        server.dir.path().join("r.csv").to_str().unwrap(),
    ]);
    let (x, y) = (timeless(into_lite), timeless(into_server));
    if let Some(d) = difference(&x, &y, "") {
        panic!("the imports differ at {d}");
    }
    assert!(
        x["imported"].as_i64().is_some_and(|n| n >= 1),
        "the handled ones: {x:#}"
    );
    same_json(&lite, &server, &["incident", "list", "--limit", "1000", "--json"]);
    let last = x["last_id"].to_string();
    same_json(&lite, &server, &["history", "incident", &last, "--json"]);
    assert!(server.ok(&["check"]).contains("check: ok"));
}
