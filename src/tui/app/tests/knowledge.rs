//! The Problems (9) and Knowledge (0) views: their keyed lists, their steps as the command
//! line's (P1, K1), a refusal in the core's words, a case drafted from an incident (I10).

use super::*;
use crate::domain::article::{Article, ArticleKind, NewArticle};
use crate::domain::problem::{NewProblem, Problem};
use crate::ops::console::Detail;
use crate::ops::console::knowledge::Lists;
use crate::ops::{articles, problems};
use crate::tui::model::Said;

fn problem(id: i64) -> problems::View {
    let new = NewProblem {
        title: format!("计费批价引擎缺陷 {id}"),
        service: "billing".into(),
        category: "application".into(),
        root_cause: "批价规则缓存未刷新".into(),
        workaround: String::new(),
    };
    let mut p = Problem::open(&new, &me(Role::Operator), t0()).unwrap();
    p.id = id;
    problems::View {
        problem: p,
        incidents: vec![(7, "incident 7".into(), "resolved".into(), t0())],
        recurrences: 0,
        change: None,
    }
}

/// An article written by `me` (li), as the app's user.
fn article(id: i64) -> Article {
    let new = NewArticle {
        kind: ArticleKind::Faq,
        title: format!("话单积压怎么办 {id}"),
        body: "1. 查看队列\n2. 重启采集".into(),
        services: vec!["billing".into()],
        categories: vec!["application".into()],
        incidents: vec![],
    };
    let mut a = Article::write(&new, &me(Role::Operator), t0()).unwrap();
    a.id = id;
    a
}

/// The app with `n` problems and `n` articles read (newest, the highest id, first), more below.
fn with_lists(n: i64) -> App {
    let mut a = app();
    let snap = Snapshot {
        query: a.query.clone(),
        views: vec![ViewKind::Problems, ViewKind::Knowledge],
        keyed: Lists {
            problems: (1..=n).rev().map(problem).collect(),
            problems_more: true,
            articles: (1..=n).rev().map(article).collect(),
            articles_more: true,
        },
        ..Snapshot::default()
    };
    a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    a
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        a.on_key(key(c), t0());
    }
}

fn sent(effects: &[Effect]) -> Option<Command> {
    requests(effects).into_iter().find_map(|r| match r {
        Request::Mutate { cmd, .. } => Some(cmd.clone()),
        _ => None,
    })
}

#[test]
fn p1_k1_nine_and_zero_open_the_views_and_ask_for_their_lists() {
    for (action, view, tab) in [
        (Action::ViewProblems, ViewKind::Problems, " 9 Problems "),
        (Action::ViewKnowledge, ViewKind::Knowledge, " 0 Knowledge "),
    ] {
        let mut a = app();
        assert_eq!(a.tab_text(view), tab);
        let effects = a.update(action, t0());
        assert_eq!(a.view, view);
        assert!(
            matches!(requests(&effects).first(), Some(Request::Query(q)) if q.view == view),
            "{effects:?}"
        );
    }
}

#[test]
fn p1_k1_enter_opens_the_selected_record_in_full() {
    for (action, kind) in [
        (Action::ViewProblems, Kind::Problem),
        (Action::ViewKnowledge, Kind::Article),
    ] {
        let mut a = with_lists(3);
        a.update(action, t0());
        a.update(Action::Down, t0());
        let effects = a.update(Action::Open, t0());
        assert!(
            matches!(requests(&effects).first(), Some(Request::Record(Some((k, 2)))) if *k == kind),
            "{kind:?}: {effects:?}"
        );
        assert!(matches!(a.popup, Some(Popup::Record(_))));
    }
}

#[test]
fn p1_k1_the_lists_load_a_page_more_by_key_near_their_end() {
    let mut a = with_lists(120);
    a.update(Action::ViewProblems, t0());
    assert_eq!(a.query.keyed.problems, 100);
    let effects = a.update(Action::Bottom, t0());
    assert_eq!(a.query.keyed.problems, 200, "{effects:?}");
    assert!(requests(&effects).iter().any(|r| matches!(r, Request::Query(_))));
    // The other list keeps its own.
    assert_eq!(a.query.keyed.articles, 100);
}

#[test]
fn p1_k1_slash_filters_the_view_on_screen_from_its_first_page() {
    let mut a = with_lists(120);
    a.update(Action::ViewKnowledge, t0());
    a.update(Action::Bottom, t0());
    a.update(Action::Filter, t0());
    let mut effects = Vec::new();
    for c in "话单".chars() {
        effects.extend(a.on_key(key(c), t0()));
    }
    effects.extend(a.on_key(code(KeyCode::Enter), t0()));
    assert_eq!(a.query.list_filter, "话单");
    assert_eq!(a.query.keyed.articles, 100, "a new filter reads from the top");
    assert!(
        requests(&effects)
            .iter()
            .any(|r| matches!(r, Request::Query(q) if q.list_filter == "话单"))
    );
    // Another view does not inherit it.
    a.update(Action::ViewProblems, t0());
    assert_eq!(a.query.list_filter, "");
}

