//! The billing runs' forms (B1-B8) and the commands they send.

use super::{F, Field, Form, FormKind, choice, text, with_text};
use super::{FieldId, figure};
use crate::domain::billing::{Check, CheckResult, Effect, Run, RunKind, Verdict};
use crate::ops::billing::Cmd;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

impl Form {
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
            choice(s, F::RunKind, kinds, 0),
            with_text(text(s, F::Period, true), period),
            Field {
                hint: me.to_string(),
                ..text(s, F::InCharge, false)
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
        let mut fields = vec![choice(s, F::Result, results, 0)];
        for name in &item.figure_names {
            fields.push(figure(name, item.figures.get(name).map_or("", String::as_str)));
        }
        fields.push(with_text(text(s, F::Remark, false), &item.remark));
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
        let fields = vec![choice(s, F::Verdict, verdicts, 0), text(s, F::ReviewNote, false)];
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
            text(s, F::What, true),
            choice(s, F::Effect, effects, 2),
            Field {
                hint: s.t("hint.told").to_string(),
                ..text(s, F::Told, false)
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
            vec![text(s, F::Reason, true)],
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
            vec![text(s, F::Reason, true)],
        )
    }

    /// The command this form sends, for the billing forms.
    /// (The runs' forms take no time: each step is recorded when it is saved.)
    pub(super) fn billing_command(&self) -> Option<Command> {
        Some(match self.kind {
            FormKind::NewRun => {
                let who = self.text_of(F::InCharge);
                Command::NewRun {
                    kind: RunKind::parse(&self.text_of(F::RunKind)).ok()?,
                    period: self.text_of(F::Period),
                    in_charge: (!who.is_empty()).then_some(who),
                }
            }
            FormKind::CheckItem { id, version }
            | FormKind::ReviewItem { id, version }
            | FormKind::Anomaly { id, version }
            | FormKind::Dispute { id, version }
            | FormKind::Rollback { id, version } => {
                let cmd = match self.kind {
                    FormKind::CheckItem { .. } => Cmd::Check {
                        key: self.subject.clone()?,
                        result: CheckResult::parse(&self.text_of(F::Result)).ok()?,
                        // The figures the item asks for, by the names the list gives them.
                        figures: self
                            .fields
                            .iter()
                            .filter_map(|f| match &f.id {
                                FieldId::Figure(n) => Some((n.clone(), self.text_at(&f.id))),
                                FieldId::Named(_) => None,
                            })
                            .collect(),
                        remark: self.text_of(F::Remark),
                    },
                    FormKind::ReviewItem { .. } => Cmd::Review {
                        key: self.subject.clone()?,
                        verdict: Verdict::parse(&self.text_of(F::Verdict)).ok()?,
                        note: self.text_of(F::ReviewNote),
                    },
                    FormKind::Anomaly { .. } => {
                        let told = self.text_of(F::Told);
                        Cmd::Anomaly {
                            what: self.text_of(F::What),
                            effect: Effect::parse(&self.text_of(F::Effect)).ok()?,
                            told: (!told.is_empty()).then_some(told),
                        }
                    }
                    FormKind::Dispute { .. } => Cmd::Dispute {
                        reason: self.text_of(F::Reason),
                    },
                    _ => Cmd::Rollback {
                        reason: self.text_of(F::Reason),
                    },
                };
                Command::Run { id, version, cmd }
            }
            _ => return None,
        })
    }
}
