//! Issue 19 (SPEC I3, I11, A1): every path resolves services through the directory, and two
//! services typed for one before the directory existed (`计费` beside `billing`) become one,
//! through the real binary on real temporary files.

mod common;

use common::Desk;
use serde_json::Value;

fn id_of(v: &Value) -> String {
    v["id"].as_i64().expect("an id").to_string()
}

fn incident(d: &Desk, service: &str) -> String {
    d.ok(&[
        "incident",
        "new",
        "--title",
        "批价超时",
        "--service",
        service,
        "--category",
        "application",
        "--channel",
        "phone",
    ])
    .trim()
    .to_string()
}

fn month() -> String {
    chrono::Utc::now().format("%Y-%m").to_string()
}

fn change(d: &Desk, systems: &str) -> Value {
    d.json(&[
        "change",
        "new",
        "--month",
        &month(),
        "--title",
        "计费系统版本升级",
        "--systems",
        systems,
        "--departments",
        "marketing",
    ])
}

/// The demo desk as an older one holds it: `计费` a service of its own beside `billing`, and
/// records of every kind naming it.
fn split_desk() -> (Desk, Vec<(&'static str, String)>) {
    let d = Desk::demo("admin");
    d.ok(&["service", "edit", "billing", "--name-zh", "", "--no-aliases"]);
    d.ok(&["service", "add", "计费", "--name", "JF", "--alias", "计费系统"]);
    let inc = incident(&d, "计费系统");
    let other = incident(&d, "billing");
    let ch = change(&d, "计费,billing,crm");
    let problem = d.json(&[
        "problem",
        "new",
        "--title",
        "批价引擎内存泄漏",
        "--root-cause",
        "缓存未释放",
        "--service",
        "计费",
    ]);
    let plan = d.json(&[
        "plan",
        "new",
        "--name",
        "计费中断应急预案",
        "--service",
        "计费",
        "--member",
        "liuyang:组长",
        "--step",
        "切换备机",
    ]);
    let article = d.json(&[
        "article",
        "new",
        "--kind",
        "faq",
        "--title",
        "批价超时怎么办",
        "--body",
        "重启批价进程",
        "--services",
        "计费,短信网关",
    ]);
    assert_eq!(
        d.json(&["incident", "show", &inc])["service"],
        "计费",
        "two services before the merge"
    );
    assert_eq!(ch["systems"], serde_json::json!(["计费", "billing", "crm"]));
    let records = vec![
        ("incident", inc),
        ("incident", other),
        ("change", id_of(&ch)),
        ("problem", id_of(&problem)),
        ("plan", id_of(&plan)),
        ("article", id_of(&article)),
    ];
    (d, records)
}

#[test]
fn i11_a_merge_moves_every_record_with_its_history_and_the_merged_name_resolves_after() {
    let (d, records) = split_desk();
    let me = common::login();
    let out = d.json(&["service", "merge", "计费", "billing"]);
    assert_eq!(out["from"], "计费");
    assert_eq!(out["into"], "billing");
    assert_eq!(
        out["records"], 5,
        "every record naming 计费, not the one naming billing: {out}"
    );
    for kind in ["incident", "change", "problem", "plan", "article"] {
        assert_eq!(out["moved"][kind], 1, "{kind}: {out}");
    }

    let (inc, other) = (&records[0].1, &records[1].1);
    assert_eq!(d.json(&["incident", "show", inc])["service"], "billing");
    let ch = d.json(&["change", "show", &records[2].1]);
    assert_eq!(ch["systems"], serde_json::json!(["billing", "crm"]), "once: {ch}");
    assert_eq!(d.json(&["problem", "show", &records[3].1])["service"], "billing");
    assert_eq!(
        d.json(&["plan", "show", &records[4].1])["services"],
        serde_json::json!(["billing"])
    );
    assert_eq!(
        d.json(&["article", "show", &records[5].1])["services"],
        serde_json::json!(["billing", "sms-gateway"])
    );

    // A1: each record moved has its history row, a normal update by the actor; the record that
    // already named billing has none.
    for (kind, id) in &records {
        let h = d.json(&["history", kind, id]);
        let rows = h.as_array().expect("rows");
        let merged: Vec<&Value> = rows
            .iter()
            .filter(|r| {
                r["detail"]
                    .as_str()
                    .unwrap_or("")
                    .contains("service 计费 merged into billing")
            })
            .collect();
        if id == other {
            assert!(merged.is_empty(), "{kind} {id}: {h}");
            continue;
        }
        assert_eq!(merged.len(), 1, "{kind} {id}: {h}");
        assert_eq!(merged[0]["action"], "edit", "{kind} {id}");
        assert_eq!(merged[0]["actor"], me.as_str(), "{kind} {id}");
    }
    let h = d.json(&["history", "service", "billing"]);
    assert_eq!(h.as_array().unwrap().last().unwrap()["action"], "merge", "{h}");

    // 计费 (and its alias) now name billing; 计费 is retired, kept on the list with --all.
    assert_eq!(
        d.json(&["incident", "show", &incident(&d, "计费")])["service"],
        "billing"
    );
    assert_eq!(
        d.json(&["incident", "show", &incident(&d, "计费系统")])["service"],
        "billing"
    );
    let list = d.json(&["service", "list", "--all"]);
    let row = |code: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|s| s["code"] == code)
            .cloned()
            .unwrap_or_else(|| panic!("{code} in {list}"))
    };
    assert_eq!(row("计费")["retired"], true);
    assert_eq!(row("计费")["merged_into"], "billing");
    assert_eq!(row("crm")["merged_into"], Value::Null);
    let text = d.ok(&["service", "list", "--all"]);
    assert!(text.contains("merged into billing"), "{text}");
    let aliases = row("billing")["aliases"].clone();
    for w in ["计费", "JF", "计费系统"] {
        assert!(aliases.as_array().unwrap().iter().any(|a| a == w), "{w}: {aliases}");
    }
    // Retired with its words gone: bringing it back would make 计费 name two services.
    let err = d.fails(1, &["service", "retire", "计费", "--undo"]);
    assert!(err.contains("already names service billing"), "{err}");

    // One service: no incident names 计费 any more, and the desk replays clean.
    let all = d.json(&["incident", "list", "--limit", "100000"]);
    assert!(!all.as_array().unwrap().iter().any(|i| i["service"] == "计费"), "{all}");
    assert!(d.ok(&["check"]).contains("check: "));
}

