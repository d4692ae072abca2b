//! `opsdesk request …`: service requests (R1–R5), their clocks (R7) and the archive (R8).

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::json;
use super::record_args::{AcceptArgs, ShowArgs, StepArgs};
use super::request_export as export;
use super::request_view::{note_unknown_years, print_request, request_json, request_table};
use crate::domain::request::{
    AccountAction, Approval, Classification, Delivery, FormChannel, NewRequest, RequestKind, RequestStatus, Verdict,
};
use crate::domain::role::Actor;
use crate::domain::time::local_minute;
use crate::error::invalid;
use crate::ops::requests::{self as ops, Cmd, Outcome, rules};
use crate::ops::{Call, Writes};
use crate::store::requests::Filter;

#[derive(Subcommand, Debug)]
pub enum RequestCmd {
    /// Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval
    /// is missing (R7)
    New(Box<NewArgs>),
    /// The archive, newest first: by number, department, requester, text (R8)
    List(ListArgs),
    /// One request with its clock, pauses, duties and history
    Show(ShowArgs),
    /// Take it; a supervisor may assign it with --to
    Accept(AcceptArgs),
    /// Record an approval that reached IT: the last one missing starts the clock (R7)
    Approve(ApproveArgs),
    /// R4: the IT manager decides whether the president must approve
    Decide(DecideArgs),
    /// R3: the permission is beyond the business department's authority: the leader in charge
    /// approves too, and the clock stands still until then
    Escalate(ReasonArgs),
    /// R7: waiting for the requester's material: the clock stands still
    Pause(ReasonArgs),
    /// R7: the material came: the clock runs again
    Resume(StepArgs),
    /// R1's first evaluation (or --new-project), R5's first opinion: meets the limit
    Evaluate(EvaluateArgs),
    /// Delivered (R4: encrypted, classified, with the file's SHA-256; R5 urgent: the reply)
    Deliver(DeliverArgs),
    /// R1: the requester's feedback form (需求实现反馈表)
    Confirm(ConfirmArgs),
    /// Into the archive; an unfinished one needs --reason and a supervisor
    Close(CloseArgs),
    /// Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)
    Export(export::ExportArgs),
    /// The exports made: who, when, which range (R8)
    Exports(export::ExportsArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    /// requirement (R1), product (R2), account (R3), extraction (R4) or processing (R5)
    #[arg(long)]
    pub kind: String,
    #[arg(long)]
    pub title: String,
    /// The requesting department's code (see opsdesk dept list)
    #[arg(long)]
    pub dept: String,
    #[arg(long)]
    pub requester: String,
    /// The requester's phone number or e-mail address: the receipt goes there
    #[arg(long)]
    pub contact: Option<String>,
    /// oa, email, paper or phone
    #[arg(long)]
    pub channel: String,
    /// The form's own number (OA 流水号); required for oa and paper (R8)
    #[arg(long)]
    pub form_no: Option<String>,
    /// When the form reached IT [default: now]. TIME: 2026-11-20 10:05, RFC 3339, HH:MM, -2h
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub received_at: Option<String>,
    /// When the requester filed the form: approvals from there are not counted (R7)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub filed_at: Option<String>,
    /// An approval the form came with, ROLE=NAME or ROLE=NAME@TIME (repeat it)
    #[arg(long, value_name = "ROLE=NAME[@TIME]")]
    pub approval: Vec<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// R1: it changes a product (the product department's confirmation is an approval,
    /// role product_dept)
    #[arg(long)]
    pub changes_product: bool,
    /// R3: new, change or remove
    #[arg(long)]
    pub action: Option<String>,
    /// R3: the system
    #[arg(long)]
    pub system: Option<String>,
    /// R3: the account name
    #[arg(long)]
    pub account: Option<String>,
    /// R3: the person's login
    #[arg(long)]
    pub person: Option<String>,
    #[arg(long)]
    pub person_name: Option<String>,
    /// R3: the permission
    #[arg(long)]
    pub permission: Option<String>,
    /// R3: IT judges the permission beyond the business department's authority
    #[arg(long)]
    pub beyond_authority: bool,
    /// R4: the purpose of use (required)
    #[arg(long)]
    pub purpose: Option<String>,
    /// R4: the scope of use (required)
    #[arg(long)]
    pub scope: Option<String>,
    /// R4: needed or not-needed: the IT manager's decision (a manager only)
    #[arg(long)]
    pub president: Option<String>,
    /// R4: top-secret (绝密), secret (机密) or confidential (保密)
    #[arg(long)]
    pub classification: Option<String>,
    /// R5: a single urgent item by the requester's supervisor's e-mail
    #[arg(long)]
    pub urgent: bool,
    /// R5: the supervisor who sent the urgent item
    #[arg(long)]
    pub supervisor: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only requests not closed
    #[arg(long)]
    pub open: bool,
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long)]
    pub dept: Option<String>,
    /// Only those whose limit passed unmet, or was met late (R7)
    #[arg(long)]
    pub late: bool,
    /// Only those whose clock stands still now
    #[arg(long)]
    pub paused: bool,
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long)]
    pub requester: Option<String>,
    /// The form's own number (OA 流水号)
    #[arg(long)]
    pub number: Option<String>,
    /// Text in the title, description, requester or form number
    #[arg(long)]
    pub text: Option<String>,
    #[arg(long)]
    pub owner: Option<String>,
    /// The next page: requests with ids below this one
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ApproveArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Who approved (a name; the president is recorded, not a login)
    #[arg(long)]
    pub by: String,
    /// The role that approved: dept_manager, marketing_manager, business_management, leader,
    /// president, product_dept …
    #[arg(long)]
    pub role: String,
}

