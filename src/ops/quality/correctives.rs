//! Corrective notice commands (SPEC Q6): issue one (its notice goes to the department through the
//! outbox, its follow-up duty counts down to the due date), follow it up (done, or another round
//! with a new due date), close it. Each one transaction through the one step.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::audit::diff;
use crate::domain::corrective::{Corrective, CorrectiveStatus, FollowUp, NewCorrective};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::error::not_found;
use crate::notify::recipients::Subject;
use crate::ops::step::{Stored, Transition, step};
use crate::ops::{Call, Writes};
use crate::store::db::Db;
use crate::store::{audit, correctives as store, departments, duties};

/// The notice goes to the department within this of its issue.
const NOTICE_WITHIN_HOURS: i64 = 24;

impl Stored for Corrective {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Corrective>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Corrective, new: &Corrective) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// A notice as shown: the record, its department's name and its duties.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct View {
    pub corrective: Corrective,
    pub dept_name: String,
    pub duties: Vec<Duty>,
}

pub fn view(conn: &dyn Db, c: Corrective) -> Result<View> {
    let dept_name = departments::by_code(conn, &c.dept)?.map_or_else(|| c.dept.clone(), |d| d.name);
    let duties = duties::of_record(conn, Kind::Corrective, c.id)?;
    Ok(View {
        corrective: c,
        dept_name,
        duties,
    })
}

pub fn get(conn: &dyn Db, id: i64) -> Result<View> {
    let c = store::get(conn, id)?.ok_or_else(|| not_found(format!("no corrective notice {id}")))?;
    view(conn, c)
}

pub fn list(conn: &dyn Db, statuses: &[CorrectiveStatus], before: Option<i64>, limit: usize) -> Result<Vec<View>> {
    store::list(conn, statuses, before, limit)?
        .into_iter()
        .map(|c| view(conn, c))
        .collect()
}

/// Issue a notice in the caller's transaction (a sample's problem finding raises one in its own).
pub(crate) fn issue_in(
    tx: &dyn Db,
    actor: &Actor,
    new: &NewCorrective,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<Corrective> {
    let mut c = Corrective::issue(new, actor, now)?;
    if departments::by_code(tx, &c.dept)?.is_none() {
        return Err(not_found(format!("no department {:?}; see opsdesk dept list", c.dept)));
    }
    c.id = store::insert(tx, &c)?;
    audit::append(
        tx,
        &audit::Entry {
            record: (Kind::Corrective, c.id),
            subject: (Kind::Corrective, c.id),
            at: now,
            actor: &actor.login,
            action: "issue",
            version: Some(c.version),
            changes: &diff(None, &c),
            detail: &c.source,
        },
    )?;
    let spec = DutySpec {
        kind: DutyKind::Q6Notice,
        episode: 0,
        raised_at: now,
        due_at: now + Duration::hours(NOTICE_WITHIN_HOURS),
    };
    crate::ops::duties::raise(
        tx,
        (Kind::Corrective, c.id),
        Subject::Corrective(&c),
        &spec,
        &actor.login,
        now,
        zone,
    )?;
    sync(tx, &c, &Call::new(actor, now), zone)?;
    Ok(c)
}

/// Q6: a supervisor issues a notice.
pub fn issue(desk: &mut impl Writes, actor: &Actor, new: &NewCorrective, now: DateTime<Utc>) -> Result<View> {
    let zone = desk.zone();
    desk.write_db_as(actor, |tx, actor| {
        let c = issue_in(tx, actor, new, now, zone)?;
        view(tx, c)
    })
}

/// Q6: what the follow-up found.
pub fn follow_up(desk: &mut impl Writes, call: &Call, id: i64, f: &FollowUp) -> Result<View> {
    let zone = desk.zone();
    let detail = match f {
        FollowUp::Done { text } => format!("done: {text}"),
        FollowUp::NotDone { text, .. } => format!("not done: {text}"),
    };
    step(
        desk,
        call,
        id,
        &detail,
        |_, c: &Corrective, call| Ok(vec![Transition::to("follow_up", c.follow_up(call.actor, f, call.now)?)]),
        |tx, c, call| {
            sync(tx, c, call, zone)?;
            view(tx, c.clone())
        },
    )
}

/// Q6: close a notice (a supervisor).
pub fn close(desk: &mut impl Writes, call: &Call, id: i64, note: &str) -> Result<View> {
    let zone = desk.zone();
    step(
        desk,
        call,
        id,
        note,
        |_, c: &Corrective, call| Ok(vec![Transition::to("close", c.close(call.actor, note, call.now)?)]),
        |tx, c, call| {
            sync(tx, c, call, zone)?;
            view(tx, c.clone())
        },
    )
}

/// Keep the follow-up duty in line (Q6): one per round, owed until the follow-up is recorded;
/// a round the follow-up found not done is done with its words and the next round is owed; a
/// notice closed unfollowed withdraws it.
fn sync(tx: &dyn Db, c: &Corrective, call: &Call, zone: Tz) -> Result<()> {
    let login = &call.actor.login;
    for d in duties::of_record(tx, Kind::Corrective, c.id)?
        .iter()
        .filter(|d| d.kind == DutyKind::Q6FollowUp && d.done_at.is_none())
    {
        let followed = d.episode < c.round || c.status == CorrectiveStatus::FollowedUp;
        if let (true, Some(at)) = (followed, c.followed_up_at) {
            let how = format!("followed up by {}: {}", c.followed_up_by, c.follow_up);
            crate::ops::duties::complete_in(tx, d, login, at.max(d.raised_at), &how, call.now, zone)?;
        } else if c.status == CorrectiveStatus::Closed {
            let why = format!("withdrawn: corrective notice {} was closed: {}", c.id, c.close_note);
            crate::ops::duties::withdraw_in(tx, d, login, &why, call.now, zone)?;
        }
    }
    if c.awaits_follow_up() {
        let spec = DutySpec {
            kind: DutyKind::Q6FollowUp,
            episode: c.round,
            raised_at: call.now.min(c.due_at),
            due_at: c.due_at,
        };
        crate::ops::duties::raise(
            tx,
            (Kind::Corrective, c.id),
            Subject::Corrective(c),
            &spec,
            login,
            call.now,
            zone,
        )?;
    }
    Ok(())
}
