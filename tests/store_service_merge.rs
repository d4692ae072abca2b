//! Issue 19 on a real desk file: an older desk whose records named `计费` and `billing` (typed
//! before the directory existed) gets both in its directory on upgrade; merging them moves every
//! record in one transaction (U4 checked inside it), and the outage budget (I11) then counts one
//! service.

mod common;

use chrono::{Datelike, Utc};
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::domain::role::Role;
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::{self, directory, incidents, service_merge};
use opsdesk::store::{Store, services};

fn open(path: &std::path::Path) -> ops::Desk {
    ops::Desk::new(Store::open(path).unwrap(), Config::defaults())
}

fn outage(d: &Desk, service: &str) {
    d.ok(&[
        "incident",
        "new",
        "--title",
        "批价中断",
        "--service",
        service,
        "--category",
        "application",
        "--channel",
        "phone",
        "--outage",
        "--received-at",
        "-20m",
    ]);
}

/// The desk as schema 19 left it, with outages on `计费` and on `billing`.
fn older_desk() -> Desk {
    let d = Desk::init();
    for s in ["计费", "billing", "计费"] {
        outage(&d, s);
    }
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch("DROP TABLE services; PRAGMA user_version = 19;")
        .unwrap();
    drop(c);
    d
}

fn budgets(desk: &mut ops::Desk) -> Vec<(String, usize)> {
    let now = whole_seconds(Utc::now());
    let zoned = now.with_timezone(&desk.zone());
    let mut v: Vec<(String, usize)> = incidents::outage_budgets(desk, zoned.year(), zoned.month(), now)
        .unwrap()
        .into_iter()
        .map(|b| (b.service, b.incidents.len()))
        .collect();
    v.sort();
    v
}

#[test]
fn i11_merging_an_older_desks_duplicate_service_leaves_one_outage_budget() {
    let d = older_desk();
    let mut desk = open(&d.db);
    let codes: Vec<String> = services::list(desk.store.conn())
        .unwrap()
        .into_iter()
        .map(|s| s.code)
        .collect();
    assert_eq!(codes, ["billing", "计费"], "the upgrade added both");
    assert_eq!(
        budgets(&mut desk),
        [("billing".to_string(), 1), ("计费".to_string(), 2)],
        "split in two"
    );

    let me = desk.actor(&login()).unwrap();
    let now = whole_seconds(Utc::now());
    let m = service_merge::merge(&mut desk, &me, "计费", "billing", now).unwrap();
    assert_eq!(m.total(), 2);
    assert!(m.from.retired && m.into.aliases.contains(&"计费".to_string()));
    assert_eq!(budgets(&mut desk), [("billing".to_string(), 3)], "one service");
    assert!(
        services::incidents_naming(desk.store.conn(), "计费")
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        services::incidents_naming(desk.store.conn(), "BILLING").unwrap().len(),
        3
    );
    // Every record replays from its history, the merge's rows included.
    assert!(d.ok(&["check"]).contains("check: "));
}

#[test]
fn u4_a_merge_by_an_admin_demoted_since_the_console_opened_is_refused_whole() {
    let d = older_desk();
    d.add_person("wang", "王芳", "admin", "", "");
    let mut console = open(&d.db);
    let wang_then = console.actor("wang").unwrap();
    assert_eq!(wang_then.role, Role::Admin);
    // Demoted elsewhere while the console is open.
    let mut other = open(&d.db);
    let me = other.actor(&login()).unwrap();
    let now = whole_seconds(Utc::now());
    directory::set_role(&mut other, &me, "wang", Role::Operator, None, now).unwrap();

    let before = budgets(&mut console);
    let err = service_merge::merge(&mut console, &wang_then, "计费", "billing", now).unwrap_err();
    assert!(err.to_string().contains("admin"), "{err}");
    assert_eq!(budgets(&mut console), before, "nothing moved");
    let list = services::list(console.store.conn()).unwrap();
    assert!(list.iter().all(|s| !s.retired && s.aliases.is_empty()), "{list:?}");
}

#[test]
fn i11_a_merge_matches_records_in_any_unicode_case() {
    // Typed before the directory, in full-width Latin, in two cases: SQLite's lower() folds
    // ASCII only, so an ASCII-only match would leave `ｂｉｌｌｉｎｇ` behind on its own budget.
    let d = Desk::init();
    for s in ["ＢＩＬＬＩＮＧ", "ｂｉｌｌｉｎｇ", "ＢＩＬＬＩＮＧ", "billing"] {
        outage(&d, s);
    }
    let c = rusqlite::Connection::open(&d.db).unwrap();
    c.execute_batch("DROP TABLE services; PRAGMA user_version = 19;")
        .unwrap();
    drop(c);
    let mut desk = open(&d.db);
    let codes: Vec<String> = services::list(desk.store.conn())
        .unwrap()
        .into_iter()
        .map(|s| s.code)
        .collect();
    assert_eq!(
        codes,
        ["billing", "ＢＩＬＬＩＮＧ"],
        "the upgrade adds one service for the word in both cases"
    );
    assert_eq!(
        services::incidents_naming(desk.store.conn(), "ｂｉｌｌｉｎｇ").unwrap(),
        [1, 2, 3]
    );
    let me = desk.actor(&login()).unwrap();
    let now = whole_seconds(Utc::now());
    let m = service_merge::merge(&mut desk, &me, "ｂｉｌｌｉｎｇ", "billing", now).unwrap();
    assert_eq!(m.total(), 3, "both cases moved");
    assert_eq!(budgets(&mut desk), [("billing".to_string(), 4)], "one service");
    assert!(d.ok(&["check"]).contains("check: "));
}
