//! The Quality view's forms (Q5-Q7): a corrective notice issued, followed up, closed; a sample
//! drawn, a finding on one of its items; a callback's result. Each sends the step the command
//! line takes (`opsdesk corrective`, `sample`, `callback`) as [`Cmd`]; who may take it, and
//! whether a reviewer handled the record, the core decides and says.

use chrono::{DateTime, Datelike, Months, Utc};
use chrono_tz::Tz;

use super::{ASK, F, Field, FieldKind, Form, FormKind, choice, text, time, with_text};
use crate::domain::callback::CallResult;
use crate::domain::corrective::{Corrective, FollowUp, NewCorrective};
use crate::domain::kind::Kind;
use crate::domain::sample::Item;
use crate::ops::quality::cmd::Cmd;
use crate::ops::quality::samples::KINDS;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

/// The value of the call result that says nobody answered.
const NOT_REACHED: &str = "not_reached";

/// Field `id` labelled from the view's own words (`quality_view.field_<word>`).
fn labelled(s: &Strings, mut f: Field, id: F) -> Field {
    f.label = s.t(&format!("quality_view.field_{}", id.word())).to_string();
    f
}

fn line(s: &Strings, id: F, required: bool) -> Field {
    labelled(s, text(s, id, required), id)
}

/// A multi-line field (the editor: Enter is a new line).
fn prose(s: &Strings, id: F, required: bool) -> Field {
    Field {
        kind: FieldKind::Prose(Box::default()),
        ..line(s, id, required)
    }
}

fn when(s: &Strings, id: F, required: bool) -> Field {
    Field {
        required,
        ..labelled(s, time(s, id, "quality_view.hint_due"), id)
    }
}

/// A choice whose first option asks the user to choose (nothing is assumed for them).
fn asked(s: &Strings, id: F, options: &[(&str, &str)]) -> Field {
    let mut all = vec![(ASK.to_string(), s.t("quality_view.choose").to_string())];
    all.extend(options.iter().map(|(v, k)| (v.to_string(), s.t(k).to_string())));
    labelled(s, choice(s, id, all, 0), id)
}

/// The month before the one `now` is in, in `zone`: the month a sample is usually drawn from.
pub fn last_month(now: DateTime<Utc>, zone: Tz) -> String {
    let d = now.with_timezone(&zone).date_naive().with_day(1).unwrap_or_default();
    let m = d.checked_sub_months(Months::new(1)).unwrap_or(d);
    format!("{:04}-{:02}", m.year(), m.month())
}

impl Form {
    /// Q6: a new corrective notice, every part of it asked for.
    pub fn new_corrective(s: &Strings) -> Form {
        // The department by its code, the directory's offered as it is typed.
        let dept = Field {
            label: s.t("quality_view.field_dept").to_string(),
            ..text(s, F::RequestDept, true)
        };
        let fields = vec![
            dept,
            prose(s, F::Findings, true),
            prose(s, F::Measures, true),
            line(s, F::Responsible, true),
            when(s, F::Due, true),
            prose(s, F::ExpectedEffect, true),
        ];
        Form::new(
            s,
            FormKind::NewCorrective,
            "quality_view.form_new_corrective",
            None,
            fields,
        )
    }

    /// Q6: what the follow-up found: done, or not yet with the next due date.
    pub fn follow_up_corrective(s: &Strings, c: &Corrective) -> Form {
        let fields = vec![
            asked(
                s,
                F::Outcome,
                &[
                    ("done", "quality_view.follow_done"),
                    ("not_done", "quality_view.follow_not_done"),
                ],
            ),
            prose(s, F::Text, true),
            when(s, F::NextDue, false),
        ];
        let kind = FormKind::FollowUpCorrective {
            id: c.id,
            version: c.version,
        };
        Form::new(s, kind, "quality_view.form_follow_up", Some(c.id), fields)
    }

    /// Q6: close a notice (a supervisor's step), with the reason unless it was followed up.
    pub fn close_corrective(s: &Strings, c: &Corrective) -> Form {
        let kind = FormKind::CloseCorrective {
            id: c.id,
            version: c.version,
        };
        Form::new(
            s,
            kind,
            "quality_view.form_close",
            Some(c.id),
            vec![prose(s, F::Note, false)],
        )
    }

