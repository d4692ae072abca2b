//! The store's backup: a consistent snapshot while another connection writes between its steps.

mod common;

use chrono::Utc;
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::domain::incident::{Category, Channel, NewIncident};
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::{self, incidents};
use opsdesk::store::Store;
use opsdesk::store::backup::{Source, in_use_by};

fn open(path: &std::path::Path) -> ops::Desk {
    ops::Desk::new(Store::open(path).unwrap(), Config::defaults())
}

fn incidents_in(path: &std::path::Path) -> i64 {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_backup_is_the_desk_as_it_was_when_it_started_however_much_is_written_meanwhile() {
    let d = Desk::demo("admin");
    let before = incidents_in(&d.db);
    let mut writer = open(&d.db);
    let actor = writer.actor(&login()).unwrap();
    let mut backing = open(&d.db);
    let dest = d.path().join("snap.db");
    let mut steps = 0;
    backing
        .store
        .backup_file(&dest, false, &mut |_, _| {
            // Between every two steps of the copy another connection commits.
            steps += 1;
            let new = NewIncident {
                title: format!("written during step {steps}"),
                service: "crm".into(),
                category: Some(Category::Database),
                channel: Some(Channel::Monitoring),
                ..Default::default()
            };
            incidents::create(&mut writer, &actor, &new, whole_seconds(Utc::now())).unwrap();
        })
        .unwrap();
    assert!(steps > 1, "the copy took one step: nothing was written during it");
    assert_eq!(incidents_in(&dest), before);
    assert_eq!(incidents_in(&d.db), before + steps);
    // This process's own connections do not count as someone else using the database.
    assert_eq!(in_use_by(&d.db).unwrap(), None);
}

#[test]
fn a_backup_file_opens_read_only_and_passes_the_integrity_check() {
    let d = Desk::demo("admin");
    let dest = d.path().join("b.db");
    open(&d.db).store.backup_file(&dest, false, &mut |_, _| {}).unwrap();
    let src = Source::open(&dest).unwrap();
    assert_eq!(src.schema, opsdesk::store::SCHEMA_VERSION);
    assert!(src.integrity(10).unwrap().is_empty());
    drop(src);
    assert!(!d.path().join("b.db-wal").exists());
}
