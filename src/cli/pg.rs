//! A desk on PostgreSQL (issue 20), as far as it has come: `init` creates its schema, `check`
//! reads its version and counts its rows, `config` works as anywhere. Every other command, the
//! console included, is refused with exit 6 before anything is written, once the desk's schema
//! was read (a newer one is refused as such).

use anyhow::Result;
use clap::CommandFactory;

use super::backup::CheckArgs;
use super::directory::InitArgs;
use super::{Cli, Command, Ctx};
use crate::store::engine::PgUrl;
use crate::store::pg;

/// What runs on PostgreSQL so far, for the refusal's last words.
const CARRIED: &str = "init, check and config";

pub fn run(ctx: &Ctx, cli: &Cli, url: &PgUrl) -> Result<()> {
    match &cli.command {
        Some(Command::Init(a)) => init(ctx, a, url),
        Some(Command::Check(a)) if a.head.is_none() && !a.print_head => check(a, url),
        Some(Command::Check(_)) => {
            pg::open_checked(url)?;
            Err(not_carried(url, "`check` of the history's head (--head, --print-head)"))
        }
        Some(Command::Config(c)) => super::config_cmd::run(ctx, c),
        _ => {
            // A newer schema, or no desk at all, says so first; nothing is written either way.
            pg::open_checked(url)?;
            Err(not_carried(url, &command_words()))
        }
    }
}

/// The refusal of `what` on the desk at `url`.
pub fn not_carried(url: &PgUrl, what: &str) -> anyhow::Error {
    crate::error::unsupported(format!(
        "this desk is on PostgreSQL ({url}); {what} is not carried over to PostgreSQL yet (issue 20): on PostgreSQL opsdesk runs {CARRIED} so far, nothing was written"
    ))
}

/// The command as typed, without its arguments: "`incident list`", or "the console".
fn command_words() -> String {
    let Ok(matches) = Cli::command().try_get_matches_from(std::env::args_os()) else {
        return "this command".into();
    };
    let mut words = Vec::new();
    let mut at = &matches;
    while let Some((name, sub)) = at.subcommand() {
        words.push(name.to_string());
        at = sub;
    }
    if words.is_empty() {
        "the console".into()
    } else {
        format!("`{}`", words.join(" "))
    }
}

fn init(ctx: &Ctx, a: &InitArgs, url: &PgUrl) -> Result<()> {
    ctx.refuse_if_read_only("opsdesk init")?;
    pg::init(url, ctx.now)?;
    println!(
        "created the schema of a desk (schema {}) in {url}",
        crate::store::SCHEMA_VERSION
    );
    // Said, not silently dropped: the directory's first entries need the store's writes, which
    // are SQLite's alone so far.
    let who = a.name.as_deref().map_or(String::new(), |n| format!(" ({n})"));
    println!(
        "not yet on PostgreSQL (issue 20): the department {} and you{who} as its admin are not written, nor can anything else be",
        a.dept_name
    );
    Ok(())
}

fn check(a: &CheckArgs, url: &PgUrl) -> Result<()> {
    let census = pg::census(url)?;
    if a.json {
        let tables: serde_json::Map<String, serde_json::Value> =
            census.tables.iter().map(|(t, n)| (t.clone(), (*n).into())).collect();
        let out = serde_json::json!({
            "engine": "postgresql",
            "database": url.to_string(),
            "schema": census.schema,
            "server": census.server,
            "tables": tables,
            "checked": ["schema version", "row counts"],
            "not_checked": ["references", "history replay", "hash chain"],
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    println!(
        "{url}: an opsdesk desk at schema {} on PostgreSQL {}",
        census.schema, census.server
    );
    let width = census.tables.iter().map(|(t, _)| t.len()).max().unwrap_or(0);
    for (table, n) in &census.tables {
        println!("  {table:<width$}  {n:>10}");
    }
    println!(
        "only the schema's version and the rows were read: references, the history's replay and its hash chain are not checked on PostgreSQL yet (issue 20)"
    );
    Ok(())
}
