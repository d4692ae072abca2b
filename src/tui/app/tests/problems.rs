//! I9 in the console: the resolve form's "needs a system change" opens a problem with the
//! resolution, in the same command.

use super::*;
use crate::ops::incidents::Cmd;

#[test]
fn i9_the_resolve_form_can_say_the_cause_needs_a_system_change() {
    let mut a = app();
    incident_in(&mut a, Status::Diagnosing);
    a.update(Action::Resolve, t0());
    for c in "批价引擎缺陷".chars() {
        a.on_key(key(c), t0());
    }
    // Cause, human cause, then the change toggle.
    a.on_key(code(KeyCode::Tab), t0());
    a.on_key(code(KeyCode::Tab), t0());
    a.on_key(key(' '), t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    let sent = requests(&effects);
    let Some(Request::Mutate {
        cmd: Command::Incident { cmd, .. },
        ..
    }) = sent.first()
    else {
        panic!("{effects:?}")
    };
    assert!(
        matches!(cmd, Cmd::ResolveNeedsChange { cause, problem: None, .. } if cause == "批价引擎缺陷"),
        "{cmd:?}"
    );
}

/// Cause typed, then Tab to the field after the change toggle (cause, human, toggle, problem).
fn resolve_with_problem(a: &mut App, problem: &str) -> Vec<Effect> {
    a.update(Action::Resolve, t0());
    for c in "批价引擎缺陷".chars() {
        a.on_key(key(c), t0());
    }
    for _ in 0..3 {
        a.on_key(code(KeyCode::Tab), t0());
    }
    for c in problem.chars() {
        a.on_key(key(c), t0());
    }
    a.on_key(code(KeyCode::Enter), t0())
}

#[test]
fn i9_the_resolve_form_links_an_existing_problem_by_its_id() {
    for (typed, id) in [("3", 3), ("problem#12", 12)] {
        let mut a = app();
        incident_in(&mut a, Status::Diagnosing);
        let effects = resolve_with_problem(&mut a, typed);
        let sent = requests(&effects);
        let Some(Request::Mutate {
            cmd: Command::Incident { cmd, .. },
            ..
        }) = sent.first()
        else {
            panic!("{typed}: {effects:?}")
        };
        assert!(
            matches!(cmd, Cmd::ResolveNeedsChange { problem: Some(p), .. } if *p == id),
            "{typed}: {cmd:?}"
        );
    }
}

#[test]
fn i9_a_problem_id_that_is_not_one_is_refused_at_its_field() {
    let mut a = app();
    incident_in(&mut a, Status::Diagnosing);
    let effects = resolve_with_problem(&mut a, "abc");
    assert!(requests(&effects).is_empty(), "{effects:?}");
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("the form stays open")
    };
    assert!(f.fields.iter().any(|x| x.error.is_some()), "{f:?}");
}

/// Problems, articles, support forms, responses, plans and drills open full screen (the worker
/// is asked for them); a kind with no full view yet (a corrective notice) names its show command.
#[test]
fn p1_k1_problems_articles_plans_and_drills_open_full_screen() {
    use crate::domain::kind::Kind;
    for kind in [
        Kind::Problem,
        Kind::Article,
        Kind::Support,
        Kind::Response,
        Kind::Plan,
        Kind::Drill,
    ] {
        let mut a = app();
        let effects = a.update(Action::OpenDetail { kind, id: 4 }, t0());
        assert!(
            matches!(requests(&effects).first(), Some(Request::Record(Some((k, 4)))) if *k == kind),
            "{kind:?}: {effects:?}"
        );
        assert!(matches!(a.popup, Some(Popup::Record(_))), "{kind:?}");
    }
    let mut a = app();
    let effects = a.update(
        Action::OpenDetail {
            kind: Kind::Corrective,
            id: 4,
        },
        t0(),
    );
    assert!(requests(&effects).is_empty(), "{effects:?}");
    let said = a.status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("corrective show 4"), "{said}");
}
