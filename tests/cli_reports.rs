//! The quality reports through the real binary (issue 15 items 3 and 4): the daily and weekly
//! work reports (Q1) as figures and as the written report in both languages, the half-year KPIs
//! against the config's targets (Q3, Q4), and the month's ranking, which follows the weights.

mod common;

use common::Desk;
use serde_json::Value;

#[test]
fn q1_the_daily_and_weekly_reports_count_the_incidents_of_their_period() {
    let d = Desk::init();
    d.new_incident("计费系统批价进程超时", "2026-11-03 09:00");
    d.new_incident("CRM returns 502", "2026-11-05 10:00");
    let day = |date: &str| d.json(&["report", "daily", "--date", date]);
    let r = day("2026-11-03");
    assert_eq!(r["period"]["label"], "2026-11-03");
    assert_eq!(
        (r["counts"]["opened"].as_i64(), r["counts"]["still_open"].as_i64()),
        (Some(1), Some(1))
    );
    assert_eq!(r["open"][0]["title"], "计费系统批价进程超时");
    let r = day("2026-11-04");
    assert_eq!(
        (r["counts"]["opened"].as_i64(), r["counts"]["still_open"].as_i64()),
        (Some(0), Some(1))
    );
    let w = d.json(&["report", "weekly", "--date", "2026-11-04"]);
    assert_eq!(w["period"]["label"], "2026-W45");
    assert_eq!(
        (w["period"]["first_day"].as_str(), w["period"]["last_day"].as_str()),
        (Some("2026-11-02"), Some("2026-11-08"))
    );
    assert_eq!(
        (w["counts"]["opened"].as_i64(), w["counts"]["still_open"].as_i64()),
        (Some(2), Some(2))
    );

    let en = d.ok(&[
        "--lang",
        "en",
        "report",
        "weekly",
        "--date",
        "2026-11-04",
        "--text",
        "Measures: capacity added",
    ]);
    assert!(en.starts_with("# Weekly work report 2026-W45"), "{en}");
    assert!(en.contains("| Incidents opened | 2 |"), "{en}");
    assert!(en.contains("CRM returns 502"), "{en}");
    assert!(en.contains("Measures: capacity added"), "{en}");
    let zh = d.ok(&["--lang", "zh-CN", "report", "daily", "--date", "2026-11-03"]);
    assert!(zh.starts_with("# 工作日报 2026-11-03"), "{zh}");
    assert!(zh.contains("| 新受理故障 | 1 |"), "{zh}");
    d.fails(2, &["report", "daily", "--date", "2026-13-01"]);
}

fn kpi(r: &Value, key: &str) -> Value {
    r["kpis"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["key"] == key)
        .cloned()
        .unwrap()
}

#[test]
fn q4_the_kpi_review_puts_each_actual_beside_its_target_from_the_config() {
    let d = Desk::init();
    d.new_incident("one", "2026-08-03 09:00");
    d.new_incident("two", "2026-08-04 09:00");
    let r = d.json(&["report", "kpi", "--half", "2026H2"]);
    assert_eq!(r["period"]["label"], "2026H2");
    let res = kpi(&r, "resolution");
    // Two received, none resolved: 0 % against 95 %.
    assert_eq!((res["part"].as_i64(), res["whole"].as_i64()), (Some(0), Some(2)));
    assert_eq!(
        (res["target_percent"].as_f64(), res["met"].as_bool()),
        (Some(95.0), Some(false))
    );
    // Nothing rated: satisfaction is neither met nor missed.
    assert_eq!(kpi(&r, "satisfaction")["met"], Value::Null);
    d.write_config("[quality]\nresolution_target_percent = 0\n");
    let r = d.json(&["report", "kpi", "--half", "2026H2"]);
    assert_eq!(kpi(&r, "resolution")["met"], true);
    let table = d.ok(&["report", "kpi", "--half", "2026H2"]);
    assert!(table.contains("resolution") && table.contains(">= 0.00%"), "{table}");
    d.write_config("[quality]\nresolution_target_percent = 120\n");
    let e = d.fails(1, &["report", "kpi", "--half", "2026H2"]);
    assert!(
        e.contains("config.toml:2") && e.contains("quality.resolution_target_percent"),
        "{e}"
    );
    d.write_config("");
    d.fails(2, &["report", "kpi", "--half", "2026H3"]);
}

/// The month's rows as (dept, total), in rank order.
fn ranking(d: &Desk, month: &str) -> Vec<(String, f64, Value)> {
    let r = d.json(&["report", "month", "--month", month]);
    r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["dept"].as_str().unwrap().to_string(),
                x["total"].as_f64().unwrap(),
                x.clone(),
            )
        })
        .collect()
}

