//! Change commands (SPEC C1–C10): each one transaction that checks the rules, writes the record
//! and its history, and raises or completes the notice duties with their deadlines.

use crate::domain::kind::Kind;
use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::{Call, Desk, conflict};
use crate::domain::audit::diff;
use crate::domain::calendar::{Calendar, DayKind};
use crate::domain::change::{Change, ChangePolicy, ChangeStatus, GateFailure, NewChange, Outcome, parse_month};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::{invalid, not_found, rule};
use crate::notify::recipients::{self, Recipients, Subject};
use crate::notify::{context, templates};
use crate::store::audit::{self, HistoryRow};
use crate::store::{changes as store, duties};

/// A change as screens and `--json` show it.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub change: Change,
    pub duties: Vec<Duty>,
    pub history: Vec<HistoryRow>,
    /// While not yet scheduled: what would refuse it now.
    pub gates: Vec<GateFailure>,
    /// The next deadline: an open duty's, or (before scheduling) the first notice's.
    pub next: Option<(DutyKind, DateTime<Utc>)>,
    /// W2: years its working-day counts cross that the calendar does not know.
    pub unknown_years: Vec<i32>,
}

fn rules(desk: &Desk) -> (Calendar, ChangePolicy) {
    (
        Calendar::from_config(&desk.config),
        ChangePolicy::from_config(&desk.config),
    )
}

fn load(conn: &Connection, id: i64) -> Result<Change> {
    store::get(conn, id)?.ok_or_else(|| not_found(format!("no change {id}")))
}

/// Departments a change names must exist: a typo would address a notice to nobody.
fn check_departments(conn: &Connection, c: &Change) -> Result<()> {
    for code in c.departments.iter().chain(&c.collaborators) {
        if crate::store::departments::by_code(conn, code)?.is_none() {
            return Err(not_found(format!("no department {code:?}; see opsdesk dept list")));
        }
    }
    Ok(())
}

fn record(
    conn: &Connection,
    before: Option<&Change>,
    after: &Change,
    actor: &str,
    action: &str,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    audit::append(
        conn,
        &audit::Entry {
            record: (Kind::Change, after.id),
            subject: (Kind::Change, after.id),
            at: now,
            actor,
            action,
            version: Some(after.version),
            changes: &diff(before, after),
            detail,
        },
    )?;
    Ok(())
}

/// C1, C2: a new change (a draft).
pub fn create(desk: &mut Desk, actor: &Actor, new: &NewChange, now: DateTime<Utc>) -> Result<Change> {
    let (cal, _) = rules(desk);
    let mut c = Change::open(new, actor, &cal, now)?;
    desk.write_as(actor, |tx, actor| {
        check_departments(tx, &c)?;
        c.id = store::insert(tx, &c)?;
        record(tx, None, &c, &actor.login, "create", "", now)?;
        Ok(c)
    })
}

/// One step: load, check the version the caller saw, let the domain compute the new record as the
/// actor is now,
/// write it with its history, then `after` (duties) in the same transaction.
fn drive(
    desk: &mut Desk,
    call: &Call,
    id: i64,
    action: &str,
    detail: &str,
    step: impl FnOnce(&Change, &Calendar, &ChangePolicy, &Call) -> Result<Change>,
    after: impl FnOnce(&Connection, &Change, &Calendar, &ChangePolicy, &Call) -> Result<()>,
) -> Result<Change> {
    let (cal, policy) = rules(desk);
    let zone = desk.zone();
    desk.write_as(call.actor, |tx, actor| {
        // The actor as the directory has them now (U4).
        let call = &Call { actor, ..*call };
        let old = load(tx, id)?;
        if let Some(v) = call.if_version.filter(|v| *v != old.version) {
            return Err(conflict(tx, Kind::Change, id, v, old.version, zone));
        }
        let new = step(&old, &cal, &policy, call)?;
        if !store::update(tx, &old, &new)? {
            return Err(conflict(tx, Kind::Change, id, old.version, old.version + 1, zone));
        }
        record(tx, Some(&old), &new, &actor.login, action, detail, call.now)?;
        after(tx, &new, &cal, &policy, call)?;
        Ok(new)
    })
}

fn nothing(_: &Connection, _: &Change, _: &Calendar, _: &ChangePolicy, _: &Call) -> Result<()> {
    Ok(())
}

