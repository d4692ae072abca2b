//! A change's deadlines and gates (C4-C9, W1): when each notice is due, counted in working days
//! from the working day the change belongs to, and what would refuse it a window now.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::{Change, ChangePolicy, GateFailure};
use crate::domain::calendar::Calendar;
use crate::error::{Code, Refusal};

impl Change {
    /// The working day the change belongs to for its notices (W1; see `Calendar::working_day_of`).
    pub fn change_day(&self, cal: &Calendar) -> Option<NaiveDate> {
        self.window_start.map(|t| cal.working_day_of(t))
    }

    /// C5: by the end of the working day this many working days before the change day.
    pub fn c5_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.change_day(cal)
            .map(|w| cal.end_of_working_day(cal.add_working_days(w, -p.maintenance_days)))
    }

    /// C6: likewise, five working days.
    pub fn c6_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.change_day(cal)
            .map(|w| cal.end_of_working_day(cal.add_working_days(w, -p.collaborator_days)))
    }

    /// C7: two hours before the end of the change day's working day, and never after the change
    /// starts.
    pub fn c7_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        let (w, start) = (self.change_day(cal)?, self.window_start?);
        Some((cal.end_of_working_day(w) - p.notice_before_end).min(start))
    }

    /// C8: within 12 hours after the change ends.
    pub fn c8_due(&self, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.ended_at.map(|e| e + p.result_within)
    }

    /// C9: by the end of the third working day after the change ends. An end in the early hours
    /// belongs to the working day before, as for C5 and C7: a change ending on Wednesday at 02:00
    /// has Wednesday, Thursday and Friday. (C8 counts 12 clock hours and needs no such rule.)
    pub fn c9_due(&self, cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        self.ended_at
            .map(|e| cal.end_of_working_day(cal.add_working_days(cal.working_day_of(e), p.summary_days)))
    }

    /// W2: the years the calendar does not know that this change's working-day counts cross
    /// (from today to its window and its C5, C6, C7 and C9 deadlines): counted there as plain
    /// weekdays, a deadline may fall on a holiday.
    pub fn unknown_calendar_years(&self, cal: &Calendar, p: &ChangePolicy, now: DateTime<Utc>) -> Vec<i32> {
        let today = cal.date_of(now);
        let dates: Vec<NaiveDate> = [
            self.window_start,
            self.window_end,
            self.c5_due(cal, p),
            self.c6_due(cal, p),
            self.c7_due(cal, p),
            self.c9_due(cal, p),
        ]
        .into_iter()
        .flatten()
        .map(|t| cal.date_of(t))
        .collect();
        if dates.is_empty() {
            return Vec::new();
        }
        // The gates count from today, the deadlines from the change day.
        let lo = dates.iter().copied().chain([today]).min().unwrap_or(today);
        let hi = dates.iter().copied().chain([today]).max().unwrap_or(today);
        cal.unknown_years(lo, hi)
    }

    /// W2 for a refusal: the unknown years of [`Change::unknown_calendar_years`] and those up to
    /// the earliest start the refusal offers.
    pub fn unknown_years_to(
        &self,
        failures: &[GateFailure],
        cal: &Calendar,
        p: &ChangePolicy,
        now: DateTime<Utc>,
    ) -> Vec<i32> {
        let mut years = self.unknown_calendar_years(cal, p, now);
        if let Some(t) = self.earliest_start(failures, cal, p) {
            years.extend(cal.unknown_years(cal.date_of(now), cal.date_of(t)));
        }
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The next early-hours window starting at or after `t`.
    fn early_window_at_or_after(cal: &Calendar, p: &ChangePolicy, t: DateTime<Utc>) -> DateTime<Utc> {
        let d = cal.date_of(t);
        let today = cal.at(d, p.early_start);
        if today >= t {
            today
        } else {
            cal.at(d + Duration::days(1), p.early_start)
        }
    }

    /// The earliest start whose change day is `day` or later.
    fn earliest_start_on(&self, cal: &Calendar, p: &ChangePolicy, day: NaiveDate) -> DateTime<Utc> {
        if self.user_affecting {
            // An early-hours window belongs to the working day before it.
            cal.at(day + Duration::days(1), p.early_start)
        } else {
            cal.at(day, cal.day_start)
        }
    }

    /// Every gate that refuses scheduling at `now` (C3–C6), each with the earliest start that
    /// would satisfy it.
    pub fn gates(&self, cal: &Calendar, p: &ChangePolicy, now: DateTime<Utc>) -> Vec<GateFailure> {
        let mut out = Vec::new();
        let (Some(start), Some(end)) = (self.window_start, self.window_end) else {
            out.push(GateFailure {
                rule: "C1",
                message: format!(
                    "C1: change {} has no window yet; plan it first (opsdesk change plan {} --start … --end …)",
                    self.id, self.id
                ),
                earliest: None,
                refusal: Refusal::new(Code::ChangeC1NoWindow).text("id", self.id),
            });
            return out;
        };
        let show = |t: DateTime<Utc>| t.with_timezone(&cal.zone).format("%Y-%m-%d %H:%M").to_string();
        if start < now {
            out.push(GateFailure {
                rule: "C10",
                message: format!(
                    "C10: the window {} - {} has begun or passed; plan a new window (opsdesk change plan {} --start … --end …)",
                    show(start),
                    show(end),
                    self.id
                ),
                earliest: None,
                refusal: Refusal::new(Code::ChangeC10WindowPassed)
                    .text("start", show(start))
                    .text("end", show(end))
                    .text("id", self.id),
            });
        }
        if self.test_confirmed_at.is_none() {
            out.push(GateFailure {
                rule: "C3",
                message: format!(
                    "C3: no change reaches production before its function is confirmed in the test environment; record who confirmed it (opsdesk change confirm-test {} --by NAMES)",
                    self.id
                ),
                earliest: None,
                refusal: Refusal::new(Code::ChangeC3NotConfirmed).text("id", self.id),
            });
        }
        if self.user_affecting {
            let (sd, ed) = (cal.date_of(start), cal.date_of(end));
            let (st, et) = (
                start.with_timezone(&cal.zone).time(),
                end.with_timezone(&cal.zone).time(),
            );
            let inside = sd == ed && st >= p.early_start && et <= p.early_end;
            if !inside {
                let earliest = Change::early_window_at_or_after(cal, p, start.max(now));
                out.push(GateFailure {
                    rule: "C4",
                    message: format!(
                        "C4: a change that affects users runs after 00:00, inside the early-hours window {}-{}; {} - {} is outside it. Earliest window: {}",
                        p.early_start.format("%H:%M"),
                        p.early_end.format("%H:%M"),
                        show(start),
                        show(end),
                        show(earliest)
                    ),
                    earliest: Some(earliest),
                    refusal: Refusal::new(Code::ChangeC4Window)
                        .text("from", p.early_start.format("%H:%M"))
                        .text("to", p.early_end.format("%H:%M"))
                        .text("start", show(start))
                        .text("end", show(end))
                        .text("earliest", show(earliest)),
                });
            }
            if let Some(due) = self.c5_due(cal, p)
                && now > due
            {
                let day = cal.add_working_days(cal.counting_day_of(now), p.maintenance_days);
                let earliest = self.earliest_start_on(cal, p, day);
                out.push(GateFailure {
                    rule: "C5",
                    message: format!(
                        "C5: the maintenance departments must be told {} working days ahead, by {}; that has passed. Told now, the earliest start is {} (change day {day})",
                        p.maintenance_days,
                        show(due),
                        show(earliest)
                    ),
                    earliest: Some(earliest),
                    refusal: Refusal::new(Code::ChangeC5Late)
                        .text("days", p.maintenance_days)
                        .text("due", show(due))
                        .text("earliest", show(earliest))
                        .text("day", day),
                });
            }
        }
        if self.cross_dept()
            && let Some(due) = self.c6_due(cal, p)
            && now > due
        {
            let day = cal.add_working_days(cal.counting_day_of(now), p.collaborator_days);
            let earliest = self.earliest_start_on(cal, p, day);
            out.push(GateFailure {
                rule: "C6",
                message: format!(
                    "C6: the collaborating departments must get the request and plan {} working days ahead, by {}; that has passed. Sent now, the earliest start is {} (change day {day})",
                    p.collaborator_days,
                    show(due),
                    show(earliest)
                ),
                earliest: Some(earliest),
                refusal: Refusal::new(Code::ChangeC6Late)
                    .text("days", p.collaborator_days)
                    .text("due", show(due))
                    .text("earliest", show(earliest))
                    .text("day", day),
            });
        }
        out
    }

    /// The earliest start that passes every gate with a date (C4–C6), when some gate refused.
    pub fn earliest_start(&self, failures: &[GateFailure], cal: &Calendar, p: &ChangePolicy) -> Option<DateTime<Utc>> {
        let latest = failures.iter().filter_map(|f| f.earliest).max()?;
        Some(if self.user_affecting {
            Change::early_window_at_or_after(cal, p, latest)
        } else {
            latest
        })
    }
}
