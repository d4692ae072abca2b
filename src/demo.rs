//! The demo desk: departments, people (you among them), and incidents in every state and at
//! every escalation level, written through the same commands an operator uses, at the times they
//! would have happened, so that histories, duties and countdowns are real.

use std::path::Path;

use anyhow::{Context, Result};
use chrono::{DateTime, Datelike, Duration, Utc};

use crate::config::Config;
use crate::domain::directory::{Contact, DeptKind};
use crate::domain::incident::{Category, Channel, NewIncident, Severity};
use crate::domain::role::{Actor, Role};
use crate::ops::directory::{self, NewDept, NewUser};
use crate::ops::{Call, Desk, duties, engine, incidents, outbox};
use crate::store;

/// A small deterministic generator (SplitMix64): the same seed gives the same desk.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi].
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next_u64() % ((hi - lo + 1) as u64)) as i64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
}

/// Incident text: (title, service, category, description).
pub const FAULTS: &[(&str, &str, Category, &str)] = &[
    (
        "计费系统批价进程超时",
        "billing",
        Category::Application,
        "批价进程处理话单超时，积压约 30 万条，实时计费延迟。",
    ),
    (
        "CRM 工单提交报错 ORA-00060",
        "crm",
        Category::Database,
        "营业员提交工单时提示死锁，部分工单需重复提交。",
    ),
    (
        "短信网关下发积压",
        "sms-gateway",
        Category::Application,
        "SMS gateway queue above 120k messages; delivery delayed.",
    ),
    (
        "Accounts DB tablespace 97% full",
        "accounts",
        Category::Database,
        "Tablespace ACCT_DATA at 97%; month-end growth expected.",
    ),
    (
        "营业厅前台无法打印发票",
        "billing",
        Category::Application,
        "多个营业厅反映发票打印报错，提示模板加载失败。",
    ),
    (
        "核心交换机端口翻动，多个营业厅断网",
        "network",
        Category::Network,
        "Core switch uplink flapping; halls in the east district offline.",
    ),
    (
        "渠道结算文件未按时到达",
        "settlement",
        Category::Other,
        "渠道商结算文件 02:00 未到达 SFTP，结算任务等待中。",
    ),
    (
        "CRM returns 502 after release",
        "crm",
        Category::Application,
        "Load balancer reports 502 from two of four CRM nodes.",
    ),
    (
        "网上营业厅登录缓慢",
        "portal",
        Category::Application,
        "网厅登录平均耗时 12 秒，验证码服务响应慢。",
    ),
    (
        "Billing host disk /var 100%",
        "billing",
        Category::Os,
        "Log rotation failed on bill-app-03; /var full.",
    ),
    (
        "账务系统月结任务中断",
        "accounts",
        Category::Application,
        "月结任务在第 3 步中断，需要人工确认后重跑。",
    ),
    (
        "Oracle RAC node 2 evicted",
        "crm",
        Category::Database,
        "Node 2 evicted by CSS; sessions failed over to node 1.",
    ),
    (
        "防火墙策略变更后代理商无法登录",
        "portal",
        Category::Network,
        "代理商门户访问被拦截，疑似新策略顺序错误。",
    ),
    (
        "NTP drift on settlement servers",
        "settlement",
        Category::Os,
        "Clock drift of 40 s; settlement job timestamps out of order.",
    ),
    (
        "话单采集延迟两小时",
        "billing",
        Category::Application,
        "采集程序从交换机取话单延迟，影响实时余额提醒。",
    ),
];

pub const REPORTERS: &[(&str, &str, &str)] = &[
    ("赵敏", "13900000011", "客户服务中心"),
    ("钱工", "13900000012", "网络运维部"),
    ("Sun Li", "sunli@example.com", "市场经营部"),
    ("周经理", "13900000014", "政企客户部"),
    ("吴会计", "13900000015", "财务部"),
    ("monitoring", "", ""),
];

struct Persona {
    login: String,
    name: String,
    role: Role,
}

/// Write a fresh demo desk at `path`. The current login becomes a person of the desk with `role`.
pub fn write(
    path: &Path,
    config: Config,
    login: &str,
    name: &str,
    role: Role,
    seed: u64,
    now: DateTime<Utc>,
) -> Result<Desk> {
    write_with_past(path, config, login, name, role, seed, now, 0, &mut |_| {})
}

