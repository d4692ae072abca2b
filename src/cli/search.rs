//! `opsdesk search QUERY`: one search over every kind of record, open or closed (issue 14), on
//! a desk of either engine (issue 20).

use anyhow::Result;
use chrono_tz::Tz;
use clap::Args;
use serde_json::json;

use super::Ctx;
use super::output::{Table, json};
use super::render::time_json;
use crate::domain::kind::Kind;
use crate::domain::time::local_minute;
use crate::error::invalid;
use crate::ops::search::{Hit, search};
use crate::store::db::Db;
use crate::store::search::find::{Query, searched_kinds};

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words to find, all of them, in any kind of record: Chinese of any length (话单, 计费系统),
    /// English words or their beginnings, ids (12 or #12), form numbers
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Only these kinds, comma-separated: incident, change, run, request, message, problem,
    /// article
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
    /// Only records still open
    #[arg(long, conflicts_with = "closed")]
    pub open: bool,
    /// Only records done with (closed incidents, published runs, sent messages, retired articles)
    #[arg(long)]
    pub closed: bool,
    /// Only records changed at or after TIME
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// At most this many hits
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

pub fn run(ctx: &Ctx, a: &SearchArgs) -> Result<()> {
    let (desk, _actor) = ctx.open_as_user()?;
    run_on(ctx, desk.store.conn(), a)
}

/// `opsdesk search` on either engine (`db`: a desk's connection, or one snapshot of a desk on
/// PostgreSQL).
pub fn run_on(ctx: &Ctx, db: &dyn Db, a: &SearchArgs) -> Result<()> {
    let q = query(ctx, a)?;
    let hits = search(db, &q)?;
    print(&q, &hits, ctx.config.desk.zone, a.json);
    Ok(())
}

fn query(ctx: &Ctx, a: &SearchArgs) -> Result<Query> {
    let known = searched_kinds();
    let mut kinds = Vec::new();
    for k in a
        .kind
        .iter()
        .map(|k| k.trim().to_ascii_lowercase())
        .filter(|k| !k.is_empty())
    {
        match Kind::parse(&k) {
            Ok(kind) if known.contains(&kind) => kinds.push(kind),
            _ => {
                let names: Vec<&str> = known.iter().map(|k| k.as_str()).collect();
                return Err(invalid(format!("--kind {k:?}: use {}", names.join(", "))));
            }
        }
    }
    if a.limit == 0 || a.limit > 1000 {
        return Err(invalid("--limit: between 1 and 1000"));
    }
    Ok(Query {
        text: a.query.join(" "),
        kinds,
        open: if a.open {
            Some(true)
        } else if a.closed {
            Some(false)
        } else {
            None
        },
        since: a
            .since
            .as_deref()
            .map(|s| ctx.time("--since", s))
            .transpose()?
            .map(|t| t.timestamp()),
        limit: a.limit,
    })
}

fn print(q: &Query, hits: &[Hit], zone: Tz, as_json: bool) {
    if as_json {
        json(&serde_json::Value::Array(
            hits.iter()
                .map(|h| {
                    json!({
                        "kind": h.kind.as_str(),
                        "id": h.id,
                        "state": h.state,
                        "open": h.open,
                        "title": h.title,
                        "snippet": h.snippet,
                        "matched": h.matched.map(|(s, n)| json!({"start": s, "length": n})),
                        "changed_at": time_json(Some(h.at), zone),
                        "show": format!("opsdesk {}", h.kind.show_command(h.id)),
                    })
                })
                .collect(),
        ));
        return;
    }
    if hits.is_empty() {
        println!("nothing found for {:?}", q.text);
        return;
    }
    let mut t = Table::new(&["kind", "id", "state", "changed", "title", "match"]).limit(4, 40);
    for h in hits {
        t.row(vec![
            h.kind.to_string(),
            h.id.to_string(),
            h.state.clone(),
            local_minute(h.at, zone),
            h.title.clone(),
            h.snippet.clone(),
        ]);
    }
    t.print();
}
