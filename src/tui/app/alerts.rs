//! What every console flags in its title bar and status line whatever view is on screen: drafts
//! nobody has approved close to their deadline (issue 21), and a working calendar that does not
//! know the year its counts fall in (W2); a desk's server that cannot be reached (issue 20).

use chrono::Datelike;

use super::App;
use crate::domain::message::MessageState;

impl App {
    /// Open duties whose message still waits for review and whose deadline is near (half the
    /// duty's window, at most the configured lead): read from the snapshot's drafts (loaded
    /// whatever the view), at `self.now`.
    pub fn urgent_drafts(&self) -> usize {
        self.snap
            .drafts
            .iter()
            .filter(|r| r.messages.iter().any(|m| m.state == MessageState::Draft))
            .filter(|r| r.duty.review_is_urgent(self.setup.review_lead, self.now))
            .count()
    }

    /// A year the working calendar should know and does not: this year, or from December on the
    /// next one (its working days would be counted as plain weekdays).
    pub fn calendar_gap(&self) -> Option<i32> {
        let today = self.now.with_timezone(&self.setup.zone).date_naive();
        let cal = &self.setup.calendar;
        if !cal.knows(today.year()) {
            return Some(today.year());
        }
        (today.month() == 12 && !cal.knows(today.year() + 1)).then_some(today.year() + 1)
    }

    /// The alerts as one line in the console's language; empty when there are none.
    pub fn alert_text(&self) -> String {
        let s = &self.s;
        let mut parts = Vec::new();
        // First: until it is fixed, every other word may be unreadable.
        if let Some(w) = &self.setup.locale_warning {
            parts.push(w.clone());
        }
        // Nothing on screen moves until the desk's server is back.
        if let Some(why) = &self.away {
            parts.push(s.f("alert.away", &[("why", why)]));
        }
        match self.urgent_drafts() {
            0 => {}
            n => parts.push(s.f("alert.drafts", &[("n", &n.to_string())])),
        }
        if let Some(year) = self.calendar_gap() {
            parts.push(s.f("alert.calendar", &[("year", &year.to_string())]));
        }
        parts.join("  ")
    }
}
