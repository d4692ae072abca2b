//! Sampling commands (SPEC Q5): draw a sample of a month's closed records, reproducible by its
//! seed; record each sampled record's finding, by a reviewer who did not handle it, a problem
//! raising a corrective notice (Q6) when asked, in the same transaction.

use anyhow::Result;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::audit::diff;
use crate::domain::corrective::NewCorrective;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::domain::sample::{self, Finding, Item, Sample};
use crate::error::{invalid, not_found};
use crate::ops::Writes;
use crate::store::db::Db;
use crate::store::{audit, samples as store};

/// The kinds a sample is drawn from when none is named.
pub const KINDS: &[Kind] = &[Kind::Incident, Kind::Request];

/// A sample as shown: each item with its finding, if it has one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct View {
    pub sample: Sample,
    pub items: Vec<(Item, Option<Finding>)>,
    /// Items still without a finding.
    pub open: usize,
}

pub fn view(conn: &dyn Db, s: Sample) -> Result<View> {
    let findings = store::findings(conn, s.id)?;
    let items: Vec<(Item, Option<Finding>)> = store::items(conn, s.id)?
        .into_iter()
        .map(|i| {
            let f = findings.iter().find(|f| f.pos == i.pos).cloned();
            (i, f)
        })
        .collect();
    let open = items.iter().filter(|(_, f)| f.is_none()).count();
    Ok(View { sample: s, items, open })
}

pub fn get(conn: &dyn Db, id: i64) -> Result<View> {
    let s = store::get(conn, id)?.ok_or_else(|| not_found(format!("no sample {id}")))?;
    view(conn, s)
}

pub fn list(conn: &dyn Db, before: Option<i64>, limit: usize) -> Result<Vec<View>> {
    store::list(conn, before, limit)?
        .into_iter()
        .map(|s| view(conn, s))
        .collect()
}

/// The instants `month` (`2026-11`) begins and ends in the desk's zone.
fn month_bounds(month: &str, zone: Tz) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    let first = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .map_err(|_| invalid(format!("month {month:?}: use YYYY-MM")))?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| invalid("month out of range"))?;
    let at = |d: NaiveDate| {
        zone.from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .ok_or_else(|| invalid(format!("no midnight on {d} in {zone}")))
    };
    Ok((at(first)?, at(next)?))
}

/// What a draw asks for.
#[derive(Clone, Debug)]
pub struct Draw {
    pub month: String,
    pub kinds: Vec<Kind>,
    pub size: usize,
    /// None: one is chosen from the clock and recorded.
    pub seed: Option<i64>,
}

/// Q5: draw a sample; who drew it, when and with which seed are recorded.
pub fn draw(desk: &mut impl Writes, actor: &Actor, d: &Draw, now: DateTime<Utc>) -> Result<View> {
    let zone = desk.zone();
    let month = sample::month(&d.month)?;
    let (from, to) = month_bounds(&month, zone)?;
    let kinds = if d.kinds.is_empty() {
        KINDS.to_vec()
    } else {
        d.kinds.clone()
    };
    for k in &kinds {
        if !KINDS.contains(k) {
            return Err(invalid(format!("opsdesk samples incidents and requests, not {k}")));
        }
    }
    // Without a seed, the clock's nanoseconds: recorded, so the draw can still be repeated.
    let seed = d
        .seed
        .unwrap_or_else(|| (now.timestamp() ^ i64::from(now.timestamp_subsec_nanos()) << 20) & i64::MAX);
    desk.write_db_as(actor, |tx, actor| {
        sample::may_draw(actor, d.size)?;
        let mut candidates = Vec::new();
        for &k in &kinds {
            candidates.extend(store::closed_between(tx, k, from, to)?.into_iter().map(|id| (k, id)));
        }
        let items: Vec<Item> = sample::draw(candidates.len(), d.size, seed)
            .into_iter()
            .enumerate()
            .map(|(n, i)| Item {
                pos: n as i64 + 1,
                record_kind: candidates[i].0,
                record_id: candidates[i].1,
            })
            .collect();
        let words: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
        let mut s = Sample {
            id: 0,
            month: month.clone(),
            kinds: words.join(","),
            size: items.len() as i64,
            seed,
            candidates: candidates.len() as i64,
            drawn_by: actor.login.clone(),
            drawn_at: now,
        };
        s.id = store::insert(tx, &s, &items)?;
        let detail = format!(
            "{} of {} closed record(s) of {month}, seed {seed}",
            items.len(),
            candidates.len()
        );
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Sample, s.id),
                subject: (Kind::Sample, s.id),
                at: now,
                actor: &actor.login,
                action: "draw",
                version: None,
                changes: &diff(None, &s),
                detail: &detail,
            },
        )?;
        view(tx, s)
    })
}

/// What a finding says.
#[derive(Clone, Debug)]
pub struct Review {
    pub ok: bool,
    pub text: String,
    /// Q6: a problem raises this corrective notice (its source is filled in).
    pub corrective: Option<NewCorrective>,
}

/// Q5: the finding on item `pos` of sample `id`.
pub fn finding(
    desk: &mut impl Writes,
    actor: &Actor,
    id: i64,
    pos: i64,
    r: &Review,
    now: DateTime<Utc>,
) -> Result<View> {
    let zone = desk.zone();
    desk.write_db_as(actor, |tx, actor| {
        let s = store::get(tx, id)?.ok_or_else(|| not_found(format!("no sample {id}")))?;
        let item = store::items(tx, id)?
            .into_iter()
            .find(|i| i.pos == pos)
            .ok_or_else(|| not_found(format!("sample {id} has no item {pos} (it has {})", s.size)))?;
        let handlers = store::handlers(tx, item.record_kind, item.record_id)?;
        let already = store::finding_at(tx, id, pos)?.is_some();
        let mut f = sample::review(&s, &item, actor, &handlers, already, r.ok, &r.text, now)?;
        if let Some(new) = &r.corrective {
            if r.ok {
                return Err(invalid("a corrective notice follows a problem finding (--problem)"));
            }
            let mut new = new.clone();
            new.source = format!("sample {id} item {pos}: {} {}", item.record_kind, item.record_id);
            if new.findings.trim().is_empty() {
                new.findings = f.text.clone();
            }
            let c = super::correctives::issue_in(tx, actor, &new, now, zone)?;
            f.corrective_id = Some(c.id);
        }
        f.id = store::insert_finding(tx, &f)?;
        let detail = format!(
            "item {pos}, {} {}: {}{}",
            item.record_kind,
            item.record_id,
            if f.ok { "ok" } else { "problem" },
            if f.text.is_empty() {
                String::new()
            } else {
                format!(": {}", f.text)
            }
        );
        audit::append(
            tx,
            &audit::Entry {
                record: (Kind::Finding, f.id),
                subject: (Kind::Sample, id),
                at: now,
                actor: &actor.login,
                action: "finding",
                version: None,
                changes: &diff(None, &f),
                detail: &detail,
            },
        )?;
        view(tx, s)
    })
}
