//! The clock of a request (SPEC R7, W1): a limit of N working days ends at the close of working
//! hours on the Nth working day after the day the clock started; working time the clock stood
//! still (the requester's material, R3's leader) moves the deadline by as much working time; the
//! approvals before the form reached IT are not counted. Everything here takes the calendar and
//! `now` as arguments.

use chrono::{DateTime, Duration, Utc};

use super::{Pause, PauseKind, Request, RequestStatus, Rules};
use crate::domain::calendar::Calendar;

/// Where a request's clock stands, for a screen to say in its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClockState {
    /// No clock yet: these approvals are awaited.
    Waiting { missing: Vec<String> },
    /// Running towards `due`; `left` is the working time to it (zero once passed).
    Running { due: DateTime<Utc>, left: Duration },
    /// Past `due` and not met.
    Missed { due: DateTime<Utc> },
    /// Standing still since `since`, for `reason`; `due` as it stood when the pause began.
    Paused {
        since: DateTime<Utc>,
        kind: PauseKind,
        reason: String,
        due: Option<DateTime<Utc>>,
    },
    /// The limit was met at `at`; `late` when after `due`.
    Met {
        at: DateTime<Utc>,
        due: DateTime<Utc>,
        late: bool,
    },
    /// Closed without meeting it (withdrawn, refused); `late` when its deadline had passed.
    Stopped { due: Option<DateTime<Utc>>, late: bool },
}

impl ClockState {
    /// Its word: `waiting`, `running`, `missed`, `paused`, `met`, `late` (met after the
    /// deadline), `stopped`.
    pub fn word(&self) -> &'static str {
        match self {
            ClockState::Waiting { .. } => "waiting",
            ClockState::Running { .. } => "running",
            ClockState::Missed { .. } => "missed",
            ClockState::Paused { .. } => "paused",
            ClockState::Met { late: false, .. } => "met",
            ClockState::Met { late: true, .. } => "late",
            ClockState::Stopped { .. } => "stopped",
        }
    }
}

/// A request's clock as screens show it: the state, and what `show` explains beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    pub state: ClockState,
    pub started: Option<DateTime<Utc>>,
    /// The limit in working days (R5's urgent item: 0, the same working day).
    pub days: i64,
    /// The deadline the days give from the start, before any pause.
    pub base_due: Option<DateTime<Utc>>,
    pub due: Option<DateTime<Utc>>,
    /// Working time the clock stood still (ended pauses; the open one up to now), not counted.
    pub paused: Duration,
    /// Approvals before the form reached IT, from the filing (or the first approval) to the
    /// clock's start: not counted (R7).
    pub approvals: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// W2: years between the start and the deadline the calendar has no holidays for.
    pub unknown_years: Vec<i32>,
}

/// A working-time span as the desk says it: `1 wd 03:20` (a working day is the configured
/// day's length), `03:20` under a day.
pub fn working_span(d: Duration, cal: &Calendar) -> String {
    let day = (cal.day_end - cal.day_start).num_seconds().max(60);
    let secs = d.num_seconds().max(0);
    let (days, rest) = (secs / day, secs % day);
    let hm = format!("{:02}:{:02}", rest / 3600, rest / 60 % 60);
    if days > 0 { format!("{days} wd {hm}") } else { hm }
}

impl Request {
    /// The deadline from the start alone: the close of working hours on the Nth working day
    /// after the day the clock started (an urgent R5 item: the end of the working day it arrived
    /// on, the next one when it came after hours).
    pub fn base_due(&self, rules: &Rules) -> Option<DateTime<Utc>> {
        let cal = &rules.cal;
        let start = self.clock_start?;
        let day = if self.urgent {
            cal.counting_day_of(start)
        } else {
            cal.add_working_days(cal.date_of(start), self.limit_days)
        };
        Some(cal.end_of_working_day(day))
    }

