//! The demo desk's emergencies (E1, E2): two plans (billing's approved, CRM's revised and
//! awaiting approval), a drill held and evaluated and one to come, and a past major incident on
//! billing with its whole response: the leadership group told, progress reports every interval,
//! the stand-down with its all-clear, and the review, each message sent at its moment (to the
//! spool). No response is active: a newcomer declares one.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};

use super::story::Gen;
use crate::domain::emergency::{Declaration, Held, Measure, Member, NewDrill, NewPlan, Review, StandDown};
use crate::domain::incident::{Category, Channel, NewIncident, Severity};
use crate::notify::channels::{Channel as Out, Channels, spool_dir};
use crate::ops::emergency::{self as ops, DrillCmd, PlanCmd, ResponseCmd};
use crate::ops::{Call, cadence, incidents, outbox};

fn member(login: &str, role: &str) -> Member {
    Member {
        login: login.into(),
        name: String::new(),
        role: role.into(),
    }
}

impl Gen<'_> {
    /// The engine and the outbox as a console would have run them at `t`; the drafts of
    /// incident `approve` (its notices, I8) approved by the supervisor and sent then too.
    fn beat_at(&mut self, t: DateTime<Utc>, approve: Option<i64>) -> Result<()> {
        use crate::domain::kind::Kind;
        use crate::domain::message::MessageState;
        let path = self.desk.store.path().to_path_buf();
        let mut channels = Channels::from_config(&self.desk.config, &path)?;
        let spool = Out::Spool(spool_dir(&self.desk.config, &path));
        channels.email = spool.clone();
        channels.sms = spool;
        cadence::engine_beat(self.desk, "zhangwei", t)?;
        let me = self.actor("zhangwei")?;
        outbox::pass(self.desk, &me, &channels, &|| t, 100)?;
        let Some(id) = approve else { return Ok(()) };
        let drafts = outbox::list(self.desk, &[MessageState::Draft], None, 1000)?;
        let mine: Vec<i64> = drafts
            .iter()
            .filter(|r| r.duty.record_kind == Kind::Incident && r.duty.record_id == id)
            .map(|r| r.message.id)
            .collect();
        for m in &mine {
            outbox::approve(self.desk, &Call::new(&me, t), *m)?;
        }
        if !mine.is_empty() {
            outbox::pass(self.desk, &me, &channels, &|| t, 100)?;
        }
        Ok(())
    }

    pub(super) fn emergency(&mut self) -> Result<()> {
        let now = self.now;
        // Every message owed now is written first, as a console's first pass would: the passes
        // at past moments below then write only the response's and the drill's.
        let you = self.actor("you")?;
        while outbox::prepare(self.desk, &you.login, now)?.0 > 0 {}
        let (sup, mgr) = (self.actor("zhangwei")?, self.actor("wangfang")?);
        let written = now - Duration::days(40);
        let billing = NewPlan {
            name: Some("计费系统全省中断应急预案".into()),
            services: Some(vec!["billing".into()]),
            scenarios: Some(vec!["计费主库宕机".into(), "批价进程全部中断".into()]),
            group: Some(vec![
                member("liuyang", "组长"),
                member("wangfang", "副组长"),
                member("zhangwei", "成员"),
                member("chenjing", "成员"),
            ]),
            steps: Some(vec![
                "确认影响范围，宣布重大故障，通报领导小组".into(),
                "切换至备用计费库，暂停批价".into(),
                "每 30 分钟向领导小组报告进展".into(),
                "恢复后核对话单，补批价".into(),
            ]),
            ..NewPlan::default()
        };
        let plan = ops::create_plan(self.desk, &sup, &billing, written)?;
        ops::apply_plan(
            self.desk,
            &Call::new(&mgr, written + Duration::days(2)),
            plan.id,
            &PlanCmd::Approve,
        )?;
        let crm = NewPlan {
            name: Some("CRM 系统故障应急预案".into()),
            services: Some(vec!["crm".into()]),
            scenarios: Some(vec!["CRM 数据库不可用".into()]),
            group: Some(vec![
                member("wangfang", "组长"),
                member("zhangwei", "成员"),
                member("lilei", "成员"),
            ]),
            steps: Some(vec!["切换只读库，营业厅改手工受理".into(), "通报客服中心".into()]),
            report_every_minutes: Some(60),
            ..NewPlan::default()
        };
        let crm = ops::create_plan(self.desk, &sup, &crm, written)?;
        ops::apply_plan(
            self.desk,
            &Call::new(&mgr, written + Duration::days(3)),
            crm.id,
            &PlanCmd::Approve,
        )?;
        let revision = NewPlan {
            steps: Some(vec![
                "切换只读库，营业厅改手工受理".into(),
                "通报客服中心".into(),
                "启用短信网关备用通道".into(),
            ]),
            note: Some("演练后加入短信网关备用通道".into()),
            ..NewPlan::default()
        };
        ops::apply_plan(
            self.desk,
            &Call::new(&sup, now - Duration::days(2)),
            crm.id,
            &PlanCmd::Revise(revision),
        )?;
        self.drills(plan.id, crm.id)?;
        self.past_response(plan.id)
    }

    /// E1: billing's drill held and evaluated three weeks ago; CRM's in ten days.
    fn drills(&mut self, billing: i64, crm: i64) -> Result<()> {
        let (now, sup) = (self.now, self.actor("zhangwei")?);
        let at = now - Duration::days(21);
        let new = NewDrill {
            scenario: "计费主库宕机，切换备用库".into(),
            at,
        };
        let d = ops::schedule_drill(self.desk, &sup, billing, &new, at - Duration::days(7))?.drill;
        let held = Held {
            at: Some(at),
            ended_at: Some(at + Duration::minutes(75)),
            participants: vec!["张伟".into(), "陈静".into(), "李雷".into(), "王芳".into()],
            simulated: String::new(),
            timings: vec![
                "发现到宣布 6 分钟".into(),
                "切换完成 38 分钟".into(),
                "首次进展报告 30 分钟".into(),
            ],
        };
        let after = at + Duration::minutes(90);
        ops::apply_drill(self.desk, &Call::new(&sup, after), d.id, &DrillCmd::Hold(held))?;
        let eval = DrillCmd::Evaluate {
            worked: "备库切换按预案完成，领导小组通报及时".into(),
            failed: "短信网关拥塞，通报短信延迟 12 分钟".into(),
            measures: vec!["短信网关增加备用通道".into(), "预案补充网关故障时的电话通报".into()],
        };
        let later = at + Duration::hours(3);
        ops::apply_drill(self.desk, &Call::new(&sup, later), d.id, &eval)?;
        self.beat_at(later + Duration::minutes(1), None)?;
        let next = NewDrill {
            scenario: "CRM 数据库不可用，营业厅改手工受理".into(),
            at: now + Duration::days(10),
        };
        ops::schedule_drill(self.desk, &sup, crm, &next, now - Duration::days(1))?;
        Ok(())
    }

    /// E2: twelve days ago billing went down for the whole province: declared major, reported
    /// on every 30 minutes, restored, stood down, reviewed the next day.
    fn past_response(&mut self, plan: i64) -> Result<()> {
        let r0 = self.now - Duration::days(12) - Duration::hours(3);
        let at = |m: i64| r0 + Duration::minutes(m);
        let (op, sup) = (self.actor("lilei")?, self.actor("zhangwei")?);
        let new = NewIncident {
            title: "计费系统全省中断".into(),
            service: "billing".into(),
            category: Some(Category::Database),
            channel: Some(Channel::Monitoring),
            severity: Some(Severity::P1),
            reporter: "monitoring".into(),
            description: "计费主库存储故障，全省实时计费中断，话单积压。".into(),
            received_at: Some(r0),
            outage: true,
            ..NewIncident::default()
        };
        let id = incidents::create(self.desk, &op, &new, at(0) + Duration::seconds(20))?
            .incident
            .id;
        incidents::accept(self.desk, &Call::new(&op, at(1)), id, None)?;
        incidents::contact(
            self.desk,
            &Call::new(&op, at(3)),
            id,
            at(3),
            "机房确认主库存储控制器告警",
        )?;
        self.beat_at(at(6), Some(id))?;
        let d = Declaration {
            reason: "全省实时计费中断".into(),
            at: Some(at(8)),
            auto: false,
        };
        let r = ops::declare(self.desk, &Call::new(&sup, at(8)), id, plan, &d)?
            .response
            .id;
        self.beat_at(at(9), Some(id))?;
        let say = ResponseCmd::Say("已切换备用计费库，正在核对积压话单".into());
        ops::apply_response(self.desk, &Call::new(&sup, at(30)), r, &say)?;
        for m in [16, 31, 38, 61, 68] {
            self.beat_at(at(m), Some(id))?;
        }
        incidents::restore(
            self.desk,
            &Call::new(&op, at(70)),
            id,
            at(70),
            Some(true),
            &[],
            "备库接管，计费恢复",
        )?;
        self.beat_at(at(71), Some(id))?;
        let sd = StandDown {
            note: "计费恢复，积压话单补批价完成".into(),
            at: Some(at(85)),
        };
        ops::apply_response(self.desk, &Call::new(&sup, at(86)), r, &ResponseCmd::StandDown(sd))?;
        self.beat_at(at(87), Some(id))?;
        incidents::resolve(
            self.desk,
            &Call::new(&op, at(240)),
            id,
            at(240),
            "主库存储控制器故障，已更换",
            false,
        )?;
        self.beat_at(at(241), Some(id))?;
        let review = Review {
            causes: "主库存储控制器故障，备库切换依赖人工判断".into(),
            missed: "预案未写短信网关拥塞时的通报方式".into(),
            measures: vec![
                Measure {
                    what: "存储控制器冗余改造".into(),
                    owner: "张伟".into(),
                    problem: None,
                    corrective: None,
                },
                Measure {
                    what: "预案补充电话通报领导小组".into(),
                    owner: "王芳".into(),
                    problem: None,
                    corrective: None,
                },
            ],
        };
        let next_day = at(24 * 60);
        ops::apply_response(self.desk, &Call::new(&sup, next_day), r, &ResponseCmd::Review(review))?;
        self.beat_at(next_day + Duration::minutes(1), Some(id))?;
        incidents::verify(
            self.desk,
            &Call::new(&op, next_day + Duration::hours(2)),
            id,
            next_day + Duration::hours(2),
            Some(4),
            "电话回访",
        )?;
        incidents::close(
            self.desk,
            &Call::new(&op, next_day + Duration::hours(3)),
            id,
            next_day + Duration::hours(3),
        )?;
        Ok(())
    }
}
