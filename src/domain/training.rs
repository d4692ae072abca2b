//! Training (SPEC R6; seed 002): sessions the desk holds for other departments, and each
//! operations staff member's own training hours, against a monthly target (10 hours, config).
//! Seed 002 asks for "技能培训和知识宣讲" — training taken and knowledge presented — so the hours
//! of a session count for its trainer too. Records are written once (a mistake is corrected by
//! another record with negative hours, so the history stays whole).

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::request::text;
use super::role::{Actor, Power, require};
use crate::error::OpsError;

words!(
    /// `own`: a staff member's own training; `session`: one the desk held for another
    /// department (its trainer is the person).
    TrainingKind {
        Own = "own",
        Session = "session",
    },
    "training kind"
);

/// A training record as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Training {
    pub id: i64,
    pub kind: TrainingKind,
    /// The trainee (own) or the trainer (session): a login of the desk.
    pub person: String,
    pub topic: String,
    /// The day it took place, `YYYY-MM-DD` in the desk's zone.
    pub day: String,
    /// Its length in minutes (negative: a correction of an earlier record).
    pub minutes: i64,
    /// A session's department (its code) and how many attended.
    pub dept: String,
    pub attendees: i64,
    pub note: String,
    pub recorded_at: DateTime<Utc>,
    pub recorded_by: String,
}

record!(Training, super::kind::Kind::Training, unversioned);

/// What `training add` records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewTraining {
    pub kind: Option<TrainingKind>,
    pub person: String,
    pub topic: String,
    pub on: Option<NaiveDate>,
    /// Hours as typed (`1.5`).
    pub hours: f64,
    pub dept: String,
    pub attendees: i64,
    pub note: String,
}

/// A day's worth at most per record; a correction goes as far the other way.
const MAX_MINUTES: i64 = 24 * 60;

impl Training {
    /// Check and record `new`; `today` is the desk's date now. Recording another person's hours
    /// needs a supervisor (U4).
    pub fn open(new: &NewTraining, actor: &Actor, today: NaiveDate, now: DateTime<Utc>) -> Result<Training, OpsError> {
        let kind = new.kind.unwrap_or(TrainingKind::Own);
        let person = crate::domain::directory::check_identifier("person (a login)", &new.person)?;
        if person != actor.login {
            require(actor, Power::RecordOthersTraining)?;
        }
        let on = new
            .on
            .ok_or_else(|| OpsError::Invalid("the day is required: --on YYYY-MM-DD".into()))?;
        if on > today {
            return Err(OpsError::Invalid(format!("--on {on} is in the future")));
        }
        super::time::plausible("--on", on.and_hms_opt(12, 0, 0).map_or(now, |t| t.and_utc()))?;
        if !new.hours.is_finite() {
            return Err(OpsError::Invalid("--hours must be a number, such as 1.5".into()));
        }
        let minutes = (new.hours * 60.0).round() as i64;
        if minutes == 0 || minutes.abs() > MAX_MINUTES {
            return Err(OpsError::Invalid(format!(
                "--hours {}: give the hours, more than 0 and at most 24 (negative corrects an earlier record)",
                new.hours
            )));
        }
        let (dept, attendees) = match kind {
            TrainingKind::Own => {
                if !new.dept.trim().is_empty() || new.attendees != 0 {
                    return Err(OpsError::Invalid(
                        "--dept and --attendees belong to a session held for another department (--session)".into(),
                    ));
                }
                (String::new(), 0)
            }
            TrainingKind::Session => {
                let dept = crate::domain::directory::check_identifier("the department trained (--dept)", &new.dept)?;
                if new.attendees < 1 && minutes > 0 {
                    return Err(OpsError::Invalid(
                        "a session needs how many attended: --attendees N".into(),
                    ));
                }
                (dept, new.attendees.max(0))
            }
        };
        Ok(Training {
            id: 0,
            kind,
            person,
            topic: text("topic", &new.topic, true, 200)?,
            day: on.format("%Y-%m-%d").to_string(),
            minutes,
            dept,
            attendees,
            note: text("note", &new.note, false, 2000)?,
            recorded_at: now,
            recorded_by: actor.login.clone(),
        })
    }
}

/// A calendar month, `2026-11`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn parse(s: &str) -> Result<Month, OpsError> {
        let bad = || OpsError::Invalid(format!("month {s:?}: use YYYY-MM, such as 2026-11"));
        let (y, m) = s.trim().split_once('-').ok_or_else(bad)?;
        let (year, month) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        if !(2000..=2100).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }

    pub fn of(d: NaiveDate) -> Month {
        Month {
            year: d.year(),
            month: d.month(),
        }
    }

    pub fn first(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                month: self.month + 1,
                ..self
            }
        }
    }

    pub fn previous(self) -> Month {
        if self.month == 1 {
            Month {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Month {
                month: self.month - 1,
                ..self
            }
        }
    }

    /// Its days as the stored `day` text compares: `[from, to)`.
    pub fn range(self) -> (String, String) {
        let f = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        (f(self.first()), f(self.next().first()))
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// One person's line of the month's report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReportRow {
    pub login: String,
    pub name: String,
    /// Their own training, and the sessions they gave, in minutes.
    pub own_minutes: i64,
    pub given_minutes: i64,
    pub minutes: i64,
    /// An operations staff member, held to the target.
    pub staff: bool,
    /// Under the target (staff only).
    pub below: bool,
}

/// R6: the month's hours per person: every operations staff member (`staff`, login and name, in
/// the directory's order), whether or not they have a record, and anyone else with hours; the
/// staff under `target_minutes` marked.
pub fn month_report(staff: &[(String, String)], records: &[Training], target_minutes: i64) -> Vec<ReportRow> {
    let mut rows: Vec<ReportRow> = staff
        .iter()
        .map(|(login, name)| ReportRow {
            login: login.clone(),
            name: name.clone(),
            own_minutes: 0,
            given_minutes: 0,
            minutes: 0,
            staff: true,
            below: false,
        })
        .collect();
    for t in records {
        let i = match rows.iter().position(|r| r.login == t.person) {
            Some(i) => i,
            None => {
                rows.push(ReportRow {
                    login: t.person.clone(),
                    name: t.person.clone(),
                    own_minutes: 0,
                    given_minutes: 0,
                    minutes: 0,
                    staff: false,
                    below: false,
                });
                rows.len() - 1
            }
        };
        match t.kind {
            TrainingKind::Own => rows[i].own_minutes += t.minutes,
            TrainingKind::Session => rows[i].given_minutes += t.minutes,
        }
        rows[i].minutes += t.minutes;
    }
    for r in &mut rows {
        r.below = r.staff && r.minutes < target_minutes;
    }
    rows
}

/// `10.5`, `10`: minutes as hours the way a report says them.
pub fn hours(minutes: i64) -> String {
    if minutes % 60 == 0 {
        format!("{}", minutes / 60)
    } else {
        format!("{:.1}", minutes as f64 / 60.0)
    }
}

#[cfg(test)]
mod tests;
