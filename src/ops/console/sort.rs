//! A list sorted by any of its columns (issue 19, as k9s: a key moves the sort column, another
//! reverses it). The lists read whole (the Escalations, Changes, Billing, Outbox, Support and
//! Plans views) are sorted here, after the read and the view's filter, over every row read; the
//! queue sorts in SQL instead ([`crate::store::incidents::queue_page`]): its three orders each
//! walk an index, either way, so the sort is right over the whole queue, not one page.
//!
//! A column is named by its header's key (`col.id`), as the views declare their tables: the view
//! marks the header of the column its list is sorted by.

use std::cmp::Ordering;

use super::{Snapshot, ViewKind};
use crate::store::incidents::QueueSort;

/// One list's sort: the `col`th of its sortable columns ([`columns`]), and reversed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub col: usize,
    pub reverse: bool,
}

/// A list: its view and which of the view's two lists (0 the first pane's, 1 the second's).
pub type ListOf = (ViewKind, u8);

/// The sort of each list a user sorted; a list not here keeps the order the desk works in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sorts(Vec<(ListOf, Sort)>);

impl Sorts {
    pub fn get(&self, list: ListOf) -> Option<Sort> {
        self.0.iter().find(|(l, _)| *l == list).map(|(_, s)| *s)
    }

    pub fn set(&mut self, list: ListOf, sort: Option<Sort>) {
        self.0.retain(|(l, _)| *l != list);
        if let Some(s) = sort {
            self.0.push((list, s));
        }
    }
}

/// The columns of `list` that sort, by header key, in the order its table shows them. The queue's
/// are those its indexes walk: the id (newest), the priority and the age (the ladder's order).
pub fn columns(list: ListOf) -> &'static [&'static str] {
    match list {
        (ViewKind::Incidents, _) => &["col.id", "col.sev", "col.age"],
        (ViewKind::Escalations, 0) => &[
            "col.id",
            "col.level",
            "col.status",
            "col.age",
            "col.title",
            "col.service",
            "col.owner",
        ],
        (ViewKind::Escalations, _) => &["col.due", "col.due_at", "col.incident", "col.duty"],
        (ViewKind::Changes, _) => &[
            "col.id",
            "col.status",
            "col.title",
            "col.owner",
            "col.deadline",
            "col.window",
            "col.systems",
        ],
        (ViewKind::Billing, 0) => &[
            "col.id",
            "col.run_kind",
            "col.period",
            "col.status",
            "col.deadline",
            "col.anomalies",
            "col.in_charge",
        ],
        (ViewKind::Outbox, _) => &[
            "col.id",
            "col.medium",
            "col.status",
            "col.due",
            "col.duty",
            "col.record",
            "col.subject",
        ],
        (ViewKind::Support, 0) => &[
            "col.ledger",
            "col.id",
            "col.status",
            "col.reply",
            "col.initiator",
            "col.project",
        ],
        (ViewKind::Plans, _) => &["col.id", "col.plan", "col.status", "col.services", "col.group"],
        // Open requests are few: a sorted list is read whole (`requests_lists`), so its sort is
        // right over every open request, not the rows loaded so far.
        (ViewKind::Requests, 0) => &[
            "col.id",
            "col.request_kind",
            "col.due",
            "col.due_at",
            "col.requesting_dept",
            "col.owner",
            "col.status",
            "col.title",
        ],
        (ViewKind::Requests, _) => &[
            "col.id",
            "col.person",
            "col.account",
            "col.permission",
            "col.hr_record",
            "col.due",
            "col.request",
        ],
        // The Problems and Knowledge views read their lists a page at a time by key: they keep
        // that order. A run's checklist and the training report keep theirs; the Reports view
        // has no list.
        (
            ViewKind::Billing
            | ViewKind::Support
            | ViewKind::Problems
            | ViewKind::Knowledge
            | ViewKind::Reports
            | ViewKind::Quality,
            _,
        ) => &[],
    }
}

/// The queue's sort as a column of [`columns`] and a direction: its three orders, each either way.
pub fn queue_column(sort: QueueSort) -> usize {
    match sort {
        QueueSort::Newest => 0,
        QueueSort::Severity => 1,
        QueueSort::Urgency => 2,
    }
}

/// The queue's order sorted by its `col`th sortable column.
pub fn queue_sort(col: usize) -> QueueSort {
    match col % 3 {
        0 => QueueSort::Newest,
        1 => QueueSort::Severity,
        _ => QueueSort::Urgency,
    }
}