/// Raise the duty `kind` of change `c`, due at `due`.
fn raise(
    conn: &Connection,
    c: &Change,
    kind: DutyKind,
    due: Option<DateTime<Utc>>,
    call: &Call,
    zone: chrono_tz::Tz,
) -> Result<()> {
    if let Some(due) = due {
        let spec = DutySpec {
            kind,
            episode: 0,
            raised_at: call.now,
            due_at: due,
        };
        super::duties::raise(
            conn,
            (Kind::Change, c.id),
            Subject::Change(c),
            &spec,
            &call.actor.login,
            call.now,
            zone,
        )?;
    }
    Ok(())
}

/// Mark the open duty `kind` of change `c` done.
fn done(
    conn: &Connection,
    c: &Change,
    kind: DutyKind,
    call: &Call,
    at: DateTime<Utc>,
    how: &str,
    zone: chrono_tz::Tz,
) -> Result<()> {
    let open = duties::of_record(conn, Kind::Change, c.id)?
        .into_iter()
        .find(|d| d.kind == kind && d.done_at.is_none());
    if let Some(d) = open {
        super::duties::complete_in(conn, &d, &call.actor.login, at, how, call.now, zone)?;
    }
    Ok(())
}

/// C1: into the month's plan, with its window.
pub fn plan(
    desk: &mut Desk,
    call: &Call,
    id: i64,
    window: (DateTime<Utc>, DateTime<Utc>),
    month: Option<&str>,
) -> Result<Change> {
    drive(
        desk,
        call,
        id,
        "plan",
        "",
        |c, cal, _, call| Ok(c.plan(call.actor, window, month, cal, call.now)?),
        nothing,
    )
}

/// C3: confirmed in the test environment, by whom, when.
pub fn confirm_test(desk: &mut Desk, call: &Call, id: i64, by: &str, at: DateTime<Utc>) -> Result<Change> {
    drive(
        desk,
        call,
        id,
        "confirm_test",
        "",
        |c, _, _, call| Ok(c.confirm_test(call.actor, by, at, call.now)?),
        nothing,
    )
}

/// C3–C6 gates; on success the notice duties start to run (C5, C6, C7).
pub fn schedule(desk: &mut Desk, call: &Call, id: i64, emergency: Option<&str>) -> Result<Change> {
    let zone = desk.zone();
    let detail = emergency
        .map(|r| format!("emergency override: {r}"))
        .unwrap_or_default();
    drive(
        desk,
        call,
        id,
        "schedule",
        &detail,
        |c, cal, p, call| Ok(c.schedule(call.actor, cal, p, emergency, call.now)?),
        |tx, c, cal, p, call| {
            if c.user_affecting {
                raise(tx, c, DutyKind::C5Maintenance, c.c5_due(cal, p), call, zone)?;
                raise(tx, c, DutyKind::C5FrontLine, c.c5_due(cal, p), call, zone)?;
            }
            if c.cross_dept() {
                raise(tx, c, DutyKind::C6Request, c.c6_due(cal, p), call, zone)?;
            }
            raise(tx, c, DutyKind::C7Notice, c.c7_due(cal, p), call, zone)
        },
    )
}

/// Which notice `notify` records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    C5,
    C5FrontLine,
    C6,
    C7,
}

impl Notice {
    pub fn parse(s: &str) -> Result<Notice> {
        Ok(match s.trim() {
            "c5" => Notice::C5,
            "c5-front" => Notice::C5FrontLine,
            "c6" => Notice::C6,
            "c7" => Notice::C7,
            other => return Err(invalid(format!("unknown notice {other:?}: use c5, c5-front, c6 or c7"))),
        })
    }

    fn duty(self) -> DutyKind {
        match self {
            Notice::C5 => DutyKind::C5Maintenance,
            Notice::C5FrontLine => DutyKind::C5FrontLine,
            Notice::C6 => DutyKind::C6Request,
            Notice::C7 => DutyKind::C7Notice,
        }
    }
}

