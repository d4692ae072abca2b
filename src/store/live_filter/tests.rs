//! The index in memory against the filter's promise written out naively (the SQL path's
//! equivalence on real desks is tests/store_live_filter.rs).

use super::*;

fn entry(id: i64, title: &str, owner: Option<&str>, severity: &str, clock_start: i64, restored: bool) -> Entry {
    Entry {
        id,
        restored,
        clock_start,
        severity: severity.into(),
        title: title.into(),
        service: if id % 2 == 0 { "CRM".into() } else { "billing".into() },
        owner: owner.map(str::to_string),
        reporter: format!("reporter{id}"),
        dept: "运维部".into(),
    }
}

fn desk() -> Vec<Entry> {
    let titles = [
        "短信网关下发积压",
        "xBILLINGx batch stuck",
        "网关 50% 告警 a_b",
        "Ünïcode ÄRGER über",
        "批价话单延迟",
        "zhangSAN cannot log in",
        "plain",
    ];
    (1..=70)
        .map(|id| {
            let owner = match id % 3 {
                0 => None,
                1 => Some("zhang"),
                _ => Some("li"),
            };
            let severity = ["P1", "P2", "P3", "P4"][(id % 4) as usize];
            entry(
                id,
                titles[(id % 7) as usize],
                owner,
                severity,
                1000 - (id * 37) % 200,
                id % 5 == 0,
            )
        })
        .collect()
}

fn index_of(entries: &[Entry]) -> OpenIndex {
    let mut ix = OpenIndex::with_capacity(entries.len(), 0);
    for e in entries {
        ix.put(e);
    }
    ix
}

/// The promise: the trimmed text in a column (ASCII folded alone), or the id it names; the
/// saved filter's owner and priority.
fn promised(e: &Entry, f: &QueueFilter) -> bool {
    let t = f.text.trim().to_ascii_lowercase();
    let id: i64 = t.trim_start_matches('#').parse().unwrap_or(-1);
    let text = t.is_empty()
        || [
            &e.title,
            &e.service,
            e.owner.as_deref().unwrap_or(""),
            &e.reporter,
            &e.dept,
        ]
        .iter()
        .any(|c| c.to_ascii_lowercase().contains(&t))
        || e.id == id;
    let owner = match &f.owner {
        None => true,
        Some(o) => e.owner.as_deref() == o.as_deref(),
    };
    let priority = f
        .max_priority
        .is_none_or(|p| e.severity.as_str() <= format!("P{p}").as_str());
    text && owner && priority
}

fn ordered(entries: &[&Entry], sort: QueueSort, reverse: bool) -> Vec<i64> {
    let mut v: Vec<&Entry> = entries.to_vec();
    v.sort_by(|a, b| match sort {
        QueueSort::Urgency => (a.restored, a.clock_start, a.id).cmp(&(b.restored, b.clock_start, b.id)),
        QueueSort::Newest => b.id.cmp(&a.id),
        QueueSort::Severity => (&a.severity, a.clock_start, a.id).cmp(&(&b.severity, b.clock_start, b.id)),
    });
    if reverse {
        v.reverse();
    }
    v.iter().map(|e| e.id).collect()
}

#[test]
fn every_text_order_page_and_direction_keeps_what_the_filter_promises() {
    let entries = desk();
    let mut ix = index_of(&entries);
    let filters: Vec<QueueFilter> = [
        "话",
        "短信",
        "批价",
        "网关",
        "crm",
        "CRM",
        "illing",
        "BILLING",
        "zhang",
        "ZHANG",
        "xyzzy",
        "%",
        "50%",
        "_",
        "a_b",
        "#",
        " billing ",
        "ärger",
        "ÄRGER",
        "über",
        "37",
        "#37",
        "运维",
        "reporter1",
        "",
        "\0",
    ]
    .iter()
    .map(|t| QueueFilter::text(t))
    .chain([
        QueueFilter {
            owner: Some(None),
            ..QueueFilter::text("crm")
        },
        QueueFilter {
            owner: Some(Some("zhang".into())),
            ..QueueFilter::text("网关")
        },
        QueueFilter {
            owner: Some(Some("nobody".into())),
            ..QueueFilter::text("a")
        },
        QueueFilter {
            max_priority: Some(2),
            ..QueueFilter::text("billing")
        },
    ])
    .collect();
    for f in &filters {
        if f.text.contains('\0') {
            assert_eq!(
                ix.page(f, (QueueSort::Urgency, false), 10, false),
                None,
                "a NUL is left to SQL"
            );
            continue;
        }
        let kept: Vec<&Entry> = entries.iter().filter(|e| promised(e, f)).collect();
        for sort in [QueueSort::Urgency, QueueSort::Newest, QueueSort::Severity] {
            for reverse in [false, true] {
                let want = ordered(&kept, sort, reverse);
                for limit in [0, 1, 7, 1000] {
                    let first = ix.page(f, (sort, reverse), limit, false).unwrap();
                    assert_eq!(first.total, want.len(), "{f:?} {sort:?}");
                    assert_eq!(
                        first.ids,
                        want[..want.len().min(limit)],
                        "first {limit}, {f:?} {sort:?} {reverse}"
                    );
                    let last = ix.page(f, (sort, reverse), limit, true).unwrap();
                    assert_eq!(
                        last.ids,
                        want[want.len().saturating_sub(limit)..],
                        "last {limit}, {f:?} {sort:?} {reverse}"
                    );
                }
            }
        }
    }
    let missed = QueueFilter {
        missed: true,
        ..QueueFilter::text("crm")
    };
    assert_eq!(
        ix.page(&missed, (QueueSort::Urgency, false), 10, false),
        None,
        "missed is SQL's"
    );
}

