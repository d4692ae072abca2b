//! The kinds of field a form is built from: text (prose keeps its line breaks), a time, a choice,
//! a toggle, a checklist figure.

use super::{F, Field, FieldId, FieldKind};
use crate::tui::i18n::Strings;
use crate::tui::input::LineInput;

/// Fields that hold prose: they keep line breaks (a pasted log, a three-line note).
const PROSE: &[F] = &[
    F::Background,
    F::Body,
    F::Cause,
    F::Description,
    F::Note,
    F::Notes,
    F::Reason,
    F::Remark,
    F::ReviewNote,
    F::Text,
    F::What,
    F::Why,
    F::WorkDone,
];

pub(super) fn text(s: &Strings, id: F, required: bool) -> Field {
    let input = if PROSE.contains(&id) {
        LineInput::default().multiline()
    } else {
        LineInput::default()
    };
    Field {
        id: FieldId::Named(id),
        label: s.t(&format!("field.{}", id.word())).to_string(),
        hint: String::new(),
        kind: FieldKind::Text { input, time: false },
        required,
        error: None,
    }
}

pub(super) fn time(s: &Strings, id: F, hint_key: &str) -> Field {
    Field {
        hint: s.t(hint_key).to_string(),
        kind: FieldKind::Text {
            input: LineInput::default(),
            time: true,
        },
        ..text(s, id, false)
    }
}

pub(super) fn choice(s: &Strings, id: F, options: Vec<(String, String)>, idx: usize) -> Field {
    Field {
        kind: FieldKind::Choice { options, idx },
        ..text(s, id, false)
    }
}

pub(super) fn toggle(s: &Strings, id: F, on: bool) -> Field {
    Field {
        kind: FieldKind::Toggle(on),
        ..text(s, id, false)
    }
}

/// A figure of a checklist item (B4), required, labelled with its name.
pub(super) fn figure(name: &str, value: &str) -> Field {
    Field {
        id: FieldId::Figure(name.to_string()),
        label: name.to_string(),
        hint: String::new(),
        kind: FieldKind::Text {
            input: LineInput::new(value),
            time: false,
        },
        required: true,
        error: None,
    }
}

/// How a notice went out.
pub(super) fn channel(s: &Strings) -> Field {
    let options = ["email", "sms", "phone", "in-person"]
        .iter()
        .map(|c| (c.to_string(), s.t(&format!("channel_out.{c}")).to_string()))
        .collect();
    choice(s, F::SentBy, options, 0)
}

pub(super) fn with_text(mut f: Field, value: &str) -> Field {
    if let FieldKind::Text { input, .. } = &mut f.kind {
        let multiline = input.is_multiline();
        *input = LineInput::new(value);
        if multiline {
            *input = std::mem::take(input).multiline();
        }
    }
    f
}
