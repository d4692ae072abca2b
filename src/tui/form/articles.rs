//! The Knowledge view's forms (K1, I10): a new article (its body several lines of Markdown), a
//! case drafted from an incident, an update; each sends what `opsdesk article new` / `update`
//! does. Review, publish and retire are asked for with a confirmation instead (no fields).

use super::{F, Field, Form, FormKind, choice, text, with_text};
use crate::domain::article::{Article, ArticleKind, NewArticle, Revision};
use crate::ops::articles::Cmd;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

/// The kinds an article may be, the one given first.
fn kinds(s: &Strings, first: ArticleKind) -> Field {
    let mut all: Vec<ArticleKind> = ArticleKind::ALL.to_vec();
    all.sort_by_key(|k| *k != first);
    let options = all
        .iter()
        .map(|k| {
            (
                k.as_str().to_string(),
                s.t(&format!("article_kind.{}", k.as_str())).to_string(),
            )
        })
        .collect();
    choice(s, F::Kind, options, 0)
}

fn listed(hint: &str, f: Field, items: &[String]) -> Field {
    with_text(
        Field {
            hint: hint.to_string(),
            ..f
        },
        &items.join(", "),
    )
}

impl Form {
    /// K1: a new article; `draft` fills it in (a case made from an incident, I10).
    pub fn new_article(s: &Strings, draft: Option<&NewArticle>) -> Form {
        let empty = NewArticle {
            kind: ArticleKind::Faq,
            title: String::new(),
            body: String::new(),
            services: Vec::new(),
            categories: Vec::new(),
            incidents: Vec::new(),
        };
        let d = draft.unwrap_or(&empty);
        let ids: Vec<String> = d.incidents.iter().map(|i| i.to_string()).collect();
        let (services, categories) = (s.t("kb.hint_list"), s.t("kb.hint_categories"));
        let fields = vec![
            kinds(s, d.kind),
            with_text(text(s, F::Title, true), &d.title),
            with_text(text(s, F::Body, true), &d.body),
            listed(services, text(s, F::Services, false), &d.services),
            listed(categories, text(s, F::Categories, false), &d.categories),
            listed(s.t("kb.hint_incidents"), text(s, F::Incidents, false), &ids),
        ];
        let title = if draft.is_some() {
            "kb.form_case"
        } else {
            "kb.form_new_article"
        };
        let mut form = Form::new(s, FormKind::NewArticle, title, d.incidents.first().copied(), fields);
        form.touched = draft.is_some();
        form
    }

    /// K1: new words for an article, its present ones filled in.
    pub fn update_article(s: &Strings, a: &Article) -> Form {
        let (services, categories) = (s.t("kb.hint_list"), s.t("kb.hint_categories"));
        let fields = vec![
            with_text(text(s, F::Title, true), &a.title),
            with_text(text(s, F::Body, true), &a.body),
            listed(services, text(s, F::Services, false), &a.services),
            listed(categories, text(s, F::Categories, false), &a.categories),
        ];
        let mut form = Form::new(
            s,
            FormKind::UpdateArticle {
                id: a.id,
                version: a.version,
            },
            "kb.form_update_article",
            Some(a.id),
            fields,
        );
        // What was there, to send only what the user changed.
        form.subject = Some(revision_key(a));
        form
    }

    pub(super) fn is_article_form(&self) -> bool {
        matches!(self.kind, FormKind::NewArticle | FormKind::UpdateArticle { .. })
    }

    /// The command an article's form sends; `None` with the error at its field.
    pub(super) fn article_command(&mut self, s: &Strings) -> Option<Command> {
        match self.kind {
            FormKind::NewArticle => {
                let mut incidents = Vec::new();
                for item in self.list_of(F::Incidents) {
                    match super::problems::record_id(&item) {
                        Some(id) => incidents.push(id),
                        None => {
                            self.set_error(F::Incidents, s.t("kb.bad_incidents"));
                            return None;
                        }
                    }
                }
                let kind = ArticleKind::parse(&self.text_of(F::Kind)).unwrap_or(ArticleKind::Faq);
                Some(Command::NewArticle(NewArticle {
                    kind,
                    title: self.text_of(F::Title),
                    body: self.body(),
                    services: self.list_of(F::Services),
                    categories: self.list_of(F::Categories),
                    incidents,
                }))
            }
            FormKind::UpdateArticle { id, version } => {
                let was = self.subject.clone().unwrap_or_default();
                let now = Revision {
                    title: Some(self.text_of(F::Title)),
                    body: Some(self.body()),
                    services: Some(self.list_of(F::Services)),
                    categories: Some(self.list_of(F::Categories)),
                };
                let r = changed(&was, now);
                if r == Revision::default() {
                    self.error = Some(s.t("kb.nothing_changed").to_string());
                    return None;
                }
                Some(Command::Article {
                    id,
                    version,
                    cmd: Cmd::Update(r),
                })
            }
            _ => None,
        }
    }

    /// The body as typed, its lines kept (only its ends trimmed).
    fn body(&self) -> String {
        match self
            .fields
            .iter()
            .find(|f| f.id == super::FieldId::Named(F::Body))
            .map(|f| &f.kind)
        {
            Some(super::FieldKind::Text { input, .. }) => input.text().trim().to_string(),
            Some(super::FieldKind::Prose(editor)) => editor.text().trim().to_string(),
            _ => String::new(),
        }
    }
}

/// An article's words as one string (title, body, services, categories, unit-separated): what
/// an update form compares the typed words with.
fn revision_key(a: &Article) -> String {
    [
        a.title.as_str(),
        a.body.trim(),
        &a.services.join(","),
        &a.categories.join(","),
    ]
    .join("\u{1f}")
}

/// `now` without the fields that are as they `was` ([`revision_key`]).
fn changed(was: &str, now: Revision) -> Revision {
    let old: Vec<&str> = was.split('\u{1f}').collect();
    let same = |i: usize, v: &str| old.get(i).is_some_and(|o| *o == v);
    Revision {
        title: now.title.filter(|t| !same(0, t)),
        body: now.body.filter(|b| !same(1, b)),
        services: now.services.filter(|l| !same(2, &l.join(","))),
        categories: now.categories.filter(|l| !same(3, &l.join(","))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn k1_an_update_sends_only_what_changed() {
        let was = ["Billing stalls", "line 1\nline 2", "billing", "software"].join("\u{1f}");
        let now = Revision {
            title: Some("Billing stalls".into()),
            body: Some("line 1\nline 2\nline 3".into()),
            services: Some(vec!["billing".into()]),
            categories: Some(vec!["software".into(), "network".into()]),
        };
        assert_eq!(
            changed(&was, now),
            Revision {
                title: None,
                body: Some("line 1\nline 2\nline 3".into()),
                services: None,
                categories: Some(vec!["software".into(), "network".into()]),
            }
        );
    }
}
