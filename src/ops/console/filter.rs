//! A view's own filter over the lists it loaded (`/` in the Changes, Billing, Outbox,
//! Escalations, Support and Plans views): these lists are short and loaded whole, so the text is matched after the
//! read, on what each row shows. The queue and the requests filter in SQL instead (their lists are
//! long and paged by key).

use super::{Query, Snapshot, ViewKind};
use crate::store::incidents::QueueFilter;

/// A saved filter of the queue on screen (config `console.filters`, issue 19): its name for
/// the header and its terms, the typed text left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub name: String,
    pub terms: QueueFilter,
}

impl Section {
    /// `filter` as the operator `me` means it ("me" in its owner is them).
    pub fn of(filter: &crate::config::settings::SavedFilter, me: &str) -> Section {
        let owner = match filter.owner.trim() {
            "" => None,
            "none" => Some(None),
            "me" => Some(Some(me.to_string())),
            login => Some(Some(login.to_string())),
        };
        Section {
            name: filter.name.clone(),
            terms: QueueFilter {
                text: String::new(),
                owner,
                max_priority: (filter.priority > 0).then_some(filter.priority),
                missed: filter.missed,
            },
        }
    }
}

/// What the queue of `q` reads: its typed text within its saved filter's terms.
pub fn queue(q: &Query) -> QueueFilter {
    QueueFilter {
        text: q.filter.clone(),
        ..q.section.as_ref().map(|s| s.terms.clone()).unwrap_or_default()
    }
}

/// Whether `text` (already lower case, trimmed) is in one of `fields`, or names `id` (`38`,
/// `#38`, `chg#38`).
pub fn matches(text: &str, id: i64, fields: &[&str]) -> bool {
    if text.is_empty() {
        return true;
    }
    let digits = text.rsplit('#').next().unwrap_or(text);
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && digits == id.to_string() {
        return true;
    }
    fields.iter().any(|f| f.to_lowercase().contains(text))
}

/// Keep in `s` the rows of `view`'s lists that `text` matches.
pub fn apply(s: &mut Snapshot, view: ViewKind, text: &str) {
    let t = text.trim().to_lowercase();
    if t.is_empty() {
        return;
    }
    match view {
        ViewKind::Changes => s.changes.retain(|v| {
            let c = &v.change;
            matches(
                &t,
                c.id,
                &[
                    &c.title,
                    &c.systems.join(","),
                    &c.operator,
                    c.status.as_str(),
                    &c.planned_month,
                ],
            )
        }),
        ViewKind::Billing => s.runs.retain(|v| {
            let r = &v.run;
            matches(&t, r.id, &[r.kind.as_str(), &r.period, &r.in_charge, r.state.as_str()])
        }),
        ViewKind::Outbox => s.outbox.retain(|r| {
            let m = &r.message;
            let to: Vec<String> = m.to.iter().chain(&m.cc).map(|a| a.line()).collect();
            matches(
                &t,
                m.id,
                &[&m.subject, &to.join(","), m.state.as_str(), r.duty.kind.as_str()],
            )
        }),
        ViewKind::Escalations => {
            s.escalated.retain(|v| {
                let i = &v.incident;
                matches(&t, i.id, &[&i.title, &i.service, i.owner.as_deref().unwrap_or("")])
            });
            s.duties.retain(|d| {
                let title = d
                    .incident
                    .as_ref()
                    .map(|i| i.title.as_str())
                    .or(d.change.as_deref())
                    .unwrap_or("");
                matches(&t, d.duty.record_id, &[title, d.duty.kind.as_str()])
            });
        }
        ViewKind::Support => {
            s.support.retain(|v| {
                let f = &v.form;
                matches(
                    &t,
                    f.id,
                    &[
                        &f.project_name,
                        &f.project_no,
                        &f.client,
                        &f.initiator,
                        f.status.as_str(),
                    ],
                )
            });
        }
        ViewKind::Plans => s.plans.retain(|r| {
            let p = &r.plan;
            matches(&t, p.id, &[&p.name, &p.services.join(","), p.status.as_str()])
        }),
        // Filtered in their queries.
        ViewKind::Incidents
        | ViewKind::Requests
        | ViewKind::Problems
        | ViewKind::Knowledge
        | ViewKind::Reports
        | ViewKind::Quality => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_matches_a_field_or_the_id() {
        assert!(matches("", 1, &[]));
        assert!(matches("core", 4, &["Core switch firmware"]));
        assert!(matches("4", 4, &["x"]));
        assert!(matches("chg#4", 4, &["x"]));
        assert!(!matches("40", 4, &["x"]));
        assert!(!matches("db", 4, &["Core switch"]));
    }
}