#[derive(Args, Debug)]
pub struct DecideArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// needed or not-needed
    #[arg(long)]
    pub president: String,
}

#[derive(Args, Debug)]
pub struct ReasonArgs {
    #[command(flatten)]
    pub step: StepArgs,
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub struct EvaluateArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The first evaluation (R1) or opinion (R5), as sent back
    #[arg(long)]
    pub note: String,
    /// R1: beyond the framework or the project's scope: turned into a new project
    #[arg(long)]
    pub new_project: bool,
}

#[derive(Args, Debug)]
pub struct DeliverArgs {
    #[command(flatten)]
    pub step: StepArgs,
    #[arg(long)]
    pub note: Option<String>,
    /// R4: top-secret (绝密), secret (机密) or confidential (保密)
    #[arg(long)]
    pub classification: Option<String>,
    /// R4: the delivered file is encrypted
    #[arg(long)]
    pub encrypted: bool,
    /// R4: the delivered file's SHA-256, 64 hex digits
    #[arg(long, value_name = "HEX")]
    pub sha256: Option<String>,
    /// R5 urgent: the reply sent to the supervisor's e-mail
    #[arg(long)]
    pub reply: Option<String>,
}

#[derive(Args, Debug)]
pub struct ConfirmArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// satisfied or not-satisfied (sends it back to work)
    #[arg(long)]
    pub verdict: String,
    /// The feedback form's number
    #[arg(long)]
    pub form: Option<String>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct CloseArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Why an unfinished request is closed (withdrawn, refused …)
    #[arg(long)]
    pub reason: Option<String>,
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// `needed` / `not-needed`.
fn president(s: &str) -> Result<bool> {
    match s.trim() {
        "needed" | "yes" => Ok(true),
        "not-needed" | "no" => Ok(false),
        other => Err(invalid(format!("--president {other:?}: use needed or not-needed"))),
    }
}

/// `ROLE=NAME` or `ROLE=NAME@TIME` (at receipt when no time is given).
fn approval(ctx: &Ctx, s: &str, received: chrono::DateTime<chrono::Utc>) -> Result<Approval> {
    let (role, rest) = s
        .split_once('=')
        .ok_or_else(|| invalid(format!("--approval {s:?}: use ROLE=NAME or ROLE=NAME@TIME")))?;
    let (by, at) = match rest.rsplit_once('@') {
        Some((by, t)) => (by, ctx.time("--approval", t)?),
        None => (rest, received),
    };
    Ok(Approval {
        role: role.to_string(),
        by: by.to_string(),
        at,
    })
}

fn new_request(ctx: &Ctx, a: &NewArgs) -> Result<NewRequest> {
    let received = ctx.time_or_now("--received-at", a.received_at.as_deref())?;
    Ok(NewRequest {
        kind: Some(RequestKind::parse(&a.kind)?),
        title: a.title.clone(),
        description: opt(&a.description),
        dept: a.dept.clone(),
        requester: a.requester.clone(),
        contact: opt(&a.contact),
        channel: Some(FormChannel::parse(&a.channel)?),
        form_no: opt(&a.form_no),
        filed_at: a.filed_at.as_deref().map(|t| ctx.time("--filed-at", t)).transpose()?,
        received_at: Some(received),
        approvals: a
            .approval
            .iter()
            .map(|s| approval(ctx, s, received))
            .collect::<Result<_>>()?,
        changes_product: a.changes_product,
        action: a.action.as_deref().map(AccountAction::parse).transpose()?,
        system: opt(&a.system),
        account: opt(&a.account),
        person: opt(&a.person),
        person_name: opt(&a.person_name),
        permission: opt(&a.permission),
        beyond_authority: a.beyond_authority,
        purpose: opt(&a.purpose),
        use_scope: opt(&a.scope),
        president_needed: a.president.as_deref().map(president).transpose()?,
        classification: a.classification.as_deref().map(Classification::read).transpose()?,
        urgent: a.urgent,
        supervisor: opt(&a.supervisor),
    })
}

