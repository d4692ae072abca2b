//! Intake (R1–R5, R8): the form as it reached IT, each sub-kind's fields checked, the clock
//! started at once when no approval is missing (R7).

use chrono::{DateTime, Utc};

use super::{
    AccountAction, Approval, FormChannel, NewRequest, Request, RequestKind, RequestStatus, Rules, limits, name,
    not_future, text,
};
use crate::domain::role::{Actor, Power, require};
use crate::error::OpsError;

impl Request {
    /// Intake: the form as it reached IT, with the approvals it came with. Its clock starts at
    /// once when nothing is missing.
    pub fn open(new: &NewRequest, actor: &Actor, rules: &Rules, now: DateTime<Utc>) -> Result<Request, OpsError> {
        let kind = new.kind.ok_or_else(|| {
            OpsError::Invalid("kind is required: requirement, product, account, extraction or processing".into())
        })?;
        let channel = new
            .channel
            .ok_or_else(|| OpsError::Invalid("channel is required: oa, email, paper or phone".into()))?;
        let received_at = not_future("received_at", new.received_at.unwrap_or(now), now)?;
        let filed_at = new.filed_at.map(|t| not_future("filed_at", t, now)).transpose()?;
        if filed_at.is_some_and(|f| f > received_at) {
            return Err(OpsError::Invalid(
                "filed_at is after received_at: the form is filed before it reaches IT".into(),
            ));
        }
        let form_no = text("form number", &new.form_no, false, limits::SHORT)?;
        if form_no.is_empty() && matches!(channel, FormChannel::Oa | FormChannel::Paper) {
            return Err(OpsError::Invalid(format!(
                "form number is required for a form by {channel} (R8: the OA 流水号 or the paper form's number, so the archive matches the form): --form-no"
            )));
        }
        let mut approvals = Vec::new();
        for a in &new.approvals {
            approvals.push(Approval::checked(&a.role, &a.by, a.at, now)?);
        }
        let dept = crate::domain::directory::check_identifier("department code", &new.dept)?;
        let mut r = Request {
            id: 0,
            kind,
            title: text("title", &new.title, true, limits::TITLE)?,
            description: text("description", &new.description, false, limits::LONG)?,
            dept,
            requester: name("requester", &new.requester, true)?,
            contact: name("contact", &new.contact, false)?,
            channel,
            form_no,
            filed_at,
            received_at,
            chain: rules.policy.chain(kind).to_vec(),
            limit_days: rules.policy.days(kind),
            approvals,
            status: RequestStatus::AwaitingApproval,
            owner: None,
            accepted_at: None,
            clock_start: None,
            episode: 0,
            pauses: Vec::new(),
            paused_since: None,
            due_at: None,
            met_at: None,
            changes_product: new.changes_product && kind == RequestKind::Requirement,
            evaluation: String::new(),
            evaluated_at: None,
            new_project: false,
            feedback: None,
            feedback_form: String::new(),
            feedback_note: String::new(),
            feedback_at: None,
            action: None,
            system: String::new(),
            account: String::new(),
            person: String::new(),
            person_name: String::new(),
            permission: String::new(),
            beyond_authority: false,
            purpose: String::new(),
            use_scope: String::new(),
            president_needed: None,
            decided_by: None,
            classification: None,
            encrypted: false,
            sha256: String::new(),
            urgent: false,
            supervisor: String::new(),
            reply: String::new(),
            delivered_at: None,
            delivery_note: String::new(),
            closed_at: None,
            close_reason: String::new(),
            version: 1,
            updated_at: now,
            updated_by: actor.login.clone(),
        };
        r.sub_kind_fields(new, actor)?;
        r.settle(rules);
        Ok(r)
    }

    /// The fields only one sub-kind has, checked; another sub-kind's are refused by name, so that
    /// nothing typed is silently dropped.
    fn sub_kind_fields(&mut self, new: &NewRequest, actor: &Actor) -> Result<(), OpsError> {
        let kind = self.kind;
        let given = |field: &str, set: bool, owner: RequestKind| -> Result<(), OpsError> {
            if set && kind != owner {
                return Err(OpsError::Invalid(format!(
                    "{field} belongs to {} requests ({}); this is a {kind} request",
                    owner,
                    owner.rule()
                )));
            }
            Ok(())
        };
        given("--changes-product", new.changes_product, RequestKind::Requirement)?;
        let account_fields = new.action.is_some()
            || !new.system.trim().is_empty()
            || !new.account.trim().is_empty()
            || !new.person.trim().is_empty()
            || !new.permission.trim().is_empty()
            || new.beyond_authority;
        given(
            "an account's fields (--action, --system, --account, --person, --permission)",
            account_fields,
            RequestKind::Account,
        )?;
        let extraction_fields = !new.purpose.trim().is_empty()
            || !new.use_scope.trim().is_empty()
            || new.president_needed.is_some()
            || new.classification.is_some();
        given(
            "an extraction's fields (--purpose, --scope, --president, --classification)",
            extraction_fields,
            RequestKind::Extraction,
        )?;
        given(
            "--urgent and --supervisor",
            new.urgent || !new.supervisor.trim().is_empty(),
            RequestKind::Processing,
        )?;
        match kind {
            RequestKind::Account => {
                let action = new.action.ok_or_else(|| {
                    OpsError::Invalid("action is required for an account request (R3): new, change or remove".into())
                })?;
                self.action = Some(action);
                self.system = text("system", &new.system, true, limits::SHORT)?;
                self.account = text("account", &new.account, true, limits::SHORT)?;
                self.person = crate::domain::directory::check_identifier("person (their login)", &new.person)?;
                self.person_name = name("person's name", &new.person_name, false)?;
                self.permission = text(
                    "permission",
                    &new.permission,
                    action != AccountAction::Remove,
                    limits::SHORT,
                )?;
                self.beyond_authority = new.beyond_authority;
            }
            RequestKind::Extraction => {
                self.purpose = text("purpose", &new.purpose, true, limits::LONG)?;
                self.use_scope = text("scope of use", &new.use_scope, true, limits::LONG)?;
                self.classification = new.classification;
                if let Some(needed) = new.president_needed {
                    require(actor, Power::DecideExtraction)?;
                    self.president_needed = Some(needed);
                    self.decided_by = Some(actor.login.clone());
                }
            }
            RequestKind::Processing if new.urgent => {
                if self.channel != FormChannel::Email {
                    return Err(OpsError::Invalid(
                        "an urgent single item comes by the requester's supervisor's e-mail (R5): --channel email"
                            .into(),
                    ));
                }
                self.urgent = true;
                self.limit_days = 0;
                self.supervisor = name("supervisor", &new.supervisor, true)?;
            }
            _ => {}
        }
        Ok(())
    }
}
