//! Q1 in the console: `n` in the Reports view writes the supervisor's work report, shows the
//! figures it will carry (asked of the worker for the span and date chosen), and sends it as
//! `opsdesk report daily|weekly --send` does.

use super::*;
use crate::domain::report::period::Span;
use crate::store::reports::WorkCounts;
use crate::tui::model::Said;
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A supervisor's console on the Reports view, the work report's form open.
fn report_form() -> (App, Vec<Effect>) {
    let mut a = app_as(Role::Supervisor, false);
    a.update(Action::ViewReports, t0());
    let effects = a.update(Action::New, t0());
    (a, effects)
}

fn form(a: &App) -> &crate::tui::form::Form {
    match &a.popup {
        Some(Popup::Form(f)) => f,
        other => panic!("the work report's form: {other:?}"),
    }
}

fn asked(effects: &[Effect]) -> Vec<(Span, NaiveDate)> {
    requests(effects)
        .into_iter()
        .filter_map(|r| match r {
            Request::WorkReport { span, date } => Some((*span, *date)),
            _ => None,
        })
        .collect()
}

fn type_text(a: &mut App, text: &str) -> Vec<Effect> {
    text.chars().flat_map(|c| a.on_key(key(c), t0())).collect()
}

#[test]
fn q1_n_in_the_reports_view_opens_the_work_report_and_asks_for_todays_figures() {
    let (a, effects) = report_form();
    let f = form(&a);
    assert_eq!(f.title, "Work report (Q1): write and send");
    // 2026-11-20 02:00 UTC is 10:00 that day in Shanghai.
    assert_eq!(asked(&effects), vec![(Span::Daily, day(2026, 11, 20))]);
    let labels: Vec<&str> = f.fields.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(labels, ["Report", "Date", "Progress", "Open issues", "Measures taken"]);
    assert!(
        f.fields
            .iter()
            .skip(2)
            .all(|x| matches!(x.kind, crate::tui::form::FieldKind::Prose(_)))
    );
    assert_eq!(
        f.preview,
        vec!["Reading the figures the report will carry...".to_string()]
    );
    // Elsewhere n is still each view's own "new".
    let mut b = app_as(Role::Supervisor, false);
    b.update(Action::New, t0());
    assert_eq!(form(&b).title, "New incident");
}

#[test]
fn q1_the_figures_follow_the_span_and_the_date_and_a_stale_answer_is_dropped() {
    let (mut a, _) = report_form();
    // The span: weekly, the week of the same day.
    let effects = a.on_key(code(KeyCode::Right), t0());
    assert_eq!(asked(&effects), vec![(Span::Weekly, day(2026, 11, 20))]);
    // The same again asks nothing.
    assert!(asked(&a.on_key(code(KeyCode::Tab), t0())).is_empty());
    // A date half typed is no date: nothing asked, and the preview says so.
    let effects = type_text(&mut a, "2026-11-1");
    assert!(asked(&effects).is_empty(), "{effects:?}");
    assert_eq!(
        form(&a).preview,
        vec!["A date: YYYY-MM-DD, such as 2026-12-01".to_string()]
    );
    let effects = type_text(&mut a, "8");
    assert_eq!(asked(&effects), vec![(Span::Weekly, day(2026, 11, 18))]);
    // The answer for the day first shown comes late: dropped.
    let counts = WorkCounts {
        opened: 12,
        restored: 10,
        resolved: 9,
        still_open: 25,
        escalated_leader: 1,
        duties_due: 30,
        duties_missed: 2,
        changes_done: 3,
        requests_late: 4,
        ..WorkCounts::default()
    };
    let answer = |span, date, label: &str| Reply::WorkReport {
        span,
        date,
        figures: Box::new(Ok((label.to_string(), counts.clone()))),
    };
    a.on_reply(answer(Span::Daily, day(2026, 11, 20), "2026-11-20"), t0());
    assert_eq!(form(&a).preview.len(), 1, "{:?}", form(&a).preview);
    a.on_reply(answer(Span::Weekly, day(2026, 11, 18), "2026-W47"), t0());
    let preview = form(&a).preview.join("\n");
    for want in [
        "The report of the week 2026-W47 will carry these figures:",
        "incidents opened 12, restored 10, resolved 9, still open 25",
        "escalations 0/0/1 (supervisor/manager/leader), duties due 30, missed 2",
        "changes done 3, request clocks due 0, late 4",
    ] {
        assert!(preview.contains(want), "{want}: {preview}");
    }
    // A read that failed says why.
    a.on_key(code(KeyCode::Backspace), t0());
    a.on_key(key('9'), t0());
    a.on_reply(
        Reply::WorkReport {
            span: Span::Weekly,
            date: day(2026, 11, 19),
            figures: Box::new(Err("database is locked".into())),
        },
        t0(),
    );
    assert_eq!(
        form(&a).preview,
        vec!["The figures could not be read: database is locked".to_string()]
    );
}

