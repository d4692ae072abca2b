//! The config as layers: the built-in defaults, then each file read (the system's, then the
//! user's), each laid over the one before key by key. Every value knows the file that set it:
//! an error names that file, its line and the key, and `config show` says where each value
//! came from.

use std::path::{Path, PathBuf};

use super::settings::{Config, DEFAULT_CONFIG, merge};
use super::toml_error::{ConfigError, locate_key};

/// One file read.
#[derive(Clone, Debug)]
struct Layer {
    path: PathBuf,
    text: String,
    table: toml::Table,
}

/// The files read, lowest first.
#[derive(Clone, Debug, Default)]
pub struct Layers {
    layers: Vec<Layer>,
}

const DEFAULTS: &str = "<built-in defaults>";

impl Layers {
    /// Read `files` (lowest first) and lay them over the defaults. A missing file is skipped
    /// unless `required` (a file the user named must exist).
    pub fn read(files: &[PathBuf], required: bool) -> Result<(Config, Layers), ConfigError> {
        let mut layers = Vec::new();
        for path in files {
            match std::fs::read_to_string(path) {
                Ok(text) => {
                    let table: toml::Table = toml::from_str(&text).map_err(|e| ConfigError::syntax(path, &text, &e))?;
                    layers.push(Layer {
                        path: path.clone(),
                        text,
                        table,
                    });
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {}
                Err(e) => return Err(ConfigError::io(path, &e)),
            }
        }
        let layers = Layers { layers };
        let config = layers.build()?;
        Ok((config, layers))
    }

    /// Lay the user's own file `path` over the layers read so far, keeping only the keys that
    /// are theirs on the packaged desk ([`super::trusted::USER_KEYS`]); a missing file is
    /// skipped. Returns the effective config and one warning per key ignored.
    pub fn overlay_users_own(&mut self, path: Option<&Path>) -> Result<(Config, Vec<String>), ConfigError> {
        let Some(path) = path else {
            return Ok((self.build()?, Vec::new()));
        };
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((self.build()?, Vec::new())),
            Err(e) => return Err(ConfigError::io(path, &e)),
        };
        let mut table: toml::Table = toml::from_str(&text).map_err(|e| ConfigError::syntax(path, &text, &e))?;
        let warnings = super::trusted::keep_users_own(&mut table, &text, path);
        self.layers.push(Layer {
            path: path.to_path_buf(),
            text,
            table,
        });
        Ok((self.build()?, warnings))
    }

    /// The effective config, checked; an error is put on the file that set its key.
    fn build(&self) -> Result<Config, ConfigError> {
        let config: Config = serde_path_to_error::deserialize(toml::Value::Table(self.merged(self.layers.len())))
            .map_err(|e| self.place(ConfigError::from_path_error(Path::new(DEFAULTS), "", &e)))?;
        config.validate().map_err(|(key, message)| {
            let e = ConfigError {
                file: DEFAULTS.into(),
                line: None,
                key: Some(key),
                message,
            };
            match self.culprit() {
                Some(l) => put_on(e, l),
                None => self.place(e),
            }
        })?;
        Ok(config)
    }

    /// The defaults with the first `n` files laid over them.
    fn merged(&self, n: usize) -> toml::Table {
        let mut merged: toml::Table =
            toml::from_str(DEFAULT_CONFIG).unwrap_or_else(|e| panic!("the built-in default config is not TOML: {e}"));
        for l in &self.layers[..n] {
            merge(&mut merged, l.table.clone());
        }
        merged
    }

    /// The first file whose values make the config break a rule across keys (supervisor before
    /// manager): the files below it alone were fine, so it is the one to change.
    fn culprit(&self) -> Option<&Layer> {
        (1..=self.layers.len()).find_map(|n| {
            let ok = serde_path_to_error::deserialize::<_, Config>(toml::Value::Table(self.merged(n)))
                .is_ok_and(|c| c.validate().is_ok());
            (!ok).then(|| &self.layers[n - 1])
        })
    }

    /// Put an error about a key on the file that set it: the last that has it, else the last
    /// file read (a check across keys that one of them broke), else the defaults.
    fn place(&self, mut e: ConfigError) -> ConfigError {
        let key = e.key.clone().unwrap_or_default();
        match self.owner(&key).or(self.layers.last()) {
            Some(l) => put_on(e, l),
            None => {
                e.line = None;
                e
            }
        }
    }

    fn owner(&self, dotted: &str) -> Option<&Layer> {
        self.layers.iter().rev().find(|l| defines(&l.table, dotted))
    }

    /// The file that set `dotted` (`desk.database`), or None for a built-in default.
    pub fn origin(&self, dotted: &str) -> Option<&Path> {
        self.owner(dotted).map(|l| l.path.as_path())
    }

    /// The files read, lowest first.
    pub fn files(&self) -> Vec<PathBuf> {
        self.layers.iter().map(|l| l.path.clone()).collect()
    }

    /// Every effective value as one line of TOML (`desk.name = "…"`), each with the file and line
    /// that set it, or "built-in default".
    pub fn show(&self, config: &Config) -> Result<String, toml::ser::Error> {
        let value = toml::Value::try_from(config)?;
        let mut out = String::new();
        if let toml::Value::Table(t) = value {
            self.show_table(&t, "", &mut out);
        }
        Ok(out)
    }

