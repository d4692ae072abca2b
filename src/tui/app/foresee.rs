//! Refusals a user can foresee (issue 19, item 6): before a step's form or confirmation opens,
//! the console asks the core whether the selected record's state and this user's role allow the
//! step, with the same domain function the step runs first inside its write transaction. A step
//! refused says so on the key; the footer offers only the keys that work here. The core still
//! checks again when the step is saved (another console may have moved the record on).

use super::{App, ListId};
use crate::domain::article::{Article, Step as ArticleStep};
use crate::domain::billing::Step as RunStep;
use crate::domain::change::{Change, Step as ChangeStep};
use crate::domain::emergency::{DrillStatus, Response};
use crate::domain::incident::{Incident, Step as IncidentStep};
use crate::domain::kind::Kind;
use crate::domain::message::Step as MessageStep;
use crate::domain::problem::Step as ProblemStep;
use crate::domain::request::{RequestKind, Step as RequestStep};
use crate::error::OpsError;
use crate::tui::action::Action;
use crate::tui::layout::ViewKind;
use crate::tui::model::Said;
use crate::tui::widgets::reference;

impl App {
    /// Why `action` cannot be taken on what is selected here, in the core's words with the record
    /// it names; `None` when the core would let it through (or it is not a step on a record).
    pub fn refused_here(&self, action: Action) -> Option<String> {
        let ((kind, id), e) = self.foreseen(action)?;
        Some(self.s.f(
            "foresee.refused",
            &[("record", &reference(kind, id)), ("why", &self.s.said(&Said::from(&e)))],
        ))
    }

    /// Whether the footer offers `action` here: not a change in a read-only console, a step only
    /// with a record selected to take it on, and only when the core would take it.
    pub fn offers(&self, action: Action) -> bool {
        if action.mutates() && self.setup.read_only {
            return false;
        }
        if !action.mutates() {
            return true;
        }
        if !self.has_target(action) {
            return false;
        }
        // Duty done in the Incidents view: with a duty of the incident open.
        if self.view == ViewKind::Incidents && action == Action::DutyDone {
            return self
                .snap
                .queue
                .get(self.views.incidents.queue.sel)
                .is_some_and(|v| v.duties.iter().any(|d| d.done_at.is_none()));
        }
        self.foreseen(action).is_none()
    }

    /// Whether there is a record for `action` to act on: a new record needs none (except a drill,
    /// which is of the selected plan).
    fn has_target(&self, action: Action) -> bool {
        if action == Action::New && self.view != ViewKind::Plans {
            return true;
        }
        match self.view {
            ViewKind::Incidents | ViewKind::Escalations => self.selected().is_some(),
            ViewKind::Changes => self.selected_change().is_some(),
            ViewKind::Billing => self.selected_run().is_some(),
            ViewKind::Requests if self.active() == ListId::Removals => self.selected_removal().is_some(),
            ViewKind::Requests => self.current_request().is_some(),
            ViewKind::Problems => self.selected_problem().is_some(),
            ViewKind::Knowledge => self.selected_article().is_some(),
            ViewKind::Plans => self.snap.plans.get(self.views.plans.list.sel).is_some(),
            ViewKind::Outbox => self.snap.outbox.get(self.views.outbox.list.sel).is_some(),
            // The Quality view says what is missing itself (its sections each have their own list).
            ViewKind::Support | ViewKind::Reports | ViewKind::Quality => true,
        }
    }

    /// The freshest copy of the selected change: the detail when loaded and newer than the row.
    pub(super) fn current_change(&self) -> Option<Change> {
        let row = self.selected_change()?;
        Some(match self.views.changes.detail.of(row.change.id, |d| d.change.id) {
            Some(d) if d.change.version >= row.change.version => d.change.clone(),
            _ => row.change.clone(),
        })
    }

