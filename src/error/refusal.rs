//! A refusal as a rule code and its arguments, so that each front end says it in its own
//! language: the CLI prints the English the core wrote beside it (`OpsError::message`), the
//! console renders `refusal.<code>` from `assets/i18n/<lang>.toml` with the same arguments. The
//! domain names the code and the facts (times already in the desk's zone); it looks no word up.

/// The codes: one per sentence a refusal can say. Each has its words in both console tables
/// (`refusal.<key>`), which a test holds.
macro_rules! codes {
    ($($(#[$m:meta])* $name:ident = $key:literal,)+) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[$m])* $name,)+
        }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$name,)+];

            /// Its words' key under `refusal.` in the console's tables.
            pub fn key(self) -> &'static str {
                match self {
                    $(Code::$name => $key,)+
                }
            }
        }
    };
}

codes! {
    // Changes (C1-C10).
    /// A step a change's status does not allow (C10).
    ChangeWrongState = "change.wrong_state",
    /// C1: the window starts in another month than the change's plan.
    ChangeC1OtherMonth = "change.c1_other_month",
    /// C1: no window to schedule yet.
    ChangeC1NoWindow = "change.c1_no_window",
    /// C10: the window has begun or passed.
    ChangeC10WindowPassed = "change.c10_window_passed",
    /// C3: not confirmed in the test environment.
    ChangeC3NotConfirmed = "change.c3_not_confirmed",
    /// C4: a change affecting users outside the early-hours window, with the earliest window.
    ChangeC4Window = "change.c4_window",
    /// C5: the maintenance departments' notice deadline has passed.
    ChangeC5Late = "change.c5_late",
    /// C6: the collaborating departments' deadline has passed.
    ChangeC6Late = "change.c6_late",
    /// Scheduling refused: the failing gates, the earliest start, the override.
    ChangeNotSchedulable = "change.not_schedulable",
    /// The earliest start that passes every gate with a date.
    ChangeEarliest = "change.earliest",
    /// W2: the working-day counts behind the refusal cross years the calendar does not know.
    ChangeCalendarUnknown = "change.calendar_unknown",
    /// A manager may override the gates as an emergency.
    ChangeOverrideSchedule = "change.override_schedule",
    /// Overriding the gates needs a manager.
    ChangeOverrideNeedsRole = "change.override_needs_role",
    /// C7: the change notice has not gone out.
    ChangeC7NotNotified = "change.c7_not_notified",
    /// C10: a start before the change's last recorded step.
    ChangeC10BeforeLastStep = "change.c10_before_last_step",
    /// C4: a start outside the early-hours window.
    ChangeC4StartOutside = "change.c4_start_outside",
    /// C10: a start outside the scheduled window.
    ChangeC10OutsideWindow = "change.c10_outside_window",
    /// C10: no window to start in.
    ChangeC10NoWindow = "change.c10_no_window",
    /// Starting refused: why, and the override.
    ChangeNotStartable = "change.not_startable",
    /// Starting outside the window needs a manager.
    ChangeStartNeedsRole = "change.start_needs_role",
    /// C9: a change that is not complex needs no summary.
    ChangeC9NotComplex = "change.c9_not_complex",
    // Incidents (I3-I12).
    /// A step an incident's status does not allow, with what to do first.
    IncidentWrongState = "incident.wrong_state",
    /// Accept the incident first.
    IncidentAcceptFirst = "incident.accept_first",
    /// Reopen the incident first.
    IncidentReopenFirst = "incident.reopen_first",
    /// Only the owner or a supervisor acts on an owned incident.
    IncidentNotOwner = "incident.not_owner",
    /// Already owned by the one it would be given to.
    IncidentAlreadyOwned = "incident.already_owned",
    /// The affected departments named already.
    IncidentAlreadyNames = "incident.already_names",
    // Service requests (R1-R8).
    /// A step a request's status does not allow, with what to do first.
    RequestWrongState = "request.wrong_state",
    /// Accept the request first.
    RequestAcceptFirst = "request.accept_first",
    /// Resume the paused request first.
    RequestResumeFirst = "request.resume_first",
    /// A step of another sub-kind of request.
    RequestWrongKind = "request.wrong_kind",
    /// Only the owner or a supervisor acts on an owned request.
    RequestNotOwner = "request.not_owner",
    /// Already owned by the one it would be given to.
    RequestAlreadyOwned = "request.already_owned",
    /// R7: not fully approved: no clock yet.
    RequestNotApproved = "request.not_approved",
    /// R7: no running clock to pause.
    RequestNoClock = "request.no_clock",
    /// R7: paused already.
    RequestPaused = "request.paused",
    /// R7: not paused for the requester's material.
    RequestNotPaused = "request.not_paused",
    /// R3: the clock waits for the leader in charge's approval, not for a resume.
    RequestAwaitsLeader = "request.awaits_leader",
    /// R3: judged beyond the business department's authority already.
    RequestEscalated = "request.escalated",
    /// R4: a president's approval without the IT manager's decision that it is needed.
    RequestPresidentUndecided = "request.president_undecided",
    /// R4: classified before delivery.
    RequestR4Classification = "request.r4_classification",
    /// R4: delivered encrypted, with the file's SHA-256.
    RequestR4Encrypted = "request.r4_encrypted",
    /// R5: the urgent item's reply to the supervisor.
    RequestR5Reply = "request.r5_reply",
    // Support contact forms (R9).
    /// A step a form's status does not allow.
    SupportWrongState = "support.wrong_state",
    /// Neither the material provided nor the client's needs.
    SupportNoMaterial = "support.no_material",
    /// An urgent form without its reason or the general manager's approval.
    SupportUrgentIncomplete = "support.urgent_incomplete",
    /// Urgent already.
    SupportUrgentAlready = "support.urgent_already",
    /// Replied to already.
    SupportReplied = "support.replied",
    /// A revision by someone other than the proposal's author.
    SupportNotAuthor = "support.not_author",
    // Accounts (R3).
    /// Removed already.
    AccountRemoved = "account.removed",
    // People (U4).
    /// A role too low for what was asked.
    RoleNeeded = "role.needed",
    /// A login removed from the directory meanwhile.
    RoleNoLongerUser = "role.no_longer_user",
    // Billing and settlement runs (B3-B8).
    /// A step a run's state does not allow.
    RunWrongState = "run.wrong_state",
    /// B3: an item is not reviewed yet.
    RunB3NotReviewed = "run.b3_not_reviewed",
    /// B7: only a supervisor confirms.
    RunB7NeedsRole = "run.b7_needs_role",
    /// B7: confirmed only after it is submitted.
    RunB7NotSubmitted = "run.b7_not_submitted",
    /// B8: only a supervisor questions a result.
    RunB8NeedsRole = "run.b8_needs_role",
    /// B3: an item reviewed already is not performed again before a dispute.
    ItemReviewedBeforePerform = "item.reviewed_before_perform",
    /// B3: not performed yet.
    ItemNotPerformed = "item.not_performed",
    /// B3: the performer may not review.
    ItemOwnWork = "item.own_work",
    /// B3: reviewed already.
    ItemAlreadyReviewed = "item.already_reviewed",
    // Duties and the outbox.
    /// A change's notice is recorded on the change.
    DutyChangeNotice = "duty.change_notice",
    /// Done already.
    DutyAlreadyDone = "duty.already_done",
    /// A duty its record's steps close (a request's limit, an account's removal).
    DutyByItsRecord = "duty.by_its_record",
    /// A step a message's state does not allow.
    MessageWrongState = "message.wrong_state",
    /// It went already.
    MessageSentAlready = "message.sent_already",
    /// A sender holds it now.
    MessageHeld = "message.held",
    /// Nobody to send it to: add their addresses.
    MessageNobody = "message.nobody",
    /// Nobody to send it to, and why.
    MessageNobodyBecause = "message.nobody_because",
    /// Its duty is done: the message is not needed.
    MessageDutyDone = "message.duty_done",
    // Problems and knowledge (P1, K1, I10).
    /// A step a problem's status does not allow (P1).
    ProblemWrongState = "problem.wrong_state",
    /// A step an article's status does not allow (K1).
    ArticleWrongState = "article.wrong_state",
    /// K1: the author of the text may not review it.
    ArticleK1OwnText = "article.k1_own_text",
    /// I10: a case is made from a resolved incident.
    ArticleI10NotResolved = "article.i10_not_resolved",
    // Quality (Q5, Q6, Q7).
    /// A step a corrective notice's status does not allow (Q6).
    CorrectiveWrongState = "quality.corrective_wrong_state",
    /// Q5: a reviewer who handled the sampled record may not review it.
    SampleQ5OwnRecord = "quality.q5_own_record",
    /// Q5: the sampled item has its finding already.
    SampleReviewedAlready = "quality.reviewed_already",
    /// Q5: a problem finding says what the problem is.
    SampleProblemNeedsText = "quality.problem_needs_text",
    /// Q7: the callback reached the reporter already.
    CallbackMadeAlready = "quality.callback_made_already",
    // Any record.
    /// Changed since the version the caller saw: who, when, which version now.
    RecordConflict = "record.conflict",
    /// Who changed it last, when, how.
    RecordLastChanged = "record.last_changed",
    // Emergencies (E1, E2, I14).
    /// A step a plan's status does not allow.
    PlanWrongState = "emergency.plan_wrong_state",
    /// A step a drill's status does not allow.
    DrillWrongState = "emergency.drill_wrong_state",
    /// The response stood down already.
    ResponseStoodDown = "emergency.stood_down",
    /// The response is still active: stand it down before the review.
    ResponseActive = "emergency.active",
    /// The review was recorded already.
    ResponseReviewed = "emergency.reviewed",
    /// The review's measure became a problem already.
    MeasureHasProblem = "emergency.measure_has_problem",
    /// The review's measure became a corrective notice already.
    MeasureHasCorrective = "emergency.measure_has_corrective",
    /// The incident is declared major already.
    ResponseExists = "emergency.exists",
}

