//! What the console reads and writes, on real files with several connections: presence, the
//! queue's orders and filter, and the upgrade of an older database.

mod common;

use chrono::{Duration, Utc};
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::domain::role::Actor;
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::{self, console};
use opsdesk::store::Store;
use opsdesk::store::incidents::QueueSort;

fn open(path: &std::path::Path) -> ops::Desk {
    ops::Desk::new(Store::open(path).unwrap(), Config::defaults())
}

#[test]
fn presence_shows_others_on_the_same_incident_until_stale() {
    let d = Desk::demo("supervisor");
    let (mut a, mut b) = (open(&d.db), open(&d.db));
    let li = Actor {
        login: "lilei".into(),
        name: "李雷".into(),
        role: opsdesk::domain::role::Role::Operator,
    };
    let wang = Actor {
        login: "wangfang".into(),
        name: "王芳".into(),
        role: opsdesk::domain::role::Role::Manager,
    };
    let me = a.actor(&login()).unwrap();
    let now = whole_seconds(Utc::now());
    console::heartbeat(&mut a, "console-li", &li, Some(5), now).unwrap();
    console::heartbeat(&mut b, "console-wang", &wang, Some(5), now).unwrap();
    console::heartbeat(&mut b, "console-me", &me, Some(5), now).unwrap();
    let detail = console::detail(&mut a, 5, &me, now).unwrap().unwrap();
    assert_eq!(
        detail.also_here,
        vec!["李雷".to_string(), "王芳".to_string()],
        "others, not me"
    );
    // Li moves on; Wang's console stops beating and goes stale after 30 s.
    console::heartbeat(&mut a, "console-li", &li, Some(6), now).unwrap();
    let later = now + Duration::seconds(31);
    assert!(
        console::detail(&mut a, 5, &me, later)
            .unwrap()
            .unwrap()
            .also_here
            .is_empty()
    );
    console::leave(&mut a, "console-li").unwrap();
    assert!(
        console::detail(&mut a, 6, &me, now)
            .unwrap()
            .unwrap()
            .also_here
            .is_empty()
    );
}

#[test]
fn the_queue_sorts_and_filters_over_open_incidents_only() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let now = whole_seconds(Utc::now());
    let q = |sort, filter: &str| console::Query {
        sort,
        filter: filter.into(),
        limit: 500,
        ..Default::default()
    };
    let urgency = console::snapshot(&mut desk, &q(QueueSort::Urgency, ""), now).unwrap();
    assert!(
        urgency
            .queue
            .iter()
            .all(|v| v.incident.status != opsdesk::domain::incident::Status::Closed)
    );
    // Urgency: not restored first, the longest running first.
    let unrestored: Vec<_> = urgency
        .queue
        .iter()
        .take_while(|v| v.incident.restored_at.is_none())
        .collect();
    assert!(unrestored.len() >= 8);
    assert!(
        unrestored
            .windows(2)
            .all(|w| w[0].incident.clock_start <= w[1].incident.clock_start)
    );
    assert!(
        urgency.queue[unrestored.len()..]
            .iter()
            .all(|v| v.incident.restored_at.is_some())
    );
    let newest = console::snapshot(&mut desk, &q(QueueSort::Newest, ""), now).unwrap();
    assert!(newest.queue.windows(2).all(|w| w[0].incident.id > w[1].incident.id));
    let severity = console::snapshot(&mut desk, &q(QueueSort::Severity, ""), now).unwrap();
    assert!(
        severity
            .queue
            .windows(2)
            .all(|w| w[0].incident.severity <= w[1].incident.severity)
    );
    // The filter matches title, service, owner and the id; LIKE's wildcards match themselves.
    let by_title = console::snapshot(&mut desk, &q(QueueSort::Urgency, "交换机"), now).unwrap();
    assert_eq!(by_title.queue.len(), 1);
    let id = by_title.queue[0].incident.id.to_string();
    let by_id = console::snapshot(&mut desk, &q(QueueSort::Urgency, &id), now).unwrap();
    assert!(by_id.queue.iter().any(|v| v.incident.id.to_string() == id));
    assert!(
        console::snapshot(&mut desk, &q(QueueSort::Urgency, "_"), now)
            .unwrap()
            .queue
            .is_empty()
    );
    assert_eq!(
        console::snapshot(&mut desk, &q(QueueSort::Urgency, "97%"), now)
            .unwrap()
            .queue
            .len(),
        1
    );
    // The counts add up to the open queue; escalated ones (the Escalations view's) are at
    // supervisor level or above.
    assert_eq!(urgency.counts.iter().sum::<i64>() as usize, urgency.queue.len());
    let escalations = console::Query {
        view: console::ViewKind::Escalations,
        ..q(QueueSort::Urgency, "")
    };
    let escalations = console::snapshot(&mut desk, &escalations, now).unwrap();
    assert!(!escalations.escalated.is_empty());
    assert!(escalations.escalated.iter().all(|v| v.incident.restored_at.is_none()));
    // A smaller page says there is more.
    let page = console::snapshot(
        &mut desk,
        &console::Query {
            limit: 3,
            ..q(QueueSort::Urgency, "")
        },
        now,
    )
    .unwrap();
    assert_eq!(page.queue.len(), 3);
    assert!(page.more);
}

