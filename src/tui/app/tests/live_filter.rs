//! Issue 18, the live filter: a key is answered with the filtered page alone, the count (read on
//! a thread of its own) is taken when it arrives, and a count of another filter is not taken for
//! this one's. The header drawn from it: tests/ui_live_filter.rs.

use super::*;
use crate::ops::console::COUNTED_APART;
use crate::store::incidents::QueueFilter;

/// What the worker answers a filtered query with: its page, its count left to the counter.
fn page(a: &App, rows: std::ops::RangeInclusive<i64>) -> Snapshot {
    let mut s = a.snap.clone();
    s.query = a.query.clone();
    s.queue = rows.map(|n| view(incident(n, None, n), vec![])).collect();
    s.queue_total = COUNTED_APART;
    s
}

#[test]
fn a_key_is_answered_with_its_page_and_the_count_comes_after() {
    let mut a = app();
    a.update(Action::Filter, t0());
    let effects = a.on_key(key('x'), t0());
    // One read, of the screen's rows and a margin, not a page of 500.
    let asked = requests(&effects);
    assert_eq!(asked.len(), 1);
    let Request::Query(q) = asked[0] else {
        panic!("{asked:?}")
    };
    assert_eq!(q.filter, "x");
    assert!(q.limit < PAGE && q.limit >= a.visible_rows() * 2, "{}", q.limit);
    // The page arrives first: its rows are shown, the header says the count is on its way.
    a.on_reply(Reply::Snapshot(Box::new(page(&a, 3..=9))), t0());
    assert_eq!(a.snap.queue.len(), 7);
    assert_eq!(a.queue_counted(), None);
    // A count of the filter typed before ("" then "x" is a newer one) is not this one's.
    a.on_reply(
        Reply::QueueCount {
            filter: QueueFilter::text("xy"),
            total: Ok(99),
        },
        t0(),
    );
    assert_eq!(a.queue_counted(), None);
    // This filter's count: the header counts all of it.
    a.on_reply(
        Reply::QueueCount {
            filter: QueueFilter::text("x"),
            total: Ok(1234),
        },
        t0(),
    );
    assert_eq!(a.queue_counted(), Some(Ok(1234)));
    assert_eq!(a.queue_position(), Some((1, 1234)));
    // The worker's next reload of the same filter keeps the count it has.
    a.on_reply(Reply::Snapshot(Box::new(page(&a, 3..=9))), t0());
    assert_eq!(a.queue_counted(), Some(Ok(1234)));
    // The next key: a new page, counting again until its count comes.
    let effects = a.on_key(key('y'), t0());
    assert_eq!(requests(&effects).len(), 1);
    a.on_reply(Reply::Snapshot(Box::new(page(&a, 3..=4))), t0());
    assert_eq!(a.queue_counted(), None);
    // A count that failed says why, in the header.
    a.on_reply(
        Reply::QueueCount {
            filter: QueueFilter::text("xy"),
            total: Err("disk I/O error".into()),
        },
        t0(),
    );
    assert_eq!(a.queue_counted(), Some(Err("disk I/O error")));
}