/// One argument of a refusal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Shown as it is: an id, a name, a time in the desk's zone, a command line.
    Text(String),
    /// A word of the program (a status, a role, a step) the console says in its language: `key`
    /// in its table. `english` is how the CLI says it, and what the console falls back to.
    Word { key: String, english: String },
    /// Words, "a or b".
    AnyOf(Vec<Arg>),
    /// Refusals said one after the other ("a; b"), or nothing when empty.
    Parts(Vec<Refusal>),
}

impl Arg {
    fn english(&self) -> String {
        match self {
            Arg::Text(t) => t.clone(),
            Arg::Word { english, .. } => english.clone(),
            Arg::AnyOf(words) => words.iter().map(Arg::english).collect::<Vec<_>>().join(" or "),
            Arg::Parts(_) => String::new(),
        }
    }
}

/// What a refusal says: its code and its arguments, by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub code: Code,
    pub args: Vec<(&'static str, Arg)>,
}

impl Refusal {
    pub fn new(code: Code) -> Refusal {
        Refusal { code, args: Vec::new() }
    }

    fn with(mut self, name: &'static str, arg: Arg) -> Refusal {
        self.args.push((name, arg));
        self
    }

    /// `{name}` is `value`, as it is.
    pub fn text(self, name: &'static str, value: impl std::fmt::Display) -> Refusal {
        self.with(name, Arg::Text(value.to_string()))
    }

