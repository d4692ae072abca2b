//! The demo month's service requests (R1–R5, R7, R8): every sub-kind in every state it can be
//! in, some late, some paused, an extraction the president approved, and a person who left with
//! accounts still to remove. Written through the real commands at the working-day times they
//! would have happened, so that clocks, duties and histories are real.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveTime, Utc};

use super::story::Gen;
use crate::domain::account::PersonAction;
use crate::domain::calendar::Calendar;
use crate::domain::duty::DutyKind;
use crate::domain::kind::Kind;
use crate::domain::request::{AccountAction, Approval, Delivery, FormChannel, NewRequest, RequestKind};
use crate::ops::requests::{self as req, Cmd};
use crate::ops::{Call, duties};

/// A form as the demo's departments send them.
fn form(kind: RequestKind, title: &str, dept: &str, requester: &str, contact: &str, form_no: &str) -> NewRequest {
    NewRequest {
        kind: Some(kind),
        title: title.into(),
        dept: dept.into(),
        requester: requester.into(),
        contact: contact.into(),
        channel: Some(if form_no.is_empty() {
            FormChannel::Email
        } else {
            FormChannel::Oa
        }),
        form_no: form_no.into(),
        ..NewRequest::default()
    }
}

fn approval(role: &str, by: &str, at: DateTime<Utc>) -> Approval {
    Approval {
        role: role.into(),
        by: by.into(),
        at,
    }
}

/// R3: an account for 张三 of the enterprise department.
fn account(title: &str, system: &str, action: AccountAction, person: (&str, &str), form_no: &str) -> NewRequest {
    NewRequest {
        action: Some(action),
        system: system.into(),
        account: format!("{}01", person.0),
        person: person.0.into(),
        person_name: person.1.into(),
        permission: if action == AccountAction::Remove {
            String::new()
        } else {
            "业务查询、工单处理".into()
        },
        ..form(
            RequestKind::Account,
            title,
            "enterprise",
            "周经理",
            "zhou@example.com",
            form_no,
        )
    }
}

