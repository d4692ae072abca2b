//! Change commands (SPEC C1–C10): each one transaction that checks the rules, writes the record
//! and its history, and raises or completes the notice duties with their deadlines.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::step::{Stored, Transition, step};
use super::{Call, Writes, conflict};
use crate::domain::audit::diff;
use crate::domain::calendar::Calendar;
use crate::domain::change::{Change, ChangePolicy, ChangeStatus, NewChange, Outcome};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::escalation::DutySpec;
use crate::domain::kind::Kind;
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::{invalid, not_found, rule};
use crate::notify::recipients::Subject;
use crate::store::audit::{self};
use crate::store::db::Db;
use crate::store::{changes as store, duties};

mod notices;
mod views;

pub(crate) use notices::notice_in;
pub use notices::{NoticeDoc, Rendered, render_notice};
pub(crate) use views::open_views;
pub use views::{MonthPlan, PlanConflict, View, list, month_plan, show};

fn rules(desk: &impl Writes) -> (Calendar, ChangePolicy) {
    (
        Calendar::from_config(desk.config()),
        ChangePolicy::from_config(desk.config()),
    )
}

fn load(conn: &dyn Db, id: i64) -> Result<Change> {
    store::get(conn, id)?.ok_or_else(|| not_found(format!("no change {id}")))
}

/// Departments a change names must exist: a typo would address a notice to nobody.
fn check_departments(conn: &dyn Db, c: &Change) -> Result<()> {
    for code in c.departments.iter().chain(&c.collaborators) {
        if crate::store::departments::by_code(conn, code)?.is_none() {
            return Err(not_found(format!("no department {code:?}; see opsdesk dept list")));
        }
    }
    Ok(())
}