    /// `{name}` is a stored word (`change_status.scheduled`): the CLI shows the word itself.
    pub fn word(self, name: &'static str, family: &str, word: &str) -> Refusal {
        self.with(name, word_arg(family, word))
    }

    /// `{name}` is one of the program's phrases: `key` in the console's table, `english` in the
    /// CLI.
    pub fn phrase(self, name: &'static str, key: &str, english: &str) -> Refusal {
        self.with(
            name,
            Arg::Word {
                key: key.to_string(),
                english: english.to_string(),
            },
        )
    }

    /// `{name}` is "a or b", stored words of one family.
    pub fn any_of<'a>(self, name: &'static str, family: &str, words: impl IntoIterator<Item = &'a str>) -> Refusal {
        let words = words.into_iter().map(|w| word_arg(family, w)).collect();
        self.with(name, Arg::AnyOf(words))
    }

    /// `{name}` is these refusals one after the other (nothing when there are none).
    pub fn parts(self, name: &'static str, parts: Vec<Refusal>) -> Refusal {
        self.with(name, Arg::Parts(parts))
    }

    /// How the CLI says the argument `name`: its text, its English words ("" for parts, which
    /// have no English of their own here).
    pub fn english(&self, name: &str) -> String {
        self.arg(name).map(Arg::english).unwrap_or_default()
    }

    /// The argument called `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

fn word_arg(family: &str, word: &str) -> Arg {
    Arg::Word {
        key: format!("{family}.{word}"),
        english: word.to_string(),
    }
}
