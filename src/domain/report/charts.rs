//! The Reports view's figures (issue 15, item 8; SPEC Q1, Q3, I6, I11, I12): what the store read
//! in its ranges, put into days, weeks and months of the desk's zone (W1), with the median and
//! the 90th percentile of the time to restore and the ladder's steps each incident reached.
//! Pure: the rows and `now` come in as arguments.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::period::midnight;
use crate::domain::escalation::Policy;

/// What the store reads of one incident received in the charts' weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Times {
    pub received_at: DateTime<Utc>,
    /// When the ladder's clock started (I6: when the desk received the report).
    pub clock_start: DateTime<Utc>,
    pub restored_at: Option<DateTime<Utc>>,
    /// I12: 1-5, once recorded.
    pub satisfaction: Option<u8>,
}

/// A duty whose deadline fell in the charts' weeks: when it was due and when it was done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DutyTimes {
    pub due_at: DateTime<Utc>,
    pub done_at: Option<DateTime<Utc>>,
}

/// One week (Monday to Sunday in the desk's zone) of the charts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Week {
    pub monday: NaiveDate,
    /// `W49`: the ISO week's number.
    pub label: String,
    pub received: i64,
    /// Q3: seconds from the clock's start to restoration, of those received in the week and
    /// restored by now: how many, their median and their 90th percentile.
    pub restored: i64,
    pub median_seconds: Option<i64>,
    pub p90_seconds: Option<i64>,
    /// I6: how many incidents received in the week reached the supervisor, the manager and the
    /// leader step (one that reached the leader reached all three).
    pub steps: [i64; 3],
    /// I12: ratings recorded for incidents received in the week: how many, and their sum.
    pub rated: i64,
    pub rating_sum: i64,
    /// Duties due in the week (and due by now): met in time, and missed (done late or not done).
    pub duties_met: i64,
    pub duties_missed: i64,
}

impl Week {
    /// The week's mean rating, 1-5.
    pub fn mean_rating(&self) -> Option<f64> {
        (self.rated > 0).then(|| self.rating_sum as f64 / self.rated as f64)
    }
}

/// The `p`th percentile (0-100) of `sorted` by the nearest-rank method: the smallest value with
/// at least `p`% of the values at or below it. `None` for no values.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let n = sorted.len();
    let rank = (u64::from(p.min(100)) * n as u64).div_ceil(100).max(1) as usize;
    sorted.get(rank.min(n) - 1).copied()
}

/// The median by the nearest rank (of an even count, the lower middle value).
pub fn median(sorted: &[i64]) -> Option<i64> {
    percentile(sorted, 50)
}

/// I6: how many steps of the ladder an incident reached by `now` (0-3): a step is reached when
/// the service was not restored within its time; restored at exactly the limit counts as within.
pub fn steps_reached(
    clock_start: DateTime<Utc>,
    restored_at: Option<DateTime<Utc>>,
    policy: &Policy,
    now: DateTime<Utc>,
) -> usize {
    [policy.supervisor_after, policy.manager_after, policy.leader_after]
        .iter()
        .filter(|after| {
            let at = clock_start + **after;
            match restored_at {
                Some(r) => r > at,
                None => now >= at,
            }
        })
        .count()
}

/// The day of `t` in the desk's zone (W1).
pub fn local_day(t: DateTime<Utc>, zone: Tz) -> NaiveDate {
    t.with_timezone(&zone).date_naive()
}

/// The Monday of the week of `day`.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The `n` days ending with the day of `now` (oldest first), as [from, to) instants bounded by
/// midnight in `zone`.
pub fn last_days(now: DateTime<Utc>, n: usize, zone: Tz) -> Vec<(NaiveDate, DateTime<Utc>, DateTime<Utc>)> {
    let today = local_day(now, zone);
    (0..n as i64)
        .rev()
        .map(|back| {
            let d = today - Duration::days(back);
            (d, midnight(d, zone), midnight(d + Duration::days(1), zone))
        })
        .collect()
}

