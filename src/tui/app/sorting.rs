//! Sorting the list the keys are in by any of its sortable columns (issue 19, as k9s): `>` and
//! `<` move the sort column, `-` reverses it, `s` steps through the queue's orders. The queue is
//! sorted by the store (its orders walk indexes, either way), the other lists by the worker over
//! every row it read: either way the worker reads the list again, and the selection stays on its
//! record.

use super::{App, Effect, ListId, Pane};
use crate::ops::console::sort::{self, ListOf, Sort};
use crate::tui::action::Action;
use crate::tui::layout::ViewKind;
use crate::tui::model::{PAGE, Request, Snapshot};

/// The id of the record on row `i` of `list` in `s` (the checklist and the training report have
/// none of their own).
pub(super) fn row_id(s: &Snapshot, list: ListId, i: usize) -> Option<i64> {
    match list {
        ListId::Queue => s.queue.get(i).map(|v| v.incident.id),
        ListId::Escalated => s.escalated.get(i).map(|v| v.incident.id),
        ListId::Duties => s.duties.get(i).map(|d| d.duty.id),
        ListId::Changes => s.changes.get(i).map(|c| c.change.id),
        ListId::Runs => s.runs.get(i).map(|r| r.run.id),
        ListId::Outbox => s.outbox.get(i).map(|r| r.message.id),
        ListId::Requests => s.requests.get(i).map(|v| v.request.id),
        ListId::Removals => s.removals.get(i).map(|r| r.account.id),
        ListId::Support => s.support.get(i).map(|v| v.form.id),
        ListId::Plans => s.plans.get(i).map(|r| r.plan.id),
        ListId::Problems => s.keyed.problems.get(i).map(|v| v.problem.id),
        ListId::Articles => s.keyed.articles.get(i).map(|a| a.id),
        ListId::Correctives => s.quality.correctives.get(i).map(|v| v.corrective.id),
        ListId::Samples => s.quality.samples.get(i).map(|v| v.sample.id),
        ListId::Callbacks => s.quality.callbacks.get(i).map(|r| r.view.callback.id),
        ListId::Items | ListId::Training | ListId::Pages | ListId::SampleItems => None,
    }
}

impl App {
    /// The list the keys are in, as the worker's sorts name it.
    pub fn sort_list(&self) -> ListOf {
        (self.view, u8::from(self.views.pane(self.view) == Pane::Second))
    }

    /// Which header of `view`'s `pane` list to mark, and whether its values fall down the list.
    pub fn sorted(&self, view: ViewKind, pane: u8) -> Option<(&'static str, bool)> {
        sort::marked((view, pane), &self.query.sorts, (self.query.sort, self.query.reverse))
    }

    /// `>`, `<`, `-` (and `s`, which steps forward): the next, the previous column, the other
    /// way round. A list past its last column keeps the desk's order again.
    pub(super) fn sort_action(&mut self, action: Action) -> Vec<Effect> {
        let list = self.sort_list();
        let cols = sort::columns(list);
        if cols.is_empty() {
            self.say(self.s.t("msg.no_sort").to_string(), false);
            return Vec::new();
        }
        let forward = matches!(action, Action::SortColumn | Action::SortNext);
        if self.view == ViewKind::Incidents {
            let q = &mut self.query;
            if action == Action::SortReverse {
                q.reverse = !q.reverse;
            } else {
                let c = sort::queue_column(q.sort);
                q.sort = sort::queue_sort(if forward { c + 1 } else { c + cols.len() - 1 });
                q.reverse = false;
            }
            (q.from_end, q.limit) = (false, PAGE);
        } else {
            let now = self.query.sorts.get(list);
            let last = cols.len() - 1;
            let next = match (action, now) {
                (Action::SortReverse, None) => Some(Sort { col: 0, reverse: true }),
                (Action::SortReverse, Some(s)) => Some(Sort {
                    reverse: !s.reverse,
                    ..s
                }),
                (_, None) if forward => Some(Sort { col: 0, reverse: false }),
                (_, None) => Some(Sort {
                    col: last,
                    reverse: false,
                }),
                (_, Some(s)) if forward && s.col < last => Some(Sort {
                    col: s.col + 1,
                    reverse: false,
                }),
                (_, Some(s)) if !forward && s.col > 0 => Some(Sort {
                    col: s.col - 1,
                    reverse: false,
                }),
                _ => None,
            };
            self.query.sorts.set(list, next);
        }
        let active = self.active();
        let sel = self.views.cursor(active).sel;
        self.select_when_seen = row_id(&self.snap, active, sel).map(|id| (active, id));
        let text = match self.sorted(list.0, list.1) {
            Some((key, falls)) => self.s.kf(
                "msg.sorted",
                &[
                    ("col", self.s.t(key)),
                    ("way", self.s.t(if falls { "sort.falls" } else { "sort.rises" })),
                ],
            ),
            None => self.s.k("msg.unsorted"),
        };
        self.say(text, false);
        vec![Effect::Request(Request::Query(self.query.clone()))]
    }

    /// The headers `list` sorts by, in the user's language (the help says them).
    pub fn sort_columns_text(&self, list: ListOf) -> String {
        sort::columns(list)
            .iter()
            .map(|k| self.s.t(k).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}
