//! The queue's saved filters (config `console.filters`, issue 19 item 3), read on a demo desk:
//! each keeps exactly the open incidents its terms name, with the typed filter on top.

mod common;

use std::collections::BTreeSet;

use chrono::Utc;
use common::Desk;
use opsdesk::config::Config;
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::console::filter::Section;
use opsdesk::ops::{self, console};
use opsdesk::store::Store;

type Keeps<'a> = Box<dyn Fn(&opsdesk::domain::incident::Incident) -> bool + 'a>;

fn ids(s: &console::Snapshot) -> BTreeSet<i64> {
    s.queue.iter().map(|v| v.incident.id).collect()
}

#[test]
fn each_default_saved_filter_keeps_what_its_terms_name() {
    let d = Desk::demo("supervisor");
    let config = Config::defaults();
    let mut desk = ops::Desk::new(Store::open(&d.db).unwrap(), config.clone());
    let now = whole_seconds(Utc::now());
    let q = |section: Option<Section>, filter: &str| console::Query {
        filter: filter.into(),
        section,
        ..Default::default()
    };
    let all = console::snapshot(&mut desk, &q(None, ""), now).unwrap();
    let me = all
        .queue
        .iter()
        .find_map(|v| v.incident.owner.clone())
        .expect("an owned incident on the demo desk");
    let named: Vec<&str> = config.console.filters.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(named, ["mine", "unowned", "P1-P2", "missed"]);
    let section = |name: &str| {
        let f = config.console.filters.iter().find(|f| f.name == name).unwrap();
        Some(Section::of(f, &me))
    };
    let conn = rusqlite::Connection::open(&d.db).unwrap();
    let missed: BTreeSet<i64> = conn
        .prepare("SELECT record_id FROM duties WHERE record_kind = 'incident' AND done_at IS NULL AND due_at < ?1")
        .unwrap()
        .query_map([now.timestamp()], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let cases: [(&str, Keeps); 4] = [
        ("mine", Box::new(|i| i.owner.as_deref() == Some(me.as_str()))),
        ("unowned", Box::new(|i| i.owner.is_none())),
        ("P1-P2", Box::new(|i| i.severity.as_str() <= "P2")),
        ("missed", Box::new(|i| missed.contains(&i.id))),
    ];
    for (name, keeps) in cases {
        let want: BTreeSet<i64> = all
            .queue
            .iter()
            .filter(|v| keeps(&v.incident))
            .map(|v| v.incident.id)
            .collect();
        let got = console::snapshot(&mut desk, &q(section(name), ""), now).unwrap();
        assert!(!want.is_empty(), "{name}: the demo desk has some");
        assert!(want.len() < all.queue.len(), "{name}: and not all");
        assert_eq!(ids(&got), want, "{name}");
        // The header's count is read apart from the page (issue 18), by the console's counter.
        assert_eq!(got.queue_total, console::COUNTED_APART, "{name}");
        let counted =
            opsdesk::store::incidents::queue_count(desk.store.conn(), &console::filter::queue(&got.query), now)
                .unwrap();
        assert_eq!(counted as usize, want.len(), "{name}: the header's count");
        // The typed filter narrows within it.
        let first = got.queue[0].incident.id;
        let both = console::snapshot(&mut desk, &q(section(name), &first.to_string()), now).unwrap();
        assert_eq!(ids(&both), BTreeSet::from([first]), "{name} and its first id");
    }
}