    /// Q5: draw a sample of a month's closed records (last month offered).
    pub fn draw_sample(s: &Strings, month: &str) -> Form {
        let both: String = KINDS.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",");
        let mut kinds = vec![(both, s.t("quality_view.kinds_all").to_string())];
        kinds.extend(
            KINDS
                .iter()
                .map(|k| (k.as_str().to_string(), s.t(&format!("kind.{}", k.as_str())).to_string())),
        );
        let seed = Field {
            hint: s.t("quality_view.hint_seed").to_string(),
            ..line(s, F::Seed, false)
        };
        let fields = vec![
            with_text(line(s, F::Month, true), month),
            with_text(line(s, F::Size, true), "20"),
            labelled(s, choice(s, F::Kind, kinds, 0), F::Kind),
            seed,
        ];
        Form::new(s, FormKind::DrawSample, "quality_view.form_draw", None, fields)
    }

    /// Q5: the finding on item `item` of sample `sample`: ok or a problem, and what was seen.
    pub fn finding(s: &Strings, sample: i64, item: &Item) -> Form {
        let fields = vec![
            asked(
                s,
                F::Verdict,
                &[
                    ("ok", "quality_view.finding_ok"),
                    ("problem", "quality_view.finding_problem"),
                ],
            ),
            Field {
                label: s.t("quality_view.finding_text").to_string(),
                ..prose(s, F::Text, false)
            },
        ];
        let kind = FormKind::Finding { sample, pos: item.pos };
        let mut form = Form::new(s, kind, "quality_view.form_finding", Some(sample), fields);
        form.title = s.f(
            "quality_view.form_finding",
            &[
                ("id", &sample.to_string()),
                ("pos", &item.pos.to_string()),
                (
                    "record",
                    &crate::tui::widgets::reference(item.record_kind, item.record_id),
                ),
            ],
        );
        form
    }

    /// Q7: the call's result: reached with the reporter's satisfaction (asked, never assumed),
    /// or not reached; remarks (why, when not satisfied: I12 reopens the incident with them).
    pub fn record_call(s: &Strings, id: i64, version: i64) -> Form {
        let mut options: Vec<(String, String)> = (1..=5)
            .rev()
            .map(|n| (n.to_string(), s.t(&format!("satisfaction.{n}")).to_string()))
            .collect();
        options.push((NOT_REACHED.into(), s.t("quality_view.not_reached").to_string()));
        let words: Vec<(&str, &str)> = options.iter().map(|(v, l)| (v.as_str(), l.as_str())).collect();
        let mut result = asked(s, F::CallResult, &[]);
        if let FieldKind::Choice { options: all, .. } = &mut result.kind {
            all.extend(words.iter().map(|(v, l)| (v.to_string(), l.to_string())));
        }
        let fields = vec![result, prose(s, F::Remark, false)];
        Form::new(
            s,
            FormKind::RecordCall { id, version },
            "quality_view.form_call",
            Some(id),
            fields,
        )
    }

    pub(super) fn is_quality_form(&self) -> bool {
        matches!(
            self.kind,
            FormKind::NewCorrective
                | FormKind::FollowUpCorrective { .. }
                | FormKind::CloseCorrective { .. }
                | FormKind::DrawSample
                | FormKind::Finding { .. }
                | FormKind::RecordCall { .. }
        )
    }

    /// The step a quality form sends; `None` with the error at its field.
    pub(super) fn quality_command(&mut self, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Option<Command> {
        let cmd = match self.kind {
            FormKind::NewCorrective => Cmd::Issue(NewCorrective {
                dept: self.text_of(F::RequestDept),
                findings: self.text_of(F::Findings),
                measures: self.text_of(F::Measures),
                responsible: self.text_of(F::Responsible),
                due_at: self.time_of(F::Due, now, zone),
                expected_effect: self.text_of(F::ExpectedEffect),
                source: String::new(),
            }),
            FormKind::FollowUpCorrective { id, version } => {
                let text = self.text_of(F::Text);
                let f = if self.text_of(F::Outcome) == "done" {
                    FollowUp::Done { text }
                } else {
                    let Some(next_due) = self.time_of(F::NextDue, now, zone) else {
                        self.set_error(F::NextDue, s.t("quality_view.next_due_needed"));
                        return None;
                    };
                    FollowUp::NotDone { text, next_due }
                };
                Cmd::FollowUp { id, version, f }
            }
            FormKind::CloseCorrective { id, version } => Cmd::Close {
                id,
                version,
                note: self.text_of(F::Note),
            },
            FormKind::DrawSample => {
                let Some(size) = self.text_of(F::Size).parse::<usize>().ok().filter(|n| *n > 0) else {
                    self.set_error(F::Size, s.t("quality_view.bad_size"));
                    return None;
                };
                let seed = match self.text_of(F::Seed) {
                    t if t.is_empty() => None,
                    t => match t.parse::<i64>() {
                        Ok(n) => Some(n),
                        Err(_) => {
                            self.set_error(F::Seed, s.t("quality_view.bad_seed"));
                            return None;
                        }
                    },
                };
                let kinds = self
                    .text_of(F::Kind)
                    .split(',')
                    .filter_map(|k| Kind::parse(k).ok())
                    .collect();
                Cmd::Draw {
                    month: self.text_of(F::Month),
                    kinds,
                    size,
                    seed,
                }
            }
            FormKind::Finding { sample, pos } => Cmd::Finding {
                sample,
                pos,
                ok: self.text_of(F::Verdict) == "ok",
                text: self.text_of(F::Text),
            },
            FormKind::RecordCall { id, version } => {
                let remarks = self.text_of(F::Remark);
                let result = match self.text_of(F::CallResult).parse::<u8>() {
                    Ok(satisfaction) => CallResult::Reached { satisfaction, remarks },
                    Err(_) => CallResult::NotReached { remarks },
                };
                Cmd::Call { id, version, result }
            }
            _ => return None,
        };
        Some(Command::Quality(cmd))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn q5_a_sample_is_offered_the_month_before_in_the_desks_zone() {
        let zone: Tz = "Asia/Shanghai".parse().unwrap();
        // 1 December 00:30 in Shanghai is still 30 November in UTC.
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 16, 30, 0).unwrap();
        assert_eq!(last_month(now, zone), "2026-11");
        let now = Utc.with_ymd_and_hms(2026, 1, 15, 0, 0, 0).unwrap();
        assert_eq!(last_month(now, zone), "2025-12");
    }
}