    fn show_table(&self, t: &toml::Table, prefix: &str, out: &mut String) {
        for (key, value) in t {
            let dotted = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            if let toml::Value::Table(inner) = value {
                self.show_table(inner, &dotted, out);
                continue;
            }
            let from = match self.owner(&dotted) {
                Some(l) => match locate_key(&l.text, &dotted) {
                    Some(line) => format!("{}:{line}", l.path.display()),
                    None => l.path.display().to_string(),
                },
                None => "built-in default".into(),
            };
            out.push_str(&format!("{dotted} = {value}    # {from}\n"));
        }
    }
}

/// Name `l`'s file and the line of the error's key there; when the file does not set that key
/// (a rule across keys), the first line where it sets a key beside it in the same table.
fn put_on(mut e: ConfigError, l: &Layer) -> ConfigError {
    let key = e.key.clone().unwrap_or_default();
    e.file = l.path.display().to_string();
    let sibling = || {
        let (table, _) = key.rsplit_once('.')?;
        let mut t = &l.table;
        for part in table.split('.') {
            t = t.get(part)?.as_table()?;
        }
        t.keys()
            .filter_map(|k| locate_key(&l.text, &format!("{table}.{k}")))
            .min()
    };
    e.line = if defines(&l.table, &key) {
        locate_key(&l.text, &key)
    } else {
        sibling().or_else(|| locate_key(&l.text, &key))
    };
    e
}

/// Whether `table` holds the dotted key (`calendar.years[0].off`).
fn defines(table: &toml::Table, dotted: &str) -> bool {
    if dotted.is_empty() {
        return false;
    }
    let mut here: Option<&toml::Value> = None;
    let mut top = Some(table);
    for part in dotted.split('.') {
        let mut pieces = part.split('[');
        let name = pieces.next().unwrap_or_default();
        let found = match (top, here) {
            (Some(t), _) => t.get(name),
            (None, Some(toml::Value::Table(t))) => t.get(name),
            _ => None,
        };
        let Some(mut v) = found else { return false };
        for idx in pieces {
            let Ok(i) = idx.trim_end_matches(']').parse::<usize>() else {
                return false;
            };
            match v.as_array().and_then(|a| a.get(i)) {
                Some(item) => v = item,
                None => return false,
            }
        }
        here = Some(v);
        top = None;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layers(files: &[(&str, &str)]) -> (tempfile::TempDir, Vec<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let paths = files
            .iter()
            .map(|(name, text)| {
                let p = dir.path().join(name);
                std::fs::write(&p, text).unwrap();
                p
            })
            .collect();
        (dir, paths)
    }

    #[test]
    fn the_users_file_overlays_the_systems_key_by_key() {
        let (_dir, files) = layers(&[
            (
                "system.toml",
                "[desk]\nname = \"Shared\"\ndatabase = \"/srv/opsdesk/desk.db\"\n[escalation]\nsupervisor_minutes = 4\n",
            ),
            ("user.toml", "[desk]\nname = \"Mine\"\n"),
        ]);
        let (c, l) = Layers::read(&files, false).unwrap();
        assert_eq!(c.desk.name, "Mine");
        assert_eq!(c.desk.database, "/srv/opsdesk/desk.db");
        assert_eq!(c.escalation.supervisor_minutes, 4);
        assert_eq!(c.escalation.manager_minutes, 15);
        assert_eq!(l.origin("desk.name"), Some(files[1].as_path()));
        assert_eq!(l.origin("desk.database"), Some(files[0].as_path()));
        assert_eq!(l.origin("escalation.manager_minutes"), None);
        let shown = l.show(&c).unwrap();
        assert!(
            shown.contains(&format!("desk.name = \"Mine\"    # {}:2\n", files[1].display())),
            "{shown}"
        );
        assert!(
            shown.contains(&format!(
                "escalation.supervisor_minutes = 4    # {}:5\n",
                files[0].display()
            )),
            "{shown}"
        );
        assert!(
            shown.contains("escalation.manager_minutes = 15    # built-in default\n"),
            "{shown}"
        );
    }

    #[test]
    fn an_error_names_the_file_that_set_the_key() {
        let (_dir, files) = layers(&[
            (
                "system.toml",
                "[desk]\nname = \"Shared\"\n\n[escalation]\nmanager_minutes = \"x\"\n",
            ),
            ("user.toml", "[desk]\nbell = false\n"),
        ]);
        let e = Layers::read(&files, false).unwrap_err();
        assert_eq!(e.file, files[0].display().to_string());
        assert_eq!(e.line, Some(5));
        assert_eq!(e.key.as_deref(), Some("escalation.manager_minutes"));

        let (_dir, files) = layers(&[
            ("system.toml", "[escalation]\nsupervisor_minutes = 4\n"),
            ("user.toml", "# mine\n[escalation]\nsupervisor_minutes = 20\n"),
        ]);
        let e = Layers::read(&files, false).unwrap_err();
        assert_eq!(e.file, files[1].display().to_string(), "{e}");
        assert_eq!(e.line, Some(3), "the line of the user's supervisor_minutes: {e}");

        let (_dir, files) = layers(&[
            ("system.toml", "[desk]\nname = \"S\"\n"),
            ("user.toml", "[desk]\nnmae = 1\n"),
        ]);
        let e = Layers::read(&files, false).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), (files[1].to_str().unwrap(), Some(2)), "{e}");
        assert_eq!(e.key.as_deref(), Some("desk.nmae"));
    }

    #[test]
    fn missing_files_are_skipped_unless_named() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.toml");
        let (c, l) = Layers::read(std::slice::from_ref(&missing), false).unwrap();
        assert_eq!(c, Config::defaults());
        assert!(l.files().is_empty());
        let e = Layers::read(&[missing], true).unwrap_err();
        assert!(e.message.contains("cannot read"), "{e}");
    }
}
