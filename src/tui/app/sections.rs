//! The queue's saved filters (config `console.filters`, as gh-dash's sections): one key each
//! puts one on the incident queue, from any view, and again takes it off; the header names it
//! and Esc clears it with the typed filter.

use super::{App, Cursor, Effect};
use crate::config::Config;
use crate::ops::console::filter::Section;
use crate::tui::keymap::{KeyPress, Keymap, Lookup};
use crate::tui::layout::ViewKind;
use crate::tui::model::{PAGE, Request};

/// The saved filters of `config` for the operator `me`, each with its key; an unreadable key is
/// named by its config key.
pub fn resolve(config: &Config, me: &str) -> Result<Vec<(KeyPress, Section)>, String> {
    config
        .console
        .filters
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let key = KeyPress::parse(f.key.trim()).ok_or_else(|| {
                format!(
                    "config console.filters[{i}].key: cannot read key {:?} of saved filter {:?} (e.g. \"f6\", \"ctrl-g\")",
                    f.key, f.name
                )
            })?;
            Ok((key, Section::of(f, me)))
        })
        .collect()
}

/// A saved filter's key must be free in the keymap: not an action's, not the start of one's.
pub fn check_free(sections: &[(KeyPress, Section)], keys: &Keymap) -> Result<(), String> {
    for (i, (k, s)) in sections.iter().enumerate() {
        let taken = match keys.lookup(&[*k]) {
            Lookup::Unbound => continue,
            Lookup::Action(a) => format!("the keymap's key for {}", a.name()),
            Lookup::Pending => "the start of a key sequence of the keymap".to_string(),
        };
        return Err(format!(
            "config console.filters[{i}].key: key {k} of saved filter {:?} is also {taken}; choose another key for one of them (config.toml or keymap.toml)",
            s.name
        ));
    }
    Ok(())
}

impl App {
    /// `key` when it is a saved filter's: the queue under that filter, or without it when it is
    /// on already. None when `key` is no saved filter's.
    pub(super) fn saved_filter_key(&mut self, key: KeyPress) -> Option<Vec<Effect>> {
        let section = self.setup.sections.iter().find(|(k, _)| *k == key)?.1.clone();
        let off = self.query.section.as_ref() == Some(&section);
        self.query.section = (!off).then_some(section);
        self.requeue();
        if self.view != ViewKind::Incidents {
            return Some(self.switch_view(ViewKind::Incidents));
        }
        Some(vec![Effect::Request(Request::Query(self.query.clone()))])
    }

    /// The queue from its top, as after any change of what it shows.
    pub(super) fn requeue(&mut self) {
        self.query.limit = PAGE;
        self.query.from_end = false;
        self.views.incidents.queue = Cursor::default();
    }
}
