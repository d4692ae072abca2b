//! `opsdesk support …`: the business support centre's contact forms (R9), their reply clock (R7),
//! the ledger's queue, urgent forms and the proposal's review rounds.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use super::output::json;
use super::record_args::{ShowArgs, StepArgs};
use super::support_view::{clock_text, print_form, support_json, support_table};
use crate::domain::request::{Approval, FormChannel};
use crate::domain::role::Actor;
use crate::domain::support::{NewForm, NewUrgent, ProjectType, ReplyChannel, ReviewVerdict, SupportStatus};
use crate::error::invalid;
use crate::ops::Call;
use crate::ops::Writes;
use crate::ops::support::{self as ops, Cmd, Outcome, rules};
use crate::store::support::Filter;

#[derive(Subcommand, Debug)]
pub enum SupportCmd {
    /// Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id.
    /// Its reply is due within an hour of working time (R9, R7)
    New(Box<NewArgs>),
    /// The archive, newest first
    List(ListArgs),
    /// One form with its reply clock, place in the ledger, rounds, duties and history
    Show(ShowArgs),
    /// R9: the reply to the initiator, in a form that can be traced (channel and text)
    Reply(ReplyArgs),
    /// Into the ledger, with the work plan made from the approved form
    Accept(AcceptArgs),
    /// R9: an urgent form (加急联系单): its reason and the general manager's approval move the
    /// project ahead in the ledger
    Urgent(UrgentArgs),
    /// R9: send the proposal for the leaders' review (a new round); a returned one is revised by
    /// its first author
    Proposal(ProposalArgs),
    /// R9: the leaders' verdict on the proposal: passed, or returned with comments
    Review(ReviewArgs),
    /// R9: give the proposal to another author (supervisor and above), with the reason
    Reassign(ReassignArgs),
    /// The project number, once the project is set up
    Number(NumberArgs),
    /// Into the archive; one whose proposal has not passed needs --reason and a supervisor
    Close(CloseArgs),
    /// R9: the ledger's queue in the order the centre works on it, urgent forms marked with whom
    /// they overtook
    Ledger(LedgerArgs),
}

#[derive(Args, Debug)]
pub struct NewArgs {
    #[arg(long)]
    pub project: String,
    /// The project number; leave it out while the project is only intended
    #[arg(long)]
    pub project_no: Option<String>,
    /// 甲方
    #[arg(long)]
    pub client: String,
    /// 业主方
    #[arg(long)]
    pub owner: Option<String>,
    /// full (全委托), standard (公版) or guidance (指导); repeat it for several
    #[arg(long = "type", value_name = "TYPE", required = true)]
    pub types: Vec<String>,
    /// 支撑要求: what support is wanted
    #[arg(long)]
    pub support: String,
    /// 现有资料: the material provided (this or --needs, or both)
    #[arg(long)]
    pub material: Option<String>,
    /// 甲方需求: the client's needs (this or --material, or both)
    #[arg(long)]
    pub needs: Option<String>,
    /// The project's initiator (项目发起人)
    #[arg(long)]
    pub initiator: String,
    /// The initiator's department's code (see opsdesk dept list)
    #[arg(long)]
    pub dept: String,
    /// The initiator's phone number or e-mail address: the reply goes there
    #[arg(long)]
    pub contact: Option<String>,
    /// oa, email, paper or phone
    #[arg(long)]
    pub channel: String,
    /// The form's own number (OA 流水号); required for oa and paper (R8)
    #[arg(long)]
    pub form_no: Option<String>,
    /// When the approved form reached the centre [default: now]. TIME: 2026-11-20 10:05, HH:MM, -2h
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub received_at: Option<String>,
    /// An approval the form came with, ROLE=NAME or ROLE=NAME@TIME (repeat it): by default
    /// leader and marketing are needed
    #[arg(long, value_name = "ROLE=NAME[@TIME]")]
    pub approval: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ListArgs {
    /// Only forms not closed
    #[arg(long)]
    pub open: bool,
    /// received, queued, in_review, returned, passed or closed
    #[arg(long)]
    pub status: Option<String>,
    /// Only those not replied to by their due time, or replied to after it
    #[arg(long)]
    pub late: bool,
    /// The next page: forms with ids below this one
    #[arg(long, value_name = "ID")]
    pub before: Option<i64>,
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct ReplyArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// email, sms, im, oa, paper or outbox (a phone call leaves no trace)
    #[arg(long)]
    pub channel: String,
    /// What the reply said
    #[arg(long)]
    pub text: String,
}

#[derive(Args, Debug)]
pub struct AcceptArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The work plan made from the approved form
    #[arg(long)]
    pub plan: Option<String>,
}

