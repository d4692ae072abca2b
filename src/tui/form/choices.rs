//! Chosen inputs (issue 19 item 11): the directory's values offered under a service, department
//! or person field as it is typed, and an unknown one refused with the known ones where the
//! value must be one of them (a service, a requesting department, a person a record goes to).
//! A field holding a list (a change's systems, an article's services: comma-separated) is
//! offered values for the term after its last comma, and each of its terms is checked.

use super::{F, Field, FieldId, FieldKind, Form};
use crate::tui::i18n::Strings;

pub use crate::ops::services::Directory;

/// What the forms offer: the directory's services (code, name in the console's language), every
/// word naming one of them (lower-case, with its code), its departments and its people.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    pub services: Vec<(String, String)>,
    pub service_words: Vec<(String, String)>,
    pub depts: Vec<(String, String)>,
    pub people: Vec<(String, String)>,
}

/// How many values show under a field at once.
pub const SHOWN: usize = 5;

impl Choices {
    /// What `dir` offers to a console in `lang`.
    pub fn of(dir: Directory, lang: crate::tui::i18n::Lang) -> Choices {
        let zh = lang == crate::tui::i18n::Lang::ZhCn;
        let mut services: Vec<(String, String)> = Vec::new();
        let mut service_words: Vec<(String, String)> = Vec::new();
        for s in &dir.services {
            let name = s.name_in(zh);
            let label = if name.to_lowercase() == s.code.to_lowercase() {
                String::new()
            } else {
                name.to_string()
            };
            services.push((s.code.clone(), label));
            service_words.extend(s.words().map(|w| (w.to_lowercase(), s.code.clone())));
        }
        for k in &dir.listed {
            let code = crate::text::normalize(k);
            if !services.iter().any(|(c, _)| c.to_lowercase() == code.to_lowercase()) {
                service_words.push((code.to_lowercase(), code.clone()));
                services.push((code, String::new()));
            }
        }
        Choices {
            services,
            service_words,
            depts: dir.depts,
            people: dir.people,
        }
    }

    /// The words that name `value` of field `id` besides its value and label (a service's other
    /// name and aliases).
    fn other_words<'a>(&'a self, id: &FieldId, value: &'a str) -> impl Iterator<Item = &'a str> {
        let service = names_services(id);
        self.service_words
            .iter()
            .filter(move |(_, code)| service && code == value)
            .map(|(w, _)| w.as_str())
    }

    /// True when `typed` names one of the values field `id` takes (a service by any of its words).
    fn names_one(&self, id: &FieldId, values: &[(String, String)], typed: &str) -> bool {
        values.iter().any(|(v, _)| v.to_lowercase() == typed)
            || (names_services(id) && self.service_words.iter().any(|(w, _)| w == typed))
    }

    /// The values field `id` offers (value, label), and whether any other is refused.
    pub fn for_field(&self, id: &FieldId) -> Option<(Vec<(String, String)>, bool)> {
        let FieldId::Named(f) = id else { return None };
        let pairs = |v: &[(String, String)]| v.to_vec();
        let (values, strict) = match f {
            F::Service | F::Systems | F::Services => (pairs(&self.services), true),
            F::RequestDept => (pairs(&self.depts), true),
            F::To => (pairs(&self.people), true),
            // A customer may stand where a department does; an account may be for someone new.
            F::Dept | F::Departments => (
                self.depts.iter().map(|(_, n)| (n.clone(), String::new())).collect(),
                false,
            ),
            F::Person | F::Operator | F::InCharge | F::ConfirmedBy | F::By => (pairs(&self.people), false),
            _ => return None,
        };
        (!Vec::is_empty(&values)).then_some((values, strict))
    }

    /// The values matching what is typed (in a list, its last term): those it starts, then those
    /// it is inside of (value or label, any case); none once it is exactly one of them.
    pub fn matches(&self, id: &FieldId, typed: &str) -> Vec<(String, String)> {
        let Some((values, _)) = self.for_field(id) else {
            return Vec::new();
        };
        let typed = if is_list(id) { last_term(typed) } else { typed };
        let t = typed.trim().to_lowercase();
        if t.is_empty() {
            return Vec::new();
        }
        if values.iter().any(|(v, _)| v.to_lowercase() == t) {
            return Vec::new();
        }
        let starts = |(v, l): &&(String, String)| {
            v.to_lowercase().starts_with(&t)
                || l.to_lowercase().starts_with(&t)
                || self.other_words(id, v).any(|w| w.starts_with(&t))
        };
        let inside = |(v, l): &&(String, String)| {
            v.to_lowercase().contains(&t)
                || l.to_lowercase().contains(&t)
                || self.other_words(id, v).any(|w| w.contains(&t))
        };
        let mut out: Vec<_> = values.iter().filter(starts).cloned().collect();
        out.extend(values.iter().filter(|p| !starts(p) && inside(p)).cloned());
        out
    }
}