#[test]
fn a_read_only_session_refuses_every_write() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    desk.store.make_read_only().unwrap();
    let me = desk.actor(&login()).unwrap();
    let now = whole_seconds(Utc::now());
    let err = ops::incidents::note(&mut desk, &ops::Call::new(&me, now), 1, "x").unwrap_err();
    assert_eq!(opsdesk::error::exit_code(&err), 5);
    assert!(err.to_string().contains("read-only"));
}

#[test]
fn an_older_database_is_copied_aside_then_upgraded() {
    let d = Desk::empty();
    // A schema-1 file: what opsdesk 0.1's first migration wrote.
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.pragma_update(None, "application_id", opsdesk::store::APPLICATION_ID)
        .unwrap();
    c.execute_batch(include_str!("../src/store/migrations/001_foundation.sql"))
        .unwrap();
    c.execute_batch(
        "PRAGMA user_version = 1;
         INSERT INTO meta VALUES ('written_by', 'opsdesk 0.0.9');
         INSERT INTO departments (code, name, kind, updated_at, updated_by) VALUES ('it', 'IT', 'it', 0, 'x');",
    )
    .unwrap();
    drop(c);
    let before = std::fs::read(&d.db).unwrap();
    let store = Store::open(&d.db).unwrap();
    let v: i64 = store
        .conn()
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, opsdesk::store::SCHEMA_VERSION);
    let n: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM presence", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0, "the new table exists");
    let backups: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".schema1-"))
        .collect();
    assert_eq!(backups.len(), 1, "one copy aside");
    let copy = rusqlite::Connection::open(backups[0].path()).unwrap();
    let old: i64 = copy.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(old, 1, "the copy is the file as it was");
    let depts: i64 = copy
        .query_row("SELECT count(*) FROM departments", [], |r| r.get(0))
        .unwrap();
    assert_eq!(depts, 1);
    assert!(!before.is_empty());
}

