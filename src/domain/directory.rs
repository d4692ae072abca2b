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

/// A name or a line of text of the directory. No control character: a name becomes an e-mail
/// header's display name and a gateway's argument, where a line break starts a new header.
pub fn check_text(field: &str, s: &str, required: bool) -> Result<String, OpsError> {
    let v = normalize(s);
    if required && v.is_empty() {
        return Err(OpsError::Invalid(format!("{field} is required")));
    }
    check_len(field, &v, 200)?;
    check_no_control(field, &v)?;
    Ok(v)
}

/// Refuse a control character (a line break, a carriage return, ESC …) in one line of text.
pub fn check_no_control(field: &str, v: &str) -> Result<(), OpsError> {
    match v.chars().find(|c| c.is_control()) {
        None => Ok(()),
        Some(c) => Err(OpsError::Invalid(format!(
            "{field} {v:?} contains a control character (U+{:04X}): a name or an address is one line of text",
            c as u32
        ))),
    }
}

/// Characters an e-mail local part may hold besides letters and digits (RFC 5322 atext, and the
/// dots between its words).
const LOCAL_PART_MARKS: &str = ".!#$%&'*+/=?^_`{|}~-";

/// An e-mail address as a mail server and a gateway's command line both take it: `local@domain`,
/// the local part of letters, digits and RFC 5322's marks, the domain of dotted labels. Nothing
/// that could start an option (`-`) or a new header (a line break).
pub fn check_email(s: &str) -> Result<String, OpsError> {
    let v = s.trim().to_string();
    if v.is_empty() {
        return Ok(v);
    }
    let label_ok = |l: &str| {
        !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let ok = v.len() <= 254
        && v.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && local.len() <= 64
                && !local.starts_with(['-', '.'])
                && !local.ends_with('.')
                && !local.contains("..")
                && local
                    .chars()
                    .all(|c| c.is_alphanumeric() || LOCAL_PART_MARKS.contains(c))
                && domain.contains('.')
                && domain.split('.').all(label_ok)
        });
    if ok {
        Ok(v)
    } else {
        Err(OpsError::Invalid(format!(
            "{:?} is not an e-mail address",
            crate::text::sanitize_line(&v)
        )))
    }
}

/// A phone number an SMS gateway can take: digits after an optional `+`, 3 to 20 of them. The
/// separators people type (spaces, `-`, `.`, parentheses) are dropped, so what is stored is one
/// clean argument: never an option, never two lines.
pub fn check_phone(s: &str) -> Result<String, OpsError> {
    let v = s.trim();
    if v.is_empty() {
        return Ok(String::new());
    }
    let (plus, rest) = match v.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", v),
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let ok = rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
        && rest.starts_with(|c: char| c.is_ascii_digit() || c == '(')
        && (3..=20).contains(&digits.len());
    if ok {
        Ok(format!("{plus}{digits}"))
    } else {
        Err(OpsError::Invalid(format!(
            "{:?} is not a phone number: digits, perhaps after a +, with spaces or dashes between",
            crate::text::sanitize_line(v)
        )))
    }
}

/// How to reach someone who reported a fault (I3): a phone number or an e-mail address, which
/// may become a notice's recipient (I8).
pub fn check_reach(field: &str, s: &str) -> Result<String, OpsError> {
    let checked = if s.contains('@') {
        check_email(s)
    } else {
        check_phone(s)
    };
    checked.map_err(|_| {
        OpsError::Invalid(format!(
            "{field} {:?} is neither a phone number nor an e-mail address",
            crate::text::sanitize_line(s.trim())
        ))
    })
}

record!(User, super::kind::Kind::User);
record!(Department, super::kind::Kind::Dept);

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
    fn u3_email_addresses_are_checked() {
        for ok in ["", "a@b.cn", "sun.li+ops@mkt.example.com", "王芳@例子.中国"] {
            assert!(check_email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "ab.cn",
            "a@b",
            "a b@c.cn",
            "a@b.cn\nBcc: x@evil.com",
            "a\r@b.cn",
            "-rf@evil.com",
            "--config=/etc/x@evil.com",
            "<a@b.cn>",
            "a,b@c.cn",
            "a@-b.cn",
            "a..b@c.cn",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn u3_phone_numbers_are_checked() {
        let cases = [
            ("", Some("")),
            ("13800000001", Some("13800000001")),
            (" +86 138-0000-0001 ", Some("+8613800000001")),
            ("(010) 6512.3456", Some("01065123456")),
            ("-rf", None),
            ("--config=/etc/passwd", None),
            ("138\n0000", None),
            ("138\r0000", None),
            ("12", None),
            ("123456789012345678901", None),
            ("+-1380000", None),
            ("139…", None),
            ("ext 12", None),
        ];
        for (input, want) in cases {
            assert_eq!(check_phone(input).ok().as_deref(), want, "{input:?}");
        }
    }

    #[test]
    fn i21_12_a_contact_is_a_phone_or_an_address_never_an_option() {
        assert_eq!(check_reach("contact", "139 0000 0011").unwrap(), "13900000011");
        assert_eq!(
            check_reach("contact", "sunli@example.com").unwrap(),
            "sunli@example.com"
        );
        assert_eq!(check_reach("contact", "").unwrap(), "");
        for bad in ["--config=/x", "--output=/tmp/x", "-rf", "139\n--config=x", "王工"] {
            let e = check_reach("contact", bad).unwrap_err().to_string();
            assert!(
                e.contains("neither a phone number nor an e-mail address"),
                "{bad:?}: {e}"
            );
            assert!(!e.contains('\n'), "the error is one line: {e:?}");
        }
    }

    #[test]
    fn i21_11_control_characters_in_names_are_refused() {
        for bad in [
            "Chen\r\nBcc: x@evil.com",
            "Chen\nWang",
            "a\u{1b}[2Jb",
            "tab\there",
            "c1\u{85}x",
        ] {
            let e = check_text("name", bad, true).unwrap_err().to_string();
            assert!(e.contains("control character"), "{bad:?}: {e}");
        }
        assert_eq!(check_text("name", " 陈静 ", true).unwrap(), "陈静");
        assert_eq!(check_text("name", "Sun Li", true).unwrap(), "Sun Li");
    }
}
