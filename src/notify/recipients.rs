//! Who must be told (SPEC U3): resolved from the department directory and the users, in the
//! order the rule wants. A duty keeps the line this gives at the moment it is raised.

use crate::domain::kind::Kind;
use crate::store::db::Db;
use anyhow::Result;
use serde::Serialize;

use crate::domain::change::Change;
use crate::domain::directory::{Contact, Department, DeptKind};
use crate::domain::duty::{Audience, DutyKind};
use crate::domain::incident::Incident;
use crate::domain::request::Request;
use crate::domain::role::Role;
use crate::store::{departments, duties, users};

/// Someone to reach: a person, with the department they speak for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub dept: String,
    pub phone: String,
    pub email: String,
}

impl Person {
    fn from_contact(c: &Contact, dept: &str) -> Person {
        Person {
            name: c.name.clone(),
            dept: dept.to_string(),
            phone: c.phone.clone(),
            email: c.email.clone(),
        }
    }

    /// `孙丽 (市场部)`.
    pub fn label(&self) -> String {
        if self.dept.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.dept)
        }
    }

    /// `孙丽 (市场部) 13900000013`.
    pub fn line(&self) -> String {
        let mut s = self.name.clone();
        if !self.dept.is_empty() {
            s.push_str(&format!(" ({})", self.dept));
        }
        for extra in [&self.phone, &self.email] {
            if !extra.is_empty() {
                s.push(' ');
                s.push_str(extra);
            }
        }
        s
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Recipients {
    pub to: Vec<Person>,
    pub cc: Vec<Person>,
}

impl Recipients {
    pub fn is_empty(&self) -> bool {
        self.to.is_empty() && self.cc.is_empty()
    }

    /// `a, b; cc: c`: what a duty shows and keeps.
    pub fn line(&self) -> String {
        let join = |l: &[Person]| l.iter().map(Person::line).collect::<Vec<_>>().join(", ");
        match (self.to.is_empty(), self.cc.is_empty()) {
            (_, true) => join(&self.to),
            (true, false) => format!("cc: {}", join(&self.cc)),
            (false, false) => format!("{}; cc: {}", join(&self.to), join(&self.cc)),
        }
    }

    fn push_to(&mut self, p: Person) {
        if !p.name.is_empty() && !self.to.contains(&p) {
            self.to.push(p);
        }
    }

    fn push_cc(&mut self, p: Person) {
        if !p.name.is_empty() && !self.cc.contains(&p) && !self.to.contains(&p) {
            self.cc.push(p);
        }
    }
}

/// What a duty is about.
#[derive(Clone, Copy, Debug)]
pub enum Subject<'a> {
    Incident(&'a Incident),
    Change(&'a Change),
    Run(&'a crate::domain::billing::Run),
    Request(&'a Request),
    Account(&'a crate::domain::account::Account),
    Support(&'a crate::domain::support::SupportForm),
    /// E2: a response, whose leadership group is the plan's as declared.
    Response(&'a crate::domain::emergency::Response),
    /// E1: a drill, whose evaluation goes to its plan's leadership group.
    Drill(&'a crate::domain::emergency::Drill),
    /// Q6: a corrective notice, for its department.
    Corrective(&'a crate::domain::corrective::Corrective),
    /// Q7: a callback, the desk's own work.
    Callback(&'a crate::domain::callback::Callback),
    /// Q1: a work report, for the IT department's manager and leaders.
    WorkReport(&'a crate::domain::report::sent::SentReport),
}

fn people_with(conn: &dyn Db, role: Role, depts: &[Department]) -> Result<Vec<Person>> {
    let it = depts.iter().find(|d| d.kind == DeptKind::It).map(|d| d.id);
    let mut people = users::with_role(conn, role)?;
    // The IT department's own people first.
    people.sort_by_key(|u| Some(u.dept_id) != it);
    Ok(people
        .iter()
        .map(|u| {
            let dept = depts
                .iter()
                .find(|d| d.id == u.dept_id)
                .map(|d| d.name.clone())
                .unwrap_or_default();
            Person::from_contact(&u.contact(), &dept)
        })
        .collect())
}

/// E1, E2: a leadership group, each person with the phone and e-mail the directory has for them
/// now (a member since removed from the directory keeps the name the plan wrote, and no address).
fn group_people(
    conn: &dyn Db,
    group: &[crate::domain::emergency::Member],
    depts: &[Department],
) -> Result<Vec<Person>> {
    let mut out = Vec::new();
    for m in group {
        out.push(match users::by_login(conn, &m.login)? {
            Some(u) => {
                let dept = depts
                    .iter()
                    .find(|d| d.id == u.dept_id)
                    .map(|d| d.name.clone())
                    .unwrap_or_default();
                Person::from_contact(&u.contact(), &dept)
            }
            None => Person {
                name: m.name.clone(),
                dept: String::new(),
                phone: String::new(),
                email: String::new(),
            },
        });
    }
    Ok(out)
}

/// I8: the incident's current handling had its broadcast (raised, not withdrawn).
fn broadcast_reached(conn: &dyn Db, i: &Incident) -> Result<bool> {
    Ok(duties::of_record(conn, Kind::Incident, i.id)?
        .iter()
        .any(|d| d.kind == DutyKind::Broadcast && d.episode == i.episode && !d.withdrawn))
}

/// The departments a record names, in its order; unknown codes are skipped.
fn named<'a>(codes: &[String], depts: &'a [Department]) -> Vec<&'a Department> {
    codes
        .iter()
        .filter_map(|c| depts.iter().find(|d| &d.code == c))
        .collect()
}

pub fn resolve(conn: &dyn Db, audience: Audience, subject: Subject) -> Result<Recipients> {
    let depts = departments::list(conn)?;
    let business: Vec<&Department> = depts.iter().filter(|d| d.kind == DeptKind::Business).collect();
    let it = depts.iter().find(|d| d.kind == DeptKind::It);
    let mut r = Recipients::default();
    let interface_and_head = |r: &mut Recipients, d: &Department| {
        r.push_to(Person::from_contact(&d.interface, &d.name));
        r.push_to(Person::from_contact(&d.head, &d.name));
    };
    match (audience, subject) {
        (Audience::Role(role), _) => {
            for p in people_with(conn, role, &depts)? {
                r.push_to(p);
            }
            if r.to.is_empty()
                && role == Role::Manager
                && let Some(d) = it
            {
                r.push_to(Person::from_contact(&d.manager, &d.name));
            }
        }
        (Audience::AllDepartments, _) => {
            for d in &business {
                r.push_to(Person::from_contact(&d.interface, &d.name));
            }
            // Copied to the IT department's staff, supervisors and manager (I8).
            for role in [Role::Operator, Role::Supervisor, Role::Manager] {
                for p in people_with(conn, role, &depts)?
                    .into_iter()
                    .filter(|p| Some(&p.dept) == it.map(|d| &d.name))
                {
                    r.push_cc(p);
                }
            }
        }
        (Audience::Affected, Subject::Incident(i)) => {
            if !i.reporter.is_empty() {
                // The contact the reporter left is a phone number or an e-mail address.
                let (phone, email) = if i.contact.contains('@') {
                    (String::new(), i.contact.clone())
                } else {
                    (i.contact.clone(), String::new())
                };
                r.push_to(Person {
                    name: i.reporter.clone(),
                    dept: i.dept.clone(),
                    phone,
                    email,
                });
            }
            if let Some(d) = business
                .iter()
                .find(|d| !i.dept.is_empty() && (d.name == i.dept || d.code == i.dept))
            {
                r.push_to(Person::from_contact(&d.interface, &d.name));
            }
            // The departments named as affected.
            for d in named(&i.affected, &depts) {
                r.push_to(Person::from_contact(&d.interface, &d.name));
            }
            // Everyone the 30-minute broadcast told of the outage hears that it is over.
            if broadcast_reached(conn, i)? {
                let all = resolve(conn, Audience::AllDepartments, subject)?;
                for p in all.to {
                    r.push_to(p);
                }
                for p in all.cc {
                    r.push_cc(p);
                }
            }
        }
        (Audience::Maintenance, _) => {
            for d in business.iter().filter(|d| d.maintenance) {
                interface_and_head(&mut r, d);
            }
        }
        (Audience::FrontLine, _) => {
            for d in business.iter().filter(|d| d.front_line) {
                r.push_to(Person::from_contact(&d.interface, &d.name));
            }
        }
        (Audience::Collaborators, Subject::Change(c)) => {
            for d in named(&c.collaborators, &depts) {
                interface_and_head(&mut r, d);
            }
        }
        (Audience::ChangeNotice | Audience::ChangeResult, Subject::Change(c)) => {
            let concerned = named(&c.departments, &depts);
            for d in &concerned {
                interface_and_head(&mut r, d);
            }
            if audience == Audience::ChangeNotice {
                for p in people_with(conn, Role::Leader, &depts)? {
                    r.push_cc(p);
                }
                for d in &concerned {
                    r.push_cc(Person::from_contact(&d.manager, &d.name));
                }
            }
        }
        (Audience::DeptManagers, Subject::Change(c)) => {
            for d in named(&c.departments, &depts) {
                r.push_to(Person::from_contact(&d.manager, &d.name));
            }
            for p in people_with(conn, Role::Leader, &depts)? {
                r.push_cc(p);
            }
        }
        (Audience::ReportReaders, _) => {
            // Q1: the IT department's manager and leaders read it; its supervisors are copied.
            let of_it = |p: &Person| Some(&p.dept) == it.map(|d| &d.name);
            for role in [Role::Manager, Role::Leader] {
                for p in people_with(conn, role, &depts)?.into_iter().filter(of_it) {
                    r.push_to(p);
                }
            }
            for p in people_with(conn, Role::Supervisor, &depts)?.into_iter().filter(of_it) {
                r.push_cc(p);
            }
            if r.to.is_empty()
                && let Some(d) = it
            {
                r.push_to(Person::from_contact(&d.manager, &d.name));
            }
        }
        (Audience::SupervisorsAndManager, _) => {
            for role in [Role::Supervisor, Role::Manager] {
                for p in people_with(conn, role, &depts)?
                    .into_iter()
                    .filter(|p| Some(&p.dept) == it.map(|d| &d.name))
                {
                    r.push_to(p);
                }
            }
        }
        (Audience::DeskReport, _) => {
            // The manager and supervisors by SMS, all the department's staff by e-mail with the
            // manager in Cc, not in To (B5).
            let of_it = |p: &Person| Some(&p.dept) == it.map(|d| &d.name);
            for role in [Role::Supervisor, Role::Operator, Role::Leader, Role::Admin] {
                for p in people_with(conn, role, &depts)?.into_iter().filter(of_it) {
                    r.push_to(p);
                }
            }
            r.cc = people_with(conn, Role::Manager, &depts)?
                .into_iter()
                .filter(of_it)
                .collect();
        }
        (Audience::Requester, Subject::Request(q)) => {
            let dept = depts.iter().find(|d| d.code == q.dept);
            let dept_name = dept.map_or(q.dept.clone(), |d| d.name.clone());
            // The contact the requester left is a phone number or an e-mail address; without
            // one, their department's interface person passes it on (U3).
            let contact = q.contact.trim();
            if !contact.is_empty() {
                let (phone, email) = if contact.contains('@') {
                    (String::new(), contact.to_string())
                } else {
                    (contact.to_string(), String::new())
                };
                r.push_to(Person {
                    name: q.requester.clone(),
                    dept: dept_name,
                    phone,
                    email,
                });
            } else if let Some(d) = dept {
                r.push_to(Person::from_contact(&d.interface, &d.name));
            }
        }
        (Audience::CorrectiveDept, Subject::Corrective(c)) => {
            if let Some(d) = depts.iter().find(|d| d.code == c.dept) {
                interface_and_head(&mut r, d);
                r.push_cc(Person::from_contact(&d.manager, &d.name));
            }
        }
        (Audience::Initiator, Subject::Support(f)) => {
            // R9: the project's initiator, at the contact they left; without one, their
            // department's interface person passes it on (U3).
            let dept = depts.iter().find(|d| d.code == f.dept);
            let contact = f.contact.trim();
            if !contact.is_empty() {
                let (phone, email) = if contact.contains('@') {
                    (String::new(), contact.to_string())
                } else {
                    (contact.to_string(), String::new())
                };
                r.push_to(Person {
                    name: f.initiator.clone(),
                    dept: dept.map_or(f.dept.clone(), |d| d.name.clone()),
                    phone,
                    email,
                });
            } else if let Some(d) = dept {
                r.push_to(Person::from_contact(&d.interface, &d.name));
            }
        }
        (Audience::OwnerAndSupervisors, Subject::Request(q)) => {
            if let Some(owner) = q.owner.as_deref().and_then(|l| users::by_login(conn, l).ok().flatten()) {
                let dept = depts
                    .iter()
                    .find(|d| d.id == owner.dept_id)
                    .map(|d| d.name.clone())
                    .unwrap_or_default();
                r.push_to(Person::from_contact(&owner.contact(), &dept));
            }
            for p in people_with(conn, Role::Supervisor, &depts)?
                .into_iter()
                .filter(|p| Some(&p.dept) == it.map(|d| &d.name))
            {
                r.push_to(p);
            }
        }
        (Audience::Leadership, Subject::Response(resp)) => {
            for p in group_people(conn, &resp.group, &depts)? {
                r.push_to(p);
            }
        }
        (Audience::Leadership, Subject::Drill(d)) => {
            if let Some(plan) = crate::store::emergency::plan(conn, d.plan_id)? {
                for p in group_people(conn, &plan.group, &depts)? {
                    r.push_to(p);
                }
            }
        }
        (Audience::Desk, _) => {
            if let Some(d) = it {
                r.push_to(Person {
                    name: d.name.clone(),
                    dept: String::new(),
                    phone: String::new(),
                    email: String::new(),
                });
            }
        }
        // An incident duty never names a change audience, nor the other way round.
        (_, _) => {}
    }
    Ok(r)
}
