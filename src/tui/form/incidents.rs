//! The incidents' forms (I3-I12) and the duty done form, and the commands they send.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{ASK, F, Field, Form, FormKind, choice, text, time, toggle, with_text};
use crate::domain::duty::Duty;
use crate::domain::incident::{Category, Channel, Incident, NewIncident, Severity};
use crate::domain::time::local_minute;
use crate::ops::incidents::Cmd;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

impl Form {
    /// I3: every intake field.
    pub fn new_incident(s: &Strings) -> Form {
        let opts = |values: Vec<&str>, prefix: &str| -> Vec<(String, String)> {
            values
                .into_iter()
                .map(|v| (v.to_string(), s.t(&format!("{prefix}.{v}")).to_string()))
                .collect()
        };
        let categories = opts(Category::ALL.iter().map(|c| c.as_str()).collect(), "category");
        let channels = opts(Channel::ALL.iter().map(|c| c.as_str()).collect(), "channel");
        let severities: Vec<(String, String)> = Severity::ALL
            .iter()
            .map(|v| (v.as_str().to_string(), v.as_str().to_string()))
            .collect();
        let fields = vec![
            text(s, F::Title, true),
            text(s, F::Service, true),
            choice(s, F::Category, categories, 2),
            choice(s, F::Channel, channels, 0),
            choice(s, F::Severity, severities, 2),
            text(s, F::Reporter, false),
            text(s, F::Contact, false),
            text(s, F::Dept, false),
            time(s, F::ReceivedAt, "hint.now"),
            time(s, F::StartedAt, "hint.received"),
            time(s, F::RestoredAt, "hint.not_restored"),
            Field {
                hint: s.t("hint.affected").to_string(),
                ..text(s, F::Affected, false)
            },
            text(s, F::Description, false),
            toggle(s, F::Outage, false),
        ];
        Form::new(s, FormKind::NewIncident, "form.new_incident", None, fields)
    }

    pub fn contact(s: &Strings, i: &Incident) -> Form {
        let fields = vec![text(s, F::Note, false), time(s, F::At, "hint.now")];
        Form::new(
            s,
            FormKind::Contact {
                id: i.id,
                version: i.version,
            },
            "form.contact",
            Some(i.id),
            fields,
        )
    }

    pub fn note(s: &Strings, i: &Incident) -> Form {
        Form::new(
            s,
            FormKind::Note {
                id: i.id,
                version: i.version,
            },
            "form.note",
            Some(i.id),
            vec![text(s, F::Text, true)],
        )
    }

    pub fn restore(s: &Strings, i: &Incident) -> Form {
        let fields = vec![
            time(s, F::At, "hint.now"),
            toggle(s, F::Outage, i.outage),
            Field {
                hint: s.t("hint.affected").to_string(),
                ..text(s, F::Affected, false)
            },
            text(s, F::Note, false),
        ];
        Form::new(
            s,
            FormKind::Restore {
                id: i.id,
                version: i.version,
            },
            "form.restore",
            Some(i.id),
            fields,
        )
    }

    pub fn resolve(s: &Strings, i: &Incident) -> Form {
        let fields = vec![
            text(s, F::Cause, true),
            toggle(s, F::Human, i.human_cause),
            // I9: the cause needs a system change: a problem is opened with the resolution.
            toggle(s, F::NeedsChange, false),
            // ... or links an existing one (`incident resolve --problem N`); a filled id implies it.
            text(s, F::Problem, false),
            time(s, F::At, "hint.now"),
        ];
        Form::new(
            s,
            FormKind::Resolve {
                id: i.id,
                version: i.version,
            },
            "form.resolve",
            Some(i.id),
            fields,
        )
    }

    pub fn verify(s: &Strings, i: &Incident) -> Form {
        // No score is chosen for the user: the reporter is asked (the first option says so).
        let mut options: Vec<(String, String)> =
            std::iter::once((ASK.to_string(), s.t("satisfaction.ask").to_string()))
                .chain(
                    (1..=5)
                        .rev()
                        .map(|n| (n.to_string(), s.t(&format!("satisfaction.{n}")).to_string())),
                )
                .collect();
        if i.channel == Channel::Monitoring {
            options.push((String::new(), s.t("satisfaction.none").to_string()));
        }
        let fields = vec![
            choice(s, F::Satisfaction, options, 0),
            text(s, F::Note, false),
            time(s, F::At, "hint.now"),
        ];
        Form::new(
            s,
            FormKind::Verify {
                id: i.id,
                version: i.version,
            },
            "form.verify",
            Some(i.id),
            fields,
        )
    }

