//! The service requests' forms (R1-R5, R7) and the commands they send: a new request laid out
//! for its sub-kind, and one form per step the command line has.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{F, Field, Form, FormKind, choice, text, time, toggle, with_text};
use crate::domain::account::Account;
use crate::domain::request::{
    AccountAction, Approval, Classification, Delivery, FormChannel, NewRequest, Request, RequestKind, RequestPolicy,
    Verdict,
};
use crate::domain::time::{parse_time, whole_seconds};
use crate::ops::requests::Cmd;
use crate::tui::i18n::Strings;
use crate::tui::model::Command;

/// `R2 product` in the user's words.
pub fn kind_label(s: &Strings, kind: RequestKind) -> String {
    format!("{} {}", kind.rule(), s.t(&format!("request_kind.{}", kind.as_str())))
}

/// A choice among `words`, labelled from `table.<word>`; `first` (value, label) before them.
fn words(s: &Strings, id: F, table: &str, words: &[&str], first: Option<(&str, &str)>, at: usize) -> Field {
    let options = first
        .map(|(v, key)| (v.to_string(), s.t(key).to_string()))
        .into_iter()
        .chain(
            words
                .iter()
                .map(|w| (w.to_string(), s.t(&format!("{table}.{w}")).to_string())),
        )
        .collect();
    choice(s, id, options, at)
}

/// R4's marking to choose, the record's own selected; "none yet" first.
fn classification(s: &Strings, now: Option<Classification>) -> Field {
    let all: Vec<&str> = Classification::ALL.iter().map(|c| c.as_str()).collect();
    let at = now
        .and_then(|c| Classification::ALL.iter().position(|x| *x == c))
        .map_or(0, |i| i + 1);
    words(
        s,
        F::Classification,
        "classification",
        &all,
        Some(("", "form.none_yet")),
        at,
    )
}

fn hinted(f: Field, hint: String) -> Field {
    Field { hint, ..f }
}

/// The fields of a new request of `kind`: the form's own, then its sub-kind's.
fn new_request_fields(s: &Strings, kind: RequestKind, policy: &RequestPolicy) -> Vec<Field> {
    let kinds = RequestKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), kind_label(s, *k)))
        .collect();
    let at = RequestKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
    let channels: Vec<&str> = FormChannel::ALL.iter().map(|c| c.as_str()).collect();
    let chain: Vec<String> = policy.chain(kind).iter().map(|r| format!("{r}=…")).collect();
    let approvals_hint = if chain.is_empty() {
        s.t("hint.approvals_free").to_string()
    } else {
        s.f("hint.approvals", &[("chain", &chain.join(", "))])
    };
    let mut fields = vec![
        choice(s, F::Kind, kinds, at),
        text(s, F::Title, true),
        hinted(text(s, F::RequestDept, true), s.t("hint.dept_code").to_string()),
        text(s, F::Requester, true),
        hinted(text(s, F::Contact, false), s.t("hint.requester_contact").to_string()),
        words(s, F::Channel, "form_channel", &channels, None, 0),
        hinted(text(s, F::FormNo, false), s.t("hint.form_no").to_string()),
        time(s, F::ReceivedAt, "hint.now"),
        hinted(text(s, F::Approvals, false), approvals_hint),
    ];
    match kind {
        RequestKind::Requirement => fields.push(toggle(s, F::ChangesProduct, false)),
        RequestKind::Product => {}
        RequestKind::Account => {
            let actions: Vec<&str> = AccountAction::ALL.iter().map(|a| a.as_str()).collect();
            fields.extend([
                words(s, F::AccountAction, "account_action", &actions, None, 0),
                text(s, F::System, true),
                text(s, F::Account, true),
                hinted(text(s, F::Person, true), s.t("hint.person").to_string()),
                text(s, F::PersonName, false),
                hinted(text(s, F::Permission, false), s.t("hint.permission").to_string()),
                toggle(s, F::BeyondAuthority, false),
            ]);
        }
        RequestKind::Extraction => {
            fields.extend([
                text(s, F::Purpose, true),
                text(s, F::UseScope, true),
                words(
                    s,
                    F::President,
                    "president",
                    &["needed", "not-needed"],
                    Some(("", "president.undecided")),
                    0,
                ),
                classification(s, None),
            ]);
        }
        RequestKind::Processing => {
            fields.extend([
                toggle(s, F::Urgent, false),
                hinted(text(s, F::Supervisor, false), s.t("hint.supervisor").to_string()),
            ]);
        }
    }
    fields.extend([time(s, F::FiledAt, "hint.filed_at"), text(s, F::Description, false)]);
    fields
}