#[test]
fn p1_plan_and_close_send_the_problems_steps() {
    let mut a = with_lists(2);
    a.update(Action::ViewProblems, t0());
    a.update(Action::PlanChange, t0());
    typed(&mut a, "chg#12");
    let cmd = sent(&a.on_key(save(), t0()));
    assert_eq!(
        cmd,
        Some(Command::Problem {
            id: 2,
            version: 1,
            cmd: problems::Cmd::Plan { change: 12 },
        })
    );
    let mut a = with_lists(2);
    // P1: a supervisor closes a problem.
    a.setup.me.role = Role::Supervisor;
    a.update(Action::ViewProblems, t0());
    a.update(Action::Close, t0());
    typed(&mut a, "fixed by chg#12");
    let cmd = sent(&a.on_key(save(), t0()));
    assert!(
        matches!(&cmd, Some(Command::Problem { cmd: problems::Cmd::Close { note }, .. }) if note == "fixed by chg#12"),
        "{cmd:?}"
    );
}

#[test]
fn p1_a_change_that_is_no_id_stays_in_the_form() {
    let mut a = with_lists(2);
    a.update(Action::ViewProblems, t0());
    a.update(Action::PlanChange, t0());
    typed(&mut a, "next week");
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert_eq!(sent(&effects), None);
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("the form stays")
    };
    assert!(f.fields[0].error.is_some(), "{f:?}");
}

#[test]
fn k1_a_new_article_keeps_its_bodys_lines() {
    let mut a = with_lists(1);
    a.update(Action::ViewKnowledge, t0());
    a.update(Action::New, t0());
    // Kind (FAQ first), title, body.
    a.on_key(code(KeyCode::Tab), t0());
    typed(&mut a, "短信网关超时");
    a.on_key(code(KeyCode::Tab), t0());
    typed(&mut a, "## 处理");
    a.on_key(code(KeyCode::Enter), t0());
    typed(&mut a, "- 重启网关");
    a.on_key(code(KeyCode::Tab), t0());
    typed(&mut a, "sms");
    let cmd = sent(&a.on_key(save(), t0()));
    let Some(Command::NewArticle(new)) = cmd else {
        panic!("{cmd:?}")
    };
    assert_eq!(new.kind, ArticleKind::Faq);
    assert_eq!(new.title, "短信网关超时");
    assert_eq!(new.body, "## 处理\n- 重启网关");
    assert_eq!(new.services, vec!["sms".to_string()]);
}

#[test]
fn k1_review_publish_retire_ask_first_and_send_the_articles_step() {
    for (action, want) in [
        (Action::Verify, articles::Cmd::Review),
        (Action::Submit, articles::Cmd::Publish),
        (Action::Close, articles::Cmd::Retire),
    ] {
        let mut a = with_lists(2);
        // Reviewed by a second person (K1); published once reviewed.
        let art = &mut a.snap.keyed.articles[0];
        art.author = "wang".into();
        if action == Action::Submit {
            art.status = crate::domain::article::ArticleStatus::Reviewed;
        }
        a.update(Action::ViewKnowledge, t0());
        a.update(action, t0());
        assert!(matches!(a.popup, Some(Popup::Confirm(_))), "{action:?}");
        let cmd = sent(&a.on_key(code(KeyCode::Enter), t0()));
        assert_eq!(
            cmd,
            Some(Command::Article {
                id: 2,
                version: 1,
                cmd: want,
            })
        );
    }
}

#[test]
fn k1_an_article_reviewed_by_its_author_shows_the_cores_refusal() {
    let mut a = with_lists(2);
    a.update(Action::ViewKnowledge, t0());
    a.update(Action::Verify, t0());
    a.on_key(code(KeyCode::Enter), t0());
    // What the core says when the author reviews their own text.
    let refusal = article(2).review(&me(Role::Operator), t0()).unwrap_err();
    a.on_reply(
        Reply::Failed {
            req: 1,
            failure: Failure::Refused(Said::from(&refusal)),
        },
        t0(),
    );
    let status = a.status.as_ref().expect("said");
    assert!(status.error);
    assert!(
        status.text.contains(&a.s.said(&Said::from(&refusal))),
        "{}",
        status.text
    );
    // Nothing changed: the list is as it was.
    assert_eq!(a.selected_article().map(|x| x.version), Some(1));
}

