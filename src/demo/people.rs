//! The demo desk's directory: departments and people, you among them.

use anyhow::Result;
use chrono::{DateTime, Utc};

use crate::domain::directory::{Contact, DeptKind};
use crate::domain::role::{Actor, Role};
use crate::ops::Desk;
use crate::ops::directory::{self, NewDept, NewUser};
use crate::ops::services::NewService;

pub(super) struct Persona {
    pub(super) login: String,
    pub(super) name: String,
    pub(super) role: Role,
}

pub(super) fn people(desk: &mut Desk, setup: &Actor, you: &Persona, at: DateTime<Utc>) -> Result<()> {
    let c = |name: &str, phone: &str, email: &str| Contact {
        name: name.into(),
        phone: phone.into(),
        email: email.into(),
    };
    let depts = [
        (
            "callcentre",
            "客户服务中心",
            c("赵敏", "13900000011", "zhaomin@example.com"),
            c("孙主任", "13900000021", "sun@example.com"),
            c("郑经理", "13900000031", "zheng@example.com"),
            true,
            false,
            10,
        ),
        (
            "netops",
            "网络运维部",
            c("钱工", "13900000012", "qian@example.com"),
            c("冯主任", "13900000022", "feng@example.com"),
            c("陈经理", "13900000032", "chen@example.com"),
            true,
            true,
            20,
        ),
        (
            "marketing",
            "市场经营部",
            c("Sun Li", "13900000013", "sunli@example.com"),
            c("何主任", "13900000023", "he@example.com"),
            c("许经理", "13900000033", "xu@example.com"),
            false,
            false,
            30,
        ),
        (
            "enterprise",
            "政企客户部",
            c("周经理", "13900000014", "zhou@example.com"),
            c("吕主任", "13900000024", "lv@example.com"),
            c("施经理", "13900000034", "shi@example.com"),
            false,
            false,
            40,
        ),
        (
            "finance",
            "财务部",
            c("吴会计", "13900000015", "wu@example.com"),
            c("张主任", "13900000025", "zhangzr@example.com"),
            c("孔经理", "13900000035", "kong@example.com"),
            false,
            true,
            50,
        ),
    ];
    for (code, name, interface, head, manager, front_line, maintenance, relevance) in depts {
        let d = NewDept {
            code: code.into(),
            name: name.into(),
            kind: DeptKind::Business,
            interface,
            head,
            manager,
            front_line,
            maintenance,
            relevance,
        };
        directory::add_dept(desk, setup, &d, at)?;
    }
    let mut staff = vec![
        ("zhangwei", "张伟", Role::Supervisor, "13800000001"),
        ("chenjing", "陈静", Role::Supervisor, "13800000002"),
        ("wangfang", "王芳", Role::Manager, "13800000003"),
        ("liuyang", "刘洋", Role::Leader, "13800000004"),
        ("lilei", "李雷", Role::Operator, "13800000005"),
        ("hanmeimei", "韩梅梅", Role::Operator, "13800000006"),
    ];
    staff.retain(|(login, ..)| *login != you.login && *login != setup.login);
    for (login, name, role, phone) in staff {
        let u = NewUser {
            login: login.into(),
            name: name.into(),
            role,
            dept: "it".into(),
            phone: phone.into(),
            email: format!("{login}@example.com"),
        };
        directory::add_user(desk, setup, &u, at)?;
    }
    let me = NewUser {
        login: you.login.clone(),
        name: you.name.clone(),
        role: you.role,
        dept: "it".into(),
        phone: "13800000000".into(),
        email: String::new(),
    };
    directory::add_user(desk, setup, &me, at)?;
    Ok(())
}

/// The desk's services (I3, I11), with their Chinese names: what a service field offers and
/// takes. `计费` typed on the demo desk is recorded as `billing`.
pub(super) fn services(desk: &mut Desk, setup: &Actor, at: DateTime<Utc>) -> Result<()> {
    let all: [(&str, &str, &str, &[&str]); 7] = [
        ("billing", "Billing", "计费", &["计费系统", "BOSS"]),
        ("crm", "CRM", "客户关系管理", &["CRM系统"]),
        ("sms-gateway", "SMS gateway", "短信网关", &["SMS"]),
        ("accounts", "Accounts", "账务", &["账务系统"]),
        ("settlement", "Settlement", "结算", &["结算系统"]),
        ("network", "Network", "网络", &[]),
        ("portal", "Portal", "门户网站", &["门户"]),
    ];
    for (k, (code, en, zh, aliases)) in all.into_iter().enumerate() {
        let n = NewService {
            code: code.into(),
            name_en: en.into(),
            name_zh: zh.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ord: 10 * (k as i64 + 1),
        };
        crate::ops::services::add(desk, setup, &n, at)?;
    }
    Ok(())
}