#[test]
fn schema_6_keeps_every_recorded_check_as_the_first_round() {
    let d = Desk::empty();
    let path = d.db.clone();
    let c = rusqlite::Connection::open(&path).unwrap();
    c.pragma_update(None, "application_id", opsdesk::store::APPLICATION_ID)
        .unwrap();
    for sql in [
        include_str!("../src/store/migrations/001_foundation.sql"),
        include_str!("../src/store/migrations/002_console.sql"),
        include_str!("../src/store/migrations/003_changes.sql"),
        include_str!("../src/store/migrations/004_runs.sql"),
        include_str!("../src/store/migrations/005_outbox.sql"),
    ] {
        c.execute_batch(sql).unwrap();
    }
    c.execute_batch(
        "PRAGMA user_version = 5;
         INSERT INTO meta VALUES ('written_by', 'opsdesk 0.1.0');
         INSERT INTO runs (kind, period, in_charge, state, deadline, updated_at, updated_by)
             VALUES ('billing', '2026-10', 'li', 'checks_done', 0, 0, 'li');
         INSERT INTO run_checks (run_id, attempt, seq, key, step, title, performed_by, performed_at, result,
                figures, reviewed_by, reviewed_at, verdict, version)
             VALUES (1, 1, 1, 'rating', 'check', '批价', 'li', 10, 'ok', '{\"sampled\":\"100\"}', 'wang', 20, 'ok', 3);",
    )
    .unwrap();
    drop(c);
    let store = Store::open(&path).unwrap();
    let run = opsdesk::store::runs::get(store.conn(), 1).unwrap().unwrap();
    assert_eq!((run.attempt, run.round), (1, 1));
    let checks = opsdesk::store::runs::current_checks(store.conn(), &run).unwrap();
    assert_eq!(checks.len(), 1);
    let c = &checks[0];
    assert_eq!(
        (c.round, c.performed_by.as_deref(), c.reviewed_by.as_deref(), c.version),
        (1, Some("li"), Some("wang"), 3)
    );
    assert_eq!(c.figures["sampled"], "100");
}

#[test]
fn open_counts_kept_by_triggers_agree_with_counting_every_open_incident() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let me = desk.actor(&login()).unwrap();
    let now = whole_seconds(Utc::now());
    // The demo wrote incidents through every step (insert, restore, resolve, verify, close,
    // reopen); restore one more here, then compare at several instants.
    let snap = console::snapshot(&mut desk, &console::Query::default(), now).unwrap();
    let unrestored = snap.queue.iter().find(|v| v.incident.restored_at.is_none()).unwrap();
    let id = unrestored.incident.id;
    let owner = unrestored.incident.owner.clone();
    if owner.as_deref() != Some(me.login.as_str()) {
        ops::incidents::accept(&mut desk, &ops::Call::new(&me, now), id, None).unwrap();
    }
    ops::incidents::restore(&mut desk, &ops::Call::new(&me, now), id, now, None, &[], "").unwrap();
    let policy = desk.policy.clone();
    let (s, m, l) = (
        policy.supervisor_after.num_seconds(),
        policy.manager_after.num_seconds(),
        policy.leader_after.num_seconds(),
    );
    for at in [
        now,
        now + Duration::minutes(7),
        now + Duration::minutes(40),
        now + Duration::days(3),
    ] {
        let kept = opsdesk::store::incidents::open_counts(desk.store.conn(), at, s, m, l).unwrap();
        let counted: [i64; 4] = desk
            .store
            .conn()
            .query_row(
                "SELECT coalesce(sum(e < ?2), 0), coalesce(sum(e >= ?2 AND e < ?3), 0), coalesce(sum(e >= ?3 AND e < ?4), 0), coalesce(sum(e >= ?4), 0)
                 FROM (SELECT CASE WHEN restored_at IS NULL THEN ?1 - clock_start ELSE restored_at - clock_start - 1 END AS e
                       FROM incidents WHERE status <> 'closed')",
                rusqlite::params![at.timestamp(), s, m, l],
                |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]),
            )
            .unwrap();
        assert_eq!(kept, counted, "at {at}");
    }
}

#[test]
fn u4_a_read_only_session_does_not_upgrade_an_older_desk() {
    let d = Desk::empty();
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.pragma_update(None, "application_id", opsdesk::store::APPLICATION_ID)
        .unwrap();
    c.execute_batch(include_str!("../src/store/migrations/001_foundation.sql"))
        .unwrap();
    c.execute_batch("PRAGMA user_version = 1;").unwrap();
    drop(c);
    let before = std::fs::read(&d.db).unwrap();
    let err = d.fails(1, &["--read-only", "incident", "list"]);
    assert!(err.contains("read-only session changes nothing"), "{err}");
    assert_eq!(std::fs::read(&d.db).unwrap(), before, "not upgraded, not touched");
    let copies = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".schema1-"))
        .count();
    assert_eq!(copies, 0, "nothing copied aside either");
}

