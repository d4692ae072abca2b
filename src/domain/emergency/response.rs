//! I14, E2: the response a major incident starts. Declared on a plan in force (by a supervisor or
//! above, or by the config's rule): the plan's leadership group is told at once and a progress
//! report is owed at every interval of the plan from the declaration, until the stand-down (a
//! supervisor or above), which sends the all-clear and owes the review within the plan's working
//! days. The review (causes, what the plan missed, measures with their owners) is sent as a
//! document.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{Member, Plan};
use crate::domain::calendar::Calendar;
use crate::domain::duty::DutyKind;
use crate::domain::escalation::DutySpec;
use crate::domain::incident::{Incident, Status};
use crate::domain::role::{Actor, Power, require};
use crate::domain::time::plausible;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

/// A measure the review decided, and who owns it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub what: String,
    pub owner: String,
    /// The problem this measure became (E2, P1), once it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<i64>,
    /// The corrective notice this measure became (E2, Q6), once it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrective: Option<i64>,
}

/// What a review's measure can become (E2): a problem (P1) or a corrective notice (Q6), each
/// once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Becomes {
    Problem,
    Corrective,
}

impl Becomes {
    fn word(self) -> &'static str {
        match self {
            Becomes::Problem => "problem",
            Becomes::Corrective => "corrective notice",
        }
    }

    fn of(self, m: &Measure) -> Option<i64> {
        match self {
            Becomes::Problem => m.problem,
            Becomes::Corrective => m.corrective,
        }
    }
}

/// E2: the response as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub id: i64,
    pub incident_id: i64,
    pub plan_id: i64,
    /// The plan's name and revision, and its group, as they were when it was declared: who was
    /// told stays as it was.
    pub plan_name: String,
    pub plan_revision: i64,
    pub group: Vec<Member>,
    pub declared_at: DateTime<Utc>,
    pub declared_by: String,
    /// Declared by the config's rule (I14), not by a person.
    pub auto: bool,
    pub reason: String,
    pub report_every_minutes: i64,
    pub review_days: i64,
    /// The operator's words for the next progress report, and when they were given.
    pub words: String,
    pub words_at: Option<DateTime<Utc>>,
    pub stood_down_at: Option<DateTime<Utc>>,
    pub stood_down_by: Option<String>,
    pub stand_down_note: String,
    pub review_due: Option<DateTime<Utc>>,
    pub causes: String,
    pub missed: String,
    pub measures: Vec<Measure>,
    pub reviewed_by: Option<String>,
    pub reviewed_at: Option<DateTime<Utc>>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(Response, crate::domain::kind::Kind::Response);

/// What declaring says: why, and when if recorded after the fact.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Declaration {
    pub reason: String,
    pub at: Option<DateTime<Utc>>,
    /// By the config's rule (I14).
    pub auto: bool,
}

/// What the stand-down says.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StandDown {
    pub note: String,
    pub at: Option<DateTime<Utc>>,
}

/// What the review records.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Review {
    pub causes: String,
    pub missed: String,
    pub measures: Vec<Measure>,
}

/// E2: the end of the interval `now` falls in, counting intervals of `every_minutes` from the
/// declaration: when the next progress report is due (a console counts down to it between its
/// reads).
pub fn next_report(declared_at: DateTime<Utc>, every_minutes: i64, now: DateTime<Utc>) -> DateTime<Utc> {
    let every = Duration::minutes(every_minutes.max(1));
    let begun = if now < declared_at {
        1
    } else {
        (now - declared_at).num_seconds() / every.num_seconds() + 1
    };
    declared_at + every * begun as i32
}

fn not_after_now(what: &str, t: DateTime<Utc>, now: DateTime<Utc>) -> Result<DateTime<Utc>, OpsError> {
    let t = plausible(what, t)?;
    if t - now > Duration::minutes(1) {
        return Err(OpsError::Invalid(format!("{what} is in the future")));
    }
    Ok(t)
}

