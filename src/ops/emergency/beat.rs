//! The engine's beat over emergencies (E2, I14): every active response's progress reports owed by
//! now are raised (each once, by the duties' unique key, however many engines, consoles and
//! `tick`s beat at once), and the config's rule declares major the incidents it names. A cheap
//! read first; one write transaction only when something is owed.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::response::declare_in;
use super::{raise_all, rules};
use crate::domain::emergency::{Declaration, Response};
use crate::domain::kind::Kind;
use crate::domain::role::{Actor, Role};
use crate::notify::recipients::Subject;
use crate::ops::Writes;
use crate::ops::engine::Raised;
use crate::store::db::Db;
use crate::store::{emergency as store, incidents};

/// Whether `r`'s latest report owed by `now` is missing.
fn report_missing(conn: &dyn Db, r: &Response, now: DateTime<Utc>) -> Result<bool> {
    let Some(spec) = r.current_report(now) else {
        return Ok(false);
    };
    store::has_duty(conn, (Kind::Response, r.id), spec.kind, spec.episode).map(|has| !has)
}

/// I14: the incidents the config's rule declares now, each with the plan that covers its service.
fn to_declare(conn: &dyn Db, rules: &crate::domain::emergency::Rules) -> Result<Vec<(i64, i64)>> {
    let ids = store::auto_candidates(
        conn,
        &rules.critical_services,
        rules.declare_on_p1,
        rules.declare_at_leader,
    )?;
    let mut out = Vec::new();
    for id in ids {
        let Some(inc) = incidents::get(conn, id)? else { continue };
        if let Some(plan) = store::plan_for_service(conn, &inc.service)? {
            out.push((id, plan.id));
        }
    }
    Ok(out)
}

/// One beat at `now`, as `login` (the engine's history rows name it). Returns the duties raised,
/// each with its incident.
pub fn beat(desk: &mut impl Writes, login: &str, now: DateTime<Utc>) -> Result<Vec<Raised>> {
    let rules = rules(desk);
    let zone = desk.zone();
    let due = desk.read_db(|conn| {
        let mut due = false;
        for r in &store::active(conn)? {
            due |= report_missing(conn, r, now)?;
        }
        Ok(due || !to_declare(conn, &rules)?.is_empty())
    })?;
    if !due {
        return Ok(Vec::new());
    }
    desk.write_db(|tx| {
        let mut raised = Vec::new();
        for (incident, plan) in to_declare(tx, &rules)? {
            let engine = Actor {
                login: login.to_string(),
                name: "opsdesk engine".into(),
                role: Role::Operator,
            };
            let d = Declaration {
                reason: "declared by the config's rule: [emergency] critical_services (I14)".into(),
                at: None,
                auto: true,
            };
            let out = declare_in(tx, incident, plan, &d, &engine, (&rules, zone, now))?;
            raised.extend(out.raised.into_iter().map(|duty| Raised {
                incident_id: incident,
                duty,
            }));
        }
        for r in store::active(tx)? {
            if !report_missing(tx, &r, now)? {
                continue;
            }
            let specs = r.reports_owed(now);
            for duty in raise_all(
                tx,
                (Kind::Response, r.id),
                Subject::Response(&r),
                &specs,
                login,
                now,
                zone,
            )? {
                raised.push(Raised {
                    incident_id: r.incident_id,
                    duty,
                });
            }
        }
        Ok(raised)
    })
}
