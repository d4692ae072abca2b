//! The Quality view (`i`, Q5-Q7) on the demo desk, through the keys a user presses: each form
//! builds the step the command line takes, the step is applied through the same core, and the
//! view is read again as the worker would read it.

use super::*;
use crate::domain::callback::CallbackStatus;
use crate::domain::corrective::CorrectiveStatus;
use crate::error::OpsError;
use crate::ops::quality::cmd;
use crate::tui::app::countdown;
use crate::tui::model::Said;

/// The demo desk written at `t0`, and the console of `login` on it, its lists read.
struct Desk {
    _dir: tempfile::TempDir,
    desk: crate::ops::Desk,
    app: App,
}

fn later() -> DateTime<Utc> {
    t0() + Duration::minutes(1)
}

impl Desk {
    fn demo() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::defaults();
        let desk = crate::demo::write(
            &dir.path().join("demo.db"),
            config,
            "duty",
            "值班员小周",
            Role::Supervisor,
            7,
            t0(),
        )
        .unwrap();
        let app = App::new(
            Setup::new(desk.actor("duty").unwrap(), &Config::defaults(), false),
            Strings::new(Lang::En),
            Keymap::defaults(),
            t0(),
            (120, 40),
        );
        Desk { _dir: dir, desk, app }
    }

    /// The console of `login` instead.
    fn as_user(&mut self, login: &str) {
        let me = self.desk.actor(login).unwrap();
        self.app = App::new(
            Setup::new(me, &Config::defaults(), false),
            Strings::new(Lang::En),
            Keymap::defaults(),
            t0(),
            (120, 40),
        );
    }

    /// What the worker reads for the view on screen.
    fn read(&mut self) {
        let snap = crate::ops::console::snapshot(&mut self.desk, &self.app.query, later()).unwrap();
        self.app.on_reply(Reply::Snapshot(Box::new(snap)), later());
    }

    fn keys(&mut self, keys: &[KeyEvent]) -> Vec<Effect> {
        let mut effects = Vec::new();
        for k in keys {
            effects.extend(self.app.on_key(*k, later()));
        }
        effects
    }

    /// The steps `effects` ask for, applied as the worker applies them, their replies given back.
    fn apply(&mut self, effects: &[Effect]) -> usize {
        let me = self.app.setup.me.clone();
        let mut n = 0;
        for r in requests(effects) {
            let Request::Mutate { req, cmd } = r else { continue };
            let Command::Quality(q) = cmd else {
                panic!("not a quality step: {cmd:?}")
            };
            n += 1;
            let reply = match cmd::apply(&mut self.desk, &me, later(), q) {
                Ok(id) => Reply::Done {
                    req: *req,
                    record: Some(id),
                },
                Err(e) => Reply::Failed {
                    req: *req,
                    failure: Failure::Refused(match e.downcast_ref::<OpsError>() {
                        Some(err) => Said::from(err),
                        None => format!("{e:#}").into(),
                    }),
                },
            };
            self.app.on_reply(reply, later());
        }
        self.read();
        n
    }

    fn open_quality(&mut self) {
        let effects = self.app.update(Action::ViewQuality, later());
        assert!(
            matches!(requests(&effects).first(), Some(Request::Query(q)) if q.view == ViewKind::Quality),
            "{effects:?}"
        );
        self.read();
    }

    /// The form's text typed into its focused field.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.app.on_key(key(c), later());
        }
    }
}

#[test]
fn q5_q6_q7_i_opens_the_view_and_h_l_step_through_its_sections() {
    let mut d = Desk::demo();
    assert_eq!(d.app.tab_text(ViewKind::Quality), " i Quality ");
    d.open_quality();
    assert_eq!(d.app.active(), ListId::Correctives);
    assert!(!d.app.snap.quality.correctives.is_empty(), "the demo's notice");
    d.keys(&[key('l')]);
    assert_eq!(d.app.active(), ListId::Samples);
    assert!(!d.app.snap.quality.samples.is_empty(), "the demo's sample");
    d.keys(&[key('w')]);
    assert_eq!(d.app.active(), ListId::SampleItems, "w: into the sample's items");
    // A click on a sample's row: back in the samples.
    let banner = !d.app.snap.banners.is_empty();
    let crate::tui::layout::Screen::Normal(a) =
        crate::tui::layout::screen(ratatui::layout::Rect::new(0, 0, 120, 40), ViewKind::Quality, banner)
    else {
        panic!("120x40 is big enough")
    };
    d.app.on_mouse(
        crossterm::event::MouseEvent {
            kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
            column: 3,
            row: a.list.y + 2,
            modifiers: KeyModifiers::NONE,
        },
        later(),
    );
    assert_eq!(d.app.active(), ListId::Samples, "the click is on the samples");
    d.keys(&[key('w')]);
    d.keys(&[key('l')]);
    assert_eq!(d.app.active(), ListId::Callbacks);
    assert!(!d.app.snap.quality.callbacks.is_empty(), "the demo's callbacks");
    d.keys(&[key('l')]);
    assert_eq!(d.app.active(), ListId::Correctives, "round again");
    d.keys(&[key('h')]);
    assert_eq!(d.app.active(), ListId::Callbacks);
    // Enter: the selected record in full.
    let effects = d.keys(&[code(KeyCode::Enter)]);
    let id = d.app.snap.quality.callbacks[0].view.callback.id;
    assert!(
        matches!(requests(&effects).first(), Some(Request::Record(Some((Kind::Callback, i)))) if *i == id),
        "{effects:?}"
    );
}

