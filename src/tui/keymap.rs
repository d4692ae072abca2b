//! Keys → action names. The built-in `assets/default-keymap.toml` with the desk's `keymap.toml`
//! laid over it. An unknown action, an unreadable key or a key bound twice stops the console at
//! start with file:line.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use toml::de::{DeTable, DeValue};

use super::action::Action;
use crate::config::toml_error::{ConfigError, line_of};

pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/default-keymap.toml");

/// One key press, normalised: a character's case carries the shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyPress {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl KeyPress {
    pub fn from_event(e: &KeyEvent) -> KeyPress {
        let mut mods = e.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match e.code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                // Ctrl-letters arrive lower or upper case depending on the terminal.
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        KeyPress { code, mods }
    }

    /// `ctrl-d`, `G`, `pagedown`, `g`.
    pub fn parse(s: &str) -> Option<KeyPress> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-") {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-") {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("shift-") {
                mods |= KeyModifiers::SHIFT;
                rest = r;
            } else {
                break;
            }
        }
        let named = match rest {
            "enter" => Some(KeyCode::Enter),
            "esc" => Some(KeyCode::Esc),
            "tab" => Some(KeyCode::Tab),
            "backtab" => Some(KeyCode::BackTab),
            "space" => Some(KeyCode::Char(' ')),
            "up" => Some(KeyCode::Up),
            "down" => Some(KeyCode::Down),
            "left" => Some(KeyCode::Left),
            "right" => Some(KeyCode::Right),
            "home" => Some(KeyCode::Home),
            "end" => Some(KeyCode::End),
            "pageup" => Some(KeyCode::PageUp),
            "pagedown" => Some(KeyCode::PageDown),
            "backspace" => Some(KeyCode::Backspace),
            "delete" => Some(KeyCode::Delete),
            "insert" => Some(KeyCode::Insert),
            _ => None,
        };
        let code = match named {
            Some(c) => c,
            None => {
                if let Some(n) = rest
                    .strip_prefix('f')
                    .and_then(|n| n.parse::<u8>().ok())
                    .filter(|n| (1..=12).contains(n))
                {
                    KeyCode::F(n)
                } else {
                    let mut chars = rest.chars();
                    let c = chars.next()?;
                    if chars.next().is_some() || c.is_control() {
                        return None;
                    }
                    KeyCode::Char(c)
                }
            }
        };
        // Normalise as from_event does, so parsed and pressed keys compare equal.
        Some(KeyPress::from_event(&KeyEvent::new(code, mods)))
    }
}

impl fmt::Display for KeyPress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("enter"),
            KeyCode::Esc => f.write_str("esc"),
            KeyCode::Tab => f.write_str("tab"),
            KeyCode::BackTab => f.write_str("shift-tab"),
            KeyCode::Up => f.write_str("up"),
            KeyCode::Down => f.write_str("down"),
            KeyCode::Left => f.write_str("left"),
            KeyCode::Right => f.write_str("right"),
            KeyCode::Home => f.write_str("home"),
            KeyCode::End => f.write_str("end"),
            KeyCode::PageUp => f.write_str("pgup"),
            KeyCode::PageDown => f.write_str("pgdn"),
            KeyCode::Backspace => f.write_str("backspace"),
            KeyCode::Delete => f.write_str("del"),
            KeyCode::F(n) => write!(f, "f{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

pub type KeySeq = Vec<KeyPress>;

fn seq_text(seq: &[KeyPress]) -> String {
    seq.iter().map(|k| k.to_string()).collect::<Vec<_>>().join(" ")
}

#[derive(Clone, Debug)]
pub struct Keymap {
    bindings: HashMap<KeySeq, Action>,
    /// Each action's keys in the order written, for help and footer.
    keys: HashMap<Action, Vec<KeySeq>>,
}

/// What a run of key presses means so far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lookup {
    Action(Action),
    /// The start of a longer sequence: wait for the next key.
    Pending,
    Unbound,
}

/// One file's bindings with the line of each.
struct Parsed {
    actions: Vec<(Action, Vec<KeySeq>, u32)>,
}

fn error(file: &str, text: &str, at: usize, key: &str, message: String) -> ConfigError {
    ConfigError {
        file: file.to_string(),
        line: Some(line_of(text, at)),
        key: Some(key.to_string()),
        message,
    }
}

