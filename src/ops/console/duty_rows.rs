//! The open duties as the Escalations view lists them: each with the record it belongs to
//! (an incident, or the title of a change, run, request, form, account or response) and its
//! messages, read in the snapshot's transaction.

use crate::store::db::Db;
use anyhow::Result;

use crate::domain::duty::Duty;
use crate::domain::incident::Incident;
use crate::domain::kind::Kind;
use crate::domain::message::Message;
use crate::store::incidents as store;
use crate::store::{changes, messages, runs};

/// A duty with the record it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct DutyRow {
    pub duty: Duty,
    pub incident: Option<Incident>,
    /// The title of the change or request (or the name of the run, or the account) it belongs
    /// to.
    pub change: Option<String>,
    /// Its messages, one per medium, once written.
    pub messages: Vec<Message>,
}

/// The ids of the records of `kind` that `open` duties belong to, each once, in order.
fn ids_of(open: &[Duty], kind: Kind) -> Vec<i64> {
    let mut ids: Vec<i64> = open
        .iter()
        .filter(|d| d.record_kind == kind)
        .map(|d| d.record_id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// `open` with the incident, the open change or the run each belongs to, and its messages.
pub(super) fn duty_rows(tx: &dyn Db, open: Vec<Duty>) -> Result<Vec<DutyRow>> {
    let of = |kind: Kind| ids_of(&open, kind);
    let owners = store::by_ids(tx, &of(Kind::Incident))?;
    let changes = changes::open_by_ids(tx, &of(Kind::Change))?;
    let runs = runs::by_ids(tx, &of(Kind::Run))?;
    let titles = other_titles(tx, &open)?;
    let ids: Vec<i64> = open.iter().map(|d| d.id).collect();
    let mut sent = messages::of_duties(tx, &ids)?;
    Ok(open
        .into_iter()
        .map(|duty| {
            let incident = owners
                .iter()
                .find(|i| duty.record_kind == Kind::Incident && i.id == duty.record_id)
                .cloned();
            let change = changes
                .iter()
                .find(|c| duty.record_kind == Kind::Change && c.id == duty.record_id)
                .map(|c| c.title.clone())
                .or_else(|| {
                    runs.iter()
                        .find(|r| duty.record_kind == Kind::Run && r.id == duty.record_id)
                        .map(|r| format!("{} {}", r.kind, r.period))
                })
                .or_else(|| {
                    titles
                        .iter()
                        .find(|(k, id, _)| *k == duty.record_kind && *id == duty.record_id)
                        .map(|(_, _, t)| t.clone())
                });
            let messages = sent.extract_if(.., |m| m.duty_id == duty.id).collect();
            DutyRow {
                duty,
                incident,
                change,
                messages,
            }
        })
        .collect())
}

/// What the requests, contact forms and accounts that open duties belong to are called: a
/// request's title (R4 with its classification, A2), a form's project, an account as
/// `system/account (person)`.
fn other_titles(conn: &dyn Db, open: &[Duty]) -> Result<Vec<(Kind, i64, String)>> {
    let ids = |kind: Kind| ids_of(open, kind);
    let mut out: Vec<(Kind, i64, String)> = crate::store::requests::by_ids(conn, &ids(Kind::Request))?
        .into_iter()
        .map(|r| {
            let title = match r.classification {
                Some(c) => format!("[{}] {}", c.chinese(), r.title),
                None => r.title,
            };
            (Kind::Request, r.id, title)
        })
        .collect();
    out.extend(
        crate::store::support::by_ids(conn, &ids(Kind::Support))?
            .into_iter()
            .map(|f| (Kind::Support, f.id, f.project_name)),
    );
    for id in ids(Kind::Account) {
        if let Some(a) = crate::store::accounts::get(conn, id)? {
            out.push((Kind::Account, id, format!("{}/{} ({})", a.system, a.account, a.person)));
        }
    }
    out.extend(crate::ops::emergency::duty_titles(
        conn,
        &ids(Kind::Response),
        &ids(Kind::Drill),
    )?);
    Ok(out)
}
