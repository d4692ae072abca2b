//! The demo's support centre (R9) and training (R6): contact forms in every state — one just in
//! with its reply clock running, one whose reply was missed, one answered late — an urgent form
//! that jumped the queue, a proposal on its third round, one returned to its author; and last
//! month's training with two people below the target. Written through the real commands at the
//! times they would have happened.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveTime, Utc};

use super::story::Gen;
use crate::domain::calendar::Calendar;
use crate::domain::request::{Approval, FormChannel};
use crate::domain::support::{NewForm, NewUrgent, ProjectType, ReplyChannel, ReviewVerdict};
use crate::domain::training::{Month, NewTraining, TrainingKind};
use crate::ops::Call;
use crate::ops::support::{self as ops, Cmd};

/// A training record of the demo: who, the day of the month, hours, topic, and for a session the
/// department trained and how many attended.
type Planned = (&'static str, u32, f64, &'static str, Option<(&'static str, i64)>);

impl Gen<'_> {
    /// The `n`th working day before today at `h:m`, never later than ten minutes ago.
    fn support_day(&self, n: i64, h: u32, m: u32) -> DateTime<Utc> {
        let cal = Calendar::from_config(&self.desk.config);
        let today = cal.date_of(self.now);
        let day = if n == 0 { today } else { cal.add_working_days(today, -n) };
        let at = cal.at(day, NaiveTime::from_hms_opt(h, m, 0).unwrap_or(cal.day_start));
        at.min(self.now - Duration::minutes(10))
    }

    /// A form of `dept`'s `initiator` for `project`, received at `at`, approved an hour before.
    fn contact_form(&mut self, project: &str, client: &str, types: &[ProjectType], at: DateTime<Utc>) -> Result<i64> {
        let approvals = self
            .desk
            .config
            .support
            .approvals
            .iter()
            .map(|role| Approval {
                role: role.clone(),
                by: if role == "marketing" { "许经理" } else { "刘洋" }.into(),
                at: at - Duration::hours(1),
            })
            .collect();
        let new = NewForm {
            project_name: project.into(),
            client: client.into(),
            owner_party: format!("{client}信息中心"),
            types: types.to_vec(),
            support: "按甲方要求出具技术方案，配合投标答疑".into(),
            material: "招标文件、现网拓扑".into(),
            needs: "需要胶片版汇报材料".into(),
            initiator: "周经理".into(),
            dept: "enterprise".into(),
            contact: "zhou@example.com".into(),
            channel: Some(FormChannel::Oa),
            form_no: format!("OA-LXD-{}", at.timestamp() % 100_000),
            approvals,
            received_at: Some(at),
            ..NewForm::default()
        };
        let actor = self.actor("lilei")?;
        Ok(
            ops::create(self.desk, &actor, &new, (at + Duration::minutes(2)).min(self.now))?
                .form
                .id,
        )
    }

    /// One step of form `id` by `who` at `at`.
    fn step_form(&mut self, who: &str, id: i64, at: DateTime<Utc>, cmd: Cmd) -> Result<()> {
        let actor = self.actor(who)?;
        ops::apply(self.desk, &Call::new(&actor, at), id, &cmd)?;
        Ok(())
    }

    fn reply_form(&mut self, id: i64, at: DateTime<Utc>, channel: ReplyChannel) -> Result<()> {
        let text = "联系单已收到，已列入台账，工作计划另行邮件告知".to_string();
        self.step_form("lilei", id, at, Cmd::Reply { channel, text, at })
    }

    fn accept_form(&mut self, id: i64, at: DateTime<Utc>) -> Result<()> {
        let plan = "三个工作日内出初稿，按台账顺序推进".to_string();
        self.step_form("lilei", id, at, Cmd::Accept { plan, at })
    }

    /// A round of form `id`'s proposal by `author`, and the leaders' verdict an hour later.
    fn round(
        &mut self,
        id: i64,
        author: &str,
        at: DateTime<Utc>,
        verdict: Option<(ReviewVerdict, &str)>,
    ) -> Result<()> {
        let note = "方案（修订版）".to_string();
        self.step_form(author, id, at, Cmd::Proposal { note, at })?;
        if let Some((verdict, comments)) = verdict {
            let at = at + Duration::hours(1);
            let cmd = Cmd::Review {
                verdict,
                reviewer: "刘洋".into(),
                comments: comments.into(),
                at,
            };
            self.step_form(author, id, at, cmd)?;
        }
        Ok(())
    }

    pub(super) fn support(&mut self) -> Result<()> {
        use ProjectType::{Full, Guidance, Standard};
        // Passed and closed, a fortnight ago.
        let done = self.contact_form("智慧党建平台", "市委组织部", &[Full], self.support_day(14, 10, 0))?;
        self.reply_form(done, self.support_day(14, 10, 20), ReplyChannel::Email)?;
        self.accept_form(done, self.support_day(14, 11, 0))?;
        self.round(
            done,
            "lilei",
            self.support_day(12, 10, 0),
            Some((ReviewVerdict::Passed, "")),
        )?;
        self.step_form(
            "lilei",
            done,
            self.support_day(11, 9, 30),
            Cmd::Close {
                reason: String::new(),
                at: self.support_day(11, 9, 30),
            },
        )?;
        // A proposal on its third round, with the leaders now.
        let third = self.contact_form(
            "智慧园区综合信息化",
            "高新区管委会",
            &[Full],
            self.support_day(12, 10, 0),
        )?;
        self.reply_form(third, self.support_day(12, 10, 30), ReplyChannel::Email)?;
        self.accept_form(third, self.support_day(12, 11, 0))?;
        self.step_form(
            "lilei",
            third,
            self.support_day(11, 9, 0),
            Cmd::Number("XM-2026-031".into()),
        )?;
        self.round(
            third,
            "lilei",
            self.support_day(9, 10, 0),
            Some((ReviewVerdict::Returned, "补充投资估算与分期建设计划")),
        )?;
        self.round(
            third,
            "lilei",
            self.support_day(6, 10, 0),
            Some((ReviewVerdict::Returned, "网络架构需与甲方现网对齐")),
        )?;
        self.round(third, "lilei", self.support_day(2, 15, 0), None)?;
        // Passed, waiting to be closed.
        let passed = self.contact_form("平安社区视频监控", "区政法委", &[Standard], self.support_day(10, 14, 0))?;
        self.reply_form(passed, self.support_day(10, 14, 20), ReplyChannel::Im)?;
        self.accept_form(passed, self.support_day(10, 15, 0))?;
        self.round(
            passed,
            "hanmeimei",
            self.support_day(7, 10, 0),
            Some((ReviewVerdict::Passed, "")),
        )?;
        // Answered late, queued.
        let late = self.contact_form("政务云迁移咨询", "区大数据局", &[Guidance], self.support_day(9, 9, 30))?;
        self.reply_form(late, self.support_day(9, 11, 5), ReplyChannel::Oa)?;
        self.accept_form(late, self.support_day(9, 11, 30))?;
        // Returned to its author, the revision owed.
        let back = self.contact_form(
            "智慧校园一卡通",
            "市第一中学",
            &[Standard, Guidance],
            self.support_day(8, 10, 0),
        )?;
        self.reply_form(back, self.support_day(8, 10, 15), ReplyChannel::Email)?;
        self.accept_form(back, self.support_day(8, 10, 40))?;
        self.round(
            back,
            "hanmeimei",
            self.support_day(4, 10, 0),
            Some((ReviewVerdict::Returned, "补充一卡通与门禁对接说明")),
        )?;
        // Withdrawn by the initiator: closed unfinished by a supervisor.
        let gone = self.contact_form("景区票务系统", "文旅集团", &[Full], self.support_day(7, 16, 0))?;
        self.reply_form(gone, self.support_day(7, 16, 30), ReplyChannel::Email)?;
        self.accept_form(gone, self.support_day(7, 17, 0))?;
        let at = self.support_day(5, 9, 0);
        self.step_form(
            "zhangwei",
            gone,
            at,
            Cmd::Close {
                reason: "甲方取消项目，发起人撤回联系单".into(),
                at,
            },
        )?;
        // The urgent one: came last, jumped the queue with the general manager's approval.
        let urgent = self.contact_form("医院 HIS 升级方案", "市人民医院", &[Full], self.support_day(5, 14, 0))?;
        self.reply_form(urgent, self.support_day(5, 14, 30), ReplyChannel::Email)?;
        self.accept_form(urgent, self.support_day(5, 15, 0))?;
        let at = self.support_day(3, 9, 30);
        let u = NewUrgent {
            reason: "甲方评审会提前至本周五，需优先出方案".into(),
            approved_by: "王总经理".into(),
            approved_at: Some(self.support_day(3, 9, 0)),
            form_no: "JJ-2026-007".into(),
            at: Some(at),
        };
        self.step_form("lilei", urgent, at, Cmd::Urgent(u))?;
        // Not answered: its reply was missed.
        self.contact_form(
            "智慧交通信号优化",
            "市交警支队",
            &[Standard],
            self.support_day(1, 10, 0),
        )?;
        // Just in: its reply clock runs.
        self.contact_form(
            "工业互联网平台",
            "开发区管委会",
            &[Full, Standard],
            self.now - Duration::minutes(20),
        )?;
        self.training()
    }

    /// Last month's training: the staff's own hours and sessions for other departments, two of
    /// them below the target; a little of this month's so far.
    fn training(&mut self) -> Result<()> {
        let cal = Calendar::from_config(&self.desk.config);
        let today = cal.date_of(self.now);
        let last = Month::of(today).previous();
        let admin = if self.you == "zhaolei" { "admin" } else { "zhaolei" };
        let recorder = self.actor(admin)?;
        let you = self.you.clone();
        // (login, day of the month, hours, topic, session for a department)
        let plan: &[Planned] = &[
            ("lilei", 4, 4.0, "Oracle 数据库巡检规范", None),
            ("lilei", 12, 4.0, "计费系统新版本操作", None),
            ("lilei", 19, 4.0, "故障申告与处理流程", Some(("callcentre", 18))),
            ("zhangwei", 6, 6.0, "ITIL 变更管理", None),
            ("zhangwei", 20, 4.0, "应急预案演练复盘", None),
            ("hanmeimei", 5, 4.5, "网络基础与排障", None),
            ("hanmeimei", 18, 2.0, "计费系统新版本操作", None),
            ("hanmeimei", 25, 2.0, "自助缴费渠道说明", Some(("marketing", 12))),
            ("chenjing", 10, 4.0, "Linux 系统安全加固", None),
            ("chenjing", 24, 2.0, "客户信息保密制度", None),
            ("you", 11, 6.0, "出账结算检查清单", None),
            ("you", 26, 4.5, "知识库案例编写", None),
        ];
        for (login, day, hours, topic, session) in plan {
            let login = if *login == "you" { you.as_str() } else { login };
            // A person the demo's directory does not have (you took their place) is left out.
            if crate::store::users::by_login(self.desk.store.conn(), login)?.is_none() {
                continue;
            }
            let Some(on) = last.first().checked_add_days(chrono::Days::new(u64::from(day - 1))) else {
                continue;
            };
            let new = NewTraining {
                kind: Some(if session.is_some() {
                    TrainingKind::Session
                } else {
                    TrainingKind::Own
                }),
                person: login.to_string(),
                topic: topic.to_string(),
                on: Some(on),
                hours: *hours,
                dept: session.map(|s| s.0.to_string()).unwrap_or_default(),
                attendees: session.map_or(0, |s| s.1),
                note: String::new(),
            };
            let at = cal.at(on, cal.day_end).min(self.now);
            crate::ops::training::add(self.desk, &recorder, &new, at)?;
        }
        // This month so far: one session on its first day, when it has passed.
        if today > Month::of(today).first() {
            let new = NewTraining {
                kind: Some(TrainingKind::Own),
                person: "lilei".into(),
                topic: "新员工入职培训（讲师）".into(),
                on: Some(Month::of(today).first()),
                hours: 2.0,
                ..NewTraining::default()
            };
            if crate::store::users::by_login(self.desk.store.conn(), "lilei")?.is_some() {
                crate::ops::training::add(self.desk, &recorder, &new, self.now)?;
            }
        }
        Ok(())
    }
}