/// "Mark sent": a notice went out by `channel` at `at`. For C7, a phone call (when the notice
/// could not go out in time) is recorded and the written notice still awaited.
pub fn notify(
    desk: &mut Desk,
    call: &Call,
    id: i64,
    notice: Notice,
    channel: &str,
    at: DateTime<Utc>,
) -> Result<Change> {
    let zone = desk.zone();
    let channel = crate::text::normalize(channel);
    if channel.is_empty() {
        return Err(invalid("say how it went out: --channel email, sms, phone, in-person"));
    }
    let how = format!("{channel}, sent {}", local_minute(at, zone));
    if notice == Notice::C7 {
        let phoned = channel.eq_ignore_ascii_case("phone");
        let (action, detail) = if phoned {
            (
                "phoned",
                "C7: the main departments were phoned; the written notice follows".to_string(),
            )
        } else {
            ("notify", format!("C7 change notice sent by {channel}"))
        };
        return drive(
            desk,
            call,
            id,
            action,
            &detail,
            |c, _, _, call| {
                Ok(if phoned {
                    c.phoned(call.actor, at, call.now)?
                } else {
                    c.notified(call.actor, call.now)?
                })
            },
            |tx, c, _, _, call| {
                if phoned {
                    Ok(())
                } else {
                    done(tx, c, DutyKind::C7Notice, call, at, &how, zone)
                }
            },
        );
    }
    // The other notices change no field of the change: only their duty.
    desk.write_as(call.actor, |tx, actor| {
        let call = &Call { actor, ..*call };
        let c = load(tx, id)?;
        if let Some(v) = call.if_version.filter(|v| *v != c.version) {
            return Err(conflict(tx, Kind::Change, id, v, c.version, zone));
        }
        if !matches!(
            c.status,
            ChangeStatus::Scheduled | ChangeStatus::Notified | ChangeStatus::Executing
        ) {
            return Err(rule(format!(
                "change {id} is {}; its notices run once it is scheduled",
                c.status
            )));
        }
        let owed = duties::of_record(tx, Kind::Change, id)?
            .into_iter()
            .find(|d| d.kind == notice.duty());
        match owed {
            Some(d) if d.done_at.is_none() => {
                super::duties::complete_in(tx, &d, &call.actor.login, at, &how, call.now, zone)?;
            }
            Some(d) => {
                return Err(rule(format!(
                    "the {} notice of change {id} was already sent ({})",
                    d.kind.rule(),
                    d.done_how
                )));
            }
            None => return Err(rule(format!("change {id} owes no {} notice", notice.duty().rule()))),
        }
        Ok(c)
    })
}

/// The outbox sent notice duty `duty` of a change: the duty is done and, for the C7 notice, a
/// scheduled change is now notified, as `notify` would have recorded it.
pub(crate) fn notice_sent_by_outbox(
    tx: &Connection,
    duty: &Duty,
    actor: &Actor,
    now: DateTime<Utc>,
    how: &str,
    zone: chrono_tz::Tz,
) -> Result<()> {
    super::duties::complete_in(tx, duty, &actor.login, now, how, now, zone)?;
    if duty.kind != DutyKind::C7Notice {
        return Ok(());
    }
    let old = load(tx, duty.record_id)?;
    if old.status != ChangeStatus::Scheduled {
        return Ok(());
    }
    let new = old.notified(actor, now)?;
    if !store::update(tx, &old, &new)? {
        return Err(conflict(tx, Kind::Change, old.id, old.version, old.version + 1, zone));
    }
    record(
        tx,
        Some(&old),
        &new,
        &actor.login,
        "notify",
        "C7 change notice sent by opsdesk",
        now,
    )
}

/// Into production (after its notice; inside its window, C10; C4 inside the early hours). A
/// manager may start it outside them as an emergency, with a reason.
pub fn start(desk: &mut Desk, call: &Call, id: i64, at: DateTime<Utc>, emergency: Option<&str>) -> Result<Change> {
    let detail = emergency
        .map(|r| format!("emergency override of the window: {r}"))
        .unwrap_or_default();
    drive(
        desk,
        call,
        id,
        "start",
        &detail,
        |c, cal, p, call| Ok(c.start(call.actor, at, cal, p, emergency, call.now)?),
        nothing,
    )
}

/// Done: the result notice (C8) and, for a complex change, the confirmation and summary (C9)
/// start to run.
pub fn finish(
    desk: &mut Desk,
    call: &Call,
    id: i64,
    at: DateTime<Utc>,
    outcome: Outcome,
    note: &str,
) -> Result<Change> {
    let zone = desk.zone();
    drive(
        desk,
        call,
        id,
        "finish",
        note,
        |c, _, _, call| Ok(c.finish(call.actor, at, outcome, note, call.now)?),
        |tx, c, cal, p, call| {
            raise(tx, c, DutyKind::C8Result, c.c8_due(p), call, zone)?;
            if c.complex {
                raise(tx, c, DutyKind::C9Confirmation, c.c9_due(cal, p), call, zone)?;
                raise(tx, c, DutyKind::C9Summary, c.c9_due(cal, p), call, zone)?;
            }
            Ok(())
        },
    )
}

/// `--channel outbox`: the content is recorded and opsdesk's outbox sends the notice (its duty
/// stays open until the message has gone).
fn by_outbox(channel: &str) -> bool {
    channel.trim().eq_ignore_ascii_case("outbox")
}

