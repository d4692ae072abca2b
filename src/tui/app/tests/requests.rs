//! The Requests view (issue 12), case by case: its lists, every step's form, the accounts to
//! remove, the filter, paging and conflicts.

use super::*;

/// An open request of `kind`, received with its approvals an hour ago, its clock running.
pub(super) fn request_view(id: i64, kind: crate::domain::request::RequestKind) -> crate::tui::model::RequestView {
    use crate::domain::request::{Approval, FormChannel, NewRequest, Request, RequestKind, Rules};
    let rules = Rules::from_config(&Config::defaults());
    let received = t0() - Duration::hours(1);
    let approvals = rules
        .policy
        .chain(kind)
        .iter()
        .map(|role| Approval {
            role: role.clone(),
            by: "许经理".into(),
            at: received,
        })
        .collect();
    let extraction = kind == RequestKind::Extraction;
    let new = NewRequest {
        kind: Some(kind),
        title: format!("request {id}"),
        dept: "marketing".into(),
        requester: "孙丽".into(),
        channel: Some(FormChannel::Phone),
        received_at: Some(received),
        approvals,
        purpose: if extraction { "对账".into() } else { String::new() },
        use_scope: if extraction {
            "市场部内部".into()
        } else {
            String::new()
        },
        ..NewRequest::default()
    };
    // R3: what is to be done to which account of whom.
    let new = if kind == RequestKind::Account {
        NewRequest {
            action: Some(crate::domain::request::AccountAction::New),
            system: "crm".into(),
            account: "wangwu01".into(),
            person: "wangwu".into(),
            permission: "查询".into(),
            ..new
        }
    } else {
        new
    };
    let mut request = Request::open(&new, &me(Role::Operator), &rules, t0()).unwrap();
    request.id = id;
    crate::tui::model::RequestView {
        clock: request.clock(&rules, t0()),
        request,
        dept_name: "市场经营部".into(),
        duties: vec![],
        accounts: vec![],
        history: vec![],
    }
}

/// An account 张三 had, to remove since he left.
pub(super) fn removal_row(id: i64) -> crate::tui::model::AccountRow {
    let account = crate::domain::account::Account {
        id,
        person: "zhangsan".into(),
        person_name: "张三".into(),
        dept: "enterprise".into(),
        system: "crm".into(),
        account: "zhangsan01".into(),
        permission: "查询".into(),
        request_id: 9,
        granted_at: t0() - Duration::days(60),
        hr_record: "HR-2026-118".into(),
        removal_asked_at: Some(t0() - Duration::hours(2)),
        removed_at: None,
        removed_by: None,
        removed_how: String::new(),
        version: 2,
        updated_at: t0(),
        updated_by: "li".into(),
    };
    let mut d = duty(300, id);
    d.kind = DutyKind::R3Removal;
    d.record_kind = Kind::Account;
    crate::tui::model::AccountRow { account, duty: Some(d) }
}

/// `a` on the Requests view, its lists as read.
fn on_requests(a: &mut App) -> Vec<Effect> {
    a.update(Action::ViewRequests, t0())
}

/// The `i`th request accepted by li, the user.
fn accepted(a: &mut App, i: usize) {
    let r = &mut a.snap.requests[i].request;
    r.status = crate::domain::request::RequestStatus::Accepted;
    r.owner = Some("li".into());
}

fn typed(a: &mut App, text: &str) {
    for c in text.chars() {
        a.on_key(key(c), t0());
    }
}

fn form_title(a: &App) -> String {
    match &a.popup {
        Some(Popup::Form(f)) => f.title.clone(),
        other => panic!("no form: {other:?}"),
    }
}

#[test]
fn r7_the_requests_view_opens_on_6_and_asks_for_its_lists_and_its_first_request() {
    let mut a = app();
    let e = a.on_key(key('6'), t0());
    assert_eq!(a.view, ViewKind::Requests);
    assert_eq!(
        requests(&e),
        vec![
            &Request::Query(Query {
                view: ViewKind::Requests,
                ..Query::default()
            }),
            &Request::Detail(None),
            &Request::RequestDetail(Some(21)),
        ]
    );
    assert!(a.tab_text(ViewKind::Requests).contains("6 Requests"));
    // Down moves to the next request and the worker keeps that one fresh.
    let e = a.update(Action::Down, t0());
    assert_eq!(requests(&e), vec![&Request::RequestDetail(Some(22))]);
    // Leaving lets go of it (and of this console's presence on it).
    let e = a.update(Action::ViewIncidents, t0());
    assert!(requests(&e).contains(&&Request::RequestDetail(None)));
}

