//! Errors in TOML files the desk writes (config, keymap), located to file, line and key.

use std::fmt;
use std::path::Path;

use toml::de::{DeTable, DeValue};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    pub line: Option<u32>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(key) = &self.key {
            write!(f, "key `{key}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    pub fn io(path: &Path, err: &std::io::Error) -> ConfigError {
        ConfigError {
            file: path.display().to_string(),
            line: None,
            key: None,
            message: format!("cannot read: {err}"),
        }
    }

    /// A file that is not TOML at all.
    pub fn syntax(path: &Path, text: &str, err: &toml::de::Error) -> ConfigError {
        let line = err.span().map(|s| line_of(text, s.start));
        let key = line.and_then(|l| key_on_line(text, l));
        ConfigError {
            file: path.display().to_string(),
            line,
            key,
            message: format!("not valid TOML: {}", err.message().trim()),
        }
    }

    /// A TOML file whose keys or values do not fit the expected shape.
    pub fn from_path_error(path: &Path, text: &str, err: &serde_path_to_error::Error<toml::de::Error>) -> ConfigError {
        let message = err.inner().message().trim().to_string();
        let mut key = err.path().to_string();
        if key == "." {
            key.clear();
        }
        // An unknown key is reported at its parent; name the key itself.
        if let Some(unknown) = between(&message, "unknown field `", "`")
            && !key.ends_with(unknown)
        {
            key = if key.is_empty() {
                unknown.to_string()
            } else {
                format!("{key}.{unknown}")
            };
        }
        ConfigError {
            file: path.display().to_string(),
            line: locate_key(text, &key),
            key: (!key.is_empty()).then_some(key),
            message,
        }
    }
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let len = s[from..].find(end)?;
    Some(&s[from..from + len])
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let upto = text.get(..end).unwrap_or(text);
    upto.matches('\n').count() as u32 + 1
}

/// The key written on a line (`name = …` or `[table]`), for syntax errors.
fn key_on_line(text: &str, line: u32) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)? as usize)?.trim();
    let k = if let Some(rest) = l.strip_prefix('[') {
        rest.trim_start_matches('[').split(']').next()?.trim()
    } else {
        l.split('=').next()?.trim()
    };
    (!k.is_empty()).then(|| k.to_string())
}

/// The line on which a dotted key (`escalation.manager_minutes`, `calendar.years[0].off`) is
/// written in `text`. When the key itself is not in the file, the nearest enclosing table that is.
pub fn locate_key(text: &str, dotted: &str) -> Option<u32> {
    let doc = DeTable::parse(text).ok()?;
    let segments = split_path(dotted);
    let mut best = None;
    let mut table = doc.get_ref();
    let mut value: Option<&toml::Spanned<DeValue>> = None;
    for seg in &segments {
        let found = match (seg, value.map(|v| v.get_ref())) {
            (Seg::Index(i), Some(DeValue::Array(items))) => items.get(*i),
            (Seg::Key(k), _) => {
                if let Some(DeValue::Table(t)) = value.map(|v| v.get_ref()) {
                    table = t;
                }
                table
                    .iter()
                    .find(|(key, _)| key.get_ref().as_ref() == *k)
                    .map(|(key, v)| {
                        best = Some(line_of(text, key.span().start));
                        v
                    })
            }
            _ => None,
        };
        match found {
            Some(v) => {
                if matches!(seg, Seg::Index(_)) {
                    best = Some(line_of(text, v.span().start));
                }
                value = Some(v);
            }
            None => break,
        }
    }
    best
}

enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

fn split_path(dotted: &str) -> Vec<Seg<'_>> {
    let mut out = Vec::new();
    for part in dotted.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(k) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Seg::Key(k));
        }
        for idx in pieces {
            if let Ok(i) = idx.trim_end_matches(']').parse() {
                out.push(Seg::Index(i));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_nested_and_array_keys() {
        let text = "[a]\nx = 1\n\n[[b.c]]\ny = 2\n\n[[b.c]]\ny = 3\nz = 4\n";
        assert_eq!(locate_key(text, "a.x"), Some(2));
        assert_eq!(locate_key(text, "b.c[1].z"), Some(9));
        assert_eq!(locate_key(text, "a.missing"), Some(1));
        assert_eq!(locate_key(text, "nothing"), None);
    }
}
