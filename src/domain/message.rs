//! Messages: a duty to tell someone (I6-I8, C5-C9, B5, B6) becomes one message per medium,
//! reviewed where a person should look first, sent once, retried with backoff, and never sent
//! twice: a sender holds a lease while it sends, and a lease that ran out mid-send leaves the
//! message "may have been sent" for a person to decide.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::duty::{Audience, DutyKind};
use super::role::Actor;
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

words!(
    /// How a message reaches people: e-mail to their addresses, SMS to their phones.
    Medium {
        Email = "email",
        Sms = "sms",
    },
    "medium"
);

words!(
    /// draft (awaiting review) → queued → sending (a sender holds the lease) → sent; or failed
    /// (retries used up, or refused for good), uncertain (the sender stopped mid-send: it may have
    /// been sent), cancelled (the people were told another way).
    MessageState {
        Draft = "draft",
        Queued = "queued",
        Sending = "sending",
        Sent = "sent",
        Failed = "failed",
        Uncertain = "uncertain",
        Cancelled = "cancelled",
    },
    "message state"
);

words!(
    /// How a message leaves the desk: files in a spool directory, an SMTP server, or a program
    /// (the company's SMS gateway script).
    ChannelKind {
        Spool = "spool",
        Smtp = "smtp",
        Command = "command",
    },
    "channel"
);

/// One recipient: a person, the department they speak for, and the address this medium uses
/// (an e-mail address or a phone number).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub name: String,
    pub dept: String,
    pub addr: String,
}

impl Address {
    /// `孙丽 (市场部) <sunli@example.com>`
    pub fn line(&self) -> String {
        let mut s = self.name.clone();
        if !self.dept.is_empty() {
            s.push_str(&format!(" ({})", self.dept));
        }
        if !self.addr.is_empty() {
            s.push_str(&format!(" <{}>", self.addr));
        }
        s
    }
}

/// What a duty's message says and to whom, before it is stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Draft {
    pub medium: Medium,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub subject: String,
    pub body: String,
    pub lang: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub id: i64,
    pub duty_id: i64,
    pub medium: Medium,
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub subject: String,
    pub body: String,
    pub lang: String,
    pub state: MessageState,
    /// A person changed the text: it is no longer re-rendered from the record.
    pub edited: bool,
    /// Send attempts so far.
    pub attempts: i64,
    /// Not to be tried before this instant (backoff).
    pub next_attempt_at: DateTime<Utc>,
    /// Who holds the sending lease, until when.
    pub lease_owner: Option<String>,
    pub lease_until: Option<DateTime<Utc>>,
    pub last_error: String,
    pub approved_by: Option<String>,
    pub approved_at: Option<DateTime<Utc>>,
    pub sent_at: Option<DateTime<Utc>>,
    /// The channel that sent it, and what it said ("250 OK", the spool file).
    pub channel: Option<ChannelKind>,
    pub receipt: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
    pub version: i64,
}

/// The outcome of one try, as the sender saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Sent {
        channel: ChannelKind,
        receipt: String,
    },
    /// Refused; `permanent` when trying again cannot help (a 5xx reply, no such program).
    Failed {
        channel: ChannelKind,
        error: String,
        permanent: bool,
    },
    /// Nobody knows whether it went: a timeout after the text was handed over.
    Unknown {
        channel: ChannelKind,
        error: String,
    },
}

/// How sending is retried and how long a sender may hold a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SendPolicy {
    pub max_attempts: i64,
    /// The wait after the first failure; doubled after each further one, up to `max_backoff`.
    pub backoff: Duration,
    pub max_backoff: Duration,
    pub lease: Duration,
}

impl SendPolicy {
    /// The wait before attempt `attempts + 1`, after `attempts` failures.
    pub fn backoff_after(&self, attempts: i64) -> Duration {
        let doublings = (attempts - 1).clamp(0, 20) as u32;
        let wait = self.backoff * 2_i32.saturating_pow(doublings);
        wait.min(self.max_backoff)
    }
}

