use super::*;
use crate::domain::role::Role;
use chrono::{Duration, TimeZone};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}
fn min(m: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(m)
}
fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}
fn new_incident() -> Incident {
    let n = NewIncident {
        title: "计费系统 批价超时".into(),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        reporter: "王工".into(),
        ..Default::default()
    };
    let mut i = Incident::open(&n, &who("li", Role::Operator), t0()).unwrap();
    i.id = 7;
    i
}

#[test]
fn i3_intake_requires_title_service_category_and_channel() {
    let op = who("li", Role::Operator);
    let base = NewIncident {
        title: "t".into(),
        service: "s".into(),
        category: Some(Category::Os),
        channel: Some(Channel::Email),
        ..Default::default()
    };
    let cases: Vec<(&str, NewIncident, Option<&str>)> = vec![
        ("complete", base.clone(), None),
        (
            "no title",
            NewIncident {
                title: "  ".into(),
                ..base.clone()
            },
            Some("title is required"),
        ),
        (
            "no service",
            NewIncident {
                service: "".into(),
                ..base.clone()
            },
            Some("service is required"),
        ),
        (
            "no category",
            NewIncident {
                category: None,
                ..base.clone()
            },
            Some("category is required"),
        ),
        (
            "no channel",
            NewIncident {
                channel: None,
                ..base.clone()
            },
            Some("channel is required"),
        ),
        (
            "long title",
            NewIncident {
                title: "x".repeat(201),
                ..base.clone()
            },
            Some("title is 201 characters"),
        ),
        (
            "future",
            NewIncident {
                received_at: Some(min(10)),
                ..base.clone()
            },
            Some("in the future"),
        ),
        (
            "received in 1970",
            NewIncident {
                received_at: Some(DateTime::<Utc>::UNIX_EPOCH),
                ..base.clone()
            },
            Some("outside the years 2000-2099"),
        ),
        (
            "restored before receipt",
            NewIncident {
                received_at: Some(min(-5)),
                restored_at: Some(min(-6)),
                ..base.clone()
            },
            Some("restored_at is before received_at"),
        ),
        (
            "restored in the future",
            NewIncident {
                received_at: Some(min(-5)),
                restored_at: Some(min(5)),
                ..base.clone()
            },
            Some("in the future"),
        ),
        (
            "start after receipt",
            NewIncident {
                received_at: Some(min(-5)),
                started_at: Some(min(-1)),
                ..base.clone()
            },
            Some("cannot start after"),
        ),
    ];
    for (name, input, want) in cases {
        let got = Incident::open(&input, &op, t0());
        match want {
            None => assert!(got.is_ok(), "{name}: {got:?}"),
            Some(fragment) => {
                let err = got.unwrap_err();
                assert!(err.message().contains(fragment), "{name}: {err}");
                assert_eq!(err.exit_code(), 2, "{name}");
            }
        }
    }
}

#[test]
fn i3_started_at_may_be_earlier_than_received_at() {
    let n = NewIncident {
        title: "t".into(),
        service: "s".into(),
        category: Some(Category::Network),
        channel: Some(Channel::Phone),
        received_at: Some(min(-6)),
        started_at: Some(min(-40)),
        ..Default::default()
    };
    let i = Incident::open(&n, &who("li", Role::Operator), t0()).unwrap();
    assert_eq!(i.clock_start, min(-6));
    assert_eq!(i.started_at, min(-40));
}

#[test]
fn i5_an_incident_recorded_after_the_fact_is_restored_and_owned_by_its_recorder() {
    let n = NewIncident {
        title: "t".into(),
        service: "s".into(),
        category: Some(Category::Network),
        channel: Some(Channel::Phone),
        received_at: Some(min(-40)),
        restored_at: Some(min(-37)),
        affected: vec!["callcentre, marketing".into(), "callcentre".into()],
        ..Default::default()
    };
    let i = Incident::open(&n, &who("li", Role::Operator), t0()).unwrap();
    assert_eq!(i.status, Status::Restored);
    assert_eq!((i.owner.as_deref(), i.accepted_at), (Some("li"), Some(min(-40))));
    assert_eq!(i.restored_at, Some(min(-37)));
    assert_eq!(i.affected, vec!["callcentre", "marketing"]);
}

#[test]
fn i8_affected_departments_are_named_by_the_driver_and_kept() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let j = i.name_affected(&li, &["marketing".into()], min(2)).unwrap();
    let k = j.name_affected(&li, &["callcentre".into()], min(3)).unwrap();
    assert_eq!(k.affected, vec!["marketing", "callcentre"]);
    assert!(
        k.name_affected(&li, &["marketing".into()], min(4)).is_err(),
        "nothing new"
    );
    let err = k
        .name_affected(&who("wang", Role::Operator), &["crm".into()], min(4))
        .unwrap_err();
    assert_eq!(err.exit_code(), 5);
    assert!(k.name_affected(&li, &["bad code!".into()], min(4)).is_err());
}

