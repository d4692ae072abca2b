//! Users and departments (SPEC U2–U4). Only an admin changes the directory.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::step::{self, Stored, Transition};
use super::{Call, Desk, Writes};
use crate::config::Config;
use crate::domain::audit::diff;
use crate::domain::directory::{
    Contact, Department, DeptKind, User, check_email, check_identifier, check_phone, check_text,
};
use crate::domain::kind::Record;
use crate::domain::role::{Actor, Power, Role, require};
use crate::error::{OpsError, invalid, not_found, rule};
use crate::store::db::Db;
use crate::store::{Store, audit, departments, users};

/// The department every new desk starts with: the one that runs the console.
pub const IT_DEPT_CODE: &str = "it";

pub struct NewUser {
    pub login: String,
    pub name: String,
    pub role: Role,
    pub dept: String,
    pub phone: String,
    pub email: String,
}

pub struct NewDept {
    pub code: String,
    pub name: String,
    pub kind: DeptKind,
    pub interface: Contact,
    pub head: Contact,
    pub manager: Contact,
    pub front_line: bool,
    pub maintenance: bool,
    pub relevance: i64,
}

/// `field`'s check, its refusal naming the field (a department has three people's numbers).
fn named(field: &str, checked: Result<String, OpsError>) -> Result<String, OpsError> {
    checked.map_err(|e| OpsError::Invalid(format!("{field}: {e}")))
}

fn check_contact(what: &str, c: &Contact) -> Result<Contact, OpsError> {
    Ok(Contact {
        name: check_text(&format!("{what} name"), &c.name, false)?,
        phone: named(&format!("{what} phone"), check_phone(&c.phone))?,
        email: named(&format!("{what} email"), check_email(&c.email))?,
    })
}

/// The history row of a new directory record (A1).
pub(super) fn created<T: Record + serde::Serialize>(
    conn: &dyn Db,
    rec: &T,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            record: (T::KIND, rec.id()),
            subject: (T::KIND, rec.id()),
            at: now,
            actor,
            action: "create",
            version: rec.version(),
            changes: &diff(None, rec),
            detail: "",
        },
    )?;
    Ok(())
}

fn insert_dept(conn: &dyn Db, d: &NewDept, actor: &str, now: DateTime<Utc>) -> Result<Department> {
    let code = check_identifier("department code", &d.code)?;
    if departments::by_code(conn, &code)?.is_some() {
        return Err(rule(format!("department {code} already exists")));
    }
    if d.kind == DeptKind::It && departments::list(conn)?.iter().any(|x| x.kind == DeptKind::It) {
        return Err(rule("there is already an IT department; a desk has one"));
    }
    let mut dept = Department {
        id: 0,
        code,
        name: check_text("name", &d.name, true)?,
        kind: d.kind,
        interface: check_contact("interface", &d.interface)?,
        head: check_contact("head", &d.head)?,
        manager: check_contact("manager", &d.manager)?,
        front_line: d.front_line,
        maintenance: d.maintenance,
        relevance: d.relevance,
        version: 1,
        updated_at: now,
        updated_by: actor.to_string(),
    };
    dept.id = departments::insert(conn, &dept)?;
    created(conn, &dept, actor, now)?;
    Ok(dept)
}

fn insert_user(conn: &dyn Db, u: &NewUser, actor: &str, now: DateTime<Utc>) -> Result<User> {
    let login = check_identifier("login", &u.login)?;
    if users::by_login(conn, &login)?.is_some() {
        return Err(rule(format!(
            "user {login} already exists (opsdesk user set-role to change the role)"
        )));
    }
    let dept = departments::by_code(conn, u.dept.trim())?
        .ok_or_else(|| not_found(format!("no department {:?}; see opsdesk dept list", u.dept)))?;
    let mut user = User {
        id: 0,
        login,
        name: check_text("name", &u.name, true)?,
        role: u.role,
        dept_id: dept.id,
        phone: named("phone", check_phone(&u.phone))?,
        email: named("email", check_email(&u.email))?,
        version: 1,
        updated_at: now,
        updated_by: actor.to_string(),
    };
    user.id = users::insert(conn, &user)?;
    created(conn, &user, actor, now)?;
    Ok(user)
}

