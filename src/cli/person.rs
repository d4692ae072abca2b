//! `opsdesk person move|leave` and `opsdesk accounts` (R3): accounts follow people.

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use super::output::{Table, json};
use super::render::duty_json;
use super::request_view::account_json;
use crate::domain::account::PersonAction;
use crate::domain::role::Actor;
use crate::domain::time::{clock, local_minute};
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::requests::{self as ops, AccountRow};
use crate::store::accounts::Filter;

#[derive(Subcommand, Debug)]
pub enum PersonCmd {
    /// The person changed role (the HR record of the move): each account opsdesk granted them
    /// is to be removed within a working day (R3)
    Move(PersonArgs),
    /// The person left (the departure approval's number): likewise
    Leave(PersonArgs),
}

#[derive(Args, Debug)]
pub struct PersonArgs {
    /// The person's login, as the account requests named them (--person)
    pub login: String,
    /// The HR record's number (人员岗位变动记录 / 离职审批单)
    #[arg(long)]
    pub hr_record: String,
    /// When the HR record reached IT [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct AccountsArgs {
    #[command(subcommand)]
    pub cmd: Option<AccountsCmd>,
    /// Only this person's accounts (their login)
    #[arg(long, value_name = "LOGIN")]
    pub person: Option<String>,
    /// Only those to remove: asked for by an HR record and not removed yet
    #[arg(long)]
    pub to_remove: bool,
    /// Removed ones too
    #[arg(long)]
    pub all: bool,
    /// The next page: accounts with ids below this one
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Subcommand, Debug)]
pub enum AccountsCmd {
    /// The account was removed: its removal duty is done (R3)
    Remove(RemoveArgs),
}

#[derive(Args, Debug)]
pub struct RemoveArgs {
    pub id: i64,
    /// How: the ticket, the system's confirmation
    #[arg(long)]
    pub how: String,
    /// When [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Refuse (exit 4) unless the account is still at this version
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

pub fn person(ctx: &Ctx, cmd: &PersonCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    person_on(ctx, &mut desk, &actor, cmd)
}

/// [`person`] on a desk of either engine.
pub fn person_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &PersonCmd) -> Result<()> {
    let (action, a) = match cmd {
        PersonCmd::Move(a) => (PersonAction::Move, a),
        PersonCmd::Leave(a) => (PersonAction::Leave, a),
    };
    let at = ctx.time_or_now("--at", a.at.as_deref())?;
    let note = a.note.clone().unwrap_or_default();
    let out = ops::person_change(
        desk,
        &Call::new(actor, ctx.now),
        &a.login,
        action,
        &a.hr_record,
        &note,
        at,
    )?;
    let zone = desk.zone();
    if a.json {
        let mut v = serde_json::to_value(&out.change)?;
        v["at"] = crate::domain::time::rfc3339(out.change.at, zone).into();
        v["recorded_at"] = crate::domain::time::rfc3339(out.change.recorded_at, zone).into();
        v["accounts"] = out.accounts.iter().map(|r| row_json(r, zone, ctx.now)).collect();
        json(&v);
        return Ok(());
    }
    let c = &out.change;
    println!(
        "{}",
        crate::text::sanitize_line(&format!(
            "person change {}: {} {} (HR record {}); {} account(s) to remove",
            c.id,
            c.person,
            c.action,
            c.hr_record,
            out.accounts.len()
        ))
    );
    if !out.accounts.is_empty() {
        table(&out.accounts, zone, ctx.now).print();
    }
    Ok(())
}

fn row_json(r: &AccountRow, zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) -> serde_json::Value {
    let mut v = account_json(&r.account, zone);
    v["removal_duty"] = r
        .duty
        .as_ref()
        .map_or(serde_json::Value::Null, |d| duty_json(d, zone, now));
    v
}

fn table(rows: &[AccountRow], zone: chrono_tz::Tz, now: chrono::DateTime<chrono::Utc>) -> Table {
    let mut t = Table::new(&[
        "id",
        "person",
        "system",
        "account",
        "permission",
        "request",
        "state",
        "removal due",
        "duty",
    ]);
    for r in rows {
        let a = &r.account;
        let state = match (a.removed_at, a.removal_asked_at) {
            (Some(at), _) => format!("removed {}", local_minute(at, zone)),
            (None, Some(_)) => format!("TO REMOVE (HR {})", a.hr_record),
            (None, None) => "active".into(),
        };
        let (due, duty) = match &r.duty {
            Some(d) if d.due_at < now => (
                local_minute(d.due_at, zone),
                format!("#{} MISSED {} ago", d.id, clock(now - d.due_at)),
            ),
            Some(d) => (
                local_minute(d.due_at, zone),
                format!("#{} due in {}", d.id, clock(d.due_at - now)),
            ),
            None => (String::new(), String::new()),
        };
        t.row(vec![
            a.id.to_string(),
            format!("{} {}", a.person, a.person_name),
            a.system.clone(),
            a.account.clone(),
            a.permission.clone(),
            format!("#{}", a.request_id),
            state,
            due,
            duty,
        ]);
    }
    t
}

pub fn accounts(ctx: &Ctx, a: &AccountsArgs) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    accounts_on(ctx, &mut desk, &actor, a)
}

/// [`accounts`] on a desk of either engine.
pub fn accounts_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, a: &AccountsArgs) -> Result<()> {
    let zone = desk.zone();
    if let Some(AccountsCmd::Remove(r)) = &a.cmd {
        let at = ctx.time_or_now("--at", r.at.as_deref())?;
        let call = Call::new(actor, ctx.now).if_version(r.if_version);
        let acc = ops::remove_account(desk, &call, r.id, &r.how, at)?;
        if r.json {
            json(&account_json(&acc, zone));
        } else {
            println!(
                "{}",
                crate::text::sanitize_line(&format!(
                    "account {} ({}/{} of {}) removed (version {})",
                    acc.id, acc.system, acc.account, acc.person, acc.version
                ))
            );
        }
        return Ok(());
    }
    let filter = Filter {
        person: a.person.clone(),
        all: a.all,
        to_remove: a.to_remove,
        before_id: a.before,
        limit: a.limit.clamp(1, 10_000),
    };
    let rows = ops::list_accounts(desk, &filter)?;
    if a.json {
        json(&json!(
            rows.iter().map(|r| row_json(r, zone, ctx.now)).collect::<Vec<_>>()
        ));
    } else if rows.is_empty() {
        println!("no accounts match");
    } else {
        table(&rows, zone, ctx.now).print();
        if rows.len() == filter.limit
            && let Some(last) = rows.last()
        {
            println!("(more: --before {})", last.account.id);
        }
    }
    Ok(())
}