#[test]
fn i4_accepting_makes_the_operator_owner() {
    let i = new_incident().accept(&who("li", Role::Operator), "li", min(1)).unwrap();
    assert_eq!(i.owner.as_deref(), Some("li"));
    assert_eq!(i.status, Status::Accepted);
    assert_eq!(i.version, 2);
}

#[test]
fn i4_taking_over_needs_a_supervisor() {
    let i = new_incident().accept(&who("li", Role::Operator), "li", min(1)).unwrap();
    let err = i.accept(&who("wang", Role::Operator), "wang", min(2)).unwrap_err();
    assert_eq!(err.exit_code(), 5);
    let j = i.accept(&who("zhang", Role::Supervisor), "wang", min(2)).unwrap();
    assert_eq!(j.owner.as_deref(), Some("wang"));
}

#[test]
fn i4_contact_is_a_recorded_step_and_starts_diagnosis() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let j = i.contact(&li, min(2), min(2)).unwrap();
    assert_eq!(j.contacted_at, Some(min(2)));
    assert_eq!(j.status, Status::Diagnosing);
}

#[test]
fn i5_life_runs_in_order_with_separate_instants() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let i = i.restore(&li, min(4), None, min(4)).unwrap();
    let i = i.resolve(&li, min(60), "磁盘满，已扩容", false, min(60)).unwrap();
    let (i, reopened) = i.verify(&li, min(70), Some(5), 3, min(70)).unwrap();
    assert!(reopened.is_none());
    let i = i.close(&li, min(71), min(71)).unwrap();
    assert_eq!(i.status, Status::Closed);
    assert_eq!(
        (i.restored_at, i.resolved_at, i.verified_at, i.closed_at),
        (Some(min(4)), Some(min(60)), Some(min(70)), Some(min(71)))
    );
}

#[test]
fn i5_steps_out_of_order_are_refused() {
    let li = who("li", Role::Operator);
    let reported = new_incident();
    let accepted = reported.accept(&li, "li", min(1)).unwrap();
    let cases: Vec<(&str, Result<Incident, OpsError>, &str)> = vec![
        (
            "restore unaccepted",
            reported.restore(&li, min(2), None, min(2)),
            "accept it first",
        ),
        (
            "close unverified",
            accepted.close(&li, min(2), min(2)),
            "it is accepted",
        ),
        (
            "resolve without cause",
            accepted.resolve(&li, min(2), " ", false, min(2)),
            "cause is required",
        ),
        (
            "reopen an open one",
            accepted.reopen(&li, min(2), "again", min(2)),
            "cannot reopen",
        ),
        (
            "restore before receipt",
            accepted.restore(&li, min(-1), None, min(2)),
            "before the report",
        ),
    ];
    for (name, got, fragment) in cases {
        let err = got.unwrap_err();
        assert!(err.message().contains(fragment), "{name}: {err}");
    }
}

#[test]
fn i5_resolving_also_restores_when_not_recorded() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let i = i.resolve(&li, min(20), "重启服务", false, min(20)).unwrap();
    assert_eq!(i.restored_at, Some(min(20)));
}

#[test]
fn i5_only_owner_or_supervisor_drives_an_owned_incident() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let err = i
        .restore(&who("wang", Role::Operator), min(2), None, min(2))
        .unwrap_err();
    assert_eq!(err.exit_code(), 5);
    assert!(err.message().contains("owned by li"));
    assert!(i.restore(&who("zhang", Role::Supervisor), min(2), None, min(2)).is_ok());
}

#[test]
fn i12_satisfaction_is_one_to_five_and_required_from_people() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let i = i.resolve(&li, min(20), "fixed", false, min(20)).unwrap();
    assert!(i.verify(&li, min(21), Some(6), 3, min(21)).is_err());
    assert!(i.verify(&li, min(21), Some(0), 3, min(21)).is_err());
    assert!(
        i.verify(&li, min(21), None, 3, min(21))
            .unwrap_err()
            .message()
            .contains("required")
    );
}

#[test]
fn i12_not_satisfied_reopens_with_a_new_episode() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let i = i.resolve(&li, min(20), "fixed", false, min(20)).unwrap();
    let (verified, reopened) = i.verify(&li, min(30), Some(2), 3, min(30)).unwrap();
    assert_eq!(verified.satisfaction, Some(2));
    let r = reopened.expect("a score of 2 is not satisfied");
    assert_eq!(r.status, Status::Accepted);
    assert_eq!(r.episode, 1);
    assert_eq!(r.clock_start, min(30));
    assert_eq!((r.restored_at, r.resolved_at, r.verified_at), (None, None, None));
    assert_eq!(r.version, verified.version + 1);
}