impl Gen<'_> {
    /// The `n`th working day before today (0: today) at `h:m` in the desk's zone, never later
    /// than a minute ago.
    fn wd(&self, n: i64, h: u32, m: u32) -> DateTime<Utc> {
        let cal = Calendar::from_config(&self.desk.config);
        let today = cal.date_of(self.now);
        let day = if n == 0 { today } else { cal.add_working_days(today, -n) };
        let at = cal.at(day, NaiveTime::from_hms_opt(h, m, 0).unwrap_or(cal.day_start));
        at.min(self.now - Duration::minutes(10))
    }

    /// Record `new`, received at `at`, by `who`.
    fn form_in(&mut self, who: &str, mut new: NewRequest, at: DateTime<Utc>) -> Result<i64> {
        new.received_at = Some(at);
        let actor = self.actor(who)?;
        let recorded = (at + Duration::minutes(2)).min(self.now);
        Ok(req::create(self.desk, &actor, &new, recorded)?.request.id)
    }

    /// One step of request `id` by `who` at `at`.
    fn act(&mut self, who: &str, id: i64, at: DateTime<Utc>, cmd: Cmd) -> Result<()> {
        let actor = self.actor(who)?;
        req::apply(self.desk, &Call::new(&actor, at), id, &cmd)?;
        Ok(())
    }

    /// Request `id` delivered by lilei at `at`, with nothing more to say.
    fn delivered(&mut self, id: i64, at: DateTime<Utc>) -> Result<()> {
        let delivery = Delivery::default();
        self.act("lilei", id, at, Cmd::Deliver { delivery, at })
    }

    /// What the desk did beside opsdesk for request `id`: receipts already due went by the OA's
    /// own reply, and the warnings of limits already past were phoned.
    fn tidy(&mut self, id: i64) -> Result<()> {
        let by = self.actor("lilei")?;
        let list = crate::store::duties::of_record(self.desk.store.conn(), Kind::Request, id)?;
        for d in list.into_iter().filter(|d| d.done_at.is_none()) {
            let (done, how) = match d.kind {
                DutyKind::R7Receipt if d.due_at < self.now => {
                    (d.raised_at + Duration::minutes(5), "已通过 OA 回复申请人受理及完成时限")
                }
                DutyKind::R7Warning if d.due_at < self.now => (d.due_at, "电话提醒负责人及主管张伟"),
                _ => continue,
            };
            duties::complete(self.desk, &Call::new(&by, done), d.id, done, how)?;
        }
        Ok(())
    }

    pub(super) fn requests(&mut self) -> Result<()> {
        self.products()?;
        self.accounts()?;
        self.extractions()?;
        self.requirements()?;
        self.processing()
    }

    /// R2: awaiting the marketing manager, just received, late, running, delivered, withdrawn.
    fn products(&mut self) -> Result<()> {
        let k = RequestKind::Product;
        let mut n = form(
            k,
            "新增 5G 畅享流量包",
            "marketing",
            "孙丽",
            "sunli@example.com",
            "OA-PR-0311",
        );
        n.approvals = vec![approval("dept_manager", "许经理", self.wd(2, 15, 0))];
        let id = self.form_in("hanmeimei", n, self.wd(1, 10, 0))?;
        self.tidy(id)?;
        // Two days in the requesting department's approvals, not counted; at IT this morning.
        let mut n = form(
            k,
            "校园套餐资费调整",
            "marketing",
            "孙丽",
            "sunli@example.com",
            "OA-PR-0318",
        );
        n.filed_at = Some(self.wd(2, 9, 30));
        n.approvals = vec![
            approval("dept_manager", "许经理", self.wd(1, 11, 0)),
            approval("marketing_manager", "何主任", self.wd(0, 9, 0)),
        ];
        let id = self.form_in("hanmeimei", n, self.wd(0, 9, 10))?;
        self.tidy(id)?;
        let chain = |g: &Gen, d: i64| {
            vec![
                approval("dept_manager", "许经理", g.wd(d, 9, 0)),
                approval("marketing_manager", "何主任", g.wd(d, 9, 30)),
            ]
        };
        // Late: accepted six working days ago, not done.
        let mut n = form(
            k,
            "宽带续约优惠配置",
            "marketing",
            "孙丽",
            "sunli@example.com",
            "OA-PR-0290",
        );
        n.approvals = chain(self, 6);
        let id = self.form_in("lilei", n, self.wd(6, 14, 0))?;
        self.act("lilei", id, self.wd(6, 14, 30), Cmd::Accept { to: None, at: None })?;
        self.tidy(id)?;
        // Running.
        let mut n = form(k, "家庭融合套餐上架", "marketing", "孙丽", "13900000013", "OA-PR-0315");
        n.approvals = chain(self, 1);
        let id = self.form_in("hanmeimei", n, self.wd(1, 15, 0))?;
        self.act("hanmeimei", id, self.wd(1, 15, 20), Cmd::Accept { to: None, at: None })?;
        self.tidy(id)?;
        // Delivered in time, closed.
        let mut n = form(
            k,
            "国际漫游包上架",
            "marketing",
            "孙丽",
            "sunli@example.com",
            "OA-PR-0262",
        );
        n.approvals = chain(self, 8);
        let id = self.form_in("lilei", n, self.wd(8, 10, 0))?;
        self.act("lilei", id, self.wd(8, 10, 30), Cmd::Accept { to: None, at: None })?;
        let delivery = Delivery {
            note: "产品已配置上线，已邮件反馈申请人".into(),
            ..Delivery::default()
        };
        self.act(
            "lilei",
            id,
            self.wd(6, 16, 0),
            Cmd::Deliver {
                delivery,
                at: self.wd(6, 16, 0),
            },
        )?;
        let close = Cmd::Close {
            reason: String::new(),
            at: self.wd(5, 9, 0),
        };
        self.act("lilei", id, self.wd(5, 9, 0), close)?;
        self.tidy(id)?;
        // Delivered yesterday, not closed yet.
        let mut n = form(
            k,
            "流量结转规则配置",
            "marketing",
            "孙丽",
            "sunli@example.com",
            "OA-PR-0309",
        );
        n.approvals = chain(self, 3);
        let id = self.form_in("lilei", n, self.wd(3, 15, 0))?;
        self.act("lilei", id, self.wd(3, 15, 30), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(1, 11, 0);
        self.delivered(id, at)?;
        self.tidy(id)?;
        // Withdrawn by the requester: closed unfinished by a supervisor.
        let mut n = form(
            k,
            "老用户回馈活动",
            "marketing",
            "孙丽",
            "sunli@example.com",
            "OA-PR-0301",
        );
        n.approvals = chain(self, 4);
        let id = self.form_in("lilei", n, self.wd(4, 11, 0))?;
        self.act("lilei", id, self.wd(4, 11, 30), Cmd::Accept { to: None, at: None })?;
        let close = Cmd::Close {
            reason: "申请部门撤回（活动取消）".into(),
            at: self.wd(3, 10, 0),
        };
        self.act("zhangwei", id, self.wd(3, 10, 0), close)?;
        self.tidy(id)
    }

    /// R3: 张三's three accounts granted, then his departure (two still to remove); one waiting
    /// for the leader in charge from intake, one escalated after its clock started, one new,
    /// one late.
    fn accounts(&mut self) -> Result<()> {
        let zs = ("zhangsan", "张三");
        let chain = |g: &Gen, d: i64| {
            vec![
                approval("dept_manager", "施经理", g.wd(d, 9, 0)),
                approval("business_management", "业务管理部 王科长", g.wd(d, 9, 20)),
            ]
        };
        for (i, (system, form_no)) in [
            ("billing", "OA-AC-0201"),
            ("crm", "OA-AC-0202"),
            ("report", "OA-AC-0203"),
        ]
        .into_iter()
        .enumerate()
        {
            let m = 10 * i as u32;
            let mut n = account(
                &format!("张三开通 {system} 帐号"),
                system,
                AccountAction::New,
                zs,
                form_no,
            );
            n.approvals = chain(self, 10);
            let id = self.form_in("lilei", n, self.wd(10, 10, m))?;
            self.act("lilei", id, self.wd(10, 10, m + 5), Cmd::Accept { to: None, at: None })?;
            let delivery = Delivery {
                note: "帐号已开通，初始密码已短信发送".into(),
                ..Delivery::default()
            };
            let at = self.wd(10, 15, m);
            self.act("lilei", id, at, Cmd::Deliver { delivery, at })?;
            if i < 2 {
                let at = self.wd(9, 9, m);
                self.act(
                    "lilei",
                    id,
                    at,
                    Cmd::Close {
                        reason: String::new(),
                        at,
                    },
                )?;
            }
            self.tidy(id)?;
        }
        // Beyond the business department's authority from the start: no clock until the leader.
        let mut n = account(
            "开通全量客户资料查询权限",
            "crm",
            AccountAction::New,
            ("wangwu", "王五"),
            "OA-AC-0230",
        );
        n.beyond_authority = true;
        n.approvals = chain(self, 1);
        let id = self.form_in("hanmeimei", n, self.wd(1, 11, 0))?;
        self.tidy(id)?;
        // Escalated after its clock started: the clock stands still for the leader.
        let mut n = account(
            "营业厅主管权限调整",
            "billing",
            AccountAction::Change,
            ("lisi", "李四"),
            "OA-AC-0231",
        );
        n.approvals = chain(self, 0);
        let id = self.form_in("lilei", n, self.wd(0, 9, 30))?;
        self.act("lilei", id, self.wd(0, 9, 35), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(0, 9, 45);
        let reason = "涉及退费审批权限，超出业务管理部职权".into();
        self.act("lilei", id, at, Cmd::Escalate { reason, at })?;
        self.tidy(id)?;
        // Just received, nobody on it yet.
        let mut n = account(
            "注销调岗员工 CRM 帐号",
            "crm",
            AccountAction::Remove,
            ("zhaoliu", "赵六"),
            "OA-AC-0232",
        );
        n.approvals = chain(self, 0);
        let id = self.form_in("hanmeimei", n, self.wd(0, 9, 25))?;
        self.tidy(id)?;
        // Late: a day's limit, three days ago.
        let mut n = account(
            "新员工计费系统帐号",
            "billing",
            AccountAction::New,
            ("sunqi", "孙七"),
            "OA-AC-0226",
        );
        n.approvals = chain(self, 3);
        let id = self.form_in("lilei", n, self.wd(3, 10, 0))?;
        self.act("hanmeimei", id, self.wd(3, 10, 20), Cmd::Accept { to: None, at: None })?;
        self.tidy(id)?;
        // 张三 left yesterday afternoon: his three accounts are to be removed by tonight; one is.
        let sup = self.actor("zhangwei")?;
        let at = self.wd(1, 16, 0);
        req::person_change(
            self.desk,
            &Call::new(&sup, at + Duration::minutes(5)),
            "zhangsan",
            PersonAction::Leave,
            "HR-2026-LZ-118",
            "离职审批单已到，离职日期为当日",
            at,
        )?;
        let li = self.actor("lilei")?;
        let first = req::list_accounts(
            self.desk,
            &crate::store::accounts::Filter {
                person: Some("zhangsan".into()),
                limit: 10,
                ..Default::default()
            },
        )?;
        if let Some(row) = first.last() {
            let at = self.wd(0, 9, 20);
            req::remove_account(
                self.desk,
                &Call::new(&li, at),
                row.account.id,
                "计费系统帐号已注销（工单 SR-5521）",
                at,
            )?;
        }
        Ok(())
    }
}

mod more;
pub(super) mod past;
