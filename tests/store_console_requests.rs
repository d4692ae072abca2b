//! What the console's Requests view reads (issue 12), on the demo desk's real file: its order,
//! its filter, its index, and who else has a request open.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::domain::request::ClockState;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::ops::console::{self, Query, RequestsQuery, ViewKind};
use opsdesk::ops::{self};
use opsdesk::store::Store;

fn open(path: &std::path::Path) -> ops::Desk {
    ops::Desk::new(Store::open(path).unwrap(), Config::defaults())
}

/// The demo desk's "now" is the moment it was written: read it a little later, as a console would.
fn now() -> DateTime<Utc> {
    opsdesk::domain::time::whole_seconds(Utc::now())
}

fn requests(desk: &mut ops::Desk, filter: &str, limit: usize) -> Vec<opsdesk::ops::requests::View> {
    let query = Query {
        view: ViewKind::Requests,
        requests: RequestsQuery {
            filter: filter.into(),
            limit,
            ..RequestsQuery::default()
        },
        ..Query::default()
    };
    console::snapshot(desk, &query, now()).unwrap().requests
}

/// Running 0, paused 1, met 2, waiting for approvals 3 (a clock stopped as a new project is met).
fn rank(c: &ClockState) -> u8 {
    match c {
        ClockState::Running { .. } | ClockState::Missed { .. } => 0,
        ClockState::Paused { .. } => 1,
        ClockState::Met { .. } | ClockState::Stopped { .. } => 2,
        ClockState::Waiting { .. } => 3,
    }
}

#[test]
fn r7_the_requests_view_lists_running_clocks_by_deadline_then_paused_then_met_then_waiting() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let all = requests(&mut desk, "", 500);
    assert!(all.len() > 10, "the demo has requests open");
    assert!(all.iter().all(|v| v.request.closed_at.is_none()), "open ones only");
    let ranks: Vec<u8> = all.iter().map(|v| rank(&v.clock.state)).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    assert!(
        ranks.contains(&0) && ranks.contains(&1) && ranks.contains(&3),
        "{ranks:?}"
    );
    // The running ones by their deadline, the missed first.
    let due: Vec<DateTime<Utc>> = all
        .iter()
        .filter(|v| rank(&v.clock.state) == 0)
        .map(|v| v.request.due_at.unwrap())
        .collect();
    assert!(due.windows(2).all(|w| w[0] <= w[1]), "{due:?}");
    // One row more than shown says there are more; the first rows are the same.
    let query = Query {
        view: ViewKind::Requests,
        requests: RequestsQuery {
            limit: 3,
            ..RequestsQuery::default()
        },
        ..Query::default()
    };
    let s = console::snapshot(&mut desk, &query, now()).unwrap();
    assert_eq!(s.requests.len(), 3);
    assert!(s.requests_more);
    let ids = |v: &[opsdesk::ops::requests::View]| v.iter().map(|v| v.request.id).collect::<Vec<_>>();
    assert_eq!(ids(&s.requests), ids(&all[..3]));
}

#[test]
fn r8_the_requests_filter_finds_by_title_department_requester_form_number_and_id() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let all = requests(&mut desk, "", 500);
    let some = &all[0].request;
    let titles = |filter: &str, desk: &mut ops::Desk| -> Vec<String> {
        requests(desk, filter, 500)
            .into_iter()
            .map(|v| v.request.title)
            .collect()
    };
    assert_eq!(titles("注销调岗", &mut desk), vec!["注销调岗员工 CRM 帐号".to_string()]);
    // By the department's name as the directory has it, and by its code.
    let by_name = requests(&mut desk, "财务部", 500);
    assert!(!by_name.is_empty() && by_name.iter().all(|v| v.request.dept == "finance"));
    assert_eq!(requests(&mut desk, "finance", 500).len(), by_name.len());
    // By the requester, the form's number, the id (with or without #).
    assert!(
        requests(&mut desk, &some.requester, 500)
            .iter()
            .any(|v| v.request.id == some.id)
    );
    if !some.form_no.is_empty() {
        assert!(
            requests(&mut desk, &some.form_no, 500)
                .iter()
                .any(|v| v.request.id == some.id)
        );
    }
    assert!(
        requests(&mut desk, &format!("#{}", some.id), 500)
            .iter()
            .any(|v| v.request.id == some.id)
    );
    // LIKE's wildcards match themselves, never everything.
    assert!(requests(&mut desk, "%", 500).is_empty());
    assert!(requests(&mut desk, "_", 500).is_empty());
    assert!(requests(&mut desk, "nothing like this", 500).is_empty());
}

