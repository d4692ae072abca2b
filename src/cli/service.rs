//! `opsdesk service …`: the services directory (I3, I11; issue 19 item 11).

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::json;

use super::Ctx;
use super::output::{Table, json};
use crate::domain::role::Actor;
use crate::domain::service::same_code;
use crate::ops::Writes;
use crate::ops::services::{self as ops, NewService, ServiceEdit};
use crate::store::services;
use crate::text::sanitize_line;

#[derive(Subcommand, Debug)]
pub enum ServiceCmd {
    /// Add a service incidents are recorded against (admin)
    Add(ServiceAddArgs),
    /// Correct a service's names, aliases or order (admin); its code stays
    Edit(ServiceEditArgs),
    /// The services directory: what a service field takes
    List {
        /// Retired services too
        #[arg(long)]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Make two services one (admin): every record naming FROM names INTO, each change in its
    /// history; FROM is retired and its words become INTO's aliases, so typing it names INTO
    Merge {
        /// The service to merge away, by its code, a name or an alias (计费)
        from: String,
        /// The service it joins (billing)
        into: String,
        #[arg(long)]
        json: bool,
    },
    /// No longer offer a service nor take it for new records (admin); records keep it
    Retire {
        code: String,
        /// Bring a retired service back
        #[arg(long)]
        undo: bool,
        #[arg(long, value_name = "N")]
        if_version: Option<i64>,
    },
}

#[derive(Args, Debug)]
pub struct ServiceAddArgs {
    /// A short code records carry: billing, crm, sms-gateway, …
    pub code: String,
    /// The English name
    #[arg(long)]
    pub name: String,
    /// The Chinese name (计费)
    #[arg(long, default_value = "")]
    pub name_zh: String,
    /// Another word typed for it; repeat for more
    #[arg(long = "alias", value_name = "WORD")]
    pub aliases: Vec<String>,
    /// Order in lists: lower first
    #[arg(long, default_value_t = 100)]
    pub order: i64,
}

/// Every field optional: what is not given stays as it is.
#[derive(Args, Debug)]
pub struct ServiceEditArgs {
    pub code: String,
    #[arg(long)]
    pub name: Option<String>,
    /// "" clears it
    #[arg(long)]
    pub name_zh: Option<String>,
    /// The aliases, all of them, replacing those it has; repeat for more
    #[arg(long = "alias", value_name = "WORD")]
    pub aliases: Vec<String>,
    /// Remove every alias
    #[arg(long, conflicts_with = "aliases")]
    pub no_aliases: bool,
    #[arg(long)]
    pub order: Option<i64>,
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
}

pub fn run(ctx: &Ctx, cmd: &ServiceCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// `opsdesk service …` on a desk of either engine, as `actor`.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &ServiceCmd) -> Result<()> {
    match cmd {
        ServiceCmd::Add(a) => {
            let n = NewService {
                code: a.code.clone(),
                name_en: a.name.clone(),
                name_zh: a.name_zh.clone(),
                aliases: a.aliases.clone(),
                ord: a.order,
            };
            let s = ops::add(desk, actor, &n, ctx.now)?;
            println!("added service {}", sanitize_line(&s.listed()));
        }
        ServiceCmd::Edit(a) => {
            let e = ServiceEdit {
                name_en: a.name.clone(),
                name_zh: a.name_zh.clone(),
                aliases: if a.no_aliases {
                    Some(Vec::new())
                } else {
                    (!a.aliases.is_empty()).then(|| a.aliases.clone())
                },
                ord: a.order,
            };
            let s = ops::edit(desk, actor, &a.code, &e, a.if_version, ctx.now)?;
            println!("service {} changed (version {})", sanitize_line(&s.listed()), s.version);
        }
        ServiceCmd::Merge { from, into, json } => merge(ctx, desk, actor, from, into, *json)?,
        ServiceCmd::Retire { code, undo, if_version } => {
            let s = ops::retire(desk, actor, code, *undo, *if_version, ctx.now)?;
            let what = if *undo { "back in use" } else { "retired" };
            println!("service {} {what} (version {})", s.code, s.version);
        }
        ServiceCmd::List { all, json: as_json } => {
            let every = desk.read_db(|db| services::list(db))?;
            let listed = &desk.config().incident.services;
            let shown: Vec<_> = every.iter().filter(|s| *all || !s.retired).collect();
            // The config's `[incident] services` still count, beside the directory.
            let extra: Vec<&String> = listed
                .iter()
                .filter(|k| !every.iter().any(|s| s.code.to_lowercase() == k.trim().to_lowercase()))
                .collect();
            // A merged service is retired, its code an alias of the one it joined.
            let merged_into = |s: &crate::domain::service::Service| {
                every
                    .iter()
                    .find(|o| s.retired && !o.retired && o.aliases.iter().any(|a| same_code(a, &s.code)))
                    .map(|o| o.code.clone())
            };
            if *as_json {
                let mut rows: Vec<serde_json::Value> = shown
                    .iter()
                    .map(|s| {
                        json!({"code": s.code, "name": s.name_en, "name_zh": s.name_zh, "aliases": s.aliases,
                               "order": s.ord, "retired": s.retired, "merged_into": merged_into(s),
                               "from": "directory", "version": s.version})
                    })
                    .collect();
                rows.extend(extra.iter().map(|k| json!({"code": k.trim(), "from": "config"})));
                json(&serde_json::Value::Array(rows));
                return Ok(());
            }
            if shown.is_empty() && extra.is_empty() {
                let why = if every.is_empty() {
                    "the directory has no services yet, so a service field takes any service as typed"
                } else {
                    "every service of the directory is retired, so a service field takes none (--all lists them)"
                };
                println!("{why}; add them with: opsdesk service add CODE --name NAME --name-zh 名称");
                return Ok(());
            }
            let mut t = Table::new(&["code", "name", "name_zh", "aliases", "order", "state"]);
            for s in &shown {
                t.row(vec![
                    s.code.clone(),
                    s.name_en.clone(),
                    s.name_zh.clone(),
                    s.aliases.join(","),
                    s.ord.to_string(),
                    match (s.retired, merged_into(s)) {
                        (true, Some(into)) => format!("merged into {into}"),
                        (true, None) => "retired".into(),
                        (false, _) => "in use".into(),
                    },
                ]);
            }
            for k in &extra {
                t.row(vec![
                    k.trim().to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    "config [incident] services".into(),
                ]);
            }
            t.print();
        }
    }
    Ok(())
}

/// `opsdesk service merge`: every kind's records naming FROM rewritten, in one transaction.
fn merge(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, from: &str, into: &str, as_json: bool) -> Result<()> {
    let m = crate::ops::service_merge::merge(desk, actor, from, into, ctx.now)?;
    let moved: Vec<(String, usize)> = m
        .moved
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| (k.to_string(), *n))
        .collect();
    if as_json {
        let by_kind: serde_json::Map<String, serde_json::Value> =
            moved.iter().map(|(k, n)| (k.clone(), json!(n))).collect();
        json(
            &json!({"from": m.from.code, "into": m.into.code, "aliases": m.into.aliases,
                     "moved": by_kind, "records": m.total()}),
        );
        return Ok(());
    }
    let each: Vec<String> = moved.iter().map(|(k, n)| format!("{n} {k}")).collect();
    println!(
        "service {} merged into {}: {} record(s) moved{}; {} now names {}",
        sanitize_line(&m.from.code),
        sanitize_line(&m.into.listed()),
        m.total(),
        if each.is_empty() {
            String::new()
        } else {
            format!(" ({})", each.join(", "))
        },
        sanitize_line(&m.from.code),
        sanitize_line(&m.into.code)
    );
    Ok(())
}