#[test]
fn q5_a_finding_by_someone_who_handled_the_record_is_refused_and_nothing_changes() {
    let mut d = Desk::demo();
    d.open_quality();
    d.keys(&[key('l')]);
    let v = d.app.snap.quality.samples[0].clone();
    let (pos, handler) = v
        .items
        .iter()
        .filter(|(_, f)| f.is_none())
        .find_map(|(i, _)| {
            let handlers = crate::store::samples::handlers(d.desk.store.conn(), i.record_kind, i.record_id).unwrap();
            handlers
                .into_iter()
                .find(|h| d.desk.actor(h).is_ok())
                .map(|h| (i.pos, h))
        })
        .expect("an item without a finding, handled by someone on the desk");
    d.as_user(&handler);
    d.open_quality();
    d.keys(&[key('l'), key('w')]);
    let row = v.items.iter().position(|(i, _)| i.pos == pos).unwrap();
    for _ in 0..row {
        d.keys(&[key('j')]);
    }
    d.keys(&[key('v')]);
    let Some(Popup::Form(f)) = &d.app.popup else {
        panic!("no finding form: {:?}", d.app.status)
    };
    assert_eq!(
        f.kind,
        crate::tui::form::FormKind::Finding {
            sample: v.sample.id,
            pos
        }
    );
    // The finding is asked for, not assumed: saving before choosing is refused at the field.
    assert!(d.keys(&[save()]).is_empty());
    let effects = d.keys(&[code(KeyCode::Right), save()]);
    assert_eq!(d.apply(&effects), 1);
    let Some(Popup::Form(f)) = &d.app.popup else {
        panic!("the form stays with the refusal")
    };
    let error = f.error.clone().unwrap_or_default();
    assert!(error.contains("Q5") && error.contains(&handler), "{error}");
    assert!(d.app.status.as_ref().is_some_and(|s| s.error));
    let after = &d.app.snap.quality.samples[0];
    assert_eq!(after.open, v.open, "nothing recorded");
}

#[test]
fn q6_a_corrective_follow_up_clears_its_countdown() {
    let mut d = Desk::demo();
    d.open_quality();
    let c = d.app.snap.quality.correctives[0].corrective.clone();
    let (clock, missed) = countdown(&d.app.s, &c, later()).expect("owed: it counts down");
    assert!(clock.starts_with("due in 3d"), "{clock}");
    assert!(!missed);
    d.keys(&[key('v')]);
    assert!(
        matches!(&d.app.popup, Some(Popup::Form(f)) if f.kind == crate::tui::form::FormKind::FollowUpCorrective { id: c.id, version: c.version })
    );
    // Done, with what the follow-up found.
    d.keys(&[code(KeyCode::Right), code(KeyCode::Tab)]);
    d.type_text("回访清单已每日核对");
    let effects = d.keys(&[save()]);
    assert_eq!(d.apply(&effects), 1);
    assert!(d.app.popup.is_none(), "{:?}", d.app.popup);
    let after = &d.app.snap.quality.correctives[0];
    assert_eq!(after.corrective.status, CorrectiveStatus::FollowedUp);
    assert_eq!(
        countdown(&d.app.s, &after.corrective, later()),
        None,
        "no countdown once followed up"
    );
    assert!(
        after
            .duties
            .iter()
            .filter(|x| x.kind == crate::domain::duty::DutyKind::Q6FollowUp)
            .all(|x| x.done_at.is_some()),
        "{:?}",
        after.duties
    );
}