/// Which duties become messages, by which media, and whether a person reviews them first.
impl DutyKind {
    /// The media a duty's message goes by; none for work the desk does itself (C9's full
    /// confirmation). I8: the departments by phone or SMS, the IT department's people by e-mail.
    pub fn media(self) -> &'static [Medium] {
        if matches!(
            self,
            DutyKind::ExplanationNotice | DutyKind::E1DrillReport | DutyKind::E2ReviewReport
        ) {
            // A notice to read, not an alert.
            return &[Medium::Email];
        }
        match self.audience() {
            Audience::Desk => &[],
            Audience::Role(_)
            | Audience::AllDepartments
            | Audience::Affected
            | Audience::SupervisorsAndManager
            | Audience::DeskReport
            | Audience::Requester
            | Audience::OwnerAndSupervisors
            | Audience::Initiator
            | Audience::Leadership => &[Medium::Sms, Medium::Email],
            Audience::Maintenance
            | Audience::FrontLine
            | Audience::Collaborators
            | Audience::ChangeNotice
            | Audience::ChangeResult
            | Audience::DeptManagers
            | Audience::CorrectiveDept
            | Audience::ReportReaders => &[Medium::Email],
        }
    }
}

impl DutyKind {
    /// Duties whose message is written only once they are due: B5 reports how the run stood at
    /// its deadline, done or not; R7's warning goes when the limit is close, not when the clock
    /// starts.
    pub fn message_waits_until_due(self) -> bool {
        matches!(self, DutyKind::B5Report | DutyKind::R7Warning | DutyKind::E2Progress)
    }
}

/// The review policy: the kinds that go out without a person looking first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewPolicy {
    pub automatic: Vec<DutyKind>,
}

impl ReviewPolicy {
    pub fn state_for(&self, kind: DutyKind) -> MessageState {
        if self.automatic.contains(&kind) {
            MessageState::Queued
        } else {
            MessageState::Draft
        }
    }
}

/// A person's step on a message whose state decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Approve,
    Edit,
    Resend,
}

impl Message {
    /// A new message for duty `duty_id`: queued or a draft as the policy says; failed at once
    /// when nobody in the directory has an address for this medium, so that the gap shows.
    pub fn new(duty_id: i64, d: Draft, state: MessageState, now: DateTime<Utc>, by: &str) -> Message {
        let nobody = d.to.is_empty() && d.cc.is_empty();
        Message {
            id: 0,
            duty_id,
            medium: d.medium,
            to: d.to,
            cc: d.cc,
            subject: d.subject,
            body: d.body,
            lang: d.lang,
            state: if nobody { MessageState::Failed } else { state },
            edited: false,
            attempts: 0,
            next_attempt_at: now,
            lease_owner: None,
            lease_until: None,
            last_error: if nobody {
                match d.medium {
                    Medium::Email => "nobody to send to: no recipient has an e-mail address in the directory".into(),
                    Medium::Sms => "nobody to send to: no recipient has a phone number in the directory".into(),
                }
            } else {
                String::new()
            },
            approved_by: None,
            approved_at: None,
            sent_at: None,
            channel: None,
            receipt: String::new(),
            created_at: now,
            updated_at: now,
            updated_by: by.to_string(),
            version: 1,
        }
    }

    fn next(&self, by: &str, now: DateTime<Utc>) -> Message {
        let mut m = self.clone();
        m.version += 1;
        m.updated_at = now;
        m.updated_by = by.to_string();
        m
    }

    /// Refused unless the message is in one of the `allowed` states; `step` is the step's word
    /// (`message_step.<step>`), also how the CLI says it.
    fn expect(&self, allowed: &[MessageState], step: &str) -> Result<(), OpsError> {
        if allowed.contains(&self.state) {
            return Ok(());
        }
        let (note, said) = match self.state {
            MessageState::Sent => (" already", vec![Refusal::new(Code::MessageSentAlready)]),
            MessageState::Sending => (" (a sender holds it now)", vec![Refusal::new(Code::MessageHeld)]),
            _ => ("", Vec::new()),
        };
        Err(
            OpsError::Rule(format!("cannot {step} message {}: it is {}{note}", self.id, self.state)).coded(
                Refusal::new(Code::MessageWrongState)
                    .phrase("step", &format!("message_step.{step}"), step)
                    .text("id", self.id)
                    .word("state", "message_state", self.state.as_str())
                    .parts("note", said),
            ),
        )
    }

