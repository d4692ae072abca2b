//! The console says the core's refusals in its own language (issue 11, item 7): a real desk's
//! refusal, asked for through the console's form and drawn headless, in 简体中文 and in English.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Asia::Shanghai;
use opsdesk::config::Config;
use opsdesk::domain::change::NewChange;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::error::OpsError;
use opsdesk::ops::console::{self, Query};
use opsdesk::ops::{Call, Desk, changes};
use opsdesk::tui::action::Action;
use opsdesk::tui::app::{App, Effect, Popup, Setup};
use opsdesk::tui::i18n::{Lang, Strings};
use opsdesk::tui::keymap::Keymap;
use opsdesk::tui::model::{Failure, Reply, Request, Said};
use opsdesk::tui::views;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2026-11-20 10:00 in Shanghai.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

fn sh(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Shanghai.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap().with_timezone(&Utc)
}

struct Fixture {
    _dir: tempfile::TempDir,
    desk: Desk,
    me: Actor,
    config: Config,
    change: i64,
}

/// The demo desk and one more change: it affects users, is confirmed in the test environment, and
/// its window (Wednesday 2 December, 14:00-16:00) lies outside the early hours; only C4 refuses it.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let config = Config::defaults();
    let mut desk = opsdesk::demo::write(
        &dir.path().join("demo.db"),
        config.clone(),
        "duty",
        "值班员小周",
        Role::Supervisor,
        7,
        now(),
    )
    .unwrap();
    let me = desk.actor("duty").unwrap();
    let window = (sh(2026, 12, 2, 14), sh(2026, 12, 2, 16));
    let new = NewChange {
        title: "CRM 报表升级".into(),
        systems: vec!["crm".into()],
        window: Some(window),
        user_affecting: true,
        departments: vec!["callcentre".into()],
        ..Default::default()
    };
    let c = changes::create(&mut desk, &me, &new, now()).unwrap();
    let c = changes::plan(&mut desk, &Call::new(&me, now()), c.id, window, None).unwrap();
    let c = changes::confirm_test(&mut desk, &Call::new(&me, now()), c.id, "客服 赵敏", now()).unwrap();
    Fixture {
        _dir: dir,
        desk,
        me,
        config,
        change: c.id,
    }
}

/// A console in `lang` on the changes view, the fixture's change selected.
fn console_in(f: &mut Fixture, lang: Lang) -> App {
    let setup = Setup {
        desk_name: "IT管理部 运维值班台".into(),
        bell: false,
        ..Setup::new(f.me.clone(), &f.config, false)
    };
    let mut app = App::new(setup, Strings::new(lang), Keymap::defaults(), now(), (160, 48));
    let query = Query {
        view: console::ViewKind::Changes,
        ..Query::default()
    };
    let snap = console::snapshot(&mut f.desk, &query, now()).unwrap();
    let row = snap.changes.iter().position(|c| c.change.id == f.change).unwrap();
    app.on_reply(Reply::Snapshot(Box::new(snap)), now());
    app.update(Action::ViewChanges, now());
    for _ in 0..row {
        app.update(Action::Down, now());
    }
    app
}

/// What the console asked the core to do when the user pressed Enter, done against the desk as
/// the worker does it; the refusal comes back as the worker sends it.
fn save_and_refuse(f: &mut Fixture, app: &mut App) -> OpsError {
    let effects = app.on_key(
        crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Enter, crossterm::event::KeyModifiers::NONE),
        now(),
    );
    let Some((req, cmd)) = effects.iter().find_map(|e| match e {
        Effect::Request(Request::Mutate { req, cmd }) => Some((*req, cmd.clone())),
        _ => None,
    }) else {
        panic!("the form asks the core: {effects:?}")
    };
    // The schedule of the change selected, at the version the console saw (no emergency typed).
    assert!(format!("{cmd:?}").contains("Schedule"), "a schedule: {cmd:?}");
    let (_, id) = cmd.record().expect("a step on a record");
    assert_eq!(id, f.change);
    let call = Call::new(&f.me, now()).if_version(cmd.version());
    let err = changes::schedule(&mut f.desk, &call, id, None).unwrap_err();
    let err = err.downcast_ref::<OpsError>().expect("a refusal").clone();
    app.on_reply(
        Reply::Failed {
            req,
            failure: Failure::Refused(Said::from(&err)),
        },
        now(),
    );
    err
}

/// The text the form's popup shows (160x48: 76 columns in the middle), without its spaces: a
/// refusal wraps over several rows.
fn popup_text(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(160, 48)).unwrap();
    t.draw(|f| views::render(app, f)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 42..118 {
            out.push_str(buf[(x, y)].symbol());
        }
    }
    squeeze(&out)
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The form's error line, as the form keeps it.
fn form_error(app: &App) -> String {
    match &app.popup {
        Some(Popup::Form(form)) => form.error.clone().expect("the form shows the refusal"),
        other => panic!("the form stays open: {other:?}"),
    }
}

#[test]
fn c4_a_zh_cn_console_shows_the_refusal_in_chinese_with_the_earliest_start() {
    let mut f = fixture();
    let mut app = console_in(&mut f, Lang::ZhCn);
    app.update(Action::Schedule, now());
    let err = save_and_refuse(&mut f, &mut app);
    // The CLI's words are the core's English, as before.
    assert!(err.message().contains("C4: a change that affects users"), "{err}");
    assert_eq!(err.exit_code(), 1);
    let said = form_error(&app);
    assert!(
        said.contains("C4：影响用户的变更须在零点以后的凌晨窗口 00:00-06:00 内进行"),
        "{said}"
    );
    assert!(
        said.contains("2026-12-02 14:00 - 2026-12-02 16:00 不在窗口内"),
        "{said}"
    );
    assert!(said.contains("最早可用窗口：2026-12-03 00:00"), "{said}");
    assert!(
        said.contains("通过所有有日期关卡的最早开始时间：2026-12-03 00:00"),
        "{said}"
    );
    assert!(!said.contains("a change that affects users"), "no English left: {said}");
    let status = app.status.as_ref().expect("the status line says it").text.clone();
    assert!(status.starts_with("被拒绝：变更"), "{status}");
    // On screen, the whole of it: the form grows to hold the refusal.
    let shown = popup_text(&app);
    assert!(shown.contains(&squeeze(&said)), "the whole refusal: {shown}");
}

#[test]
fn c4_an_english_console_shows_the_refusal_in_english_with_the_earliest_start() {
    let mut f = fixture();
    let mut app = console_in(&mut f, Lang::En);
    app.update(Action::Schedule, now());
    let err = save_and_refuse(&mut f, &mut app);
    let said = form_error(&app);
    // An English console says what the CLI prints, except the hint: the key that takes the step
    // here (with its reason in the form), not the CLI's command and option.
    let cli = err.message();
    let (cli_words, cli_hint) = cli.split_once("a manager may override as an emergency: ").unwrap();
    assert_eq!(cli_hint, "opsdesk change schedule 6 --override \"reason\"");
    assert_eq!(
        said,
        format!("{cli_words}a manager may override as an emergency: S with the emergency's reason")
    );
    assert!(said.contains("Earliest window: 2026-12-03 00:00"), "{said}");
    let shown = popup_text(&app);
    assert!(shown.contains(&squeeze(&said)), "the whole refusal: {shown}");
}