#[test]
fn k1_update_sends_only_what_changed_and_nothing_is_refused_in_the_form() {
    let mut a = with_lists(1);
    a.update(Action::ViewKnowledge, t0());
    a.update(Action::EditMessage, t0());
    let effects = a.on_key(code(KeyCode::Enter), t0());
    assert_eq!(sent(&effects), None, "nothing changed");
    // Title, then the body: a line more.
    a.on_key(code(KeyCode::Tab), t0());
    a.on_key(code(KeyCode::End), t0());
    a.on_key(code(KeyCode::Enter), t0());
    typed(&mut a, "3. 核对话单");
    let cmd = sent(&a.on_key(save(), t0()));
    let Some(Command::Article {
        cmd: articles::Cmd::Update(r),
        ..
    }) = cmd
    else {
        panic!("{cmd:?}")
    };
    assert_eq!(r.title, None);
    assert!(r.body.as_deref().is_some_and(|b| b.ends_with("3. 核对话单")), "{r:?}");
}

/// The incidents view with its first incident's detail read, resolved when `resolved`.
fn incident_detail(resolved: bool) -> App {
    let mut a = app();
    let mut inc = a.selected().cloned().unwrap();
    inc.description = "全省话单积压".into();
    if resolved {
        inc.cause = "采集进程内存泄漏".into();
        inc.resolved_at = Some(t0());
        inc.status = Status::Resolved;
    }
    let history = vec![crate::store::audit::HistoryRow {
        id: 1,
        record_kind: Kind::Incident,
        record_id: inc.id,
        subject_kind: Kind::Incident,
        subject_id: inc.id,
        at: t0(),
        actor: "li".into(),
        action: "restore".into(),
        version: Some(2),
        changes: vec![],
        detail: "重启采集进程".into(),
    }];
    let d = Detail {
        view: View {
            history,
            ..view(inc, vec![])
        },
        also_here: vec![],
        responses: vec![],
        problems: vec![],
        knowledge: vec![],
    };
    a.on_reply(Reply::Detail(Box::new(Some(d))), t0());
    a
}

#[test]
fn i10_a_case_is_drafted_from_the_incident_at_hand() {
    let mut a = incident_detail(true);
    a.update(Action::Case, t0());
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("{:?}", a.status)
    };
    let text = |i: usize| match &f.fields[i].kind {
        crate::tui::form::FieldKind::Text { input, .. } => input.text(),
        crate::tui::form::FieldKind::Prose(editor) => editor.text(),
        _ => String::new(),
    };
    assert!(text(1).contains("incident 1"), "{}", text(1));
    let body = text(2);
    for part in ["全省话单积压", "采集进程内存泄漏", "li restore: 重启采集进程"] {
        assert!(body.contains(part), "{part} in {body}");
    }
    let cmd = sent(&a.on_key(save(), t0()));
    assert!(
        matches!(&cmd, Some(Command::NewArticle(n)) if n.kind == ArticleKind::Case && n.incidents == vec![1]),
        "{cmd:?}"
    );
}

#[test]
fn i10_an_unresolved_incident_makes_no_case_and_says_why() {
    let mut a = incident_detail(false);
    a.update(Action::Case, t0());
    assert!(a.popup.is_none());
    let status = a.status.as_ref().expect("said");
    assert!(status.error && status.text.contains("not resolved"), "{}", status.text);
}

#[test]
fn i10_a_case_is_made_from_an_incident_shown_full_screen_closed_ones_too() {
    let a0 = incident_detail(true);
    let d = a0.views.incidents.detail.record.clone().expect("the detail");
    let id = d.view.incident.id;
    let mut a = app();
    a.update(
        Action::OpenDetail {
            kind: Kind::Incident,
            id,
        },
        t0(),
    );
    a.on_reply(
        Reply::Record(Box::new(crate::tui::full::Loaded {
            kind: Kind::Incident,
            id,
            full: Some(crate::tui::full::Full::Incident(d)),
        })),
        t0(),
    );
    let effects = a.on_key(key('W'), t0());
    assert!(
        requests(&effects).contains(&&Request::Record(None)),
        "the detail is let go: {effects:?}"
    );
    let Some(Popup::Form(f)) = &a.popup else {
        panic!("{:?}", a.popup)
    };
    assert_eq!(f.kind, crate::tui::form::FormKind::NewArticle);
}

#[test]
fn k1_the_record_beside_the_list_scrolls_and_the_next_one_starts_at_its_top() {
    let mut a = with_lists(3);
    a.update(Action::ViewKnowledge, t0());
    a.update(Action::DetailDown, t0());
    assert_eq!(a.views.knowledge.scroll, 3);
    a.update(Action::Down, t0());
    assert_eq!(a.views.knowledge.scroll, 0);
}