#[test]
fn typing_key_by_key_narrows_to_what_a_fresh_search_finds() {
    let entries = desk();
    let mut typed = index_of(&entries);
    for word in ["billing", "zhangsan", "网关 50%", "reporter13"] {
        let mut term = String::new();
        for ch in word.chars() {
            term.push(ch);
            let f = QueueFilter::text(&term);
            let narrowed = typed.page(&f, (QueueSort::Urgency, false), 1000, false).unwrap();
            let fresh = index_of(&entries)
                .page(&f, (QueueSort::Urgency, false), 1000, false)
                .unwrap();
            assert_eq!(narrowed, fresh, "{term:?}");
        }
        // A key taken back (a shorter text) searches the whole again.
        let f = QueueFilter::text(&word.chars().take(1).collect::<String>());
        let back = typed.page(&f, (QueueSort::Urgency, false), 1000, false).unwrap();
        let fresh = index_of(&entries)
            .page(&f, (QueueSort::Urgency, false), 1000, false)
            .unwrap();
        assert_eq!(back, fresh, "{word:?} taken back");
    }
}

#[test]
fn a_changed_or_closed_incident_is_found_by_what_it_says_now_even_after_compaction() {
    let mut entries = desk();
    let mut ix = index_of(&entries);
    let f = QueueFilter::text("plain");
    assert!(ix.page(&f, (QueueSort::Urgency, false), 1000, false).unwrap().total > 0);
    // Every "plain" one renamed, the first ten closed, several times over (compaction runs).
    for round in 0..40 {
        for e in entries.iter_mut() {
            e.title = format!("round {round} {}", e.id);
            e.clock_start += 1;
            ix.put(e);
        }
    }
    for id in 1..=10 {
        ix.remove(id);
    }
    entries.retain(|e| e.id > 10);
    assert!(ix.slots.len() < 40 * 70, "compacted ({} slots)", ix.slots.len());
    assert_eq!(ix.len(), entries.len());
    for text in ["plain", "round 39", "round 39 11", "round 3", "crm", "#5", "#15"] {
        let f = QueueFilter::text(text);
        let want: Vec<&Entry> = entries.iter().filter(|e| promised(e, &f)).collect();
        let got = ix.page(&f, (QueueSort::Urgency, false), 1000, false).unwrap();
        assert_eq!(got.ids, ordered(&want, QueueSort::Urgency, false), "{text:?}");
    }
}

#[test]
fn severities_compare_as_their_text() {
    for (a, b) in [("P1", "P2"), ("P1", "P10"), ("P", "P1"), ("", "P1"), ("P4", "Q")] {
        assert!(text_key(a) < text_key(b), "{a} < {b}");
        assert!(a < b, "the text itself: {a} < {b}");
    }
}

#[test]
fn a_change_between_two_keys_is_found_by_the_next_key() {
    let mut entries = desk();
    let mut ix = index_of(&entries);
    let first = ix
        .page(&QueueFilter::text("pla"), (QueueSort::Newest, false), 5, false)
        .unwrap();
    assert!(!first.ids.contains(&1));
    // Incident 1 now says "plain": the next key (which narrows what "pla" found, when nothing
    // changed) must find it.
    entries[0].title = "plain now".into();
    ix.put(&entries[0]);
    for (text, limit) in [("plai", 1000), ("plain", 3), ("plain n", 1000)] {
        let f = QueueFilter::text(text);
        let want: Vec<&Entry> = entries.iter().filter(|e| promised(e, &f)).collect();
        let got = ix.page(&f, (QueueSort::Newest, false), limit, false).unwrap();
        let mut ids = ordered(&want, QueueSort::Newest, false);
        ids.truncate(limit);
        assert_eq!((got.ids, got.total), (ids, want.len()), "{text:?}");
    }
}
