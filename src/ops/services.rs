//! The services directory (SPEC I3, I11; issue 19 item 11): only an admin changes it; every
//! record that names a service resolves what was typed through it, in its write transaction.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::Writes;
use super::directory::{Directory as Corrected, correct, created};
use super::step::Stored;
use crate::domain::role::{Actor, Power, require};
use crate::domain::service::{Service, check_code, check_word, clash, resolve};
use crate::error::{invalid, not_found, rule};
use crate::store::db::Db;
use crate::store::services;

/// A new service, as `service add` gives it.
#[derive(Clone, Debug, Default)]
pub struct NewService {
    pub code: String,
    pub name_en: String,
    pub name_zh: String,
    pub aliases: Vec<String>,
    pub ord: i64,
}

/// What `service edit` changes: `None` leaves a field as it is.
#[derive(Clone, Debug, Default)]
pub struct ServiceEdit {
    pub name_en: Option<String>,
    pub name_zh: Option<String>,
    pub aliases: Option<Vec<String>>,
    pub ord: Option<i64>,
}

fn words(field: &str, list: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for w in list {
        let w = check_word(field, w)?;
        if !w.is_empty() && !out.iter().any(|o| o.to_lowercase() == w.to_lowercase()) {
            out.push(w);
        }
    }
    Ok(out)
}

/// Refuse a service one of whose words already names another (what is typed would be ambiguous).
fn refuse_clash(conn: &dyn Db, s: &Service) -> Result<()> {
    let all = services::list(conn)?;
    if let Some((word, other)) = clash(s, &all) {
        return Err(rule(format!(
            "{word:?} already names service {other}: a word names one service"
        )));
    }
    Ok(())
}

/// Add a service to the directory (admin).
pub fn add(desk: &mut impl Writes, actor: &Actor, n: &NewService, now: DateTime<Utc>) -> Result<Service> {
    desk.write_db_as(actor, |tx, actor| {
        require(actor, Power::ManageDirectory)?;
        let code = check_code(&n.code)?;
        let mut s = Service {
            id: 0,
            code,
            name_en: check_word("name", &n.name_en)?,
            name_zh: check_word("Chinese name", &n.name_zh)?,
            aliases: words("alias", &n.aliases)?,
            ord: n.ord,
            retired: false,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        };
        if let Some(old) = services::by_code(tx, &s.code)? {
            return Err(rule(format!("service {} already exists", old.code)));
        }
        refuse_clash(tx, &s)?;
        s.id = services::insert(tx, &s)?;
        created(tx, &s, &actor.login, now)?;
        Ok(s)
    })
}

fn service_id(desk: &mut impl Writes, code: &str) -> Result<i64> {
    desk.read_db(|tx| {
        services::by_code(tx, crate::text::normalize(code).as_str())?
            .map(|s| s.id)
            .ok_or_else(|| not_found(format!("no service {code:?}; see opsdesk service list")))
    })
}

/// Correct a service's names, aliases or order (admin). Its code stays: records carry it.
pub fn edit(
    desk: &mut impl Writes,
    actor: &Actor,
    code: &str,
    e: &ServiceEdit,
    if_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Service> {
    let id = service_id(desk, code)?;
    correct(desk, actor, id, if_version, now, "edit", |tx, old: &Service| {
        let mut new = old.clone();
        if let Some(n) = &e.name_en {
            new.name_en = check_word("name", n)?;
        }
        if let Some(n) = &e.name_zh {
            new.name_zh = check_word("Chinese name", n)?;
        }
        if let Some(a) = &e.aliases {
            new.aliases = words("alias", a)?;
        }
        new.ord = e.ord.unwrap_or(old.ord);
        refuse_clash(tx, &new)?;
        Ok(new)
    })
}

/// Retire a service (admin): no longer offered nor taken for new records; what was recorded
/// keeps it. `undo` brings it back.
pub fn retire(
    desk: &mut impl Writes,
    actor: &Actor,
    code: &str,
    undo: bool,
    if_version: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Service> {
    let id = service_id(desk, code)?;
    let action = if undo { "unretire" } else { "retire" };
    correct(desk, actor, id, if_version, now, action, |tx, old: &Service| {
        if old.retired != undo {
            return Err(invalid(if undo {
                format!("service {} is in use, not retired", old.code)
            } else {
                format!("service {} is already retired", old.code)
            }));
        }
        let new = Service {
            retired: !undo,
            ..old.clone()
        };
        // A retired service's words are free: one of them may name a service in use by now
        // (a service merged into another is retired with its code that other's alias).
        if undo {
            refuse_clash(tx, &new)?;
        }
        Ok(new)
    })
}

/// The code of the service `typed` names, read in the caller's transaction from the directory
/// and the config's `[incident] services` (`listed`); refused with the known ones otherwise.
pub fn resolve_in(conn: &dyn Db, listed: &[String], typed: &str) -> Result<String> {
    Ok(resolve(typed, &services::list(conn)?, listed)?)
}

/// [`resolve_in`] for each of a list (a plan's or an article's services), in order, once each.
pub fn resolve_all_in(conn: &dyn Db, listed: &[String], typed: &[String]) -> Result<Vec<String>> {
    let dir = services::list(conn)?;
    let mut out: Vec<String> = Vec::new();
    for t in typed {
        let code = resolve(t, &dir, listed)?;
        if !code.is_empty() && !out.contains(&code) {
            out.push(code);
        }
    }
    Ok(out)
}

impl Stored for Service {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Service>> {
        services::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Service, new: &Service) -> Result<bool> {
        services::update(conn, old, new)
    }
}

impl Corrected for Service {
    fn stamp(&mut self, by: &str, now: DateTime<Utc>) {
        (self.version, self.updated_at, self.updated_by) = (self.version + 1, now, by.to_string());
    }
    fn named(&self) -> String {
        format!("service {}", self.code)
    }
}

/// The directory as the console's worker reads it (at start, and again whenever the desk
/// changed): the
/// services in use with their names, the config's `[incident] services` (codes the core still
/// takes), the departments (code, name) and the people (login, name).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    pub services: Vec<Service>,
    pub listed: Vec<String>,
    pub depts: Vec<(String, String)>,
    pub people: Vec<(String, String)>,
}

impl Directory {
    /// Read from the desk, in one read transaction.
    pub fn read(desk: &mut impl super::Writes) -> anyhow::Result<Directory> {
        let listed = desk.config().incident.services.clone();
        desk.read_db(|tx| {
            let services = crate::store::services::list(tx)?
                .into_iter()
                .filter(|s| !s.retired)
                .collect();
            let depts = crate::store::departments::list(tx)?
                .into_iter()
                .map(|d| (d.code, d.name))
                .collect();
            let mut people = Vec::new();
            let mut after = 0;
            loop {
                let page = crate::store::users::scan(tx, after, 500)?;
                let Some(last) = page.last() else { break };
                after = last.id;
                people.extend(page.into_iter().map(|u| (u.login, u.name)));
            }
            Ok(Directory {
                services,
                listed,
                depts,
                people,
            })
        })
    }
}
