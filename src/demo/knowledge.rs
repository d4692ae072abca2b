//! The demo's problems and knowledge base (issue 14): problems made from the month's recurring
//! faults, one with its fix planned as the scheduled billing upgrade; articles in every state,
//! written by one person and reviewed by another, one of them a case made from an incident.

use anyhow::{Context, Result};
use chrono::Duration;

use super::story::Gen;
use crate::domain::article::{ArticleKind, NewArticle, Revision};
use crate::domain::incident::Status;
use crate::domain::problem::NewProblem;
use crate::ops::{Call, articles, incidents, problems};
use crate::store::incidents::Filter;

impl Gen<'_> {
    /// The incidents of the month whose title starts with `title`, oldest first.
    fn incidents_titled(&mut self, title: &str) -> Result<Vec<crate::domain::incident::Incident>> {
        let filter = Filter {
            limit: 500,
            ..Filter::default()
        };
        let mut found: Vec<_> = incidents::list(self.desk, &filter, self.now)?
            .into_iter()
            .map(|v| v.incident)
            .filter(|i| i.title.starts_with(title))
            .collect();
        found.sort_by_key(|i| i.received_at);
        Ok(found)
    }

    pub(super) fn knowledge(&mut self) -> Result<()> {
        let (li, han, zhang) = (self.actor("lilei")?, self.actor("hanmeimei")?, self.actor("zhangwei")?);
        let now = self.now;
        let ago = |d: i64| now - Duration::days(d);

        // P1: the rating process times out again and again; the fix is the billing upgrade.
        let rating: Vec<i64> = self
            .incidents_titled("计费系统批价进程超时")?
            .iter()
            .map(|i| i.id)
            .collect();
        let p = problems::create(
            self.desk,
            &li,
            &NewProblem {
                title: "批价进程在话单高峰时超时".into(),
                service: "billing".into(),
                category: "application".into(),
                root_cause: "批价引擎 V8.1 单线程处理话单，月中高峰积压；需升级到 V8.2 的多线程批价。".into(),
                workaround: "高峰前把批价进程数从 4 调到 8，积压超过 10 万条时通知计费组手工分流。".into(),
            },
            &rating,
            ago(6),
        )?;
        let upgrade = crate::ops::changes::list(self.desk, true, None, 100, now)?
            .into_iter()
            .find(|v| v.change.title.starts_with("计费系统版本升级"))
            .context("the demo's billing upgrade")?;
        problems::plan(self.desk, &Call::new(&li, ago(5)), p.problem.id, upgrade.change.id)?;
        // An open one: the SMS gateway has one node.
        let sms: Vec<i64> = self
            .incidents_titled("短信网关下发积压")?
            .iter()
            .map(|i| i.id)
            .collect();
        problems::create(
            self.desk,
            &han,
            &NewProblem {
                title: "短信网关单节点，高峰下发积压".into(),
                service: "sms-gateway".into(),
                category: "application".into(),
                root_cause: "短信网关只有一个下发节点，营销短信与通知短信共用队列。".into(),
                workaround: "营销短信错峰到 22:00 以后发送。".into(),
            },
            &sms,
            ago(2),
        )?;

        // K1: a FAQ published for billing (shown beside every billing incident of its category).
        let faq = articles::create(
            self.desk,
            &li,
            &NewArticle {
                kind: ArticleKind::Faq,
                title: "话单积压、批价超时怎么办".into(),
                body: "## 现象\n\n批价进程超时，话单积压，实时计费延迟。\n\n## 处理\n\n1. 查看批价进程数和积压量\n2. 积压超过 10 万条：通知计费组手工分流\n3. 进程无响应：按《批价重启手册》重启\n".into(),
                services: vec!["billing".into()],
                categories: vec!["application".into()],
                incidents: vec![],
            },
            ago(20),
        )?;
        articles::review(self.desk, &Call::new(&han, ago(19)), faq.id)?;
        articles::publish(self.desk, &Call::new(&zhang, ago(19)), faq.id)?;
        // A manual reviewed, waiting to be published.
        let manual = articles::create(
            self.desk,
            &han,
            &NewArticle {
                kind: ArticleKind::Manual,
                title: "短信网关节点切换手册".into(),
                body: "1. 确认备节点状态\n2. 切换下发队列\n3. 观察 10 分钟下发速率\n".into(),
                services: vec!["sms-gateway".into()],
                categories: vec![],
                incidents: vec![],
            },
            ago(4),
        )?;
        articles::review(self.desk, &Call::new(&li, ago(3)), manual.id)?;
        // A published FAQ updated since, its new text waiting for review.
        let crm = articles::create(
            self.desk,
            &han,
            &NewArticle {
                kind: ArticleKind::Faq,
                title: "CRM 工单提交报 ORA-00060 死锁".into(),
                body: "让营业员稍后重新提交；连续出现时通知 DBA。".into(),
                services: vec!["crm".into()],
                categories: vec!["database".into()],
                incidents: vec![],
            },
            ago(15),
        )?;
        articles::review(self.desk, &Call::new(&li, ago(14)), crm.id)?;
        articles::publish(self.desk, &Call::new(&zhang, ago(14)), crm.id)?;
        let revision = Revision {
            body: Some("让营业员稍后重新提交；连续出现时通知 DBA，DBA 查看 V$LOCK 并终止阻塞会话。".into()),
            ..Revision::default()
        };
        articles::update(self.desk, &Call::new(&li, ago(1)), crm.id, &revision)?;
        // A retired manual.
        let old = articles::create(
            self.desk,
            &li,
            &NewArticle {
                kind: ArticleKind::Manual,
                title: "旧版营业厅打印机驱动安装（已停用）".into(),
                body: "适用于 2024 年以前的营业厅打印机。".into(),
                services: vec!["billing".into()],
                categories: vec!["os".into()],
                incidents: vec![],
            },
            ago(28),
        )?;
        articles::retire(self.desk, &Call::new(&zhang, ago(7)), old.id)?;
        // I10: a case made from the latest resolved fault of the month, a draft to finish.
        if let Some(inc) = self
            .incidents_titled("")?
            .into_iter()
            .rev()
            .find(|i| i.resolved_at.is_some() && i.status == Status::Closed)
        {
            let zone = self.desk.zone();
            let case = articles::case_from_incident(self.desk.store.conn(), inc.id, zone)?;
            articles::create(self.desk, &han, &case, ago(1))?;
        }
        Ok(())
    }
}
