//! `n` in the Reports view (Q1): the supervisor's daily or weekly work report, written in a
//! form that shows the figures it will carry (read by the worker for the span and date chosen,
//! again whenever they change) and sent as `opsdesk report daily|weekly --send` sends it. Who
//! may send it is the core's to say (an operator is refused, in the form).

use super::{App, Effect, Popup};
use crate::domain::report::period::Span;
use crate::store::reports::WorkCounts;
use crate::tui::form::Form;
use crate::tui::model::Request;

impl App {
    pub(super) fn report_action(&mut self) -> Vec<Effect> {
        let today = self.now.with_timezone(&self.setup.zone).date_naive();
        let mut form = Form::work_report(&self.s, today);
        let effects = self.report_preview(&mut form);
        self.popup = Some(Popup::Form(Box::new(form)));
        effects
    }

    /// Ask for the figures of the report the form is on, when it is not the one shown.
    pub(super) fn report_preview(&self, form: &mut Form) -> Vec<Effect> {
        let Some(period) = form.work_report_period() else {
            if form.is_work_report_form() {
                form.subject = None;
                form.preview = vec![self.s.t("report_form.bad_date").to_string()];
            }
            return Vec::new();
        };
        let key = period_key(period);
        if form.subject.as_deref() == Some(key.as_str()) {
            return Vec::new();
        }
        form.subject = Some(key);
        form.preview = vec![self.s.t("report_form.preview_loading").to_string()];
        vec![Effect::Request(Request::WorkReport {
            span: period.0,
            date: period.1,
        })]
    }

    /// The figures read for (`span`, `date`): into the form, if it is still on that report.
    pub(super) fn on_work_report(
        &mut self,
        span: Span,
        date: chrono::NaiveDate,
        figures: Result<(String, WorkCounts), String>,
    ) -> Vec<Effect> {
        let s = &self.s;
        let Some(Popup::Form(form)) = &mut self.popup else {
            return Vec::new();
        };
        if form.work_report_period() != Some((span, date)) {
            return Vec::new();
        }
        form.preview = match figures {
            Ok((label, c)) => {
                let n = |v: i64| v.to_string();
                vec![
                    s.f(
                        &format!("report_form.preview_{}", span.as_str()),
                        &[("period", &crate::text::sanitize_line(&label))],
                    ),
                    s.f(
                        "report_form.preview_incidents",
                        &[
                            ("opened", &n(c.opened)),
                            ("restored", &n(c.restored)),
                            ("resolved", &n(c.resolved)),
                            ("open", &n(c.still_open)),
                        ],
                    ),
                    s.f(
                        "report_form.preview_duties",
                        &[
                            ("supervisor", &n(c.escalated_supervisor)),
                            ("manager", &n(c.escalated_manager)),
                            ("leader", &n(c.escalated_leader)),
                            ("due", &n(c.duties_due)),
                            ("missed", &n(c.duties_missed)),
                        ],
                    ),
                    s.f(
                        "report_form.preview_other",
                        &[
                            ("changes", &n(c.changes_done)),
                            ("due", &n(c.requests_due)),
                            ("late", &n(c.requests_late)),
                        ],
                    ),
                ]
            }
            Err(e) => vec![s.f("report_form.preview_failed", &[("why", &e)])],
        };
        Vec::new()
    }
}

fn period_key((span, date): (Span, chrono::NaiveDate)) -> String {
    format!("{} {date}", span.as_str())
}
