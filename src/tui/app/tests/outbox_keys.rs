//! The Outbox view: its keys, its tab's count, and a read-only console.

use super::*;

#[test]
fn n_outbox_keys_approve_a_draft_resend_a_failure_and_refuse_the_rest() {
    use crate::domain::message::MessageState;
    let mut a = app();
    a.update(Action::ViewOutbox, t0());
    assert_eq!(a.active(), ListId::Outbox);
    // The draft: y asks first, naming how many it goes to; y again does not send, Enter does.
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
    assert!(
        matches!(&a.popup, Some(Popup::Confirm(c)) if c.text.contains("recipient")),
        "{:?}",
        a.popup
    );
    assert!(a.on_key(key('y'), t0()).is_empty(), "the approve key does not confirm");
    assert!(matches!(&a.popup, Some(Popup::Confirm(_))));
    let e = a.on_key(code(KeyCode::Enter), t0());
    assert!(
        matches!(
            &e[..],
            [Effect::Request(Request::Mutate {
                cmd: Command::Message {
                    id: 12,
                    version: 1,
                    cmd: crate::ops::outbox::Cmd::Approve
                },
                ..
            })]
        ),
        "{e:?}"
    );
    assert!(a.update(Action::Retry, t0()).is_empty(), "a draft is not resent");
    assert!(a.status.as_ref().is_some_and(|s| s.error));
    // The failed one: T sends it again; y does nothing.
    a.update(Action::Down, t0());
    let e = a.update(Action::Retry, t0());
    assert!(
        matches!(
            &e[..],
            [Effect::Request(Request::Mutate {
                cmd: Command::Message {
                    id: 11,
                    cmd: crate::ops::outbox::Cmd::Retry,
                    ..
                },
                ..
            })]
        ),
        "{e:?}"
    );
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
    // e opens the editor on the text; what comes back is saved.
    let e = a.update(Action::EditMessage, t0());
    let [Effect::EditText { id: 11, version, text }] = &e[..] else {
        panic!("{e:?}")
    };
    let edited = text.replace("正在处理", "已恢复");
    let e = a.on_edited(11, *version, text, Ok(edited), t0());
    assert!(
        matches!(&e[..], [Effect::Request(Request::Mutate { cmd: Command::Message { cmd: crate::ops::outbox::Cmd::Edit { body, .. }, .. }, .. })] if body.contains("已恢复")),
        "{e:?}"
    );
    assert!(
        a.on_edited(11, *version, text, Ok(text.clone()), t0()).is_empty(),
        "unchanged"
    );
    // A sent one cannot change.
    a.update(Action::Down, t0());
    assert!(a.update(Action::EditMessage, t0()).is_empty());
    // s shows other messages: asks for them.
    let e = a.update(Action::SortNext, t0());
    assert!(matches!(&e[..], [Effect::Request(Request::Query(q))] if q.outbox != a.snap.query.outbox));
    let _ = MessageState::Draft;
}

#[test]
fn n_the_outbox_tab_counts_what_waits_for_a_person() {
    let a = app();
    assert!(
        a.tab_text(ViewKind::Outbox).contains("(1)"),
        "{}",
        a.tab_text(ViewKind::Outbox)
    );
}

#[test]
fn n_a_read_only_console_does_not_approve() {
    let mut a = app_as(Role::Supervisor, true);
    a.update(Action::ViewOutbox, t0());
    assert!(a.update(Action::ConfirmRun, t0()).is_empty());
}