fn record(
    conn: &dyn Db,
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
pub fn create(desk: &mut impl Writes, actor: &Actor, new: &NewChange, now: DateTime<Utc>) -> Result<Change> {
    let (cal, _) = rules(desk);
    let mut c = Change::open(new, actor, &cal, now)?;
    let listed = desk.config().incident.services.clone();
    desk.write_db_as(actor, |tx, actor| {
        // I11, issue 19: the systems are services of the directory, `计费` recorded as `billing`.
        c.systems = super::services::resolve_all_in(tx, &listed, &c.systems)?;
        check_departments(tx, &c)?;
        c.id = store::insert(tx, &c)?;
        record(tx, None, &c, &actor.login, "create", "", now)?;
        Ok(c)
    })
}

/// One step through the one transaction step: the domain computes the new record as the actor is
/// now, then `after` (the change's duties) runs in the same transaction.
fn drive(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    action: &'static str,
    detail: &str,
    rule: impl FnOnce(&Change, &Calendar, &ChangePolicy, &Call) -> Result<Change>,
    after: impl FnOnce(&dyn Db, &Change, &Calendar, &ChangePolicy, &Call) -> Result<()>,
) -> Result<Change> {
    let (cal, policy) = rules(desk);
    step(
        desk,
        call,
        id,
        detail,
        |_, old, call| Ok(vec![Transition::to(action, rule(old, &cal, &policy, call)?)]),
        |tx, new, call| {
            after(tx, new, &cal, &policy, call)?;
            Ok(new.clone())
        },
    )
}

impl Stored for Change {
    fn load(conn: &dyn Db, id: i64) -> Result<Option<Change>> {
        store::get(conn, id)
    }
    fn save(conn: &dyn Db, old: &Change, new: &Change) -> Result<bool> {
        store::update(conn, old, new)
    }
}

fn nothing(_: &dyn Db, _: &Change, _: &Calendar, _: &ChangePolicy, _: &Call) -> Result<()> {
    Ok(())
}

/// Raise the duty `kind` of change `c`, due at `due`.
fn raise(
    conn: &dyn Db,
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
    conn: &dyn Db,
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

/// Every step on a change, as the command line and the console both ask for it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cmd {
    /// C1: into the month's plan, with its window.
    Plan {
        window: (DateTime<Utc>, DateTime<Utc>),
        month: Option<String>,
    },
    /// C3: confirmed in the test environment.
    ConfirmTest {
        by: String,
        at: DateTime<Utc>,
    },
    /// C3-C6: the gates; a manager may override with a reason.
    Schedule {
        emergency: Option<String>,
    },
    /// C5-C7: a notice went out.
    Notify {
        notice: Notice,
        channel: String,
        at: DateTime<Utc>,
    },
    /// C10: into production inside its window; a manager may override with a reason.
    Start {
        at: DateTime<Utc>,
        emergency: Option<String>,
    },
    Finish {
        at: DateTime<Utc>,
        outcome: Outcome,
        why: String,
    },
    /// C8.
    Result(ResultNotice),
    /// C9.
    Summary(Summary),
    Close {
        at: DateTime<Utc>,
    },
}

/// Apply `cmd` to change `id`: one transaction through the one step.
pub fn apply(desk: &mut impl Writes, call: &Call, id: i64, cmd: &Cmd) -> Result<Change> {
    match cmd {
        Cmd::Plan { window, month } => plan(desk, call, id, *window, month.as_deref()),
        Cmd::ConfirmTest { by, at } => confirm_test(desk, call, id, by, *at),
        Cmd::Schedule { emergency } => schedule(desk, call, id, emergency.as_deref()),
        Cmd::Notify { notice, channel, at } => notify(desk, call, id, *notice, channel, *at),
        Cmd::Start { at, emergency } => start(desk, call, id, *at, emergency.as_deref()),
        Cmd::Finish { at, outcome, why } => finish(desk, call, id, *at, *outcome, why),
        Cmd::Result(r) => result(desk, call, id, r),
        Cmd::Summary(s) => summary(desk, call, id, s),
        Cmd::Close { at } => close(desk, call, id, *at),
    }
}

/// C1: into the month's plan, with its window.
pub fn plan(
    desk: &mut impl Writes,
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
pub fn confirm_test(desk: &mut impl Writes, call: &Call, id: i64, by: &str, at: DateTime<Utc>) -> Result<Change> {
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
pub fn schedule(desk: &mut impl Writes, call: &Call, id: i64, emergency: Option<&str>) -> Result<Change> {
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
    desk: &mut impl Writes,
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
    desk.write_db_as(call.actor, |tx, actor| {
        let call = &Call { actor, ..*call };
        let c = load(tx, id)?;
        if let Some(v) = call.if_version.filter(|v| *v != c.version) {
            return Err(conflict(tx, Kind::Change, id, v, c.version, zone));
        }
        c.can(crate::domain::change::Step::Notify)?;
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
    tx: &dyn Db,
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
pub fn start(
    desk: &mut impl Writes,
    call: &Call,
    id: i64,
    at: DateTime<Utc>,
    emergency: Option<&str>,
) -> Result<Change> {
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
    desk: &mut impl Writes,
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
#[derive(Clone, Debug, PartialEq)]
pub struct ResultNotice {
    pub on_time: bool,
    pub delay_reason: String,
    pub remaining: String,
    pub notes: String,
    pub channel: String,
    pub at: DateTime<Utc>,
}

/// C8: the result notice went out.
pub fn result(desk: &mut impl Writes, call: &Call, id: i64, r: &ResultNotice) -> Result<Change> {
    let zone = desk.zone();
    let how = format!("{}, sent {}", r.channel, local_minute(r.at, zone));
    drive(
        desk,
        call,
        id,
        "result",
        "",
        |c, _, _, call| Ok(c.announce(call.actor, r.on_time, &r.delay_reason, &r.remaining, &r.notes, call.now)?),
        |tx, c, _, _, call| {
            if by_outbox(&r.channel) {
                return Ok(());
            }
            done(tx, c, DutyKind::C8Result, call, r.at, &how, zone)
        },
    )
}

/// What the C9 summary report says.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub confirmed_at: DateTime<Utc>,
    pub background: String,
    pub work_done: String,
    pub difficulty: String,
    pub significance: String,
    pub channel: String,
    pub at: DateTime<Utc>,
}

/// C9: fully confirmed, and the summary report sent.
pub fn summary(desk: &mut impl Writes, call: &Call, id: i64, s: &Summary) -> Result<Change> {
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
                &s.background,
                &s.work_done,
                &s.difficulty,
                &s.significance,
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
            if by_outbox(&s.channel) {
                return Ok(());
            }
            done(tx, c, DutyKind::C9Summary, call, s.at, &how, zone)
        },
    )
}

pub fn close(desk: &mut impl Writes, call: &Call, id: i64, at: DateTime<Utc>) -> Result<Change> {
    drive(
        desk,
        call,
        id,
        "close",
        "",
        |c, _, _, call| Ok(c.close(call.actor, at, call.now)?),
        // P1: the problems whose fix this change is are fixed (or open again) with it.
        |tx, c, cal, _, call| super::problems::change_closed(tx, c, call, cal.zone),
    )
}