/// `opsdesk init`: a new database whose first user is the caller, as admin, in a new IT
/// department. All or nothing: a failure leaves no file at `path`.
pub fn init(path: &Path, config: Config, login: &str, name: &str, dept_name: &str, now: DateTime<Utc>) -> Result<Desk> {
    let store = Store::create_complete(path, |store| seed(store, login, name, dept_name, now))?;
    Ok(Desk::new(store, config))
}

/// [`init`] straight into the new file `path`, for a caller that writes it under a name of its
/// own and places it itself (the demo).
pub fn init_file(
    path: &Path,
    config: Config,
    login: &str,
    name: &str,
    dept_name: &str,
    now: DateTime<Utc>,
) -> Result<Desk> {
    let mut store = Store::create(path)?;
    seed(&mut store, login, name, dept_name, now)?;
    Ok(Desk::new(store, config))
}

/// The IT department and its first admin.
fn seed(store: &mut Store, login: &str, name: &str, dept_name: &str, now: DateTime<Utc>) -> Result<()> {
    store.write(|tx| seed_in(tx, login, name, dept_name, now))
}

/// [`seed`] in the caller's write transaction, on either engine (PostgreSQL's `init` makes the
/// schema and this in one).
pub fn seed_in(tx: &dyn Db, login: &str, name: &str, dept_name: &str, now: DateTime<Utc>) -> Result<()> {
    {
        let it = NewDept {
            code: IT_DEPT_CODE.into(),
            name: dept_name.into(),
            kind: DeptKind::It,
            interface: Contact::default(),
            head: Contact::default(),
            manager: Contact::default(),
            front_line: false,
            maintenance: false,
            relevance: 0,
        };
        insert_dept(tx, &it, login, now)?;
        let admin = NewUser {
            login: login.into(),
            name: name.into(),
            role: Role::Admin,
            dept: IT_DEPT_CODE.into(),
            phone: String::new(),
            email: String::new(),
        };
        insert_user(tx, &admin, login, now)?;
        Ok(())
    }
}

pub fn add_user(desk: &mut impl Writes, actor: &Actor, u: &NewUser, now: DateTime<Utc>) -> Result<User> {
    desk.write_db_as(actor, |tx, actor| {
        require(actor, Power::ManageDirectory)?;
        insert_user(tx, u, &actor.login, now)
    })
}

pub fn add_dept(desk: &mut impl Writes, actor: &Actor, d: &NewDept, now: DateTime<Utc>) -> Result<Department> {
    desk.write_db_as(actor, |tx, actor| {
        require(actor, Power::ManageDirectory)?;
        insert_dept(tx, d, &actor.login, now)
    })
}

