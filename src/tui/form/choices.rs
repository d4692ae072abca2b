//! Chosen inputs (issue 19 item 11): the directory's values offered under a service, department
//! or person field as it is typed, and an unknown one refused with the known ones where the
//! value must be one of them (a service, a requesting department, a person a record goes to).

use super::{F, Field, FieldId, FieldKind, Form};
use crate::tui::i18n::Strings;

/// What the directory holds, read when the console starts: the desk's services (config
/// `[incident] services`), its departments (code, name) and its people (login, name).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    pub services: Vec<String>,
    pub depts: Vec<(String, String)>,
    pub people: Vec<(String, String)>,
}

/// How many values show under a field at once.
pub const SHOWN: usize = 5;

impl Choices {
    /// The read directory: services from `config`, departments and people from the store.
    pub fn read(desk: &mut crate::ops::Desk) -> anyhow::Result<Choices> {
        let services = desk.config.incident.services.clone();
        let (depts, people) = desk.store.read(|tx| {
            let depts = crate::store::departments::list(tx)?
                .into_iter()
                .map(|d| (d.code, d.name))
                .collect();
            let mut people = Vec::new();
            let mut after = 0;
            loop {
                let page = crate::store::users::scan(tx, after, 500)?;
                let Some(last) = page.last() else { break };
                after = last.id;
                people.extend(page.into_iter().map(|u| (u.login, u.name)));
            }
            Ok((depts, people))
        })?;
        Ok(Choices {
            services,
            depts,
            people,
        })
    }

    /// The values field `id` offers (value, label), and whether any other is refused.
    pub fn for_field(&self, id: &FieldId) -> Option<(Vec<(String, String)>, bool)> {
        let FieldId::Named(f) = id else { return None };
        let pairs = |v: &[(String, String)]| v.to_vec();
        let (values, strict) = match f {
            F::Service => (self.services.iter().map(|s| (s.clone(), String::new())).collect(), true),
            F::RequestDept => (pairs(&self.depts), true),
            F::To => (pairs(&self.people), true),
            // A customer may stand where a department does; an account may be for someone new.
            F::Dept => (
                self.depts.iter().map(|(_, n)| (n.clone(), String::new())).collect(),
                false,
            ),
            F::Person | F::Operator | F::InCharge | F::ConfirmedBy | F::By => (pairs(&self.people), false),
            _ => return None,
        };
        (!Vec::is_empty(&values)).then_some((values, strict))
    }

    /// The values matching what is typed: those it starts, then those it is inside of (value or
    /// label, any case); none once it is exactly one of them.
    pub fn matches(&self, id: &FieldId, typed: &str) -> Vec<(String, String)> {
        let Some((values, _)) = self.for_field(id) else {
            return Vec::new();
        };
        let t = typed.trim().to_lowercase();
        if values.iter().any(|(v, _)| v.to_lowercase() == t) {
            return Vec::new();
        }
        let starts = |(v, l): &&(String, String)| v.to_lowercase().starts_with(&t) || l.to_lowercase().starts_with(&t);
        let inside = |(v, l): &&(String, String)| v.to_lowercase().contains(&t) || l.to_lowercase().contains(&t);
        let mut out: Vec<_> = values.iter().filter(starts).cloned().collect();
        out.extend(values.iter().filter(|p| !starts(p) && inside(p)).cloned());
        out
    }
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
            kind: FieldKind::Text { input, .. },
            error,
            ..
        }) = self.fields.get_mut(self.focus)
        {
            *input = crate::tui::input::LineInput::new(value);
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
            let typed = input.text().trim().to_lowercase();
            if typed.is_empty() || values.iter().any(|(v, _)| v.to_lowercase() == typed) {
                continue;
            }
            let known: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
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
mod tests {
    use super::*;
    use crate::tui::i18n::Lang;

    fn choices() -> Choices {
        Choices {
            services: vec!["billing".into(), "crm".into(), "sms-gateway".into()],
            depts: vec![
                ("CS".into(), "客户服务中心".into()),
                ("NOC".into(), "网络运维中心".into()),
            ],
            people: vec![("lilei".into(), "李雷".into())],
        }
    }

    #[test]
    fn values_start_then_contain_and_none_once_exact() {
        let c = choices();
        let svc = FieldId::Named(F::Service);
        let got: Vec<String> = c.matches(&svc, "b").into_iter().map(|p| p.0).collect();
        assert_eq!(got, ["billing"]);
        let got: Vec<String> = c.matches(&svc, "g").into_iter().map(|p| p.0).collect();
        assert_eq!(got, ["billing", "sms-gateway"], "inside of, after none starts with it");
        assert!(c.matches(&svc, "CRM").is_empty(), "exactly one of them");
        let dept = FieldId::Named(F::RequestDept);
        assert_eq!(c.matches(&dept, "客户")[0].0, "CS", "by the label too");
        assert!(c.matches(&FieldId::Named(F::Title), "b").is_empty());
        assert!(
            Choices::default().for_field(&svc).is_none(),
            "nothing listed: nothing offered"
        );
    }

    #[test]
    fn tab_takes_the_highlighted_value_and_an_unknown_service_is_refused_with_the_list() {
        let s = Strings::new(Lang::En);
        let c = choices();
        let mut f = Form::new_incident(&s);
        f.focus = 1;
        assert!(f.offered(&c).0.is_empty(), "nothing typed: nothing in the way");
        if let FieldKind::Text { input, .. } = &mut f.fields[1].kind {
            *input = crate::tui::input::LineInput::new("g");
        }
        assert_eq!(f.offered(&c).0.len(), 2);
        assert!(f.move_pick(&c, true));
        assert!(f.take_offered(&c));
        assert_eq!(f.text_of(F::Service), "sms-gateway");
        assert!(f.offered(&c).0.is_empty());
        assert!(f.check_choices(&c, &s));
        if let FieldKind::Text { input, .. } = &mut f.fields[1].kind {
            *input = crate::tui::input::LineInput::new("计费");
        }
        f.focus = 0;
        assert!(!f.check_choices(&c, &s));
        assert_eq!(f.focus, 1);
        let err = f.fields[1].error.clone().unwrap();
        assert!(err.contains("billing, crm, sms-gateway"), "{err}");
    }
}
