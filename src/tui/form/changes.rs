//! The changes' forms (C1-C10) and the commands they send.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{F, Field, Form, FormKind, channel, choice, text, time, toggle, with_text};
use crate::domain::change::{Change, NewChange, Outcome as ChangeOutcome};
use crate::domain::time::local_minute;
use crate::ops::changes::{Cmd, Notice, ResultNotice, Summary};
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

impl Form {
    /// C1, C2: a new change, every field of the record.
    pub fn new_change(s: &Strings, month: &str) -> Form {
        let fields = vec![
            text(s, F::Title, true),
            text(s, F::Systems, true),
            Field {
                hint: month.to_string(),
                ..text(s, F::Month, false)
            },
            time(s, F::Start, "hint.window"),
            time(s, F::End, "hint.window"),
            toggle(s, F::UserAffecting, false),
            toggle(s, F::Complex, false),
            Field {
                hint: s.t("hint.codes").to_string(),
                ..text(s, F::Departments, false)
            },
            Field {
                hint: s.t("hint.codes").to_string(),
                ..text(s, F::Collaborators, false)
            },
            text(s, F::Steps, false),
            Field {
                hint: s.t("hint.planned").to_string(),
                ..text(s, F::Requirement, false)
            },
            text(s, F::Scope, false),
            text(s, F::ImpactDuration, false),
            text(s, F::Operator, false),
            text(s, F::ItContact, false),
            text(s, F::Description, false),
            text(s, F::Notes, false),
        ];
        Form::new(s, FormKind::NewChange, "form.new_change", None, fields)
    }

    fn window_text(t: Option<DateTime<Utc>>, zone: Tz) -> String {
        t.map(|t| local_minute(t, zone)).unwrap_or_default()
    }

    /// C1: the change's window in its month's plan.
    pub fn plan_change(s: &Strings, c: &Change, zone: Tz) -> Form {
        let fields = vec![
            with_text(
                Field {
                    required: true,
                    ..time(s, F::Start, "hint.window")
                },
                &Form::window_text(c.window_start, zone),
            ),
            with_text(
                Field {
                    required: true,
                    ..time(s, F::End, "hint.window")
                },
                &Form::window_text(c.window_end, zone),
            ),
            with_text(text(s, F::Month, false), &c.planned_month),
        ];
        Form::new(
            s,
            FormKind::PlanChange {
                id: c.id,
                version: c.version,
            },
            "form.plan_change",
            Some(c.id),
            fields,
        )
    }

    /// C3: who confirmed it in the test environment.
    pub fn confirm_test(s: &Strings, c: &Change) -> Form {
        let fields = vec![text(s, F::ConfirmedBy, true), time(s, F::At, "hint.now")];
        Form::new(
            s,
            FormKind::ConfirmTest {
                id: c.id,
                version: c.version,
            },
            "form.confirm_test",
            Some(c.id),
            fields,
        )
    }

    /// C3-C6: schedule; the reason is for a manager's emergency override only.
    pub fn schedule(s: &Strings, c: &Change) -> Form {
        let fields = vec![Field {
            hint: s.t("hint.emergency").to_string(),
            ..text(s, F::Emergency, false)
        }];
        Form::new(
            s,
            FormKind::Schedule {
                id: c.id,
                version: c.version,
            },
            "form.schedule",
            Some(c.id),
            fields,
        )
    }

    /// C5-C7: a notice went out. `owed` are the notices still open (c5, c5-front, c6, c7).
    pub fn notify(s: &Strings, c: &Change, owed: &[&str]) -> Form {
        let notices = owed
            .iter()
            .map(|n| (n.to_string(), s.t(&format!("notice.{n}")).to_string()))
            .collect();
        let fields = vec![choice(s, F::Notice, notices, 0), channel(s), time(s, F::At, "hint.now")];
        Form::new(
            s,
            FormKind::Notify {
                id: c.id,
                version: c.version,
            },
            "form.notify",
            Some(c.id),
            fields,
        )
    }

    /// C10: into production; the reason is for a manager's start outside the window only.
    pub fn start_change(s: &Strings, c: &Change) -> Form {
        let fields = vec![
            time(s, F::At, "hint.now"),
            Field {
                hint: s.t("hint.emergency").to_string(),
                ..text(s, F::Emergency, false)
            },
        ];
        Form::new(
            s,
            FormKind::StartChange {
                id: c.id,
                version: c.version,
            },
            "form.start_change",
            Some(c.id),
            fields,
        )
    }

    pub fn finish_change(s: &Strings, c: &Change) -> Form {
        let outcomes = ChangeOutcome::ALL
            .iter()
            .map(|o| {
                (
                    o.as_str().to_string(),
                    s.t(&format!("outcome.{}", o.as_str())).to_string(),
                )
            })
            .collect();
        let fields = vec![
            choice(s, F::Outcome, outcomes, 0),
            text(s, F::Why, false),
            time(s, F::At, "hint.now"),
        ];
        Form::new(
            s,
            FormKind::FinishChange {
                id: c.id,
                version: c.version,
            },
            "form.finish_change",
            Some(c.id),
            fields,
        )
    }