/// What the C8 result notice says.
pub struct ResultNotice<'a> {
    pub on_time: bool,
    pub delay_reason: &'a str,
    pub remaining: &'a str,
    pub notes: &'a str,
    pub channel: &'a str,
    pub at: DateTime<Utc>,
}

/// C8: the result notice went out.
pub fn result(desk: &mut Desk, call: &Call, id: i64, r: &ResultNotice) -> Result<Change> {
    let zone = desk.zone();
    let how = format!("{}, sent {}", r.channel, local_minute(r.at, zone));
    drive(
        desk,
        call,
        id,
        "result",
        "",
        |c, _, _, call| Ok(c.announce(call.actor, r.on_time, r.delay_reason, r.remaining, r.notes, call.now)?),
        |tx, c, _, _, call| {
            if by_outbox(r.channel) {
                return Ok(());
            }
            done(tx, c, DutyKind::C8Result, call, r.at, &how, zone)
        },
    )
}

/// What the C9 summary report says.
pub struct Summary<'a> {
    pub confirmed_at: DateTime<Utc>,
    pub background: &'a str,
    pub work_done: &'a str,
    pub difficulty: &'a str,
    pub significance: &'a str,
    pub channel: &'a str,
    pub at: DateTime<Utc>,
}

/// C9: fully confirmed, and the summary report sent.
pub fn summary(desk: &mut Desk, call: &Call, id: i64, s: &Summary) -> Result<Change> {
    let zone = desk.zone();
    let how = format!("{}, sent {}", s.channel, local_minute(s.at, zone));
    drive(
        desk,
        call,
        id,
        "summary",
        "",
        |c, _, _, call| {
            Ok(c.summarise(
                call.actor,
                s.confirmed_at,
                s.background,
                s.work_done,
                s.difficulty,
                s.significance,
                call.now,
            )?)
        },
        |tx, c, _, _, call| {
            done(
                tx,
                c,
                DutyKind::C9Confirmation,
                call,
                s.confirmed_at,
                "fully confirmed",
                zone,
            )?;
            if by_outbox(s.channel) {
                return Ok(());
            }
            done(tx, c, DutyKind::C9Summary, call, s.at, &how, zone)
        },
    )
}

pub fn close(desk: &mut Desk, call: &Call, id: i64, at: DateTime<Utc>) -> Result<Change> {
    drive(
        desk,
        call,
        id,
        "close",
        "",
        |c, _, _, call| Ok(c.close(call.actor, at, call.now)?),
        nothing,
    )
}

fn view(
    c: Change,
    duties: Vec<Duty>,
    history: Vec<HistoryRow>,
    cal: &Calendar,
    p: &ChangePolicy,
    now: DateTime<Utc>,
) -> View {
    let gates = if matches!(
        c.status,
        ChangeStatus::Draft | ChangeStatus::Planned | ChangeStatus::TestConfirmed
    ) {
        c.gates(cal, p, now)
    } else {
        Vec::new()
    };
    let open_duty = duties
        .iter()
        .filter(|d| d.done_at.is_none())
        .min_by_key(|d| d.due_at)
        .map(|d| (d.kind, d.due_at));
    let upcoming = || {
        let mut cands = vec![(DutyKind::C7Notice, c.c7_due(cal, p))];
        if c.user_affecting {
            cands.push((DutyKind::C5Maintenance, c.c5_due(cal, p)));
        }
        if c.cross_dept() {
            cands.push((DutyKind::C6Request, c.c6_due(cal, p)));
        }
        cands
            .into_iter()
            .filter_map(|(k, t)| t.map(|t| (k, t)))
            .min_by_key(|(_, t)| *t)
    };
    let next = match c.status {
        ChangeStatus::Draft | ChangeStatus::Planned | ChangeStatus::TestConfirmed => upcoming(),
        ChangeStatus::Closed => None,
        _ => open_duty,
    };
    let unknown_years = c.unknown_calendar_years(cal, p, now);
    View {
        change: c,
        duties,
        history,
        gates,
        next,
        unknown_years,
    }
}

pub fn show(desk: &mut Desk, id: i64, now: DateTime<Utc>) -> Result<View> {
    let (cal, p) = rules(desk);
    desk.store.read(|tx| {
        let c = load(tx, id)?;
        let ds = duties::of_record(tx, Kind::Change, id)?;
        let h = audit::timeline(tx, Kind::Change, id)?;
        Ok(view(c, ds, h, &cal, &p, now))
    })
}

