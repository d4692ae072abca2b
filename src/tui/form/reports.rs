//! The Reports view's form (Q1): the supervisor's daily or weekly work report, its three parts
//! (progress, open issues, measures taken) in the multi-line editor, the figures it will carry
//! shown under them, sent as `opsdesk report daily|weekly --send --text …` sends it.

use chrono::NaiveDate;

use super::{F, Field, FieldId, FieldKind, Form, FormKind, choice, text};
use crate::domain::report::period::Span;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

/// The three parts of the supervisor's words, in the order the report gives them, with the key
/// of each one's label (the heading it gets in the text sent).
const PARTS: [(F, &str); 3] = [
    (F::WorkDone, "report_form.progress"),
    (F::Remaining, "report_form.issues"),
    (F::Measures, "report_form.measures"),
];

/// A date as typed: `2026-12-01`; empty is `today`.
pub(super) fn report_date(typed: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = typed.trim();
    if t.is_empty() {
        return Some(today);
    }
    // Whole: chrono would read "2026-11-1" while the user is still typing the day.
    (t.len() == 10)
        .then(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .flatten()
}

/// The supervisor's words as one text: each part that was written under its heading, the
/// parts apart by a blank line (the template prints it under "Progress, issues and measures").
pub(super) fn compose(parts: &[(String, String)]) -> String {
    parts
        .iter()
        .filter(|(_, body)| !body.trim().is_empty())
        .map(|(heading, body)| format!("{heading}:\n{}", body.trim()))
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl Form {
    /// Q1: the work report of the day (or its week) `today`, to be written and sent.
    pub fn work_report(s: &Strings, today: NaiveDate) -> Form {
        let spans = Span::ALL
            .iter()
            .map(|sp| {
                (
                    sp.as_str().to_string(),
                    s.t(&format!("report_form.span_{}", sp.as_str())).to_string(),
                )
            })
            .collect();
        let mut fields = vec![
            Field {
                label: s.t("report_form.span").to_string(),
                ..choice(s, F::Period, spans, 0)
            },
            Field {
                label: s.t("report_form.date").to_string(),
                hint: s.f("report_form.hint_date", &[("today", &today.to_string())]),
                ..text(s, F::At, false)
            },
        ];
        for (id, key) in PARTS {
            fields.push(Field {
                label: s.t(key).to_string(),
                ..text(s, id, false)
            });
        }
        let mut form = Form::new(s, FormKind::WorkReport { today }, "report_form.title", None, fields);
        form.preview = vec![s.t("report_form.preview_loading").to_string()];
        form
    }

    pub fn is_work_report_form(&self) -> bool {
        matches!(self.kind, FormKind::WorkReport { .. })
    }

    /// The report the form is on: its span and the day typed (`None` while the date is not one).
    pub fn work_report_period(&self) -> Option<(Span, NaiveDate)> {
        let FormKind::WorkReport { today } = self.kind else {
            return None;
        };
        let span = Span::parse(&self.text_of(F::Period)).unwrap_or(Span::Daily);
        Some((span, report_date(&self.text_of(F::At), today)?))
    }

    /// The command the form sends; `None` with the error at its field.
    pub(super) fn work_report_command(&mut self, s: &Strings) -> Option<Command> {
        let Some((span, date)) = self.work_report_period() else {
            self.set_error(F::At, s.t("report_form.bad_date"));
            return None;
        };
        let parts: Vec<(String, String)> = PARTS
            .iter()
            .map(|(id, key)| (s.t(key).to_string(), self.prose(*id)))
            .collect();
        Some(Command::SendWorkReport {
            span,
            date,
            text: compose(&parts),
        })
    }

    /// A prose field's lines as typed.
    fn prose(&self, id: F) -> String {
        match self.fields.iter().find(|f| f.id == FieldId::Named(id)).map(|f| &f.kind) {
            Some(FieldKind::Prose(editor)) => editor.text().trim().to_string(),
            _ => self.text_of(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q1_the_date_is_today_unless_one_is_typed() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        for (typed, want) in [
            ("", Some(today)),
            ("  ", Some(today)),
            ("2026-11-30", NaiveDate::from_ymd_opt(2026, 11, 30)),
            (" 2026-12-01 ", NaiveDate::from_ymd_opt(2026, 12, 1)),
            ("2026-13-01", None),
            ("2026-11-1", None),
            ("yesterday", None),
            ("12/01", None),
        ] {
            assert_eq!(report_date(typed, today), want, "{typed:?}");
        }
    }

    #[test]
    fn q1_the_parts_written_go_under_their_headings() {
        let parts = |p: &str, i: &str, m: &str| {
            [("Progress", p), ("Open issues", i), ("Measures", m)]
                .map(|(h, b)| (h.to_string(), b.to_string()))
                .to_vec()
        };
        for (given, want) in [
            (
                parts("计费恢复\n话单补采", "", " 加监控 "),
                "Progress:\n计费恢复\n话单补采\n\nMeasures:\n加监控",
            ),
            (parts("", "  ", "\n"), ""),
            (parts("", "one", ""), "Open issues:\none"),
        ] {
            assert_eq!(compose(&given), want);
        }
    }
}