#[test]
fn q1_the_report_is_sent_with_its_three_parts_under_their_headings() {
    let (mut a, _) = report_form();
    a.on_key(code(KeyCode::Tab), t0());
    type_text(&mut a, "2026-11-19");
    a.on_key(code(KeyCode::Tab), t0());
    type_text(&mut a, "计费恢复");
    a.on_key(code(KeyCode::Enter), t0());
    type_text(&mut a, "话单补采");
    a.on_key(code(KeyCode::Tab), t0());
    a.on_key(code(KeyCode::Tab), t0());
    type_text(&mut a, "加监控");
    let effects = a.on_key(save(), t0());
    let sent = requests(&effects);
    let Some(Request::Mutate { req, cmd }) = sent.iter().find(|r| matches!(r, Request::Mutate { .. })) else {
        panic!("{effects:?}")
    };
    assert_eq!(
        cmd,
        &Command::SendWorkReport {
            span: Span::Daily,
            date: day(2026, 11, 19),
            text: "Progress:\n计费恢复\n话单补采\n\nMeasures taken:\n加监控".into(),
        }
    );
    // Sent: the form closes and the status line says where it went.
    a.on_reply(
        Reply::Done {
            req: *req,
            record: Some(4),
        },
        t0(),
    );
    assert!(a.popup.is_none());
    let status = a.status.as_ref().unwrap().text.clone();
    assert!(status.starts_with("Work report 4 sent"), "{status}");
}

#[test]
fn q1_a_refusal_comes_back_into_the_form_and_a_bad_date_is_refused_at_its_field() {
    let (mut a, _) = report_form();
    a.on_key(code(KeyCode::Tab), t0());
    type_text(&mut a, "2026-02-30");
    let effects = a.on_key(save(), t0());
    assert!(!requests(&effects).iter().any(|r| matches!(r, Request::Mutate { .. })));
    let f = form(&a);
    assert_eq!(f.focus, 1, "the cursor on the date");
    assert_eq!(
        f.fields[1].error.as_deref(),
        Some("A date: YYYY-MM-DD, such as 2026-12-01")
    );
    // Fixed, sent, refused by the core: the words in the form, the form kept.
    for _ in 0..2 {
        a.on_key(code(KeyCode::Backspace), t0());
    }
    type_text(&mut a, "28");
    let effects = a.on_key(save(), t0());
    let Some(Request::Mutate { req, .. }) = requests(&effects)
        .into_iter()
        .find(|r| matches!(r, Request::Mutate { .. }))
    else {
        panic!("{effects:?}")
    };
    let why = "permission denied: sending the work report needs the supervisor role";
    a.on_reply(
        Reply::Failed {
            req: *req,
            failure: Failure::Refused(Said::from(why)),
        },
        t0(),
    );
    assert_eq!(form(&a).error.as_deref(), Some(why));
    assert!(form(&a).saving.is_none());
}
