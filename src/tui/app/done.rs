//! What a saved step says (issue 19, item 6): the step and the record it was taken on ("C7 notice
//! recorded for chg#3", "inc#52 restored: recovery notice due 05:42"), whether it came from a
//! form, a confirmation or a key alone.

use super::App;
use crate::ops::{articles, billing, changes, incidents, outbox, problems};
use crate::tui::model::Command;
use crate::tui::widgets::reference;

impl App {
    /// The words for `cmd` saved, naming its record; `None` for a step that has none of its own
    /// (its form's title says it instead).
    pub(super) fn done_text(&self, cmd: &Command) -> Option<String> {
        let (kind, id) = cmd.record()?;
        let record = reference(kind, id);
        let key = match cmd {
            Command::Incident { cmd, .. } => match cmd {
                incidents::Cmd::Accept { .. } => "done.incident_accept",
                incidents::Cmd::Contact { .. } => "done.incident_contact",
                incidents::Cmd::Restore { at, .. } => {
                    let due = (*at + self.setup.policy.recovery_within).with_timezone(&self.setup.zone);
                    let due = due.format("%H:%M").to_string();
                    return Some(self.s.f("done.incident_restore", &[("record", &record), ("due", &due)]));
                }
                incidents::Cmd::Resolve { .. } | incidents::Cmd::ResolveNeedsChange { .. } => "done.incident_resolve",
                incidents::Cmd::Verify { .. } => "done.incident_verify",
                incidents::Cmd::Close { .. } => "done.incident_close",
                incidents::Cmd::Reopen { .. } => "done.incident_reopen",
                incidents::Cmd::Affects { .. } => "done.incident_affects",
            },
            Command::Note { .. } => "done.note",
            Command::DutyDone { .. } => "done.duty",
            Command::Change { cmd, .. } => match cmd {
                changes::Cmd::Plan { .. } => "done.change_plan",
                changes::Cmd::ConfirmTest { .. } => "done.change_confirm_test",
                changes::Cmd::Schedule { .. } => "done.change_schedule",
                changes::Cmd::Notify { notice, channel, .. } => {
                    let key = match notice {
                        changes::Notice::C7 if channel.trim().eq_ignore_ascii_case("phone") => {
                            return Some(self.s.f("done.change_phoned", &[("record", &record)]));
                        }
                        changes::Notice::C5 => "done.notice_c5",
                        changes::Notice::C5FrontLine => "done.notice_c5_front",
                        changes::Notice::C6 => "done.notice_c6",
                        changes::Notice::C7 => "done.notice_c7",
                    };
                    return Some(
                        self.s
                            .f("done.change_notice", &[("notice", self.s.t(key)), ("record", &record)]),
                    );
                }
                changes::Cmd::Start { .. } => "done.change_start",
                changes::Cmd::Finish { .. } => "done.change_finish",
                changes::Cmd::Result(_) => "done.change_result",
                changes::Cmd::Summary(_) => "done.change_summary",
                changes::Cmd::Close { .. } => "done.change_close",
            },
            Command::Run { cmd, .. } => match cmd {
                billing::Cmd::Check { .. } => "done.run_check",
                billing::Cmd::Review { .. } => "done.run_review",
                billing::Cmd::Anomaly { .. } => "done.run_anomaly",
                billing::Cmd::Submit => "done.run_submit",
                billing::Cmd::Confirm => "done.run_confirm",
                billing::Cmd::Dispute { .. } => "done.run_dispute",
                billing::Cmd::Rollback { .. } => "done.run_rollback",
                billing::Cmd::Retry => "done.run_retry",
            },
            Command::Message { cmd, .. } => match cmd {
                outbox::Cmd::Approve => "done.message_approve",
                outbox::Cmd::Edit { .. } => "done.message_edit",
                outbox::Cmd::Retry => "done.message_retry",
            },
            Command::Article { cmd, .. } => match cmd {
                articles::Cmd::Review => "done.article_review",
                articles::Cmd::Publish => "done.article_publish",
                articles::Cmd::Update(_) => "done.article_update",
                articles::Cmd::Retire => "done.article_retire",
            },
            Command::Problem { cmd, .. } => match cmd {
                problems::Cmd::Plan { change } => {
                    return Some(self.s.f(
                        "done.problem_plan",
                        &[
                            ("record", &record),
                            ("change", &reference(crate::domain::kind::Kind::Change, *change)),
                        ],
                    ));
                }
                problems::Cmd::Close { .. } => "done.problem_close",
            },
            Command::RemoveAccount { .. } => "done.account_removed",
            _ => return None,
        };
        Some(self.s.f(key, &[("record", &record)]))
    }
}
