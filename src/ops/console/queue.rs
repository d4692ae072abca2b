//! The open queue's page as a snapshot reads it (issue 18, item 3): from the console's filter
//! index in memory ([`OpenIndex`]) when it has one and a text is typed, brought up to date in the
//! snapshot's own transaction so that its rows, read by id, are of the same state of the desk;
//! else by SQL, walking the order's index. Both give the same rows, in the same order.

use anyhow::Result;
use chrono::{DateTime, Utc};

use super::{COUNTED_APART, Query};
use crate::domain::incident::Incident;
use crate::store::db::Db;
use crate::store::incidents::{self as store, QueueFilter};
use crate::store::live_filter::{OpenIndex, Refreshed};

/// The page's rows (at most `query.limit`), whether there are more, and the queue's length
/// (`COUNTED_APART` when it is to be counted apart). `index` is dropped when too much changed
/// for it to be brought up to date here: the console builds it again.
pub fn read(
    tx: &dyn Db,
    query: &Query,
    f: &QueueFilter,
    now: DateTime<Utc>,
    index: &mut Option<OpenIndex>,
) -> Result<(Vec<Incident>, bool, i64)> {
    let (mut rows, total) = match page_in_memory(tx, query, f, index)? {
        Some((rows, total)) => (rows, total),
        None => {
            let rows = store::queue_page(tx, (query.sort, query.reverse), f, query.limit + 1, query.from_end, now)?;
            // A filtered queue is counted apart (a count walks every open incident): the
            // console's counter thread answers it after the page is on screen.
            (rows, store::queue_total_kept(tx, f)?.unwrap_or(COUNTED_APART))
        }
    };
    let more = rows.len() > query.limit;
    if query.from_end {
        // The extra row is the one above the page.
        rows.drain(..rows.len().saturating_sub(query.limit));
    } else {
        rows.truncate(query.limit);
    }
    Ok((rows, more, total))
}

/// The page (a row more than the limit) and the count from the index, when there is one, a
/// text is typed and the index can say.
fn page_in_memory(
    tx: &dyn Db,
    query: &Query,
    f: &QueueFilter,
    index: &mut Option<OpenIndex>,
) -> Result<Option<(Vec<Incident>, i64)>> {
    let Some(ix) = index else { return Ok(None) };
    // Kept up to date on every read of the queue, so that a key never has much to catch up.
    if ix.refresh(tx)? == Refreshed::Stale {
        *index = None;
        return Ok(None);
    }
    if f.text.trim().is_empty() {
        // Nothing typed: the order's own index gives the page at once, the kept total its length.
        return Ok(None);
    }
    let Some(page) = ix.page(f, (query.sort, query.reverse), query.limit + 1, query.from_end) else {
        return Ok(None);
    };
    Ok(Some((rows_in_order(tx, &page.ids)?, page.total as i64)))
}

/// The incidents `ids`, in that order.
pub fn rows_in_order(conn: &(impl Db + ?Sized), ids: &[i64]) -> Result<Vec<Incident>> {
    let mut rows = store::by_ids(conn, ids)?;
    let place: std::collections::HashMap<i64, usize> = ids.iter().enumerate().map(|(n, id)| (*id, n)).collect();
    rows.sort_by_key(|i| place.get(&i.id).copied().unwrap_or(usize::MAX));
    Ok(rows)
}
