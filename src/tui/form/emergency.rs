//! The Plans view's forms (E1): schedule a drill of the selected plan, record that its drill was
//! held, and its evaluation (which sends the report to the plan's leadership group).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{F, Form, FormKind, choice, text, time};
use crate::domain::emergency::{Drill, Held, NewDrill, Plan, StandDown};
use crate::ops::emergency::{DrillCmd, ResponseCmd};
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

impl Form {
    /// A drill of `plan`: what it simulates, when.
    pub fn schedule_drill(s: &Strings, plan: &Plan) -> Form {
        let mut at = time(s, F::At, "hint.drill_at");
        at.required = true;
        let fields = vec![text(s, F::Scenario, true), at];
        Form::new(
            s,
            FormKind::ScheduleDrill { plan: plan.id },
            "form.schedule_drill",
            Some(plan.id),
            fields,
        )
    }

    /// Drill `d` was held: when, until when, who took part (comma-separated), what was simulated,
    /// the timings (comma-separated).
    pub fn hold_drill(s: &Strings, d: &Drill) -> Form {
        let fields = vec![
            text(s, F::Participants, true),
            text(s, F::Simulated, false),
            text(s, F::Timings, false),
            time(s, F::At, "hint.now"),
            time(s, F::EndedAt, "hint.now"),
        ];
        let (id, version) = (d.id, d.version);
        Form::new(
            s,
            FormKind::HoldDrill { id, version },
            "form.hold_drill",
            Some(id),
            fields,
        )
    }

    /// Drill `d`'s evaluation: what worked, what did not, the measures (comma-separated).
    pub fn evaluate_drill(s: &Strings, d: &Drill) -> Form {
        let fields = vec![
            text(s, F::Worked, false),
            text(s, F::Failed, false),
            text(s, F::Measures, false),
        ];
        let (id, version) = (d.id, d.version);
        Form::new(
            s,
            FormKind::EvaluateDrill { id, version },
            "form.evaluate_drill",
            Some(id),
            fields,
        )
    }

    /// I14: incident `id` declared major on one of `plans` (id, name, services), the one that
    /// covers `service` offered first; why.
    pub fn declare_major(s: &Strings, id: i64, service: &str, plans: &[(i64, String, Vec<String>)]) -> Form {
        let options: Vec<(String, String)> = plans
            .iter()
            .map(|(pid, name, _)| (pid.to_string(), format!("#{pid} {name}")))
            .collect();
        let at = plans.iter().position(|p| p.2.iter().any(|x| x == service)).unwrap_or(0);
        let fields = vec![choice(s, F::EmergencyPlan, options, at), text(s, F::Reason, false)];
        Form::new(s, FormKind::DeclareMajor { id }, "form.declare_major", Some(id), fields)
    }

    /// E2: response `r` stood down, with a note.
    pub fn stand_down(s: &Strings, id: i64, version: i64) -> Form {
        let fields = vec![text(s, F::Note, false), time(s, F::At, "hint.now")];
        Form::new(
            s,
            FormKind::StandDown { id, version },
            "form.stand_down",
            Some(id),
            fields,
        )
    }

    pub(super) fn is_emergency_form(&self) -> bool {
        matches!(
            self.kind,
            FormKind::ScheduleDrill { .. }
                | FormKind::HoldDrill { .. }
                | FormKind::EvaluateDrill { .. }
                | FormKind::DeclareMajor { .. }
                | FormKind::StandDown { .. }
        )
    }

    /// The command this form sends, for the Plans view's forms.
    pub(super) fn emergency_command(&mut self, now: DateTime<Utc>, zone: Tz) -> Option<Command> {
        Some(match self.kind {
            FormKind::ScheduleDrill { plan } => Command::ScheduleDrill {
                plan,
                new: NewDrill {
                    scenario: self.text_of(F::Scenario),
                    at: self.time_of(F::At, now, zone)?,
                },
            },
            FormKind::HoldDrill { id, version } => Command::Drill {
                id,
                version,
                cmd: DrillCmd::Hold(Held {
                    at: self.time_of(F::At, now, zone),
                    ended_at: self.time_of(F::EndedAt, now, zone),
                    participants: self.list_of(F::Participants),
                    simulated: self.text_of(F::Simulated),
                    timings: self.list_of(F::Timings),
                }),
            },
            FormKind::EvaluateDrill { id, version } => Command::Drill {
                id,
                version,
                cmd: DrillCmd::Evaluate {
                    worked: self.text_of(F::Worked),
                    failed: self.text_of(F::Failed),
                    measures: self.list_of(F::Measures),
                },
            },
            FormKind::DeclareMajor { id } => Command::DeclareMajor {
                incident: id,
                plan: self.text_of(F::EmergencyPlan).parse().ok()?,
                reason: self.text_of(F::Reason),
            },
            FormKind::StandDown { id, version } => Command::Response {
                id,
                version,
                cmd: ResponseCmd::StandDown(StandDown {
                    note: self.text_of(F::Note),
                    at: self.time_of(F::At, now, zone),
                }),
            },
            _ => return None,
        })
    }
}
