//! Steps on the selected change: the forms, confirmations and previews they open.

use super::{App, Confirm, Effect, Popup};
use crate::domain::change::ChangeStatus;
use crate::domain::duty::DutyKind;
use crate::ops::changes::Cmd;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::layout::ViewKind;
use crate::tui::model::{Command, NoticeDoc, Request};

impl App {
    /// The language notices are previewed in: the one they will be sent in (issue 19 item 8),
    /// whatever the console's.
    pub(super) fn notice_lang(&self) -> &'static str {
        self.setup.notice_lang
    }

    pub(super) fn show_notice(&mut self, id: i64, doc: NoticeDoc) -> Vec<Effect> {
        self.popup = Some(Popup::Notice {
            id,
            doc,
            text: None,
            scroll: 0,
        });
        vec![Effect::Request(Request::Notice {
            id,
            doc,
            lang: self.notice_lang().to_string(),
        })]
    }

    pub(super) fn change_action(&mut self, action: Action) -> Vec<Effect> {
        if self.view != ViewKind::Changes {
            self.say(self.s.k("msg.only_in_changes"), true);
            return Vec::new();
        }
        let s = &self.s;
        if action == Action::New {
            let d = self.now.with_timezone(&self.setup.zone);
            let month = d.format("%Y-%m").to_string();
            self.popup = Some(Popup::Form(Box::new(Form::new_change(s, &month))));
            return Vec::new();
        }
        // The freshest copy: the detail when loaded and newer than the row.
        let Some(row) = self.selected_change() else {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        };
        let full = self.views.changes.detail.of(row.change.id, |d| d.change.id);
        let Some(c) = self.current_change() else {
            return Vec::new();
        };
        let duties = full.map(|d| d.duties.clone()).unwrap_or_else(|| row.duties.clone());
        let zone = self.setup.zone;
        let form = match action {
            Action::PlanChange => Form::plan_change(s, &c, zone),
            Action::ConfirmTest => Form::confirm_test(s, &c),
            Action::Schedule => Form::schedule(s, &c),
            Action::Notify | Action::DutyDone => {
                let owed: Vec<&str> = [
                    (DutyKind::C5Maintenance, "c5"),
                    (DutyKind::C5FrontLine, "c5-front"),
                    (DutyKind::C6Request, "c6"),
                    (DutyKind::C7Notice, "c7"),
                ]
                .iter()
                .filter(|(k, _)| duties.iter().any(|d| d.kind == *k && d.done_at.is_none()))
                .map(|(_, n)| *n)
                .collect();
                if owed.is_empty() {
                    self.say(self.s.t("msg.no_notice_owed").to_string(), true);
                    return Vec::new();
                }
                Form::notify(s, &c, &owed)
            }
            Action::StartChange => Form::start_change(s, &c),
            Action::FinishChange => Form::finish_change(s, &c),
            Action::ResultNotice => Form::result_notice(s, &c),
            Action::Summary => Form::summary(s, &c),
            Action::Close => {
                let text = s.f("confirm.close_change", &[("id", &c.id.to_string())]);
                let cmd = Command::Change {
                    id: c.id,
                    version: c.version,
                    cmd: Cmd::Close { at: self.now },
                };
                self.popup = Some(Popup::Confirm(Box::new(Confirm { text, cmd })));
                return Vec::new();
            }
            Action::Preview => {
                // The notice the change is at: C7 before it ends, C8 after, C9 once summarised.
                let doc = match c.status {
                    ChangeStatus::SummarySent | ChangeStatus::Closed if c.complex => NoticeDoc::C9,
                    ChangeStatus::Done
                    | ChangeStatus::ResultAnnounced
                    | ChangeStatus::SummarySent
                    | ChangeStatus::Closed => NoticeDoc::C8,
                    _ => NoticeDoc::C7,
                };
                return self.show_notice(c.id, doc);
            }
            _ => return Vec::new(),
        };
        self.popup = Some(Popup::Form(Box::new(form)));
        Vec::new()
    }
}
