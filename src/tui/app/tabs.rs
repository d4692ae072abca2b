//! The navigation strip's tabs: each view's key and name, closed up on a narrow screen.

use super::App;
use crate::tui::layout::ViewKind;

impl App {
    /// A view's tab in the navigation strip: its key and its name.
    /// Every view's tab as the navigation strip shows it `width` columns wide (one column in,
    /// one between tabs): on a narrow screen they close up so that every key and name stays in
    /// sight.
    pub fn tabs(&self, width: u16) -> Vec<(ViewKind, String)> {
        let tabs: Vec<(ViewKind, String)> = ViewKind::ALL.iter().map(|v| (*v, self.tab_text(*v))).collect();
        let full: usize = 1 + tabs.iter().map(|(_, t)| crate::text::width(t) + 1).sum::<usize>();
        if full <= width as usize {
            return tabs;
        }
        let mut tabs: Vec<(ViewKind, String)> = tabs.into_iter().map(|(v, t)| (v, t.trim().to_string())).collect();
        // Still too wide: the longest name of a view not on screen gives up its end, a character
        // at a time, until the strip fits (its key stays whole, a count too).
        let strip =
            |tabs: &[(ViewKind, String)]| 1 + tabs.iter().map(|(_, t)| crate::text::width(t) + 1).sum::<usize>();
        while strip(&tabs) > width as usize {
            let Some((_, longest)) = tabs
                .iter_mut()
                // A count (the Outbox's) is never cut.
                .filter(|(v, t)| *v != self.view && t.chars().count() > 3 && !t.contains('('))
                .max_by_key(|(_, t)| crate::text::width(t))
            else {
                break;
            };
            let keep = crate::text::width(longest).saturating_sub(1);
            *longest = crate::text::truncate(longest, keep);
        }
        tabs
    }

    pub fn tab_text(&self, view: ViewKind) -> String {
        let action = view.action();
        // The Outbox tab counts what waits for a person.
        let waiting: i64 = self
            .snap
            .outbox_counts
            .iter()
            .filter(|(st, _)| {
                matches!(
                    st,
                    crate::domain::message::MessageState::Draft
                        | crate::domain::message::MessageState::Failed
                        | crate::domain::message::MessageState::Uncertain
                )
            })
            .map(|(_, n)| n)
            .sum();
        let count = if view == ViewKind::Outbox && waiting > 0 {
            format!(" ({waiting})")
        } else {
            String::new()
        };
        format!(
            " {} {}{count} ",
            self.keys.first_key(action).unwrap_or_default(),
            self.s.t(view.key())
        )
    }
}
