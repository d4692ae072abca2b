//! Incidents (SPEC I1–I5, I12): what intake records, the life of an incident, and who may move
//! it. Every transition is a pure function from the old record to the new one.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::role::Actor;
use super::time::plausible;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

macro_rules! word_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? } , $what:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn parse(s: &str) -> Result<$name, OpsError> {
                let wanted = s.trim().to_ascii_lowercase();
                $name::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(&wanted)).ok_or_else(|| {
                    let names: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    OpsError::Invalid(format!("unknown {} {s:?}: use {}", $what, names.join(", ")))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

word_enum!(
    /// I5: the life of an incident, in order.
    Status {
        Reported = "reported",
        Accepted = "accepted",
        Diagnosing = "diagnosing",
        Restored = "restored",
        Resolved = "resolved",
        Verified = "verified",
        Closed = "closed",
    },
    "status"
);

word_enum!(
    /// I2.
    Category {
        Os = "os",
        Network = "network",
        Application = "application",
        Database = "database",
        Other = "other",
    },
    "category"
);

word_enum!(
    /// I3: how the report reached the desk.
    Channel {
        Phone = "phone",
        Email = "email",
        Online = "online",
        Monitoring = "monitoring",
        WalkIn = "walk-in",
    },
    "channel"
);

word_enum!(
    /// I2: the desk's own severity, for sorting and reports.
    Severity {
        P1 = "P1",
        P2 = "P2",
        P3 = "P3",
        P4 = "P4",
    },
    "severity"
);

/// Longest accepted text per field, in characters.
pub mod limits {
    pub const TITLE: usize = 200;
    pub const SERVICE: usize = 100;
    pub const SHORT: usize = 200;
    pub const LONG: usize = 10_000;
}

/// An incident as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub status: Status,
    pub category: Category,
    pub severity: Severity,
    pub service: String,
    pub channel: Channel,
    pub reporter: String,
    pub contact: String,
    /// The reporting department or customer.
    pub dept: String,
    /// I11: the service was suspended (counts against the outage budget).
    pub outage: bool,
    /// I11: the cause was human (excluded from the outage budget).
    pub human_cause: bool,
    /// I6: when the desk received the report; the ladder counts from here.
    pub received_at: DateTime<Utc>,
    /// I3: when the fault started, which may be earlier than the report.
    pub started_at: DateTime<Utc>,
    /// When the ladder's current episode started: `received_at`, or the last reopening (I12).
    pub clock_start: DateTime<Utc>,
    /// 0 for the first handling, +1 for each reopening.
    pub episode: i64,
    pub owner: Option<String>,
    pub accepted_at: Option<DateTime<Utc>>,
    /// I4: when the owner reached the reporting site.
    pub contacted_at: Option<DateTime<Utc>>,
    pub restored_at: Option<DateTime<Utc>>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub verified_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub cause: String,
    /// I12: 1–5, from the last verification.
    pub satisfaction: Option<u8>,
    /// I8: the departments the fault affects (codes), told when the service is back.
    #[serde(default)]
    pub affected: Vec<String>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

/// What intake records (I3).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewIncident {
    pub title: String,
    pub service: String,
    pub category: Option<Category>,
    pub channel: Option<Channel>,
    pub severity: Option<Severity>,
    pub reporter: String,
    pub contact: String,
    pub dept: String,
    pub description: String,
    pub received_at: Option<DateTime<Utc>>,
    pub started_at: Option<DateTime<Utc>>,
    /// Recorded after the fact: the service was already back at this instant (I5). The recorder
    /// owns it, and no ladder step it never reached is raised (I6).
    pub restored_at: Option<DateTime<Utc>>,
    pub outage: bool,
    /// I8: department codes.
    pub affected: Vec<String>,
}

/// A report may be entered a little ahead of the desk's clock (another host's clock); more than
/// this is a typing mistake.
const CLOCK_SKEW_SECS: i64 = 60;

fn required(field: &str, value: &str, max: usize) -> Result<String, OpsError> {
    let v = normalize(value);
    if v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, max)?;
    Ok(v)
}

fn optional(field: &str, value: &str, max: usize) -> Result<String, OpsError> {
    let v = normalize(value);
    check_len(field, &v, max)?;
    Ok(v)
}