#[test]
fn r7_every_step_of_a_request_opens_its_form() {
    let cases: &[(Action, &str)] = &[
        (Action::New, "New service request"),
        (Action::Accept, "Accept request 21"),
        (Action::Approve, "Approval of request 21"),
        (Action::Pause, "Pause the clock of request 21"),
        (Action::Resume, "Resume the clock of request 21"),
        (Action::Deliver, "Request 21 delivered"),
        (Action::Close, "Close request 21"),
    ];
    for (action, title) in cases {
        // An unfinished request is closed by a supervisor (the console asks the core first).
        let mut a = app_as(
            if *action == Action::Close {
                Role::Supervisor
            } else {
                Role::Operator
            },
            false,
        );
        on_requests(&mut a);
        // Delivered once accepted, by its owner; resumed once paused.
        if *action == Action::Deliver {
            accepted(&mut a, 0);
        }
        if *action == Action::Resume {
            let rules = crate::domain::request::Rules::from_config(&Config::defaults());
            let r = &mut a.snap.requests[0].request;
            *r = r
                .pause(&me(Role::Operator), "等待补充附件", t0(), &rules, t0())
                .unwrap();
        }
        a.update(*action, t0());
        assert_eq!(form_title(&a), *title, "{action:?}");
        assert!(a.on_key(code(KeyCode::Esc), t0()).is_empty());
        assert!(a.popup.is_none());
    }
    // The extraction (the second row): the IT manager's decision, and its delivery asks for the
    // classification, the encryption and the file's hash (R4).
    let mut a = app();
    // R4: the IT manager decides.
    a.setup.me.role = Role::Manager;
    on_requests(&mut a);
    a.update(Action::Down, t0());
    a.update(Action::Decide, t0());
    assert_eq!(form_title(&a), "Request 22: the president's approval (R4)");
    a.on_key(code(KeyCode::Esc), t0());
    accepted(&mut a, 1);
    a.update(Action::Deliver, t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    let words: Vec<&str> = f.fields.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(words, ["Note", "Classification", "Encrypted", "SHA-256", "When"]);
}

#[test]
fn r3_r4_a_step_of_another_sub_kind_is_refused_before_anything_is_typed() {
    let mut a = app();
    on_requests(&mut a);
    // Request 21 is a product request: no president (R4), no leader (R3), no evaluation, no
    // feedback form (R1).
    for action in [Action::Decide, Action::Escalate, Action::Evaluate, Action::ConfirmRun] {
        assert!(a.update(action, t0()).is_empty());
        assert!(a.popup.is_none(), "{action:?}");
        let said = &a.status.as_ref().unwrap().text;
        assert!(said.contains("it is a product request (R2)"), "{action:?}: {said}");
    }
    // In Chinese, in the console's words.
    let mut a = app();
    a.s = Strings::new(Lang::ZhCn);
    on_requests(&mut a);
    a.update(Action::Decide, t0());
    let said = &a.status.as_ref().unwrap().text;
    assert!(said.contains("产品申请"), "{said}");
}

#[test]
fn r7_a_pause_with_its_reason_is_sent_as_the_kinds_command_and_a_lost_race_keeps_it() {
    let mut a = app();
    on_requests(&mut a);
    a.update(Action::Pause, t0());
    assert!(a.on_key(save(), t0()).is_empty(), "the reason is required");
    typed(&mut a, "等待补充附件");
    let e = a.on_key(save(), t0());
    let pause = crate::ops::requests::Cmd::Pause {
        reason: "等待补充附件".into(),
        at: t0(),
    };
    assert_eq!(
        requests(&e),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Request {
                id: 21,
                version: 1,
                cmd: pause.clone()
            }
        }]
    );
    // Someone else got there first: the conflict shows, r makes the same pause on their version.
    let failure = Failure::Conflict {
        message: "changed".into(),
        changes: vec![],
        version: 2,
    };
    a.on_reply(Reply::Failed { req: 1, failure }, t0());
    assert!(matches!(&a.popup, Some(Popup::Conflict(c)) if c.cmd.record() == Some((Kind::Request, 21))));
    let e = a.on_key(key('r'), t0());
    assert_eq!(
        requests(&e),
        vec![&Request::Mutate {
            req: 2,
            cmd: Command::Request {
                id: 21,
                version: 2,
                cmd: pause
            }
        }]
    );
}