    pub fn reopen(s: &Strings, i: &Incident) -> Form {
        let fields = vec![text(s, F::Reason, true), time(s, F::At, "hint.now")];
        Form::new(
            s,
            FormKind::Reopen {
                id: i.id,
                version: i.version,
            },
            "form.reopen",
            Some(i.id),
            fields,
        )
    }

    /// Mark one of `duties` done: which, how, when.
    pub fn duty_done(s: &Strings, duties: &[Duty], zone: Tz) -> Form {
        let options = duties
            .iter()
            .map(|d| {
                let label = format!(
                    "#{} {} ({} {})",
                    d.id,
                    s.t(&format!("duty.{}", d.kind.as_str())),
                    s.t("detail.due"),
                    local_minute(d.due_at, zone)
                );
                (format!("{}:{}", d.id, d.version), label)
            })
            .collect();
        let fields = vec![
            choice(s, F::Duty, options, 0),
            with_text(text(s, F::How, true), ""),
            time(s, F::At, "hint.now"),
        ];
        let mut f = Form::new(s, FormKind::DutyDone, "form.duty_done", None, fields);
        if duties.len() == 1 {
            f.focus = 1;
        }
        f
    }

    /// The command this form sends, for the incidents forms.
    pub(super) fn incidents_command(&self, now: DateTime<Utc>, zone: Tz) -> Option<Command> {
        let when = |id: F| self.time_of(id, now, zone);
        let at = when(F::At).unwrap_or(now);
        Some(match self.kind {
            FormKind::NewIncident => Command::NewIncident(NewIncident {
                title: self.text_of(F::Title),
                service: self.text_of(F::Service),
                category: Category::parse(&self.text_of(F::Category)).ok(),
                channel: Channel::parse(&self.text_of(F::Channel)).ok(),
                severity: Severity::parse(&self.text_of(F::Severity)).ok(),
                reporter: self.text_of(F::Reporter),
                contact: self.text_of(F::Contact),
                dept: self.text_of(F::Dept),
                description: self.text_of(F::Description),
                received_at: when(F::ReceivedAt),
                started_at: when(F::StartedAt),
                restored_at: when(F::RestoredAt),
                outage: self.toggle_of(F::Outage),
                affected: self.list_of(F::Affected),
            }),
            FormKind::Note { id, version } => Command::Note {
                id,
                version,
                text: self.text_of(F::Text),
            },
            FormKind::Contact { id, version }
            | FormKind::Restore { id, version }
            | FormKind::Resolve { id, version }
            | FormKind::Verify { id, version }
            | FormKind::Reopen { id, version } => {
                let cmd = match self.kind {
                    FormKind::Contact { .. } => Cmd::Contact {
                        at,
                        note: self.text_of(F::Note),
                    },
                    FormKind::Restore { .. } => Cmd::Restore {
                        at,
                        outage: Some(self.toggle_of(F::Outage)),
                        affected: self.list_of(F::Affected),
                        note: self.text_of(F::Note),
                    },
                    FormKind::Resolve { .. }
                        if self.toggle_of(F::NeedsChange) || !self.text_of(F::Problem).is_empty() =>
                    {
                        Cmd::ResolveNeedsChange {
                            at,
                            cause: self.text_of(F::Cause),
                            human: self.toggle_of(F::Human),
                            problem: problem_id(&self.text_of(F::Problem)),
                        }
                    }
                    FormKind::Resolve { .. } => Cmd::Resolve {
                        at,
                        cause: self.text_of(F::Cause),
                        human: self.toggle_of(F::Human),
                    },
                    FormKind::Verify { .. } => Cmd::Verify {
                        at,
                        satisfaction: self.text_of(F::Satisfaction).parse().ok(),
                        note: self.text_of(F::Note),
                    },
                    _ => Cmd::Reopen {
                        at,
                        reason: self.text_of(F::Reason),
                    },
                };
                Command::Incident { id, version, cmd }
            }
            FormKind::DutyDone => {
                let chosen = self.text_of(F::Duty);
                let (id, version) = chosen.split_once(':')?;
                Command::DutyDone {
                    id: id.parse().ok()?,
                    version: version.parse().ok()?,
                    at,
                    how: self.text_of(F::How),
                }
            }
            _ => return None,
        })
    }
}

/// A problem's id as typed: `3`, `#3` or `problem#3`.
pub(super) fn problem_id(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits = t.rsplit_once('#').map_or(t, |(_, n)| n);
    digits.parse().ok().filter(|n: &i64| *n > 0)
}
