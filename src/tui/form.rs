//! Forms: fields that are text, a choice or a toggle; Tab moves, Enter saves, Esc leaves without
//! change. Checked as the user types (TIME fields) and before saving (required fields); what the
//! core then refuses comes back into the form's error line.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::i18n::Strings;
use super::input::LineInput;
use super::model::Command;
use crate::domain::billing::{Check, CheckResult, Effect, Run, RunKind, Verdict};
use crate::domain::change::{Change, NewChange, Outcome as ChangeOutcome};
use crate::domain::duty::Duty;
use crate::domain::incident::{Category, Channel, Incident, NewIncident, Severity};
use crate::domain::time::{local_minute, parse_time, whole_seconds};

#[derive(Clone, Debug, PartialEq)]
pub enum FieldKind {
    /// `time`: a TIME (RFC 3339, HH:MM, -16m); empty means the field's default.
    Text {
        input: LineInput,
        time: bool,
    },
    /// (value, label) pairs.
    Choice {
        options: Vec<(String, String)>,
        idx: usize,
    },
    Toggle(bool),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// What the field is; also, for a figure of a check, the figure's name.
    pub id: String,
    pub label: String,
    /// Shown in an empty text field: what leaving it empty means.
    pub hint: String,
    pub kind: FieldKind,
    pub required: bool,
    pub error: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewIncident,
    Contact { id: i64, version: i64 },
    Note { id: i64, version: i64 },
    Restore { id: i64, version: i64 },
    Resolve { id: i64, version: i64 },
    Verify { id: i64, version: i64 },
    Reopen { id: i64, version: i64 },
    DutyDone,
    NewChange,
    PlanChange { id: i64, version: i64 },
    ConfirmTest { id: i64, version: i64 },
    Schedule { id: i64, version: i64 },
    Notify { id: i64, version: i64 },
    StartChange { id: i64, version: i64 },
    FinishChange { id: i64, version: i64 },
    ResultNotice { id: i64, version: i64 },
    Summary { id: i64, version: i64 },
    NewRun,
    CheckItem { id: i64, version: i64 },
    ReviewItem { id: i64, version: i64 },
    Anomaly { id: i64, version: i64 },
    Dispute { id: i64, version: i64 },
    Rollback { id: i64, version: i64 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What the core said when it refused the last save.
    pub error: Option<String>,
    /// The request in flight, while saving.
    pub saving: Option<u64>,
    /// What inside the record the form is about (a checklist item's key).
    pub subject: Option<String>,
}

pub enum Outcome {
    Stay,
    Cancel,
    Submit,
}

fn text(s: &Strings, id: &str, required: bool) -> Field {
    Field {
        id: id.to_string(),
        label: s.t(&format!("field.{id}")).to_string(),
        hint: String::new(),
        kind: FieldKind::Text {
            input: LineInput::default(),
            time: false,
        },
        required,
        error: None,
    }
}

fn time(s: &Strings, id: &str, hint_key: &str) -> Field {
    Field {
        hint: s.t(hint_key).to_string(),
        kind: FieldKind::Text {
            input: LineInput::default(),
            time: true,
        },
        ..text(s, id, false)
    }
}

fn choice(s: &Strings, id: &str, options: Vec<(String, String)>, idx: usize) -> Field {
    Field {
        kind: FieldKind::Choice { options, idx },
        ..text(s, id, false)
    }
}

fn toggle(s: &Strings, id: &str, on: bool) -> Field {
    Field {
        kind: FieldKind::Toggle(on),
        ..text(s, id, false)
    }
}

/// How a notice went out.
fn channel(s: &Strings) -> Field {
    let options = ["email", "sms", "phone", "in-person"]
        .iter()
        .map(|c| (c.to_string(), s.t(&format!("channel_out.{c}")).to_string()))
        .collect();
    choice(s, "sent_by", options, 0)
}

fn with_text(mut f: Field, value: &str) -> Field {
    if let FieldKind::Text { input, .. } = &mut f.kind {
        *input = LineInput::new(value);
    }
    f
}

impl Form {
    fn new(s: &Strings, kind: FormKind, title_key: &str, id: Option<i64>, fields: Vec<Field>) -> Form {
        let id = id.map(|i| i.to_string()).unwrap_or_default();
        Form {
            kind,
            title: s.f(title_key, &[("id", &id)]),
            fields,
            focus: 0,
            error: None,
            saving: None,
            subject: None,
        }
    }

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
            text(s, "title", true),
            text(s, "service", true),
            choice(s, "category", categories, 2),
            choice(s, "channel", channels, 0),
            choice(s, "severity", severities, 2),
            text(s, "reporter", false),
            text(s, "contact", false),
            text(s, "dept", false),
            time(s, "received_at", "hint.now"),
            time(s, "started_at", "hint.received"),
            time(s, "restored_at", "hint.not_restored"),
            Field {
                hint: s.t("hint.affected").to_string(),
                ..text(s, "affected", false)
            },
            text(s, "description", false),
            toggle(s, "outage", false),
        ];
        Form::new(s, FormKind::NewIncident, "form.new_incident", None, fields)
    }

    pub fn contact(s: &Strings, i: &Incident) -> Form {
        let fields = vec![text(s, "note", false), time(s, "at", "hint.now")];
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
            vec![text(s, "text", true)],
        )
    }

    pub fn restore(s: &Strings, i: &Incident) -> Form {
        let fields = vec![
            time(s, "at", "hint.now"),
            toggle(s, "outage", i.outage),
            Field {
                hint: s.t("hint.affected").to_string(),
                ..text(s, "affected", false)
            },
            text(s, "note", false),
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
            text(s, "cause", true),
            toggle(s, "human", i.human_cause),
            time(s, "at", "hint.now"),
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
        let mut options: Vec<(String, String)> = (1..=5)
            .rev()
            .map(|n| (n.to_string(), s.t(&format!("satisfaction.{n}")).to_string()))
            .collect();
        if i.channel == Channel::Monitoring {
            options.push((String::new(), s.t("satisfaction.none").to_string()));
        }
        let fields = vec![
            choice(s, "satisfaction", options, 0),
            text(s, "note", false),
            time(s, "at", "hint.now"),
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
        let fields = vec![text(s, "reason", true), time(s, "at", "hint.now")];
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
            choice(s, "duty", options, 0),
            with_text(text(s, "how", true), ""),
            time(s, "at", "hint.now"),
        ];
        let mut f = Form::new(s, FormKind::DutyDone, "form.duty_done", None, fields);
        if duties.len() == 1 {
            f.focus = 1;
        }
        f
    }

    /// C1, C2: a new change, every field of the record.
    pub fn new_change(s: &Strings, month: &str) -> Form {
        let fields = vec![
            text(s, "title", true),
            text(s, "systems", true),
            Field {
                hint: month.to_string(),
                ..text(s, "month", false)
            },
            time(s, "start", "hint.window"),
            time(s, "end", "hint.window"),
            toggle(s, "user_affecting", false),
            toggle(s, "complex", false),
            Field {
                hint: s.t("hint.codes").to_string(),
                ..text(s, "departments", false)
            },
            Field {
                hint: s.t("hint.codes").to_string(),
                ..text(s, "collaborators", false)
            },
            text(s, "steps", false),
            Field {
                hint: s.t("hint.planned").to_string(),
                ..text(s, "requirement", false)
            },
            text(s, "scope", false),
            text(s, "impact_duration", false),
            text(s, "operator", false),
            text(s, "it_contact", false),
            text(s, "description", false),
            text(s, "notes", false),
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
                    ..time(s, "start", "hint.window")
                },
                &Form::window_text(c.window_start, zone),
            ),
            with_text(
                Field {
                    required: true,
                    ..time(s, "end", "hint.window")
                },
                &Form::window_text(c.window_end, zone),
            ),
            with_text(text(s, "month", false), &c.planned_month),
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
        let fields = vec![text(s, "confirmed_by", true), time(s, "at", "hint.now")];
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
            ..text(s, "emergency", false)
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
        let fields = vec![choice(s, "notice", notices, 0), channel(s), time(s, "at", "hint.now")];
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
            time(s, "at", "hint.now"),
            Field {
                hint: s.t("hint.emergency").to_string(),
                ..text(s, "emergency", false)
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
            choice(s, "outcome", outcomes, 0),
            text(s, "why", false),
            time(s, "at", "hint.now"),
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
            toggle(s, "on_time", true),
            text(s, "late", false),
            text(s, "remaining", false),
            text(s, "notes", false),
            channel(s),
            time(s, "at", "hint.now"),
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
            time(s, "confirmed_at", "hint.now"),
            text(s, "background", true),
            text(s, "work_done", true),
            text(s, "difficulty", true),
            text(s, "significance", true),
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

    /// B1: a new run: its kind, its month, who is in charge.
    pub fn new_run(s: &Strings, period: &str, me: &str) -> Form {
        let kinds = RunKind::ALL
            .iter()
            .map(|k| {
                (
                    k.as_str().to_string(),
                    s.t(&format!("run_kind.{}", k.as_str())).to_string(),
                )
            })
            .collect();
        let fields = vec![
            choice(s, "run_kind", kinds, 0),
            with_text(text(s, "period", true), period),
            Field {
                hint: me.to_string(),
                ..text(s, "in_charge", false)
            },
        ];
        Form::new(s, FormKind::NewRun, "form.new_run", None, fields)
    }

    /// B4: an item performed: its result, each figure the list asks for, a remark.
    pub fn check_item(s: &Strings, run: &Run, item: &Check) -> Form {
        let results = CheckResult::ALL
            .iter()
            .map(|r| {
                (
                    r.as_str().to_string(),
                    s.t(&format!("check_result.{}", r.as_str())).to_string(),
                )
            })
            .collect();
        let mut fields = vec![choice(s, "result", results, 0)];
        for name in &item.figure_names {
            let mut f = text(s, name, true);
            f.label = name.clone();
            if let FieldKind::Text { input, .. } = &mut f.kind {
                *input = LineInput::new(item.figures.get(name).map_or("", String::as_str));
            }
            fields.push(f);
        }
        fields.push(with_text(text(s, "remark", false), &item.remark));
        let mut f = Form::new(
            s,
            FormKind::CheckItem {
                id: run.id,
                version: run.version,
            },
            "form.check_item",
            Some(run.id),
            fields,
        );
        f.title = s.f("form.check_item", &[("id", &run.id.to_string()), ("item", &item.title)]);
        f.subject = Some(item.key.clone());
        f
    }

    /// B3: an item reviewed by a second person.
    pub fn review_item(s: &Strings, run: &Run, item: &Check) -> Form {
        let verdicts = Verdict::ALL
            .iter()
            .map(|v| {
                (
                    v.as_str().to_string(),
                    s.t(&format!("verdict.{}", v.as_str())).to_string(),
                )
            })
            .collect();
        let fields = vec![choice(s, "verdict", verdicts, 0), text(s, "review_note", false)];
        let mut f = Form::new(
            s,
            FormKind::ReviewItem {
                id: run.id,
                version: run.version,
            },
            "form.review_item",
            Some(run.id),
            fields,
        );
        f.title = s.f(
            "form.review_item",
            &[("id", &run.id.to_string()), ("item", &item.title)],
        );
        f.subject = Some(item.key.clone());
        f
    }

    /// B6: an anomaly and its likely effect; `told` when the supervisor and manager know already.
    pub fn anomaly(s: &Strings, run: &Run) -> Form {
        let effects = Effect::ALL
            .iter()
            .map(|e| {
                (
                    e.as_str().to_string(),
                    s.t(&format!("effect.{}", e.as_str())).to_string(),
                )
            })
            .collect();
        let fields = vec![
            text(s, "what", true),
            choice(s, "effect", effects, 2),
            Field {
                hint: s.t("hint.told").to_string(),
                ..text(s, "told", false)
            },
        ];
        Form::new(
            s,
            FormKind::Anomaly {
                id: run.id,
                version: run.version,
            },
            "form.anomaly",
            Some(run.id),
            fields,
        )
    }

    /// B8: the supervisor questions the result.
    pub fn dispute(s: &Strings, run: &Run) -> Form {
        Form::new(
            s,
            FormKind::Dispute {
                id: run.id,
                version: run.version,
            },
            "form.dispute",
            Some(run.id),
            vec![text(s, "reason", true)],
        )
    }

    /// B8: rolled back, and why.
    pub fn rollback(s: &Strings, run: &Run) -> Form {
        Form::new(
            s,
            FormKind::Rollback {
                id: run.id,
                version: run.version,
            },
            "form.rollback",
            Some(run.id),
            vec![text(s, "reason", true)],
        )
    }

    pub fn handle_key(&mut self, key: &KeyEvent, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Outcome {
        if self.saving.is_some() {
            return if key.code == KeyCode::Esc {
                Outcome::Cancel
            } else {
                Outcome::Stay
            };
        }
        let n = self.fields.len();
        match key.code {
            KeyCode::Esc => return Outcome::Cancel,
            KeyCode::Enter => return Outcome::Submit,
            KeyCode::Tab | KeyCode::Down => self.focus = (self.focus + 1) % n,
            KeyCode::BackTab | KeyCode::Up => self.focus = (self.focus + n - 1) % n,
            _ => {
                let field = &mut self.fields[self.focus];
                match &mut field.kind {
                    FieldKind::Text { input, time } => {
                        if input.handle(key) {
                            field.error = if *time {
                                check_time(&input.text(), now, zone, s).err()
                            } else {
                                None
                            };
                        }
                    }
                    FieldKind::Choice { options, idx } => match key.code {
                        KeyCode::Left | KeyCode::Char('h') => *idx = (*idx + options.len() - 1) % options.len().max(1),
                        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => {
                            *idx = (*idx + 1) % options.len().max(1)
                        }
                        _ => {}
                    },
                    FieldKind::Toggle(on) => {
                        if matches!(key.code, KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right)
                            || key.code == KeyCode::Char('x') && key.modifiers == KeyModifiers::NONE
                        {
                            *on = !*on;
                        }
                    }
                }
            }
        }
        Outcome::Stay
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(Field {
            kind: FieldKind::Text { input, .. },
            ..
        }) = self.fields.get_mut(self.focus)
        {
            input.paste(text);
        }
    }

    /// A comma-separated field (either comma) as its items.
    fn list_of(&self, id: &str) -> Vec<String> {
        self.text_of(id)
            .split([',', '，'])
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect()
    }

    fn text_of(&self, id: &str) -> String {
        match self.fields.iter().find(|f| f.id == id).map(|f| &f.kind) {
            Some(FieldKind::Text { input, .. }) => input.text().trim().to_string(),
            Some(FieldKind::Choice { options, idx }) => options.get(*idx).map(|o| o.0.clone()).unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn toggle_of(&self, id: &str) -> bool {
        matches!(
            self.fields.iter().find(|f| f.id == id).map(|f| &f.kind),
            Some(FieldKind::Toggle(true))
        )
    }

    /// Check every field; the command to send, or `None` with the errors shown at their fields.
    pub fn build(&mut self, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Option<Command> {
        let mut ok = true;
        for f in &mut self.fields {
            f.error = None;
            if let FieldKind::Text { input, time } = &f.kind {
                if f.required && input.is_empty() {
                    f.error = Some(s.t("form.required").to_string());
                } else if *time {
                    f.error = check_time(&input.text(), now, zone, s).err();
                }
            }
            ok &= f.error.is_none();
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
        if !ok {
            return None;
        }
        let when = |id: &str| -> Option<DateTime<Utc>> {
            let t = self.text_of(id);
            (!t.is_empty())
                .then(|| parse_time(&t, now, zone).ok().map(whole_seconds))
                .flatten()
        };
        let at = when("at").unwrap_or(now);
        Some(match self.kind {
            FormKind::NewIncident => Command::NewIncident(NewIncident {
                title: self.text_of("title"),
                service: self.text_of("service"),
                category: Category::parse(&self.text_of("category")).ok(),
                channel: Channel::parse(&self.text_of("channel")).ok(),
                severity: Severity::parse(&self.text_of("severity")).ok(),
                reporter: self.text_of("reporter"),
                contact: self.text_of("contact"),
                dept: self.text_of("dept"),
                description: self.text_of("description"),
                received_at: when("received_at"),
                started_at: when("started_at"),
                restored_at: when("restored_at"),
                outage: self.toggle_of("outage"),
                affected: self.list_of("affected"),
            }),
            FormKind::Contact { id, version } => Command::Contact {
                id,
                version,
                at,
                note: self.text_of("note"),
            },
            FormKind::Note { id, version } => Command::Note {
                id,
                version,
                text: self.text_of("text"),
            },
            FormKind::Restore { id, version } => Command::Restore {
                id,
                version,
                at,
                outage: self.toggle_of("outage"),
                affected: self.list_of("affected"),
                note: self.text_of("note"),
            },
            FormKind::Resolve { id, version } => Command::Resolve {
                id,
                version,
                at,
                cause: self.text_of("cause"),
                human: self.toggle_of("human"),
            },
            FormKind::Verify { id, version } => Command::Verify {
                id,
                version,
                at,
                satisfaction: self.text_of("satisfaction").parse().ok(),
                note: self.text_of("note"),
            },
            FormKind::Reopen { id, version } => Command::Reopen {
                id,
                version,
                at,
                reason: self.text_of("reason"),
            },
            FormKind::DutyDone => {
                let chosen = self.text_of("duty");
                let (id, version) = chosen.split_once(':')?;
                Command::DutyDone {
                    id: id.parse().ok()?,
                    version: version.parse().ok()?,
                    at,
                    how: self.text_of("how"),
                }
            }
            FormKind::NewChange => {
                let list = |id: &str| self.list_of(id);
                let requirement = self.text_of("requirement");
                Command::NewChange(NewChange {
                    title: self.text_of("title"),
                    systems: list("systems"),
                    description: self.text_of("description"),
                    planned_month: self.text_of("month"),
                    window: when("start").zip(when("end")),
                    user_affecting: self.toggle_of("user_affecting"),
                    collaborators: list("collaborators"),
                    steps: self.text_of("steps"),
                    complex: self.toggle_of("complex"),
                    unplanned: !requirement.is_empty(),
                    requirement,
                    scope: self.text_of("scope"),
                    impact_duration: self.text_of("impact_duration"),
                    operator: self.text_of("operator"),
                    it_contact: self.text_of("it_contact"),
                    notes: self.text_of("notes"),
                    departments: list("departments"),
                })
            }
            FormKind::PlanChange { id, version } => {
                let month = self.text_of("month");
                Command::PlanChange {
                    id,
                    version,
                    start: when("start")?,
                    end: when("end")?,
                    month: (!month.is_empty()).then_some(month),
                }
            }
            FormKind::ConfirmTest { id, version } => Command::ConfirmTest {
                id,
                version,
                by: self.text_of("confirmed_by"),
                at,
            },
            FormKind::Schedule { id, version } => {
                let reason = self.text_of("emergency");
                Command::Schedule {
                    id,
                    version,
                    emergency: (!reason.is_empty()).then_some(reason),
                }
            }
            FormKind::Notify { id, version } => Command::Notify {
                id,
                version,
                notice: self.text_of("notice"),
                channel: self.text_of("sent_by"),
                at,
            },
            FormKind::StartChange { id, version } => {
                let reason = self.text_of("emergency");
                Command::StartChange {
                    id,
                    version,
                    at,
                    emergency: (!reason.is_empty()).then_some(reason),
                }
            }
            FormKind::FinishChange { id, version } => Command::FinishChange {
                id,
                version,
                at,
                outcome: ChangeOutcome::parse(&self.text_of("outcome")).ok()?,
                why: self.text_of("why"),
            },
            FormKind::ResultNotice { id, version } => Command::ResultNotice {
                id,
                version,
                on_time: self.toggle_of("on_time"),
                late: self.text_of("late"),
                remaining: self.text_of("remaining"),
                notes: self.text_of("notes"),
                channel: self.text_of("sent_by"),
                at,
            },
            FormKind::Summary { id, version } => Command::Summary {
                id,
                version,
                confirmed_at: when("confirmed_at").unwrap_or(now),
                background: self.text_of("background"),
                work_done: self.text_of("work_done"),
                difficulty: self.text_of("difficulty"),
                significance: self.text_of("significance"),
                channel: self.text_of("sent_by"),
                at: now,
            },
            FormKind::NewRun => {
                let who = self.text_of("in_charge");
                Command::NewRun {
                    kind: RunKind::parse(&self.text_of("run_kind")).ok()?,
                    period: self.text_of("period"),
                    in_charge: (!who.is_empty()).then_some(who),
                }
            }
            FormKind::CheckItem { id, version } => {
                let names: Vec<String> = self
                    .fields
                    .iter()
                    .filter(|f| !matches!(f.id.as_str(), "result" | "remark"))
                    .map(|f| f.id.clone())
                    .collect();
                Command::CheckItem {
                    id,
                    version,
                    key: self.subject.clone()?,
                    result: CheckResult::parse(&self.text_of("result")).ok()?,
                    figures: names.iter().map(|n| (n.clone(), self.text_of(n))).collect(),
                    remark: self.text_of("remark"),
                }
            }
            FormKind::ReviewItem { id, version } => Command::ReviewItem {
                id,
                version,
                key: self.subject.clone()?,
                verdict: Verdict::parse(&self.text_of("verdict")).ok()?,
                note: self.text_of("review_note"),
            },
            FormKind::Anomaly { id, version } => {
                let told = self.text_of("told");
                Command::Anomaly {
                    id,
                    version,
                    what: self.text_of("what"),
                    effect: Effect::parse(&self.text_of("effect")).ok()?,
                    told: (!told.is_empty()).then_some(told),
                }
            }
            FormKind::Dispute { id, version } => Command::Dispute {
                id,
                version,
                reason: self.text_of("reason"),
            },
            FormKind::Rollback { id, version } => Command::Rollback {
                id,
                version,
                reason: self.text_of("reason"),
            },
        })
    }
}

fn check_time(text: &str, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Result<(), String> {
    if text.trim().is_empty() {
        return Ok(());
    }
    parse_time(text, now, zone)
        .map(|_| ())
        .map_err(|_| s.t("form.bad_time").to_string())
}
