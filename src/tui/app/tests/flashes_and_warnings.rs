//! What the console flashes and flags whatever the view: a new escalation or ladder step, a
//! draft near its deadline, next year's calendar missing.

use super::*;

#[test]
fn a_new_escalation_step_flashes_and_rings() {
    let mut a = app();
    let mut snap = a.snap.clone();
    snap.steps.push(duty(101, 7));
    let effects = a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert!(effects.contains(&Effect::Bell));
    assert!(a.flash_until.is_some_and(|t| t > t0()));
    a.on_tick(t0() + Duration::seconds(FLASH_SECS));
    assert!(a.flash_until.is_none());
}

#[test]
fn i8_a_draft_awaiting_review_near_its_deadline_is_flagged_in_every_view() {
    let mut app = app_as(Role::Operator, false);
    // Duty 100 (report to the supervisor, raised t0, due t0 + 5 min) gets a draft.
    let draft = message_row(30, 100, crate::domain::message::MessageState::Draft).message;
    let mut row = app.snap.duties[0].clone();
    row.messages = vec![draft];
    app.snap.drafts = vec![row];
    let at = |secs: i64| t0() + Duration::seconds(secs);
    let cases = [(0, 0), (149, 0), (150, 1), (600, 1)];
    for (secs, flagged) in cases {
        app.now = at(secs);
        assert_eq!(app.urgent_drafts(), flagged, "at +{secs} s");
    }
    assert_eq!(app.alert_text(), "! 1 draft(s) due for review");
    // Approved (queued): no longer flagged.
    app.snap.drafts[0].messages[0].state = crate::domain::message::MessageState::Queued;
    assert_eq!(app.urgent_drafts(), 0);
}

#[test]
fn w2_the_console_warns_from_december_when_next_years_calendar_is_missing() {
    let mut app = app_as(Role::Operator, false);
    let at = |y, m, d| chrono::TimeZone::with_ymd_and_hms(&Utc, y, m, d, 2, 0, 0).unwrap();
    let cases = [
        (at(2026, 11, 30), None),
        (at(2026, 12, 1), Some(2027)),
        (at(2027, 3, 1), Some(2027)),
    ];
    for (now, gap) in cases {
        app.now = now;
        assert_eq!(app.calendar_gap(), gap, "{now}");
    }
    app.now = at(2026, 12, 1);
    assert_eq!(app.alert_text(), "! no 2027 calendar");
    // A desk that added 2027 is not warned.
    let mut config = Config::defaults();
    config.calendar.years.push(crate::config::settings::CalendarYear {
        year: 2027,
        off: vec![],
        workdays: vec![],
    });
    app.setup.calendar = crate::domain::calendar::Calendar::from_config(&config);
    assert_eq!(app.calendar_gap(), None);
}

#[test]
fn a_new_ladder_step_flashes_whatever_view_is_on_screen() {
    let mut a = app();
    a.update(Action::ViewBilling, t0());
    let mut snap = snapshot_of(&a, ViewKind::Billing);
    snap.steps.push(duty(101, 7));
    let effects = a.on_reply(Reply::Snapshot(Box::new(snap)), t0());
    assert!(effects.contains(&Effect::Bell));
    assert!(a.flash_until.is_some_and(|t| t > t0()));
}
