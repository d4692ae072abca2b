//! Issue 19 item 9, driven as a new user would: the real binary in tmux, the Changes view sorted
//! by a column with `>`, the header marking it, then the other way round with `-`.

mod common;

use std::time::Duration;

use common::Desk;
use common::tmux::{Tmux, tmux_available};

/// The ids of the Changes view's rows, top to bottom, and its id column's header as drawn.
fn rows(screen: &str) -> Option<(String, Vec<i64>)> {
    let mut lines = screen.lines().skip_while(|l| !l.contains("Open changes ("));
    lines.next()?;
    let header = lines.next()?;
    let head = header.split("status").next()?.trim().to_string();
    let ids: Vec<i64> = lines
        .map_while(|l| l.split_whitespace().next().and_then(|w| w.parse().ok()))
        .collect();
    (!ids.is_empty()).then_some((head, ids))
}

#[test]
fn the_changes_view_sorts_by_its_id_column_and_reverses() {
    if !tmux_available() {
        return;
    }
    let desk = Desk::demo("supervisor");
    let t = Tmux::new("sort");
    // Wide enough for the twelve tabs and the sort's name after them.
    t.shell("main", &desk, (180, 40));
    t.run("main", "opsdesk --lang en");
    t.wait_for("main", "Open incidents");
    t.keys("main", &["3"]);
    let s = t
        .wait_until("main", Duration::from_secs(20), |s| rows(s).is_some())
        .unwrap_or_else(|s| panic!("the changes: {s}"));
    let (head, read) = rows(&s).unwrap();
    assert_eq!(head, "id", "no marker before a sort: {s}");
    assert!(read.len() > 2, "{s}");
    let mut rising = read.clone();
    rising.sort_unstable();
    assert_ne!(
        read, rising,
        "the demo's changes come newest first, not by id rising: {s}"
    );
    // `>`: by the first column, rising, its header marked.
    t.keys("main", &[">"]);
    let s = t
        .wait_until("main", Duration::from_secs(10), |s| {
            rows(s).is_some_and(|(h, ids)| h == "id ^" && ids == rising)
        })
        .unwrap_or_else(|s| panic!("sorted by id rising {rising:?}: {s}"));
    assert!(s.contains("sort: id ^"), "the nav line names the sort: {s}");
    // `-`: the other way round.
    let mut falling = rising.clone();
    falling.reverse();
    t.keys("main", &["-"]);
    t.wait_until("main", Duration::from_secs(10), |s| {
        rows(s).is_some_and(|(h, ids)| h == "id v" && ids == falling)
    })
    .unwrap_or_else(|s| panic!("sorted by id falling {falling:?}: {s}"));
    t.keys("main", &["q"]);
    t.assert_terminal_sane("main");
}
