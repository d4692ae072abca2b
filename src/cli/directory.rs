//! `opsdesk init`, `opsdesk user …`, `opsdesk dept …`.

use anyhow::Result;
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use super::output::{Table, json};
use crate::domain::directory::{Contact, DeptKind};
use crate::domain::role::{Actor, Role};
use crate::ops::Writes;
use crate::ops::directory::{self as ops, NewDept, NewUser};
use crate::ops::identity;
use crate::store::db::Db;
use crate::store::{departments, users};

#[derive(Args, Debug)]
pub struct InitArgs {
    /// Your display name [default: from the password database, else your login]
    #[arg(long)]
    pub name: Option<String>,
    /// The name of the IT department that runs the desk
    #[arg(long, default_value = "IT管理部")]
    pub dept_name: String,
}

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// Map an operating-system login to a person (admin)
    Add(UserAddArgs),
    /// Everyone in the directory
    List {
        #[arg(long)]
        json: bool,
    },
    /// Correct someone's name, department, phone or e-mail (admin)
    Edit(UserEditArgs),
    /// Change someone's role (admin)
    SetRole {
        login: String,
        /// operator, supervisor, manager, leader or admin
        role: String,
        #[arg(long, value_name = "N")]
        if_version: Option<i64>,
    },
}

#[derive(Args, Debug)]
pub struct UserAddArgs {
    /// The operating-system login
    pub login: String,
    #[arg(long)]
    pub name: String,
    /// operator, supervisor, manager, leader or admin
    #[arg(long)]
    pub role: String,
    /// Department code (see opsdesk dept list)
    #[arg(long)]
    pub dept: String,
    #[arg(long, default_value = "")]
    pub phone: String,
    #[arg(long, default_value = "")]
    pub email: String,
}

#[derive(Args, Debug)]
pub struct UserEditArgs {
    pub login: String,
    #[arg(long)]
    pub name: Option<String>,
    /// Department code
    #[arg(long)]
    pub dept: Option<String>,
    /// "" clears it
    #[arg(long)]
    pub phone: Option<String>,
    /// "" clears it
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
}

#[derive(Subcommand, Debug)]
pub enum DeptCmd {
    /// Add a department (admin)
    Add(Box<DeptAddArgs>),
    /// Correct a department's name, people, contacts or flags (admin)
    Edit(Box<DeptEditArgs>),
    /// The directory of departments and their contacts
    List {
        #[arg(long)]
        json: bool,
    },
}

/// Every field optional: what is not given stays as it is ("" clears a contact field).
#[derive(Args, Debug)]
pub struct DeptEditArgs {
    pub code: String,
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub interface: Option<String>,
    #[arg(long)]
    pub interface_phone: Option<String>,
    #[arg(long)]
    pub interface_email: Option<String>,
    #[arg(long)]
    pub head: Option<String>,
    #[arg(long)]
    pub head_phone: Option<String>,
    #[arg(long)]
    pub head_email: Option<String>,
    #[arg(long)]
    pub manager: Option<String>,
    #[arg(long)]
    pub manager_phone: Option<String>,
    #[arg(long)]
    pub manager_email: Option<String>,
    /// true or false (C5)
    #[arg(long, value_name = "BOOL")]
    pub front_line: Option<bool>,
    /// true or false (C5)
    #[arg(long, value_name = "BOOL")]
    pub maintenance: Option<bool>,
    #[arg(long)]
    pub relevance: Option<i64>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
}

#[derive(Args, Debug)]
pub struct DeptAddArgs {
    /// A short code: marketing, callcentre, …
    pub code: String,
    #[arg(long)]
    pub name: String,
    /// business (default) or it
    #[arg(long, default_value = "business")]
    pub kind: String,
    /// 接口人: the first person notices go to
    #[arg(long, default_value = "")]
    pub interface: String,
    #[arg(long, default_value = "")]
    pub interface_phone: String,
    #[arg(long, default_value = "")]
    pub interface_email: String,
    #[arg(long, default_value = "")]
    pub head: String,
    #[arg(long, default_value = "")]
    pub head_phone: String,
    #[arg(long, default_value = "")]
    pub head_email: String,
    #[arg(long, default_value = "")]
    pub manager: String,
    #[arg(long, default_value = "")]
    pub manager_phone: String,
    #[arg(long, default_value = "")]
    pub manager_email: String,
    /// A front-line service department (call centre, network operations; C5)
    #[arg(long)]
    pub front_line: bool,
    /// A maintenance department (C5)
    #[arg(long)]
    pub maintenance: bool,
    /// Order in lists and notices: lower first
    #[arg(long, default_value_t = 100)]
    pub relevance: i64,
}

/// Who `init` makes the desk's first admin: the caller's login, with `--name` or the name the
/// password database gives, else the login.
pub fn first_admin(a: &InitArgs) -> Result<(String, String)> {
    let login = identity::current_login()?;
    let name = a
        .name
        .clone()
        .or_else(identity::current_full_name)
        .unwrap_or_else(|| login.clone());
    Ok((login, name))
}

/// What `init` says to do next, on either engine.
pub const AFTER_INIT: &str =
    "next: opsdesk dept add CODE --name NAME …, opsdesk user add LOGIN --name NAME --role operator --dept it";

pub fn init(ctx: &Ctx, a: &InitArgs) -> Result<()> {
    ctx.refuse_if_read_only("opsdesk init")?;
    let (login, name) = first_admin(a)?;
    ops::init(&ctx.paths.db, ctx.config.clone(), &login, &name, &a.dept_name, ctx.now)?;
    println!("created {} with {login} as admin", ctx.paths.db.display());
    println!("{AFTER_INIT}");
    Ok(())
}