#[test]
fn r7_a_new_request_is_laid_out_for_the_sub_kind_chosen_and_sends_its_approvals() {
    let mut a = app();
    on_requests(&mut a);
    a.update(Action::New, t0());
    // The kind is the first field: Right moves to R2 product, and the form follows.
    a.on_key(code(KeyCode::Right), t0());
    let Some(Popup::Form(f)) = &a.popup else { panic!() };
    assert_eq!(
        f.kind,
        crate::tui::form::FormKind::NewRequest {
            kind: crate::domain::request::RequestKind::Product
        }
    );
    for text in ["新增流量包产品", "marketing", "孙丽"] {
        a.on_key(code(KeyCode::Tab), t0());
        typed(&mut a, text);
    }
    // Contact, channel, form number, received at: then the approvals.
    for _ in 0..5 {
        a.on_key(code(KeyCode::Tab), t0());
    }
    typed(&mut a, "dept_manager=许经理, marketing_manager=何主任@-2h");
    let e = a.on_key(code(KeyCode::Enter), t0());
    let Some(Request::Mutate {
        cmd: Command::NewRequest(new),
        ..
    }) = requests(&e).first().copied()
    else {
        panic!("{e:?}")
    };
    assert_eq!(new.kind, Some(crate::domain::request::RequestKind::Product));
    assert_eq!((new.title.as_str(), new.dept.as_str()), ("新增流量包产品", "marketing"));
    let approvals: Vec<(&str, &str, DateTime<Utc>)> = new
        .approvals
        .iter()
        .map(|x| (x.role.as_str(), x.by.as_str(), x.at))
        .collect();
    assert_eq!(
        approvals,
        [
            ("dept_manager", "许经理", t0()),
            ("marketing_manager", "何主任", t0() - Duration::hours(2))
        ]
    );
    // Recorded: the new request is selected once the list has it.
    a.on_reply(
        Reply::Done {
            req: 1,
            record: Some(40),
        },
        t0(),
    );
    assert!(a.status.as_ref().unwrap().text.contains("Request 40 recorded"));
}

#[test]
fn r3_the_accounts_to_remove_are_a_w_away_and_x_records_one_removed() {
    let mut a = app();
    on_requests(&mut a);
    // In the requests' list, X says where the accounts are.
    a.update(Action::RemoveAccount, t0());
    assert!(a.popup.is_none());
    let e = a.on_key(key('w'), t0());
    assert_eq!(a.views.requests.pane, Pane::Second);
    assert_eq!(a.active(), ListId::Removals);
    assert_eq!(
        requests(&e),
        vec![&Request::RequestDetail(None)],
        "an account comes with its row"
    );
    a.on_key(key('X'), t0());
    assert_eq!(form_title(&a), "Account 31 removed: crm/zhangsan01 of zhangsan");
    typed(&mut a, "工单 IT-5521");
    let e = a.on_key(code(KeyCode::Enter), t0());
    assert_eq!(
        requests(&e),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::RemoveAccount {
                id: 31,
                version: 2,
                how: "工单 IT-5521".into(),
                at: t0()
            }
        }]
    );
    // A request's step is not an account's.
    a.on_reply(Reply::Done { req: 1, record: None }, t0());
    a.update(Action::Pause, t0());
    assert!(a.popup.is_none());
    a.on_key(key('w'), t0());
    assert_eq!(a.active(), ListId::Requests);
}

#[test]
fn r8_slash_filters_the_requests_in_their_view_and_leaves_the_queue_alone() {
    let mut a = app();
    on_requests(&mut a);
    a.on_key(key('/'), t0());
    assert_eq!(a.view, ViewKind::Requests, "stays in the view");
    a.on_key(key('孙'), t0());
    let e = a.on_key(key('丽'), t0());
    assert_eq!(a.query.requests.filter, "孙丽");
    assert!(a.query.filter.is_empty(), "the queue's filter is its own");
    assert!(
        matches!(requests(&e)[0], Request::Query(q) if q.view == ViewKind::Requests && q.requests.filter == "孙丽")
    );
    a.on_key(code(KeyCode::Esc), t0());
    assert!(a.query.requests.filter.is_empty());
    // Sorting is by urgency only.
    assert!(a.update(Action::SortNext, t0()).is_empty());
    assert_eq!(a.query.sort, QueueSort::Urgency);
}

#[test]
fn r7_a_long_list_of_requests_asks_for_the_next_page_near_its_end_once() {
    let mut a = app();
    on_requests(&mut a);
    a.query.requests.limit = 200;
    let mut snap = snapshot_of(&a, ViewKind::Requests);
    snap.requests = (1..=200)
        .map(|n| request_view(n, crate::domain::request::RequestKind::Product))
        .collect();
    snap.requests_more = true;
    let e = a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert!(
        requests(&e).iter().all(|r| !matches!(r, Request::Query(_))),
        "far from the end"
    );
    let e = a.update(Action::Bottom, t0());
    assert!(
        matches!(requests(&e)[0], Request::Query(q) if q.view == ViewKind::Requests && q.requests.limit == 200 + PAGE),
        "{e:?}"
    );
    // Asked: not again until the page comes.
    a.update(Action::Top, t0());
    let e = a.update(Action::Bottom, t0());
    assert!(requests(&e).iter().all(|r| !matches!(r, Request::Query(_))), "{e:?}");
}