#[test]
fn q7_i12_a_callback_not_satisfied_reopens_the_incident() {
    let mut d = Desk::demo();
    d.open_quality();
    d.keys(&[key('l'), key('l')]);
    let rows = d.app.snap.quality.callbacks.clone();
    let row = rows
        .iter()
        .position(|r| r.view.callback.status == CallbackStatus::Due && r.view.callback.record_kind == Kind::Incident)
        .expect("a callback owed for an incident");
    let cb = rows[row].view.callback.clone();
    for _ in 0..row {
        d.keys(&[key('j')]);
    }
    d.keys(&[key('c')]);
    assert!(
        matches!(&d.app.popup, Some(Popup::Form(f)) if f.kind == crate::tui::form::FormKind::RecordCall { id: cb.id, version: cb.version })
    );
    // The satisfaction is asked for: nothing is sent until it is chosen.
    assert!(d.keys(&[save()]).is_empty());
    // ? -> 5 -> 4 -> 3 -> 2.
    d.keys(&[code(KeyCode::Right); 4]);
    d.keys(&[code(KeyCode::Tab)]);
    d.type_text("故障又出现了");
    let effects = d.keys(&[save()]);
    assert_eq!(d.apply(&effects), 1);
    assert!(d.app.popup.is_none(), "{:?} {:?}", d.app.popup, d.app.status);
    let after = d
        .app
        .snap
        .quality
        .callbacks
        .iter()
        .find(|r| r.view.callback.id == cb.id)
        .unwrap();
    assert_eq!(after.view.callback.satisfaction, Some(2));
    assert!(after.view.callback.reopened);
    let inc = crate::store::incidents::get(d.desk.store.conn(), cb.record_id)
        .unwrap()
        .unwrap();
    assert!(
        matches!(inc.status, Status::Reported | Status::Accepted),
        "{:?}",
        inc.status
    );
    assert_eq!(inc.episode, cb.episode + 1, "handled again");
    assert_eq!(after.record_status.as_deref(), Some(inc.status.as_str()));
}

#[test]
fn q7_a_reporter_not_reached_stays_owed_with_the_attempt_counted() {
    let mut d = Desk::demo();
    d.open_quality();
    d.keys(&[key('h')]);
    let cb = d.app.snap.quality.callbacks[0].view.callback.clone();
    d.keys(&[key('c')]);
    // Left from the question: the last option, not reached.
    d.keys(&[code(KeyCode::Left)]);
    let effects = d.keys(&[save()]);
    let sent = requests(&effects)
        .into_iter()
        .find_map(|r| match r {
            Request::Mutate { cmd, .. } => Some(cmd.clone()),
            _ => None,
        })
        .unwrap();
    assert!(
        matches!(&sent, Command::Quality(cmd::Cmd::Call { id, result: crate::domain::callback::CallResult::NotReached { .. }, .. }) if *id == cb.id),
        "{sent:?}"
    );
}

#[test]
fn q6_an_operator_issuing_a_notice_is_refused_by_the_core_and_nothing_is_issued() {
    let mut d = Desk::demo();
    d.as_user("lilei");
    d.open_quality();
    let before = d.app.snap.quality.correctives.len();
    d.keys(&[key('n')]);
    assert!(matches!(&d.app.popup, Some(Popup::Form(f)) if f.kind == crate::tui::form::FormKind::NewCorrective));
    for (i, text) in ["callcentre", "回访超期", "每日核对", "赵敏", "+3d", "回访按期"]
        .iter()
        .enumerate()
    {
        if i > 0 {
            d.keys(&[code(KeyCode::Tab)]);
        }
        d.type_text(text);
    }
    let effects = d.keys(&[save()]);
    assert!(
        matches!(sent_quality(&effects), Some(cmd::Cmd::Issue(n)) if n.dept == "callcentre" && n.due_at == Some(later() + Duration::days(3))),
        "{effects:?}"
    );
    assert_eq!(d.apply(&effects), 1);
    let Some(Popup::Form(f)) = &d.app.popup else {
        panic!("the form stays with the refusal")
    };
    assert!(
        f.error.as_deref().unwrap_or_default().contains("supervisor"),
        "{:?}",
        f.error
    );
    assert_eq!(d.app.snap.quality.correctives.len(), before, "nothing issued");
}

fn sent_quality(effects: &[Effect]) -> Option<cmd::Cmd> {
    requests(effects).into_iter().find_map(|r| match r {
        Request::Mutate {
            cmd: Command::Quality(q),
            ..
        } => Some(q.clone()),
        _ => None,
    })
}
