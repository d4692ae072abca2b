//! The directory (SPEC U2, U3): people mapped to logins, and the departments notices go to.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::role::Role;
use crate::error::OpsError;
use crate::text::{check_len, normalize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeptKind {
    /// The IT management department (IT管理部) that runs the console.
    It,
    /// A business department the desk serves.
    Business,
}

impl DeptKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DeptKind::It => "it",
            DeptKind::Business => "business",
        }
    }

    pub fn parse(s: &str) -> Result<DeptKind, OpsError> {
        match s.trim() {
            "it" => Ok(DeptKind::It),
            "business" => Ok(DeptKind::Business),
            _ => Err(OpsError::Invalid(format!(
                "unknown department kind {s:?}: use it or business"
            ))),
        }
    }
}

/// A person to reach: name, phone, e-mail.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub email: String,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.phone.is_empty() && self.email.is_empty()
    }

    /// `王芳 13800000001 wangfang@example.com`, leaving out what is unknown.
    pub fn line(&self) -> String {
        [self.name.as_str(), self.phone.as_str(), self.email.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Department {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub kind: DeptKind,
    /// 接口人: the person notices are addressed to first.
    pub interface: Contact,
    pub head: Contact,
    pub manager: Contact,
    /// C5: a front-line service department (call centre, network operations).
    pub front_line: bool,
    /// C5: a maintenance department.
    pub maintenance: bool,
    /// Lower comes first when no other order is given.
    pub relevance: i64,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub name: String,
    pub role: Role,
    pub dept_id: i64,
    pub phone: String,
    pub email: String,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}

impl User {
    pub fn contact(&self) -> Contact {
        Contact {
            name: self.name.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
        }
    }
}

/// Logins and department codes: what a shell would accept as a user name.
pub fn check_identifier(what: &str, s: &str) -> Result<String, OpsError> {
    let s = s.trim();
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        && !s.starts_with('-');
    if ok {
        Ok(s.to_string())
    } else {
        Err(OpsError::Invalid(format!(
            "{what} {s:?} is not valid: use letters, digits, '.', '_' or '-' (at most 64)"
        )))
    }
}

pub fn check_text(field: &str, s: &str, required: bool) -> Result<String, OpsError> {
    let v = normalize(s);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, 200)?;
    Ok(v)
}

pub fn check_email(s: &str) -> Result<String, OpsError> {
    let v = s.trim().to_string();
    if v.is_empty() {
        return Ok(v);
    }
    let ok = v.len() <= 254
        && v.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'))
        && !v.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(v)
    } else {
        Err(OpsError::Invalid(format!("{v:?} is not an e-mail address")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn u2_logins_are_shell_user_names() {
        for ok in ["li", "wang.fang", "ops_1", "a-b"] {
            assert!(check_identifier("login", ok).is_ok(), "{ok}");
        }
        for bad in ["", "-x", "li lei", "李雷", "a;rm", &"x".repeat(65)] {
            assert!(check_identifier("login", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn u3_contacts_print_what_is_known() {
        let c = Contact {
            name: "王芳".into(),
            phone: String::new(),
            email: "wf@example.com".into(),
        };
        assert_eq!(c.line(), "王芳 wf@example.com");
    }

    #[test]
    fn u3_email_is_checked_lightly() {
        assert!(check_email("").is_ok());
        assert!(check_email("a@b.cn").is_ok());
        assert!(check_email("ab.cn").is_err());
        assert!(check_email("a@b").is_err());
    }
}
