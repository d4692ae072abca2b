//! Q3, Q4: the half-year KPIs (response speed, coverage, resolution, satisfaction) and the
//! error rate, each an actual beside its target, met or not.

use serde::Serialize;

use super::percent;

/// Q4: the targets, from `[quality]` in the config.
#[derive(Clone, Debug, PartialEq)]
pub struct Targets {
    /// Response speed: an incident accepted within this many minutes of reaching the desk.
    pub response_minutes: i64,
    pub response_percent: f64,
    /// Coverage: resolved incidents whose reporter was asked for satisfaction (I12).
    pub coverage_percent: f64,
    /// Resolution rate: incidents received in the period and resolved.
    pub resolution_percent: f64,
    /// Satisfaction: ratings at or above `satisfied_at_least`.
    pub satisfaction_percent: f64,
    pub satisfied_at_least: u8,
    /// Error rate: billing and settlement runs of the period with an anomaly or a dispute, at
    /// most this.
    pub error_percent: f64,
}

/// What the store counted over the period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct KpiCounts {
    pub received: i64,
    pub accepted_in_time: i64,
    pub resolved: i64,
    pub rated: i64,
    pub rated_resolved: i64,
    pub satisfied: i64,
    pub runs: i64,
    pub runs_with_error: i64,
}

/// One KPI: actual beside target; `met` is `None` when nothing was there to measure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Kpi {
    pub key: &'static str,
    pub part: i64,
    pub whole: i64,
    pub actual_percent: Option<f64>,
    pub target_percent: f64,
    /// `at_least` (rates to reach) or `at_most` (the error rate).
    pub bound: &'static str,
    pub met: Option<bool>,
}

fn kpi(key: &'static str, part: i64, whole: i64, target: f64, at_most: bool) -> Kpi {
    let actual = percent(part, whole);
    Kpi {
        key,
        part,
        whole,
        actual_percent: actual,
        target_percent: target,
        bound: if at_most { "at_most" } else { "at_least" },
        // Compared in hundredths of a percent, so 94.999… shown as 95.00 is what it says.
        met: actual.map(|a| {
            let (a, t) = ((a * 100.0).round(), (target * 100.0).round());
            if at_most { a <= t } else { a >= t }
        }),
    }
}

/// Q3/Q4: the five figures of the review, in the order the review reads them.
pub fn kpis(c: &KpiCounts, t: &Targets) -> Vec<Kpi> {
    vec![
        kpi("response", c.accepted_in_time, c.received, t.response_percent, false),
        kpi("coverage", c.rated_resolved, c.resolved, t.coverage_percent, false),
        kpi("resolution", c.resolved, c.received, t.resolution_percent, false),
        kpi("satisfaction", c.satisfied, c.rated, t.satisfaction_percent, false),
        kpi("error_rate", c.runs_with_error, c.runs, t.error_percent, true),
    ]
}