/// Which header of `list` its rows are sorted by, and whether the values fall down the list
/// (`v`) rather than rise (`^`): `None` when it keeps the desk's order.
pub fn marked(list: ListOf, sorts: &Sorts, queue: (QueueSort, bool)) -> Option<(&'static str, bool)> {
    if list.0 == ViewKind::Incidents {
        let (sort, reverse) = queue;
        // Newest first and longest running first fall; P1 first rises.
        let falls = matches!(sort, QueueSort::Newest | QueueSort::Urgency);
        return Some((columns(list)[queue_column(sort)], falls != reverse));
    }
    let s = sorts.get(list)?;
    columns(list).get(s.col).map(|c| (*c, s.reverse))
}

/// A value to sort by: numbers (instants, and states in the order of their lifecycle) before
/// text, nothing last.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    N(i64),
    S(String),
    None,
}

fn text(s: &str) -> Key {
    Key::S(s.to_lowercase())
}

fn at(t: chrono::DateTime<chrono::Utc>) -> Key {
    Key::N(t.timestamp())
}

fn opt<T>(v: Option<T>, f: impl Fn(T) -> Key) -> Key {
    v.map_or(Key::None, f)
}

/// `rows` in the order of `sort` over `cols`, by `key` (stable: rows of one value keep the desk's
/// order among themselves).
pub fn by<T>(rows: &mut [T], sort: Option<Sort>, cols: &[&str], key: impl Fn(&T, &str) -> Key) {
    let Some(s) = sort else { return };
    let Some(col) = cols.get(s.col) else { return };
    rows.sort_by(|a, b| {
        let o: Ordering = key(a, col).cmp(&key(b, col));
        if s.reverse { o.reverse() } else { o }
    });
}

