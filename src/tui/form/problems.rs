//! The Problems view's forms (P1): a new problem, as `opsdesk problem new` writes it; plan a
//! problem's fix as a change, close a problem, each the step `opsdesk problem plan` / `close`
//! takes ([`crate::ops::problems::Cmd`]).

use super::{F, Field, Form, FormKind, choice, text, with_text};
use crate::domain::incident::Category;
use crate::domain::problem::{NewProblem, Problem};
use crate::ops::problems::Cmd;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

/// A record's id as typed: `12`, `#12`, `chg#12`.
pub(super) fn record_id(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits = t.rsplit_once('#').map_or(t, |(_, n)| n);
    digits.parse().ok().filter(|n: &i64| *n > 0)
}

impl Form {
    /// P1 (I9): a new problem: its title and root cause, a workaround, the service and category,
    /// the incidents it caused.
    pub fn new_problem(s: &Strings) -> Form {
        let categories = std::iter::once((String::new(), s.t("problem_form.any_category").to_string()))
            .chain(Category::ALL.iter().map(|c| {
                (
                    c.as_str().to_string(),
                    s.t(&format!("category.{}", c.as_str())).to_string(),
                )
            }))
            .collect();
        let fields = vec![
            text(s, F::Title, true),
            Field {
                label: s.t("problem_form.root_cause").to_string(),
                ..text(s, F::Cause, true)
            },
            Field {
                label: s.t("problem_form.workaround").to_string(),
                ..text(s, F::Remark, false)
            },
            text(s, F::Service, false),
            choice(s, F::Category, categories, 0),
            Field {
                hint: s.t("kb.hint_incidents").to_string(),
                ..text(s, F::Incidents, false)
            },
        ];
        Form::new(s, FormKind::NewProblem, "problem_form.title", None, fields)
    }

    /// P1: the fix is planned as a change (its id), the one planned already offered.
    pub fn plan_problem(s: &Strings, p: &Problem) -> Form {
        let change = p.change_id.map(|c| c.to_string()).unwrap_or_default();
        let fields = vec![with_text(
            Field {
                hint: s.t("kb.hint_change").to_string(),
                ..text(s, F::FixChange, true)
            },
            &change,
        )];
        let kind = FormKind::PlanProblem {
            id: p.id,
            version: p.version,
        };
        Form::new(s, kind, "kb.form_plan_problem", Some(p.id), fields)
    }

    /// P1: close a problem, with a note (a supervisor's step; the core refuses others).
    pub fn close_problem(s: &Strings, p: &Problem) -> Form {
        let kind = FormKind::CloseProblem {
            id: p.id,
            version: p.version,
        };
        Form::new(
            s,
            kind,
            "kb.form_close_problem",
            Some(p.id),
            vec![text(s, F::Note, false)],
        )
    }

    pub(super) fn is_problem_form(&self) -> bool {
        matches!(
            self.kind,
            FormKind::NewProblem | FormKind::PlanProblem { .. } | FormKind::CloseProblem { .. }
        )
    }

    /// The command a problem's form sends; `None` with the error at its field.
    pub(super) fn problem_command(&mut self, s: &Strings) -> Option<Command> {
        match self.kind {
            FormKind::NewProblem => {
                let mut incidents = Vec::new();
                for item in self.list_of(F::Incidents) {
                    match record_id(&item) {
                        Some(id) => incidents.push(id),
                        None => {
                            self.set_error(F::Incidents, s.t("kb.bad_incidents"));
                            return None;
                        }
                    }
                }
                Some(Command::NewProblem {
                    new: NewProblem {
                        title: self.text_of(F::Title),
                        service: self.text_of(F::Service),
                        category: self.text_of(F::Category),
                        root_cause: self.text_of(F::Cause),
                        workaround: self.text_of(F::Remark),
                    },
                    incidents,
                })
            }
            FormKind::PlanProblem { id, version } => {
                let Some(change) = record_id(&self.text_of(F::FixChange)) else {
                    self.set_error(F::FixChange, s.t("kb.bad_change"));
                    return None;
                };
                Some(Command::Problem {
                    id,
                    version,
                    cmd: Cmd::Plan { change },
                })
            }
            FormKind::CloseProblem { id, version } => Some(Command::Problem {
                id,
                version,
                cmd: Cmd::Close {
                    note: self.text_of(F::Note),
                },
            }),
            _ => None,
        }
    }

    /// Show `error` at field `id` and put the cursor there.
    pub(super) fn set_error(&mut self, id: F, error: &str) {
        if let Some(i) = self.fields.iter().position(|f| f.id == super::FieldId::Named(id)) {
            self.fields[i].error = Some(error.to_string());
            self.focus = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::record_id;

    #[test]
    fn p1_a_change_is_named_by_its_id_however_written() {
        for (text, id) in [
            ("12", Some(12)),
            ("#12", Some(12)),
            ("chg#12", Some(12)),
            (" 7 ", Some(7)),
        ] {
            assert_eq!(record_id(text), id, "{text}");
        }
        for text in ["", "chg", "0", "-3", "twelve"] {
            assert_eq!(record_id(text), None, "{text}");
        }
    }
}