/// Issue 11: a snapshot reads the lists of the view on screen and no other's; what the title bar
/// and footer show (open incidents by level, the outbox's counts, the ladder's open steps and the
/// drafts awaiting review) it reads whatever the view, narrowly, and the same as the full lists.
#[test]
fn a_snapshot_reads_the_lists_of_the_view_on_screen_and_the_chrome_of_every_view() {
    use console::ViewKind;
    use opsdesk::domain::message::MessageState;
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let now = whole_seconds(Utc::now());
    let mut read = |view| {
        let query = console::Query {
            view,
            ..Default::default()
        };
        console::snapshot(&mut desk, &query, now).unwrap()
    };
    let snaps: Vec<(ViewKind, console::Snapshot)> = ViewKind::ALL.into_iter().map(|v| (v, read(v))).collect();
    let escalations = &snaps[1].1;
    for (view, s) in &snaps {
        assert_eq!(s.views, vec![*view]);
        let read_lists = [
            (ViewKind::Incidents, !s.queue.is_empty()),
            (ViewKind::Escalations, !s.escalated.is_empty() && !s.duties.is_empty()),
            (ViewKind::Changes, !s.changes.is_empty()),
            (ViewKind::Billing, !s.runs.is_empty()),
            (ViewKind::Outbox, !s.outbox.is_empty()),
            (ViewKind::Support, !s.support.is_empty() && !s.training.is_empty()),
        ];
        for (of, read) in read_lists {
            assert_eq!(
                read,
                of == *view,
                "the {view:?} view's snapshot and the {of:?} view's lists"
            );
        }
        assert!(s.counts.iter().sum::<i64>() > 0, "{view:?}: open incidents by level");
        assert!(
            s.outbox_counts.iter().any(|(_, n)| *n > 0),
            "{view:?}: the outbox's counts"
        );
        assert!(
            !s.steps.is_empty() && !s.drafts.is_empty(),
            "{view:?}: steps and drafts"
        );
        assert_eq!(
            (s.counts, &s.outbox_counts, &s.steps, &s.drafts),
            (
                escalations.counts,
                &escalations.outbox_counts,
                &escalations.steps,
                &escalations.drafts
            ),
            "{view:?}"
        );
    }
    // The narrow reads agree with the open duties the Escalations view lists in full.
    use opsdesk::domain::duty::DutyKind::*;
    let steps: Vec<i64> = escalations
        .duties
        .iter()
        .filter(|r| {
            matches!(
                r.duty.kind,
                ReportSupervisor | ReportManager | ReportLeader | ReportRecurrence | Broadcast
            )
        })
        .map(|r| r.duty.id)
        .collect();
    assert_eq!(escalations.steps.iter().map(|d| d.id).collect::<Vec<_>>(), steps);
    let drafts: Vec<_> = escalations
        .duties
        .iter()
        .filter(|r| r.messages.iter().any(|m| m.state == MessageState::Draft))
        .collect();
    assert_eq!(escalations.drafts.iter().collect::<Vec<_>>(), drafts);
    // Approved, a draft is no longer one, whatever the view.
    let row = &escalations.drafts[0];
    let me = desk.actor(&login()).unwrap();
    for m in row.messages.iter().filter(|m| m.state == MessageState::Draft) {
        ops::outbox::approve(&mut desk, &ops::Call::new(&me, now), m.id).unwrap();
    }
    let query = console::Query {
        view: ViewKind::Billing,
        ..Default::default()
    };
    let after = console::snapshot(&mut desk, &query, now).unwrap();
    assert!(after.drafts.iter().all(|r| r.duty.id != row.duty.id));
}