    /// The core's refusal of `action` on the selected record, with the record, routed as
    /// [`App::update`] routes the action in the view on screen.
    fn foreseen(&self, action: Action) -> Option<((Kind, i64), OpsError)> {
        if !action.mutates() {
            return None;
        }
        let me = &self.setup.me;
        match self.view {
            ViewKind::Incidents | ViewKind::Escalations => {
                let inc = self.current()?;
                let on = (Kind::Incident, inc.id);
                let step = match action {
                    Action::Accept => IncidentStep::Accept,
                    Action::Contact => IncidentStep::Contact,
                    Action::Restore => IncidentStep::Restore,
                    Action::Resolve => IncidentStep::Resolve,
                    Action::Verify => IncidentStep::Verify,
                    Action::Close => IncidentStep::Close,
                    Action::Reopen => IncidentStep::Reopen,
                    Action::Case => return Article::case_from(&inc, &[]).err().map(|e| (on, e)),
                    Action::DeclareMajor => return self.declare_refused(&inc).map(|e| (on, e)),
                    _ => return None,
                };
                inc.can(step, me).err().map(|e| (on, e))
            }
            ViewKind::Changes => {
                let step = match action {
                    Action::PlanChange => ChangeStep::Plan,
                    Action::ConfirmTest => ChangeStep::ConfirmTest,
                    Action::Schedule => ChangeStep::Schedule,
                    Action::Notify => ChangeStep::Notify,
                    Action::StartChange => ChangeStep::Start,
                    Action::FinishChange => ChangeStep::Finish,
                    Action::ResultNotice => ChangeStep::Result,
                    Action::Summary => ChangeStep::Summary,
                    Action::Close => ChangeStep::Close,
                    _ => return None,
                };
                let c = self.current_change()?;
                c.can(step).err().map(|e| ((Kind::Change, c.id), e))
            }
            ViewKind::Billing => {
                let step = match action {
                    Action::CheckItem | Action::ReviewItem => RunStep::Check,
                    Action::Submit => RunStep::Submit,
                    Action::ConfirmRun => RunStep::Confirm,
                    Action::Dispute => RunStep::Dispute,
                    Action::Rollback => RunStep::Rollback,
                    Action::Retry => RunStep::Retry,
                    _ => return None,
                };
                let run = &self.selected_run()?.run;
                run.can(step, me).err().map(|e| ((Kind::Run, run.id), e))
            }
            ViewKind::Problems => {
                let step = match action {
                    Action::PlanChange => ProblemStep::Plan,
                    Action::Close => ProblemStep::Close,
                    _ => return None,
                };
                let p = &self.selected_problem()?.problem;
                p.can(step, me).err().map(|e| ((Kind::Problem, p.id), e))
            }
            ViewKind::Knowledge => {
                let step = match action {
                    Action::Verify => ArticleStep::Review,
                    Action::Submit => ArticleStep::Publish,
                    Action::EditMessage => ArticleStep::Update,
                    Action::Close => ArticleStep::Retire,
                    _ => return None,
                };
                let a = self.selected_article()?;
                a.can(step, me).err().map(|e| ((Kind::Article, a.id), e))
            }
            ViewKind::Plans => {
                let row = self.snap.plans.get(self.views.plans.list.sel)?;
                let drill = |status: DrillStatus| {
                    row.drills
                        .iter()
                        .map(|(d, _)| d)
                        .filter(|d| d.status == status)
                        .min_by_key(|d| d.scheduled_at)
                };
                match action {
                    Action::New => crate::domain::emergency::Drill::can_schedule(&row.plan, me)
                        .err()
                        .map(|e| ((Kind::Plan, row.plan.id), e)),
                    Action::Deliver | Action::Evaluate => {
                        let evaluate = action == Action::Evaluate;
                        let want = if evaluate {
                            DrillStatus::Held
                        } else {
                            DrillStatus::Scheduled
                        };
                        let d = drill(want)?;
                        d.can_record(evaluate, me).err().map(|e| ((Kind::Drill, d.id), e))
                    }
                    _ => None,
                }
            }
            ViewKind::Requests if self.active() == ListId::Requests => {
                let r = &self.current_request()?.request;
                let on = (Kind::Request, r.id);
                let step = match action {
                    Action::Accept => RequestStep::Accept,
                    Action::Approve => RequestStep::Approve,
                    Action::Decide => RequestStep::Decide,
                    Action::Escalate => RequestStep::Escalate,
                    Action::Pause => RequestStep::Pause,
                    Action::Resume => RequestStep::Resume,
                    Action::Deliver => RequestStep::Deliver,
                    Action::ConfirmRun => RequestStep::Confirm,
                    Action::Close => RequestStep::Close,
                    // A step of some sub-kinds only.
                    Action::Evaluate => {
                        return r
                            .expect_kind(
                                &[RequestKind::Requirement, RequestKind::Processing],
                                "evaluate",
                                "evaluate",
                            )
                            .err()
                            .map(|e| (on, e));
                    }
                    _ => return None,
                };
                r.can(step, me, self.setup.zone).err().map(|e| (on, e))
            }
            ViewKind::Outbox => {
                let step = match action {
                    Action::ConfirmRun => MessageStep::Approve,
                    Action::EditMessage => MessageStep::Edit,
                    Action::Retry => MessageStep::Resend,
                    _ => return None,
                };
                let m = &self.selected_message()?.message;
                m.can(step).err().map(|e| ((Kind::Message, m.id), e))
            }
            ViewKind::Requests | ViewKind::Support | ViewKind::Reports | ViewKind::Quality => None,
        }
    }

    /// `L`: standing the active response down, or declaring the incident major.
    fn declare_refused(&self, inc: &Incident) -> Option<OpsError> {
        let active = self
            .incident_detail()
            .and_then(|d| d.responses.iter().find(|r| r.response.active()));
        match active {
            Some(r) => r.response.can_stand_down(&self.setup.me).err(),
            None => Response::can_declare(inc, &self.setup.me).err(),
        }
    }
}
