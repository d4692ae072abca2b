//! The console's words in English and 简体中文: `assets/i18n/*.toml`, flat keys by section
//! (`nav.incidents`). Both tables hold every key; a test keeps them so.

use std::collections::HashMap;

use super::action::Action;
use super::keymap::Keymap;
use super::model::Said;
use crate::config::settings::Language;
use crate::error::{Arg, Refusal};

const EN: &str = include_str!("../../assets/i18n/en.toml");
const ZH_CN: &str = include_str!("../../assets/i18n/zh-CN.toml");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhCn,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Lang::En),
            "zh" | "zh-cn" | "zh-hans" | "cn" => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// `--lang`, then the config, then `LANG`: a Chinese locale gets 简体中文, anything else English.
    pub fn choose(flag: Option<&str>, config: Language, env_lang: Option<&str>) -> Result<Lang, String> {
        if let Some(f) = flag {
            return Lang::parse(f).ok_or_else(|| format!("unknown language {f:?}: use en or zh-CN"));
        }
        match config {
            Language::En => return Ok(Lang::En),
            Language::ZhCn => return Ok(Lang::ZhCn),
            Language::Auto => {}
        }
        Ok(match env_lang {
            Some(l) if l.to_ascii_lowercase().starts_with("zh") => Lang::ZhCn,
            _ => Lang::En,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Strings {
    pub lang: Lang,
    map: HashMap<String, String>,
    /// The key of each action by its name (`accept` -> `a`), from the user's keymap: what the
    /// console's words name with `{key:accept}`. Empty until [`Strings::with_keys`]: the default
    /// keys then.
    keys: HashMap<String, String>,
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut HashMap<String, String>) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::Table(t) => flatten(&key, t, out),
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            other => {
                out.insert(key, other.to_string());
            }
        }
    }
}

fn table(text: &str) -> HashMap<String, String> {
    let parsed: toml::Table =
        toml::from_str(text).unwrap_or_else(|e| panic!("a built-in string table is not TOML: {e}"));
    let mut map = HashMap::new();
    flatten("", &parsed, &mut map);
    map
}

impl Strings {
    pub fn new(lang: Lang) -> Strings {
        let map = table(match lang {
            Lang::En => EN,
            Lang::ZhCn => ZH_CN,
        });
        Strings {
            lang,
            map,
            keys: HashMap::new(),
        }
    }

    /// These words naming the keys of `keymap` (a remapped key shows as remapped).
    pub fn with_keys(mut self, keymap: &Keymap) -> Strings {
        self.keys = Action::ALL
            .iter()
            .filter_map(|a| Some((a.name().to_string(), keymap.first_key(*a)?)))
            .collect();
        self
    }

    /// The key that takes `action` (by its name) in this console: the user's, else the default;
    /// "?" for no action of that name (a test holds every `{key:…}` in the tables to an action).
    fn key_of(&self, action: &str) -> String {
        if let Some(k) = self.keys.get(action) {
            return k.clone();
        }
        if !self.keys.is_empty() {
            // The user's keymap leaves the action without a key.
            return self.f(
                "console_refusal.unbound",
                &[("action", self.t(&format!("short.{action}")))],
            );
        }
        Action::from_name(action)
            .and_then(|a| Keymap::defaults().first_key(a))
            .unwrap_or_else(|| "?".to_string())
    }

    /// The text for `key` with each `{key:ACTION}` naming the key that takes the action here.
    pub fn k(&self, key: &str) -> String {
        self.keyed(self.t(key))
    }

    /// [`Strings::f`] with each `{key:ACTION}` filled too.
    pub fn kf(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.keyed(&self.f(key, args))
    }

    fn keyed(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find("{key:") {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            out.push_str(&rest[..open]);
            out.push_str(&self.key_of(&rest[open + 5..close]));
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// The text for `key`; "?" if missing (a test makes sure none is).
    pub fn t(&self, key: &str) -> &str {
        self.get(key).unwrap_or("?")
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.map.get(key).map(String::as_str)
    }

    /// The text for `key` with `{name}` placeholders filled.
    pub fn f(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_string();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.map.keys()
    }

    /// What the core said, in this language: its refusal from `refusal.<code>` with its
    /// arguments, or its English when it has no code (or this table has no words for it).
    pub fn said(&self, said: &Said) -> String {
        said.refusal
            .as_ref()
            .and_then(|r| self.refusal(r))
            .unwrap_or_else(|| said.english.clone())
    }

    /// A refusal in this language, its arguments filled in and its words (a status, a role)
    /// looked up; None when this table has no words for its code. Where the CLI's words name a
    /// command (`accept it first: opsdesk incident accept 1`), the console says the key that takes
    /// the step here instead (`console_refusal.<code>`: `accept it first (a)`).
    pub fn refusal(&self, r: &Refusal) -> Option<String> {
        self.fill(r, &|key, english| self.word(key).unwrap_or(english).to_string(), true)
    }

    /// The template of `r`'s code: the console's own where it has one (`console`), else the
    /// words the CLI says.
    fn template(&self, r: &Refusal, console: bool) -> Option<&str> {
        let own = console
            .then(|| self.get(&format!("console_refusal.{}", r.code.key())))
            .flatten();
        own.or_else(|| self.get(&format!("refusal.{}", r.code.key())))
    }

    /// `r`'s template with each `{name}` replaced, in one pass (an argument's own text is never
    /// read as a template); `word` says a word argument from its key and its English; a
    /// `{key:ACTION}` names the key of the action.
    fn fill(&self, r: &Refusal, word: &dyn Fn(&str, &str) -> String, console: bool) -> Option<String> {
        let template = self.template(r, console)?;
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            out.push_str(&rest[..open]);
            let name = &rest[open + 1..close];
            match (r.arg(name), name.strip_prefix("key:")) {
                (Some(a), _) => out.push_str(&self.fill_arg(a, word, console)?),
                (None, Some(action)) => out.push_str(&self.key_of(action)),
                (None, None) => out.push_str(&rest[open..=close]),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        Some(out)
    }

    fn fill_arg(&self, a: &Arg, word: &dyn Fn(&str, &str) -> String, console: bool) -> Option<String> {
        Some(match a {
            Arg::Text(t) => t.clone(),
            Arg::Word { key, english } => word(key, english),
            Arg::AnyOf(words) => {
                let words: Option<Vec<String>> = words.iter().map(|w| self.fill_arg(w, word, console)).collect();
                words?.join(self.t("refusal.or"))
            }
            Arg::Parts(parts) => {
                let parts: Option<Vec<String>> = parts.iter().map(|p| self.fill(p, word, console)).collect();
                parts?.join(self.t("refusal.sep"))
            }
        })
    }

    /// A word of this table, unless it is a template itself (`history.raise`).
    fn word(&self, key: &str) -> Option<&str> {
        self.get(key).filter(|w| !w.contains('{'))
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod bare_keys;
