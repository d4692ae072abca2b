//! The demo's extractions (R4), requirements (R1) and data processing requests (R5).

use anyhow::Result;
use chrono::Duration;

use super::{approval, form};
use crate::demo::story::Gen;
use crate::domain::request::{Classification, Delivery, NewRequest, RequestKind, Verdict};
use crate::ops::requests::Cmd;

impl Gen<'_> {
    /// R4: one the president approved (running), one awaiting the president, one paused, one
    /// delivered encrypted.
    pub(super) fn extractions(&mut self) -> Result<()> {
        let k = RequestKind::Extraction;
        let ext = |title: &str, form_no: &str, class: Classification| NewRequest {
            purpose: "季度经营分析，制定保有策略".into(),
            use_scope: "市场经营部内部分析，不得外传".into(),
            classification: Some(class),
            ..form(k, title, "marketing", "孙丽", "sunli@example.com", form_no)
        };
        // The IT manager sent it to the president, who approved it yesterday: three working days
        // from then.
        let id = self.form_in(
            "lilei",
            ext("季度高价值用户清单", "OA-DX-0107", Classification::Secret),
            self.wd(3, 10, 0),
        )?;
        self.act("wangfang", id, self.wd(3, 11, 0), Cmd::Decide { president: true })?;
        let at = self.wd(1, 17, 0);
        self.act(
            "lilei",
            id,
            at + Duration::minutes(10),
            Cmd::Approve(approval("president", "总裁", at)),
        )?;
        self.act("lilei", id, self.wd(1, 17, 20), Cmd::Accept { to: None, at: None })?;
        self.tidy(id)?;
        // Sent to the president: no clock yet.
        let id = self.form_in(
            "lilei",
            ext("全网用户话单抽样", "OA-DX-0109", Classification::TopSecret),
            self.wd(2, 14, 0),
        )?;
        self.act("wangfang", id, self.wd(2, 15, 0), Cmd::Decide { president: true })?;
        self.tidy(id)?;
        // The president did not approve: closed unfinished.
        let id = self.form_in(
            "lilei",
            ext("竞品携转用户明细", "OA-DX-0101", Classification::Secret),
            self.wd(6, 10, 0),
        )?;
        self.act("wangfang", id, self.wd(6, 11, 0), Cmd::Decide { president: true })?;
        let at = self.wd(4, 17, 0);
        let reason = "总裁未批准：超出经营分析所需范围".into();
        self.act("zhangwei", id, at, Cmd::Close { reason, at })?;
        self.tidy(id)?;
        // Waiting for the requester to say how far the data goes.
        let id = self.form_in(
            "hanmeimei",
            ext("营业厅客流数据", "OA-DX-0110", Classification::Confidential),
            self.wd(2, 10, 0),
        )?;
        self.act("hanmeimei", id, self.wd(2, 10, 30), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(1, 11, 0);
        let reason = "等待申请人补充使用范围说明".into();
        self.act("hanmeimei", id, at, Cmd::Pause { reason, at })?;
        self.tidy(id)?;
        // Delivered encrypted, with the file's SHA-256.
        let mut n = ext("渠道酬金明细提取", "OA-DX-0098", Classification::Confidential);
        n.classification = None;
        let id = self.form_in("lilei", n, self.wd(7, 10, 0))?;
        self.act("wangfang", id, self.wd(7, 11, 0), Cmd::Decide { president: false })?;
        self.act("lilei", id, self.wd(7, 11, 30), Cmd::Accept { to: None, at: None })?;
        let delivery = Delivery {
            note: "加密压缩包已邮件发送，密码短信另发".into(),
            classification: Some(Classification::Confidential),
            encrypted: true,
            sha256: "9f2c1a7e5b3d48c6a0e1f2d3c4b5a69788a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3".into(),
            reply: String::new(),
        };
        let at = self.wd(5, 16, 0);
        self.act("lilei", id, at, Cmd::Deliver { delivery, at })?;
        self.tidy(id)
    }

    /// R1: awaiting the product department, received, late, paused, evaluated, delivered,
    /// confirmed and closed, turned into a project.
    pub(super) fn requirements(&mut self) -> Result<()> {
        let k = RequestKind::Requirement;
        let req = |title: &str, form_no: &str| form(k, title, "callcentre", "赵敏", "zhaomin@example.com", form_no);
        let mut n = req("营业厅新增缴费方式", "OA-RQ-0451");
        n.changes_product = true;
        let id = self.form_in("hanmeimei", n, self.wd(1, 14, 0))?;
        self.tidy(id)?;
        let id = self.form_in(
            "hanmeimei",
            req("CRM 客户标签批量导入", "OA-RQ-0460"),
            self.wd(0, 8, 40),
        )?;
        self.tidy(id)?;
        let id = self.form_in("lilei", req("账单新增分项展示", "OA-RQ-0440"), self.wd(5, 10, 0))?;
        self.act("lilei", id, self.wd(5, 10, 30), Cmd::Accept { to: None, at: None })?;
        self.tidy(id)?;
        let id = self.form_in("lilei", req("积分兑换流程优化", "OA-RQ-0452"), self.wd(2, 9, 0))?;
        self.act("lilei", id, self.wd(2, 9, 30), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(1, 10, 0);
        let reason = "等待申请人补充需求说明附件".into();
        self.act("lilei", id, at, Cmd::Pause { reason, at })?;
        self.tidy(id)?;
        let evaluated = |g: &mut Gen, title: &str, form_no: &str, d: i64| -> Result<i64> {
            let id = g.form_in("lilei", req(title, form_no), g.wd(d, 10, 0))?;
            g.act("lilei", id, g.wd(d, 10, 20), Cmd::Accept { to: None, at: None })?;
            let at = g.wd(d - 1, 16, 0);
            let note = "初步评估：可在现有框架内实现，预计两周".into();
            g.act(
                "lilei",
                id,
                at,
                Cmd::Evaluate {
                    note,
                    new_project: false,
                    at,
                },
            )?;
            Ok(id)
        };
        let id = evaluated(self, "短信提醒模板调整", "OA-RQ-0445", 4)?;
        self.tidy(id)?;
        let id = evaluated(self, "报表导出 Excel 格式", "OA-RQ-0398", 15)?;
        let at = self.wd(3, 15, 0);
        self.delivered(id, at)?;
        self.tidy(id)?;
        let id = evaluated(self, "营业员工号登录提示", "OA-RQ-0377", 18)?;
        let at = self.wd(9, 15, 0);
        self.delivered(id, at)?;
        let at = self.wd(7, 11, 0);
        let confirm = Cmd::Confirm {
            verdict: Verdict::Satisfied,
            form: "FK-2026-031".into(),
            note: "功能符合需求".into(),
            at,
        };
        self.act("lilei", id, at, confirm)?;
        self.tidy(id)?;
        let id = evaluated(self, "旧版报表下线", "OA-RQ-0350", 20)?;
        let at = self.wd(14, 15, 0);
        self.delivered(id, at)?;
        let at = self.wd(12, 10, 0);
        let confirm = Cmd::Confirm {
            verdict: Verdict::Satisfied,
            form: "FK-2026-027".into(),
            note: String::new(),
            at,
        };
        self.act("lilei", id, at, confirm)?;
        let at = self.wd(12, 10, 5);
        self.act(
            "lilei",
            id,
            at,
            Cmd::Close {
                reason: String::new(),
                at,
            },
        )?;
        self.tidy(id)?;
        let id = self.form_in("lilei", req("新计费引擎接入", "OA-RQ-0433"), self.wd(6, 10, 0))?;
        self.act("lilei", id, self.wd(6, 10, 30), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(5, 15, 0);
        let note = "涉及计费系统基本框架调整，建议纳入新项目立项".into();
        self.act(
            "lilei",
            id,
            at,
            Cmd::Evaluate {
                note,
                new_project: true,
                at,
            },
        )?;
        self.tidy(id)
    }

    /// R5: an urgent item by the supervisor's e-mail, answered; paused; first opinion given;
    /// late and nobody on it; processed and closed.
    pub(super) fn processing(&mut self) -> Result<()> {
        let k = RequestKind::Processing;
        let req = |title: &str, form_no: &str| form(k, title, "finance", "吴会计", "wu@example.com", form_no);
        let mut n = req("错误缴费记录冲正", "");
        (n.urgent, n.supervisor) = (true, "张主任".into());
        let id = self.form_in("hanmeimei", n, self.wd(1, 14, 0))?;
        self.act("hanmeimei", id, self.wd(1, 14, 5), Cmd::Accept { to: None, at: None })?;
        let delivery = Delivery {
            reply: "已冲正 1 笔错误缴费记录，已回复张主任邮件".into(),
            ..Delivery::default()
        };
        let at = self.wd(1, 15, 0);
        self.act("hanmeimei", id, at, Cmd::Deliver { delivery, at })?;
        self.tidy(id)?;
        let id = self.form_in("lilei", req("批量修正客户证件类型", "OA-DP-0210"), self.wd(3, 10, 0))?;
        self.act("lilei", id, self.wd(3, 10, 30), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(2, 10, 0);
        let reason = "等待申请人提供待修正清单".into();
        self.act("lilei", id, at, Cmd::Pause { reason, at })?;
        self.tidy(id)?;
        let id = self.form_in("lilei", req("欠费停机误判数据修正", "OA-DP-0214"), self.wd(2, 11, 0))?;
        self.act("lilei", id, self.wd(2, 11, 10), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(1, 16, 0);
        let note = "初步意见：按账期重算欠费标志，涉及 37 户".into();
        self.act(
            "lilei",
            id,
            at,
            Cmd::Evaluate {
                note,
                new_project: false,
                at,
            },
        )?;
        self.tidy(id)?;
        let id = self.form_in("hanmeimei", req("套餐迁移数据修正", "OA-DP-0205"), self.wd(4, 16, 0))?;
        self.tidy(id)?;
        let id = self.form_in("lilei", req("月租费重复出账修正", "OA-DP-0190"), self.wd(9, 10, 0))?;
        self.act("lilei", id, self.wd(9, 10, 10), Cmd::Accept { to: None, at: None })?;
        let at = self.wd(8, 15, 0);
        let note = "初步意见：回退重复出账 12 户".into();
        self.act(
            "lilei",
            id,
            at,
            Cmd::Evaluate {
                note,
                new_project: false,
                at,
            },
        )?;
        let at = self.wd(6, 15, 0);
        self.delivered(id, at)?;
        let at = self.wd(5, 9, 0);
        self.act(
            "lilei",
            id,
            at,
            Cmd::Close {
                reason: String::new(),
                at,
            },
        )?;
        self.tidy(id)
    }
}
