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
                self.say(self.s.t(key).to_string(), true);
            }
        }
        Vec::new()
    }
}