pub fn set_role(
    desk: &mut impl Writes,
    actor: &Actor,
    login: &str,
    role: Role,
    if_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<User> {
    let id = user_id(desk, login)?;
    correct(desk, actor, id, if_version, now, "set_role", |tx, old: &User| {
        if old.role == role {
            return Err(invalid(format!("{login} is already {role}")));
        }
        if old.role == Role::Admin && users::count_with_role(tx, Role::Admin)? == 1 {
            return Err(rule(format!(
                "{login} is the last admin; make someone else admin first"
            )));
        }
        Ok(User { role, ..old.clone() })
    })
}

/// A directory record the step writes: its stamp of who changed it when.
pub(super) trait Directory: Stored + Clone + PartialEq {
    fn stamp(&mut self, by: &str, now: DateTime<Utc>);
    /// How a refusal names it.
    fn named(&self) -> String;
}

impl Stored for User {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<User>> {
        users::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &User, new: &User) -> Result<bool> {
        users::update(conn, old, new)
    }
}

impl Directory for User {
    fn stamp(&mut self, by: &str, now: DateTime<Utc>) {
        (self.version, self.updated_at, self.updated_by) = (self.version + 1, now, by.to_string());
    }
    fn named(&self) -> String {
        self.login.clone()
    }
}

impl Stored for Department {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Department>> {
        departments::by_id(conn, id)
    }
    fn save(conn: &dyn Db, old: &Department, new: &Department) -> Result<bool> {
        departments::update(conn, old, new)
    }
}

impl Directory for Department {
    fn stamp(&mut self, by: &str, now: DateTime<Utc>) {
        (self.version, self.updated_at, self.updated_by) = (self.version + 1, now, by.to_string());
    }
    fn named(&self) -> String {
        format!("department {}", self.code)
    }
}

fn user_id(desk: &mut impl Writes, login: &str) -> Result<i64> {
    desk.read_db(|tx| {
        users::by_login(tx, login)?
            .map(|u| u.id)
            .ok_or_else(|| not_found(format!("no user {login}")))
    })
}

fn dept_id(desk: &mut impl Writes, code: &str) -> Result<i64> {
    desk.read_db(|tx| {
        departments::by_code(tx, code)?
            .map(|d| d.id)
            .ok_or_else(|| not_found(format!("no department {code:?}; see opsdesk dept list")))
    })
}

/// An admin's correction of a directory record, through the one step (version check, the actor
/// as they are now, history): `change` computes the record as it becomes.
pub(super) fn correct<T: Directory>(
    desk: &mut impl Writes,
    actor: &Actor,
    id: i64,
    if_version: Option<i64>,
    now: DateTime<Utc>,
    action: &'static str,
    change: impl FnOnce(&dyn Db, &T) -> Result<T>,
) -> Result<T> {
    let call = Call::new(actor, now).if_version(if_version);
    step::step(
        desk,
        &call,
        id,
        "",
        |tx, old: &T, call| {
            require(call.actor, Power::ManageDirectory)?;
            let mut new = change(tx, old)?;
            if new == *old {
                return Err(invalid(format!("nothing to change for {}", old.named())));
            }
            new.stamp(&call.actor.login, call.now);
            Ok(vec![Transition::to(action, new)])
        },
        |_, new: &T, _| Ok(new.clone()),
    )
}

/// What `user edit` changes: `None` leaves a field as it is.
#[derive(Clone, Debug, Default)]
pub struct UserEdit {
    pub name: Option<String>,
    pub dept: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// Correct a person's name, department or contacts (admin): what notices are addressed with.
pub fn edit_user(
    desk: &mut impl Writes,
    actor: &Actor,
    login: &str,
    e: &UserEdit,
    if_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<User> {
    let id = user_id(desk, login)?;
    correct(desk, actor, id, if_version, now, "edit", |tx, old: &User| {
        let mut new = old.clone();
        if let Some(n) = &e.name {
            new.name = check_text("name", n, true)?;
        }
        if let Some(code) = &e.dept {
            new.dept_id = departments::by_code(tx, code)?
                .ok_or_else(|| not_found(format!("no department {code:?}; see opsdesk dept list")))?
                .id;
        }
        if let Some(p) = &e.phone {
            new.phone = named("phone", check_phone(p))?;
        }
        if let Some(m) = &e.email {
            new.email = named("email", check_email(m))?;
        }
        Ok(new)
    })
}

/// One of a department's people, as `dept edit` changes them: `None` leaves a field.
#[derive(Clone, Debug, Default)]
pub struct ContactEdit {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

impl ContactEdit {
    fn apply(&self, c: &Contact) -> Contact {
        Contact {
            name: self.name.clone().unwrap_or_else(|| c.name.clone()),
            phone: self.phone.clone().unwrap_or_else(|| c.phone.clone()),
            email: self.email.clone().unwrap_or_else(|| c.email.clone()),
        }
    }
}

/// What `dept edit` changes: `None` leaves a field as it is.
#[derive(Clone, Debug, Default)]
pub struct DeptEdit {
    pub name: Option<String>,
    pub interface: ContactEdit,
    pub head: ContactEdit,
    pub manager: ContactEdit,
    pub front_line: Option<bool>,
    pub maintenance: Option<bool>,
    pub relevance: Option<i64>,
}

/// Correct a department's name, people, contacts or flags (admin).
pub fn edit_dept(
    desk: &mut impl Writes,
    actor: &Actor,
    code: &str,
    e: &DeptEdit,
    if_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Department> {
    let id = dept_id(desk, code)?;
    correct(desk, actor, id, if_version, now, "edit", |_, old: &Department| {
        let mut new = old.clone();
        if let Some(n) = &e.name {
            new.name = check_text("name", n, true)?;
        }
        new.interface = check_contact("interface", &e.interface.apply(&old.interface))?;
        new.head = check_contact("head", &e.head.apply(&old.head))?;
        new.manager = check_contact("manager", &e.manager.apply(&old.manager))?;
        new.front_line = e.front_line.unwrap_or(old.front_line);
        new.maintenance = e.maintenance.unwrap_or(old.maintenance);
        new.relevance = e.relevance.unwrap_or(old.relevance);
        Ok(new)
    })
}
