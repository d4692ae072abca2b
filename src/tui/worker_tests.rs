//! The worker when the console is idle (issue 18): a tick that finds nothing changed reads
//! nothing; another console's commit, or the clock reaching what it foresaw, reads again; another
//! console's presence heartbeat reads only the detail shown.

use std::sync::mpsc::{Receiver, channel};

use chrono::{Duration as ChronoDuration, Utc};

use super::*;
use crate::config::Config;
use crate::domain::role::Role;
use crate::ops::Desk;
use crate::store::Store;

fn worker(dir: &tempfile::TempDir) -> (Worker<Desk>, Receiver<Event>) {
    let now = whole_seconds(Utc::now());
    let path = dir.path().join("desk.db");
    let desk = crate::demo::write(&path, Config::defaults(), "tester", "Tester", Role::Supervisor, 7, now).unwrap();
    let me = desk.actor("tester").unwrap();
    let (events, replies) = channel();
    let spawn = Spawn {
        desk,
        source: crate::tui::count::Source::File(path.clone()),
        me,
        read_only: false,
        templates: None,
    };
    (Worker::new(spawn, events, "test:1:1".into()), replies)
}

/// One beat of the worker's loop, as if its second had passed.
fn beat(w: &mut Worker<Desk>) {
    w.last_tick = Instant::now() - TICK;
    w.tick().unwrap();
    w.flush().unwrap();
}

fn snapshots(replies: &Receiver<Event>) -> usize {
    replies
        .try_iter()
        .filter(|e| matches!(e, Event::Reply(Reply::Snapshot(_))))
        .count()
}

#[test]
fn an_idle_tick_reads_nothing_a_heartbeat_the_detail_alone_and_a_commit_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, replies) = worker(&dir);
    assert!(w.handle(vec![Request::Detail(Some(1))]));
    beat(&mut w);
    assert_eq!(snapshots(&replies), 1, "the first beat reads the queue");
    let read = w.reads;
    assert!(read >= 2, "the queue and the detail were read");
    // The demo desk's clocks are running: nothing of them is due within these beats.
    w.next_clock = Some(w.now() + ChronoDuration::hours(1));
    for _ in 0..3 {
        beat(&mut w);
    }
    assert_eq!(w.reads, read, "an idle beat read the console's state");
    assert_eq!(snapshots(&replies), 0, "an idle beat sent a snapshot");

    // Another console's presence heartbeat: only who else is on the record shown is read again.
    let mut other = Desk::new(Store::open(&dir.path().join("desk.db")).unwrap(), Config::defaults());
    let li = other.actor("tester").unwrap();
    console::heartbeat(&mut other, "other:2:2", &li, Some(1), w.now()).unwrap();
    beat(&mut w);
    assert_eq!(w.reads, read + 1, "a heartbeat reads the detail shown, nothing more");
    assert_eq!(snapshots(&replies), 0, "a heartbeat sent a snapshot");

    // Another console commits a change: the queue and the detail are read again within a beat.
    crate::ops::incidents::note(&mut other, &Call::new(&li, w.now()), 1, "checked the gateway").unwrap();
    beat(&mut w);
    assert_eq!(
        w.reads,
        read + 3,
        "the queue and the detail are read again after a commit"
    );
    assert_eq!(snapshots(&replies), 1);
}

#[test]
fn the_clock_reaching_the_foreseen_moment_reads_again_and_foresees_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, replies) = worker(&dir);
    beat(&mut w);
    let _ = snapshots(&replies);
    let now = w.now();
    // The demo's open incidents climb the ladder and their duties fall due: a moment ahead.
    let next = w.next_clock.expect("the demo desk has a clock running");
    assert!(next > now - ChronoDuration::seconds(1), "{next} is not ahead of {now}");
    let read = w.reads;
    w.next_clock = Some(now - ChronoDuration::seconds(1));
    beat(&mut w);
    assert_eq!(
        w.reads,
        read + 2,
        "the moment passed: the queue and the details are read again"
    );
    assert_eq!(snapshots(&replies), 1);
    assert!(w.next_clock.is_some_and(|t| t > now - ChronoDuration::seconds(1)));
}

#[test]
fn a_view_whose_clocks_are_not_foreseen_is_read_on_the_old_cadence() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _replies) = worker(&dir);
    let now = w.now();
    w.next_clock = Some(now + ChronoDuration::hours(1));
    w.last_reload = Instant::now() - RELOAD;
    assert!(!w.clock_moved(now), "the incidents wait for their foreseen moment");
    w.query.view = ViewKind::Changes;
    assert!(w.clock_moved(now), "the changes are read every RELOAD");
    w.query.view = ViewKind::Incidents;
    w.last_reload = Instant::now() - QUIET_RELOAD;
    assert!(w.clock_moved(now), "and the incidents at least every QUIET_RELOAD");
}