/// [`write`], with `past` more incidents from the years before the last month (the scale
/// generator); `progress` hears how many of those are written.
#[allow(clippy::too_many_arguments)]
pub fn write_with_past(
    path: &Path,
    config: Config,
    login: &str,
    name: &str,
    role: Role,
    seed: u64,
    now: DateTime<Utc>,
    past: usize,
    progress: &mut dyn FnMut(usize),
) -> Result<Desk> {
    let start = now - Duration::days(30);
    // The desk's admin, 赵磊, sets it up (unless that is your own login).
    let admin = if login == "zhaolei" { "admin" } else { "zhaolei" };
    let mut desk = directory::init_file(path, config, admin, "赵磊", "IT管理部", start)?;
    let you = Persona {
        login: login.into(),
        name: name.into(),
        role,
    };
    desk.store.write(|tx| store::set_meta(tx, "demo", "1"))?;
    desk.store.unsafe_fast_writes()?;
    let setup = desk.actor(admin)?;
    people(&mut desk, &setup, &you, start)?;
    if past > 0 {
        crate::demo_scale::grow(&mut desk, past, seed, start, progress)?;
    }
    Gen {
        desk: &mut desk,
        now,
        rng: Rng::new(seed),
        you: you.login.clone(),
    }
    .run()?;
    Ok(desk)
}

/// True when the file at `path` is a demo database (safe to replace). Only reads it.
pub fn is_demo(path: &Path) -> bool {
    crate::store::backup::Source::open(path)
        .and_then(|s| s.meta("demo"))
        .is_ok_and(|v| v.as_deref() == Some("1"))
}

fn people(desk: &mut Desk, setup: &Actor, you: &Persona, at: DateTime<Utc>) -> Result<()> {
    let c = |name: &str, phone: &str, email: &str| Contact {
        name: name.into(),
        phone: phone.into(),
        email: email.into(),
    };
    let depts = [
        (
            "callcentre",
            "客户服务中心",
            c("赵敏", "13900000011", "zhaomin@example.com"),
            c("孙主任", "13900000021", "sun@example.com"),
            c("郑经理", "13900000031", "zheng@example.com"),
            true,
            false,
            10,
        ),
        (
            "netops",
            "网络运维部",
            c("钱工", "13900000012", "qian@example.com"),
            c("冯主任", "13900000022", "feng@example.com"),
            c("陈经理", "13900000032", "chen@example.com"),
            true,
            true,
            20,
        ),
        (
            "marketing",
            "市场经营部",
            c("Sun Li", "13900000013", "sunli@example.com"),
            c("何主任", "13900000023", "he@example.com"),
            c("许经理", "13900000033", "xu@example.com"),
            false,
            false,
            30,
        ),
        (
            "enterprise",
            "政企客户部",
            c("周经理", "13900000014", "zhou@example.com"),
            c("吕主任", "13900000024", "lv@example.com"),
            c("施经理", "13900000034", "shi@example.com"),
            false,
            false,
            40,
        ),
        (
            "finance",
            "财务部",
            c("吴会计", "13900000015", "wu@example.com"),
            c("张主任", "13900000025", "zhangzr@example.com"),
            c("孔经理", "13900000035", "kong@example.com"),
            false,
            true,
            50,
        ),
    ];
    for (code, name, interface, head, manager, front_line, maintenance, relevance) in depts {
        let d = NewDept {
            code: code.into(),
            name: name.into(),
            kind: DeptKind::Business,
            interface,
            head,
            manager,
            front_line,
            maintenance,
            relevance,
        };
        directory::add_dept(desk, setup, &d, at)?;
    }
    let mut staff = vec![
        ("zhangwei", "张伟", Role::Supervisor, "13800000001"),
        ("chenjing", "陈静", Role::Supervisor, "13800000002"),
        ("wangfang", "王芳", Role::Manager, "13800000003"),
        ("liuyang", "刘洋", Role::Leader, "13800000004"),
        ("lilei", "李雷", Role::Operator, "13800000005"),
        ("hanmeimei", "韩梅梅", Role::Operator, "13800000006"),
    ];
    staff.retain(|(login, ..)| *login != you.login && *login != setup.login);
    for (login, name, role, phone) in staff {
        let u = NewUser {
            login: login.into(),
            name: name.into(),
            role,
            dept: "it".into(),
            phone: phone.into(),
            email: format!("{login}@example.com"),
        };
        directory::add_user(desk, setup, &u, at)?;
    }
    let me = NewUser {
        login: you.login.clone(),
        name: you.name.clone(),
        role: you.role,
        dept: "it".into(),
        phone: "13800000000".into(),
        email: String::new(),
    };
    directory::add_user(desk, setup, &me, at)?;
    Ok(())
}

