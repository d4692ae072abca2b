//! Q1 in the console (issue 15): the supervisor's work report written in the Reports view's
//! form, with the figures a real desk gives it, at 80x24 and 120x40 in English and 简体中文
//! (snapshots); sent through the core as `opsdesk report daily --send` sends it, and an
//! operator refused by the core, in the form, in the console's language.

#[path = "common/frame.rs"]
mod frame;

use chrono::{DateTime, TimeZone, Utc};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use opsdesk::config::Config;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::error::OpsError;
use opsdesk::ops::console::{self, Query, ViewKind};
use opsdesk::ops::{Desk, reports};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Effect, Popup, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::{Command, Failure, Reply, Request, Said};
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2026-11-20 10:00:00 in Shanghai (a Friday).
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

struct Fixture {
    _dir: tempfile::TempDir,
    desk: Desk,
    config: Config,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::defaults();
    let desk = opsdesk::demo::write(
        &dir.path().join("demo.db"),
        config.clone(),
        "duty",
        "值班员小周",
        Role::Supervisor,
        7,
        now(),
    )
    .unwrap();
    Fixture {
        _dir: dir,
        desk,
        config,
    }
}

/// A console of `login` in `lang` on the Reports view, the work report's form open and its
/// figures read from the desk as the worker reads them.
fn form_open(f: &mut Fixture, login: &str, lang: Lang, size: (u16, u16)) -> (App, Actor) {
    let me = f.desk.actor(login).unwrap();
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(me.clone(), &f.config, false)
    };
    let mut a = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), size);
    a.update(Action::ViewReports, now());
    let query = Query {
        view: ViewKind::Reports,
        ..Query::default()
    };
    let snap = console::snapshot(&mut f.desk, &query, now()).unwrap();
    a.on_reply(Reply::Snapshot(Box::new(snap)), now());
    let effects = a.on_key(KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE), now());
    answer(f, &mut a, &effects);
    (a, me)
}

/// What the worker answers to the form's request for figures.
fn answer(f: &mut Fixture, a: &mut App, effects: &[Effect]) {
    for e in effects {
        if let Effect::Request(Request::WorkReport { span, date }) = e {
            let r = reports::work(&mut f.desk, *span, *date, "", now()).unwrap();
            a.on_reply(
                Reply::WorkReport {
                    span: *span,
                    date: *date,
                    figures: Box::new(Ok((r.period.label, r.counts))),
                },
                now(),
            );
        }
    }
}

fn keys(a: &mut App, text: &str) {
    for c in text.chars() {
        a.on_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), now());
    }
}

fn tab(a: &mut App) {
    a.on_key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE), now());
}

/// The parts typed: progress over two lines, the open issues; the measures left empty.
fn write(a: &mut App) {
    tab(a);
    tab(a);
    keys(a, "计费系统恢复，话单已补采");
    a.on_key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), now());
    keys(a, "CRM upgrade tested");
    tab(a);
    keys(a, "短信网关偶发超时");
}

fn text(app: &App, size: (u16, u16)) -> String {
    let mut t = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let buf = t.backend().buffer();
    frame::text(buf)
}

/// Ctrl-S: the command the form sends and its request number.
fn save(a: &mut App) -> (u64, Command) {
    let effects = a.on_key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL), now());
    effects
        .iter()
        .find_map(|e| match e {
            Effect::Request(Request::Mutate { req, cmd }) => Some((*req, cmd.clone())),
            _ => None,
        })
        .unwrap_or_else(|| panic!("the form sends: {effects:?}"))
}

/// Done against the desk as the worker does it.
fn send_as(f: &mut Fixture, me: &Actor, cmd: &Command) -> anyhow::Result<i64> {
    let Command::SendWorkReport { span, date, text } = cmd else {
        panic!("a work report: {cmd:?}")
    };
    Ok(reports::send(&mut f.desk, me, *span, *date, text, now())?.0.id)
}

#[test]
fn q1_the_work_report_form_in_both_languages_at_both_sizes() {
    let mut f = fixture();
    for size in [(80, 24), (120, 40)] {
        for (lang, tag) in [(Lang::En, "en"), (Lang::ZhCn, "zh")] {
            let (mut a, _) = form_open(&mut f, "duty", lang, size);
            write(&mut a);
            let screen = text(&a, size);
            insta::assert_snapshot!(format!("q1_work_report_form_{tag}_{}x{}", size.0, size.1), screen);
        }
    }
}

#[test]
fn q1_the_form_shows_the_figures_the_report_will_carry() {
    let mut f = fixture();
    let (a, _) = form_open(&mut f, "duty", Lang::En, (120, 40));
    let r = reports::work(
        &mut f.desk,
        opsdesk::domain::report::period::Span::Daily,
        now().date_naive(),
        "",
        now(),
    )
    .unwrap();
    let screen = text(&a, (120, 40));
    assert!(
        screen.contains("The report of 2026-11-20 will carry these figures:"),
        "{screen}"
    );
    let line = format!(
        "incidents opened {}, restored {}, resolved {}, still open {}",
        r.counts.opened, r.counts.restored, r.counts.resolved, r.counts.still_open
    );
    assert!(screen.contains(&line), "{line}\n{screen}");
    assert!(
        r.counts.opened + r.counts.still_open > 0,
        "the demo desk has a day to report"
    );
}

#[test]
fn q1_an_operator_is_refused_by_the_core_in_the_form_and_a_supervisor_sends() {
    let mut f = fixture();
    for (lang, words) in [
        (
            Lang::En,
            "permission denied: sending the daily or weekly work report (Q1) needs the supervisor role",
        ),
        (Lang::ZhCn, "无权操作：发送工作日报、周报（Q1）需要主管角色"),
    ] {
        let (mut a, operator) = form_open(&mut f, "lilei", lang, (120, 40));
        assert_eq!(operator.role, Role::Operator);
        write(&mut a);
        let (req, cmd) = save(&mut a);
        let err = send_as(&mut f, &operator, &cmd).unwrap_err();
        let err = err.downcast_ref::<OpsError>().expect("a refusal").clone();
        a.on_reply(
            Reply::Failed {
                req,
                failure: Failure::Refused(Said::from(&err)),
            },
            now(),
        );
        let Some(Popup::Form(form)) = &a.popup else {
            panic!("the form stays open")
        };
        let said = form.error.clone().expect("the refusal in the form");
        assert!(said.contains(words), "{said}");
    }
    let sent_before = reports_sent(&mut f);
    let (mut a, me) = form_open(&mut f, "duty", Lang::En, (120, 40));
    write(&mut a);
    let (req, cmd) = save(&mut a);
    let id = send_as(&mut f, &me, &cmd).unwrap();
    a.on_reply(Reply::Done { req, record: Some(id) }, now());
    assert!(a.popup.is_none());
    assert!(
        a.status
            .as_ref()
            .unwrap()
            .text
            .starts_with(&format!("Work report {id} sent"))
    );
    assert_eq!(reports_sent(&mut f), sent_before + 1, "the operator's sent nothing");
}

/// Work reports on the desk.
fn reports_sent(f: &mut Fixture) -> i64 {
    f.desk
        .store
        .conn()
        .query_row("SELECT count(*) FROM work_reports", [], |r| r.get(0))
        .unwrap()
}
