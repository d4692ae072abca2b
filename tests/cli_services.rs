//! The services directory through the real binary (SPEC I3, I11; issue 19 item 11): a service
//! typed by its code, a name or an alias is recorded as its code; an unknown one is refused with
//! the known ones; only an admin changes the directory; old desks get theirs from their records.

mod common;

use common::Desk;

fn new_incident(service: &str) -> Vec<String> {
    [
        "incident",
        "new",
        "--title",
        "计费慢",
        "--service",
        service,
        "--category",
        "application",
        "--channel",
        "phone",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn args(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

fn service_of(d: &Desk, id: &str) -> String {
    d.json(&["incident", "show", id.trim()])["service"]
        .as_str()
        .unwrap()
        .to_string()
}

/// `opsdesk check` exits 0 only on a clean desk: every record replays from its history.
fn check_is_clean(d: &Desk) {
    let out = d.ok(&["check"]);
    assert!(out.contains("check: "), "{out}");
}

#[test]
fn i11_a_service_typed_by_its_chinese_name_is_recorded_as_its_code() {
    let d = Desk::init();
    // A desk not set up yet: said plainly, and every service is taken as typed.
    let out = d.ok(&["service", "list"]);
    assert!(
        out.contains("no services yet") && out.contains("takes any service"),
        "{out}"
    );
    assert_eq!(d.json(&["service", "list"]), serde_json::json!([]));
    let id = d.ok(&args(&new_incident("新系统")));
    assert_eq!(service_of(&d, &id), "新系统");

    d.ok(&[
        "service",
        "add",
        "billing",
        "--name",
        "Billing",
        "--name-zh",
        "计费",
        "--alias",
        "BOSS",
        "--order",
        "10",
    ]);
    d.ok(&["service", "add", "crm", "--name", "CRM", "--name-zh", "客户关系管理"]);
    for typed in ["计费", "billing", "Billing", "boss"] {
        let id = d.ok(&args(&new_incident(typed)));
        assert_eq!(service_of(&d, &id), "billing", "{typed}");
    }
    let list = d.json(&["service", "list"]);
    assert_eq!(list[0]["code"], "billing");
    assert_eq!(list[0]["name_zh"], "计费");
    assert_eq!(list[0]["aliases"], serde_json::json!(["BOSS"]));
    let out = d.ok(&["service", "list"]);
    assert!(out.contains("客户关系管理") && out.contains("in use"), "{out}");

    // One service, one outage budget: no incident records 计费 beside billing.
    let all = d.json(&["incident", "list"]);
    let services: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["service"].as_str().unwrap())
        .collect();
    assert_eq!(services.iter().filter(|s| **s == "billing").count(), 4, "{services:?}");
    assert!(!services.contains(&"计费"), "{services:?}");
    check_is_clean(&d);
}

#[test]
fn i11_an_unknown_or_retired_service_is_refused_with_the_known_ones_and_exit_2() {
    let d = Desk::init();
    d.ok(&["service", "add", "billing", "--name", "Billing", "--name-zh", "计费"]);
    d.ok(&["service", "add", "crm", "--name", "CRM"]);
    let err = d.fails(2, &args(&new_incident("账务")));
    assert!(err.contains("unknown service \"账务\""), "{err}");
    assert!(err.contains("billing (Billing, 计费), crm"), "the list: {err}");
    assert!(err.contains("opsdesk service add"), "what to do: {err}");

    // An alias added later is taken; a word naming another service is refused.
    d.ok(&["service", "edit", "billing", "--alias", "计费系统", "--alias", "BOSS"]);
    let id = d.ok(&args(&new_incident("计费系统")));
    assert_eq!(service_of(&d, &id), "billing");
    let err = d.fails(1, &["service", "add", "jf", "--name", "JF", "--alias", "计费"]);
    assert!(err.contains("already names service billing"), "{err}");
    d.fails(1, &["service", "add", "billing", "--name", "Billing again"]);
    d.fails(2, &["service", "add", "bad code", "--name", "x"]);

    // Retired: not taken for new records, listed with --all, and back with --undo.
    d.ok(&["service", "retire", "crm"]);
    let err = d.fails(2, &args(&new_incident("crm")));
    assert!(err.contains("retired") && err.contains("--undo"), "{err}");
    assert!(!d.ok(&["service", "list"]).contains("crm"));
    assert!(d.ok(&["service", "list", "--all"]).contains("retired"));
    d.ok(&["service", "retire", "crm", "--undo"]);
    d.ok(&args(&new_incident("CRM")));

    // Each change has its history, and the desk checks clean.
    let h = d.json(&["history", "service", "billing"]);
    let actions: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "edit"]);
    check_is_clean(&d);
}

#[test]
fn u4_only_an_admin_changes_the_services_directory() {
    let d = Desk::demo("operator");
    let before = std::fs::read(&d.db).unwrap();
    let err = d.fails(5, &["service", "add", "hr", "--name", "HR"]);
    assert!(err.contains("admin"), "{err}");
    d.fails(5, &["service", "edit", "billing", "--name", "B"]);
    d.fails(5, &["service", "retire", "billing"]);
    assert_eq!(std::fs::read(&d.db).unwrap(), before, "nothing changed");
    // The demo's services carry Chinese names: 计费 is billing there too.
    let id = d.ok(&args(&new_incident("计费")));
    assert_eq!(service_of(&d, &id), "billing");
    let list = d.json(&["service", "list"]);
    assert!(
        list.as_array().unwrap().iter().any(|s| s["name_zh"] == "短信网关"),
        "{list}"
    );
}

#[test]
fn i11_an_older_desk_starts_with_the_services_its_records_name_and_checks_clean() {
    let d = Desk::init();
    for typed in ["计费", "crm", "计费"] {
        d.ok(&args(&new_incident(typed)));
    }
    // The desk as schema 19 left it: no services directory.
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch("DROP TABLE services; PRAGMA user_version = 19;")
        .unwrap();
    drop(c);
    let list = d.json(&["service", "list"]);
    let codes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["crm", "计费"], "what its incidents name");
    check_is_clean(&d);
    // Its own data is still taken; something new is refused until added.
    d.ok(&args(&new_incident("计费")));
    let err = d.fails(2, &args(&new_incident("billing")));
    assert!(err.contains("crm, 计费"), "{err}");
    let h = d.json(&["history", "service", "crm"]);
    assert_eq!(h[0]["actor"], "opsdesk", "the migration added it: {h}");
}

#[test]
fn i11_plans_and_articles_record_their_services_as_codes_too() {
    let d = Desk::demo("admin");
    let a = d.json(&[
        "article",
        "new",
        "--kind",
        "faq",
        "--title",
        "短信积压怎么办",
        "--body",
        "重启网关",
        "--services",
        "短信网关,SMS-Gateway,计费",
    ]);
    assert_eq!(a["services"], serde_json::json!(["sms-gateway", "billing"]), "{a}");
    let p = d.json(&[
        "plan",
        "new",
        "--name",
        "门户中断应急预案",
        "--service",
        "门户网站",
        "--member",
        "liuyang:组长",
        "--step",
        "切换备用站点",
    ]);
    assert_eq!(p["services"], serde_json::json!(["portal"]), "{p}");
    let err = d.fails(
        2,
        &[
            "plan",
            "new",
            "--name",
            "x",
            "--service",
            "传真",
            "--member",
            "liuyang:组长",
            "--step",
            "s",
        ],
    );
    assert!(err.contains("unknown service \"传真\""), "{err}");
    check_is_clean(&d);
}
