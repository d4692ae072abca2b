//! Merging two services from the console (issue 19): the one merged and the one kept, each a
//! service field (offered as typed, an unknown one refused with the list), as
//! `opsdesk service merge FROM INTO` takes them.

use super::{F, Field, FieldId, FieldKind, Form, FormKind, text};
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

impl Form {
    /// Merge a service into another (an admin): what was typed as `计费` and as `billing` becomes
    /// one service.
    pub fn merge_service(s: &Strings) -> Form {
        let fields = vec![
            Field {
                label: s.t("merge_form.from").to_string(),
                ..text(s, F::Service, true)
            },
            Field {
                label: s.t("merge_form.into").to_string(),
                ..text(s, F::Service, true)
            },
        ];
        Form::new(s, FormKind::MergeService, "merge_form.title", None, fields)
    }

    /// The merge as typed: the services are the form's two service fields, in order.
    pub(super) fn merge_command(&self) -> Option<Command> {
        let typed: Vec<String> = self
            .fields
            .iter()
            .filter(|f| f.id == FieldId::Named(F::Service))
            .filter_map(|f| match &f.kind {
                FieldKind::Text { input, .. } => Some(crate::text::normalize(&input.text())),
                _ => None,
            })
            .collect();
        match typed.as_slice() {
            [from, into] => Some(Command::MergeService {
                from: from.clone(),
                into: into.clone(),
            }),
            _ => None,
        }
    }
}
