//! Accounts follow people (SPEC R3): the system accounts opsdesk granted through account requests,
//! and the HR records (a move, a departure) that ask for their removal within a working day.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::calendar::Calendar;
use super::request::{Request, limits, not_future, text};
use super::role::Actor;
use crate::error::{Code, OpsError, Refusal};

/// An account opsdesk granted: whose, on which system, with what permission, by which request;
/// and, once asked for, its removal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Account {
    pub id: i64,
    /// The person's login in the company's systems, and name.
    pub person: String,
    pub person_name: String,
    /// The department that asked for it.
    pub dept: String,
    pub system: String,
    pub account: String,
    pub permission: String,
    /// The request that granted it (or last changed its permission).
    pub request_id: i64,
    pub granted_at: DateTime<Utc>,
    /// R3: the HR record (a move, a departure) that asks for its removal, and when.
    pub hr_record: String,
    pub removal_asked_at: Option<DateTime<Utc>>,
    pub removed_at: Option<DateTime<Utc>>,
    pub removed_by: Option<String>,
    /// How it was removed: the request, or the note of whoever removed it.
    pub removed_how: String,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(Account, super::kind::Kind::Account);

words!(
    /// R3: what the HR record says happened to the person.
    PersonAction {
        Move = "move",
        Leave = "leave",
    },
    "person action"
);

/// An HR record the desk was given (人员岗位变动记录, 离职审批单): whose, what, its number, when.
/// Written once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonChange {
    pub id: i64,
    pub person: String,
    pub action: PersonAction,
    pub hr_record: String,
    pub at: DateTime<Utc>,
    pub note: String,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
}

record!(PersonChange, super::kind::Kind::PersonChange, unversioned);

impl PersonChange {
    pub fn new(
        person: &str,
        action: PersonAction,
        hr_record: &str,
        at: DateTime<Utc>,
        note: &str,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<PersonChange, OpsError> {
        Ok(PersonChange {
            id: 0,
            person: super::directory::check_identifier("person (their login)", person)?,
            action,
            hr_record: text("HR record number", hr_record, true, limits::SHORT)?,
            at: not_future("the HR record's time", at, now)?,
            note: text("note", note, false, limits::LONG)?,
            recorded_by: actor.login.clone(),
            recorded_at: now,
        })
    }

    /// R3: each account is removed by the close of working hours on this many working days
    /// after the day the HR record reached IT.
    pub fn removal_due(&self, cal: &Calendar, days: i64) -> DateTime<Utc> {
        cal.end_of_working_day(cal.add_working_days(cal.date_of(self.at), days))
    }
}

impl Account {
    /// The account a delivered R3 request (new, or a change with nothing to change) grants.
    pub fn granted(r: &Request, actor: &Actor, now: DateTime<Utc>) -> Account {
        Account {
            id: 0,
            person: r.person.clone(),
            person_name: r.person_name.clone(),
            dept: r.dept.clone(),
            system: r.system.clone(),
            account: r.account.clone(),
            permission: r.permission.clone(),
            request_id: r.id,
            granted_at: r.delivered_at.unwrap_or(now),
            hr_record: String::new(),
            removal_asked_at: None,
            removed_at: None,
            removed_by: None,
            removed_how: String::new(),
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        }
    }

    pub fn is_active(&self) -> bool {
        self.removed_at.is_none()
    }

    fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Account {
        let mut a = self.clone();
        a.version += 1;
        a.updated_at = now;
        a.updated_by = actor.login.clone();
        a
    }

    fn expect_active(&self) -> Result<(), OpsError> {
        if self.removed_at.is_none() {
            return Ok(());
        }
        Err(OpsError::Rule(format!(
            "account {} ({}/{}) was removed already ({})",
            self.id, self.system, self.account, self.removed_how
        ))
        .coded(
            Refusal::new(Code::AccountRemoved)
                .text("id", self.id)
                .text("system", &self.system)
                .text("account", &self.account)
                .text("how", &self.removed_how),
        ))
    }

    /// A delivered R3 change request: the new permission, from that request.
    pub fn changed(&self, r: &Request, actor: &Actor, now: DateTime<Utc>) -> Result<Account, OpsError> {
        self.expect_active()?;
        let mut a = self.next(actor, now);
        a.permission = r.permission.clone();
        a.request_id = r.id;
        Ok(a)
    }

    /// R3: the person moved or left: the account is to be removed.
    pub fn removal_asked(&self, hr: &PersonChange, actor: &Actor, now: DateTime<Utc>) -> Result<Account, OpsError> {
        self.expect_active()?;
        let mut a = self.next(actor, now);
        a.hr_record = hr.hr_record.clone();
        a.removal_asked_at = Some(hr.at);
        Ok(a)
    }

    /// Removed: when, and how (the request, or a note).
    pub fn removed(
        &self,
        actor: &Actor,
        how: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Account, OpsError> {
        self.expect_active()?;
        let how = text("how", how, true, limits::SHORT)?;
        let at = not_future("removed_at", at, now)?;
        let mut a = self.next(actor, now);
        a.removed_at = Some(at);
        a.removed_by = Some(actor.login.clone());
        a.removed_how = how;
        Ok(a)
    }
}

/// An export of the archive (R8, A2), written once: what, which range, with which filter, how
/// many rows, to where, by whom, when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub id: i64,
    pub what: String,
    pub range_from: DateTime<Utc>,
    pub range_to: DateTime<Utc>,
    pub filter: String,
    pub rows: i64,
    pub format: String,
    pub output: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

record!(Export, super::kind::Kind::Export, unversioned);
