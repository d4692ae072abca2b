//! The console's words in English and 简体中文: `assets/i18n/*.toml`, flat keys by section
//! (`nav.incidents`). Both tables hold every key; a test keeps them so.

use std::collections::HashMap;

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
        Strings { lang, map }
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
    /// looked up; None when this table has no words for its code.
    pub fn refusal(&self, r: &Refusal) -> Option<String> {
        self.fill(r, &|key, english| self.word(key).unwrap_or(english).to_string())
    }

    /// `r`'s template with each `{name}` replaced, in one pass (an argument's own text is never
    /// read as a template); `word` says a word argument from its key and its English.
    fn fill(&self, r: &Refusal, word: &dyn Fn(&str, &str) -> String) -> Option<String> {
        let template = self.get(&format!("refusal.{}", r.code.key()))?;
        let mut out = String::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            out.push_str(&rest[..open]);
            match r.arg(&rest[open + 1..close]) {
                Some(a) => out.push_str(&self.fill_arg(a, word)?),
                None => out.push_str(&rest[open..=close]),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        Some(out)
    }

    fn fill_arg(&self, a: &Arg, word: &dyn Fn(&str, &str) -> String) -> Option<String> {
        Some(match a {
            Arg::Text(t) => t.clone(),
            Arg::Word { key, english } => word(key, english),
            Arg::AnyOf(words) => {
                let words: Option<Vec<String>> = words.iter().map(|w| self.fill_arg(w, word)).collect();
                words?.join(self.t("refusal.or"))
            }
            Arg::Parts(parts) => {
                let parts: Option<Vec<String>> = parts.iter().map(|p| self.fill(p, word)).collect();
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