/// I8: department codes, each once, in the order given.
pub fn affected_list(codes: &[String]) -> Result<Vec<String>, OpsError> {
    let mut out: Vec<String> = Vec::new();
    for c in codes.iter().flat_map(|s| s.split(',')) {
        let c = c.trim();
        if c.is_empty() {
            continue;
        }
        let c = super::directory::check_identifier("department code", c)?;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    if out.len() > 100 {
        return Err(OpsError::Invalid("more than 100 affected departments".into()));
    }
    Ok(out)
}

fn not_future(field: &str, t: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), OpsError> {
    if (t - now).num_seconds() > CLOCK_SKEW_SECS {
        return Err(OpsError::Invalid(format!("{field} is in the future")));
    }
    Ok(())
}

impl Incident {
    /// I3: record a new report. `id` is given by the store.
    pub fn open(new: &NewIncident, actor: &Actor, now: DateTime<Utc>) -> Result<Incident, OpsError> {
        let title = required("title", &new.title, limits::TITLE)?;
        let service = required("service", &new.service, limits::SERVICE)?;
        let category = new
            .category
            .ok_or_else(|| OpsError::Invalid("category is required".into()))?;
        let channel = new
            .channel
            .ok_or_else(|| OpsError::Invalid("channel is required".into()))?;
        let received_at = plausible("received_at", new.received_at.unwrap_or(now))?;
        not_future("received_at", received_at, now)?;
        let started_at = plausible("started_at", new.started_at.unwrap_or(received_at))?;
        if started_at > received_at {
            return Err(OpsError::Invalid(
                "started_at is after received_at: a fault cannot start after it was reported".into(),
            ));
        }
        if let Some(r) = new.restored_at {
            not_future("restored_at", r, now)?;
            if r < received_at {
                return Err(OpsError::Invalid(
                    "restored_at is before received_at: record when the desk received the report".into(),
                ));
            }
        }
        let mut reporter = optional("reporter", &new.reporter, limits::SHORT)?;
        // Who reported it and how to reach them may become a notice's recipient (I8).
        super::directory::check_no_control("reporter", &reporter)?;
        if reporter.is_empty() && channel == Channel::Monitoring {
            reporter = "monitoring".into();
        }
        // Recorded after the fact: whoever records it handled it, from receipt.
        let (status, owner, accepted_at) = match new.restored_at {
            Some(_) => (Status::Restored, Some(actor.login.clone()), Some(received_at)),
            None => (Status::Reported, None, None),
        };
        Ok(Incident {
            id: 0,
            title,
            description: optional("description", &new.description, limits::LONG)?,
            status,
            category,
            severity: new.severity.unwrap_or(Severity::P3),
            service,
            channel,
            reporter,
            contact: super::directory::check_reach("contact", &optional("contact", &new.contact, limits::SHORT)?)?,
            dept: super::directory::check_text("dept", &new.dept, false)?,
            outage: new.outage,
            human_cause: false,
            received_at,
            started_at,
            clock_start: received_at,
            episode: 0,
            owner,
            accepted_at,
            contacted_at: None,
            restored_at: new.restored_at,
            resolved_at: None,
            verified_at: None,
            closed_at: None,
            cause: String::new(),
            satisfaction: None,
            affected: affected_list(&new.affected)?,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    pub fn is_open(&self) -> bool {
        self.status != Status::Closed
    }

    fn label(&self) -> String {
        format!("incident {}", self.id)
    }

    fn next(&self, actor: &Actor, now: DateTime<Utc>) -> Incident {
        let mut n = self.clone();
        n.version += 1;
        n.updated_at = now;
        n.updated_by = actor.login.clone();
        n
    }

    fn check_at(&self, field: &str, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), OpsError> {
        not_future(field, at, now)?;
        if at < self.clock_start {
            return Err(OpsError::Invalid(format!(
                "{field} is before the report was received ({})",
                self.clock_start.to_rfc3339()
            )));
        }
        Ok(())
    }

    /// I4: the operator who accepts an incident owns it. `owner` is who will own it: the actor,
    /// or (for a supervisor assigning work) someone else.
    pub fn accept(&self, actor: &Actor, owner: &str, now: DateTime<Utc>) -> Result<Incident, OpsError> {
        self.accept_at(actor, owner, now, now)
    }

    /// [`Incident::accept`], recorded as done at `at` (after the fact): the first acceptance's
    /// moment is the one kept.
    pub fn accept_at(
        &self,
        actor: &Actor,
        owner: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Incident, OpsError> {
        self.can_accept(actor, owner)?;
        self.check_at("accepted_at", at, now)?;
        let mut n = self.next(actor, now);
        n.owner = Some(owner.to_string());
        if n.status == Status::Reported {
            n.status = Status::Accepted;
        }
        n.accepted_at.get_or_insert(at);
        Ok(n)
    }

    /// I4: the owner reached the reporting site for first-hand facts; diagnosis starts.
    pub fn contact(&self, actor: &Actor, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Incident, OpsError> {
        self.can(Step::Contact, actor)?;
        self.check_at("contacted_at", at, now)?;
        let mut n = self.next(actor, now);
        n.contacted_at = Some(at);
        if n.status == Status::Accepted {
            n.status = Status::Diagnosing;
        }
        Ok(n)
    }

    /// I5: a temporary fix brought the service back. Stops the ladder (I6).
    pub fn restore(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        outage: Option<bool>,
        now: DateTime<Utc>,
    ) -> Result<Incident, OpsError> {
        self.can(Step::Restore, actor)?;
        self.check_at("restored_at", at, now)?;
        let mut n = self.next(actor, now);
        n.status = Status::Restored;
        n.restored_at = Some(at);
        if let Some(o) = outage {
            n.outage = o;
        }
        Ok(n)
    }

    /// I8: name the departments the fault affects (added to those named before); they are told
    /// when the service is back.
    pub fn name_affected(&self, actor: &Actor, codes: &[String], now: DateTime<Utc>) -> Result<Incident, OpsError> {
        self.can(Step::NameAffected, actor)?;
        let named = affected_list(codes)?;
        if named.is_empty() {
            return Err(OpsError::Invalid(
                "name at least one department code (see opsdesk dept list)".into(),
            ));
        }
        let mut list = self.affected.clone();
        list.extend(named);
        let list = affected_list(&list)?;
        if list == self.affected {
            let named = Refusal::new(Code::IncidentAlreadyNames)
                .text("id", self.id)
                .text("departments", list.join(", "));
            return Err(OpsError::Rule(format!(
                "{} already names {}",
                self.label(),
                named.english("departments")
            ))
            .coded(named));
        }
        let mut n = self.next(actor, now);
        n.affected = list;
        Ok(n)
    }

    /// I5: the cause is removed. Restores the service too when that was not recorded separately.
    pub fn resolve(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        cause: &str,
        human_cause: bool,
        now: DateTime<Utc>,
    ) -> Result<Incident, OpsError> {
        self.can(Step::Resolve, actor)?;
        self.check_at("resolved_at", at, now)?;
        let cause = required("cause", cause, limits::LONG)?;
        if let Some(r) = self.restored_at
            && at < r
        {
            return Err(OpsError::Invalid("resolved_at is before restored_at".into()));
        }
        let mut n = self.next(actor, now);
        n.status = Status::Resolved;
        n.restored_at.get_or_insert(at);
        n.resolved_at = Some(at);
        n.cause = cause;
        n.human_cause = human_cause;
        Ok(n)
    }

    /// I12: confirm with the reporter and record satisfaction (1–5). Satisfaction may only be
    /// left out when the report came from monitoring (no person to ask). A score below
    /// `satisfied_at_least` reopens the incident (the second value).
    pub fn verify(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        satisfaction: Option<u8>,
        satisfied_at_least: u8,
        now: DateTime<Utc>,
    ) -> Result<(Incident, Option<Incident>), OpsError> {
        self.can(Step::Verify, actor)?;
        self.check_at("verified_at", at, now)?;
        match satisfaction {
            Some(s) if !(1..=5).contains(&s) => {
                return Err(OpsError::Invalid(format!("satisfaction must be 1 to 5, not {s}")));
            }
            None if self.channel != Channel::Monitoring => {
                return Err(OpsError::Invalid(
                    "satisfaction (1-5) is required: ask the reporter (I12)".into(),
                ));
            }
            _ => {}
        }
        let mut n = self.next(actor, now);
        n.status = Status::Verified;
        n.verified_at = Some(at);
        n.satisfaction = satisfaction;
        if satisfaction.is_some_and(|s| s < satisfied_at_least) {
            let reopened = n.reopen_unchecked(actor, at, now);
            return Ok((n, Some(reopened)));
        }
        Ok((n, None))
    }

    /// I5: close a verified incident.
    pub fn close(&self, actor: &Actor, at: DateTime<Utc>, now: DateTime<Utc>) -> Result<Incident, OpsError> {
        self.can(Step::Close, actor)?;
        self.check_at("closed_at", at, now)?;
        let mut n = self.next(actor, now);
        n.status = Status::Closed;
        n.closed_at = Some(at);
        Ok(n)
    }

    /// I12: handle it again. A new episode starts at `at`: the ladder counts from there, and the
    /// restoration, resolution, verification and closing are cleared (their history stays).
    pub fn reopen(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<Incident, OpsError> {
        self.can(Step::Reopen, actor)?;
        required("reason", reason, limits::LONG)?;
        self.check_at("reopened_at", at, now)?;
        Ok(self.reopen_unchecked(actor, at, now))
    }

    fn reopen_unchecked(&self, actor: &Actor, at: DateTime<Utc>, now: DateTime<Utc>) -> Incident {
        let mut n = self.next(actor, now);
        n.status = if n.owner.is_some() {
            Status::Accepted
        } else {
            Status::Reported
        };
        n.episode += 1;
        n.clock_start = at;
        n.restored_at = None;
        n.resolved_at = None;
        n.verified_at = None;
        n.closed_at = None;
        n
    }
}

record!(Incident, super::kind::Kind::Incident);

mod callback;
mod guards;
pub use guards::Step;
#[cfg(test)]
mod tests;
