//! The escalation engine (SPEC I6–I8): from an incident, what its handling has reached and the
//! policy, at `now`, the current level, the next step and its instant, and every duty the rules
//! have raised so far. Pure: the store records what this returns, once.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::duty::DutyKind;
use super::incident::Incident;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub supervisor_after: Duration,
    pub manager_after: Duration,
    pub leader_after: Duration,
    pub report_within: Duration,
    pub quick_fix: Duration,
    pub recurrence_count: u32,
    pub recurrence_window: Duration,
    pub broadcast_after: Duration,
    pub broadcast_within: Duration,
    pub recovery_within: Duration,
    pub explanation_within: Duration,
}

impl Policy {
    /// The ladder, lowest step first: (level, time after the clock start, duty).
    fn ladder(&self) -> [(Level, Duration, DutyKind); 3] {
        [
            (Level::Supervisor, self.supervisor_after, DutyKind::ReportSupervisor),
            (Level::Manager, self.manager_after, DutyKind::ReportManager),
            (Level::Leader, self.leader_after, DutyKind::ReportLeader),
        ]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    None,
    Supervisor,
    Manager,
    Leader,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::None, Level::Supervisor, Level::Manager, Level::Leader];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Supervisor => "supervisor",
            Level::Manager => "manager",
            Level::Leader => "leader",
        }
    }

    pub fn parse(s: &str) -> Result<Level, crate::error::OpsError> {
        Level::ALL.into_iter().find(|l| l.as_str() == s.trim()).ok_or_else(|| {
            crate::error::OpsError::Invalid(format!("unknown level {s:?}: use none, supervisor, manager or leader"))
        })
    }
}

/// A duty the rules raised: kind, the episode it belongs to, when its condition was met and when
/// it must be done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DutySpec {
    pub kind: DutyKind,
    pub episode: i64,
    pub raised_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub level: Level,
    /// The next ladder step and when it is reached, while the service is not restored.
    pub next: Option<(Level, DateTime<Utc>)>,
    /// Every duty raised by `now`.
    pub duties: Vec<DutySpec>,
    /// The next instant at which time alone raises a duty; `None` when nothing more will.
    pub wake_at: Option<DateTime<Utc>>,
}

/// Whether a step `after` the clock start has been reached: the service was not restored
/// within it. Restored at exactly the limit counts as within.
fn reached(inc: &Incident, after: Duration, now: DateTime<Utc>) -> bool {
    let at = inc.clock_start + after;
    match inc.restored_at {
        Some(r) => r > at,
        None => now >= at,
    }
}

/// I7: the incident was fixed within the quick-fix limit.
pub fn quick_fixed(inc: &Incident, policy: &Policy) -> bool {
    inc.restored_at.is_some_and(|r| r - inc.clock_start <= policy.quick_fix)
}

