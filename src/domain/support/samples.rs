//! For tests elsewhere (the console's words): a refusal of every support code, made by the rules
//! themselves.

use chrono::{TimeZone, Utc};

use super::*;
use crate::domain::role::Role;

/// One refusal of each `support.*` code, under `rules` (the desk's defaults).
pub(crate) fn refusals(rules: &SupportRules) -> Vec<OpsError> {
    let t = Utc.with_ymd_and_hms(2026, 11, 10, 2, 0, 0).unwrap();
    let who = |login: &str, role| Actor {
        login: login.into(),
        name: login.into(),
        role,
    };
    let (li, han) = (who("lilei", Role::Operator), who("hanmeimei", Role::Operator));
    let new = NewForm {
        project_name: "智慧园区".into(),
        client: "管委会".into(),
        types: vec![ProjectType::Full],
        support: "方案".into(),
        needs: "胶片".into(),
        initiator: "周经理".into(),
        dept: "enterprise".into(),
        channel: Some(FormChannel::Email),
        approvals: rules
            .policy
            .chain
            .iter()
            .map(|r| Approval {
                role: r.clone(),
                by: "刘总".into(),
                at: t,
            })
            .collect(),
        received_at: Some(t),
        ..NewForm::default()
    };
    let mut out = Vec::new();
    let no_material = NewForm {
        needs: String::new(),
        ..new.clone()
    };
    out.extend(SupportForm::open(&no_material, &li, rules, t).err());
    let f = SupportForm::open(&new, &li, rules, t).expect("a form");
    out.extend(f.urgent(&li, &NewUrgent::default(), &[], t).err());
    let q = f.accept(&li, "", t, t).expect("accepted");
    for u in [
        NewUrgent::default(),
        NewUrgent {
            reason: "提前".into(),
            ..NewUrgent::default()
        },
        NewUrgent {
            approved_by: "王总".into(),
            approved_at: Some(t),
            ..NewUrgent::default()
        },
    ] {
        out.extend(q.urgent(&li, &u, &[], t).err());
    }
    let ok = NewUrgent {
        reason: "提前".into(),
        approved_by: "王总".into(),
        approved_at: Some(t),
        form_no: String::new(),
        at: Some(t),
    };
    let urgent = q.urgent(&li, &ok, &[], t).expect("urgent");
    out.extend(urgent.urgent(&li, &ok, &[], t).err());
    let replied = q.reply(&li, ReplyChannel::Email, "收到", t, t).expect("replied");
    out.extend(replied.reply(&li, ReplyChannel::Email, "again", t, t).err());
    let returned = q
        .send_for_review(&li, "", t, t)
        .and_then(|f| f.review(&li, ReviewVerdict::Returned, "刘总", "补充", t, t))
        .expect("returned");
    out.extend(returned.send_for_review(&han, "", t, t).err());
    out
}
