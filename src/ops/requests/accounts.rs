//! Accounts follow people (SPEC R3): a delivered account request grants, changes or removes an
//! account in the register opsdesk keeps; an HR record of a move or a departure turns every
//! account of that person into a removal duty due within a working day; removing the account
//! does the duty.

use anyhow::Result;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::rules;
use crate::domain::account::{Account, PersonAction, PersonChange};
use crate::domain::audit::diff;
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::request::{AccountAction, Request};
use crate::domain::time::local_minute;
use crate::notify::recipients::Subject;
use crate::ops::step::{Stored, Transition, step};
use crate::ops::{Call, Writes, conflict};
use crate::store::accounts::{self as store, Filter};
use crate::store::db::Db;
use crate::store::{audit, duties};

impl Stored for Account {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Account>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Account, new: &Account) -> Result<bool> {
        store::update(conn, old, new)
    }
}

/// An account's history row; `subject` the record whose timeline shows it.
fn record(
    conn: &dyn Db,
    old: Option<&Account>,
    new: &Account,
    subject: (Kind, i64),
    (call, action, detail): (&Call, &str, &str),
) -> Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            record: (Kind::Account, new.id),
            subject,
            at: call.now,
            actor: &call.actor.login,
            action,
            version: Some(new.version),
            changes: &diff(old, new),
            detail,
        },
    )?;
    Ok(())
}

/// Write `new` over `old` with its history row.
fn save(
    conn: &dyn Db,
    old: &Account,
    new: &Account,
    subject: (Kind, i64),
    what: (&Call, &str, &str),
    zone: Tz,
) -> Result<()> {
    if !store::update(conn, old, new)? {
        return Err(conflict(
            conn,
            Kind::Account,
            old.id,
            old.version,
            old.version + 1,
            zone,
        ));
    }
    record(conn, Some(old), new, subject, what)
}

/// The open removal duty of an account, if its removal was asked for.
fn removal_duty(conn: &dyn Db, id: i64) -> Result<Option<Duty>> {
    Ok(duties::of_record(conn, Kind::Account, id)?
        .into_iter()
        .find(|d| d.kind == DutyKind::R3Removal && d.done_at.is_none()))
}

/// Removed: the account written as removed, its removal duty done.
fn remove_in(
    conn: &dyn Db,
    old: &Account,
    how: &str,
    at: DateTime<Utc>,
    subject: (Kind, i64),
    call: &Call,
    zone: Tz,
) -> Result<Account> {
    let new = old.removed(call.actor, how, at, call.now)?;
    save(conn, old, &new, subject, (call, "remove", how), zone)?;
    if let Some(d) = removal_duty(conn, old.id)? {
        crate::ops::duties::complete_in(conn, &d, &call.actor.login, at, how, call.now, zone)?;
    }
    Ok(new)
}

/// R3: what a delivered account request does to the register: a new account, a changed
/// permission (a new account when opsdesk kept none), a removal. Shown on the request's timeline.
pub(super) fn register(conn: &dyn Db, r: &Request, call: &Call, zone: Tz) -> Result<()> {
    let Some(action) = r.account_action() else {
        return Ok(());
    };
    let subject = (Kind::Request, r.id);
    let existing = store::active(conn, &r.person, &r.system, &r.account)?;
    let at = r.delivered_at.unwrap_or(call.now);
    let grant = |conn: &dyn Db| -> Result<()> {
        let mut a = Account::granted(r, call.actor, call.now);
        a.id = store::insert(conn, &a)?;
        record(
            conn,
            None,
            &a,
            subject,
            (call, "create", &format!("granted by request {}", r.id)),
        )
    };
    match (action, existing) {
        (AccountAction::New, _) | (AccountAction::Change, None) => grant(conn),
        (AccountAction::Change, Some(old)) => {
            let new = old.changed(r, call.actor, call.now)?;
            save(
                conn,
                &old,
                &new,
                subject,
                (call, "change", &format!("permission changed by request {}", r.id)),
                zone,
            )
        }
        (AccountAction::Remove, Some(old)) => remove_in(
            conn,
            &old,
            &format!("removed by request {}", r.id),
            at,
            subject,
            call,
            zone,
        )
        .map(|_| ()),
        // Not one opsdesk granted: nothing in the register to remove.
        (AccountAction::Remove, None) => Ok(()),
    }
}

/// What `person move|leave` recorded: the HR record, and each account with the removal duty it
/// raised.
#[derive(Debug, Serialize)]
pub struct PersonOutcome {
    pub change: PersonChange,
    pub accounts: Vec<AccountRow>,
}

/// An account with its open removal duty, if any.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AccountRow {
    pub account: Account,
    pub duty: Option<Duty>,
}

