//! What the worker says back: snapshots, details, a step saved or refused.

use chrono::{DateTime, Utc};

use super::*;
use crate::tui::model::{Command, Failure, Reply, Snapshot};

impl App {
    pub fn on_reply(&mut self, reply: Reply, now: DateTime<Utc>) -> Vec<Effect> {
        self.now = now;
        match reply {
            Reply::Snapshot(snap) => self.take_snapshot(*snap),
            Reply::Detail(d) => {
                let wanted = self.selected().map(|i| i.id);
                if let Some(shown) = self.views.incident_mut(self.view) {
                    shown.take(*d, |d| d.view.incident.id, wanted);
                }
                Vec::new()
            }
            Reply::ChangeDetail(c) => {
                let wanted = self.snap.changes.get(self.views.changes.list.sel).map(|c| c.change.id);
                self.views.changes.detail.take(*c, |c| c.change.id, wanted);
                Vec::new()
            }
            Reply::MonthPlan(p) => {
                if let Some(Popup::MonthPlan { month, plan, .. }) = &mut self.popup
                    && (p.as_ref().as_ref().map(|p| (p.year, p.month)).unwrap_or(*month) == *month)
                {
                    *plan = Some(p);
                }
                Vec::new()
            }
            Reply::RunDetail(r) => {
                let wanted = self.snap.runs.get(self.views.billing.runs.sel).map(|r| r.run.id);
                self.views.billing.detail.take(*r, |r| r.run.id, wanted);
                let len = self.len(ListId::Items);
                let items = &mut self.views.billing.items;
                items.sel = items.sel.min(len.saturating_sub(1));
                Vec::new()
            }
            Reply::RequestDetail(r) => {
                let wanted = self.selected_request().map(|r| r.request.id);
                self.views.requests.detail.take(*r, |d| d.view.request.id, wanted);
                Vec::new()
            }
            Reply::Search { text, hits } => self.on_search(text, hits),
            Reply::WorkReport { span, date, figures } => self.on_work_report(span, date, *figures),
            Reply::MergePreview { moved, .. } => self.on_merge_preview(moved),
            Reply::Report(r) => {
                if let Some(Popup::Report { text, .. }) = &mut self.popup {
                    *text = Some(r);
                }
                Vec::new()
            }
            Reply::Notice(r) => {
                if let Some(Popup::Notice { text, .. }) = &mut self.popup {
                    *text = Some(r);
                }
                Vec::new()
            }
            Reply::Done { req, record } => {
                let cmd = self.inflight.remove(&req);
                // The step by its form's title ("Schedule change 3"), when a form sent it.
                let mut step = None;
                if let Some(Popup::Form(f)) = &self.popup
                    && f.saving == Some(req)
                {
                    step = Some(crate::text::sanitize_line(&f.title));
                    self.popup = None;
                }
                let text = match (&cmd, record) {
                    (Some(Command::NewIncident(_)), Some(id)) => {
                        self.select_when_seen = Some((ListId::Queue, id));
                        self.s.f("msg.created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewChange(_)), Some(id)) => {
                        self.select_when_seen = Some((ListId::Changes, id));
                        self.s.f("msg.change_created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewRun { .. }), Some(id)) => {
                        self.select_when_seen = Some((ListId::Runs, id));
                        self.s.f("msg.run_created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewRequest(_)), Some(id)) => {
                        self.select_when_seen = Some((ListId::Requests, id));
                        self.s.f("msg.request_created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewArticle(_)), Some(id)) => {
                        self.select_when_seen = Some((ListId::Articles, id));
                        self.s.f("kb.article_created", &[("id", &id.to_string())])
                    }
                    (Some(Command::NewProblem { .. }), Some(id)) => {
                        self.select_when_seen = Some((ListId::Problems, id));
                        self.s.f("problem_form.created", &[("id", &id.to_string())])
                    }
                    (Some(Command::SendWorkReport { .. }), Some(id)) => {
                        self.s.f("report_form.sent", &[("id", &id.to_string())])
                    }
                    // The step and the record it was, by its reference.
                    (Some(cmd), _) => match (self.done_text(cmd), cmd.record(), step) {
                        (Some(text), _, _) => text,
                        (None, Some((kind, id)), Some(step)) => self.s.f(
                            "msg.step_done",
                            &[("step", &step), ("record", &crate::tui::widgets::reference(kind, id))],
                        ),
                        (None, Some((kind, id)), None) => self.s.f(
                            "msg.saved_record",
                            &[("record", &crate::tui::widgets::reference(kind, id))],
                        ),
                        (None, None, _) => self.s.t("msg.saved").to_string(),
                    },
                    _ => self.s.t("msg.saved").to_string(),
                };
                self.say(text, false);
                Vec::new()
            }
            Reply::Failed { req, failure } => {
                let cmd = self.inflight.remove(&req);
                let form_waiting = matches!(&self.popup, Some(Popup::Form(f)) if f.saving == Some(req));
                match failure {
                    Failure::Conflict {
                        message,
                        changes,
                        version,
                    } => {
                        if let Some(cmd) = cmd {
                            self.popup = Some(Popup::Conflict(Box::new(Conflict {
                                message: self.s.said(&message),
                                changes,
                                cmd,
                                version,
                            })));
                        }
                        self.say(self.s.t("msg.conflict").to_string(), true);
                    }
                    Failure::Refused(said) => {
                        let msg = self.s.said(&said);
                        if form_waiting && let Some(Popup::Form(f)) = &mut self.popup {
                            f.saving = None;
                            f.error = Some(msg.clone());
                        }
                        self.say(self.s.f("msg.refused", &[("why", &msg)]), true);
                    }
                }
                Vec::new()
            }
            Reply::Record(r) => {
                self.take_record(*r);
                Vec::new()
            }
            Reply::Outbox(r) => {
                self.sender_said(r);
                Vec::new()
            }
            Reply::Directory(d) => {
                self.setup.choices = crate::tui::form::Choices::of(*d, self.s.lang);
                Vec::new()
            }
            Reply::QueueCount { filter, total } => {
                self.queue_count = Some((filter, total));
                Vec::new()
            }
            Reply::Away(why) => {
                if why.is_none() && self.away.is_some() {
                    self.say_background(self.s.t("msg.reconnected").to_string(), false);
                }
                self.away = why;
                Vec::new()
            }
            Reply::Fatal(msg) => {
                self.fatal = Some(msg);
                self.quit = true;
                Vec::new()
            }
        }
    }

    /// True when `reply` brings nothing the screen does not show already: the worker reloads
    /// every few seconds, and an idle console need not draw a frame for each.
    pub fn unchanged(&self, reply: &Reply) -> bool {
        match reply {
            Reply::Snapshot(s) => self.snap.agrees(s),
            // A view that shows no incident takes none.
            Reply::Detail(d) => self.views.incident(self.view).is_none_or(|shown| **d == shown.record),
            Reply::RequestDetail(d) => **d == self.views.requests.detail.record,
            Reply::Record(r) => match &self.popup {
                Some(Popup::Record(z)) => z.loaded.as_deref() == Some(&**r),
                _ => true,
            },
            _ => false,
        }
    }

    fn take_snapshot(&mut self, snap: Snapshot) -> Vec<Effect> {
        // Keep each list it brings on the same record across the reload.
        let key = super::sorting::row_id;
        let kept: Vec<(ListId, Option<i64>)> = snap
            .views
            .iter()
            .flat_map(|v| ListId::of(*v))
            .map(|l| match self.select_when_seen {
                Some((wanted, id)) if wanted == *l => (*l, Some(id)),
                _ => (*l, key(&self.snap, *l, self.views.cursor(*l).sel)),
            })
            .collect();
        let mut effects = Vec::new();
        // A new escalation step: flash the title bar, ring the bell, name it.
        effects.extend(self.notice_steps(&snap.steps));
        self.snap.absorb(snap);
        for (list, id) in kept {
            let len = self.len(list);
            let found = id.and_then(|id| (0..len).find(|i| key(&self.snap, list, *i) == Some(id)));
            let c = self.views.cursor_mut(list);
            if let Some(i) = found {
                c.sel = i;
                if self.select_when_seen.is_some_and(|(l, _)| l == list) {
                    self.select_when_seen = None;
                }
            }
            c.sel = c.sel.min(len.saturating_sub(1));
        }
        effects.extend(self.scrolled());
        effects
    }
}