/// Changes, newest first: the open ones, or all (one page keyed by id).
pub fn list(
    desk: &mut Desk,
    open_only: bool,
    before: Option<i64>,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let (cal, p) = rules(desk);
    desk.store.read(|tx| {
        let rows = if open_only {
            store::open(tx, limit)?
        } else {
            store::list(tx, before, limit)?
        };
        views(tx, rows, &cal, &p, now)
    })
}

/// The open changes, inside the caller's transaction (the console's snapshot).
pub(crate) fn open_views(
    conn: &Connection,
    config: &crate::config::Config,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let (cal, p) = (Calendar::from_config(config), ChangePolicy::from_config(config));
    views(conn, store::open(conn, limit)?, &cal, &p, now)
}

fn views(
    conn: &Connection,
    rows: Vec<Change>,
    cal: &Calendar,
    p: &ChangePolicy,
    now: DateTime<Utc>,
) -> Result<Vec<View>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let mut all = duties::of_records(conn, Kind::Change, &ids)?;
    Ok(rows
        .into_iter()
        .map(|c| {
            let mine: Vec<Duty> = all.extract_if(.., |d| d.record_id == c.id).collect();
            view(c, mine, Vec::new(), cal, p, now)
        })
        .collect())
}

/// Something the month's plan flags (C1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanConflict {
    pub changes: Vec<i64>,
    /// "overlap" (same system, overlapping windows) or "day_off" (a window on a day off).
    pub kind: String,
    pub detail: String,
}

/// One month's plan (C1): every day with its kind, the changes by window, and the conflicts.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthPlan {
    pub year: i32,
    pub month: u32,
    pub days: Vec<(NaiveDate, DayKind)>,
    pub changes: Vec<Change>,
    pub conflicts: Vec<PlanConflict>,
}

pub fn month_plan(desk: &mut Desk, month: &str) -> Result<MonthPlan> {
    let (year, m) = parse_month(month)?;
    let month = format!("{year:04}-{m:02}");
    let (cal, _) = rules(desk);
    let changes = store::of_month(desk.store.conn(), &month)?;
    let mut conflicts = Vec::new();
    for (i, a) in changes.iter().enumerate() {
        let (Some(a0), Some(a1)) = (a.window_start, a.window_end) else {
            continue;
        };
        let day = cal.date_of(a0);
        let kind = cal.kind(day);
        if !kind.is_working() {
            conflicts.push(PlanConflict {
                changes: vec![a.id],
                kind: "day_off".into(),
                detail: format!(
                    "change {} runs on {day}, a {}",
                    a.id,
                    if kind == DayKind::Holiday {
                        "holiday"
                    } else {
                        "weekend day"
                    }
                ),
            });
        }
        for b in &changes[i + 1..] {
            let (Some(b0), Some(b1)) = (b.window_start, b.window_end) else {
                continue;
            };
            let shared: Vec<&String> = a.systems.iter().filter(|s| b.systems.contains(s)).collect();
            if !shared.is_empty() && a0 < b1 && b0 < a1 {
                conflicts.push(PlanConflict {
                    changes: vec![a.id, b.id],
                    kind: "overlap".into(),
                    detail: format!(
                        "changes {} and {} both touch {} in overlapping windows",
                        a.id,
                        b.id,
                        shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                });
            }
        }
    }
    Ok(MonthPlan {
        year,
        month: m,
        days: cal.month(year, m),
        changes,
        conflicts,
    })
}

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
    desk: &mut Desk,
    id: i64,
    doc: NoticeDoc,
    lang: &str,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let zone = desk.zone();
    let conn = desk.store.conn();
    let c = load(conn, id)?;
    notice_in(conn, zone, &c, doc, doc.audience(), lang, templates_dir, now)
}

/// Render notice `doc` of change `c` addressed to `audience`, inside any transaction.
#[allow(clippy::too_many_arguments)]
pub(crate) fn notice_in(
    conn: &Connection,
    zone: chrono_tz::Tz,
    c: &Change,
    doc: NoticeDoc,
    audience: crate::domain::duty::Audience,
    lang: &str,
    templates_dir: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Rendered> {
    let Recipients { to, cc } = recipients::resolve(conn, audience, Subject::Change(c))?;
    let label = |l: &str| super::label_login(conn, l);
    let values = context::notice(c, &to, &cc, doc == NoticeDoc::C8, &label, zone, now);
    let file = format!("{}.{}.md", doc.name(), if lang == "zh-CN" { "zh-CN" } else { "en" });
    let body = templates::render(&file, templates_dir, &values)?;
    Ok(Rendered { to, cc, body })
}
