//! `[quality]`: the targets of the half-year review (Q3, Q4) and the weights of the monthly
//! ranking (Q2), and the domain's view of them.

use serde::{Deserialize, Serialize};

use super::Config;
use crate::domain::report::kpi::Targets;
use crate::domain::report::ranking::{Scoring, Team};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QualitySettings {
    pub response_minutes: u32,
    pub response_target_percent: f64,
    pub coverage_target_percent: f64,
    pub resolution_target_percent: f64,
    pub satisfaction_target_percent: f64,
    pub error_target_percent: f64,
    /// Q7: the reporter is called back this many days after verification (or delivery).
    pub callback_after_days: u32,
    pub month: MonthScoring,
    /// Q2: the IT department's teams, ranked beside the departments served.
    #[serde(default)]
    pub teams: Vec<TeamSetting>,
}

/// `[[quality.teams]]`: a team of the IT department and the logins of its members.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TeamSetting {
    pub code: String,
    pub name: String,
    pub members: Vec<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MonthScoring {
    pub availability_weight: u32,
    pub accuracy_weight: u32,
    pub timeliness_weight: u32,
    pub satisfaction_weight: u32,
    pub availability_zero_minutes: u32,
    pub points_per_data_error: f64,
}

impl QualitySettings {
    /// Every percentage is one; the weights add up to something.
    pub(super) fn validate(&self) -> Result<(), (String, String)> {
        for (key, v) in [
            ("quality.response_target_percent", self.response_target_percent),
            ("quality.coverage_target_percent", self.coverage_target_percent),
            ("quality.resolution_target_percent", self.resolution_target_percent),
            ("quality.satisfaction_target_percent", self.satisfaction_target_percent),
            ("quality.error_target_percent", self.error_target_percent),
        ] {
            if !(0.0..=100.0).contains(&v) {
                return Err((key.into(), "must be a percentage between 0 and 100".into()));
            }
        }
        if self.response_minutes == 0 {
            return Err(("quality.response_minutes".into(), "must be greater than 0".into()));
        }
        let m = &self.month;
        if m.availability_weight + m.accuracy_weight + m.timeliness_weight + m.satisfaction_weight == 0 {
            return Err((
                "quality.month.availability_weight".into(),
                "the four weights of [quality.month] must not all be 0".into(),
            ));
        }
        if m.availability_zero_minutes == 0 {
            return Err((
                "quality.month.availability_zero_minutes".into(),
                "must be greater than 0".into(),
            ));
        }
        let mut seen: Vec<&str> = Vec::new();
        let mut members: Vec<&str> = Vec::new();
        for (i, t) in self.teams.iter().enumerate() {
            let at = |key: &str| format!("quality.teams[{i}].{key}");
            if t.code.trim().is_empty() {
                return Err((at("code"), "must not be empty".into()));
            }
            if seen.contains(&t.code.trim()) {
                return Err((at("code"), format!("{:?} names two teams", t.code)));
            }
            seen.push(t.code.trim());
            for m in &t.members {
                if members.contains(&m.trim()) {
                    return Err((at("members"), format!("{m:?} is in two teams: a record counts for one")));
                }
                members.push(m.trim());
            }
        }
        if !(0.0..=100.0).contains(&m.points_per_data_error) {
            return Err((
                "quality.month.points_per_data_error".into(),
                "must be between 0 and 100".into(),
            ));
        }
        Ok(())
    }
}

impl Targets {
    pub fn from_config(c: &Config) -> Targets {
        let q = &c.quality;
        Targets {
            response_minutes: i64::from(q.response_minutes),
            response_percent: q.response_target_percent,
            coverage_percent: q.coverage_target_percent,
            resolution_percent: q.resolution_target_percent,
            satisfaction_percent: q.satisfaction_target_percent,
            satisfied_at_least: c.incident.satisfied_at_least,
            error_percent: q.error_target_percent,
        }
    }
}

impl Scoring {
    pub fn from_config(c: &Config) -> Scoring {
        let m = &c.quality.month;
        Scoring {
            availability_weight: m.availability_weight,
            accuracy_weight: m.accuracy_weight,
            timeliness_weight: m.timeliness_weight,
            satisfaction_weight: m.satisfaction_weight,
            availability_zero_minutes: i64::from(m.availability_zero_minutes),
            points_per_data_error: m.points_per_data_error,
        }
    }
}

impl QualitySettings {
    /// Q2's IT teams as the domain has them.
    pub fn teams(&self) -> Vec<Team> {
        self.teams
            .iter()
            .map(|t| Team {
                code: t.code.trim().to_string(),
                name: t.name.trim().to_string(),
                members: t.members.iter().map(|m| m.trim().to_string()).collect(),
            })
            .collect()
    }
}
