//! Billing and settlement runs through the real binary (issue: billing runs). The second person
//! of B3 is another login, which a test process cannot be: their steps go through the library.

mod common;

use chrono::Utc;
use common::Desk;
use opsdesk::config::Config;
use opsdesk::domain::billing::Verdict;
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::{self, Call, billing};
use opsdesk::store::Store;
use serde_json::Value;

/// A month the demo never uses (it seeds the current and the previous month's runs), so a test's
/// run is the only one of its period.
const PERIOD: &str = "2025-12";

/// Every item of run `id` performed (by the current login, through the CLI) and reviewed by
/// `reviewer` (through the library).
fn check_everything(d: &Desk, id: &str, reviewer: &str) {
    let run = d.json(&["billing", "show", id]);
    for c in run["checks"].as_array().unwrap() {
        let key = c["key"].as_str().unwrap();
        let mut args = vec!["billing".to_string(), "check".into(), id.into(), key.into()];
        for f in c["figure_names"].as_array().unwrap() {
            args.push("--figure".into());
            args.push(format!("{}=100", f.as_str().unwrap()));
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        d.ok(&refs);
    }
    let mut desk = ops::Desk::new(Store::open(&d.db).unwrap(), Config::defaults());
    let other = desk.actor(reviewer).unwrap();
    for c in run["checks"].as_array().unwrap() {
        let call = Call::new(&other, whole_seconds(Utc::now()));
        billing::review(
            &mut desk,
            &call,
            id.parse().unwrap(),
            c["key"].as_str().unwrap(),
            Verdict::Ok,
            "",
        )
        .unwrap();
    }
}

#[test]
fn b2_deadlines_of_the_december_runs() {
    let d = Desk::demo("supervisor");
    let billing = d.json(&["billing", "new", "--kind", "billing", "--period", PERIOD]);
    assert_eq!(billing["deadline"], "2026-01-02T00:00:00+08:00");
    for kind in ["settlement-agents", "settlement-cp", "settlement-channels"] {
        let s = d.json(&["billing", "new", "--kind", kind, "--period", PERIOD]);
        assert_eq!(s["deadline"], "2026-01-10T00:00:00+08:00", "{kind}");
    }
    // B5: the deadline report is owed by the deadline, whether or not the run succeeds.
    let b5 = &billing["duties"][0];
    assert_eq!(
        (b5["kind"].as_str(), b5["due_at"].as_str()),
        (Some("b5_deadline_report"), Some("2026-01-02T00:00:00+08:00"))
    );
    let err = d.fails(1, &["billing", "new", "--kind", "billing", "--period", PERIOD]);
    assert!(err.contains("exists already"), "{err}");
}

#[test]
fn b2_the_october_runs_on_a_new_desk() {
    let d = Desk::init();
    let billing = d.json(&["billing", "new", "--kind", "billing", "--period", "2026-10"]);
    assert_eq!(billing["deadline"], "2026-11-02T00:00:00+08:00");
    let cp = d.json(&["billing", "new", "--kind", "settlement-cp", "--period", "2026-10"]);
    assert_eq!(cp["deadline"], "2026-11-10T00:00:00+08:00");
    let list = d.json(&["billing", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(2), "{list}");
}

#[test]
fn b3_a_review_by_the_performer_is_refused_and_nothing_changes() {
    let d = Desk::demo("supervisor");
    let id = d
        .ok(&["billing", "new", "--kind", "billing", "--period", PERIOD])
        .trim()
        .to_string();
    d.ok(&[
        "billing",
        "check",
        &id,
        "cdr-collect",
        "--figure",
        "files_expected=120",
        "--figure",
        "files_collected=120",
    ]);
    let before = d.json(&["billing", "show", &id]);
    let err = d.fails(5, &["billing", "review", &id, "cdr-collect"]);
    assert!(err.contains("B3"), "{err}");
    let after = d.json(&["billing", "show", &id]);
    assert_eq!(before["version"], after["version"]);
    assert_eq!(before["checks"], after["checks"]);
    // B4: the figures the list asks for are required.
    d.fails(
        2,
        &["billing", "check", &id, "cdr-preprocess", "--figure", "rows_in=10"],
    );
}

#[test]
fn b7_an_operator_may_not_confirm() {
    let d = Desk::demo("operator");
    let id = d
        .ok(&["billing", "new", "--kind", "billing", "--period", PERIOD])
        .trim()
        .to_string();
    check_everything(&d, &id, "zhangwei");
    assert_eq!(d.json(&["billing", "show", &id])["state"], "checks_done");
    d.ok(&["billing", "submit", &id]);
    let err = d.fails(5, &["billing", "confirm", &id]);
    assert!(err.contains("only a supervisor"), "{err}");
    assert_eq!(d.json(&["billing", "show", &id])["state"], "awaiting_supervisor");
}

#[test]
fn b8_dispute_rollback_retry_keeps_both_attempts() {
    let d = Desk::demo("supervisor");
    let id = d
        .ok(&["billing", "new", "--kind", "settlement-cp", "--period", PERIOD])
        .trim()
        .to_string();
    check_everything(&d, &id, "lilei");
    let err = d.fails(1, &["billing", "confirm", &id]);
    assert!(
        err.contains("B7") && err.contains("only after"),
        "nothing is published before submission: {err}"
    );
    d.ok(&["billing", "submit", &id]);
    d.ok(&["billing", "dispute", &id, "--reason", "CP 分成总额比上月高 40%"]);
    let disputed = d.json(&["billing", "show", &id]);
    assert_eq!(
        (
            disputed["checks"][0]["performed_by"].clone(),
            disputed["round"].as_i64()
        ),
        (Value::Null, Some(2)),
        "checked again, on a fresh round"
    );
    d.ok(&["billing", "rollback", &id, "--reason", "分成比例配置错误，回退重算"]);
    let v = d.json(&["billing", "retry", &id]);
    assert_eq!((v["attempt"].as_i64(), v["state"].as_str()), (Some(2), Some("planned")));
    assert_eq!(v["dispute_reason"], "", "the reasons belong to the attempt that ended");
    let full = d.json(&["billing", "show", &id]);
    let attempts = full["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 2, "every attempt stays visible");
    // The first attempt: the round that was checked, reviewed and questioned, kept as it was;
    // then the round being checked again when it was rolled back.
    let first = attempts[0]["rounds"].as_array().unwrap();
    assert_eq!(first.len(), 2, "{first:?}");
    let checked = first[0]["checks"].as_array().unwrap();
    assert!(!checked.is_empty());
    assert!(
        checked
            .iter()
            .all(|c| c["performed_by"] != Value::Null && c["verdict"] == "ok" && c["reviewed_by"] == "lilei"),
        "the questioned checklist keeps who checked and reviewed it: {checked:?}"
    );
    assert_eq!(first[0]["ended"][0]["how"], "disputed");
    assert_eq!(first[0]["ended"][0]["reason"], "CP 分成总额比上月高 40%");
    assert_eq!(first[1]["ended"][0]["how"], "rolled_back");
    assert_eq!(first[1]["ended"][0]["reason"], "分成比例配置错误，回退重算");
    let second = attempts[1]["rounds"].as_array().unwrap();
    assert_eq!(second.len(), 1);
    assert!(
        second[0]["checks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["performed_by"] == Value::Null)
    );
    // The first attempt's check report carries its reviewers and both reasons.
    let report = d.ok(&["billing", "report", &id, "--attempt", "1", "--lang", "en"]);
    assert!(
        report.contains("CP 分成总额比上月高 40%") && report.contains("分成比例配置错误"),
        "{report}"
    );
    assert!(report.contains("(attempt 1 of 2)"), "{report}");
    assert!(report.contains("State: rolled back"), "{report}");
    assert!(
        report.contains("李雷"),
        "the attempt's checked round, with its reviewer: {report}"
    );
    let actions: Vec<&str> = full["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["action"].as_str().unwrap())
        .collect();
    for a in ["dispute", "rollback", "retry"] {
        assert!(actions.contains(&a), "{a} in {actions:?}");
    }
    // The second attempt runs to the end.
    check_everything(&d, &id, "lilei");
    d.ok(&["billing", "submit", &id]);
    assert_eq!(d.json(&["billing", "confirm", &id])["state"], "published");
}

#[test]
fn b4_the_check_report_names_every_performer_and_reviewer() {
    let d = Desk::demo("supervisor");
    let id = d
        .ok(&["billing", "new", "--kind", "billing", "--period", PERIOD])
        .trim()
        .to_string();
    check_everything(&d, &id, "lilei");
    for (lang, words) in [("zh-CN", ["检查人", "复核人"]), ("en", ["Checked by", "Reviewed by"])] {
        let md = d.ok(&["billing", "report", &id, "--lang", lang]);
        let text = d.ok(&["billing", "report", &id, "--lang", lang, "--format", "text"]);
        for w in words {
            assert!(md.contains(w) && text.contains(w), "{lang}: {w}");
        }
        assert!(md.contains("李雷") && text.contains("李雷"), "the reviewer is named");
        assert!(md.contains(&common::login()), "the performer is named");
        assert!(md.contains("files_collected=100"), "figures are in the report");
        assert!(
            md.contains("| 1 |") && !text.contains('|'),
            "markdown table; plain text aligned"
        );
    }
    let b5 = d.ok(&["billing", "report", &id, "--kind", "deadline", "--lang", "zh-CN"]);
    assert!(b5.contains("通报") && b5.contains("未完成"), "{b5}");
}

#[test]
fn b6_an_anomaly_owes_a_report_to_supervisor_and_manager() {
    let d = Desk::demo("supervisor");
    let id = d
        .ok(&["billing", "new", "--kind", "billing", "--period", PERIOD])
        .trim()
        .to_string();
    let v = d.json(&[
        "billing",
        "anomaly",
        &id,
        "--what",
        "3 个交换机话单文件未到",
        "--effect",
        "deadline",
    ]);
    let b6 = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "b6_anomaly_report")
        .unwrap()
        .clone();
    assert!(
        b6["whom"].as_str().unwrap().contains("张伟") && b6["whom"].as_str().unwrap().contains("王芳"),
        "{b6}"
    );
    let v = d.json(&[
        "billing",
        "anomaly",
        &id,
        "--what",
        "批价进程重启",
        "--effect",
        "result",
        "--told",
        "电话告知张伟、王芳",
    ]);
    let done: Vec<&Value> = v["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["kind"] == "b6_anomaly_report" && x["state"] == "done")
        .collect();
    assert_eq!(done.len(), 1, "told at once");
    assert_eq!(
        d.json(&["billing", "show", &id])["anomalies"].as_array().unwrap().len(),
        2
    );
}

#[test]
fn b6_a_check_that_finds_an_anomaly_owes_the_report_at_once() {
    let d = Desk::demo("supervisor");
    let id = d
        .ok(&["billing", "new", "--kind", "billing", "--period", PERIOD])
        .trim()
        .to_string();
    d.ok(&[
        "billing",
        "check",
        &id,
        "cdr-collect",
        "--result",
        "anomaly",
        "--figure",
        "files_expected=9000",
        "--figure",
        "files_collected=8997",
        "--remark",
        "3 个交换机话单文件未到",
    ]);
    let run = d.json(&["billing", "show", &id]);
    let anomalies = run["anomalies"].as_array().unwrap();
    assert_eq!(anomalies.len(), 1, "{run}");
    assert!(
        anomalies[0]["what"]
            .as_str()
            .unwrap()
            .contains("3 个交换机话单文件未到")
    );
    assert_eq!(run["progress"]["anomalies"], 1);
    let b6: Vec<&Value> = run["duties"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["kind"] == "b6_anomaly_report")
        .collect();
    assert_eq!(b6.len(), 1, "the supervisor and manager are owed a report: {run}");
    assert_eq!(b6[0]["id"], anomalies[0]["duty_id"]);
    // A figure that is not a number is refused and nothing changes.
    d.fails(
        2,
        &[
            "billing",
            "check",
            &id,
            "rating",
            "--figure",
            "sampled=abc",
            "--figure",
            "mismatches=0",
        ],
    );
    assert_eq!(d.json(&["billing", "show", &id])["version"], run["version"]);
}

#[test]
fn b4_a_desk_report_template_with_an_unknown_variable_is_refused_naming_its_line() {
    let d = Desk::demo("supervisor");
    let id = d
        .ok(&["billing", "new", "--kind", "billing", "--period", PERIOD])
        .trim()
        .to_string();
    let file = d.path().join("templates/b4.en.md");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    // An old-style template: `items` was a pre-rendered table; the report now loops over `checks`.
    std::fs::write(&file, "# Check report: {{ period }}\n\n{{ items }}\n").unwrap();
    let err = d.fails(1, &["billing", "report", &id, "--lang", "en"]);
    let at = format!("{}, line 3", file.display());
    assert!(err.contains(&at) && err.contains("items"), "{err}");
    let err = d.fails(1, &["config", "check"]);
    assert!(err.contains(&at), "{err}");
    // Looping over the checks, it renders.
    std::fs::write(
        &file,
        "# Check report: {{ period }}\n\n{% for c in checks %}\n{{ c.seq }}. {{ c.title }}: {{ c.result or \"not yet\" }}\n{% endfor %}\n",
    )
    .unwrap();
    d.ok(&["config", "check"]);
    let md = d.ok(&["billing", "report", &id, "--lang", "en"]);
    assert!(md.contains("\n1. ") && md.contains(": not yet\n"), "{md}");
}
