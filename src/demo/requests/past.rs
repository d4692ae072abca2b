//! The past behind `opsdesk demo --requests N`: years of closed service requests, each through
//! the real rules (`Request::open`, `accept`, `evaluate`, `deliver`, `close`) with every history
//! row the real diff, so `opsdesk check` holds and the archive's export has something to carry.
//! Their duties are long done and left out, as the incidents' scale generator leaves the engine.

use anyhow::Result;
use chrono::{DateTime, Duration, NaiveTime, Utc};

use crate::demo::data::Rng;
use crate::domain::audit::diff;
use crate::domain::kind::Kind;
use crate::domain::request::{
    AccountAction, Approval, Classification, Delivery, FormChannel, NewRequest, Request, RequestKind, Rules,
};
use crate::domain::role::{Actor, Role};
use crate::ops::Desk;
use crate::store::{audit, requests};

/// Titles by sub-kind.
const TITLES: &[(RequestKind, &str)] = &[
    (RequestKind::Requirement, "工单系统新增字段"),
    (RequestKind::Requirement, "报表增加按区县统计"),
    (RequestKind::Product, "新增流量加油包"),
    (RequestKind::Product, "调整宽带包年资费"),
    (RequestKind::Account, "注销离职员工帐号"),
    (RequestKind::Extraction, "月度欠费用户清单"),
    (RequestKind::Extraction, "渠道发展量明细"),
    (RequestKind::Processing, "错误套餐变更回退"),
    (RequestKind::Processing, "批量修正客户地址"),
];

/// Requesting departments and their requesters.
const FROM: &[(&str, &str, &str)] = &[
    ("marketing", "孙丽", "sunli@example.com"),
    ("callcentre", "赵敏", "zhaomin@example.com"),
    ("enterprise", "周经理", "zhou@example.com"),
    ("finance", "吴会计", "wu@example.com"),
    ("netops", "钱工", "13900000012"),
];

/// Requests received per working day.
const PER_DAY: usize = 20;

/// One past request, its life step by step: the record after each step and the step's word.
fn life(k: usize, rng: &mut Rng, received: DateTime<Utc>, rules: &Rules) -> Result<Vec<(&'static str, Request)>> {
    let op = Actor {
        login: "lilei".into(),
        name: "李雷".into(),
        role: Role::Supervisor,
    };
    let (kind, title) = TITLES[k % TITLES.len()];
    let (dept, requester, contact) = *rng.pick(FROM);
    let mut n = NewRequest {
        kind: Some(kind),
        title: format!("{title} #{k}"),
        dept: dept.into(),
        requester: requester.into(),
        contact: contact.into(),
        channel: Some(FormChannel::Oa),
        form_no: format!("OA-{k:06}"),
        received_at: Some(received),
        approvals: rules
            .policy
            .chain(kind)
            .iter()
            .map(|role| Approval {
                role: role.clone(),
                by: "部门经理".into(),
                at: received - Duration::hours(20),
            })
            .collect(),
        ..NewRequest::default()
    };
    match kind {
        RequestKind::Account => {
            (n.action, n.system, n.account) = (Some(AccountAction::Remove), "crm".into(), format!("u{k}"));
            n.person = format!("u{k}");
        }
        RequestKind::Extraction => {
            (n.purpose, n.use_scope) = ("经营分析".into(), "申请部门内部".into());
            n.classification = Some(*rng.pick(Classification::ALL));
        }
        _ => {}
    }
    let mut t = received + Duration::minutes(2);
    let mut steps = vec![("create", Request::open(&n, &op, rules, t)?)];
    let last = |s: &Vec<(&'static str, Request)>| s[s.len() - 1].1.clone();
    t += Duration::minutes(rng.range(5, 90));
    steps.push(("accept", last(&steps).accept(&op, "lilei", t, rules, t)?));
    // Most in time, some late: up to five working days of working time.
    let spend =
        |rng: &mut Rng, from: DateTime<Utc>| rules.cal.add_working_time(from, Duration::hours(rng.range(2, 45)));
    let r = last(&steps);
    if r.met_by_evaluation() {
        t = spend(rng, t);
        steps.push(("evaluate", r.evaluate(&op, "初步评估意见已反馈", false, t, rules, t)?));
    }
    t = spend(rng, t);
    let delivery = Delivery {
        note: "已办结".into(),
        encrypted: kind == RequestKind::Extraction,
        sha256: if kind == RequestKind::Extraction {
            format!("{:064x}", k)
        } else {
            String::new()
        },
        ..Delivery::default()
    };
    steps.push(("deliver", last(&steps).deliver(&op, &delivery, t, rules, t)?));
    if kind == RequestKind::Requirement {
        t += Duration::days(2);
        let r = last(&steps);
        let c = r.confirm(&op, crate::domain::request::Verdict::Satisfied, "", "", t, rules, t)?;
        steps.push(("confirm", c));
    }
    t += Duration::hours(1);
    steps.push(("close", last(&steps).close(&op, "", t, rules, t)?));
    Ok(steps)
}

/// Write `n` past requests received on the working days before `until`, about twenty a day.
pub fn grow(desk: &mut Desk, n: usize, seed: u64, until: DateTime<Utc>, progress: &mut dyn FnMut(usize)) -> Result<()> {
    let rules = Rules::from_config(&desk.config);
    let cal = &rules.cal;
    let last_day = cal.previous_working_day(cal.date_of(until));
    let days = n.div_ceil(PER_DAY) as i64;
    let mut rng = Rng::new(seed ^ 0x5EED_0012);
    let mut written = 0;
    for batch in (0..n).collect::<Vec<_>>().chunks(1000) {
        let mut made = Vec::with_capacity(batch.len());
        for &k in batch {
            let day = cal.add_working_days(last_day, (k / PER_DAY) as i64 - days);
            let time = NaiveTime::from_hms_opt(9 + (k % 8) as u32, rng.range(0, 59) as u32, 0).unwrap_or(cal.day_start);
            made.push(life(k, &mut rng, cal.at(day, time), &rules)?);
        }
        desk.store.write(|tx| {
            let mut history = audit::Appender::at_tail(tx)?;
            for steps in &made {
                let Some((_, last)) = steps.last() else { continue };
                let id = requests::insert(tx, last)?;
                let mut before: Option<&Request> = None;
                for (action, r) in steps {
                    let changes = diff(before, r);
                    history.append_serialised(
                        &audit::Entry {
                            record: (Kind::Request, id),
                            subject: (Kind::Request, id),
                            at: r.updated_at,
                            actor: &r.updated_by,
                            action,
                            version: Some(r.version),
                            changes: &changes,
                            detail: "",
                        },
                        &serde_json::to_string(&changes)?,
                    )?;
                    before = Some(r);
                }
            }
            Ok(())
        })?;
        written += made.len();
        progress(written);
    }
    Ok(())
}