fn parse_file(file: &str, text: &str) -> Result<Parsed, ConfigError> {
    let doc = DeTable::parse(text).map_err(|e| ConfigError::syntax(Path::new(file), text, &e))?;
    let mut actions = Vec::new();
    let mut seen: HashMap<KeySeq, String> = HashMap::new();
    for (top, value) in doc.get_ref() {
        let DeValue::Table(table) = value.get_ref() else {
            return Err(error(
                file,
                text,
                top.span().start,
                top.get_ref(),
                "expected the [keys] table".into(),
            ));
        };
        if top.get_ref().as_ref() != "keys" {
            return Err(error(
                file,
                text,
                top.span().start,
                top.get_ref(),
                "unknown table; the keymap has only [keys]".into(),
            ));
        }
        for (name, keys) in table {
            let name_text = name.get_ref().as_ref();
            let key_path = format!("keys.{name_text}");
            let at = name.span().start;
            let action = Action::from_name(name_text).ok_or_else(|| {
                error(
                    file,
                    text,
                    at,
                    &key_path,
                    format!("unknown action {name_text:?} (see the help screen, ?, for the names)"),
                )
            })?;
            let specs: Vec<(String, usize)> = match keys.get_ref() {
                DeValue::String(s) => vec![(s.to_string(), keys.span().start)],
                DeValue::Array(items) => items
                    .iter()
                    .map(|i| match i.get_ref() {
                        DeValue::String(s) => Ok((s.to_string(), i.span().start)),
                        _ => Err(error(
                            file,
                            text,
                            i.span().start,
                            &key_path,
                            "keys are strings like \"ctrl-d\"".into(),
                        )),
                    })
                    .collect::<Result<_, _>>()?,
                _ => {
                    return Err(error(
                        file,
                        text,
                        keys.span().start,
                        &key_path,
                        "expected a key or a list of keys".into(),
                    ));
                }
            };
            let mut seqs = Vec::new();
            for (spec, pos) in specs {
                let seq: Option<KeySeq> = spec.split_whitespace().map(KeyPress::parse).collect();
                let seq = seq.filter(|s| !s.is_empty()).ok_or_else(|| {
                    error(
                        file,
                        text,
                        pos,
                        &key_path,
                        format!("cannot read key {spec:?} (e.g. \"j\", \"ctrl-d\", \"pagedown\", \"g g\")"),
                    )
                })?;
                if let Some(other) = seen.get(&seq) {
                    return Err(error(
                        file,
                        text,
                        pos,
                        &key_path,
                        format!("key {spec:?} is bound twice: also to {other}"),
                    ));
                }
                seen.insert(seq.clone(), name_text.to_string());
                seqs.push(seq);
            }
            actions.push((action, seqs, line_of(text, at)));
        }
    }
    Ok(Parsed { actions })
}

impl Keymap {
    pub fn defaults() -> Keymap {
        Keymap::build(DEFAULT_KEYMAP, None).unwrap_or_else(|e| panic!("the built-in keymap is invalid: {e}"))
    }

