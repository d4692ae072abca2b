//! A row of a ledger kept elsewhere (a workbook, a CSV file) as an incident (I13, I3): each field
//! read from the cell the map names, the ledger's own words turned into opsdesk's, every rule of
//! intake applied, and when the row cannot be an incident, the field and the reason in words.
//!
//! A ledger holds incidents already handled: a row says at least when the service was restored,
//! the cause resolved, or the incident closed. An incident still open is recorded with
//! `incident new`, where the escalation ladder runs for it; an imported one raises no duty.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::from_excel_serial;
use crate::domain::incident::{Category, Channel, Incident, NewIncident, Severity, Status, limits};
use crate::domain::role::Actor;
use crate::domain::time::plausible;
use crate::error::OpsError;
use crate::text::{check_len, normalize};

words!(
    /// What a ledger's column may hold: the keys of the map's `[columns]`.
    Field {
        Title = "title",
        Description = "description",
        Service = "service",
        Category = "category",
        Severity = "severity",
        Channel = "channel",
        Reporter = "reporter",
        Dept = "dept",
        ReceivedAt = "received_at",
        StartedAt = "started_at",
        RestoredAt = "restored_at",
        ResolvedAt = "resolved_at",
        ClosedAt = "closed_at",
        Cause = "cause",
        Handling = "handling",
        HandledBy = "handled_by",
        Satisfaction = "satisfaction",
        Outage = "outage",
    },
    "ledger field"
);

/// A cell as the file holds it. A workbook's date is wall time (a workbook has no zones; the
/// desk's zone is meant) and a number in a date's column is read as a date's serial number; a
/// CSV file has text only.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDateTime),
}

/// Wall time in `zone` as an instant (the earlier one when the clocks went back).
fn in_zone(t: NaiveDateTime, zone: Tz) -> Option<DateTime<Utc>> {
    zone.from_local_datetime(&t).earliest().map(|t| t.with_timezone(&Utc))
}

/// How the map reads a ledger: its own words for opsdesk's (`[values.category] "网络" =
/// "network"`), and the value of a field its ledger leaves empty or does not have.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    pub values: HashMap<Field, HashMap<String, String>>,
    pub defaults: HashMap<Field, String>,
    pub zone: Option<Tz>,
}

/// A row made an incident, with what the history keeps beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub incident: Incident,
    /// The ledger's handling text, recorded as a note (I10).
    pub handling: String,
    /// Who handled it, as the ledger names them (not necessarily a user of this desk).
    pub handled_by: String,
}

/// Why a row cannot be imported: the field, when one is to blame, and the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Bad {
    pub field: Option<Field>,
    pub reason: String,
}

fn bad(field: Field, reason: impl Into<String>) -> Bad {
    Bad {
        field: Some(field),
        reason: reason.into(),
    }
}

/// The domain's own refusal, said for `field`.
fn refused(field: Option<Field>, e: OpsError) -> Bad {
    Bad {
        field,
        reason: e.to_string(),
    }
}

/// Wall-clock forms a ledger's text dates come in.
const DATE_TIMES: &[&str] = &[
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y.%m.%d %H:%M",
    "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日%H:%M",
    "%Y年%m月%d日 %H时%M分",
];
const DATES: &[&str] = &["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"];

/// A text date in the desk's zone; a day alone is its start.
pub fn parse_date(s: &str, zone: Tz) -> Option<DateTime<Utc>> {
    let s = s.trim();
    let naive = DATE_TIMES
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
        .or_else(|| {
            DATES
                .iter()
                .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })?;
    in_zone(naive, zone)
}

/// A cell as text: a whole number without its `.0`, a date in the zone's minutes.
fn text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(s) => s.trim().to_string(),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
        Cell::Date(d) => d.format("%Y-%m-%d %H:%M").to_string(),
    }
}

struct Row<'a, F: Fn(Field) -> Cell> {
    cell: F,
    reading: &'a Reading,
    zone: Tz,
}

