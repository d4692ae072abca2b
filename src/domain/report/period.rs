//! Q1, Q3: the span of a daily or weekly report and of a half-year review, as UTC instants
//! bounded by midnight in the desk's zone.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::error::OpsError;

/// A span of reporting time: [from, to).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    /// `2026-12-01`, `2026-W49`, `2026-11`, `2026H2`.
    pub label: String,
    /// The first and last day covered, in the desk's zone.
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

words!(
    /// Q1: the two work reports.
    Span { Daily = "daily", Weekly = "weekly" },
    "report"
);

pub fn midnight(d: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let naive = d.and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&naive)
        .earliest()
        .map_or_else(|| Utc.from_utc_datetime(&naive), |t| t.with_timezone(&Utc))
}

fn days(label: String, first: NaiveDate, last: NaiveDate, zone: Tz) -> Period {
    Period {
        label,
        first_day: first,
        last_day: last,
        from: midnight(first, zone),
        to: midnight(last + Duration::days(1), zone),
    }
}

/// Q1: the day of `date`, or its week (Monday to Sunday, ISO numbered).
pub fn report_period(span: Span, date: NaiveDate, zone: Tz) -> Period {
    match span {
        Span::Daily => days(date.to_string(), date, date, zone),
        Span::Weekly => {
            let monday = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
            let week = date.iso_week();
            days(
                format!("{}-W{:02}", week.year(), week.week()),
                monday,
                monday + Duration::days(6),
                zone,
            )
        }
    }
}

/// Q2: the month `YYYY-MM`.
pub fn month(text: &str, zone: Tz) -> Result<Period, OpsError> {
    let bad = || OpsError::Invalid(format!("month {text:?}: use YYYY-MM, such as 2026-11"));
    let (y, m) = text.trim().split_once('-').ok_or_else(bad)?;
    let (y, m): (i32, u32) = (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    let first = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(bad)?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    let last = next.ok_or_else(bad)? - Duration::days(1);
    Ok(days(format!("{y}-{m:02}"), first, last, zone))
}

/// Q3: the half-year `2026H1` (January to June) or `2026H2` (July to December), reviewed in
/// July and January.
pub fn half(text: &str, zone: Tz) -> Result<Period, OpsError> {
    let bad = || OpsError::Invalid(format!("half {text:?}: use YYYYH1 or YYYYH2, such as 2026H2"));
    let t = text.trim().to_ascii_uppercase();
    let (y, h) = t.split_once('H').ok_or_else(bad)?;
    let y: i32 = y.parse().map_err(|_| bad())?;
    let (first, last) = match h {
        "1" => (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y, 6, 30)),
        "2" => (NaiveDate::from_ymd_opt(y, 7, 1), NaiveDate::from_ymd_opt(y, 12, 31)),
        _ => return Err(bad()),
    };
    Ok(days(
        format!("{y}H{h}"),
        first.ok_or_else(bad)?,
        last.ok_or_else(bad)?,
        zone,
    ))
}

/// The half-year most recently ended at `now`: the one a January or July review covers.
pub fn last_half(now: DateTime<Utc>, zone: Tz) -> String {
    let d = now.with_timezone(&zone).date_naive();
    if d.month() <= 6 {
        format!("{}H2", d.year() - 1)
    } else {
        format!("{}H1", d.year())
    }
}