impl Form {
    /// R1-R5: a form as it reached IT, laid out for `kind` (the first field changes it).
    pub fn new_request(s: &Strings, kind: RequestKind, policy: &RequestPolicy) -> Form {
        let fields = new_request_fields(s, kind, policy);
        Form::new(s, FormKind::NewRequest { kind }, "form.new_request", None, fields)
    }

    /// A new request whose sub-kind was changed: laid out again for it, what was typed in the
    /// fields both have kept.
    pub fn rekind(&mut self, s: &Strings, policy: &RequestPolicy) {
        let FormKind::NewRequest { kind } = self.kind else {
            return;
        };
        let Ok(chosen) = RequestKind::parse(&self.text_of(F::Kind)) else {
            return;
        };
        if chosen == kind {
            return;
        }
        let mut fields = new_request_fields(s, chosen, policy);
        for f in &mut fields {
            if let Some(old) = self
                .fields
                .iter()
                .find(|o| o.id == f.id && o.id != super::FieldId::Named(F::Kind))
            {
                f.kind = old.kind.clone();
            }
        }
        self.fields = fields;
        self.kind = FormKind::NewRequest { kind: chosen };
    }

    /// A step on request `r` with `fields`.
    fn on_request(s: &Strings, kind: FormKind, title: &str, r: &Request, fields: Vec<Field>) -> Form {
        Form::new(s, kind, title, Some(r.id), fields)
    }

    /// Take it, or (a supervisor) give it to someone.
    pub fn accept_request(s: &Strings, r: &Request, me: &str) -> Form {
        let fields = vec![
            hinted(text(s, F::To, false), me.to_string()),
            time(s, F::At, "hint.now"),
        ];
        let (id, version) = (r.id, r.version);
        Form::on_request(
            s,
            FormKind::AcceptRequest { id, version },
            "form.accept_request",
            r,
            fields,
        )
    }

