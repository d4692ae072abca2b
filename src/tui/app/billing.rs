//! Steps on the selected run and its checklist: the forms, confirmations and report previews.

use chrono::Datelike;

use super::{App, Confirm, Effect, ListId, Popup};
use crate::domain::billing::{Check, Verdict};
use crate::ops::billing::Cmd;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::layout::ViewKind;
use crate::tui::model::{Command, Report, Request};

impl App {
    pub(super) fn show_report(&mut self, id: i64, which: Report) -> Vec<Effect> {
        self.popup = Some(Popup::Report {
            id,
            which,
            text: None,
            scroll: 0,
        });
        vec![Effect::Request(Request::Report {
            id,
            which,
            lang: self.notice_lang().to_string(),
        })]
    }

    /// The item a checklist step acts on: the selected one in the checklist pane, else the first
    /// that still needs it.
    fn target_item(&self, wanted: impl Fn(&Check) -> bool) -> Option<Check> {
        let run = self.selected_run()?;
        if self.active() == ListId::Items {
            return run.checks.get(self.views.billing.items.sel).cloned();
        }
        run.checks.iter().find(|c| wanted(c)).or(run.checks.first()).cloned()
    }

    pub(super) fn billing_action(&mut self, action: Action) -> Vec<Effect> {
        if self.view != ViewKind::Billing {
            self.say(self.s.k("msg.only_in_billing"), true);
            return Vec::new();
        }
        if action == Action::New {
            // The run is usually for the month just ended.
            let d = self.now.with_timezone(&self.setup.zone);
            let last = d
                .date_naive()
                .with_day(1)
                .and_then(|first| first.pred_opt())
                .unwrap_or(d.date_naive());
            let form = Form::new_run(&self.s, &last.format("%Y-%m").to_string(), &self.setup.me.login);
            self.popup = Some(Popup::Form(Box::new(form)));
            return Vec::new();
        }
        let Some(view) = self.selected_run().cloned() else {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        };
        let run = view.run;
        let (id, version) = (run.id, run.version);
        let confirm = |key: &str, cmd: Command, s: &crate::tui::i18n::Strings| {
            Popup::Confirm(Box::new(Confirm {
                text: s.f(key, &[("id", &id.to_string())]),
                cmd,
            }))
        };
        let run_cmd = |cmd: Cmd| Command::Run { id, version, cmd };
        let popup = match action {
            Action::Preview => return self.show_report(id, Report::Check),
            Action::CheckItem => {
                match self.target_item(|c| c.performed_at.is_none() || c.verdict == Some(Verdict::Rejected)) {
                    Some(item) => Popup::Form(Box::new(Form::check_item(&self.s, &run, &item))),
                    None => return Vec::new(),
                }
            }
            Action::ReviewItem => match self.target_item(|c| c.performed_at.is_some() && c.verdict.is_none()) {
                Some(item) => Popup::Form(Box::new(Form::review_item(&self.s, &run, &item))),
                None => return Vec::new(),
            },
            Action::Anomaly => Popup::Form(Box::new(Form::anomaly(&self.s, &run))),
            Action::Dispute => Popup::Form(Box::new(Form::dispute(&self.s, &run))),
            Action::Rollback => Popup::Form(Box::new(Form::rollback(&self.s, &run))),
            Action::Submit => confirm("confirm.submit", run_cmd(Cmd::Submit), &self.s),
            Action::ConfirmRun => confirm("confirm.confirm_run", run_cmd(Cmd::Confirm), &self.s),
            Action::Retry => confirm("confirm.retry", run_cmd(Cmd::Retry), &self.s),
            _ => return Vec::new(),
        };
        self.popup = Some(popup);
        Vec::new()
    }
}
