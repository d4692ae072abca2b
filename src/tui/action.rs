//! Everything a key can do in the console, by name. The keymap refers to these names, the help
//! screen and the command palette list them, and `App::update` carries them out. Each action's
//! one-line description lives in the string tables as `action.<name>`. One action carries a
//! record and so has no key of its own: `OpenDetail`, which the palette (`:38`, `:chg#4`) and
//! the search emit to open any record full screen.

use crate::domain::kind::Kind;

macro_rules! actions {
    ($($variant:ident = $name:literal, $mutates:literal;)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Action {
            $($variant,)+
            /// Open a record of `kind`, open or closed, in the full-screen detail.
            OpenDetail { kind: Kind, id: i64 },
        }

        impl Action {
            pub const ALL: &'static [Action] = &[$(Action::$variant),+];

            /// The name the keymap and the palette use.
            pub fn name(self) -> &'static str {
                match self { $(Action::$variant => $name,)+ Action::OpenDetail { .. } => "open_detail" }
            }

            /// True when the action changes records (refused in a read-only console).
            pub fn mutates(self) -> bool {
                match self { $(Action::$variant => $mutates,)+ Action::OpenDetail { .. } => false }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                Action::ALL.iter().copied().find(|a| a.name() == name)
            }

            /// The key of its description in the string tables.
            pub fn doc_key(self) -> String {
                format!("action.{}", self.name())
            }
        }
    };
}

actions! {
    Quit = "quit", false;
    Help = "help", false;
    Palette = "palette", false;
    Filter = "filter", false;
    ClearFilter = "clear_filter", false;
    NextView = "next_view", false;
    PrevView = "prev_view", false;
    ViewIncidents = "view_incidents", false;
    ViewEscalations = "view_escalations", false;
    ViewChanges = "view_changes", false;
    ViewBilling = "view_billing", false;
    ViewOutbox = "view_outbox", false;
    Down = "down", false;
    Up = "up", false;
    PageDown = "page_down", false;
    PageUp = "page_up", false;
    Top = "top", false;
    Bottom = "bottom", false;
    SortNext = "sort_next", false;
    FocusNext = "focus_next", false;
    Open = "open", false;
    DetailDown = "detail_down", false;
    DetailUp = "detail_up", false;
    Refresh = "refresh", false;
    New = "new", true;
    Accept = "accept", true;
    Contact = "contact", true;
    Note = "note", true;
    Restore = "restore", true;
    Resolve = "resolve", true;
    Verify = "verify", true;
    Close = "close", true;
    Reopen = "reopen", true;
    DutyDone = "duty_done", true;
    PlanChange = "plan", true;
    ConfirmTest = "confirm_test", true;
    Schedule = "schedule", true;
    Notify = "notify", true;
    StartChange = "start", true;
    FinishChange = "finish", true;
    ResultNotice = "result", true;
    Summary = "summary", true;
    Preview = "preview", false;
    MonthPlan = "month_plan", false;
    CheckItem = "check_item", true;
    ReviewItem = "review_item", true;
    Anomaly = "anomaly", true;
    Submit = "submit", true;
    ConfirmRun = "confirm", true;
    Dispute = "dispute", true;
    Rollback = "rollback", true;
    Retry = "retry", true;
    EditMessage = "edit_message", true;
    ViewRequests = "view_requests", false;
    ViewSupport = "view_support", false;
    Approve = "approve", true;
    Decide = "decide", true;
    Escalate = "escalate", true;
    Pause = "pause", true;
    Resume = "resume", true;
    Evaluate = "evaluate", true;
    Deliver = "deliver", true;
    RemoveAccount = "remove_account", true;
    ViewPlans = "view_plans", false;
    ViewReports = "view_reports", false;
    DeclareMajor = "declare_major", true;
    Copy = "copy", false;
    FocusLeft = "focus_left", false;
    FocusRight = "focus_right", false;
    Search = "search", false;
    ViewProblems = "view_problems", false;
    ViewKnowledge = "view_knowledge", false;
    Case = "case", true;
    MergeService = "merge_service", true;
    SortColumn = "sort_column", false;
    SortBack = "sort_back", false;
    SortReverse = "sort_reverse", false;
    ViewQuality = "view_quality", false;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for a in Action::ALL {
            assert_eq!(Action::from_name(a.name()), Some(*a));
        }
        let mut names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