#[test]
fn r7_request_steps_outside_the_requests_view_say_where_to_go() {
    let mut a = app();
    for action in [Action::Pause, Action::Approve, Action::RemoveAccount] {
        assert!(a.update(action, t0()).is_empty());
        assert!(a.popup.is_none());
        assert!(a.status.as_ref().unwrap().text.contains("press 6"), "{action:?}");
    }
    // And an incident's step in the Requests view says where incidents are.
    on_requests(&mut a);
    a.update(Action::Restore, t0());
    assert!(a.status.as_ref().unwrap().text.contains("press 1"));
}

#[test]
fn on_an_80_column_screen_every_tab_fits_and_a_click_on_requests_opens_it() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut a = app();
    a.on_resize(80, 24);
    let tabs = a.tabs(80);
    let strip: usize = 1 + tabs.iter().map(|(_, t)| crate::text::width(t) + 1).sum::<usize>();
    assert!(strip <= 80, "{strip}: {tabs:?}");
    // With every view's tab on 80 columns, names not on screen lose their ends; keys never do.
    assert_eq!(tabs[5].0, ViewKind::Requests);
    assert!(tabs[5].1.starts_with("6 Re"), "{tabs:?}");
    // Wide enough, the tabs keep their padding.
    assert_eq!(a.tabs(160)[5].1, " 6 Requests ");
    let widths: Vec<(ViewKind, usize)> = tabs.iter().map(|(v, t)| (*v, crate::text::width(t))).collect();
    let (view, x, w) = layout::nav_tabs(&widths)[5];
    assert_eq!(view, ViewKind::Requests);
    let click = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x + w - 1,
        row: 1,
        modifiers: KeyModifiers::NONE,
    };
    a.on_mouse(click, t0());
    assert_eq!(a.view, ViewKind::Requests);
}

#[test]
fn r1_r3_r5_the_steps_of_one_sub_kind_open_their_forms_on_a_request_of_that_kind() {
    use crate::domain::request::RequestKind;
    // `a` on the Requests view with one open request of `kind`, number 50.
    let on = |kind| {
        let mut a = app();
        on_requests(&mut a);
        let mut snap = snapshot_of(&a, ViewKind::Requests);
        snap.requests = vec![request_view(50, kind)];
        a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
        a
    };
    let labels = |a: &App| -> Vec<String> {
        match &a.popup {
            Some(Popup::Form(f)) => f.fields.iter().map(|f| f.label.clone()).collect(),
            other => panic!("no form: {other:?}"),
        }
    };
    // R1: the first evaluation may turn it into a new project; the feedback form has a verdict.
    let mut a = on(RequestKind::Requirement);
    a.update(Action::Evaluate, t0());
    assert_eq!(form_title(&a), "Evaluation of request 50");
    assert!(labels(&a).iter().any(|l| l.contains("project")), "{:?}", labels(&a));
    a.on_key(code(KeyCode::Esc), t0());
    // The feedback form once it is delivered (the console asks the core first).
    a.snap.requests[0].request.status = crate::domain::request::RequestStatus::Delivered;
    a.update(Action::ConfirmRun, t0());
    assert_eq!(form_title(&a), "Feedback form of request 50 (R1)");
    // R5: a first opinion, no new project.
    let mut a = on(RequestKind::Processing);
    a.update(Action::Evaluate, t0());
    assert!(!labels(&a).iter().any(|l| l.contains("project")), "{:?}", labels(&a));
    // R3: to the leader in charge, with the reason.
    let mut a = on(RequestKind::Account);
    a.update(Action::Escalate, t0());
    assert_eq!(form_title(&a), "Request 50: to the leader in charge (R3)");
    typed(&mut a, "涉及全量客户资料");
    let e = a.on_key(save(), t0());
    assert_eq!(
        requests(&e),
        vec![&Request::Mutate {
            req: 1,
            cmd: Command::Request {
                id: 50,
                version: 1,
                cmd: crate::ops::requests::Cmd::Escalate {
                    reason: "涉及全量客户资料".into(),
                    at: t0()
                }
            }
        }]
    );
}