#[test]
fn i11_a_merge_of_an_unknown_or_the_same_service_is_refused_and_changes_nothing() {
    let (d, _) = split_desk();
    let before = std::fs::read(&d.db).unwrap();
    let err = d.fails(3, &["service", "merge", "账务2", "billing"]);
    assert!(
        err.contains("no service \"账务2\"") && err.contains("billing (Billing)"),
        "{err}"
    );
    let err = d.fails(3, &["service", "merge", "计费", "nothing"]);
    assert!(err.contains("no service \"nothing\""), "{err}");
    let err = d.fails(2, &["service", "merge", "billing", "Billing"]);
    assert!(err.contains("same service"), "{err}");
    d.ok(&["service", "retire", "crm"]);
    let err = d.fails(2, &["service", "merge", "计费", "crm"]);
    assert!(err.contains("service crm is retired"), "{err}");
    d.ok(&["service", "retire", "crm", "--undo"]);
    let h = d.json(&["history", "service", "计费"]);
    assert!(
        !h.as_array().unwrap().iter().any(|r| r["action"] == "merge"),
        "nothing merged: {h}"
    );
    assert_ne!(std::fs::read(&d.db).unwrap(), before, "the retire went through");
}

#[test]
fn u4_only_an_admin_merges_services() {
    let d = Desk::demo("supervisor");
    let before = std::fs::read(&d.db).unwrap();
    let err = d.fails(5, &["service", "merge", "crm", "billing"]);
    assert!(err.contains("admin"), "{err}");
    assert_eq!(std::fs::read(&d.db).unwrap(), before, "nothing changed");
}