impl<F: Fn(Field) -> Cell> Row<'_, F> {
    /// The field's value in opsdesk's words: the cell, else the map's default, each through the
    /// map's words.
    fn word(&self, f: Field) -> String {
        let mut v = text(&(self.cell)(f));
        if v.is_empty() {
            v = self.reading.defaults.get(&f).cloned().unwrap_or_default();
        }
        match self.reading.values.get(&f).and_then(|m| m.get(v.trim())) {
            Some(ours) => ours.clone(),
            None => v,
        }
    }

    fn time(&self, f: Field) -> Result<Option<DateTime<Utc>>, Bad> {
        let t = match (self.cell)(f) {
            Cell::Date(d) => {
                Some(in_zone(d, self.zone).ok_or_else(|| bad(f, format!("{d} is not a time in the desk's zone")))?)
            }
            Cell::Number(d) => {
                Some(from_excel_serial(d, self.zone).ok_or_else(|| bad(f, format!("{d} is not a date")))?)
            }
            _ => {
                let s = self.word(f);
                if s.trim().is_empty() {
                    None
                } else {
                    Some(parse_date(&s, self.zone).ok_or_else(|| {
                        bad(
                            f,
                            format!(
                                "cannot read {:?} as a date: use 2026-11-20 10:05 or a date cell",
                                s.trim()
                            ),
                        )
                    })?)
                }
            }
        };
        t.map(|t| plausible(f.as_str(), t).map_err(|e| refused(Some(f), e)))
            .transpose()
    }

    fn parsed<T>(&self, f: Field, parse: fn(&str) -> Result<T, OpsError>) -> Result<Option<T>, Bad> {
        let v = self.word(f);
        if v.trim().is_empty() {
            return Ok(None);
        }
        parse(&v).map(Some).map_err(|e| refused(Some(f), e))
    }
}

fn yes_no(f: Field, s: &str) -> Result<bool, Bad> {
    match s.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "否" | "无" => Ok(false),
        "yes" | "y" | "true" | "1" | "是" | "有" => Ok(true),
        other => Err(bad(f, format!("{other:?} is neither yes nor no"))),
    }
}

/// I13: the row as an incident recorded by `actor` at `now`, or why it cannot be one. `cell`
/// gives each field's cell (`Cell::Empty` where the ledger has no such column).
pub fn read_row(
    cell: impl Fn(Field) -> Cell,
    reading: &Reading,
    zone: Tz,
    actor: &Actor,
    now: DateTime<Utc>,
) -> Result<Imported, Bad> {
    let zone = reading.zone.unwrap_or(zone);
    let r = Row { cell, reading, zone };
    let received_at = r
        .time(Field::ReceivedAt)?
        .ok_or_else(|| bad(Field::ReceivedAt, "is required: when the desk received the report"))?;
    let (restored, resolved, closed) = (
        r.time(Field::RestoredAt)?,
        r.time(Field::ResolvedAt)?,
        r.time(Field::ClosedAt)?,
    );
    // I5: the service was back by the time the cause was removed, and by the close.
    let Some(back) = restored.or(resolved).or(closed) else {
        return Err(Bad {
            field: None,
            reason: "no restoration, resolution or closing time: a ledger holds handled incidents; record an open one with `incident new`".into(),
        });
    };
    let order = [
        (Field::RestoredAt, restored),
        (Field::ResolvedAt, resolved),
        (Field::ClosedAt, closed),
    ];
    let mut before = (Field::ReceivedAt, received_at);
    for (f, t) in order {
        if let Some(t) = t {
            if t < before.1 {
                return Err(bad(f, format!("is before {}", before.0)));
            }
            if t > now {
                return Err(bad(f, "is in the future"));
            }
            before = (f, t);
        }
    }
    let new = NewIncident {
        title: r.word(Field::Title),
        service: r.word(Field::Service),
        category: r.parsed(Field::Category, Category::parse)?,
        channel: r.parsed(Field::Channel, Channel::parse)?,
        severity: r.parsed(Field::Severity, Severity::parse)?,
        reporter: r.word(Field::Reporter),
        contact: String::new(),
        dept: r.word(Field::Dept),
        description: r.word(Field::Description),
        received_at: Some(received_at),
        started_at: r.time(Field::StartedAt)?,
        restored_at: Some(back),
        outage: yes_no(Field::Outage, &r.word(Field::Outage))?,
        affected: Vec::new(),
    };
    let mut inc = Incident::open(&new, actor, now).map_err(|e| refused(None, e))?;
    let cause = normalize(&r.word(Field::Cause));
    check_len("cause", &cause, limits::LONG).map_err(|e| refused(Some(Field::Cause), e))?;
    let satisfaction = match r.word(Field::Satisfaction).trim() {
        "" => None,
        s => match s.parse::<u8>() {
            Ok(n @ 1..=5) => Some(n),
            _ => return Err(bad(Field::Satisfaction, format!("{s:?} is not 1 to 5 (I12)"))),
        },
    };
    let handling = normalize(&r.word(Field::Handling));
    check_len("handling", &handling, limits::LONG).map_err(|e| refused(Some(Field::Handling), e))?;
    let handled_by = normalize(&r.word(Field::HandledBy));
    check_len("handled_by", &handled_by, limits::SHORT).map_err(|e| refused(Some(Field::HandledBy), e))?;
    inc.resolved_at = resolved;
    inc.closed_at = closed;
    inc.cause = cause;
    inc.satisfaction = satisfaction;
    inc.status = match (closed, resolved) {
        (Some(_), _) => Status::Closed,
        (None, Some(_)) => Status::Resolved,
        (None, None) => Status::Restored,
    };
    Ok(Imported {
        incident: inc,
        handling,
        handled_by,
    })
}
