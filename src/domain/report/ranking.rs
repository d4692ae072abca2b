//! Q2: each department served, scored each month on availability (I11), data accuracy,
//! timeliness and satisfaction (I12), weighted as the config says, and ranked.

use serde::Serialize;

/// `[quality.month]` of the config: the weights and what a score of 0 means.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoring {
    pub availability_weight: u32,
    pub accuracy_weight: u32,
    pub timeliness_weight: u32,
    pub satisfaction_weight: u32,
    /// Availability scores 100 with no suspension and 0 at this many minutes of the month.
    pub availability_zero_minutes: i64,
    /// Each data error (an anomaly or dispute, a database fault) takes this many points.
    pub points_per_data_error: f64,
}

/// Q2: an IT team of `[[quality.teams]]`: the logins of its members. A record counts for the team
/// of the person who owns it; the IT department's people in no team are ranked as the department.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Team {
    pub code: String,
    pub name: String,
    pub members: Vec<String>,
}

/// What the store counted for one department over the month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct DeptFigures {
    pub dept: String,
    pub name: String,
    /// Seconds the department's services were suspended from non-human causes (I11).
    pub outage_seconds: i64,
    /// Data errors: its database faults, and the month's billing anomalies and disputes.
    pub data_errors: i64,
    /// Clocks and duties due in the month, and those met in time.
    pub due: i64,
    pub met: i64,
    /// Satisfaction ratings (1-5) recorded for its incidents: how many, and their sum.
    pub rated: i64,
    pub rating_sum: i64,
}

/// One row of the ranked table: the figures, each score (0-100; `None`: nothing to score), the
/// weighted total and the place.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub rank: usize,
    #[serde(flatten)]
    pub figures: DeptFigures,
    pub availability: f64,
    pub accuracy: f64,
    pub timeliness: Option<f64>,
    pub satisfaction: Option<f64>,
    pub total: f64,
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The four scores of one department.
pub fn scores(f: &DeptFigures, s: &Scoring) -> (f64, f64, Option<f64>, Option<f64>) {
    let zero = (s.availability_zero_minutes * 60).max(1) as f64;
    let availability = 100.0 * (1.0 - (f.outage_seconds as f64 / zero).min(1.0));
    let accuracy = (100.0 - f.data_errors as f64 * s.points_per_data_error).max(0.0);
    let timeliness = (f.due > 0).then(|| 100.0 * f.met as f64 / f.due as f64);
    // A rating of 1 scores 0, a rating of 5 scores 100.
    let satisfaction = (f.rated > 0).then(|| (f.rating_sum as f64 / f.rated as f64 - 1.0) * 25.0);
    (
        round2(availability),
        round2(accuracy),
        timeliness.map(round2),
        satisfaction.map(round2),
    )
}

/// Q2: the weighted total of each department (a score with nothing to measure leaves its weight
/// out rather than count as 0 or 100), highest first; ties by department code.
pub fn rank(figures: Vec<DeptFigures>, s: &Scoring) -> Vec<Ranked> {
    let mut rows: Vec<Ranked> = figures
        .into_iter()
        .map(|f| {
            let (a, d, t, q) = scores(&f, s);
            let parts = [
                (Some(a), s.availability_weight),
                (Some(d), s.accuracy_weight),
                (t, s.timeliness_weight),
                (q, s.satisfaction_weight),
            ];
            let (sum, weight) = parts
                .iter()
                .filter_map(|(v, w)| v.map(|v| (v * f64::from(*w), f64::from(*w))))
                .fold((0.0, 0.0), |(a, b), (v, w)| (a + v, b + w));
            let total = if weight > 0.0 { round2(sum / weight) } else { 0.0 };
            Ranked {
                rank: 0,
                figures: f,
                availability: a,
                accuracy: d,
                timeliness: t,
                satisfaction: q,
                total,
            }
        })
        .collect();
    rows.sort_by(|x, y| {
        y.total
            .total_cmp(&x.total)
            .then_with(|| x.figures.dept.cmp(&y.figures.dept))
    });
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    rows
}
