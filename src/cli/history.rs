//! `opsdesk history KIND ID`: the audit trail (A1).

use anyhow::Result;

use crate::domain::kind::Kind;
use clap::Args;

use super::Ctx;
use super::output::json;
use super::render::{history_json, history_line};
use crate::error::{invalid, not_found};
use crate::store::db::Db;
use crate::store::{audit, departments, users};

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem or article
    pub kind: String,
    /// The record's id (a login for user, a code for dept)
    pub id: String,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, a: &HistoryArgs) -> Result<()> {
    let (desk, _actor) = ctx.open_as_user()?;
    show(desk.store.conn(), desk.zone(), a)
}

/// The trail itself, read from either engine.
pub fn show(conn: &dyn Db, zone: chrono_tz::Tz, a: &HistoryArgs) -> Result<()> {
    let kind = Kind::parse(&a.kind.trim().to_ascii_lowercase()).map_err(|_| {
        invalid(format!(
            "unknown record kind {:?}: use incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem, article or service",
            a.kind
        ))
    })?;
    let id: i64 = match kind {
        Kind::User => match users::by_login(conn, &a.id)? {
            Some(u) => u.id,
            None => a.id.parse().map_err(|_| not_found(format!("no user {}", a.id)))?,
        },
        Kind::Dept => match departments::by_code(conn, &a.id)? {
            Some(d) => d.id,
            None => a.id.parse().map_err(|_| not_found(format!("no department {}", a.id)))?,
        },
        Kind::Service => match crate::store::services::by_code(conn, a.id.trim())? {
            Some(s) => s.id,
            None => a.id.parse().map_err(|_| not_found(format!("no service {}", a.id)))?,
        },
        _ => a.id.parse().map_err(|_| invalid(format!("{} is not an id", a.id)))?,
    };
    // An incident's or change's timeline includes its duties; other kinds show their own rows.
    let rows = if matches!(kind, Kind::Incident | Kind::Change | Kind::Run | Kind::Request) {
        audit::timeline(conn, kind, id)?
    } else {
        audit::of_record(conn, kind, id)?
    };
    if rows.is_empty() {
        return Err(not_found(format!("no history for {kind} {}", a.id)));
    }
    if a.json {
        json(&serde_json::Value::Array(
            rows.iter().map(|h| history_json(h, zone)).collect(),
        ));
    } else {
        for h in &rows {
            println!("{}", history_line(h, zone));
        }
    }
    Ok(())
}
