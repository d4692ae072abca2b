//! The corrective notice's message (Q6): its context, and the sample records `config check`
//! renders the template with.

use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::domain::corrective::{Corrective, NewCorrective};
use crate::domain::role::{Actor, Role};
use crate::domain::time::local_minute;

/// `q6_corrective` (to the department: what was found, what to do, by when).
#[derive(Debug, Serialize)]
pub struct CorrectiveContext {
    pub id: i64,
    /// The department's name.
    pub dept: String,
    pub findings: String,
    pub measures: String,
    pub responsible: String,
    pub due: String,
    pub expected_effect: String,
    /// Where it came from (a sample), may be empty.
    pub source: String,
    /// Who issued it, as the history names them.
    pub issued_by: String,
    pub date: String,
}

pub fn corrective(c: &Corrective, dept: &str, issued_by: &str, zone: Tz, now: DateTime<Utc>) -> CorrectiveContext {
    let line = crate::text::sanitize_line;
    CorrectiveContext {
        id: c.id,
        dept: line(dept),
        findings: c.findings.clone(),
        measures: c.measures.clone(),
        responsible: line(&c.responsible),
        due: local_minute(c.due_at, zone),
        expected_effect: c.expected_effect.clone(),
        source: line(&c.source),
        issued_by: line(issued_by),
        date: local_minute(now, zone),
    }
}

/// Two notices: one issued directly, one from a sample.
pub(crate) fn samples(zone: Tz, now: DateTime<Utc>) -> Result<Vec<CorrectiveContext>> {
    let sup = Actor {
        login: "wang".into(),
        name: "王主管".into(),
        role: Role::Supervisor,
    };
    let mut out = Vec::new();
    for source in ["", "sample 3, incident 12"] {
        let new = NewCorrective {
            dept: "CS".into(),
            findings: "抽检 20 单中 4 单未按时回访".into(),
            measures: "每日下班前核对回访清单".into(),
            responsible: "韩梅梅".into(),
            due_at: Some(now + Duration::days(14)),
            expected_effect: "回访率 100%".into(),
            source: source.into(),
        };
        let mut c = Corrective::issue(&new, &sup, now)?;
        c.id = 1;
        out.push(corrective(&c, "客户服务部", "王主管 (wang)", zone, now));
    }
    Ok(out)
}