    /// Is there anyone to send it to?
    pub fn addressed(&self) -> bool {
        !(self.to.is_empty() && self.cc.is_empty())
    }

    /// Whether a person may take `step` on the message as it stands: approve a draft, edit one
    /// not sent yet, send again one that failed or may have gone. The console asks before it
    /// opens the confirmation or the editor; each step asks again first.
    pub fn can(&self, step: Step) -> Result<(), OpsError> {
        match step {
            Step::Approve => self.expect(&[MessageState::Draft], "approve"),
            Step::Edit => self.expect(
                &[MessageState::Draft, MessageState::Failed, MessageState::Uncertain],
                "edit",
            ),
            Step::Resend => self.expect(&[MessageState::Failed, MessageState::Uncertain], "resend"),
        }
    }

    /// Reviewed: it may go. The reviewer is recorded.
    pub fn approve(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Message, OpsError> {
        self.can(Step::Approve)?;
        let mut m = self.next(&actor.login, now);
        m.state = MessageState::Queued;
        m.approved_by = Some(actor.login.clone());
        m.approved_at = Some(now);
        m.next_attempt_at = now;
        Ok(m)
    }

    /// A person rewrote the text before it went (a draft, or one to send again).
    pub fn edit(&self, actor: &Actor, subject: &str, body: &str, now: DateTime<Utc>) -> Result<Message, OpsError> {
        self.can(Step::Edit)?;
        let subject = normalize(subject);
        let body = normalize(body);
        if subject.is_empty() || body.trim().is_empty() {
            return Err(OpsError::Invalid("a message needs a subject and a body".into()));
        }
        check_len("subject", &subject, 300)?;
        // The subject heads an e-mail: one line.
        super::directory::check_no_control("subject", &subject)?;
        check_len("body", &body, 20_000)?;
        let mut m = self.next(&actor.login, now);
        m.subject = subject;
        m.body = body;
        m.edited = true;
        Ok(m)
    }

    /// The text re-rendered from the record, while nobody has edited it.
    pub fn rerender(&self, d: &Draft, by: &str, now: DateTime<Utc>) -> Option<Message> {
        if self.edited
            || !matches!(self.state, MessageState::Draft | MessageState::Failed)
            || (self.subject == d.subject && self.body == d.body && self.to == d.to && self.cc == d.cc)
        {
            return None;
        }
        let mut m = self.next(by, now);
        m.subject = d.subject.clone();
        m.body = d.body.clone();
        m.to = d.to.clone();
        m.cc = d.cc.clone();
        Some(m)
    }

    /// Send it again: after a failure, or when it may not have gone and a person says to.
    pub fn retry(&self, actor: &Actor, now: DateTime<Utc>) -> Result<Message, OpsError> {
        self.can(Step::Resend)?;
        if !self.addressed() {
            let addresses = match self.medium {
                Medium::Email => "e-mail addresses",
                Medium::Sms => "phone numbers",
            };
            return Err(OpsError::Rule(format!(
                "message {} has nobody to send to: add the {addresses} to the directory first",
                self.id,
            ))
            .coded(Refusal::new(Code::MessageNobody).text("id", self.id).phrase(
                "addresses",
                &format!("refusal_word.addresses_{}", self.medium.as_str()),
                addresses,
            )));
        }
        let mut m = self.next(&actor.login, now);
        m.state = MessageState::Queued;
        m.attempts = 0;
        m.next_attempt_at = now;
        if m.approved_by.is_none() {
            m.approved_by = Some(actor.login.clone());
            m.approved_at = Some(now);
        }
        Ok(m)
    }

    /// Due for a send at `now`?
    pub fn claimable(&self, now: DateTime<Utc>) -> bool {
        self.state == MessageState::Queued && self.next_attempt_at <= now
    }

    /// A sender takes it for the length of the lease.
    pub fn claim(&self, owner: &str, policy: &SendPolicy, now: DateTime<Utc>) -> Result<Message, OpsError> {
        if !self.claimable(now) {
            return Err(OpsError::Rule(format!("message {} is not due for sending", self.id)));
        }
        let mut m = self.next(owner, now);
        m.state = MessageState::Sending;
        m.lease_owner = Some(owner.to_string());
        m.lease_until = Some(now + policy.lease);
        m.attempts += 1;
        Ok(m)
    }

    /// The sender that holds it is still at work (a slow server, a slow gateway): its lease runs
    /// for another full term from `now`. A send under way never looks abandoned, so it is never
    /// taken for "may have been sent" and resent while it may still go. `None` when `owner` no
    /// longer holds it.
    pub fn renew(&self, owner: &str, policy: &SendPolicy, now: DateTime<Utc>) -> Option<Message> {
        if self.state != MessageState::Sending || self.lease_owner.as_deref() != Some(owner) {
            return None;
        }
        let mut m = self.next(owner, now);
        m.lease_until = Some(now + policy.lease);
        Some(m)
    }

    /// Whether `owner` may record the outcome: it holds the lease, or the lease ran out and the
    /// message was marked uncertain meanwhile (the sender's word beats the guess).
    pub fn held_by(&self, owner: &str) -> bool {
        self.lease_owner.as_deref() == Some(owner)
            && matches!(self.state, MessageState::Sending | MessageState::Uncertain)
    }

    /// The sender's outcome.
    pub fn settle(&self, by: &str, outcome: &Outcome, policy: &SendPolicy, now: DateTime<Utc>) -> Message {
        let mut m = self.next(by, now);
        m.lease_until = None;
        match outcome {
            Outcome::Sent { channel, receipt } => {
                m.state = MessageState::Sent;
                m.sent_at = Some(now);
                m.channel = Some(*channel);
                m.receipt = receipt.clone();
                m.last_error.clear();
            }
            Outcome::Failed {
                channel,
                error,
                permanent,
            } => {
                m.channel = Some(*channel);
                m.last_error = error.clone();
                if *permanent || m.attempts >= policy.max_attempts {
                    m.state = MessageState::Failed;
                } else {
                    m.state = MessageState::Queued;
                    m.next_attempt_at = now + policy.backoff_after(m.attempts);
                }
            }
            Outcome::Unknown { channel, error } => {
                m.channel = Some(*channel);
                m.state = MessageState::Uncertain;
                m.last_error = error.clone();
            }
        }
        m
    }

    /// The lease ran out while sending: the sender died or hung. It may have been sent, so it is
    /// not sent again without a person saying so.
    pub fn expire(&self, by: &str, now: DateTime<Utc>) -> Option<Message> {
        if self.state != MessageState::Sending || self.lease_until.is_none_or(|u| u > now) {
            return None;
        }
        let holder = self.lease_owner.clone().unwrap_or_default();
        let mut m = self.next(by, now);
        m.state = MessageState::Uncertain;
        m.last_error = format!("may have been sent: the sender ({holder}) stopped before it recorded the result");
        Some(m)
    }

    /// The duty was done another way: what was not sent will not be.
    pub fn cancel(&self, by: &str, now: DateTime<Utc>) -> Option<Message> {
        if !matches!(
            self.state,
            MessageState::Draft | MessageState::Queued | MessageState::Failed | MessageState::Uncertain
        ) {
            return None;
        }
        let mut m = self.next(by, now);
        m.state = MessageState::Cancelled;
        Some(m)
    }
}

record!(Message, super::kind::Kind::Message);

/// I8 and every duty that tells people: the duty is done by its messages once every message with
/// someone to reach has gone and at least one has. A medium nobody in the directory can be
/// reached by (a reporter with a phone and no e-mail) does not keep a duty open that its other
/// medium fulfilled; a message that failed to reach someone it should have does.
pub fn duty_told(messages: &[Message]) -> bool {
    let addressed: Vec<&Message> = messages.iter().filter(|m| m.addressed()).collect();
    !addressed.is_empty() && addressed.iter().all(|m| m.state == MessageState::Sent)
}

#[cfg(test)]
mod tests;
