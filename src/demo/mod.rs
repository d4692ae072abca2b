//! The demo desk: departments, people (you among them), and incidents in every state and at
//! every escalation level, written through the same commands an operator uses, at the times they
//! would have happened, so that histories, duties and countdowns are real.
//!
//! `data` holds the faults and people it draws from, `people` the directory, `story` the
//! incidents of the last month, `plans` its changes and billing runs, `requests` its service
//! requests; `scale` adds the year before the last month, and years more for `opsdesk bench`.

mod data;
mod duties;
mod emergency;
mod knowledge;
mod people;
mod plans;
mod quality;
mod requests;
mod scale;
mod story;
mod support;

pub use data::{FAULTS, REPORTERS, Rng};

use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};

use crate::config::Config;
use crate::domain::role::Role;
use crate::ops::Desk;
use crate::ops::directory::{self};
use crate::store;
use people::{Persona, people};
use story::Gen;

/// The demo's year before its last month: three closed incidents a day, one in 25 a suspension of
/// its service (I11).
const YEAR: scale::Shape = scale::Shape {
    per_day: 3,
    all_closed: true,
    outage_one_in: 25,
};
const YEAR_INCIDENTS: usize = 335 * 3;

/// Write a fresh demo desk at `path`. The current login becomes a person of the desk with `role`.
pub fn write(
    path: &Path,
    config: Config,
    login: &str,
    name: &str,
    role: Role,
    seed: u64,
    now: DateTime<Utc>,
) -> Result<Desk> {
    write_with_past(path, config, login, name, role, seed, now, (0, 0), &mut |_| {})
}

/// [`write`], with `past` more incidents and service requests from the years before the last
/// month (the scale generators); `progress` hears how many incidents are written.
#[allow(clippy::too_many_arguments)]
pub fn write_with_past(
    path: &Path,
    config: Config,
    login: &str,
    name: &str,
    role: Role,
    seed: u64,
    now: DateTime<Utc>,
    (past, past_requests): (usize, usize),
    progress: &mut dyn FnMut(usize),
) -> Result<Desk> {
    let start = now - Duration::days(30);
    // The desk's admin, 赵磊, sets it up (unless that is your own login).
    let admin = if login == "zhaolei" { "admin" } else { "zhaolei" };
    let mut desk = directory::init_file(path, config, admin, "赵磊", "IT管理部", start)?;
    let you = Persona {
        login: login.into(),
        name: name.into(),
        role,
    };
    desk.store.write(|tx| store::set_meta(tx, "demo", "1"))?;
    desk.store.unsafe_fast_writes()?;
    let setup = desk.actor(admin)?;
    people(&mut desk, &setup, &you, start)?;
    people::services(&mut desk, &setup, start)?;
    if past > 0 {
        scale::grow(&mut desk, past, seed, start, progress)?;
    }
    if past_requests > 0 {
        requests::past::grow(&mut desk, past_requests, seed, start, &mut |_| {})?;
    }
    Gen {
        desk: &mut desk,
        now,
        rng: Rng::new(seed),
        you: you.login.clone(),
    }
    .run()?;
    // Issue 15, item 9: the eleven months before the story's, closed, so that every report and
    // chart has a year to show. Written last, so that every other record keeps its number.
    let year = scale::grow_shaped(&mut desk, YEAR_INCIDENTS, seed, start, YEAR, &mut |_| {})?;
    // Their duties (I6, I8), done as a desk does them: in time mostly, some late.
    if let Some(ids) = year {
        duties::year(&mut desk, ids, seed)?;
    }
    Ok(desk)
}

/// True when the file at `path` is a demo database (safe to replace). Only reads it.
pub fn is_demo(path: &Path) -> bool {
    crate::store::backup::Source::open(path)
        .and_then(|s| s.meta("demo"))
        .is_ok_and(|v| v.as_deref() == Some("1"))
}