/// R3: a person moved or left (the HR record's number): every active account opsdesk granted
/// them becomes a removal duty due at the close of the working day after.
pub fn person_change(
    desk: &mut impl Writes,
    call: &Call,
    person: &str,
    action: PersonAction,
    hr_record: &str,
    note: &str,
    at: DateTime<Utc>,
) -> Result<PersonOutcome> {
    let (rules, zone) = (rules(desk), desk.zone());
    desk.write_db_as(call.actor, |tx, actor| {
        let call = &Call { actor, ..*call };
        let mut change = PersonChange::new(person, action, hr_record, at, note, actor, call.now)?;
        change.id = store::insert_person_change(tx, &change)?;
        let due = change.removal_due(&rules.cal, rules.policy.removal_days);
        let mut rows = Vec::new();
        for old in store::active_of(tx, &change.person)? {
            if old.removal_asked_at.is_some() {
                // Asked for already by an earlier record: its duty runs.
                let duty = removal_duty(tx, old.id)?;
                rows.push(AccountRow { account: old, duty });
                continue;
            }
            let new = old.removal_asked(&change, actor, call.now)?;
            let detail = format!(
                "HR record {} ({}): remove by {}",
                change.hr_record,
                action,
                local_minute(due, zone)
            );
            save(
                tx,
                &old,
                &new,
                (Kind::Account, old.id),
                (call, "removal_asked", &detail),
                zone,
            )?;
            let spec = DutySpec {
                kind: DutyKind::R3Removal,
                episode: 0,
                raised_at: change.at,
                due_at: due,
            };
            let duty = crate::ops::duties::raise(
                tx,
                (Kind::Account, new.id),
                Subject::Account(&new),
                &spec,
                &actor.login,
                call.now,
                zone,
            )?;
            rows.push(AccountRow { account: new, duty });
        }
        let detail = format!(
            "HR record {}: {} {}; {} account(s) to remove",
            change.hr_record,
            change.person,
            action,
            rows.len()
        );
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::PersonChange, change.id),
                subject: (Kind::PersonChange, change.id),
                at: call.now,
                actor: &actor.login,
                action: action.as_str(),
                version: None,
                changes: &diff(None, &change),
                detail: &detail,
            },
        )?;
        Ok(PersonOutcome { change, accounts: rows })
    })
}

/// R3: the account was removed (`how`: the ticket, the note); its removal duty is done.
pub fn remove_account(desk: &mut impl Writes, call: &Call, id: i64, how: &str, at: DateTime<Utc>) -> Result<Account> {
    let zone = desk.zone();
    step(
        desk,
        call,
        id,
        how,
        |_, old: &Account, call| {
            Ok(vec![Transition::to(
                "remove",
                old.removed(call.actor, how, at, call.now)?,
            )])
        },
        |tx, new: &Account, call| {
            if let Some(d) = removal_duty(tx, new.id)? {
                crate::ops::duties::complete_in(tx, &d, &call.actor.login, at, &new.removed_how, call.now, zone)?;
            }
            Ok(new.clone())
        },
    )
}

/// One page of the register, newest first, each account with its open removal duty.
pub fn list_accounts(desk: &mut impl Writes, filter: &Filter) -> Result<Vec<AccountRow>> {
    desk.read_db(|tx| account_rows(tx, filter))
}

/// [`list_accounts`] in the caller's transaction (the console's snapshot lists those to remove).
/// Up to `limit` accounts whose removal is owed, the most urgent first: their open R3 removal
/// duties in due order (so the first page is the most urgent however many wait), then any asked
/// for without an open duty, newest first.
pub fn removals_by_due(conn: &dyn Db, limit: usize) -> Result<Vec<AccountRow>> {
    let owed = duties::open_of_kind(conn, DutyKind::R3Removal, limit)?;
    let ids: Vec<i64> = owed.iter().map(|d| d.record_id).collect();
    let mut accounts = store::by_ids(conn, &ids)?;
    let mut rows: Vec<AccountRow> = Vec::with_capacity(owed.len());
    for duty in owed.into_iter().filter(|d| d.record_kind == Kind::Account) {
        let found = accounts
            .iter()
            .position(|a| a.id == duty.record_id && a.removed_at.is_none());
        if let Some(i) = found {
            rows.push(AccountRow {
                account: accounts.swap_remove(i),
                duty: Some(duty),
            });
        }
    }
    if rows.len() < limit {
        let filter = Filter {
            to_remove: true,
            limit,
            ..Default::default()
        };
        let rest = account_rows(conn, &filter)?.into_iter().filter(|r| r.duty.is_none());
        rows.extend(rest.take(limit - rows.len()));
    }
    Ok(rows)
}

pub fn account_rows(conn: &dyn Db, filter: &Filter) -> Result<Vec<AccountRow>> {
    let page = store::list(conn, filter)?;
    let ids: Vec<i64> = page.iter().map(|a| a.id).collect();
    let mut all = duties::of_records(conn, Kind::Account, &ids)?;
    Ok(page
        .into_iter()
        .map(|account| {
            let duty = all
                .extract_if(.., |d| d.record_id == account.id)
                .find(|d| d.kind == DutyKind::R3Removal && d.done_at.is_none());
            AccountRow { account, duty }
        })
        .collect())
}
