//! The working calendar (SPEC W1–W2): working days are Monday to Friday, except public holidays,
//! plus the make-up working days (调休) on weekends; working hours are the configured day. All in
//! the configured zone. Years the calendar does not hold count weekdays only; `knows` says which.

use std::collections::{BTreeSet, HashSet};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub const SHIPPED: &[&str] = &[include_str!("../../assets/calendars/cn-2026.toml")];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// Monday to Friday, not a holiday.
    Working,
    /// A weekend day that is a make-up working day (调休).
    MakeUp,
    /// A public holiday (or a day of its bridge).
    Holiday,
    Weekend,
}

impl DayKind {
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::MakeUp)
    }
}

/// One year of the holiday calendar (W2): days off as inclusive ranges, and the make-up working
/// days (调休) that fall on weekends.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CalendarYear {
    pub year: i32,
    pub off: Vec<[NaiveDate; 2]>,
    pub workdays: Vec<NaiveDate>,
}

#[derive(Clone, Debug)]
pub struct Calendar {
    pub zone: Tz,
    pub day_start: NaiveTime,
    pub day_end: NaiveTime,
    off: HashSet<NaiveDate>,
    makeup: HashSet<NaiveDate>,
    years: BTreeSet<i32>,
}

impl Calendar {
    pub fn new(zone: Tz, day_start: NaiveTime, day_end: NaiveTime, years: &[CalendarYear]) -> Calendar {
        let mut off = HashSet::new();
        let mut makeup = HashSet::new();
        for y in years {
            for [from, to] in &y.off {
                off.extend(from.iter_days().take_while(|d| d <= to));
            }
            makeup.extend(y.workdays.iter().copied());
        }
        Calendar {
            zone,
            day_start,
            day_end,
            off,
            makeup,
            years: years.iter().map(|y| y.year).collect(),
        }
    }

    /// Whether the calendar holds this year's holidays.
    pub fn knows(&self, year: i32) -> bool {
        self.years.contains(&year)
    }

    /// The years from `a` to `b` (either order) whose holidays the calendar does not hold: a
    /// count of working days across them treats them as plain weekdays.
    pub fn unknown_years(&self, a: NaiveDate, b: NaiveDate) -> Vec<i32> {
        let (lo, hi) = (a.min(b).year(), a.max(b).year());
        (lo..=hi).filter(|y| !self.knows(*y)).collect()
    }

    pub fn kind(&self, d: NaiveDate) -> DayKind {
        let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        if self.makeup.contains(&d) {
            DayKind::MakeUp
        } else if self.off.contains(&d) {
            DayKind::Holiday
        } else if weekend {
            DayKind::Weekend
        } else {
            DayKind::Working
        }
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        self.kind(d).is_working()
    }

    /// The first working day after `d`.
    pub fn next_working_day(&self, d: NaiveDate) -> NaiveDate {
        self.add_working_days(d, 1)
    }

    /// The last working day before `d`.
    pub fn previous_working_day(&self, d: NaiveDate) -> NaiveDate {
        self.add_working_days(d, -1)
    }