impl Response {
    /// I14: `inc` declared major on `plan`. A person must be a supervisor or above; the config's
    /// rule declares as the engine. The plan must be in force and the incident not closed.
    pub fn declare(
        inc: &Incident,
        plan: &Plan,
        d: &Declaration,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Response, OpsError> {
        if !d.auto {
            require(actor, Power::DeclareMajor)?;
        }
        plan.expect_in_force("declare")?;
        Response::declarable(inc)?;
        let declared_at = not_after_now("declared at", d.at.unwrap_or(now), now)?;
        if declared_at < inc.received_at {
            return Err(OpsError::Invalid(format!(
                "declared at is before the incident was received (incident {})",
                inc.id
            )));
        }
        let reason = normalize(&d.reason);
        check_len("reason", &reason, 1000)?;
        Ok(Response {
            id: 0,
            incident_id: inc.id,
            plan_id: plan.id,
            plan_name: plan.name.clone(),
            plan_revision: plan.revision,
            group: plan.group.clone(),
            declared_at,
            declared_by: actor.login.clone(),
            auto: d.auto,
            reason,
            report_every_minutes: plan.report_every_minutes,
            review_days: plan.review_days,
            words: String::new(),
            words_at: None,
            stood_down_at: None,
            stood_down_by: None,
            stand_down_note: String::new(),
            review_due: None,
            causes: String::new(),
            missed: String::new(),
            measures: Vec::new(),
            reviewed_by: None,
            reviewed_at: None,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }

    /// I14: one active response per incident; `active` is the one there.
    pub fn already_declared(incident: i64, active: i64) -> OpsError {
        OpsError::Rule(format!(
            "incident {incident} is declared major already: response {active} is active"
        ))
        .coded(
            Refusal::new(Code::ResponseExists)
                .text("id", incident)
                .text("response", active),
        )
    }

    pub fn active(&self) -> bool {
        self.stood_down_at.is_none()
    }

    fn every(&self) -> Duration {
        Duration::minutes(self.report_every_minutes.max(1))
    }

    /// E2: the notice to the leadership group, raised at the declaration and due within
    /// `within`, and the progress reports owed by `now`.
    pub fn opening_duties(&self, within: Duration, now: DateTime<Utc>) -> Vec<DutySpec> {
        let mut out = vec![DutySpec {
            kind: DutyKind::E2Notice,
            episode: 0,
            raised_at: self.declared_at,
            due_at: self.declared_at + within,
        }];
        out.extend(self.reports_owed(now));
        out
    }

    /// How many intervals have begun by `now` (the first at the declaration).
    fn intervals_begun(&self, now: DateTime<Utc>) -> i64 {
        if now < self.declared_at {
            return 1;
        }
        (now - self.declared_at).num_seconds() / self.every().num_seconds() + 1
    }

    /// E2: progress report `k` (from 1) is raised when interval `k` begins and due at its end;
    /// the duty's episode is `k`, so however many engines raise it, it exists once. None once
    /// stood down.
    pub fn reports_owed(&self, now: DateTime<Utc>) -> Vec<DutySpec> {
        if !self.active() {
            return Vec::new();
        }
        (1..=self.intervals_begun(now)).map(|k| self.report(k)).collect()
    }

    /// Progress report `k`.
    pub fn report(&self, k: i64) -> DutySpec {
        DutySpec {
            kind: DutyKind::E2Progress,
            episode: k,
            raised_at: self.declared_at + self.every() * (k as i32 - 1),
            due_at: self.declared_at + self.every() * k as i32,
        }
    }

    /// The latest progress report owed by `now` (the engine looks for it, then raises what is
    /// missing).
    pub fn current_report(&self, now: DateTime<Utc>) -> Option<DutySpec> {
        self.active().then(|| self.report(self.intervals_begun(now)))
    }

    /// E2: when the next progress report is due, while the response lasts (the banner's
    /// countdown).
    pub fn next_report_at(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.active()
            .then(|| next_report(self.declared_at, self.report_every_minutes, now))
    }

    fn touched(&self, actor: &Actor, now: DateTime<Utc>) -> Response {
        let mut r = self.clone();
        r.version += 1;
        r.updated_at = now;
        r.updated_by = actor.login.clone();
        r
    }

    fn expect_active(&self, step: &str, doing: &str) -> Result<(), OpsError> {
        if self.active() {
            return Ok(());
        }
        Err(
            OpsError::Rule(format!("cannot {doing} response {}: it stood down", self.id)).coded(
                Refusal::new(Code::ResponseStoodDown)
                    .phrase("step", &format!("emergency_step.{step}"), doing)
                    .text("id", self.id),
            ),
        )
    }

    /// E2: the operator's words for the next progress report (anyone on the desk).
    pub fn say(&self, words: &str, actor: &Actor, now: DateTime<Utc>) -> Result<Response, OpsError> {
        self.expect_active("report", "report on")?;
        let words = normalize(words);
        check_len("words", &words, 2000)?;
        if words.is_empty() {
            return Err(OpsError::Invalid(
                "say what the leadership group should hear: --text WORDS".into(),
            ));
        }
        let mut r = self.touched(actor, now);
        r.words = words;
        r.words_at = Some(now);
        Ok(r)
    }

    /// I14, U4: whether `actor` may declare `inc` major, before a plan is chosen: a supervisor or
    /// above, and the incident not closed. The console asks before it opens the form;
    /// [`Response::declare`] asks again.
    pub fn can_declare(inc: &Incident, actor: &Actor) -> Result<(), OpsError> {
        require(actor, Power::DeclareMajor)?;
        Response::declarable(inc)
    }

    fn declarable(inc: &Incident) -> Result<(), OpsError> {
        if inc.status == Status::Closed {
            return Err(OpsError::Rule(format!(
                "incident {} is closed: a closed incident is not declared major; reopen it first",
                inc.id
            ))
            .coded(Refusal::new(Code::IncidentReopenFirst).text("id", inc.id)));
        }
        Ok(())
    }

    /// E2, U4: whether `actor` may stand the response down: a supervisor or above, while it is
    /// active. [`Response::stand_down`] asks the same first.
    pub fn can_stand_down(&self, actor: &Actor) -> Result<(), OpsError> {
        require(actor, Power::DeclareMajor)?;
        self.expect_active("stand_down", "stand down")
    }

    /// E2: the stand-down, by a supervisor or above: no more progress reports; the review is due
    /// at the end of the working day `review_days` working days later.
    pub fn stand_down(
        &self,
        s: &StandDown,
        cal: &Calendar,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Response, OpsError> {
        self.can_stand_down(actor)?;
        let at = not_after_now("stood down at", s.at.unwrap_or(now), now)?;
        if at < self.declared_at {
            return Err(OpsError::Invalid("the stand-down comes after the declaration".into()));
        }
        let note = normalize(&s.note);
        check_len("note", &note, 2000)?;
        let mut r = self.touched(actor, now);
        r.stood_down_at = Some(at);
        r.stood_down_by = Some(actor.login.clone());
        r.stand_down_note = note;
        let day = cal.add_working_days(cal.date_of(at), self.review_days);
        r.review_due = Some(cal.end_of_working_day(day));
        Ok(r)
    }

    /// E2: the all-clear (due within `within`) and the review (due by `review_due`), raised at
    /// the stand-down.
    pub fn closing_duties(&self, within: Duration) -> Vec<DutySpec> {
        let (Some(at), Some(due)) = (self.stood_down_at, self.review_due) else {
            return Vec::new();
        };
        vec![
            DutySpec {
                kind: DutyKind::E2AllClear,
                episode: 0,
                raised_at: at,
                due_at: at + within,
            },
            DutySpec {
                kind: DutyKind::E2Review,
                episode: 0,
                raised_at: at,
                due_at: due,
            },
        ]
    }

    /// E2: the review, once stood down, by a supervisor or above: causes, what the plan missed,
    /// measures each with its owner. Recorded once.
    pub fn review(&self, rv: &Review, actor: &Actor, now: DateTime<Utc>) -> Result<Response, OpsError> {
        require(actor, Power::DeclareMajor)?;
        if self.active() {
            return Err(OpsError::Rule(format!(
                "response {} is still active: stand it down first (opsdesk response stand-down {})",
                self.id, self.id
            ))
            .coded(Refusal::new(Code::ResponseActive).text("id", self.id)));
        }
        if let Some(by) = &self.reviewed_by {
            return Err(
                OpsError::Rule(format!("response {} was reviewed by {by} already", self.id))
                    .coded(Refusal::new(Code::ResponseReviewed).text("id", self.id).text("by", by)),
            );
        }
        let (causes, missed) = (normalize(&rv.causes), normalize(&rv.missed));
        check_len("causes", &causes, 4000)?;
        check_len("missed", &missed, 4000)?;
        if causes.is_empty() {
            return Err(OpsError::Invalid("a review says the causes: --causes TEXT".into()));
        }
        let mut measures = Vec::new();
        for m in &rv.measures {
            let (what, owner) = (normalize(&m.what), normalize(&m.owner));
            check_len("measure", &what, 1000)?;
            check_len("owner", &owner, 100)?;
            if what.is_empty() || owner.is_empty() {
                return Err(OpsError::Invalid(
                    "each measure has its owner: --measure TEXT --owner NAME".into(),
                ));
            }
            measures.push(Measure {
                what,
                owner,
                problem: None,
                corrective: None,
            });
        }
        if measures.is_empty() {
            return Err(OpsError::Invalid(
                "a review decides measures: --measure TEXT --owner NAME".into(),
            ));
        }
        let mut r = self.touched(actor, now);
        r.causes = causes;
        r.missed = missed;
        r.measures = measures;
        r.reviewed_by = Some(actor.login.clone());
        r.reviewed_at = Some(now);
        Ok(r)
    }

    /// E2: measure `n` (1-based) of the review, checked to become a problem or a corrective
    /// notice by a supervisor or above: the review is recorded, the measure exists and has not
    /// become one already.
    pub fn measure_for(&self, n: usize, becomes: Becomes, actor: &Actor) -> Result<&Measure, OpsError> {
        require(actor, Power::DeclareMajor)?;
        if self.reviewed_by.is_none() {
            return Err(OpsError::Invalid(format!(
                "response {} has no review yet: its measures come with it (opsdesk response review {} --causes …)",
                self.id, self.id
            )));
        }
        let m = n.checked_sub(1).and_then(|i| self.measures.get(i)).ok_or_else(|| {
            OpsError::Invalid(format!(
                "response {} has measures 1 to {}, not {n}",
                self.id,
                self.measures.len()
            ))
        })?;
        if let Some(made) = becomes.of(m) {
            let what = becomes.word();
            return Err(OpsError::Rule(format!(
                "measure {n} of response {} became {what} {made} already",
                self.id
            ))
            .coded(
                Refusal::new(match becomes {
                    Becomes::Problem => Code::MeasureHasProblem,
                    Becomes::Corrective => Code::MeasureHasCorrective,
                })
                .text("n", n)
                .text("id", self.id)
                .text("made", made),
            ));
        }
        Ok(m)
    }

    /// E2: the response with measure `n` marked as having become record `made`.
    pub fn measure_became(
        &self,
        n: usize,
        becomes: Becomes,
        made: i64,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Response, OpsError> {
        self.measure_for(n, becomes, actor)?;
        let mut r = self.touched(actor, now);
        let m = &mut r.measures[n - 1];
        match becomes {
            Becomes::Problem => m.problem = Some(made),
            Becomes::Corrective => m.corrective = Some(made),
        }
        Ok(r)
    }

    /// E2: the review document to the leadership group, raised when the review is recorded.
    pub fn review_report_duty(&self, within: Duration, now: DateTime<Utc>) -> DutySpec {
        DutySpec {
            kind: DutyKind::E2ReviewReport,
            episode: 0,
            raised_at: now,
            due_at: now + within,
        }
    }
}