#[test]
fn a_reversed_sort_is_right_over_the_whole_queue_not_the_page_and_lists_read_whole_sort_by_any_column() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let now = whole_seconds(Utc::now());
    let all = console::snapshot(
        &mut desk,
        &console::Query {
            sort: QueueSort::Newest,
            ..Default::default()
        },
        now,
    )
    .unwrap();
    let mut ids: Vec<i64> = all.queue.iter().map(|v| v.incident.id).collect();
    ids.sort_unstable();
    assert!(ids.len() > 6);
    let page = |reverse, from_end| {
        let q = console::Query {
            sort: QueueSort::Newest,
            reverse,
            from_end,
            limit: 3,
            ..Default::default()
        };
        let s = console::snapshot(&mut open(&d.db), &q, now).unwrap();
        (s.queue.iter().map(|v| v.incident.id).collect::<Vec<_>>(), s.more)
    };
    // Oldest first: the three lowest ids of the whole queue, and more below.
    assert_eq!(page(true, false), (ids[..3].to_vec(), true));
    // Its end (`G`): the three highest, still oldest first.
    assert_eq!(page(true, true), (ids[ids.len() - 3..].to_vec(), true));
    // Not reversed: newest first.
    let newest: Vec<i64> = ids.iter().rev().take(3).copied().collect();
    assert_eq!(page(false, false).0, newest);
    // Severity the other way round: P4 before P1, over every open incident.
    let q = console::Query {
        sort: QueueSort::Severity,
        reverse: true,
        ..Default::default()
    };
    let s = console::snapshot(&mut desk, &q, now).unwrap();
    assert!(
        s.queue
            .windows(2)
            .all(|w| w[0].incident.severity >= w[1].incident.severity)
    );
    assert_eq!(s.queue.len(), all.queue.len());
    // The Changes view, read whole, sorted by its id column either way.
    let mut sorts = console::sort::Sorts::default();
    let list = (console::ViewKind::Changes, 0);
    for reverse in [false, true] {
        sorts.set(list, Some(console::sort::Sort { col: 0, reverse }));
        let q = console::Query {
            view: console::ViewKind::Changes,
            sorts: sorts.clone(),
            ..Default::default()
        };
        let s = console::snapshot(&mut desk, &q, now).unwrap();
        assert!(s.changes.len() > 1);
        assert!(
            s.changes
                .windows(2)
                .all(|w| (w[0].change.id < w[1].change.id) != reverse)
        );
    }
}

#[test]
fn a_sorted_requests_list_is_read_whole_so_its_sort_is_over_every_open_request() {
    let d = Desk::demo("supervisor");
    let mut desk = open(&d.db);
    let now = whole_seconds(Utc::now());
    let q = |limit, sort: Option<console::sort::Sort>| {
        let mut sorts = console::sort::Sorts::default();
        sorts.set((console::ViewKind::Requests, 0), sort);
        console::Query {
            view: console::ViewKind::Requests,
            sorts,
            requests: console::RequestsQuery {
                limit,
                ..Default::default()
            },
            ..Default::default()
        }
    };
    let all = console::snapshot(&mut desk, &q(500, None), now).unwrap();
    let mut ids: Vec<i64> = all.requests.iter().map(|v| v.request.id).collect();
    assert!(ids.len() > 3, "the demo has open requests: {ids:?}");
    ids.sort_unstable();
    // Unsorted, two rows load and more are below; sorted by id, every open request loads, in order.
    let two = console::snapshot(&mut desk, &q(2, None), now).unwrap();
    assert_eq!((two.requests.len(), two.requests_more), (2, true));
    for reverse in [false, true] {
        let s = console::snapshot(&mut desk, &q(2, Some(console::sort::Sort { col: 0, reverse })), now).unwrap();
        let got: Vec<i64> = s.requests.iter().map(|v| v.request.id).collect();
        let want: Vec<i64> = if reverse {
            ids.iter().rev().copied().collect()
        } else {
            ids.clone()
        };
        assert_eq!((got, s.requests_more), (want, false));
    }
    // By the clock's deadline: none (a clock not started) last.
    let s = console::snapshot(
        &mut desk,
        &q(2, Some(console::sort::Sort { col: 2, reverse: false })),
        now,
    )
    .unwrap();
    let dues: Vec<_> = s.requests.iter().map(|v| v.clock.due).collect();
    let started = dues.iter().take_while(|d| d.is_some()).count();
    assert!(dues[started..].iter().all(Option::is_none), "{dues:?}");
    assert!(dues[..started].windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
}