#[derive(Args, Debug)]
pub struct UrgentArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Why the project is urgent (required)
    #[arg(long)]
    pub reason: Option<String>,
    /// The general manager who approved the urgent form (required)
    #[arg(long, value_name = "NAME")]
    pub approved_by: Option<String>,
    /// When the general manager approved it (required)
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub approved_at: Option<String>,
    /// The urgent form's own number
    #[arg(long)]
    pub form_no: Option<String>,
}

#[derive(Args, Debug)]
pub struct ProposalArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// What this version is (初稿, 二稿 …)
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReviewArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// passed or returned
    #[arg(long)]
    pub verdict: String,
    /// The leader who reviewed it
    #[arg(long, value_name = "NAME")]
    pub by: String,
    /// The leaders' comments (required when returned)
    #[arg(long)]
    pub comments: Option<String>,
}

#[derive(Args, Debug)]
pub struct ReassignArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The new author's login
    #[arg(long, value_name = "LOGIN")]
    pub to: String,
    #[arg(long)]
    pub reason: String,
}

#[derive(Args, Debug)]
pub struct NumberArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// The project number
    #[arg(long = "project-no", value_name = "NUMBER")]
    pub project_no: String,
}

#[derive(Args, Debug)]
pub struct CloseArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Why a form whose proposal has not passed is closed (withdrawn, refused …)
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Args, Debug)]
pub struct LedgerArgs {
    #[arg(long)]
    pub json: bool,
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
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

fn new_form(ctx: &Ctx, a: &NewArgs) -> Result<NewForm> {
    let received = ctx.time_or_now("--received-at", a.received_at.as_deref())?;
    Ok(NewForm {
        project_no: opt(&a.project_no),
        project_name: a.project.clone(),
        client: a.client.clone(),
        owner_party: opt(&a.owner),
        types: a.types.iter().map(|t| ProjectType::read(t)).collect::<Result<_, _>>()?,
        support: a.support.clone(),
        material: opt(&a.material),
        needs: opt(&a.needs),
        initiator: a.initiator.clone(),
        dept: a.dept.clone(),
        contact: opt(&a.contact),
        channel: Some(FormChannel::parse(&a.channel)?),
        form_no: opt(&a.form_no),
        approvals: a
            .approval
            .iter()
            .map(|s| approval(ctx, s, received))
            .collect::<Result<_>>()?,
        received_at: Some(received),
    })
}

fn reply_channel(s: &str) -> Result<ReplyChannel> {
    if s.trim() == "phone" {
        return Err(invalid(
            "--channel phone: a phone call leaves no trace (R9: a reply that can be traced); reply by email, sms, im, oa or paper",
        ));
    }
    Ok(ReplyChannel::parse(s)?)
}

pub fn run(ctx: &Ctx, cmd: &SupportCmd) -> Result<()> {
    let (mut desk, actor) = ctx.open_as_user()?;
    run_on(ctx, &mut desk, &actor, cmd)
}

/// [`run`] on a desk of either engine.
pub fn run_on(ctx: &Ctx, desk: &mut impl Writes, actor: &Actor, cmd: &SupportCmd) -> Result<()> {
    let now = ctx.now;
    let at = |s: &StepArgs| ctx.time_or_now("--at", s.at.as_deref());
    let (step, cmd) = match cmd {
        SupportCmd::New(a) => {
            let out = ops::create(desk, actor, &new_form(ctx, a)?, now)?;
            return report(desk, &out, a.json, true, now);
        }
        SupportCmd::List(a) => return list(ctx, desk, a),
        SupportCmd::Show(a) => {
            let v = ops::show(desk, a.id, now)?;
            let cal = rules(desk).cal;
            if a.json {
                json(&support_json(&v, &cal, now, true));
            } else {
                print_form(&v, &cal, now);
            }
            return Ok(());
        }
        SupportCmd::Ledger(a) => return ledger(desk, a, now),
        SupportCmd::Reply(a) => (
            &a.step,
            Cmd::Reply {
                channel: reply_channel(&a.channel)?,
                text: a.text.clone(),
                at: at(&a.step)?,
            },
        ),
        SupportCmd::Accept(a) => (
            &a.step,
            Cmd::Accept {
                plan: opt(&a.plan),
                at: at(&a.step)?,
            },
        ),
        SupportCmd::Urgent(a) => (
            &a.step,
            Cmd::Urgent(NewUrgent {
                reason: opt(&a.reason),
                approved_by: opt(&a.approved_by),
                approved_at: a
                    .approved_at
                    .as_deref()
                    .map(|t| ctx.time("--approved-at", t))
                    .transpose()?,
                form_no: opt(&a.form_no),
                at: Some(at(&a.step)?),
            }),
        ),
        SupportCmd::Proposal(a) => (
            &a.step,
            Cmd::Proposal {
                note: opt(&a.note),
                at: at(&a.step)?,
            },
        ),
        SupportCmd::Review(a) => (
            &a.step,
            Cmd::Review {
                verdict: ReviewVerdict::parse(&a.verdict)?,
                reviewer: a.by.clone(),
                comments: opt(&a.comments),
                at: at(&a.step)?,
            },
        ),
        SupportCmd::Reassign(a) => (
            &a.step,
            Cmd::Reassign {
                to: a.to.clone(),
                reason: a.reason.clone(),
            },
        ),
        SupportCmd::Number(a) => (&a.step, Cmd::Number(a.project_no.clone())),
        SupportCmd::Close(a) => (
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

/// After a step: the record (`--json`) or a line, and the duties it raised.
fn report(
    desk: &mut impl Writes,
    out: &Outcome,
    as_json: bool,
    new: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let v = ops::show(desk, out.form.id, now)?;
    let cal = rules(desk).cal;
    let f = &out.form;
    if as_json {
        json(&support_json(&v, &cal, now, false));
    } else if new {
        println!("{}", f.id);
    } else {
        println!(
            "support {} is {} (version {}); {}",
            f.id,
            f.status,
            f.version,
            clock_text(&v, &cal, now)
        );
    }
    super::render::print_raised(&out.raised, cal.zone);
    Ok(())
}

fn list(ctx: &Ctx, desk: &mut impl Writes, a: &ListArgs) -> Result<()> {
    let filter = Filter {
        open_only: a.open,
        status: a.status.as_deref().map(SupportStatus::parse).transpose()?,
        late: a.late,
        before_id: a.before,
        limit: a.limit.clamp(1, 10_000),
    };
    let views = ops::list(desk, &filter, ctx.now)?;
    let cal = rules(desk).cal;
    if a.json {
        json(&serde_json::Value::Array(
            views.iter().map(|v| support_json(v, &cal, ctx.now, false)).collect(),
        ));
    } else if views.is_empty() {
        println!("no contact forms match");
    } else {
        support_table(&views, &cal, ctx.now).print();
        if views.len() == filter.limit
            && let Some(last) = views.last()
        {
            println!("(more: --before {})", last.form.id);
        }
    }
    Ok(())
}

fn ledger(desk: &mut impl Writes, a: &LedgerArgs, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    let views = ops::ledger(desk, now)?;
    let cal = rules(desk).cal;
    if a.json {
        json(&serde_json::Value::Array(
            views.iter().map(|v| support_json(v, &cal, now, false)).collect(),
        ));
    } else if views.is_empty() {
        println!("the ledger's queue is empty");
    } else {
        support_table(&views, &cal, now).print();
    }
    Ok(())
}
