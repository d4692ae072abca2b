//! A change's notices and reports (C5-C9), rendered from their templates for a person to read
//! or for the outbox to send.

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;

use super::load;
use crate::domain::change::Change;
use crate::domain::duty::DutyKind;
use crate::error::invalid;
use crate::notify::recipients::{self, Recipients, Subject};
use crate::notify::{context, templates};
use crate::ops::Writes;
use crate::store::db::Db;

/// The notices a change can render.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeDoc {
    C5,
    C6,
    C7,
    C8,
    C9,
}

impl NoticeDoc {
    pub fn parse(s: &str) -> Result<NoticeDoc> {
        match s.trim() {
            "c5" => Ok(NoticeDoc::C5),
            "c6" => Ok(NoticeDoc::C6),
            "c7" => Ok(NoticeDoc::C7),
            "c8" => Ok(NoticeDoc::C8),
            "c9" => Ok(NoticeDoc::C9),
            other => Err(invalid(format!("unknown notice {other:?}: use c5, c6, c7, c8 or c9"))),
        }
    }

    fn name(self) -> &'static str {
        match self {
            NoticeDoc::C5 => "c5",
            NoticeDoc::C6 => "c6",
            NoticeDoc::C7 => "c7",
            NoticeDoc::C8 => "c8",
            NoticeDoc::C9 => "c9",
        }
    }

    /// The SPEC rule that asks for it.
    pub fn rule(self) -> &'static str {
        match self {
            NoticeDoc::C5 => "C5",
            NoticeDoc::C6 => "C6",
            NoticeDoc::C7 => "C7",
            NoticeDoc::C8 => "C8",
            NoticeDoc::C9 => "C9",
        }
    }

    /// Who the notice goes to when previewed on its own.
    pub fn audience(self) -> crate::domain::duty::Audience {
        use crate::domain::duty::Audience;
        match self {
            NoticeDoc::C5 => Audience::Maintenance,
            NoticeDoc::C6 => Audience::Collaborators,
            NoticeDoc::C7 => Audience::ChangeNotice,
            NoticeDoc::C8 => Audience::ChangeResult,
            NoticeDoc::C9 => Audience::DeptManagers,
        }
    }

    /// The notice a duty sends, if it is one of a change's.
    pub fn of_duty(kind: DutyKind) -> Option<NoticeDoc> {
        match kind {
            DutyKind::C5Maintenance | DutyKind::C5FrontLine => Some(NoticeDoc::C5),
            DutyKind::C6Request => Some(NoticeDoc::C6),
            DutyKind::C7Notice => Some(NoticeDoc::C7),
            DutyKind::C8Result => Some(NoticeDoc::C8),
            DutyKind::C9Summary => Some(NoticeDoc::C9),
            _ => None,
        }
    }
}

/// A rendered notice: who it goes to and what it says.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rendered {
    pub to: Vec<recipients::Person>,
    pub cc: Vec<recipients::Person>,
    pub body: String,
}

/// Render a change's C7, C8 or C9 notice from its template, in `lang` ("en" or "zh-CN"), To and
/// Cc from the directory.
pub fn render_notice(
    desk: &mut impl Writes,
    id: i64,
    doc: NoticeDoc,
    lang: &str,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let zone = desk.zone();
    desk.read_db(|conn| {
        let c = load(conn, id)?;
        notice_in(conn, zone, &c, doc, doc.audience(), lang, templates_dir, now)
    })
}

/// Render notice `doc` of change `c` addressed to `audience`, inside any transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) fn notice_in(
    conn: &dyn Db,
    zone: chrono_tz::Tz,
    c: &Change,
    doc: NoticeDoc,
    audience: crate::domain::duty::Audience,
    lang: &str,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let Recipients { to, cc } = recipients::resolve(conn, audience, Subject::Change(c))?;
    let label = |l: &str| crate::ops::label_login(conn, l);
    let values = context::notice(c, &to, &cc, doc == NoticeDoc::C8, &label, zone, now);
    let file = format!("{}.{}.md", doc.name(), if lang == "zh-CN" { "zh-CN" } else { "en" });
    let body = templates::render(&file, templates_dir, &values)?;
    Ok(Rendered { to, cc, body })
}
