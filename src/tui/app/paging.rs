//! The queue's ends: `G` reads the last page of the queue however long it is (the same index
//! walked backwards, never OFFSET) and `g g` the first; the header says which row of how many the
//! selection is on.

use super::{App, Effect, ListId};
use crate::tui::model::{PAGE, Request};

impl App {
    /// `g g`: the first row; the queue's top page when it was read from its end.
    pub(super) fn top(&mut self) -> Vec<Effect> {
        if self.active() == ListId::Queue && self.query.from_end {
            self.query.from_end = false;
            self.query.limit = PAGE;
            self.views.incidents.queue = Default::default();
            let mut effects = vec![Effect::Request(Request::Query(self.query.clone()))];
            effects.extend(self.scrolled());
            return effects;
        }
        self.move_to(0)
    }

    /// `G`: the last row; of the whole queue, not of the rows loaded so far.
    pub(super) fn bottom(&mut self) -> Vec<Effect> {
        if self.active() == ListId::Queue && self.snap.more && !self.query.from_end {
            self.query.from_end = true;
            self.query.limit = PAGE;
            // Past the end: the snapshot's last row once it comes (the cursor is kept in range).
            self.views.incidents.queue.sel = usize::MAX / 2;
            return vec![Effect::Request(Request::Query(self.query.clone()))];
        }
        self.move_to(isize::MAX / 2)
    }

    /// Read from its end, the queue loads a page more above its first row as the selection nears
    /// it (the selection stays on its incident when the rows above arrive).
    pub(super) fn queue_upwards(&mut self) -> Vec<Effect> {
        let rows = self.visible_rows();
        let q = &mut self.query;
        if self.views.active(self.view) != ListId::Queue || !q.from_end || !self.snap.more {
            return Vec::new();
        }
        let sel = self.views.incidents.queue.sel;
        if sel < rows * 2 && q.limit <= self.snap.queue.len() {
            q.limit += PAGE;
            return vec![Effect::Request(Request::Query(self.query.clone()))];
        }
        Vec::new()
    }

    /// The selected row's place in the whole queue and the queue's length: (3, 10002) for
    /// "row 3 of 10,002"; `None` before the queue is read.
    pub fn queue_position(&self) -> Option<(usize, usize)> {
        if !self.snap.holds(crate::tui::layout::ViewKind::Incidents) {
            return None;
        }
        let counted = match self.queue_counted() {
            Some(Ok(n)) => n.max(0) as usize,
            _ => 0,
        };
        let total = counted.max(self.snap.queue.len());
        let first = if self.snap.query.from_end {
            total - self.snap.queue.len()
        } else {
            0
        };
        let sel = self
            .views
            .incidents
            .queue
            .sel
            .min(self.snap.queue.len().saturating_sub(1));
        Some(((first + sel + 1).min(total), total))
    }
}

impl App {
    /// The queue's length under the filter it was read with: the snapshot's, or the counter's
    /// when the snapshot left it to be counted apart (issue 18); `None` while that count is on
    /// its way, an error when it could not be made.
    pub fn queue_counted(&self) -> Option<Result<i64, &str>> {
        if self.snap.queue_total != crate::ops::console::COUNTED_APART {
            return Some(Ok(self.snap.queue_total));
        }
        let filter = crate::ops::console::filter::queue(&self.snap.query);
        match &self.queue_count {
            Some((counted, total)) if *counted == filter => Some(total.as_ref().map(|n| *n).map_err(|e| e.as_str())),
            _ => None,
        }
    }
}

/// `10002` as `10,002`.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_read_in_groups_of_three() {
        assert_eq!(super::grouped(3), "3");
        assert_eq!(super::grouped(10002), "10,002");
        assert_eq!(super::grouped(100000), "100,000");
        assert_eq!(super::grouped(1234567), "1,234,567");
    }
}
