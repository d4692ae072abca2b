use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::config::Config;
use crate::domain::role::Role;
use crate::error::Code;

fn rules() -> Rules {
    Rules::from_config(&Config::defaults())
}

/// A Shanghai wall-clock time.
fn sh(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    rules()
        .cal
        .zone
        .from_local_datetime(&local)
        .unwrap()
        .with_timezone(&Utc)
}

fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

fn op() -> Actor {
    who("lilei", Role::Operator)
}

fn approval(role: &str, at: &str) -> Approval {
    Approval {
        role: role.into(),
        by: "许经理".into(),
        at: sh(at),
    }
}

/// A request of `kind` received at `received`, with the fields its sub-kind needs and every
/// approval of the default chain given at `received`.
fn new(kind: RequestKind, received: &str) -> NewRequest {
    let chain = rules().policy.chain(kind).to_vec();
    let mut n = NewRequest {
        kind: Some(kind),
        title: "新增流量包产品".into(),
        dept: "marketing".into(),
        requester: "孙丽".into(),
        contact: "sunli@example.com".into(),
        channel: Some(FormChannel::Oa),
        form_no: "OA-2026-0918".into(),
        received_at: Some(sh(received)),
        approvals: chain.iter().map(|r| approval(r, received)).collect(),
        ..NewRequest::default()
    };
    match kind {
        RequestKind::Account => {
            n.action = Some(AccountAction::New);
            n.system = "billing".into();
            n.account = "zhangsan".into();
            n.person = "zhangsan".into();
            n.permission = "账务查询".into();
        }
        RequestKind::Extraction => {
            n.purpose = "季度经营分析".into();
            n.use_scope = "市场部内部".into();
        }
        _ => {}
    }
    n
}

fn open(n: &NewRequest, now: &str) -> Request {
    let mut r = Request::open(n, &op(), &rules(), sh(now)).unwrap();
    r.id = 7;
    r
}

mod deadlines;
mod kinds;
mod who_may;
