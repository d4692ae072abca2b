//! `opsdesk article`: the knowledge base (K1, I10).

use super::record_args::ShowArgs;
use crate::domain::role::Actor;
use crate::ops::Writes;
use std::io::Read;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::Ctx;
use super::output::{Table, field, json};
use super::render::time_json;
use crate::domain::article::{Article, ArticleKind, ArticleStatus, NewArticle, Revision};
use crate::error::invalid;
use crate::ops::Call;
use crate::ops::articles as ops;
use crate::text::{sanitize_block, sanitize_line};

#[derive(Subcommand, Debug)]
pub enum ArticleCmd {
    /// Write a draft: a manual, FAQ or case analysis
    New(NewArgs),
    /// Draft a case analysis from a resolved incident: its description, cause and handling (I10)
    FromIncident(FromIncidentArgs),
    /// Articles, newest first
    List(ListArgs),
    /// One article, its body as Markdown
    Show(ShowArgs),
    /// Review it (someone other than its author, K1)
    Review(StepArgs),
    /// Publish a reviewed article
    Publish(StepArgs),
    /// New words; a published article is reviewed again
    Update(UpdateArgs),
    /// Withdraw it from use (kept, and still found by search)
    Retire(StepArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// manual, faq or case
    #[arg(long, default_value = "faq")]
    pub kind: String,
    #[arg(long)]
    pub title: String,
    /// The body, Markdown; `-` reads it from standard input
    #[arg(long)]
    pub body: String,
    /// Services it is about, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub services: Vec<String>,
    /// Categories it is about, comma-separated (os, network, application, database, other)
    #[arg(long, value_delimiter = ',')]
    pub categories: Vec<String>,
    /// Incidents it came from, comma-separated
    #[arg(long, value_delimiter = ',')]
    pub incidents: Vec<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct FromIncidentArgs {
    pub incident: i64,
    /// Print the draft without writing it
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only these statuses, comma-separated: draft, reviewed, published, updated, retired
    #[arg(long, value_delimiter = ',')]
    pub status: Vec<String>,
    #[arg(long)]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct StepArgs {
    pub id: i64,
    #[arg(long)]
    pub if_version: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub step: StepArgs,
    #[arg(long)]
    pub title: Option<String>,
    /// The new body, Markdown; `-` reads it from standard input
    #[arg(long)]
    pub body: Option<String>,
    #[arg(long, value_delimiter = ',')]
    pub services: Option<Vec<String>>,
    #[arg(long, value_delimiter = ',')]
    pub categories: Option<Vec<String>>,
}

fn body(arg: &str) -> Result<String> {
    if arg != "-" {
        return Ok(arg.to_string());
    }
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s)?;
    Ok(s)
}

pub fn run(ctx: &Ctx, cmd: &ArticleCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &ArticleCmd) -> Result<()> {
    let now = ctx.now;
    let zone = desk.zone();
    let call = |s: &StepArgs| Call::new(actor, now).if_version(s.if_version);
    let (a, as_json) = match cmd {
        ArticleCmd::New(a) => {
            let new = NewArticle {
                kind: ArticleKind::parse(&a.kind.to_ascii_lowercase())?,
                title: a.title.clone(),
                body: body(&a.body)?,
                services: a.services.clone(),
                categories: a.categories.clone(),
                incidents: a.incidents.clone(),
            };
            (ops::create(desk, actor, &new, now)?, a.json)
        }
        ArticleCmd::FromIncident(a) => {
            let new = desk.read_db(|db| ops::case_from_incident(db, a.incident, zone))?;
            if a.dry_run {
                if a.json {
                    json(&json!({"title": new.title, "body": new.body, "services": new.services,
                        "categories": new.categories, "incidents": new.incidents}));
                } else {
                    println!("{}\n\n{}", sanitize_line(&new.title), sanitize_block(&new.body));
                }
                return Ok(());
            }
            (ops::create(desk, actor, &new, now)?, a.json)
        }
        ArticleCmd::List(a) => {
            let statuses = a
                .status
                .iter()
                .map(|s| ArticleStatus::parse(s))
                .collect::<Result<Vec<_>, _>>()?;
            let list = desk.read_db(|db| ops::list(db, &statuses, a.before, a.limit.clamp(1, 1000)))?;
            if a.json {
                json(&Value::Array(list.iter().map(|a| article_json(a, zone)).collect()));
            } else if list.is_empty() {
                println!("no articles match");
            } else {
                let mut t = Table::new(&["id", "kind", "status", "rev", "author", "services", "title"]);
                for a in &list {
                    t.row(vec![
                        a.id.to_string(),
                        a.kind.to_string(),
                        a.status.to_string(),
                        a.revision.to_string(),
                        a.author.clone(),
                        a.services.join(","),
                        a.title.clone(),
                    ]);
                }
                t.print();
            }
            return Ok(());
        }
        ArticleCmd::Show(a) => (desk.read_db(|db| ops::get(db, a.id))?, a.json),
        ArticleCmd::Review(s) => (ops::apply(desk, &call(s), s.id, &ops::Cmd::Review)?, s.json),
        ArticleCmd::Publish(s) => (ops::apply(desk, &call(s), s.id, &ops::Cmd::Publish)?, s.json),
        ArticleCmd::Retire(s) => (ops::apply(desk, &call(s), s.id, &ops::Cmd::Retire)?, s.json),
        ArticleCmd::Update(u) => {
            let r = Revision {
                title: u.title.clone(),
                body: u.body.as_deref().map(body).transpose()?,
                services: u.services.clone(),
                categories: u.categories.clone(),
            };
            if r == Revision::default() {
                return Err(invalid(
                    "nothing to change: give --title, --body, --services or --categories",
                ));
            }
            (
                ops::apply(desk, &call(&u.step), u.step.id, &ops::Cmd::Update(r))?,
                u.step.json,
            )
        }
    };
    if as_json {
        json(&article_json(&a, zone));
    } else {
        print_article(&a, zone);
    }
    Ok(())
}

pub fn article_json(a: &Article, zone: chrono_tz::Tz) -> Value {
    json!({
        "id": a.id,
        "kind": a.kind.as_str(),
        "title": a.title,
        "body": a.body,
        "services": a.services,
        "categories": a.categories,
        "incidents": a.incidents,
        "status": a.status.as_str(),
        "author": a.author,
        "reviewed_by": a.reviewed_by,
        "reviewed_at": time_json(a.reviewed_at, zone),
        "published_at": time_json(a.published_at, zone),
        "retired_at": time_json(a.retired_at, zone),
        "revision": a.revision,
        "version": a.version,
    })
}

fn print_article(a: &Article, zone: chrono_tz::Tz) {
    println!(
        "article {}: {} ({} {}, revision {}, version {})",
        a.id,
        sanitize_line(&a.title),
        a.kind,
        a.status,
        a.revision,
        a.version
    );
    field("author", &a.author);
    if let Some(r) = &a.reviewed_by {
        field("reviewed by", r);
    }
    if let Some(t) = a.published_at {
        field("published", &crate::domain::time::local_minute(t, zone));
    }
    field("services", &a.services.join(", "));
    field("categories", &a.categories.join(", "));
    if !a.incidents.is_empty() {
        let ids: Vec<String> = a.incidents.iter().map(|i| i.to_string()).collect();
        field("incidents", &ids.join(", "));
    }
    println!("\n{}", sanitize_block(&a.body));
}

/// The articles in use beside an incident.
pub fn articles_brief(list: &[Article]) -> Value {
    Value::Array(
        list.iter()
            .map(|a| json!({"id": a.id, "title": a.title, "kind": a.kind.as_str(), "status": a.status.as_str()}))
            .collect(),
    )
}

pub fn print_brief(list: &[Article]) {
    for a in list {
        println!("knowledge: article {} ({}): {}", a.id, a.kind, sanitize_line(&a.title));
    }
}
