//! The console's state apart from the app itself and its views: effects, popups, the status
//! line and what the console is started with.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::domain::escalation::Policy;
use crate::domain::role::Actor;
use crate::ops::changes::Rendered;
use crate::store::audit::HistoryRow;
use crate::tui::input::LineInput;
use crate::tui::model::{Command, MonthPlan, NoticeDoc, Report, ReportText, Request};

/// Something for the outside world to do.
#[allow(clippy::large_enum_variant)] // one per user action; see `Request`
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    Request(Request),
    Bell,
    /// Put this text on the clipboard (OSC 52: the terminal does it, over SSH too).
    Copy(String),
    /// Open the user's editor on a message's text (subject line, blank line, body); the result
    /// comes back through `App::on_edited`.
    EditText {
        id: i64,
        version: i64,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    pub text: String,
    pub cmd: Command,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub message: String,
    pub changes: Vec<HistoryRow>,
    pub cmd: Command,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Palette {
    pub input: LineInput,
    pub sel: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Popup {
    Help {
        scroll: u16,
        /// `/` in help: the keys whose name, keys or description hold this text; `editing` while
        /// it is typed.
        search: Option<(LineInput, bool)>,
    },
    Palette(Palette),
    /// The global search, its words and hits (issue 14).
    Search(Box<super::search::SearchBox>),
    Form(Box<crate::tui::form::Form>),
    Confirm(Box<Confirm>),
    Conflict(Box<Conflict>),
    /// Esc on a form with something typed in it: drop it (Enter) or go back to it (Esc).
    DropForm(Box<crate::tui::form::Form>),
    /// A record in full, full screen.
    Record(Box<super::Zoom>),
    /// C1: a month's change plan; `None` while loading.
    MonthPlan {
        month: (i32, u32),
        plan: Option<Box<Result<MonthPlan, String>>>,
        scroll: u16,
    },
    /// A change's notice rendered for preview; `None` while loading.
    Notice {
        id: i64,
        doc: NoticeDoc,
        text: Option<Box<Result<Rendered, String>>>,
        scroll: u16,
    },
    /// A message in full, as it will go (or went).
    Message {
        id: i64,
        scroll: u16,
    },
    /// A run's check report (B4) or deadline report (B5); `None` while loading.
    Report {
        id: i64,
        which: Report,
        text: Option<Box<Result<ReportText, String>>>,
        scroll: u16,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct StatusLine {
    pub text: String,
    /// A refusal (red): a background line never covers it while it lasts, until a key is
    /// pressed.
    pub error: bool,
    /// A warning (yellow): something went wrong that is not a refusal of the user's step (the
    /// sender could not send).
    pub warning: bool,
    /// A key was pressed since it came: a background line may take its place.
    pub seen: bool,
    pub until: DateTime<Utc>,
}

impl StatusLine {
    /// A refusal not yet seen, still in its time.
    pub fn holds(&self, now: DateTime<Utc>) -> bool {
        self.error && !self.seen && self.until > now
    }
}

/// Who is at the keyboard and the desk's settings the screen needs.
#[derive(Clone, Debug)]
pub struct Setup {
    pub me: Actor,
    pub desk_name: String,
    pub zone: Tz,
    pub policy: Policy,
    pub read_only: bool,
    pub bell: bool,
    /// How long before its deadline, at most, a draft awaiting review is flagged.
    pub review_lead: chrono::Duration,
    /// The working calendar: which years it knows (W2), how long a working day is.
    pub calendar: crate::domain::calendar::Calendar,
    /// The requests' approval chains, offered in the new request's form.
    pub request_policy: crate::domain::request::RequestPolicy,
    /// The locale is not UTF-8: what to do about it (shown until the console ends).
    pub locale_warning: Option<String>,
    /// While a duty is missed, ring again this often (`None`: once).
    pub missed_ring: Option<chrono::Duration>,
    /// The queue's saved filters, each with its key (config `console.filters`).
    pub sections: Vec<(crate::tui::keymap::KeyPress, crate::ops::console::filter::Section)>,
    /// The directory's values the forms offer (read at start, again when the worker sees the
    /// desk change).
    pub choices: crate::tui::form::Choices,
    /// The language notices are sent in (config `notify.language`): what a preview shows.
    pub notice_lang: &'static str,
}

impl Setup {
    /// A console of `me` on a desk with `config`.
    pub fn new(me: Actor, config: &crate::config::Config, read_only: bool) -> Setup {
        let me_login = me.login.clone();
        Setup {
            me,
            desk_name: config.desk.name.clone(),
            zone: config.desk.zone,
            policy: Policy::from_config(config),
            read_only,
            bell: config.desk.bell,
            review_lead: crate::ops::duties::review_lead(config),
            calendar: crate::domain::calendar::Calendar::from_config(config),
            request_policy: crate::domain::request::Rules::from_config(config).policy,
            locale_warning: None,
            missed_ring: (config.desk.missed_ring_minutes > 0)
                .then(|| chrono::Duration::minutes(config.desk.missed_ring_minutes.into())),
            // An unreadable key stops the console at start (tui::run), before this.
            sections: super::sections::resolve(config, &me_login).unwrap_or_default(),
            choices: crate::tui::form::Choices::of(
                crate::tui::form::Directory {
                    listed: config.incident.services.clone(),
                    ..Default::default()
                },
                crate::tui::i18n::Lang::En,
            ),
            notice_lang: config.notify.language.code(),
        }
    }
}