    /// The working day `n` working days after `d` (before, for negative `n`); `d` itself is not
    /// counted. `add_working_days(Friday, 1)` is the next Monday in an ordinary week.
    pub fn add_working_days(&self, d: NaiveDate, n: i64) -> NaiveDate {
        let step = if n >= 0 { Duration::days(1) } else { Duration::days(-1) };
        let mut left = n.abs();
        let mut day = d;
        // A year of holidays is never longer than this: stop rather than loop on a bad calendar.
        let mut guard = 0;
        while left > 0 && guard < 100_000 {
            day += step;
            guard += 1;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The date of `t` in the zone.
    pub fn date_of(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.zone).date_naive()
    }

    /// `d` at `time` in the zone, as an instant (the earlier one in a DST fold).
    pub fn at(&self, d: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
        let local = d.and_time(time);
        match self.zone.from_local_datetime(&local).earliest() {
            Some(t) => t.with_timezone(&Utc),
            // A time that does not exist (spring forward): an hour later does.
            None => self
                .zone
                .from_local_datetime(&(local + Duration::hours(1)))
                .earliest()
                .map_or_else(|| Utc.from_utc_datetime(&local), |t| t.with_timezone(&Utc)),
        }
    }

    /// When the working day `d` ends.
    pub fn end_of_working_day(&self, d: NaiveDate) -> DateTime<Utc> {
        self.at(d, self.day_end)
    }

    /// Two hours before the working day `d` ends (SPEC C7).
    pub fn two_hours_before_end(&self, d: NaiveDate) -> DateTime<Utc> {
        self.end_of_working_day(d) - Duration::hours(2)
    }

    /// The working day an instant belongs to for notices: today if it is a working day and its
    /// working hours have begun, else the last working day before. A change at 01:00 on Wednesday
    /// belongs to Tuesday: its notices go out on Tuesday.
    pub fn working_day_of(&self, t: DateTime<Utc>) -> NaiveDate {
        let d = self.date_of(t);
        if self.is_working_day(d) && t >= self.at(d, self.day_start) {
            d
        } else {
            self.previous_working_day(d)
        }
    }

    /// The working day on which something done at `t` counts as done: today, if it is a working
    /// day and its working hours have not ended; else the next working day.
    pub fn counting_day_of(&self, t: DateTime<Utc>) -> NaiveDate {
        let d = self.date_of(t);
        if self.is_working_day(d) && t <= self.end_of_working_day(d) {
            d
        } else {
            self.next_working_day(d)
        }
    }

    /// The working time between `a` and `b`: the part of it inside the working hours of working
    /// days (zero when `b` is not after `a`). How long a clock that counts working time ran: a
    /// request's pause is counted so (R7).
    pub fn working_time_between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> Duration {
        let mut total = Duration::zero();
        if b <= a {
            return total;
        }
        let last = self.date_of(b);
        let mut day = self.date_of(a);
        // A bad pair of instants must not loop for ever: a few centuries of days at most.
        let mut guard = 0;
        while day <= last && guard < 100_000 {
            if self.is_working_day(day) {
                let from = a.max(self.at(day, self.day_start));
                let to = b.min(self.end_of_working_day(day));
                if to > from {
                    total += to - from;
                }
            }
            day += Duration::days(1);
            guard += 1;
        }
        total
    }

    /// The instant `d` of working time after `t` (before it, for a negative `d`): a deadline
    /// moved by the working time its clock stood still. Time outside working hours is stepped
    /// over, so a day's worth of working time from 18:00 ends at 18:00 on the next working day.
    pub fn add_working_time(&self, t: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
        let zero = Duration::zero();
        if d == zero {
            return t;
        }
        let forward = d > zero;
        let mut left = d.abs();
        let mut day = self.date_of(t);
        let step = Duration::days(if forward { 1 } else { -1 });
        for _ in 0..100_000 {
            if self.is_working_day(day) {
                let (start, end) = (self.at(day, self.day_start), self.end_of_working_day(day));
                let (from, to) = if forward {
                    (t.max(start), end)
                } else {
                    (start, t.min(end))
                };
                if to > from {
                    let avail = to - from;
                    if left <= avail {
                        return if forward { from + left } else { to - left };
                    }
                    left -= avail;
                }
            }
            day += step;
        }
        // Only a calendar with no working day for centuries gets here.
        if forward { t + d } else { t - d.abs() }
    }

    /// Every day of a month with its kind.
    pub fn month(&self, year: i32, month: u32) -> Vec<(NaiveDate, DayKind)> {
        let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
            return Vec::new();
        };
        first
            .iter_days()
            .take_while(|d| d.month() == month)
            .map(|d| (d, self.kind(d)))
            .collect()
    }
}

