//! The console's own settings: the incident queue's saved filters (issue 19, gh-dash's
//! sections), one key each.

use serde::{Deserialize, Serialize};

use super::Config;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ConsoleSettings {
    pub filters: Vec<SavedFilter>,
}

/// One saved filter of the open queue: every term given must hold.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SavedFilter {
    /// Shown in the header while it is on.
    pub name: String,
    /// The key that puts it on (the console checks it is free in the keymap).
    pub key: String,
    /// "me" (whoever is at the console), "none" (unowned) or a login; "" any owner.
    #[serde(default)]
    pub owner: String,
    /// The lowest priority shown, 1-4 (2: P1 and P2); 0 any.
    #[serde(default)]
    pub priority: u8,
    /// Only incidents with a duty past its deadline.
    #[serde(default)]
    pub missed: bool,
}

impl Config {
    /// Each saved filter named, keyed once, and with a priority there is.
    pub(super) fn validate_console(&self) -> Result<(), (String, String)> {
        let mut keys = std::collections::HashMap::new();
        for (i, f) in self.console.filters.iter().enumerate() {
            let at = format!("console.filters[{i}]");
            if f.name.trim().is_empty() {
                return Err((format!("{at}.name"), "a saved filter needs a name".into()));
            }
            if f.key.trim().is_empty() {
                return Err((format!("{at}.key"), "a saved filter needs a key".into()));
            }
            if let Some(other) = keys.insert(f.key.trim(), &f.name) {
                return Err((
                    format!("{at}.key"),
                    format!("key {:?} is also the key of saved filter {other:?}", f.key),
                ));
            }
            if f.priority > 4 {
                return Err((
                    format!("{at}.priority"),
                    "must be 1 to 4 (the lowest priority shown) or 0 (any)".into(),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::Config;
    use std::path::Path;

    #[test]
    fn a_saved_filter_mistake_names_file_line_and_key() {
        let cases = [
            (
                "[[console.filters]]\nname = \"a\"\nkey = \"f6\"\n[[console.filters]]\nname = \"b\"\nkey = \"f6\"\n",
                6,
                "console.filters[1].key",
                "also the key of saved filter \"a\"",
            ),
            (
                "[[console.filters]]\nname = \"a\"\nkey = \"f6\"\npriority = 5\n",
                4,
                "console.filters[0].priority",
                "must be 1 to 4",
            ),
            (
                "[[console.filters]]\nname = \"\"\nkey = \"f6\"\n",
                2,
                "console.filters[0].name",
                "needs a name",
            ),
        ];
        for (text, line, key, fragment) in cases {
            let e = Config::from_text(text, Path::new("/etc/opsdesk/config.toml"), true).unwrap_err();
            assert_eq!(e.line, Some(line), "{text}: {e}");
            assert_eq!(e.key.as_deref(), Some(key), "{text}: {e}");
            assert!(e.to_string().contains(fragment), "{e}");
        }
        // A desk's own list replaces the defaults whole.
        let own = "[[console.filters]]\nname = \"billing\"\nkey = \"f10\"\nowner = \"none\"\n";
        let c = Config::from_text(own, Path::new("/etc/opsdesk/config.toml"), true).unwrap();
        assert_eq!(c.console.filters.len(), 1);
        assert_eq!(c.console.filters[0].owner, "none");
    }
}