/// A step in an incident's life, `minutes` after it was received.
enum Step {
    Accept(&'static str, i64),
    Contact(i64, &'static str),
    Restore(i64, bool),
    Resolve(i64, &'static str),
    Verify(i64, u8),
    Close(i64),
    Note(i64, &'static str),
    /// Mark every duty raised so far done `minutes` after it was raised, as this person.
    DutiesDone(&'static str, i64),
}

struct Gen<'a> {
    desk: &'a mut Desk,
    now: DateTime<Utc>,
    rng: Rng,
    you: String,
}

impl Gen<'_> {
    fn actor(&self, login: &str) -> Result<Actor> {
        let login = if login == "you" { self.you.as_str() } else { login };
        self.desk.actor(login)
    }

    fn run(&mut self) -> Result<()> {
        self.history()?;
        self.live()?;
        self.changes()?;
        self.runs()?;
        let (policy, zone, now) = (self.desk.policy.clone(), self.desk.zone(), self.now);
        let you = self.you.clone();
        self.desk.store.write(|tx| engine::tick(tx, &policy, now, &you, zone))?;
        self.outbox()
    }

    /// The outbox as a console would have left it: reports sent (to the spool beside the demo
    /// database, never to a real server whatever the config says), notices awaiting review, and
    /// a broadcast SMS the gateway refused.
    fn outbox(&mut self) -> Result<()> {
        use crate::domain::message::{Medium, MessageState};
        use crate::notify::channels::{Channel, Channels, spool_dir};
        let path = self.desk.store.path().to_path_buf();
        let mut channels = Channels::from_config(&self.desk.config, &path)?;
        let spool = Channel::Spool(spool_dir(&self.desk.config, &path));
        channels.email = spool.clone();
        channels.sms = spool;
        let you = self.actor("you")?;
        let now = self.now;
        outbox::pass(self.desk, &you, &channels, &|| now, 1000)?;
        let drafts = outbox::list(self.desk, &[MessageState::Draft], None, 1000)?;
        let Some(sms) = drafts
            .iter()
            .find(|r| r.duty.kind == crate::domain::duty::DutyKind::Broadcast && r.message.medium == Medium::Sms)
        else {
            return Ok(());
        };
        outbox::approve(self.desk, &Call::new(&you, now), sms.message.id)?;
        channels.sms = Channel::Command(crate::config::settings::CommandChannel {
            program: "sh".into(),
            args: vec![
                "-c".into(),
                "echo 'SMS gateway: connection refused (10.1.8.20:7890)' >&2; exit 1".into(),
                "sms-gateway".into(),
            ],
            timeout_seconds: 5,
        });
        let retries = self.desk.config.notify.retry_attempts;
        self.desk.config.notify.retry_attempts = 1;
        let done = outbox::pass(self.desk, &you, &channels, &|| now, 10);
        self.desk.config.notify.retry_attempts = retries;
        done?;
        Ok(())
    }

    /// The early hours (01:00 to 03:00, in the desk's zone) of the day `days` from today.
    fn early_window(&self, days: i64) -> (DateTime<Utc>, DateTime<Utc>) {
        let zone = self.desk.zone();
        let day = self.now.with_timezone(&zone).date_naive() + Duration::days(days);
        let at = |h: u32| {
            let local = day.and_hms_opt(h, 0, 0).unwrap_or_default();
            chrono::TimeZone::from_local_datetime(&zone, &local)
                .earliest()
                .map_or(self.now, |t| t.with_timezone(&Utc))
        };
        (at(1), at(3))
    }

    fn month_of(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.desk.zone()).format("%Y-%m").to_string()
    }

    /// Changes in every state: a draft, one stopped at its gates, one with notices running, one
    /// whose result notice was missed, a complex one owing its summary, and a closed one.
    fn changes(&mut self) -> Result<()> {
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
            delay_reason: "",
            remaining: "对账报表格式待下周调整",
            notes: "",
            channel: "email",
            at: end + Duration::hours(3),
        };
        ch::result(self.desk, &Call::new(&op, end + Duration::hours(3)), c.id, &r)?;
        Ok(())
    }

    /// Billing and settlement runs: last month's billing published; a settlement that was
    /// disputed, rolled back and run again; this month's billing under way, with an anomaly.
    fn runs(&mut self) -> Result<()> {
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

    /// One incident: received `ago` before now, through `steps`.
    fn incident(
        &mut self,
        fault: usize,
        ago: Duration,
        severity: Severity,
        outage: bool,
        steps: &[Step],
    ) -> Result<i64> {
        let (title, service, category, description) = FAULTS[fault % FAULTS.len()];
        let (reporter, contact, dept) = *self.rng.pick(REPORTERS);
        let received = self.now - ago;
        let channel = if reporter == "monitoring" {
            Channel::Monitoring
        } else {
            *self
                .rng
                .pick(&[Channel::Phone, Channel::Email, Channel::Online, Channel::WalkIn])
        };
        let new = NewIncident {
            title: title.into(),
            service: service.into(),
            category: Some(category),
            channel: Some(channel),
            severity: Some(severity),
            reporter: reporter.into(),
            contact: contact.into(),
            dept: dept.into(),
            description: description.into(),
            received_at: Some(received),
            started_at: Some(received - Duration::minutes(self.rng.range(0, 8))),
            restored_at: None,
            outage,
            affected: Vec::new(),
        };
        let desk_op = self.actor(if reporter == "monitoring" { "lilei" } else { "hanmeimei" })?;
        let id = incidents::create(self.desk, &desk_op, &new, received + Duration::seconds(20))?
            .incident
            .id;
        let mut owner = desk_op.clone();
        let mut last = received;
        for step in steps {
            let at = |m: i64| received + Duration::minutes(m);
            let t = match *step {
                Step::Accept(_, m) | Step::Contact(m, _) | Step::Restore(m, _) | Step::Resolve(m, _) => at(m),
                Step::Verify(m, _) | Step::Close(m) | Step::Note(m, _) => at(m),
                Step::DutiesDone(..) => last,
            };
            // As if a tick had run every minute until this step.
            self.advance(id, t)?;
            last = t;
            let later = t + Duration::seconds(30);
            match *step {
                Step::Accept(who, _) => {
                    owner = self.actor(who)?;
                    incidents::accept(self.desk, &Call::new(&owner, later), id, None)?;
                }
                Step::Contact(_, note) => {
                    incidents::contact(self.desk, &Call::new(&owner, later), id, t, note)?;
                }
                Step::Restore(_, outage) => {
                    incidents::restore(
                        self.desk,
                        &Call::new(&owner, later),
                        id,
                        t,
                        outage.then_some(true),
                        &[],
                        "",
                    )?;
                }
                Step::Resolve(_, cause) => {
                    incidents::resolve(self.desk, &Call::new(&owner, later), id, t, cause, false)?;
                }
                Step::Verify(_, score) => {
                    incidents::verify(self.desk, &Call::new(&owner, later), id, t, Some(score), "电话回访")?;
                }
                Step::Close(_) => {
                    incidents::close(self.desk, &Call::new(&owner, later), id, t)?;
                }
                Step::Note(_, text) => {
                    incidents::note(self.desk, &Call::new(&owner, t), id, text)?;
                }
                Step::DutiesDone(who, after) => {
                    let by = self.actor(who)?;
                    let list = crate::store::duties::of_record(
                        self.desk.store.conn(),
                        crate::domain::kind::Kind::Incident,
                        id,
                    )?;
                    for d in list.into_iter().filter(|d| d.done_at.is_none()) {
                        let done = d.raised_at + Duration::minutes(after);
                        if done <= self.now {
                            duties::complete(self.desk, &Call::new(&by, done), d.id, done, how_done(d.kind))?;
                        }
                    }
                }
            }
        }
        Ok(id)
    }

    /// Run the engine at each instant it would have woken, up to `until`.
    fn advance(&mut self, id: i64, until: DateTime<Utc>) -> Result<()> {
        let (policy, zone) = (self.desk.policy.clone(), self.desk.zone());
        loop {
            let conn = self.desk.store.conn();
            let Some(wake) = crate::store::incidents::engine_due_at(conn, id)? else {
                return Ok(());
            };
            if wake > until.min(self.now) {
                return Ok(());
            }
            let inc = crate::store::incidents::get(conn, id)?.context("the demo incident vanished")?;
            self.desk
                .store
                .write(|tx| engine::evaluate(tx, &inc, &policy, wake, "zhangwei", zone))?;
        }
    }

    /// Thirty days of closed incidents, a few with outages.
    fn history(&mut self) -> Result<()> {
        for n in 0..34 {
            let days = 29 - (n * 29 / 34);
            let ago = Duration::days(days) + Duration::minutes(self.rng.range(0, 600));
            let restore = self.rng.range(2, 45);
            let resolve = restore + self.rng.range(30, 600);
            let score = if self.rng.chance(85) {
                self.rng.range(4, 5) as u8
            } else {
                3
            };
            let sev = *self.rng.pick(&[Severity::P2, Severity::P3, Severity::P3, Severity::P4]);
            let fault = self.rng.range(0, FAULTS.len() as i64 - 1) as usize;
            let late = if self.rng.chance(15) { 9 } else { 2 };
            let who = *self.rng.pick(&["lilei", "hanmeimei", "you"]);
            self.incident(
                fault,
                ago,
                sev,
                false,
                &[
                    Step::Accept(who, 1),
                    Step::Contact(2, "已与申告人电话确认现象"),
                    Step::Restore(restore, false),
                    Step::DutiesDone("zhangwei", late),
                    Step::Resolve(resolve, "定位到根因并修复，已观察 30 分钟无复发。"),
                    Step::DutiesDone("you", 60),
                    Step::Verify(resolve + 60, score),
                    Step::Close(resolve + 61),
                ],
            )?;
        }
        // I11: billing suspended twice this month, once for 35 minutes (a single breach) and
        // once for 30, which takes the month over 60.
        for (days, minutes) in [(6, 35), (3, 30)] {
            self.incident(
                0,
                Duration::days(days),
                Severity::P1,
                true,
                &[
                    Step::Accept("lilei", 1),
                    Step::Contact(2, "计费中心确认批价全部停止"),
                    Step::Restore(minutes, true),
                    Step::DutiesDone("zhangwei", 2),
                    Step::Resolve(minutes + 120, "数据库连接池耗尽，已扩容并加监控"),
                    Step::DutiesDone("you", 90),
                    Step::Verify(minutes + 240, 4),
                    Step::Close(minutes + 241),
                ],
            )?;
        }
        Ok(())
    }

    /// Today's desk: every state and level, countdowns running.
    fn live(&mut self) -> Result<()> {
        let m = Duration::minutes;
        // I7: the portal fixed quickly three times in a week.
        for (days, fixed) in [(5, 3), (2, 4)] {
            self.incident(
                8,
                Duration::days(days),
                Severity::P3,
                false,
                &[
                    Step::Accept("hanmeimei", 1),
                    Step::Restore(fixed, false),
                    Step::DutiesDone("hanmeimei", 1),
                    Step::Resolve(fixed + 30, "重启验证码服务"),
                    Step::Verify(fixed + 60, 4),
                    Step::Close(fixed + 61),
                ],
            )?;
        }
        self.incident(
            8,
            m(50),
            Severity::P3,
            false,
            &[
                Step::Accept("hanmeimei", 1),
                Step::Restore(3, false),
                Step::Note(10, "第三次出现，已报主管"),
                Step::DutiesDone("hanmeimei", 4),
            ],
        )?;
        // Not satisfied: reopened ten minutes ago (I12); the ladder counts again from there.
        self.incident(
            9,
            Duration::hours(26),
            Severity::P3,
            false,
            &[
                Step::Accept("lilei", 2),
                Step::Restore(20, false),
                Step::DutiesDone("lilei", 2),
                Step::Resolve(60, "清理日志并修复 logrotate 配置"),
                Step::Verify(26 * 60 - 10, 2),
            ],
        )?;
        // Resolved, verified, waiting to be closed.
        self.incident(
            10,
            Duration::hours(20),
            Severity::P2,
            false,
            &[
                Step::Accept("you", 1),
                Step::Contact(3, "财务部确认月结报表未生成"),
                Step::Restore(25, false),
                Step::DutiesDone("zhangwei", 3),
                Step::Resolve(180, "月结第 3 步脚本参数错误，已修正并重跑"),
                Step::DutiesDone("you", 120),
                Step::Verify(200, 5),
            ],
        )?;
        // Resolved three hours ago: the explanation notice is pending.
        self.incident(
            11,
            Duration::hours(5),
            Severity::P2,
            false,
            &[
                Step::Accept("lilei", 1),
                Step::Restore(12, false),
                Step::DutiesDone("zhangwei", 2),
                Step::Resolve(120, "CSS 心跳网络丢包，已更换交换机端口"),
            ],
        )?;
        // Restored twenty minutes ago; the recovery notice went out.
        self.incident(
            7,
            m(40),
            Severity::P2,
            false,
            &[
                Step::Accept("you", 1),
                Step::Contact(3, "业务侧确认 502 比例约 50%"),
                Step::Restore(20, false),
                Step::DutiesDone("zhangwei", 3),
            ],
        )?;
        // Restored two minutes ago: the recovery-notice countdown runs.
        self.incident(
            12,
            m(9),
            Severity::P3,
            false,
            &[Step::Accept("lilei", 1), Step::Restore(7, false)],
        )?;
        // Open and unrestored, from fresh to past the leader.
        self.incident(8, m(1), Severity::P3, false, &[])?;
        self.incident(1, m(3), Severity::P3, false, &[Step::Accept("lilei", 1)])?;
        self.incident(
            0,
            m(6),
            Severity::P2,
            false,
            &[
                Step::Accept("lilei", 1),
                Step::Contact(2, "计费中心确认批价延迟约 20 分钟"),
            ],
        )?;
        self.incident(2, m(9), Severity::P2, false, &[])?;
        self.incident(
            3,
            m(16),
            Severity::P2,
            false,
            &[
                Step::Accept("hanmeimei", 2),
                Step::Contact(4, "DBA 已在扩容"),
                Step::Note(8, "DBA 正在加数据文件"),
                Step::DutiesDone("zhangwei", 1),
            ],
        )?;
        self.incident(
            4,
            m(24),
            Severity::P2,
            false,
            &[
                Step::Accept("you", 1),
                Step::Note(17, "应用组在查模板服务"),
                Step::DutiesDone("you", 2),
            ],
        )?;
        self.incident(
            5,
            m(31),
            Severity::P1,
            true,
            &[
                Step::Accept("lilei", 1),
                Step::Contact(3, "东区 6 个营业厅确认断网"),
                Step::Note(20, "已联系设备厂商到场"),
                Step::DutiesDone("zhangwei", 1),
            ],
        )?;
        self.incident(
            6,
            m(75),
            Severity::P3,
            false,
            &[
                Step::Accept("zhangwei", 5),
                Step::Note(40, "已联系渠道商重新推送"),
                Step::DutiesDone("zhangwei", 3),
            ],
        )?;
        self.incident(13, m(12), Severity::P4, false, &[Step::Accept("you", 2)])?;
        self.incident(14, m(2), Severity::P3, false, &[])?;
        Ok(())
    }
}

fn how_done(kind: crate::domain::duty::DutyKind) -> &'static str {
    use crate::domain::duty::DutyKind::*;
    match kind {
        ReportSupervisor | ReportRecurrence => "told supervisor 张伟 by phone",
        ReportManager => "told manager 王芳 by phone",
        ReportLeader => "told 刘洋 by phone",
        Broadcast => "SMS to all business departments; e-mail to IT staff",
        RecoveryNotice => "电话通知申告人及受影响部门",
        ExplanationNotice => "故障说明通告已邮件发布",
        C5Maintenance | C5FrontLine | C6Request | C7Notice | C8Result | C9Summary => "e-mail",
        C9Confirmation => "主流程业务确认完毕",
        B5Report => "短信通报部门经理、主管；邮件通报部门全体，抄送部门经理",
        B6Anomaly => "told supervisor 张伟 and manager 王芳 by phone",
    }
}
