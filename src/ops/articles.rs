//! Knowledge commands (SPEC K1, I10): write, review (never by the author of the text), publish,
//! update, retire; a case drafted from a resolved incident; the articles in use for the incident
//! at hand.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::step::{Stored, Transition, step};
use super::{Call, Writes};
use crate::domain::article::{Article, NewArticle, Revision};
use crate::domain::audit::diff;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::not_found;
use crate::store::db::Db;
use crate::store::{articles as store, audit, incidents};

impl Stored for Article {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Article>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Article, new: &Article) -> Result<bool> {
        store::update(conn, old, new)
    }
}

pub fn get(conn: &dyn Db, id: i64) -> Result<Article> {
    store::get(conn, id)?.ok_or_else(|| not_found(format!("no article {id}")))
}

pub use store::list;

/// K1: a new draft. The incidents it names must exist; each gets a line on its timeline.
pub fn create(desk: &mut impl Writes, actor: &Actor, new: &NewArticle, now: DateTime<Utc>) -> Result<Article> {
    let listed = desk.config().incident.services.clone();
    desk.write_db_as(actor, |tx, actor| {
        let mut a = Article::write(new, actor, now)?;
        // I11: the services as the directory knows them.
        a.services = super::services::resolve_all_in(tx, &listed, &a.services)?;
        for &i in &a.incidents {
            incidents::get(tx, i)?.ok_or_else(|| not_found(format!("no incident {i}")))?;
        }
        a.id = store::insert(tx, &a)?;
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Article, a.id),
                subject: (Kind::Article, a.id),
                at: now,
                actor: &actor.login,
                action: "create",
                version: Some(a.version),
                changes: &diff(None, &a),
                detail: "",
            },
        )?;
        for &i in &a.incidents {
            let detail = format!("article {}: {}", a.id, a.title);
            audit::append(
                tx,
                &audit::Entry {
                    record: (Kind::Incident, i),
                    subject: (Kind::Incident, i),
                    at: now,
                    actor: &actor.login,
                    action: "case",
                    version: None,
                    changes: &[],
                    detail: &detail,
                },
            )?;
        }
        Ok(a)
    })
}

/// I10: a case analysis drafted from incident `id`: its description, cause and every handling
/// step of its timeline, for the author to finish (nothing is written).
pub fn case_from_incident(conn: &dyn Db, id: i64, zone: chrono_tz::Tz) -> Result<NewArticle> {
    let inc = incidents::get(conn, id)?.ok_or_else(|| not_found(format!("no incident {id}")))?;
    let timeline = audit::timeline(conn, Kind::Incident, id)?;
    Ok(Article::case_from(&inc, &handling(&timeline, zone))?)
}

/// I10: an incident's handling steps as a case lists them (`time who what: detail`), from its
/// timeline: the console drafts a case from the history it shows with the same lines.
pub fn handling(timeline: &[audit::HistoryRow], zone: chrono_tz::Tz) -> Vec<String> {
    timeline
        .iter()
        .filter(|h| h.record_kind == Kind::Incident)
        .map(|h| {
            let detail = if h.detail.is_empty() {
                String::new()
            } else {
                format!(": {}", h.detail)
            };
            format!("{} {} {}{detail}", local_minute(h.at, zone), h.actor, h.action)
        })
        .collect()
}

fn drive(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    action: &'static str,
    rule: impl FnOnce(&Article, &Call) -> Result<Article>,
) -> Result<Article> {
    step(
        desk,
        call,
        id,
        "",
        |_, a: &Article, call| Ok(vec![Transition::to(action, rule(a, call)?)]),
        |_, a, _| Ok(a.clone()),
    )
}

/// K1: reviewed by someone other than the author of the text (refused otherwise, exit 5).
pub fn review(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Article> {
    drive(desk, call, id, "review", |a, call| Ok(a.review(call.actor, call.now)?))
}

pub fn publish(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Article> {
    drive(
        desk,
        call,
        id,
        "publish",
        |a, call| Ok(a.publish(call.actor, call.now)?),
    )
}

pub fn update(desk: &mut impl Writes, call: &Call, id: i64, r: &Revision) -> Result<Article> {
    let listed = desk.config().incident.services.clone();
    step(
        desk,
        call,
        id,
        "",
        |tx, a: &Article, call| {
            // I11: the services as the directory knows them.
            let r = Revision {
                services: match &r.services {
                    Some(s) => Some(super::services::resolve_all_in(tx, &listed, s)?),
                    None => None,
                },
                ..r.clone()
            };
            Ok(vec![Transition::to("update", a.update(call.actor, &r, call.now)?)])
        },
        |_, a, _| Ok(a.clone()),
    )
}

pub fn retire(desk: &mut impl Writes, call: &Call, id: i64) -> Result<Article> {
    drive(desk, call, id, "retire", |a, call| Ok(a.retire(call.actor, call.now)?))
}

/// K1: the articles in use for an incident of `service` and `category`, newest first.
pub fn for_incident(
    conn: &(impl crate::store::db::Db + ?Sized),
    service: &str,
    category: &str,
    limit: usize,
) -> Result<Vec<Article>> {
    Ok(store::in_use(conn, 500)?
        .into_iter()
        .filter(|a| a.fits(service, category))
        .take(limit)
        .collect())
}

/// A step on an article, as the command line and the console ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    Review,
    Publish,
    Update(Revision),
    Retire,
}

/// Take step `cmd` on article `id`.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Article> {
    match cmd {
        Cmd::Review => review(desk, call, id),
        Cmd::Publish => publish(desk, call, id),
        Cmd::Update(r) => update(desk, call, id, r),
        Cmd::Retire => retire(desk, call, id),
    }
}