    /// The pauses of the current clock (an earlier clock's, before R4's restart, do not count).
    fn pauses_of_clock(&self) -> impl Iterator<Item = &Pause> {
        let start = self.clock_start;
        self.pauses.iter().filter(move |p| start.is_some_and(|s| p.from >= s))
    }

    /// Working time the clock stood still in ended pauses.
    pub fn paused_working(&self, cal: &Calendar) -> Duration {
        self.pauses_of_clock()
            .filter_map(|p| p.until.map(|u| cal.working_time_between(p.from, u)))
            .fold(Duration::zero(), |a, b| a + b)
    }

    /// The deadline: the base one moved by the working time of ended pauses.
    pub fn compute_due(&self, rules: &Rules) -> Option<DateTime<Utc>> {
        let base = self.base_due(rules)?;
        Some(rules.cal.add_working_time(base, self.paused_working(&rules.cal)))
    }

    /// The open pause, if the clock stands still now.
    pub fn open_pause(&self) -> Option<&Pause> {
        self.pauses.iter().rev().find(|p| p.until.is_none())
    }

    /// When the current stretch of the clock began: its start, or the end of the last pause.
    pub fn clock_since(&self) -> Option<DateTime<Utc>> {
        let start = self.clock_start?;
        Some(
            self.pauses_of_clock()
                .filter_map(|p| p.until)
                .fold(start, DateTime::max),
        )
    }

    /// The clock is running: started, not met, not standing still, not closed.
    pub fn clock_running(&self) -> bool {
        self.clock_start.is_some()
            && self.met_at.is_none()
            && self.paused_since.is_none()
            && self.status != RequestStatus::Closed
    }

    /// When the owner and supervisors are warned: `warn_before` of working time before the
    /// deadline.
    pub fn warn_at(&self, rules: &Rules) -> Option<DateTime<Utc>> {
        self.due_at
            .map(|d| rules.cal.add_working_time(d, -rules.policy.warn_before))
    }

    /// R7: the span of approvals before the form reached IT, not counted.
    pub fn approvals_span(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let start = self.clock_start?;
        let first = self
            .filed_at
            .into_iter()
            .chain(self.approvals.iter().map(|a| a.at))
            .min()?;
        (first < start).then_some((first, start))
    }

    /// Where the clock stands at `now`.
    pub fn clock(&self, rules: &Rules, now: DateTime<Utc>) -> Clock {
        let cal = &rules.cal;
        let due = self.due_at;
        let state = if let Some(at) = self.met_at {
            let due = due.unwrap_or(at);
            ClockState::Met {
                at,
                due,
                late: at > due,
            }
        } else if self.status == RequestStatus::Closed {
            let end = self.closed_at.unwrap_or(now);
            ClockState::Stopped {
                due,
                late: due.is_some_and(|d| end > d),
            }
        } else if let (Some(p), Some(_)) = (self.open_pause(), self.clock_start) {
            ClockState::Paused {
                since: p.from,
                kind: p.kind,
                reason: p.said().to_string(),
                due,
            }
        } else {
            match due {
                None => ClockState::Waiting {
                    missing: self.missing_approvals(),
                },
                Some(d) if now > d => ClockState::Missed { due: d },
                Some(d) => ClockState::Running {
                    due: d,
                    left: cal.working_time_between(now, d),
                },
            }
        };
        let open = self
            .open_pause()
            .filter(|_| self.clock_start.is_some())
            .map_or(Duration::zero(), |p| cal.working_time_between(p.from, now));
        let unknown_years = match (self.clock_start, due) {
            (Some(s), Some(d)) => cal.unknown_years(cal.date_of(s), cal.date_of(d)),
            _ => Vec::new(),
        };
        Clock {
            state,
            started: self.clock_start,
            days: self.limit_days,
            base_due: self.base_due(rules),
            due,
            paused: self.paused_working(cal) + open,
            approvals: self.approvals_span(),
            unknown_years,
        }
    }
}