    /// C8: the result notice went out, with what it said.
    pub fn result_notice(s: &Strings, c: &Change) -> Form {
        let fields = vec![
            toggle(s, F::OnTime, true),
            text(s, F::Late, false),
            text(s, F::Remaining, false),
            text(s, F::Notes, false),
            channel(s),
            time(s, F::At, "hint.now"),
        ];
        Form::new(
            s,
            FormKind::ResultNotice {
                id: c.id,
                version: c.version,
            },
            "form.result_notice",
            Some(c.id),
            fields,
        )
    }

    /// C9: fully confirmed, and the summary report sent.
    pub fn summary(s: &Strings, c: &Change) -> Form {
        let fields = vec![
            time(s, F::ConfirmedAt, "hint.now"),
            text(s, F::Background, true),
            text(s, F::WorkDone, true),
            text(s, F::Difficulty, true),
            text(s, F::Significance, true),
            channel(s),
        ];
        Form::new(
            s,
            FormKind::Summary {
                id: c.id,
                version: c.version,
            },
            "form.summary",
            Some(c.id),
            fields,
        )
    }

    /// The command this form sends, for the changes forms.
    pub(super) fn changes_command(&self, now: DateTime<Utc>, zone: Tz) -> Option<Command> {
        let when = |id: F| self.time_of(id, now, zone);
        let at = when(F::At).unwrap_or(now);
        Some(match self.kind {
            FormKind::NewChange => {
                let requirement = self.text_of(F::Requirement);
                Command::NewChange(NewChange {
                    title: self.text_of(F::Title),
                    systems: self.list_of(F::Systems),
                    description: self.text_of(F::Description),
                    planned_month: self.text_of(F::Month),
                    window: when(F::Start).zip(when(F::End)),
                    user_affecting: self.toggle_of(F::UserAffecting),
                    collaborators: self.list_of(F::Collaborators),
                    steps: self.text_of(F::Steps),
                    complex: self.toggle_of(F::Complex),
                    unplanned: !requirement.is_empty(),
                    requirement,
                    scope: self.text_of(F::Scope),
                    impact_duration: self.text_of(F::ImpactDuration),
                    operator: self.text_of(F::Operator),
                    it_contact: self.text_of(F::ItContact),
                    notes: self.text_of(F::Notes),
                    departments: self.list_of(F::Departments),
                })
            }
            FormKind::PlanChange { id, version }
            | FormKind::ConfirmTest { id, version }
            | FormKind::Schedule { id, version }
            | FormKind::Notify { id, version }
            | FormKind::StartChange { id, version }
            | FormKind::FinishChange { id, version }
            | FormKind::ResultNotice { id, version }
            | FormKind::Summary { id, version } => {
                let reason = self.text_of(F::Emergency);
                let emergency = (!reason.is_empty()).then_some(reason);
                let cmd = match self.kind {
                    FormKind::PlanChange { .. } => {
                        let month = self.text_of(F::Month);
                        Cmd::Plan {
                            window: (when(F::Start)?, when(F::End)?),
                            month: (!month.is_empty()).then_some(month),
                        }
                    }
                    FormKind::ConfirmTest { .. } => Cmd::ConfirmTest {
                        by: self.text_of(F::ConfirmedBy),
                        at,
                    },
                    FormKind::Schedule { .. } => Cmd::Schedule { emergency },
                    FormKind::Notify { .. } => Cmd::Notify {
                        notice: Notice::parse(&self.text_of(F::Notice)).ok()?,
                        channel: self.text_of(F::SentBy),
                        at,
                    },
                    FormKind::StartChange { .. } => Cmd::Start { at, emergency },
                    FormKind::FinishChange { .. } => Cmd::Finish {
                        at,
                        outcome: ChangeOutcome::parse(&self.text_of(F::Outcome)).ok()?,
                        why: self.text_of(F::Why),
                    },
                    FormKind::ResultNotice { .. } => Cmd::Result(ResultNotice {
                        on_time: self.toggle_of(F::OnTime),
                        delay_reason: self.text_of(F::Late),
                        remaining: self.text_of(F::Remaining),
                        notes: self.text_of(F::Notes),
                        channel: self.text_of(F::SentBy),
                        at,
                    }),
                    _ => Cmd::Summary(Summary {
                        confirmed_at: when(F::ConfirmedAt).unwrap_or(now),
                        background: self.text_of(F::Background),
                        work_done: self.text_of(F::WorkDone),
                        difficulty: self.text_of(F::Difficulty),
                        significance: self.text_of(F::Significance),
                        channel: self.text_of(F::SentBy),
                        at: now,
                    }),
                };
                Command::Change { id, version, cmd }
            }
            _ => return None,
        })
    }
}
