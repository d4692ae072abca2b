//! The kinds of field a form is built from: text (prose gets the multi-line editor), a time, a choice,
//! a toggle, a checklist figure.

use super::{Editor, F, Field, FieldId, FieldKind};
use crate::tui::i18n::Strings;
use crate::tui::input::LineInput;

/// Fields that hold prose: they keep line breaks (a pasted log, a three-line note).
const PROSE: &[F] = &[
    F::Background,
    F::Body,
    F::Cause,
    F::Description,
    F::Difficulty,
    F::Failed,
    F::Late,
    F::Measures,
    F::Note,
    F::Notes,
    F::Reason,
    F::Remark,
    F::Remaining,
    F::ReviewNote,
    F::Scenario,
    F::Significance,
    F::Simulated,
    F::Steps,
    F::Text,
    F::What,
    F::Why,
    F::WorkDone,
    F::Worked,
];

/// A text field; one of `PROSE` gets the multi-line editor.
pub(super) fn text(s: &Strings, id: F, required: bool) -> Field {
    let kind = if PROSE.contains(&id) {
        FieldKind::Prose(Box::default())
    } else {
        FieldKind::Text {
            input: LineInput::default(),
            time: false,
        }
    };
    Field {
        id: FieldId::Named(id),
        label: s.t(&format!("field.{}", id.word())).to_string(),
        hint: String::new(),
        kind,
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
    match &mut f.kind {
        FieldKind::Text { input, .. } => *input = LineInput::new(value),
        FieldKind::Prose(editor) => **editor = Editor::new(value),
        _ => {}
    }
    f
}
