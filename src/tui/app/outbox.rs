//! The Outbox view's steps: which messages it lists, approving, resending, reading and editing
//! a message, and what this console's sender reports.

use super::{App, Confirm, Effect, ListId, Popup};
use crate::domain::message::MessageState;
use crate::ops::outbox::Cmd;
use crate::ops::outbox::{PassReport, Row};
use crate::tui::action::Action;
use crate::tui::model::{Command, Request};

/// The text the editor opens: the subject on its own line, a blank line, the body.
pub fn edit_text(subject: &str, body: &str) -> String {
    format!("Subject: {subject}\n\n{body}")
}

/// Back from the editor: the subject line and the body, or why the text cannot be used.
pub fn parse_edit(text: &str) -> Result<(String, String), String> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let subject = first
        .strip_prefix("Subject:")
        .ok_or_else(|| "the first line must stay \"Subject: …\"".to_string())?
        .trim()
        .to_string();
    let body = rest.trim_start_matches('\n').trim_end().to_string();
    if subject.is_empty() || body.is_empty() {
        return Err("a message needs a subject and a body".into());
    }
    Ok((subject, body))
}

/// Whether `cmd` approves a message: its confirmation takes Enter only, never the approve key
/// pressed twice.
pub fn approves(cmd: &Command) -> bool {
    matches!(cmd, Command::Message { cmd: Cmd::Approve, .. })
}

impl App {
    /// The message the user is on, in the Outbox view.
    pub fn selected_message(&self) -> Option<&Row> {
        match self.active() {
            ListId::Outbox => self.snap.outbox.get(self.views.outbox.list.sel),
            _ => None,
        }
    }

    pub(super) fn outbox_action(&mut self, action: Action) -> Vec<Effect> {
        if action == Action::SortNext {
            self.query.outbox = self.query.outbox.next();
            self.views.outbox.list = super::Cursor::default();
            return vec![Effect::Request(Request::Query(self.query.clone()))];
        }
        let Some(row) = self.selected_message().cloned() else {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        };
        let m = row.message;
        let (id, version) = (m.id, m.version);
        match action {
            Action::Open | Action::Preview => {
                self.popup = Some(Popup::Message { id, scroll: 0 });
                Vec::new()
            }
            // Approving sends it: say to how many first; Enter (not the approve key again) sends.
            Action::ConfirmRun if m.state == MessageState::Draft => {
                let names: Vec<String> = m.to.iter().chain(&m.cc).map(|a| a.name.clone()).collect();
                let text = self.s.f(
                    "confirm.approve",
                    &[
                        ("id", &id.to_string()),
                        ("medium", self.s.t(&format!("medium.{}", m.medium.as_str()))),
                        ("subject", &m.subject),
                        ("n", &names.len().to_string()),
                        ("names", &names.join(", ")),
                    ],
                );
                self.popup = Some(Popup::Confirm(Box::new(Confirm {
                    text,
                    cmd: Command::Message {
                        id,
                        version,
                        cmd: Cmd::Approve,
                    },
                })));
                Vec::new()
            }
            Action::Retry if m.state == MessageState::Failed => self.send(Command::Message {
                id,
                version,
                cmd: Cmd::Retry,
            }),
            Action::Retry if m.state == MessageState::Uncertain => {
                // It may have reached them already: a person decides, knowingly.
                self.popup = Some(Popup::Confirm(Box::new(Confirm {
                    text: self.s.f("confirm.resend_uncertain", &[("id", &id.to_string())]),
                    cmd: Command::Message {
                        id,
                        version,
                        cmd: Cmd::Retry,
                    },
                })));
                Vec::new()
            }
            Action::EditMessage
                if matches!(
                    m.state,
                    MessageState::Draft | MessageState::Failed | MessageState::Uncertain
                ) =>
            {
                vec![Effect::EditText {
                    id,
                    version,
                    text: edit_text(&m.subject, &m.body),
                }]
            }
            _ => {
                let state = self.s.t(&format!("message_state.{}", m.state.as_str())).to_string();
                let key = match action {
                    Action::ConfirmRun => "msg.approve_only_drafts",
                    Action::Retry => "msg.resend_only_failed",
                    _ => "msg.edit_only_unsent",
                };
                self.say(self.s.f(key, &[("state", &state)]), true);
                Vec::new()
            }
        }
    }

    /// The editor closed: save the new text, unless it is unchanged or unusable.
    pub fn on_edited(
        &mut self,
        id: i64,
        version: i64,
        before: &str,
        after: Result<String, String>,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Vec<Effect> {
        self.now = now;
        let text = match after {
            Ok(t) => t,
            Err(e) => {
                self.say(self.s.f("msg.editor_failed", &[("why", &e)]), true);
                return Vec::new();
            }
        };
        if text.trim_end() == before.trim_end() {
            self.say(self.s.t("msg.unchanged").to_string(), false);
            return Vec::new();
        }
        match parse_edit(&text) {
            Ok((subject, body)) => self.send(Command::Message {
                id,
                version,
                cmd: Cmd::Edit { subject, body },
            }),
            Err(why) => {
                self.say(self.s.f("msg.refused", &[("why", &why)]), true);
                Vec::new()
            }
        }
    }

    /// A line from the background (the sender, a refresh): it never covers a refusal the user
    /// has not seen (one in its time, no key pressed since).
    pub(super) fn say_background(&mut self, text: String, warning: bool) {
        if self.status.as_ref().is_some_and(|s| s.holds(self.now)) {
            return;
        }
        self.say(text, false);
        if let Some(s) = &mut self.status {
            s.warning = warning;
        }
    }

    /// What this console's sender reported.
    pub(super) fn sender_said(&mut self, r: Result<PassReport, String>) {
        match r {
            Ok(p) => {
                // A duty whose message cannot be written stays in sight until it can.
                self.sender_error = p.problems.first().cloned();
                // A background line never covers a refusal the user has not read yet; what
                // failed is a warning, not a refusal.
                if p.sent + p.failed + p.uncertain > 0 {
                    let text = self.s.f(
                        "msg.outbox_pass",
                        &[
                            ("sent", &p.sent.to_string()),
                            ("failed", &(p.failed + p.uncertain).to_string()),
                        ],
                    );
                    self.say_background(text, p.failed + p.uncertain > 0);
                }
            }
            Err(e) => {
                self.say_background(self.s.f("msg.outbox_down", &[("why", &e)]), true);
                self.sender_error = Some(e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn n_edited_text_round_trips_and_bad_text_is_refused() {
        let t = edit_text("故障通报", "第一行\n\n第二行");
        assert_eq!(parse_edit(&t), Ok(("故障通报".into(), "第一行\n\n第二行".into())));
        assert!(parse_edit("故障通报\n\n正文").is_err(), "the subject line was lost");
        assert!(parse_edit("Subject: x\n\n").is_err(), "no body");
    }
}
