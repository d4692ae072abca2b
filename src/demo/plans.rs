//! The demo month's system changes and billing runs, each at a different point of its life.

use anyhow::Result;
use chrono::{DateTime, Datelike, Duration, Utc};

use super::story::Gen;
use crate::ops::{Call, Desk, duties};

impl Gen<'_> {
    /// Changes in every state: a draft, one stopped at its gates, one with notices running, one
    /// whose result notice was missed, a complex one owing its summary, and a closed one.
    pub(super) fn changes(&mut self) -> Result<()> {
        use crate::domain::change::{NewChange, Outcome};
        use crate::ops::changes::{self as ch, Notice, ResultNotice};
        let op = self.actor("lilei")?;
        let manager = self.actor("wangfang")?;
        let now = self.now;
        let new = |title: &str, systems: &[&str], month: String, user_affecting: bool, complex: bool| NewChange {
            title: title.into(),
            systems: systems.iter().map(|s| s.to_string()).collect(),
            description: "按月度变更计划实施。".into(),
            planned_month: month,
            user_affecting,
            complex,
            scope: "全网用户".into(),
            impact_duration: "约 2 小时".into(),
            operator: "李雷".into(),
            it_contact: "张伟 13800000001".into(),
            notes: "请一线部门提前告知用户".into(),
            departments: vec!["callcentre".into(), "marketing".into(), "enterprise".into()],
            ..Default::default()
        };
        let ago = |d: i64| now - Duration::days(d);
        // A draft, no window yet.
        let this_month = self.month_of(now);
        ch::create(
            self.desk,
            &op,
            &new("CRM 报表模块优化", &["crm"], this_month.clone(), false, false),
            ago(3),
        )?;
        // Planned, not yet confirmed in test: its gates say so.
        let w = self.early_window(12);
        let c = ch::create(
            self.desk,
            &op,
            &new("账务系统索引重建", &["accounts"], self.month_of(w.0), true, false),
            ago(4),
        )?;
        ch::plan(self.desk, &Call::new(&op, ago(4)), c.id, w, None)?;
        // Scheduled three weeks out: C5 and C7 notices counting down.
        let w = self.early_window(21);
        let c = ch::create(
            self.desk,
            &op,
            &new(
                "计费系统版本升级 V8.2",
                &["billing", "crm"],
                self.month_of(w.0),
                true,
                true,
            ),
            ago(6),
        )?;
        ch::plan(self.desk, &Call::new(&op, ago(6)), c.id, w, None)?;
        ch::confirm_test(
            self.desk,
            &Call::new(&op, ago(2)),
            c.id,
            "市场经营部 Sun Li、客户服务中心 赵敏",
            ago(2),
        )?;
        ch::schedule(self.desk, &Call::new(&op, ago(2)), c.id, None)?;
        ch::notify(
            self.desk,
            &Call::new(&op, ago(1)),
            c.id,
            Notice::C5FrontLine,
            "email",
            ago(1),
        )?;
        // Done last night; its result notice was due by 12 hours after and has not gone out.
        let w = self.early_window(-1);
        let c = ch::create(
            self.desk,
            &op,
            &new("短信网关扩容", &["sms-gateway"], self.month_of(w.0), true, false),
            ago(12),
        )?;
        ch::plan(self.desk, &Call::new(&op, ago(12)), c.id, w, None)?;
        ch::confirm_test(self.desk, &Call::new(&op, ago(10)), c.id, "客户服务中心 赵敏", ago(10))?;
        ch::schedule(self.desk, &Call::new(&op, ago(9)), c.id, None)?;
        for n in [Notice::C5, Notice::C5FrontLine] {
            ch::notify(self.desk, &Call::new(&op, ago(8)), c.id, n, "email", ago(8))?;
        }
        let notice_at = w.0 - Duration::hours(10);
        ch::notify(
            self.desk,
            &Call::new(&op, notice_at),
            c.id,
            Notice::C7,
            "email",
            notice_at,
        )?;
        ch::start(self.desk, &Call::new(&op, w.0), c.id, w.0, None)?;
        let end = w.0 + Duration::minutes(90);
        ch::finish(self.desk, &Call::new(&op, end), c.id, end, Outcome::Succeeded, "")?;
        // A complex change done two days ago: the result is out, the summary report is owed.
        let w = self.early_window(-2);
        let c = ch::create(
            self.desk,
            &op,
            &new("结算系统迁移至新集群", &["settlement"], self.month_of(w.0), false, true),
            ago(15),
        )?;
        ch::plan(self.desk, &Call::new(&op, ago(15)), c.id, w, None)?;
        ch::confirm_test(self.desk, &Call::new(&op, ago(12)), c.id, "财务部 吴会计", ago(12))?;
        ch::schedule(self.desk, &Call::new(&manager, ago(11)), c.id, None)?;
        ch::notify(self.desk, &Call::new(&op, ago(4)), c.id, Notice::C7, "email", ago(4))?;
        ch::start(self.desk, &Call::new(&op, w.0), c.id, w.0, None)?;
        let end = w.0 + Duration::hours(2);
        ch::finish(self.desk, &Call::new(&op, end), c.id, end, Outcome::Succeeded, "")?;
        let r = ResultNotice {
            on_time: true,
            delay_reason: String::new(),
            remaining: "对账报表格式待下周调整".into(),
            notes: String::new(),
            channel: "email".into(),
            at: end + Duration::hours(3),
        };
        ch::result(self.desk, &Call::new(&op, end + Duration::hours(3)), c.id, &r)?;
        Ok(())
    }

    /// Billing and settlement runs: last month's billing published; a settlement that was
    /// disputed, rolled back and run again; this month's billing under way, with an anomaly.
    pub(super) fn runs(&mut self) -> Result<()> {
        use crate::domain::billing::{CheckResult, Effect, RunKind, Verdict};
        use crate::ops::billing as b;
        let zone = self.desk.zone();
        let (li, han, boss) = (self.actor("lilei")?, self.actor("hanmeimei")?, self.actor("zhangwei")?);
        let now = self.now;
        let this = now.with_timezone(&zone).date_naive();
        let first = this.with_day(1).unwrap_or(this);
        let last_month = first.pred_opt().unwrap_or(first).format("%Y-%m").to_string();
        let this_month = this.format("%Y-%m").to_string();
        // Never in the future.
        let at = |t: DateTime<Utc>| t.min(now - Duration::minutes(30));
        // Plausible figures for the default lists: what came in, what went out, small differences.
        let figures = |c: &crate::domain::billing::Check, n: u64| -> std::collections::BTreeMap<String, String> {
            c.figure_names
                .iter()
                .map(|f| {
                    let v = match f.as_str() {
                        "files_expected" | "files_collected" => "1440".to_string(),
                        "rows_in" | "rows" => format!("{}", 18_204_311 + n * 7),
                        "rows_out" => format!("{}", 18_204_297 + n * 7),
                        "rows_rejected" => "14".to_string(),
                        "sampled" => "2000".to_string(),
                        "mismatches" | "difference" => "0".to_string(),
                        "amount" => format!("{}.00", 48_213_506 + n * 1_000),
                        "last_month_amount" => "47902118.00".to_string(),
                        "difference_pct" => "0.65".to_string(),
                        "arrears_users" => "3127".to_string(),
                        "balance_total" => "9114280.50".to_string(),
                        "reports" => "12".to_string(),
                        "partners" => "86".to_string(),
                        _ => format!("{n}"),
                    };
                    (f.clone(), v)
                })
                .collect()
        };
        // Perform and review every item of the current attempt of run `id`, starting at `t`.
        let check_all = |desk: &mut Desk, id: i64, t: DateTime<Utc>, review: bool| -> Result<()> {
            let checks = b::show(desk, id)?.checks;
            for (n, c) in checks.iter().enumerate() {
                let when = at(t + Duration::minutes(20 * n as i64));
                b::check(
                    desk,
                    &Call::new(&li, when),
                    id,
                    &c.key,
                    CheckResult::Ok,
                    &figures(c, n as u64 + 1),
                    "",
                )?;
                if review {
                    b::review(
                        desk,
                        &Call::new(&han, at(when + Duration::minutes(10))),
                        id,
                        &c.key,
                        Verdict::Ok,
                        "",
                    )?;
                }
            }
            Ok(())
        };
        // Last month's billing: checked, reviewed, confirmed and published before its deadline.
        let run = b::create(
            self.desk,
            &li,
            RunKind::Billing,
            &last_month,
            Some("lilei"),
            at(first.and_hms_opt(0, 0, 0).map_or(now, |d| d.and_utc()) - Duration::days(2)),
        )?;
        let t = at(run.deadline - Duration::hours(20));
        check_all(self.desk, run.id, t, true)?;
        b::submit(self.desk, &Call::new(&li, at(t + Duration::hours(3))), run.id)?;
        b::confirm(self.desk, &Call::new(&boss, at(t + Duration::hours(4))), run.id)?;
        // Its B5 report went out once it was published, before the deadline.
        for d in b::show(self.desk, run.id)?.duties {
            let sent = at(t + Duration::hours(4) + Duration::minutes(10));
            duties::complete(self.desk, &Call::new(&li, sent), d.id, sent, "短信+邮件已发送")?;
        }
        // Last month's settlement with agents: questioned, rolled back and run again.
        let run = b::create(
            self.desk,
            &li,
            RunKind::Agents,
            &last_month,
            Some("lilei"),
            at(run.deadline),
        )?;
        let t = at(run.deadline - Duration::days(4));
        check_all(self.desk, run.id, t, true)?;
        b::submit(self.desk, &Call::new(&li, at(t + Duration::hours(3))), run.id)?;
        b::dispute(
            self.desk,
            &Call::new(&boss, at(t + Duration::hours(4))),
            run.id,
            "代理商佣金总额比上月高 38%，请核实分成比例",
        )?;
        b::rollback(
            self.desk,
            &Call::new(&li, at(t + Duration::hours(6))),
            run.id,
            "新代理商分成比例配置错误，回退后重算",
        )?;
        b::retry(self.desk, &Call::new(&li, at(t + Duration::hours(7))), run.id)?;
        check_all(self.desk, run.id, t + Duration::hours(8), false)?;
        // This month's billing: under way, two items done, one anomaly.
        let run = b::create(
            self.desk,
            &li,
            RunKind::Billing,
            &this_month,
            Some("lilei"),
            at(now - Duration::hours(5)),
        )?;
        let checks = b::show(self.desk, run.id)?.checks;
        for (n, c) in checks.iter().take(2).enumerate() {
            let when = at(now - Duration::hours(4) + Duration::minutes(15 * n as i64));
            b::check(
                self.desk,
                &Call::new(&li, when),
                run.id,
                &c.key,
                CheckResult::Ok,
                &figures(c, 9),
                "",
            )?;
        }
        let when = at(now - Duration::hours(2));
        b::review(
            self.desk,
            &Call::new(&han, when),
            run.id,
            &checks[0].key,
            Verdict::Ok,
            "",
        )?;
        let when = at(now - Duration::hours(1));
        b::anomaly(
            self.desk,
            &Call::new(&li, when),
            run.id,
            "3 个交换机话单文件延迟到达，批价推迟约 1 小时",
            Effect::Deadline,
            Some("电话告知张伟、王芳"),
        )?;
        Ok(())
    }
}
