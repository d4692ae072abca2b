//! The services directory (SPEC I3, I11; issue 19 item 11): the services incidents are recorded
//! against, each with a code (`billing`), a name in each language (`Billing` / `计费`) and the
//! other words people type for it. A service typed by any of them is recorded as its code, so
//! `计费` and `billing` are one service with one outage budget; an unknown one is refused with the
//! known ones.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::OpsError;
use crate::text::{check_len, normalize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: i64,
    /// What records carry: a short word (`billing`, `sms-gateway`).
    pub code: String,
    /// The English name (`Billing`).
    pub name_en: String,
    /// The Chinese name (`计费`).
    pub name_zh: String,
    /// Other words typed for it (`计费系统`, `BOSS`).
    pub aliases: Vec<String>,
    /// Order in lists: lower first.
    pub ord: i64,
    /// No longer offered, and refused for new records; what was recorded keeps it.
    pub retired: bool,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

record!(Service, super::kind::Kind::Service);

impl Service {
    /// The name in the desk's language (`zh` true for Chinese), else the other one.
    pub fn name_in(&self, zh: bool) -> &str {
        let (first, other) = if zh {
            (&self.name_zh, &self.name_en)
        } else {
            (&self.name_en, &self.name_zh)
        };
        if first.is_empty() { other } else { first }
    }

    /// Every word that names it: code, names, aliases.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        [self.code.as_str(), self.name_en.as_str(), self.name_zh.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
            .filter(|w| !w.is_empty())
    }

    /// `billing (Billing, 计费)`: how a refusal lists it.
    pub fn listed(&self) -> String {
        let names: Vec<&str> = [self.name_en.as_str(), self.name_zh.as_str()]
            .into_iter()
            .filter(|n| !n.is_empty() && *n != self.code)
            .collect();
        if names.is_empty() {
            self.code.clone()
        } else {
            format!("{} ({})", self.code, names.join(", "))
        }
    }
}

/// The same word, however it was typed: trimmed, NFC, any case.
fn fold(s: &str) -> String {
    normalize(s).to_lowercase()
}

/// A service code: one word of letters (any script), digits, `.`, `_` or `-`, at most 64,
/// not starting with `-`. Lists of services are written with commas, so never a comma or a space.
pub fn check_code(s: &str) -> Result<String, OpsError> {
    let v = normalize(s);
    let ok = !v.is_empty()
        && v.chars().count() <= 64
        && !v.starts_with('-')
        && v.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(v)
    } else {
        Err(OpsError::Invalid(format!(
            "service code {:?} is not valid: one word of letters, digits, '.', '_' or '-' (at most 64)",
            crate::text::sanitize_line(&v)
        )))
    }
}

/// A name or an alias: one line, no comma (lists are written with commas), at most 100.
pub fn check_word(field: &str, s: &str) -> Result<String, OpsError> {
    let v = normalize(s);
    check_len(field, &v, 100)?;
    super::directory::check_no_control(field, &v)?;
    if v.contains(',') {
        return Err(OpsError::Invalid(format!(
            "{field} {v:?} contains a comma: lists of services are written with commas"
        )));
    }
    Ok(v)
}

/// The service among `others` that one of `s`'s words already names (a word naming two services
/// would make what is typed ambiguous): `(word, that service's code)`.
pub fn clash<'a>(s: &Service, others: &'a [Service]) -> Option<(String, &'a str)> {
    // A retired service's words are free: what is typed names the services in use first.
    others.iter().filter(|o| o.id != s.id && !o.retired).find_map(|o| {
        s.words()
            .find(|w| o.words().any(|x| fold(x) == fold(w)))
            .map(|w| (w.to_string(), o.code.as_str()))
    })
}

/// The code of the service `typed` names (by code, by either name or by an alias, any case),
/// among the `directory` and the codes of the config's `[incident] services` (`listed`). Refused,
/// with the known ones, when it names none or a retired one. A desk with no service in either
/// (one not set up yet) takes every service as typed.
pub fn resolve(typed: &str, directory: &[Service], listed: &[String]) -> Result<String, OpsError> {
    let t = normalize(typed);
    if t.is_empty() || (directory.is_empty() && listed.is_empty()) {
        return Ok(t);
    }
    let f = fold(&t);
    match find(&t, directory) {
        Some(s) if s.retired => Err(OpsError::Invalid(format!(
            "service {} is retired: it is kept on what was recorded, not taken for new records \
             (opsdesk service retire {} --undo brings it back)",
            s.listed(),
            s.code
        ))),
        Some(s) => Ok(s.code.clone()),
        None => match listed.iter().find(|k| fold(k) == f) {
            Some(k) => Ok(normalize(k)),
            None => Err(OpsError::Invalid(format!(
                "unknown service {t:?}: the known services are {}; a new service is added first \
                 (opsdesk service add CODE --name NAME --name-zh 名称)",
                known_list(directory, listed)
            ))),
        },
    }
}

/// The service `typed` names in the directory (its code, a name or an alias, any case): one in
/// use before a retired one (a service merged into another is retired, and its words are the
/// other's aliases), by code before by another word.
pub fn find<'a>(typed: &str, directory: &'a [Service]) -> Option<&'a Service> {
    let f = fold(typed);
    let by = |live: bool, code: bool| {
        directory.iter().find(|s| {
            s.retired != live
                && if code {
                    fold(&s.code) == f
                } else {
                    s.words().any(|w| fold(w) == f)
                }
        })
    };
    by(true, true)
        .or_else(|| by(true, false))
        .or_else(|| by(false, true))
        .or_else(|| by(false, false))
}

/// Issue 19: service `from` merged into `into` (two services typed for one before the directory
/// existed, `计费` beside `billing`). `into` takes every word of `from` it lacks as an alias, so
/// what was typed for `from` names `into`; `from` is retired with only its code left (records
/// carry codes, and the code of a row never changes). Refused when they are the same service.
pub fn merged(from: &Service, into: &Service) -> Result<(Service, Service), OpsError> {
    if from.id == into.id {
        return Err(OpsError::Invalid(format!(
            "{} and {} are the same service: merge one service into another",
            from.code, into.code
        )));
    }
    let mut new_into = into.clone();
    for w in from.words() {
        if !new_into.words().any(|x| fold(x) == fold(w)) {
            new_into.aliases.push(normalize(w));
        }
    }
    let new_from = Service {
        name_en: String::new(),
        name_zh: String::new(),
        aliases: Vec::new(),
        retired: true,
        ..from.clone()
    };
    Ok((new_from, new_into))
}

/// The same service code, however it was typed (records written before the directory hold what
/// was typed).
pub fn same_code(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

/// The services a refusal lists: the directory's in use, then the config's not in it.
pub fn known_list(directory: &[Service], listed: &[String]) -> String {
    let mut out: Vec<String> = directory.iter().filter(|s| !s.retired).map(Service::listed).collect();
    out.extend(
        listed
            .iter()
            .filter(|k| !directory.iter().any(|s| fold(&s.code) == fold(k)))
            .map(|k| normalize(k)),
    );
    if out.is_empty() {
        "none (every one is retired)".into()
    } else {
        out.join(", ")
    }
}

#[cfg(test)]
mod tests;