/// I6–I8 for one incident at `now`. `quick_fixes_in_window` is how many incidents on the same
/// service and category (this one included) were fixed within the quick-fix limit in the
/// recurrence window ending at this one's receipt; the store counts them.
pub fn assess(inc: &Incident, quick_fixes_in_window: u32, policy: &Policy, now: DateTime<Utc>) -> Assessment {
    let start = inc.clock_start;
    let episode = inc.episode;
    let spec = |kind, raised_at: DateTime<Utc>, within: Duration| DutySpec {
        kind,
        episode,
        raised_at,
        due_at: raised_at + within,
    };
    let mut level = Level::None;
    let mut next = None;
    let mut duties = Vec::new();
    let mut wake_at: Option<DateTime<Utc>> = None;
    let mut wake = |t: DateTime<Utc>| wake_at = Some(wake_at.map_or(t, |w: DateTime<Utc>| w.min(t)));

    // I6: the ladder.
    for (step, after, kind) in policy.ladder() {
        if reached(inc, after, now) {
            level = step;
            duties.push(spec(kind, start + after, policy.report_within));
        } else if inc.restored_at.is_none() {
            next.get_or_insert((step, start + after));
            wake(start + after);
        }
    }
    // I8: not restored within 30 minutes: tell every business department.
    if reached(inc, policy.broadcast_after, now) {
        duties.push(spec(
            DutyKind::Broadcast,
            start + policy.broadcast_after,
            policy.broadcast_within,
        ));
    } else if inc.restored_at.is_none() {
        wake(start + policy.broadcast_after);
    }
    if let Some(r) = inc.restored_at {
        // I8: tell the affected within 5 minutes of restoration.
        duties.push(spec(DutyKind::RecoveryNotice, r, policy.recovery_within));
        // I7: the third quick fix in the window is reported to the supervisor too.
        if quick_fixed(inc, policy) && quick_fixes_in_window >= policy.recurrence_count {
            duties.push(spec(DutyKind::ReportRecurrence, r, policy.report_within));
        }
    }
    // I8: once resolved, the explanation notice.
    if let Some(r) = inc.resolved_at {
        duties.push(spec(DutyKind::ExplanationNotice, r, policy.explanation_within));
    }
    Assessment {
        level,
        next,
        duties,
        wake_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::domain::incident::{Category, Channel, NewIncident};
    use crate::domain::role::{Actor, Role};
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
    }
    fn ago(minutes: i64) -> DateTime<Utc> {
        now() - Duration::minutes(minutes)
    }
    fn policy() -> Policy {
        Policy::from_config(&Config::defaults())
    }
    /// Received `received_min` minutes before now; restored `restored_min` minutes before now.
    fn incident(received_min: i64, restored_min: Option<i64>) -> Incident {
        let n = NewIncident {
            title: "t".into(),
            service: "crm".into(),
            category: Some(Category::Database),
            channel: Some(Channel::Monitoring),
            received_at: Some(ago(received_min)),
            ..Default::default()
        };
        let actor = Actor {
            login: "li".into(),
            name: "li".into(),
            role: Role::Operator,
        };
        let mut i = Incident::open(&n, &actor, now()).unwrap();
        i.restored_at = restored_min.map(ago);
        i
    }
    fn kinds(a: &Assessment) -> Vec<DutyKind> {
        a.duties.iter().map(|d| d.kind).collect()
    }

    #[test]
    fn i6_level_by_minutes_since_receipt() {
        let cases = [
            (0, Level::None),
            (4, Level::None),
            (5, Level::Supervisor),
            (6, Level::Supervisor),
            (14, Level::Supervisor),
            (15, Level::Manager),
            (16, Level::Manager),
            (29, Level::Manager),
            (30, Level::Leader),
            (31, Level::Leader),
            (600, Level::Leader),
        ];
        for (minutes, want) in cases {
            assert_eq!(
                assess(&incident(minutes, None), 0, &policy(), now()).level,
                want,
                "{minutes} min"
            );
        }
    }

    #[test]
    fn i6_supervisor_after_5_minutes() {
        let a = assess(&incident(6, None), 0, &policy(), now());
        assert_eq!(kinds(&a), vec![DutyKind::ReportSupervisor]);
        assert_eq!(a.duties[0].raised_at, ago(1));
        assert_eq!(a.next, Some((Level::Manager, now() + Duration::minutes(9))));
    }

    #[test]
    fn i6_manager_after_15_minutes() {
        let a = assess(&incident(16, None), 0, &policy(), now());
        assert_eq!(kinds(&a), vec![DutyKind::ReportSupervisor, DutyKind::ReportManager]);
        assert_eq!(a.next, Some((Level::Leader, now() + Duration::minutes(14))));
    }

    #[test]
    fn i6_leader_after_30_minutes_with_i8_broadcast() {
        let a = assess(&incident(31, None), 0, &policy(), now());
        assert_eq!(
            kinds(&a),
            vec![
                DutyKind::ReportSupervisor,
                DutyKind::ReportManager,
                DutyKind::ReportLeader,
                DutyKind::Broadcast
            ]
        );
        let broadcast = &a.duties[3];
        assert_eq!(broadcast.raised_at, ago(1));
        assert_eq!(broadcast.due_at, ago(1) + Duration::minutes(5));
        assert_eq!(a.next, None);
        assert_eq!(a.wake_at, None);
    }

    #[test]
    fn i6_restoration_stops_the_ladder() {
        let cases = [
            // (received min ago, restored min ago, level, duties)
            (20, Some(18), Level::None, vec![DutyKind::RecoveryNotice]),
            (20, Some(15), Level::None, vec![DutyKind::RecoveryNotice]), // restored at exactly 5:00
            (
                20,
                Some(14),
                Level::Supervisor,
                vec![DutyKind::ReportSupervisor, DutyKind::RecoveryNotice],
            ),
            (
                40,
                Some(20),
                Level::Manager,
                vec![
                    DutyKind::ReportSupervisor,
                    DutyKind::ReportManager,
                    DutyKind::RecoveryNotice,
                ],
            ),
        ];
        for (received, restored, level, want) in cases {
            let a = assess(&incident(received, restored), 0, &policy(), now());
            assert_eq!(a.level, level, "received {received}, restored {restored:?}");
            assert_eq!(kinds(&a), want, "received {received}, restored {restored:?}");
            assert_eq!(a.next, None);
            assert_eq!(a.wake_at, None);
        }
    }

    #[test]
    fn i6_a_late_engine_still_raises_steps_passed_before_restoration() {
        // Received 40 minutes ago, restored 20 minutes ago, the engine never ran in between.
        let a = assess(&incident(40, Some(20)), 0, &policy(), now());
        assert!(kinds(&a).contains(&DutyKind::ReportManager));
        assert!(!kinds(&a).contains(&DutyKind::Broadcast));
    }

    #[test]
    fn i6_wake_at_is_the_next_step() {
        let a = assess(&incident(2, None), 0, &policy(), now());
        assert_eq!(a.wake_at, Some(now() + Duration::minutes(3)));
        let a = assess(&incident(20, None), 0, &policy(), now());
        assert_eq!(a.wake_at, Some(now() + Duration::minutes(10)));
    }

    #[test]
    fn i6_reopening_restarts_the_clock() {
        let mut i = incident(120, Some(100));
        i.episode = 1;
        i.clock_start = ago(6);
        i.restored_at = None;
        let a = assess(&i, 0, &policy(), now());
        assert_eq!(a.level, Level::Supervisor);
        assert!(a.duties.iter().all(|d| d.episode == 1));
    }

    #[test]
    fn i7_third_quick_fix_in_window_reports_to_supervisor() {
        let quick = incident(10, Some(7)); // fixed in 3 minutes
        let cases = [(1, false), (2, false), (3, true), (4, true)];
        for (count, reported) in cases {
            let a = assess(&quick, count, &policy(), now());
            assert_eq!(
                kinds(&a).contains(&DutyKind::ReportRecurrence),
                reported,
                "count {count}"
            );
        }
        let slow = incident(10, Some(2)); // fixed in 8 minutes: I6 applies instead
        assert!(!kinds(&assess(&slow, 3, &policy(), now())).contains(&DutyKind::ReportRecurrence));
    }

    #[test]
    fn i8_recovery_notice_due_5_minutes_after_restoration() {
        let a = assess(&incident(10, Some(8)), 0, &policy(), now());
        let d = a.duties.iter().find(|d| d.kind == DutyKind::RecoveryNotice).unwrap();
        assert_eq!(d.raised_at, ago(8));
        assert_eq!(d.due_at, ago(3));
    }

    #[test]
    fn i8_explanation_notice_once_resolved() {
        let mut i = incident(100, Some(90));
        i.resolved_at = Some(ago(60));
        let a = assess(&i, 0, &policy(), now());
        let d = a.duties.iter().find(|d| d.kind == DutyKind::ExplanationNotice).unwrap();
        assert_eq!(d.raised_at, ago(60));
        assert_eq!(d.due_at, ago(60) + Duration::hours(24));
    }

    #[test]
    fn i6_ladder_follows_configured_minutes() {
        let mut p = policy();
        p.supervisor_after = Duration::minutes(10);
        assert_eq!(assess(&incident(6, None), 0, &p, now()).level, Level::None);
    }
}