pub fn user(ctx: &Ctx, cmd: &UserCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    user_on(&mut desk, &actor, cmd, ctx.now)
}

/// `opsdesk user …` on a desk of either engine, as `actor`.
pub fn user_on(desk: &mut impl Writes, actor: &Actor, cmd: &UserCmd, now: DateTime<Utc>) -> Result<()> {
    match cmd {
        UserCmd::Add(a) => {
            let u = NewUser {
                login: a.login.clone(),
                name: a.name.clone(),
                role: Role::parse(&a.role)?,
                dept: a.dept.clone(),
                phone: a.phone.clone(),
                email: a.email.clone(),
            };
            let u = ops::add_user(desk, actor, &u, now)?;
            println!(
                "added {} ({}) as {}",
                u.login,
                crate::text::sanitize_line(&u.name),
                u.role
            );
        }
        UserCmd::Edit(a) => {
            let e = ops::UserEdit {
                name: a.name.clone(),
                dept: a.dept.clone(),
                phone: a.phone.clone(),
                email: a.email.clone(),
            };
            let u = ops::edit_user(desk, actor, &a.login, &e, a.if_version, now)?;
            println!(
                "{} ({}) changed (version {})",
                u.login,
                crate::text::sanitize_line(&u.name),
                u.version
            );
        }
        UserCmd::SetRole {
            login,
            role,
            if_version,
        } => {
            let u = ops::set_role(desk, actor, login, Role::parse(role)?, *if_version, now)?;
            println!("{} is now {} (version {})", u.login, u.role, u.version);
        }
        UserCmd::List { json: as_json } => desk.read_db(|db| print_users(db, *as_json))?,
    }
    Ok(())
}

pub fn dept(ctx: &Ctx, cmd: &DeptCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    dept_on(&mut desk, &actor, cmd, ctx.now)
}

/// `opsdesk dept …` on a desk of either engine, as `actor`.
pub fn dept_on(desk: &mut impl Writes, actor: &Actor, cmd: &DeptCmd, now: DateTime<Utc>) -> Result<()> {
    match cmd {
        DeptCmd::Add(a) => {
            let c = |name: &str, phone: &str, email: &str| Contact {
                name: name.into(),
                phone: phone.into(),
                email: email.into(),
            };
            let d = NewDept {
                code: a.code.clone(),
                name: a.name.clone(),
                kind: DeptKind::parse(&a.kind)?,
                interface: c(&a.interface, &a.interface_phone, &a.interface_email),
                head: c(&a.head, &a.head_phone, &a.head_email),
                manager: c(&a.manager, &a.manager_phone, &a.manager_email),
                front_line: a.front_line,
                maintenance: a.maintenance,
                relevance: a.relevance,
            };
            let d = ops::add_dept(desk, actor, &d, now)?;
            println!("added department {} ({})", d.code, crate::text::sanitize_line(&d.name));
        }
        DeptCmd::Edit(a) => {
            let c = |name: &Option<String>, phone: &Option<String>, email: &Option<String>| ops::ContactEdit {
                name: name.clone(),
                phone: phone.clone(),
                email: email.clone(),
            };
            let e = ops::DeptEdit {
                name: a.name.clone(),
                interface: c(&a.interface, &a.interface_phone, &a.interface_email),
                head: c(&a.head, &a.head_phone, &a.head_email),
                manager: c(&a.manager, &a.manager_phone, &a.manager_email),
                front_line: a.front_line,
                maintenance: a.maintenance,
                relevance: a.relevance,
            };
            let d = ops::edit_dept(desk, actor, &a.code, &e, a.if_version, now)?;
            println!(
                "department {} ({}) changed (version {})",
                d.code,
                crate::text::sanitize_line(&d.name),
                d.version
            );
        }
        DeptCmd::List { json: as_json } => desk.read_db(|db| print_depts(db, *as_json))?,
    }
    Ok(())
}

/// `opsdesk user list`, on either engine.
pub fn print_users(conn: &(impl Db + ?Sized), as_json: bool) -> Result<()> {
    let depts = departments::list(conn)?;
    let dept_code = |id: i64| {
        depts
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.code.clone())
            .unwrap_or_default()
    };
    let all = users::list(conn)?;
    if as_json {
        json(&serde_json::Value::Array(
            all.iter()
                .map(|u| {
                    json!({"login": u.login, "name": u.name, "role": u.role.as_str(), "dept": dept_code(u.dept_id),
                           "phone": u.phone, "email": u.email, "version": u.version})
                })
                .collect(),
        ));
    } else {
        let mut t = Table::new(&["login", "name", "role", "dept", "phone", "email"]);
        for u in &all {
            t.row(vec![
                u.login.clone(),
                u.name.clone(),
                u.role.to_string(),
                dept_code(u.dept_id),
                u.phone.clone(),
                u.email.clone(),
            ]);
        }
        t.print();
    }
    Ok(())
}

/// `opsdesk dept list`, on either engine.
pub fn print_depts(conn: &(impl Db + ?Sized), as_json: bool) -> Result<()> {
    let all = departments::list(conn)?;
    if as_json {
        json(&serde_json::to_value(&all)?);
    } else {
        let mut t = Table::new(&["code", "name", "kind", "interface", "head", "manager", "flags"]);
        for d in &all {
            let flags = [(d.front_line, "front-line"), (d.maintenance, "maintenance")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(",");
            t.row(vec![
                d.code.clone(),
                d.name.clone(),
                d.kind.as_str().into(),
                d.interface.line(),
                d.head.line(),
                d.manager.line(),
                flags,
            ]);
        }
        t.print();
    }
    Ok(())
}