/// What to say where a count of working days crosses years the calendar does not know (W2).
pub fn unknown_years_note(years: &[i32]) -> Option<String> {
    let first = years.first()?;
    let list = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
    Some(format!(
        "the working calendar has no holidays for {list}: working days there are counted as plain weekdays and may fall on a holiday. Add the year under [[calendar.years]] in config.toml (see opsdesk calendar --month {first}-01)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn cal() -> Calendar {
        Calendar::from_config(&Config::defaults())
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn w2_days_off_and_make_up_days_of_2026() {
        let c = cal();
        let cases = [
            ("2026-01-01", DayKind::Holiday),
            ("2026-01-02", DayKind::Holiday),
            ("2026-01-03", DayKind::Holiday),
            ("2026-01-04", DayKind::MakeUp),
            ("2026-01-05", DayKind::Working),
            ("2026-02-13", DayKind::Working),
            ("2026-02-14", DayKind::MakeUp),
            ("2026-02-15", DayKind::Holiday),
            ("2026-02-20", DayKind::Holiday),
            ("2026-02-23", DayKind::Holiday),
            ("2026-02-24", DayKind::Working),
            ("2026-02-28", DayKind::MakeUp),
            ("2026-03-01", DayKind::Weekend),
            ("2026-04-03", DayKind::Working),
            ("2026-04-04", DayKind::Holiday),
            ("2026-04-06", DayKind::Holiday),
            ("2026-04-07", DayKind::Working),
            ("2026-04-30", DayKind::Working),
            ("2026-05-01", DayKind::Holiday),
            ("2026-05-05", DayKind::Holiday),
            ("2026-05-06", DayKind::Working),
            ("2026-05-09", DayKind::MakeUp),
            ("2026-05-10", DayKind::Weekend),
            ("2026-06-19", DayKind::Holiday),
            ("2026-06-21", DayKind::Holiday),
            ("2026-06-22", DayKind::Working),
            ("2026-09-20", DayKind::MakeUp),
            ("2026-09-25", DayKind::Holiday),
            ("2026-09-27", DayKind::Holiday),
            ("2026-09-28", DayKind::Working),
            ("2026-10-01", DayKind::Holiday),
            ("2026-10-07", DayKind::Holiday),
            ("2026-10-08", DayKind::Working),
            ("2026-10-10", DayKind::MakeUp),
            ("2026-10-11", DayKind::Weekend),
            ("2026-11-20", DayKind::Working),
            ("2026-11-21", DayKind::Weekend),
        ];
        for (day, kind) in cases {
            assert_eq!(c.kind(d(day)), kind, "{day}");
        }
    }

    #[test]
    fn w1_working_day_arithmetic_around_every_holiday() {
        let c = cal();
        let cases = [
            // (from, n, expected)
            ("2025-12-31", 1, "2026-01-04"), // New Year: off 1-3, Sunday 4th is made up
            ("2026-01-04", 1, "2026-01-05"),
            ("2026-01-05", -1, "2026-01-04"),
            ("2026-01-04", -1, "2025-12-31"),
            ("2026-02-13", 1, "2026-02-14"), // Spring Festival: Saturday 14th made up
            ("2026-02-14", 1, "2026-02-24"), // 15-23 off
            ("2026-02-24", -1, "2026-02-14"),
            ("2026-02-27", 1, "2026-02-28"), // Saturday 28th made up
            ("2026-02-28", 1, "2026-03-02"),
            ("2026-04-03", 1, "2026-04-07"), // Qingming 4-6
            ("2026-04-30", 1, "2026-05-06"), // Labour Day 1-5
            ("2026-05-08", 1, "2026-05-09"), // Saturday 9th made up
            ("2026-05-09", 1, "2026-05-11"),
            ("2026-06-18", 1, "2026-06-22"), // Dragon Boat 19-21
            ("2026-09-18", 1, "2026-09-20"), // Sunday 20th made up
            ("2026-09-24", 1, "2026-09-28"), // Mid-Autumn 25-27
            ("2026-09-30", 1, "2026-10-08"), // National Day 1-7
            ("2026-10-09", 1, "2026-10-10"), // Saturday 10th made up
            ("2026-10-10", 1, "2026-10-12"),
            ("2026-09-28", 3, "2026-10-08"), // 29, 30, then 8 October
            ("2026-10-08", -3, "2026-09-28"),
            ("2026-11-20", 3, "2026-11-25"), // an ordinary week: Fri + 3 = Wed
            ("2026-11-20", 5, "2026-11-27"),
            ("2026-11-25", -5, "2026-11-18"),
            ("2026-11-20", 0, "2026-11-20"),
        ];
        for (from, n, want) in cases {
            assert_eq!(c.add_working_days(d(from), n), d(want), "{from} {n:+}");
        }
        assert_eq!(c.next_working_day(d("2026-09-30")), d("2026-10-08"));
        assert_eq!(c.previous_working_day(d("2026-10-08")), d("2026-09-30"));
    }

    #[test]
    fn w1_end_of_working_day_and_two_hours_before_in_the_zone() {
        let c = cal();
        assert_eq!(
            c.end_of_working_day(d("2026-11-20")).to_rfc3339(),
            "2026-11-20T10:00:00+00:00"
        );
        assert_eq!(
            c.two_hours_before_end(d("2026-11-20")).to_rfc3339(),
            "2026-11-20T08:00:00+00:00"
        );
    }

    #[test]
    fn w1_working_day_of_an_early_hours_change_is_the_day_before() {
        let c = cal();
        let sh = |s: &str| {
            let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
            c.zone.from_local_datetime(&local).unwrap().with_timezone(&Utc)
        };
        let cases = [
            ("2026-11-25 01:00", "2026-11-24"), // Wednesday night: Tuesday
            ("2026-11-25 10:00", "2026-11-25"),
            ("2026-11-25 20:00", "2026-11-25"),
            ("2026-11-21 01:00", "2026-11-20"), // Saturday: Friday
            ("2026-10-08 02:00", "2026-09-30"), // after National Day
            ("2026-10-10 10:00", "2026-10-10"), // a make-up Saturday
        ];
        for (t, want) in cases {
            assert_eq!(c.working_day_of(sh(t)), d(want), "{t}");
        }
        assert_eq!(c.counting_day_of(sh("2026-11-20 17:59")), d("2026-11-20"));
        assert_eq!(c.counting_day_of(sh("2026-11-20 18:01")), d("2026-11-23"));
        assert_eq!(c.counting_day_of(sh("2026-11-21 10:00")), d("2026-11-23"));
    }

    #[test]
    fn w1_working_time_counts_only_working_hours_of_working_days() {
        let c = cal();
        let sh = |s: &str| {
            let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
            c.zone.from_local_datetime(&local).unwrap().with_timezone(&Utc)
        };
        let h = Duration::hours;
        let between = [
            // (from, to, working time)
            ("2026-11-24 10:00", "2026-11-25 10:00", h(9)), // Tue to Wed: one working day
            ("2026-11-24 10:00", "2026-11-24 16:00", h(6)),
            ("2026-11-24 19:00", "2026-11-25 08:00", h(0)),  // the night
            ("2026-11-20 17:00", "2026-11-23 10:00", h(2)),  // over a weekend
            ("2026-09-18 17:00", "2026-09-21 10:00", h(11)), // Sunday 20th is made up
            ("2026-09-30 10:00", "2026-10-08 10:00", h(9)),  // National Day
            ("2026-11-25 10:00", "2026-11-24 10:00", h(0)),  // backwards: nothing
        ];
        for (a, b, want) in between {
            assert_eq!(c.working_time_between(sh(a), sh(b)), want, "{a} .. {b}");
        }
        let add = [
            // (from, working time, expected)
            ("2026-11-26 18:00", h(9), "2026-11-27 18:00"),
            ("2026-11-26 18:00", h(6), "2026-11-27 15:00"),
            ("2026-11-27 18:00", Duration::minutes(90), "2026-11-30 10:30"), // Friday to Monday
            ("2026-09-30 18:00", h(9), "2026-10-08 18:00"),
            ("2026-09-18 17:00", h(2), "2026-09-20 10:00"),
            ("2026-11-24 03:00", h(1), "2026-11-24 10:00"),
            ("2026-11-26 18:00", h(-2), "2026-11-26 16:00"),
            ("2026-11-30 10:30", Duration::minutes(-90), "2026-11-30 09:00"), // the day's start, not Friday 18:00
            ("2026-10-08 10:00", h(-2), "2026-09-30 17:00"),
            ("2026-11-26 18:00", h(0), "2026-11-26 18:00"),
        ];
        for (from, d, want) in add {
            assert_eq!(c.add_working_time(sh(from), d), sh(want), "{from} {d}");
        }
    }

    #[test]
    fn w2_later_years_come_from_config() {
        let mut config = Config::defaults();
        config.calendar.years.push(CalendarYear {
            year: 2027,
            off: vec![[d("2027-01-01"), d("2027-01-01")]],
            workdays: vec![d("2027-01-02")],
        });
        let c = Calendar::from_config(&config);
        assert!(c.knows(2027) && c.knows(2026) && !c.knows(2028));
        assert_eq!(c.kind(d("2027-01-01")), DayKind::Holiday);
        assert_eq!(c.kind(d("2027-01-02")), DayKind::MakeUp);
    }

    #[test]
    fn w1_a_month_lists_every_day() {
        let m = cal().month(2026, 10);
        assert_eq!(m.len(), 31);
        assert_eq!(m.iter().filter(|(_, k)| *k == DayKind::Holiday).count(), 7);
        assert_eq!(m.iter().filter(|(_, k)| *k == DayKind::MakeUp).count(), 1);
    }
}
