//! Merging two services from the console (issue 19): the step `opsdesk service merge` takes,
//! from any view (the palette's `merge_service`). Refused on the key for one who does not change
//! the directory (an admin does); its confirmation names how many records move, read before
//! anything moves. The core checks the role again inside the merge's write transaction.

use super::{App, Confirm, Effect, Popup};
use crate::domain::role::{Power, require};
use crate::tui::form::Form;
use crate::tui::model::{Command, MergeMoves, Request, Said};

impl App {
    /// The merge's form, or the core's refusal of this user's role, on the key.
    pub(super) fn merge_service_action(&mut self) -> Vec<Effect> {
        if let Err(e) = require(&self.setup.me, Power::ManageDirectory) {
            self.say(self.s.said(&Said::from(&e)), true);
            return Vec::new();
        }
        self.popup = Some(Popup::Form(Box::new(Form::merge_service(&self.s))));
        Vec::new()
    }

    /// The form sent: what the merge would move is read before it is confirmed.
    pub(super) fn merge_preview(&mut self, cmd: Command) -> Vec<Effect> {
        let Command::MergeService { from, into } = cmd else {
            return Vec::new();
        };
        vec![Effect::Request(Request::MergePreview { from, into })]
    }

    /// What the merge would move: a confirmation naming it (`y` merges), or the refusal.
    pub(super) fn on_merge_preview(&mut self, moved: Result<MergeMoves, Said>) -> Vec<Effect> {
        match moved {
            Ok((from, into, moved)) => {
                let total: usize = moved.iter().map(|(_, n)| n).sum();
                let each: Vec<String> = moved
                    .iter()
                    .filter(|(_, n)| *n > 0)
                    .map(|(k, n)| format!("{} {n}", self.s.t(&format!("kind.{k}"))))
                    .collect();
                let text = self.s.f(
                    "merge_form.confirm",
                    &[
                        ("from", &from),
                        ("into", &into),
                        ("n", &total.to_string()),
                        ("each", &each.join(", ")),
                    ],
                );
                self.popup = Some(Popup::Confirm(Box::new(Confirm {
                    text,
                    cmd: Command::MergeService { from, into },
                })));
            }
            Err(said) => self.say(self.s.said(&said), true),
        }
        Vec::new()
    }
}