#[test]
fn the_requests_views_lists_each_have_an_index_behind_them() {
    let d = Desk::demo("supervisor");
    let store = Store::open(&d.db).unwrap();
    let plan = |sql: &str| -> String {
        let mut st = store.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let rows: Vec<String> = st
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.join("; ")
    };
    let open = plan("SELECT id FROM requests WHERE status <> 'closed' ORDER BY id DESC LIMIT 10");
    assert!(open.contains("requests_open"), "{open}");
    let removals = plan(
        "SELECT id FROM accounts WHERE removed_at IS NULL AND removal_asked_at IS NOT NULL \
         AND id < 9223372036854775807 ORDER BY id DESC LIMIT 10",
    );
    assert!(removals.contains("accounts_to_remove"), "{removals}");
}

#[test]
fn presence_shows_others_on_the_same_request_and_not_on_an_incident_of_that_number() {
    let d = Desk::demo("supervisor");
    let (mut a, mut b) = (open(&d.db), open(&d.db));
    let wang = Actor {
        login: "wangfang".into(),
        name: "王芳".into(),
        role: Role::Manager,
    };
    let me = a.actor(&login()).unwrap();
    let t = now();
    let id = requests(&mut a, "", 1)[0].request.id;
    use opsdesk::domain::kind::Kind;
    console::heartbeat_on(&mut b, "console-wang", &wang, Some((Kind::Request, id)), t).unwrap();
    console::heartbeat_on(&mut a, "console-me", &me, Some((Kind::Request, id)), t).unwrap();
    let shown = console::request_detail(&mut a, id, &me, t).unwrap().unwrap();
    assert_eq!(shown.also_here, vec!["王芳".to_string()], "others, not me");
    // The incident with the same number is another record.
    let incident = console::detail(&mut a, id, &me, t).unwrap();
    assert!(incident.is_none_or(|d| d.also_here.is_empty()));
    // Stale after 30 s without a beat.
    let later = t + Duration::seconds(31);
    assert!(
        console::request_detail(&mut a, id, &me, later)
            .unwrap()
            .unwrap()
            .also_here
            .is_empty()
    );
    // No such request: none, not an error.
    assert!(console::request_detail(&mut a, 999_999, &me, t).unwrap().is_none());
}

#[test]
fn r7_a_step_from_a_console_on_a_stale_version_is_a_conflict_that_names_who_changed_it() {
    use opsdesk::ops::requests::{Cmd, apply};
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let me = desk.actor(&login()).unwrap();
    let t = now();
    let shown = requests(&mut desk, "注销调岗", 1).remove(0).request;
    // Another console pauses it first, on the version both saw.
    let call = |v| ops::Call {
        if_version: Some(v),
        ..ops::Call::new(&me, t)
    };
    let pause = Cmd::Pause {
        reason: "等待申请人补充附件".into(),
        at: t,
    };
    apply(&mut desk, &call(shown.version), shown.id, &pause).unwrap();
    // This console, still on the old version, resumes nothing: refused, naming who and what.
    let err = apply(&mut desk, &call(shown.version), shown.id, &Cmd::Resume { at: t }).unwrap_err();
    assert_eq!(opsdesk::error::exit_code(&err), 4, "{err:#}");
    let text = format!("{err:#}");
    assert!(
        text.contains("last changed by") && text.contains(&format!("version {}", shown.version)),
        "{text}"
    );
    let now_shown = requests(&mut desk, "注销调岗", 1).remove(0);
    assert!(
        matches!(now_shown.clock.state, ClockState::Paused { .. }),
        "the pause stands"
    );
}
