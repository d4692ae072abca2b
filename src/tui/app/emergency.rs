//! Steps in the Plans view (E1): `n` schedules a drill of the selected plan, `H` records its
//! scheduled drill held, `E` evaluates its held drill; each a form.

use super::{App, Effect, Popup};
use crate::domain::emergency::DrillStatus;
use crate::tui::action::Action;
use crate::tui::form::Form;

impl App {
    pub(super) fn plans_action(&mut self, action: Action) -> Vec<Effect> {
        let Some(row) = self.snap.plans.get(self.views.plans.list.sel) else {
            self.say(self.s.t("msg.nothing_selected_plan").to_string(), true);
            return Vec::new();
        };
        // The plan's drill in the state the step needs, the earliest first.
        let drill = |status: DrillStatus| {
            row.drills
                .iter()
                .map(|(d, _)| d)
                .filter(|d| d.status == status)
                .min_by_key(|d| d.scheduled_at)
                .cloned()
        };
        let s = &self.s;
        let form = match action {
            Action::New => Some(Form::schedule_drill(s, &row.plan)),
            Action::Deliver => drill(DrillStatus::Scheduled).map(|d| Form::hold_drill(s, &d)),
            Action::Evaluate => drill(DrillStatus::Held).map(|d| Form::evaluate_drill(s, &d)),
            _ => return Vec::new(),
        };
        match form {
            Some(f) => self.popup = Some(Popup::Form(Box::new(f))),
            None => {
                let key = if action == Action::Deliver {
                    "msg.no_drill_to_hold"
                } else {
                    "msg.no_drill_to_evaluate"
                };
                self.say(self.s.k(key), true);
            }
        }
        Vec::new()
    }

    /// `L` on an incident: declare it major (I14), or, while its response lasts, stand it down.
    pub(super) fn declare_action(&mut self) -> Vec<Effect> {
        use crate::tui::layout::ViewKind;
        if !matches!(self.view, ViewKind::Incidents | ViewKind::Escalations) {
            self.say(self.s.k("msg.only_for_incidents"), true);
            return Vec::new();
        }
        let Some(inc) = self.current() else {
            self.say(self.s.t("msg.nothing_selected").to_string(), true);
            return Vec::new();
        };
        let active = self
            .incident_detail()
            .and_then(|d| d.responses.iter().find(|r| r.response.active()))
            .map(|r| (r.response.id, r.response.version));
        let form = match active {
            Some((id, version)) => Form::stand_down(&self.s, id, version),
            None if self.snap.in_force.is_empty() => {
                self.say(self.s.t("msg.no_plan_in_force").to_string(), true);
                return Vec::new();
            }
            None => Form::declare_major(&self.s, inc.id, &inc.service, &self.snap.in_force),
        };
        self.popup = Some(Popup::Form(Box::new(form)));
        Vec::new()
    }
}