/// Sort the lists of `view` in `snap` as `sorts` says.
pub fn apply(snap: &mut Snapshot, view: ViewKind, sorts: &Sorts) {
    let get = |pane: u8| (sorts.get((view, pane)), columns((view, pane)));
    match view {
        ViewKind::Escalations => {
            let (s, cols) = get(0);
            by(&mut snap.escalated, s, cols, |v, c| {
                let i = &v.incident;
                match c {
                    "col.id" => Key::N(i.id),
                    "col.level" => Key::N(v.level as i64),
                    "col.status" => Key::N(i.status as i64),
                    // The longest running is the oldest clock.
                    "col.age" => Key::N(-i.clock_start.timestamp()),
                    "col.title" => text(&i.title),
                    "col.service" => text(&i.service),
                    _ => opt(i.owner.as_deref(), text),
                }
            });
            let (s, cols) = get(1);
            by(&mut snap.duties, s, cols, |r, c| match c {
                "col.due" | "col.due_at" => at(r.duty.due_at),
                "col.incident" => Key::N(r.duty.record_id),
                _ => text(r.duty.kind.as_str()),
            });
        }
        ViewKind::Changes => {
            let (s, cols) = get(0);
            by(&mut snap.changes, s, cols, |v, c| {
                let ch = &v.change;
                match c {
                    "col.id" => Key::N(ch.id),
                    "col.status" => Key::N(ch.status as i64),
                    "col.title" => text(&ch.title),
                    "col.owner" => text(&ch.operator),
                    "col.deadline" => opt(v.next, |(_, t)| at(t)),
                    "col.window" => opt(ch.window_start, at),
                    _ => text(&ch.systems.join(",")),
                }
            });
        }
        ViewKind::Billing => {
            let (s, cols) = get(0);
            by(&mut snap.runs, s, cols, |v, c| {
                let r = &v.run;
                match c {
                    "col.id" => Key::N(r.id),
                    "col.run_kind" => text(r.kind.as_str()),
                    "col.period" => text(&r.period),
                    "col.status" => Key::N(r.state as i64),
                    "col.deadline" => at(r.deadline),
                    "col.anomalies" => Key::N(v.progress.anomalies as i64),
                    _ => text(&r.in_charge),
                }
            });
        }
        ViewKind::Outbox => {
            let (s, cols) = get(0);
            by(&mut snap.outbox, s, cols, |r, c| {
                let m = &r.message;
                match c {
                    "col.id" => Key::N(m.id),
                    "col.medium" => text(m.medium.as_str()),
                    "col.status" => Key::N(m.state as i64),
                    "col.due" => at(r.duty.due_at),
                    "col.duty" => text(r.duty.kind.as_str()),
                    "col.record" => Key::S(format!("{}#{:020}", r.duty.record_kind.as_str(), r.duty.record_id)),
                    _ => text(&m.subject),
                }
            });
        }
        ViewKind::Support => {
            let (s, cols) = get(0);
            by(&mut snap.support, s, cols, |v, c| {
                let f = &v.form;
                match c {
                    "col.ledger" => opt(v.position, |p| Key::N(p as i64)),
                    "col.id" => Key::N(f.id),
                    "col.status" => Key::N(f.status as i64),
                    "col.reply" => at(f.reply_due),
                    "col.initiator" => text(&f.initiator),
                    _ => text(&f.project_name),
                }
            });
        }
        ViewKind::Plans => {
            let (s, cols) = get(0);
            by(&mut snap.plans, s, cols, |r, c| {
                let p = &r.plan;
                match c {
                    "col.id" => Key::N(p.id),
                    "col.plan" => text(&p.name),
                    "col.status" => Key::N(p.status as i64),
                    "col.services" => text(&p.services.join(",")),
                    _ => Key::N(p.group.len() as i64),
                }
            });
        }
        ViewKind::Requests => {
            let (s, cols) = get(0);
            by(&mut snap.requests, s, cols, |v, c| {
                let r = &v.request;
                match c {
                    "col.id" => Key::N(r.id),
                    "col.request_kind" => text(r.kind.as_str()),
                    // The clock's deadline as it stands (a pause moves it), none last.
                    "col.due" => opt(v.clock.due, at),
                    "col.due_at" => opt(r.due_at, at),
                    "col.requesting_dept" => text(&v.dept_name),
                    "col.owner" => opt(r.owner.as_deref(), text),
                    "col.status" => Key::N(r.status as i64),
                    _ => text(&r.title),
                }
            });
            let (s, cols) = get(1);
            by(&mut snap.removals, s, cols, |row, c| {
                let a = &row.account;
                match c {
                    "col.id" => Key::N(a.id),
                    "col.person" => text(&a.person),
                    "col.account" => text(&format!("{}/{}", a.system, a.account)),
                    "col.permission" => text(&a.permission),
                    "col.hr_record" => text(&a.hr_record),
                    "col.due" => opt(row.duty.as_ref().map(|d| d.due_at), at),
                    _ => Key::N(a.request_id),
                }
            });
        }
        ViewKind::Incidents | ViewKind::Problems | ViewKind::Knowledge | ViewKind::Reports | ViewKind::Quality => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sort_orders_every_row_by_its_column_either_way_and_keeps_ties_in_the_desks_order() {
        let cols = ["col.id", "col.title"];
        let mut rows = vec![(3, "b"), (1, "a"), (2, "b"), (4, "a")];
        let key = |r: &(i64, &str), c: &str| match c {
            "col.id" => Key::N(r.0),
            _ => text(r.1),
        };
        by(&mut rows, None, &cols, key);
        assert_eq!(rows, vec![(3, "b"), (1, "a"), (2, "b"), (4, "a")], "no sort: as read");
        by(&mut rows, Some(Sort { col: 0, reverse: false }), &cols, key);
        assert_eq!(rows, vec![(1, "a"), (2, "b"), (3, "b"), (4, "a")]);
        by(&mut rows, Some(Sort { col: 0, reverse: true }), &cols, key);
        assert_eq!(rows, vec![(4, "a"), (3, "b"), (2, "b"), (1, "a")]);
        by(&mut rows, Some(Sort { col: 1, reverse: false }), &cols, key);
        assert_eq!(
            rows,
            vec![(4, "a"), (1, "a"), (3, "b"), (2, "b")],
            "ties keep their order"
        );
    }

    #[test]
    fn nothing_sorts_after_every_value_and_numbers_before_text() {
        assert!(Key::N(i64::MAX) < Key::S(String::new()));
        assert!(Key::S("zz".into()) < Key::None);
    }

    #[test]
    fn the_queue_marks_the_column_its_index_walks_and_which_way() {
        let q = (ViewKind::Incidents, 0);
        let none = Sorts::default();
        assert_eq!(marked(q, &none, (QueueSort::Urgency, false)), Some(("col.age", true)));
        assert_eq!(marked(q, &none, (QueueSort::Newest, true)), Some(("col.id", false)));
        assert_eq!(marked(q, &none, (QueueSort::Severity, false)), Some(("col.sev", false)));
        for col in 0..3 {
            assert_eq!(queue_column(queue_sort(col)), col);
        }
    }

    #[test]
    fn a_list_keeps_the_desks_order_until_sorted() {
        let mut sorts = Sorts::default();
        let l = (ViewKind::Changes, 0);
        assert_eq!(marked(l, &sorts, (QueueSort::Urgency, false)), None);
        sorts.set(l, Some(Sort { col: 1, reverse: true }));
        assert_eq!(
            marked(l, &sorts, (QueueSort::Urgency, false)),
            Some(("col.status", true))
        );
        sorts.set(l, None);
        assert_eq!(sorts, Sorts::default());
    }
}