#[test]
fn q2_the_month_ranks_every_department_by_its_weighted_scores_and_the_weights_decide() {
    let d = Desk::demo("supervisor");
    let month = d.json(&["report", "daily"])["period"]["first_day"].as_str().unwrap()[..7].to_string();
    let rows = ranking(&d, &month);
    assert_eq!(rows.len(), 5, "every business department of the demo desk");
    assert!(
        rows.windows(2).all(|w| w[0].1 >= w[1].1),
        "highest total first: {rows:?}"
    );
    for (i, (_, _, x)) in rows.iter().enumerate() {
        assert_eq!(x["rank"].as_u64(), Some(i as u64 + 1));
    }
    // One weight alone: the total is that score, and the ranking follows it.
    for (weights, score) in [
        (
            "availability_weight = 1\naccuracy_weight = 0\ntimeliness_weight = 0\nsatisfaction_weight = 0",
            "availability",
        ),
        (
            "availability_weight = 0\naccuracy_weight = 1\ntimeliness_weight = 0\nsatisfaction_weight = 0",
            "accuracy",
        ),
    ] {
        d.write_config(&format!("[quality.month]\n{weights}\n"));
        let rows = ranking(&d, &month);
        for (dept, total, x) in &rows {
            assert_eq!(Some(*total), x[score].as_f64(), "{dept} by {score}");
        }
        assert!(rows.windows(2).all(|w| w[0].1 >= w[1].1), "{score}: {rows:?}");
    }
    let table = d.ok(&["report", "month", "--month", &month]);
    assert!(table.contains("availability") && table.contains("met/due"), "{table}");
    d.fails(2, &["report", "month", "--month", "2026-13"]);
}

/// The month's IT teams as (team, figures), in rank order.
fn teams(d: &Desk, month: &str) -> Vec<(String, Value)> {
    let r = d.json(&["report", "month", "--month", month]);
    r["teams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["dept"].as_str().unwrap().to_string(), x.clone()))
        .collect()
}

/// The sum of one figure over the rows.
fn summed(rows: &[(String, Value)], key: &str) -> i64 {
    rows.iter().map(|(_, x)| x[key].as_i64().unwrap()).sum()
}

#[test]
fn q2_it_teams_are_ranked_on_the_records_their_members_own() {
    let d = Desk::demo("admin");
    // The demo's month behind this one holds most of its handled incidents.
    let this = d.json(&["report", "daily"])["period"]["first_day"].as_str().unwrap()[..7].to_string();
    let (y, m): (i32, u32) = (this[..4].parse().unwrap(), this[5..].parse().unwrap());
    let month = if m == 1 {
        format!("{}-12", y - 1)
    } else {
        format!("{y}-{:02}", m - 1)
    };
    let before = teams(&d, &month);
    assert_eq!(
        before.len(),
        1,
        "no team in config: the IT department is the one team: {before:?}"
    );
    assert_eq!(before[0].0, "it");
    assert!(summed(&before, "rated") > 0 && summed(&before, "due") > 0, "{before:?}");
    // One operator is put in a team of their own: their records go with them, none is lost or
    // counted twice.
    d.write_config("[[quality.teams]]\ncode = \"itnet\"\nname = \"网络与主机组\"\nmembers = [\"hanmeimei\"]\n");
    let after = teams(&d, &month);
    assert_eq!(after.len(), 2, "{after:?}");
    for key in ["rated", "rating_sum", "due", "met"] {
        assert_eq!(summed(&after, key), summed(&before, key), "{key}");
    }
    let net = &after.iter().find(|(t, _)| t == "itnet").expect("the new team").1;
    assert!(net["rated"].as_i64().unwrap() > 0, "hanmeimei's rated incidents: {net}");
    assert_eq!(
        after
            .iter()
            .map(|(_, x)| x["rank"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [1, 2]
    );
    let table = d.ok(&["report", "month", "--month", &month]);
    assert!(table.contains("IT teams") && table.contains("itnet"), "{table}");
    // A login in two teams would count twice: refused, naming the key.
    d.write_config(
        "[[quality.teams]]\ncode = \"a\"\nname = \"A\"\nmembers = [\"lilei\"]\n\
         [[quality.teams]]\ncode = \"b\"\nname = \"B\"\nmembers = [\"lilei\"]\n",
    );
    let err = d.fails(1, &["report", "month", "--month", &month]);
    assert!(err.contains("quality.teams[1].members"), "{err}");
}

#[test]
fn q1_a_supervisor_sends_the_work_report_through_the_outbox_an_operator_may_not() {
    let d = Desk::demo("operator");
    let before = d.ok(&["outbox", "list", "--limit", "500"]);
    d.fails(5, &["report", "daily", "--send", "--text", "进展：计费割接顺利"]);
    assert_eq!(d.ok(&["outbox", "list", "--limit", "500"]), before, "nothing changed");
    let d = Desk::demo("supervisor");
    let sent = d.json(&[
        "report",
        "weekly",
        "--send",
        "--text",
        "进展：计费割接顺利\n措施：加装监控",
    ]);
    let id = sent["report"]["id"].as_i64().expect("the report's id");
    assert_eq!(sent["report"]["span"], "weekly");
    assert_eq!(sent["duty"]["kind"], "q1_work_report");
    // The engine writes its message: to the IT department's manager and leaders, from the
    // figures kept with the report, in the desk's message language.
    d.ok(&["tick"]);
    let messages = d.json(&["outbox", "list", "--limit", "500"]);
    let m = messages
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["duty_id"] == sent["duty"]["id"])
        .expect("the report's message");
    let subject = m["subject"].as_str().unwrap();
    assert!(subject.starts_with("工作周报"), "{subject}");
    let body = m["body"].as_str().unwrap();
    assert!(
        body.contains("进展：计费割接顺利") && body.contains("措施：加装监控"),
        "{body}"
    );
    assert!(body.contains("新受理故障"), "{body}");
    let to = m["to"].to_string();
    assert!(
        to.contains("wangfang@example.com") && to.contains("liuyang@example.com"),
        "{to}"
    );
    let history = d.ok(&["history", "work_report", &id.to_string()]);
    assert!(
        history.contains("send") && history.contains("weekly report"),
        "{history}"
    );
    d.ok(&["check"]);
}