pub fn run(ctx: &Ctx, cmd: &RequestCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &RequestCmd) -> Result<()> {
    let now = ctx.now;
    let at = |s: &StepArgs| ctx.time_or_now("--at", s.at.as_deref());
    let (step, cmd) = match cmd {
        RequestCmd::New(a) => {
            let out = ops::create(desk, actor, &new_request(ctx, a)?, now)?;
            return report(desk, &out, a.json, true, now);
        }
        RequestCmd::List(a) => return list(ctx, desk, a),
        RequestCmd::Show(a) => {
            let v = ops::show(desk, a.id, now)?;
            let cal = rules(desk).cal;
            if a.json {
                json(&request_json(&v, &cal, now, true));
            } else {
                print_request(&v, &cal, now);
            }
            return Ok(());
        }
        RequestCmd::Export(a) => return export::run(ctx, desk, actor, a),
        RequestCmd::Exports(a) => return export::list(desk, a),
        RequestCmd::Accept(a) => (
            &a.step,
            Cmd::Accept {
                to: a.to.clone(),
                at: a.step.at.as_deref().map(|t| ctx.time("--at", t)).transpose()?,
            },
        ),
        RequestCmd::Approve(a) => (
            &a.step,
            Cmd::Approve(Approval {
                role: a.role.clone(),
                by: a.by.clone(),
                at: at(&a.step)?,
            }),
        ),
        RequestCmd::Decide(a) => (
            &a.step,
            Cmd::Decide {
                president: president(&a.president)?,
            },
        ),
        RequestCmd::Escalate(a) => (
            &a.step,
            Cmd::Escalate {
                reason: a.reason.clone(),
                at: at(&a.step)?,
            },
        ),
        RequestCmd::Pause(a) => (
            &a.step,
            Cmd::Pause {
                reason: a.reason.clone(),
                at: at(&a.step)?,
            },
        ),
        RequestCmd::Resume(s) => (s, Cmd::Resume { at: at(s)? }),
        RequestCmd::Evaluate(a) => (
            &a.step,
            Cmd::Evaluate {
                note: a.note.clone(),
                new_project: a.new_project,
                at: at(&a.step)?,
            },
        ),
        RequestCmd::Deliver(a) => (
            &a.step,
            Cmd::Deliver {
                delivery: Delivery {
                    note: opt(&a.note),
                    classification: a.classification.as_deref().map(Classification::read).transpose()?,
                    encrypted: a.encrypted,
                    sha256: opt(&a.sha256),
                    reply: opt(&a.reply),
                },
                at: at(&a.step)?,
            },
        ),
        RequestCmd::Confirm(a) => (
            &a.step,
            Cmd::Confirm {
                verdict: Verdict::parse(&a.verdict)?,
                form: opt(&a.form),
                note: opt(&a.note),
                at: at(&a.step)?,
            },
        ),
        RequestCmd::Close(a) => (
            &a.step,
            Cmd::Close {
                reason: opt(&a.reason),
                at: at(&a.step)?,
            },
        ),
    };
    let out = ops::apply(desk, &Call::new(actor, now).if_version(step.if_version), step.id, &cmd)?;
    report(desk, &out, step.json, false, now)
}

/// After a step: the record (`--json`) or a line, the duties it raised, the W2 note.
fn report(
    desk: &mut impl Writes,
    out: &Outcome,
    as_json: bool,
    new: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let v = ops::show(desk, out.request.id, now)?;
    let cal = rules(desk).cal;
    let r = &out.request;
    if as_json {
        json(&request_json(&v, &cal, now, false));
    } else if new {
        println!("{}", r.id);
    } else {
        let due = r
            .due_at
            .map(|d| format!(", due {}", local_minute(d, cal.zone)))
            .unwrap_or_default();
        println!("request {} is {} (version {}){due}", r.id, r.status, r.version);
    }
    super::render::print_raised(&out.raised, cal.zone);
    note_unknown_years(&v);
    Ok(())
}

fn list(ctx: &Ctx, desk: &mut impl Writes, a: &ListArgs) -> Result<()> {
    let filter = Filter {
        open_only: a.open,
        kind: a.kind.as_deref().map(RequestKind::parse).transpose()?,
        status: a.status.as_deref().map(RequestStatus::parse).transpose()?,
        dept: a.dept.clone(),
        requester: a.requester.clone(),
        form_no: a.number.clone(),
        text: a.text.clone().filter(|t| !t.trim().is_empty()),
        late: a.late,
        paused: a.paused,
        owner: a.owner.clone(),
        before_id: a.before,
        limit: a.limit.clamp(1, 10_000),
    };
    let views = ops::list(desk, &filter, ctx.now)?;
    let cal = rules(desk).cal;
    if a.json {
        json(&serde_json::Value::Array(
            views.iter().map(|v| request_json(v, &cal, ctx.now, false)).collect(),
        ));
    } else if views.is_empty() {
        println!("no requests match");
    } else {
        request_table(&views, &cal, ctx.now).print();
        if views.len() == filter.limit
            && let Some(last) = views.last()
        {
            println!("(more: --before {})", last.request.id);
        }
    }
    Ok(())
}