    /// An approval that reached IT: the first one missing offered.
    pub fn approve(s: &Strings, r: &Request) -> Form {
        let missing = r.missing_approvals();
        let role = with_text(text(s, F::Role, true), missing.first().map_or("", String::as_str));
        let hint = if missing.is_empty() {
            String::new()
        } else {
            s.f("hint.missing", &[("roles", &missing.join(", "))])
        };
        let fields = vec![hinted(role, hint), text(s, F::By, true), time(s, F::At, "hint.now")];
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Approve { id, version }, "form.approve", r, fields)
    }

    /// R4: the IT manager's decision whether the president must approve.
    pub fn decide(s: &Strings, r: &Request) -> Form {
        let fields = vec![words(s, F::President, "president", &["needed", "not-needed"], None, 0)];
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Decide { id, version }, "form.decide", r, fields)
    }

    /// R3: beyond the business department's authority: the leader in charge approves too.
    pub fn escalate(s: &Strings, r: &Request) -> Form {
        let fields = vec![text(s, F::Reason, true), time(s, F::At, "hint.now")];
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Escalate { id, version }, "form.escalate", r, fields)
    }

    /// R7: waiting for the requester's material: the clock stands still.
    pub fn pause(s: &Strings, r: &Request) -> Form {
        let fields = vec![text(s, F::Reason, true), time(s, F::At, "hint.now")];
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Pause { id, version }, "form.pause", r, fields)
    }

    /// R7: the material came: the clock runs again.
    pub fn resume(s: &Strings, r: &Request) -> Form {
        let fields = vec![time(s, F::At, "hint.now")];
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Resume { id, version }, "form.resume", r, fields)
    }

    /// R1's first evaluation (or a new project), R5's first opinion.
    pub fn evaluate(s: &Strings, r: &Request) -> Form {
        let mut fields = vec![text(s, F::Note, true)];
        if r.kind == RequestKind::Requirement {
            fields.push(toggle(s, F::NewProject, false));
        }
        fields.push(time(s, F::At, "hint.now"));
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Evaluate { id, version }, "form.evaluate", r, fields)
    }

    /// Delivered: R4 encrypted, classified, with the file's SHA-256; R5's urgent item the reply.
    pub fn deliver(s: &Strings, r: &Request) -> Form {
        let mut fields = vec![text(s, F::Note, false)];
        if r.kind == RequestKind::Extraction {
            fields.extend([
                classification(s, r.classification),
                toggle(s, F::Encrypted, true),
                hinted(text(s, F::Sha256, true), s.t("hint.sha256").to_string()),
            ]);
        }
        if r.urgent {
            fields.push(text(s, F::Reply, true));
        }
        fields.push(time(s, F::At, "hint.now"));
        let (id, version) = (r.id, r.version);
        Form::on_request(s, FormKind::Deliver { id, version }, "form.deliver", r, fields)
    }

    /// R1: the requester's feedback form (需求实现反馈表).
    pub fn confirm_request(s: &Strings, r: &Request) -> Form {
        let verdicts: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
        let fields = vec![
            words(s, F::Verdict, "request_verdict", &verdicts, None, 0),
            text(s, F::FeedbackForm, false),
            text(s, F::Note, false),
            time(s, F::At, "hint.now"),
        ];
        let (id, version) = (r.id, r.version);
        Form::on_request(
            s,
            FormKind::ConfirmRequest { id, version },
            "form.confirm_request",
            r,
            fields,
        )
    }

    /// Into the archive; an unfinished one with its reason (a supervisor).
    pub fn close_request(s: &Strings, r: &Request) -> Form {
        let reason = hinted(text(s, F::Reason, !r.finished()), s.t("hint.close_reason").to_string());
        let fields = vec![reason, time(s, F::At, "hint.now")];
        let (id, version) = (r.id, r.version);
        Form::on_request(
            s,
            FormKind::CloseRequest { id, version },
            "form.close_request",
            r,
            fields,
        )
    }

    /// R3: an account to remove was removed.
    pub fn remove_account(s: &Strings, a: &Account) -> Form {
        let fields = vec![
            hinted(text(s, F::How, true), s.t("hint.removed_how").to_string()),
            time(s, F::At, "hint.now"),
        ];
        let mut f = Form::new(
            s,
            FormKind::RemoveAccount {
                id: a.id,
                version: a.version,
            },
            "form.remove_account",
            Some(a.id),
            fields,
        );
        f.title = s.f(
            "form.remove_account",
            &[
                ("id", &a.id.to_string()),
                ("account", &format!("{}/{}", a.system, a.account)),
                ("person", &a.person),
            ],
        );
        f
    }

    /// `ROLE=NAME[@TIME], …` as approvals, at `received` when no time is given; the error is
    /// shown at the field.
    fn approvals(
        &mut self,
        received: DateTime<Utc>,
        now: DateTime<Utc>,
        zone: Tz,
        s: &Strings,
    ) -> Option<Vec<Approval>> {
        let mut out = Vec::new();
        for item in self.list_of(F::Approvals) {
            let parsed = item.split_once('=').and_then(|(role, rest)| {
                let (by, at) = match rest.rsplit_once('@') {
                    Some((by, t)) => (by, parse_time(t.trim(), now, zone).ok().map(whole_seconds)?),
                    None => (rest, received),
                };
                Some(Approval {
                    role: role.trim().to_string(),
                    by: by.trim().to_string(),
                    at,
                })
            });
            match parsed {
                Some(a) => out.push(a),
                None => {
                    let at = self
                        .fields
                        .iter()
                        .position(|f| f.id == super::FieldId::Named(F::Approvals));
                    if let Some(i) = at {
                        self.fields[i].error = Some(s.f("form.bad_approval", &[("item", &item)]));
                        self.focus = i;
                    }
                    return None;
                }
            }
        }
        Some(out)
    }

    fn choice_word<T>(&self, id: F, parse: impl Fn(&str) -> Result<T, crate::error::OpsError>) -> Option<T> {
        let w = self.text_of(id);
        if w.is_empty() { None } else { parse(&w).ok() }
    }

    /// The command this form sends, for the requests' forms.
    pub(super) fn requests_command(&mut self, now: DateTime<Utc>, zone: Tz, s: &Strings) -> Option<Command> {
        let when = |f: &Form, id: F| f.time_of(id, now, zone);
        let at = when(self, F::At).unwrap_or(now);
        let note = self.text_of(F::Note);
        let step = |id: i64, version: i64, cmd: Cmd| Command::Request { id, version, cmd };
        Some(match self.kind {
            FormKind::NewRequest { kind } => {
                let received = when(self, F::ReceivedAt).unwrap_or(now);
                let approvals = self.approvals(received, now, zone, s)?;
                let president = self.choice_word(F::President, |w| Ok(w == "needed"));
                Command::NewRequest(Box::new(NewRequest {
                    kind: Some(kind),
                    title: self.text_of(F::Title),
                    description: self.text_of(F::Description),
                    dept: self.text_of(F::RequestDept),
                    requester: self.text_of(F::Requester),
                    contact: self.text_of(F::Contact),
                    channel: FormChannel::parse(&self.text_of(F::Channel)).ok(),
                    form_no: self.text_of(F::FormNo),
                    filed_at: when(self, F::FiledAt),
                    received_at: Some(received),
                    approvals,
                    changes_product: self.toggle_of(F::ChangesProduct),
                    action: self.choice_word(F::AccountAction, AccountAction::parse),
                    system: self.text_of(F::System),
                    account: self.text_of(F::Account),
                    person: self.text_of(F::Person),
                    person_name: self.text_of(F::PersonName),
                    permission: self.text_of(F::Permission),
                    beyond_authority: self.toggle_of(F::BeyondAuthority),
                    purpose: self.text_of(F::Purpose),
                    use_scope: self.text_of(F::UseScope),
                    president_needed: president,
                    classification: self.choice_word(F::Classification, Classification::parse),
                    urgent: self.toggle_of(F::Urgent),
                    supervisor: self.text_of(F::Supervisor),
                }))
            }
            FormKind::AcceptRequest { id, version } => {
                let to = self.text_of(F::To);
                let cmd = Cmd::Accept {
                    to: (!to.is_empty()).then_some(to),
                    at: when(self, F::At),
                };
                step(id, version, cmd)
            }
            FormKind::Approve { id, version } => step(
                id,
                version,
                Cmd::Approve(Approval {
                    role: self.text_of(F::Role),
                    by: self.text_of(F::By),
                    at,
                }),
            ),
            FormKind::Decide { id, version } => step(
                id,
                version,
                Cmd::Decide {
                    president: self.text_of(F::President) == "needed",
                },
            ),
            FormKind::Escalate { id, version } => step(
                id,
                version,
                Cmd::Escalate {
                    reason: self.text_of(F::Reason),
                    at,
                },
            ),
            FormKind::Pause { id, version } => step(
                id,
                version,
                Cmd::Pause {
                    reason: self.text_of(F::Reason),
                    at,
                },
            ),
            FormKind::Resume { id, version } => step(id, version, Cmd::Resume { at }),
            FormKind::Evaluate { id, version } => step(
                id,
                version,
                Cmd::Evaluate {
                    note,
                    new_project: self.toggle_of(F::NewProject),
                    at,
                },
            ),
            FormKind::Deliver { id, version } => step(
                id,
                version,
                Cmd::Deliver {
                    delivery: Delivery {
                        note,
                        classification: self.choice_word(F::Classification, Classification::parse),
                        encrypted: self.toggle_of(F::Encrypted),
                        sha256: self.text_of(F::Sha256),
                        reply: self.text_of(F::Reply),
                    },
                    at,
                },
            ),
            FormKind::ConfirmRequest { id, version } => step(
                id,
                version,
                Cmd::Confirm {
                    verdict: Verdict::parse(&self.text_of(F::Verdict)).ok()?,
                    form: self.text_of(F::FeedbackForm),
                    note,
                    at,
                },
            ),
            FormKind::CloseRequest { id, version } => step(
                id,
                version,
                Cmd::Close {
                    reason: self.text_of(F::Reason),
                    at,
                },
            ),
            FormKind::RemoveAccount { id, version } => Command::RemoveAccount {
                id,
                version,
                how: self.text_of(F::How),
                at,
            },
            _ => return None,
        })
    }

    /// Whether this is one of the requests' forms.
    pub(super) fn is_request_form(&self) -> bool {
        matches!(
            self.kind,
            FormKind::NewRequest { .. }
                | FormKind::AcceptRequest { .. }
                | FormKind::Approve { .. }
                | FormKind::Decide { .. }
                | FormKind::Escalate { .. }
                | FormKind::Pause { .. }
                | FormKind::Resume { .. }
                | FormKind::Evaluate { .. }
                | FormKind::Deliver { .. }
                | FormKind::ConfirmRequest { .. }
                | FormKind::CloseRequest { .. }
                | FormKind::RemoveAccount { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::form::FieldKind;
    use crate::tui::i18n::Lang;

    fn policy() -> RequestPolicy {
        crate::domain::request::Rules::from_config(&crate::config::Config::defaults()).policy
    }

    fn ids(f: &Form) -> Vec<super::super::FieldId> {
        f.fields.iter().map(|f| f.id.clone()).collect()
    }

    #[test]
    fn a_new_request_is_laid_out_for_its_sub_kind_and_keeps_what_was_typed() {
        let s = Strings::new(Lang::En);
        let mut f = Form::new_request(&s, RequestKind::Requirement, &policy());
        assert!(ids(&f).contains(&super::super::FieldId::Named(F::ChangesProduct)));
        if let FieldKind::Text { input, .. } = &mut f.fields[1].kind {
            *input = crate::tui::input::LineInput::new("开通帐号");
        }
        // The sub-kind chosen: account (the third).
        if let FieldKind::Choice { idx, .. } = &mut f.fields[0].kind {
            *idx = 2;
        }
        f.rekind(&s, &policy());
        assert_eq!(
            f.kind,
            FormKind::NewRequest {
                kind: RequestKind::Account
            }
        );
        let now = ids(&f);
        assert!(now.contains(&super::super::FieldId::Named(F::System)));
        assert!(!now.contains(&super::super::FieldId::Named(F::ChangesProduct)));
        assert_eq!(f.text_of(F::Title), "开通帐号", "the title typed stays");
    }
}