/// The `n` months ending with the month of `now` (oldest first): `YYYY-MM` and [from, to).
pub fn last_months(now: DateTime<Utc>, n: usize, zone: Tz) -> Vec<(String, DateTime<Utc>, DateTime<Utc>)> {
    let today = local_day(now, zone);
    let index = today.year() * 12 + today.month0() as i32;
    (0..n as i32)
        .rev()
        .filter_map(|back| {
            let i = index - back;
            let first = NaiveDate::from_ymd_opt(i.div_euclid(12), i.rem_euclid(12) as u32 + 1, 1)?;
            let j = i + 1;
            let next = NaiveDate::from_ymd_opt(j.div_euclid(12), j.rem_euclid(12) as u32 + 1, 1)?;
            Some((
                first.format("%Y-%m").to_string(),
                midnight(first, zone),
                midnight(next, zone),
            ))
        })
        .collect()
}

/// The first instant of the `n` weeks ending with the week of `now`: midnight of their Monday.
pub fn weeks_from(now: DateTime<Utc>, n: usize, zone: Tz) -> (NaiveDate, DateTime<Utc>) {
    let monday = monday_of(local_day(now, zone)) - Duration::weeks(n as i64 - 1);
    (monday, midnight(monday, zone))
}

/// Count `instants` by their day in the desk's zone, over `days` (from [`last_days`]).
pub fn per_day(instants: &[DateTime<Utc>], days: &[NaiveDate], zone: Tz) -> Vec<i64> {
    let mut counts = vec![0; days.len()];
    let Some(first) = days.first() else {
        return counts;
    };
    for t in instants {
        let i = (local_day(*t, zone) - *first).num_days();
        if let Some(c) = usize::try_from(i).ok().and_then(|i| counts.get_mut(i)) {
            *c += 1;
        }
    }
    counts
}

/// The `n` weeks from `first_monday`: each incident in the week of its receipt, each duty in the
/// week of its deadline (counted once due by `now`), all in the desk's zone.
pub fn weeks(
    first_monday: NaiveDate,
    n: usize,
    incidents: &[Times],
    duties: &[DutyTimes],
    policy: &Policy,
    zone: Tz,
    now: DateTime<Utc>,
) -> Vec<Week> {
    let mut out: Vec<Week> = (0..n as i64)
        .map(|i| {
            let monday = first_monday + Duration::weeks(i);
            Week {
                monday,
                label: format!("W{:02}", monday.iso_week().week()),
                ..Week::default()
            }
        })
        .collect();
    let index = |t: DateTime<Utc>| usize::try_from((local_day(t, zone) - first_monday).num_days().div_euclid(7)).ok();
    let mut spans: Vec<Vec<i64>> = vec![Vec::new(); n];
    for inc in incidents {
        let Some(i) = index(inc.received_at).filter(|i| *i < n) else {
            continue;
        };
        let w = &mut out[i];
        w.received += 1;
        if let Some(r) = inc.restored_at.filter(|r| *r <= now) {
            spans[i].push((r - inc.clock_start).num_seconds().max(0));
        }
        for step in w
            .steps
            .iter_mut()
            .take(steps_reached(inc.clock_start, inc.restored_at, policy, now))
        {
            *step += 1;
        }
        if let Some(s) = inc.satisfaction {
            w.rated += 1;
            w.rating_sum += i64::from(s);
        }
    }
    for (w, mut s) in out.iter_mut().zip(spans) {
        s.sort_unstable();
        (w.restored, w.median_seconds, w.p90_seconds) = (s.len() as i64, median(&s), percentile(&s, 90));
    }
    for d in duties.iter().filter(|d| d.due_at <= now) {
        if let Some(w) = index(d.due_at).and_then(|i| out.get_mut(i)) {
            if d.done_at.is_some_and(|done| done <= d.due_at) {
                w.duties_met += 1;
            } else {
                w.duties_missed += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