    /// The defaults with the file at `path` (if it exists) laid over.
    pub fn load(path: &Path) -> Result<Keymap, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Keymap::build(DEFAULT_KEYMAP, Some((&path.display().to_string(), &text))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::defaults()),
            Err(e) => Err(ConfigError::io(path, &e)),
        }
    }

    fn build(defaults: &str, overlay: Option<(&str, &str)>) -> Result<Keymap, ConfigError> {
        let base = parse_file("<built-in keymap>", defaults)?;
        let mut keys: HashMap<Action, Vec<KeySeq>> = base.actions.into_iter().map(|(a, k, _)| (a, k)).collect();
        let mut user_lines: HashMap<KeySeq, (u32, Action)> = HashMap::new();
        if let Some((file, text)) = overlay {
            let user = parse_file(file, text)?;
            for (action, seqs, line) in user.actions {
                for seq in &seqs {
                    for (_, list) in keys.iter_mut() {
                        list.retain(|s| s != seq);
                    }
                    user_lines.insert(seq.clone(), (line, action));
                }
                keys.insert(action, seqs);
            }
            // A sequence that starts another would make the longer one unreachable.
            let all: Vec<(KeySeq, Action)> = keys
                .iter()
                .flat_map(|(a, l)| l.iter().map(move |s| (s.clone(), *a)))
                .collect();
            for (seq, action) in &all {
                for (other, other_action) in &all {
                    if other.len() > seq.len() && other.starts_with(seq) {
                        let (line, _) = user_lines
                            .get(seq)
                            .or_else(|| user_lines.get(other))
                            .copied()
                            .unwrap_or((0, *action));
                        return Err(ConfigError {
                            file: file.to_string(),
                            line: (line > 0).then_some(line),
                            key: Some(format!("keys.{}", action.name())),
                            message: format!(
                                "key {:?} is bound twice: it is also the start of {:?} ({})",
                                seq_text(seq),
                                seq_text(other),
                                other_action.name()
                            ),
                        });
                    }
                }
            }
        }
        let mut bindings = HashMap::new();
        for (action, list) in &keys {
            for seq in list {
                bindings.insert(seq.clone(), *action);
            }
        }
        Ok(Keymap { bindings, keys })
    }

    pub fn lookup(&self, pressed: &[KeyPress]) -> Lookup {
        if let Some(a) = self.bindings.get(pressed) {
            return Lookup::Action(*a);
        }
        if self
            .bindings
            .keys()
            .any(|s| s.len() > pressed.len() && s.starts_with(pressed))
        {
            return Lookup::Pending;
        }
        Lookup::Unbound
    }

    /// The keys of an action as shown to people: `j/down`.
    pub fn keys_text(&self, action: Action) -> String {
        self.keys
            .get(&action)
            .map(|l| l.iter().map(|s| seq_text(s)).collect::<Vec<_>>().join("/"))
            .unwrap_or_default()
    }

    /// The first key of an action, for the footer.
    pub fn first_key(&self, action: Action) -> Option<String> {
        self.keys.get(&action).and_then(|l| l.first()).map(|s| seq_text(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: char) -> KeyPress {
        KeyPress::from_event(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
    }

    #[test]
    fn defaults_bind_every_action() {
        let k = Keymap::defaults();
        for a in Action::ALL {
            assert!(k.first_key(*a).is_some(), "{} has no key", a.name());
        }
    }

    #[test]
    fn sequences_wait_for_their_next_key() {
        let k = Keymap::defaults();
        assert_eq!(k.lookup(&[press('g')]), Lookup::Pending);
        assert_eq!(k.lookup(&[press('g'), press('g')]), Lookup::Action(Action::Top));
        assert_eq!(k.lookup(&[press('j')]), Lookup::Action(Action::Down));
        assert_eq!(k.lookup(&[press('Q')]), Lookup::Action(Action::ViewReports));
        assert_eq!(k.lookup(&[press('i')]), Lookup::Action(Action::ViewQuality));
        assert_eq!(k.lookup(&[press('#')]), Lookup::Unbound);
        let shifted = KeyPress::from_event(&KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(k.lookup(&[shifted]), Lookup::Action(Action::Bottom));
        let ctrl = KeyPress::from_event(&KeyEvent::new(
            KeyCode::Char('D'),
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        ));
        assert_eq!(k.lookup(&[ctrl]), Lookup::Action(Action::PageDown));
    }

    #[test]
    fn an_overlay_replaces_an_actions_keys_and_takes_the_key_from_others() {
        let k = Keymap::build(
            DEFAULT_KEYMAP,
            Some(("keymap.toml", "[keys]\nrestore = \"ctrl-s\"\nnote = \"r\"\n")),
        )
        .unwrap();
        assert_eq!(k.lookup(&[press('r')]), Lookup::Action(Action::Note));
        assert_eq!(k.keys_text(Action::Restore), "ctrl-s");
        assert_eq!(k.lookup(&[press('m')]), Lookup::Unbound);
    }

    #[test]
    fn mistakes_are_refused_with_file_line_and_key() {
        let cases = [
            ("[keys]\ndown = \"j\"\nfly = \"f\"\n", 3, "keys.fly", "unknown action"),
            (
                "[keys]\ndown = \"j\"\nup = [\"k\", \"j\"]\n",
                3,
                "keys.up",
                "bound twice",
            ),
            ("[keys]\ndown = \"ctrl-\"\n", 2, "keys.down", "cannot read key"),
            ("[keys]\ntop = \"z\"\nbottom = \"z z\"\n", 2, "keys.top", "bound twice"),
            ("[mouse]\nx = 1\n", 1, "mouse", "unknown table"),
            ("[keys]\ndown = 3\n", 2, "keys.down", "expected a key"),
            ("[keys\n", 1, "keys", "not valid TOML"),
        ];
        for (text, line, key, fragment) in cases {
            let err = Keymap::build(DEFAULT_KEYMAP, Some(("/home/li/.config/opsdesk/keymap.toml", text))).unwrap_err();
            assert_eq!(err.line, Some(line), "{text:?}: {err}");
            assert_eq!(err.key.as_deref(), Some(key), "{text:?}: {err}");
            assert!(err.to_string().contains(fragment), "{text:?}: {err}");
            assert!(
                err.to_string()
                    .starts_with(&format!("/home/li/.config/opsdesk/keymap.toml:{line}:")),
                "{err}"
            );
        }
    }

    #[test]
    fn keys_parse_and_print() {
        for (spec, shown) in [
            ("ctrl-d", "ctrl-d"),
            ("G", "G"),
            ("pagedown", "pgdn"),
            ("f5", "f5"),
            ("space", "space"),
            ("?", "?"),
        ] {
            assert_eq!(KeyPress::parse(spec).unwrap().to_string(), shown, "{spec}");
        }
        for bad in ["", "ctrl-", "ab", "f13"] {
            assert!(KeyPress::parse(bad).is_none(), "{bad}");
        }
    }
}
