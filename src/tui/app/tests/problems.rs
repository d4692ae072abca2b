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
            kind: Kind::Finding,
            id: 4,
        },
        t0(),
    );
    assert!(requests(&effects).is_empty(), "{effects:?}");
    let said = a.status.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("sample show 4"), "{said}");
}

/// Problems view, `n`: title, root cause, workaround, service, category, incidents typed in turn.
fn new_problem(a: &mut App, incidents: &str) -> Vec<Effect> {
    a.update(Action::ViewProblems, t0());
    a.update(Action::New, t0());
    let typed = |a: &mut App, text: &str| {
        for c in text.chars() {
            a.on_key(key(c), t0());
        }
        a.on_key(code(KeyCode::Tab), t0());
    };
    typed(a, "计费批价引擎缺陷");
    typed(a, "批价规则缓存未刷新");
    typed(a, "手工刷新缓存");
    typed(a, "billing");
    // The category: the second offered (os).
    a.on_key(code(KeyCode::Right), t0());
    a.on_key(code(KeyCode::Tab), t0());
    for c in incidents.chars() {
        a.on_key(key(c), t0());
    }
    a.on_key(save(), t0())
}

#[test]
fn p1_n_in_the_problems_view_opens_a_problem_as_problem_new_does() {
    let mut a = app();
    let effects = new_problem(&mut a, "7, inc#9");
    let sent = requests(&effects);
    let Some(Request::Mutate { req, cmd }) = sent.iter().find(|r| matches!(r, Request::Mutate { .. })) else {
        panic!("{effects:?}")
    };
    assert_eq!(
        cmd,
        &Command::NewProblem {
            new: crate::domain::problem::NewProblem {
                title: "计费批价引擎缺陷".into(),
                service: "billing".into(),
                category: "os".into(),
                root_cause: "批价规则缓存未刷新".into(),
                workaround: "手工刷新缓存".into(),
            },
            incidents: vec![7, 9],
        }
    );
    a.on_reply(
        Reply::Done {
            req: *req,
            record: Some(5),
        },
        t0(),
    );
    assert!(a.popup.is_none());
    assert_eq!(a.status.as_ref().unwrap().text, "Problem 5 opened");
}

#[test]
fn p1_a_new_problem_needs_its_title_and_cause_and_incidents_by_id() {
    let mut a = app();
    let effects = new_problem(&mut a, "seven");
    assert!(!requests(&effects).iter().any(|r| matches!(r, Request::Mutate { .. })));
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("the form stays open")
    };
    assert_eq!(
        f.fields[f.focus].error.as_deref(),
        Some("incident ids, comma-separated: 12, 15")
    );
    // Empty: the title and the root cause are asked for.
    let mut b = app();
    b.update(Action::ViewProblems, t0());
    b.update(Action::New, t0());
    b.on_key(save(), t0());
    let Some(Popup::Form(f)) = &b.popup else {
        panic!("the form stays open")
    };
    let missing: Vec<&str> = f
        .fields
        .iter()
        .filter(|x| x.error.is_some())
        .map(|x| x.label.as_str())
        .collect();
    assert_eq!(missing, ["Title", "Root cause"]);
}