/// A field naming services by any of their words.
fn names_services(id: &FieldId) -> bool {
    matches!(id, FieldId::Named(F::Service | F::Systems | F::Services))
}

/// A field holding a comma-separated list (`billing, crm`; a Chinese comma too).
fn is_list(id: &FieldId) -> bool {
    matches!(id, FieldId::Named(F::Systems | F::Services | F::Departments))
}

/// The terms of a list as typed, trimmed, empty ones left out.
fn terms(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', '，']).map(str::trim).filter(|t| !t.is_empty())
}

/// The term after a list's last comma: the one being typed.
fn last_term(text: &str) -> &str {
    text.rsplit([',', '，']).next().unwrap_or(text)
}

/// `text` with its last term (or, for a single value, all of it) replaced by `value`.
fn with_last(id: &FieldId, text: &str, value: &str) -> String {
    if !is_list(id) {
        return value.to_string();
    }
    let before = text.len() - last_term(text).len();
    let mut out: Vec<&str> = terms(&text[..before]).collect();
    out.push(value);
    out.join(", ")
}

impl Form {
    /// The list shown under the focused field, and the highlighted row of it.
    pub fn offered(&self, choices: &Choices) -> (Vec<(String, String)>, usize) {
        match self.fields.get(self.focus) {
            Some(Field {
                id,
                kind: FieldKind::Text { input, time: false },
                ..
            }) if !input.is_empty() => {
                let m = choices.matches(id, &input.text());
                let pick = self.pick.min(m.len().saturating_sub(1));
                (m, pick)
            }
            _ => (Vec::new(), 0),
        }
    }

    /// Tab on a field offering values: the highlighted one is taken. False when nothing is
    /// offered (Tab then moves on).
    pub(super) fn take_offered(&mut self, choices: &Choices) -> bool {
        let (m, pick) = self.offered(choices);
        let Some((value, _)) = m.get(pick) else {
            return false;
        };
        if let Some(Field {
            id,
            kind: FieldKind::Text { input, .. },
            error,
            ..
        }) = self.fields.get_mut(self.focus)
        {
            *input = crate::tui::input::LineInput::new(&with_last(id, &input.text(), value));
            *error = None;
            self.touched = true;
            self.pick = 0;
        }
        true
    }

    /// Up/Down within the offered list; false when none is shown.
    pub(super) fn move_pick(&mut self, choices: &Choices, down: bool) -> bool {
        let (m, pick) = self.offered(choices);
        if m.is_empty() {
            return false;
        }
        self.pick = if down {
            (pick + 1) % m.len()
        } else {
            (pick + m.len() - 1) % m.len()
        };
        true
    }

    /// Refuse, at their fields, values that must be known and are not, naming the known ones.
    /// True when every such field is fine.
    pub fn check_choices(&mut self, choices: &Choices, s: &Strings) -> bool {
        let mut ok = true;
        for f in &mut self.fields {
            let (Some((values, true)), FieldKind::Text { input, .. }) = (choices.for_field(&f.id), &f.kind) else {
                continue;
            };
            let text = input.text();
            let typed: Vec<String> = if is_list(&f.id) {
                terms(&text).map(|t| crate::text::normalize(t).to_lowercase()).collect()
            } else {
                vec![crate::text::normalize(&text).to_lowercase()]
            };
            if typed
                .iter()
                .all(|t| t.is_empty() || choices.names_one(&f.id, &values, t))
            {
                continue;
            }
            let known: Vec<String> = values
                .iter()
                .map(|(v, l)| if l.is_empty() { v.clone() } else { format!("{v} ({l})") })
                .collect();
            f.error = Some(s.f("form.unknown_choice", &[("known", &known.join(", "))]));
            ok = false;
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
        ok
    }
}

#[cfg(test)]
mod tests;
