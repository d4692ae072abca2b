//! The last month of the demo desk: incidents in every state and at every escalation level,
//! written through the real commands at the times they would have happened, and the outbox as a
//! console would have left it.

use anyhow::{Context, Result};
use chrono::{DateTime, Duration, Utc};

use super::data::{FAULTS, REPORTERS, Rng};
use crate::domain::incident::{Channel, NewIncident, Severity};
use crate::domain::role::Actor;
use crate::ops::{Call, Desk, duties, engine, incidents, outbox};

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

pub(super) struct Gen<'a> {
    pub(super) desk: &'a mut Desk,
    pub(super) now: DateTime<Utc>,
    pub(super) rng: Rng,
    pub(super) you: String,
}

impl Gen<'_> {
    pub(super) fn actor(&self, login: &str) -> Result<Actor> {
        let login = if login == "you" { self.you.as_str() } else { login };
        self.desk.actor(login)
    }

    pub(super) fn run(&mut self) -> Result<()> {
        self.history()?;
        self.live()?;
        self.changes()?;
        self.runs()?;
        self.requests()?;
        self.support()?;
        self.knowledge()?;
        let (policy, zone, now) = (self.desk.policy.clone(), self.desk.zone(), self.now);
        let you = self.you.clone();
        self.desk.store.write(|tx| engine::tick(tx, &policy, now, &you, zone))?;
        self.outbox()?;
        // E1, E2: plans, drills, and a past major incident's response, written last so that
        // every other record keeps its number.
        self.emergency()?;
        // Q6, Q7: after everything else, for the same reason.
        self.quality()
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
    pub(super) fn early_window(&self, days: i64) -> (DateTime<Utc>, DateTime<Utc>) {
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

    pub(super) fn month_of(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.desk.zone()).format("%Y-%m").to_string()
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
        R7Receipt => "已电话告知申请人受理及完成时限",
        R7Warning => "told the owner and supervisor 张伟 by phone",
        // A request's limits and an account's removal are closed by their records' steps.
        R1Evaluation | R2Done | R3Done | R4Done | R5Opinion | R5Urgent | R3Removal => "done",
        R9Reply => "已邮件答复项目发起人",
        E1Drill | E2Review => "done",
        E1DrillReport | E2Notice | E2Progress | E2AllClear | E2ReviewReport => "短信及邮件通报领导小组",
        Q6Notice => "整改通知已邮件发送责任部门",
        Q1Report => "工作报告已邮件报送经理及领导",
        // The follow-up and the callback are closed by their records' steps.
        Q6FollowUp | Q7Callback => "done",
    }
}
