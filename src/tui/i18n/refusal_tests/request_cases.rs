//! The refusals of requests and accounts that each code's words are tried with.

use super::*;

/// Service requests (R1-R8) and accounts (R3): a refusal of every code they have.
pub(super) fn request_cases() -> Vec<(Refusal, String)> {
    use crate::domain::account::Account;
    use crate::domain::request::{
        AccountAction, Approval, Delivery, FormChannel, NewRequest, Request, RequestKind, Rules,
    };
    let rules = Rules::from_config(&Config::defaults());
    let t = now();
    let li = who("li", Role::Operator);
    let open = |kind: RequestKind, approved: bool| -> Request {
        let mut n = NewRequest {
            kind: Some(kind),
            title: "新增流量包".into(),
            dept: "marketing".into(),
            requester: "孙丽".into(),
            channel: Some(FormChannel::Email),
            received_at: Some(sh("2026-11-20 09:00")),
            purpose: if kind == RequestKind::Extraction {
                "经营分析".into()
            } else {
                String::new()
            },
            use_scope: if kind == RequestKind::Extraction {
                "市场部".into()
            } else {
                String::new()
            },
            ..NewRequest::default()
        };
        if kind == RequestKind::Account {
            (n.action, n.system, n.account, n.person) = (
                Some(AccountAction::New),
                "billing".into(),
                "zs01".into(),
                "zhangsan".into(),
            );
            n.permission = "查询".into();
        }
        if approved {
            n.approvals = rules
                .policy
                .chain(kind)
                .iter()
                .map(|r| Approval {
                    role: r.clone(),
                    by: "许经理".into(),
                    at: sh("2026-11-20 08:00"),
                })
                .collect();
        }
        let mut r = Request::open(&n, &li, &rules, t).unwrap();
        r.id = 21;
        r
    };
    let accepted = |kind| open(kind, true).accept(&li, "li", t, &rules, t).unwrap();
    let mut out = Vec::new();
    let product = accepted(RequestKind::Product);
    // Out of turn: accept first, resume first, closed; another sub-kind's step.
    out.push(said(
        open(RequestKind::Product, true)
            .deliver(&li, &Delivery::default(), t, &rules, t)
            .unwrap_err(),
    ));
    let paused = product.pause(&li, "等待资费说明", t, &rules, t).unwrap();
    out.push(said(
        paused.deliver(&li, &Delivery::default(), t, &rules, t).unwrap_err(),
    ));
    out.push(said(paused.pause(&li, "again", t, &rules, t).unwrap_err()));
    out.push(said(product.resume(&li, t, &rules, t).unwrap_err()));
    let closed = product.deliver(&li, &Delivery::default(), t, &rules, t).unwrap();
    out.push(said(closed.pause(&li, "x", t, &rules, t).unwrap_err()));
    let closed = closed.close(&li, "", t, &rules, t).unwrap();
    let a = Approval {
        role: "dept_manager".into(),
        by: "许经理".into(),
        at: t,
    };
    out.push(said(closed.approve(&li, a, &rules, t).unwrap_err()));
    out.push(said(product.evaluate(&li, "x", false, t, &rules, t).unwrap_err()));
    out.push(said(
        product
            .pause(&who("wang", Role::Operator), "x", t, &rules, t)
            .unwrap_err(),
    ));
    out.push(said(product.accept(&li, "li", t, &rules, t).unwrap_err()));
    out.push(said(
        open(RequestKind::Product, false)
            .deliver(&li, &Delivery::default(), t, &rules, t)
            .unwrap_err(),
    ));
    // R3: the leader in charge; R4: the president, the delivery; R5: the urgent reply.
    let escalated = accepted(RequestKind::Account)
        .escalate(&li, "全量客户资料", t, &rules, t)
        .unwrap();
    out.push(said(escalated.resume(&li, t, &rules, t).unwrap_err()));
    out.push(said(escalated.escalate(&li, "again", t, &rules, t).unwrap_err()));
    let extraction = accepted(RequestKind::Extraction);
    let president = Approval {
        role: "president".into(),
        by: "总裁".into(),
        at: t,
    };
    out.push(said(extraction.approve(&li, president, &rules, t).unwrap_err()));
    out.push(said(
        extraction.deliver(&li, &Delivery::default(), t, &rules, t).unwrap_err(),
    ));
    let classified = Delivery {
        classification: Some(crate::domain::request::Classification::Secret),
        ..Delivery::default()
    };
    out.push(said(extraction.deliver(&li, &classified, t, &rules, t).unwrap_err()));
    let mut urgent = accepted(RequestKind::Processing);
    (urgent.urgent, urgent.supervisor) = (true, "何主任".into());
    out.push(said(
        urgent.deliver(&li, &Delivery::default(), t, &rules, t).unwrap_err(),
    ));
    let delivered = accepted(RequestKind::Account)
        .deliver(&li, &Delivery::default(), t, &rules, t)
        .unwrap();
    let account = Account::granted(&delivered, &li, t)
        .removed(&li, "request #21", t, t)
        .unwrap();
    out.push(said(account.removed(&li, "again", t, t).unwrap_err()));
    // Problems and knowledge (P1, K1, I10).
    out.extend(crate::domain::article::refusal_samples(t).into_iter().map(said));
    // Quality (Q5, Q6, Q7).
    out.extend(crate::domain::sample::refusal_samples(t).into_iter().map(said));
    out
}
