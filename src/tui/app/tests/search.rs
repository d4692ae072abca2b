//! The global search popup (issue 14): opened from any view by its key or the palette, asking
//! the worker as the words are typed, keeping only the hits for what is typed now, opening the
//! chosen record.

use super::*;
use crate::ops::search::Hit;

fn hit(kind: Kind, id: i64, state: &str) -> Hit {
    Hit {
        kind,
        id,
        state: state.into(),
        open: state != "closed",
        title: format!("{kind} {id}"),
        snippet: "短信网关下发积压".into(),
        matched: Some((0, 2)),
        at: t0(),
    }
}

fn searched(effects: &[Effect]) -> Vec<String> {
    requests(effects)
        .into_iter()
        .filter_map(|r| {
            if let Request::Search(q) = r {
                Some(q.text.clone())
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn the_search_key_opens_it_from_every_view_and_asks_as_you_type() {
    let mut a = app();
    for view in ['3', '6', '1'] {
        a.on_key(key(view), t0());
        a.on_key(key('F'), t0());
        assert!(matches!(a.popup, Some(Popup::Search(_))), "from view {view}");
        a.on_key(code(KeyCode::Esc), t0());
        assert!(a.popup.is_none());
    }
    a.on_key(KeyEvent::new(KeyCode::Char('f'), KeyModifiers::CONTROL), t0());
    assert_eq!(searched(&a.on_key(key('短'), t0())), vec!["短"]);
    assert_eq!(searched(&a.on_key(key('信'), t0())), vec!["短信"]);
    // A reply to an older keystroke is dropped; the one for what is typed is kept.
    a.on_reply(
        Reply::Search {
            text: "短".into(),
            hits: Ok(vec![hit(Kind::Change, 4, "done")]),
        },
        t0(),
    );
    let Some(Popup::Search(b)) = &a.popup else {
        panic!("open")
    };
    assert!(b.hits.is_empty());
    a.on_reply(
        Reply::Search {
            text: "短信".into(),
            hits: Ok(vec![hit(Kind::Change, 4, "done"), hit(Kind::Incident, 48, "closed")]),
        },
        t0(),
    );
    let Some(Popup::Search(b)) = &a.popup else {
        panic!("open")
    };
    assert_eq!(b.hits.len(), 2);
    // Enter on the closed incident opens it full screen, whatever the view, leaving no filter.
    a.on_key(code(KeyCode::Down), t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(&a.popup, Some(Popup::Record(z)) if (z.kind, z.id) == (Kind::Incident, 48)));
    assert_eq!(requests(&effects), vec![&Request::Record(Some((Kind::Incident, 48)))]);
    assert!(a.filter_text().is_empty());
}

#[test]
fn the_palette_offers_the_search_and_a_hit_of_another_kind_opens_it_full_screen() {
    let mut a = app();
    a.update(Action::Palette, t0());
    for c in "search".chars() {
        a.on_key(key(c), t0());
    }
    a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(a.popup, Some(Popup::Search(_))));
    a.on_key(key('x'), t0());
    a.on_reply(
        Reply::Search {
            text: "x".into(),
            hits: Ok(vec![hit(Kind::Change, 4, "done")]),
        },
        t0(),
    );
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert!(matches!(&a.popup, Some(Popup::Record(z)) if (z.kind, z.id) == (Kind::Change, 4)));
    assert_eq!(requests(&effects), vec![&Request::Record(Some((Kind::Change, 4)))]);
}