#[test]
fn nothing_the_clock_moves_changes_before_the_foreseen_moment_and_something_does_at_it() {
    let dir = tempfile::tempdir().unwrap();
    let (w, _replies) = worker(&dir);
    let p = w.desk.policy.clone();
    let steps = [p.supervisor_after, p.manager_after, p.leader_after].map(|d| d.num_seconds());
    let conn = w.desk.store.conn();
    let figures = |t| {
        let levels = crate::store::incidents::unrestored_counts(conn, t, steps[0], steps[1], steps[2]).unwrap();
        let missed = crate::store::duties::count_open_due_before(conn, t).unwrap();
        (levels, missed)
    };
    let mut t = whole_seconds(Utc::now());
    // Walk a few of the demo desk's moments one after the other.
    for _ in 0..5 {
        let Some(next) = watch::next_clock_change(conn, t, &steps).unwrap() else {
            break;
        };
        assert!(next > t, "{next} is not after {t}");
        let before = figures(next - ChronoDuration::seconds(1));
        assert_eq!(figures(t), before, "a figure moved between {t} and {next}");
        assert_ne!(figures(next), before, "nothing moved at {next}");
        t = next;
    }
    assert!(t > whole_seconds(Utc::now()), "the demo desk's clocks foresaw nothing");
}

mod counted_apart {
    use super::super::*;
    use crate::config::Config;
    use crate::domain::role::Role;
    use crate::store::incidents::{QueueFilter, queue_count};
    use std::sync::mpsc;

    /// Issue 18: the worker answers a filtered query with its page at once and leaves the count
    /// to the counting thread, whose answer comes after, for that filter, counted right.
    #[test]
    fn a_filtered_query_is_answered_with_its_page_before_its_count() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("demo.db");
        let now = whole_seconds(Utc::now());
        let desk = crate::demo::write(&db, Config::defaults(), "duty", "值班员小周", Role::Supervisor, 7, now).unwrap();
        let me = desk.actor("duty").unwrap();
        let (events_tx, events) = mpsc::channel();
        let (requests, requests_rx) = mpsc::channel();
        let worker = spawn(
            Spawn {
                desk,
                source: crate::tui::count::Source::File(db.clone()),
                me,
                read_only: true,
                templates: None,
            },
            events_tx,
            requests_rx,
        );
        let query = Query {
            filter: "billing".into(),
            ..Query::default()
        };
        requests.send(Request::Query(query.clone())).unwrap();
        let mut page = None;
        let count = loop {
            let Event::Reply(reply) = events.recv_timeout(Duration::from_secs(60)).unwrap() else {
                continue;
            };
            match reply {
                Reply::Snapshot(s) if s.query == query => page = Some(s),
                Reply::QueueCount { filter, total } if filter == QueueFilter::text("billing") => break total,
                _ => {}
            }
        };
        let page = page.expect("the page came before its count");
        assert!(!page.queue.is_empty());
        assert_eq!(page.queue_total, console::COUNTED_APART);
        let store = crate::store::Store::open(&db).unwrap();
        let f = QueueFilter::text("billing");
        assert_eq!(count, Ok(queue_count(store.conn(), &f, now).unwrap()));
        requests.send(Request::Quit).unwrap();
        worker.join().unwrap();
    }
}

/// Issue 18: after the first frame the worker builds the filter's index on a thread of its own;
/// once it is there, a filtered query is answered from it, its page and count in the snapshot
/// (no count asked of the counting thread), as the SQL path gives them.
#[test]
fn once_the_filter_index_is_built_a_filtered_query_comes_with_its_count() {
    use crate::store::incidents::{QueueFilter, queue_count, queue_page};
    let dir = tempfile::tempdir().unwrap();
    let (mut w, replies) = worker(&dir);
    beat(&mut w);
    assert_eq!(snapshots(&replies), 1, "the first frame's read");
    assert!(w.building.is_some(), "the index is being built after the first frame");
    let waited = Instant::now();
    while w.index.is_none() {
        assert!(waited.elapsed() < Duration::from_secs(60), "the index was not built");
        std::thread::sleep(Duration::from_millis(20));
        w.index_built();
    }
    let query = Query {
        filter: "crm".into(),
        ..Query::default()
    };
    assert!(w.handle(vec![Request::Query(query.clone())]));
    w.flush().unwrap();
    let snap = replies
        .try_iter()
        .find_map(|e| match e {
            Event::Reply(Reply::Snapshot(s)) => Some(s),
            _ => None,
        })
        .expect("the filtered query's snapshot");
    let now = w.now();
    let conn = w.desk.store.conn();
    let f = QueueFilter::text("crm");
    let count = queue_count(conn, &f, now).unwrap();
    assert!(count > 0, "the demo desk has crm incidents");
    assert_eq!(snap.queue_total, count, "the count came with the page");
    let sql = queue_page(conn, (query.sort, false), &f, query.limit, false, now).unwrap();
    assert_eq!(
        snap.queue.iter().map(|v| v.incident.id).collect::<Vec<_>>(),
        sql.iter().map(|i| i.id).collect::<Vec<_>>()
    );
    assert_eq!(w.counted, None, "no count was asked of the counting thread");
}
