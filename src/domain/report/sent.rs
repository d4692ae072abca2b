//! Q1: a work report sent through the outbox. The figures are read once, when the supervisor
//! sends it, and kept as the message's context, so the report the readers get says what the desk
//! knew then, whenever the sender delivers it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::period::Span;
use crate::domain::role::{Actor, Power, require};
use crate::error::OpsError;

/// A sent work report as stored. Field names are the JSON and history names.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentReport {
    pub id: i64,
    pub span: Span,
    /// `2026-12-01` or `2026-W49`.
    pub period: String,
    /// The supervisor's words: progress, open issues, measures taken.
    pub text: String,
    /// The template's context (figures, open incidents, the words above) as JSON.
    pub context: String,
    pub issued_by: String,
    pub created_at: DateTime<Utc>,
    pub version: i64,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
}
record!(SentReport, crate::domain::kind::Kind::WorkReport);

impl SentReport {
    /// Q1: a supervisor (or above) sends the report of `period` with `context` as its figures.
    pub fn send(
        actor: &Actor,
        span: Span,
        period: &str,
        text: &str,
        context: &serde_json::Value,
        now: DateTime<Utc>,
    ) -> Result<SentReport, OpsError> {
        require(actor, Power::SendWorkReport)?;
        Ok(SentReport {
            id: 0,
            span,
            period: period.to_string(),
            text: crate::text::sanitize_block(text),
            context: context.to_string(),
            issued_by: actor.login.clone(),
            created_at: now,
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::role::Role;

    fn actor(role: Role) -> Actor {
        Actor {
            login: "lilei".into(),
            name: "李雷".into(),
            role,
        }
    }

    #[test]
    fn q1_a_work_report_is_sent_by_a_supervisor_or_above() {
        let now = Utc::now();
        let ctx = serde_json::json!({"label": "2026-12-01"});
        for (role, sends) in [
            (Role::Operator, false),
            (Role::Supervisor, true),
            (Role::Manager, true),
            (Role::Leader, true),
        ] {
            let r = SentReport::send(&actor(role), Span::Daily, "2026-12-01", "进展\u{1b}[2J", &ctx, now);
            assert_eq!(r.is_ok(), sends, "{role:?}");
            if let Ok(r) = r {
                assert!(!r.text.contains('\u{1b}'), "control characters stripped");
                assert_eq!(r.context, ctx.to_string());
            }
        }
    }
}