#[test]
fn i11_a_change_records_its_systems_as_the_directory_names_them() {
    let d = Desk::demo("admin");
    let c = change(&d, "计费,BOSS,短信网关");
    assert_eq!(c["systems"], serde_json::json!(["billing", "sms-gateway"]), "{c}");
    let out = d.run(&[
        "change",
        "new",
        "--month",
        &month(),
        "--title",
        "传真升级",
        "--systems",
        "传真",
        "--departments",
        "marketing",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown service \"传真\"") && err.contains("billing (Billing, 计费)"),
        "{err}"
    );
    assert!(
        d.json(&["service", "list", "--all"])
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["code"] != "传真")
    );
}

/// A CSV ledger with the demo's import map: one row per (title, service).
fn ledger(d: &Desk, rows: &[(&str, &str)]) -> (String, String) {
    let map = d.path().join("map.toml");
    std::fs::write(
        &map,
        "sheet = \"台账\"\n[columns]\ntitle = \"故障现象\"\nreceived_at = \"报告时间\"\n\
         service = \"系统名称\"\ncategory = \"故障类别\"\nrestored_at = \"恢复时间\"\n[defaults]\nchannel = \"phone\"\n\
         [values.category]\n\"网络\" = \"network\"\n",
    )
    .unwrap();
    let mut text = String::from("\u{feff}故障现象,报告时间,系统名称,故障类别,恢复时间\r\n");
    for (title, service) in rows {
        text.push_str(&format!("{title},2025-07-01 08:00,{service},网络,2025-07-01 08:30\r\n"));
    }
    let csv = d.path().join("ledger.csv");
    std::fs::write(&csv, text).unwrap();
    (csv.to_str().unwrap().to_string(), map.to_str().unwrap().to_string())
}

fn services_of(d: &Desk, titles: &[&str]) -> Vec<String> {
    let all = d.json(&["incident", "list", "--limit", "100000"]);
    titles
        .iter()
        .map(|t| {
            all.as_array()
                .unwrap()
                .iter()
                .find(|i| i["title"] == *t)
                .map_or("-".to_string(), |i| i["service"].as_str().unwrap().to_string())
        })
        .collect()
}

#[test]
fn i13_a_ledger_row_naming_an_alias_is_imported_as_its_service_and_an_unknown_one_is_named() {
    let d = Desk::demo("admin");
    let (csv, map) = ledger(
        &d,
        &[("导入一", "计费系统"), ("导入二", "传真"), ("导入三", "短信网关")],
    );
    let err = d.fails(2, &["ledger", "import", &csv, "--map", &map]);
    assert!(err.contains("row 3"), "by row: {err}");
    assert!(err.contains("(column \"系统名称\")"), "by column: {err}");
    assert!(err.contains("unknown service \"传真\""), "{err}");
    assert!(err.contains("nothing imported"), "{err}");
    assert_eq!(services_of(&d, &["导入一"]), ["-"]);

    // As for other bad rows, --skip-bad imports the others and sets the bad one aside.
    let rejects = d.path().join("rejects.csv");
    let out = d.ok(&[
        "ledger",
        "import",
        &csv,
        "--map",
        &map,
        "--skip-bad",
        rejects.to_str().unwrap(),
    ]);
    assert!(out.contains("imported 2 incident(s)"), "{out}");
    assert_eq!(
        services_of(&d, &["导入一", "导入二", "导入三"]),
        ["billing", "-", "sms-gateway"]
    );
    assert!(std::fs::read_to_string(&rejects).unwrap().contains("传真"));
    assert!(
        d.json(&["service", "list", "--all"])
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["code"] != "传真"),
        "never a new service"
    );
    assert!(d.ok(&["check"]).contains("check: "));
}