#[test]
fn i12_reopen_needs_the_owner_or_a_supervisor() {
    let li = who("li", Role::Operator);
    let i = new_incident().accept(&li, "li", min(1)).unwrap();
    let i = i.resolve(&li, min(20), "fixed", false, min(20)).unwrap();
    let (i, _) = i.verify(&li, min(21), Some(4), 3, min(21)).unwrap();
    let i = i.close(&li, min(22), min(22)).unwrap();
    let err = i
        .reopen(&who("wang", Role::Operator), min(90), "故障再次出现", min(90))
        .unwrap_err();
    assert_eq!(err.exit_code(), 5, "another operator: {err}");
    assert!(err.message().contains("owned by li"), "{err}");
    for driver in [li.clone(), who("zhang", Role::Supervisor)] {
        let r = i.reopen(&driver, min(90), "故障再次出现", min(90)).unwrap();
        assert_eq!(r.status, Status::Accepted, "{}", driver.login);
        assert_eq!(r.closed_at, None);
    }
}

#[test]
fn i1_an_event_that_may_cause_an_interruption_is_an_incident_with_its_ladder() {
    // Nothing is down yet (no outage): it is recorded and escalated all the same.
    let i = new_incident();
    assert!(!i.outage);
    assert_eq!(i.status, Status::Reported);
    assert_eq!(i.clock_start, i.received_at);
}

#[test]
fn i2_categories_are_the_seeds_five_and_severities_four_the_third_unless_said() {
    let words: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(words, ["os", "network", "application", "database", "other"]);
    let sev: Vec<&str> = Severity::ALL.iter().map(|s| s.as_str()).collect();
    assert_eq!(sev, ["P1", "P2", "P3", "P4"]);
    assert_eq!(new_incident().severity, Severity::P3);
    assert!(Category::parse("hardware").is_err());
}

#[test]
fn i5_u4_can_says_before_a_form_which_steps_the_state_and_the_role_allow() {
    use Status::*;
    // (status, owner, actor, step, allowed)
    let li = who("li", Role::Operator);
    let wang = who("wang", Role::Operator);
    let boss = who("zhang", Role::Supervisor);
    let cases: &[(Status, Option<&str>, &Actor, Step, bool)] = &[
        (Reported, None, &li, Step::Accept, true),
        (Accepted, Some("li"), &li, Step::Accept, false), // already li's
        (Accepted, Some("wang"), &li, Step::Accept, false), // taking over needs a supervisor
        (Accepted, Some("wang"), &boss, Step::Accept, true),
        (Closed, None, &boss, Step::Accept, false),
        (Reported, None, &li, Step::Restore, false), // accept it first
        (Accepted, Some("li"), &li, Step::Restore, true),
        (Accepted, Some("li"), &wang, Step::Restore, false), // not the owner
        (Accepted, Some("li"), &boss, Step::Restore, true),
        (Restored, Some("li"), &li, Step::Restore, false),
        (Restored, Some("li"), &li, Step::Resolve, true),
        (Accepted, Some("li"), &li, Step::Verify, false),
        (Resolved, Some("li"), &li, Step::Verify, true),
        (Resolved, Some("li"), &li, Step::Close, false),
        (Verified, Some("li"), &li, Step::Close, true),
        (Closed, Some("li"), &li, Step::Reopen, true),
        (Accepted, Some("li"), &li, Step::Reopen, false),
        (Reported, None, &li, Step::Contact, false),
        (Diagnosing, Some("li"), &li, Step::Contact, true),
    ];
    for (status, owner, actor, step, allowed) in cases {
        let mut i = new_incident();
        i.status = *status;
        i.owner = owner.map(String::from);
        assert_eq!(
            i.can(*step, actor).is_ok(),
            *allowed,
            "{status:?} owned by {owner:?}, {step:?} by {}",
            actor.login
        );
    }
}

#[test]
fn i5_a_step_refuses_what_can_refused_in_the_same_words() {
    let mut i = new_incident();
    i.status = Status::Reported;
    let li = who("li", Role::Operator);
    let foreseen = i.can(Step::Restore, &li).unwrap_err();
    let taken = i.restore(&li, t0(), None, t0()).unwrap_err();
    assert_eq!(foreseen.message(), taken.message());
    assert_eq!(foreseen.refusal(), taken.refusal());
}
