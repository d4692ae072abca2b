//! `opsdesk bench`'s console: the state, a terminal to draw it on and the desk its worker reads,
//! in this process, on either engine ([`Engine`]): what the worker would do for a key is done
//! right away and timed apart from the key's own frame.

use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::{DateTime, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::bench_engine::{At, Engine};
use crate::config::Config;
use crate::domain::role::{Actor, Role};
use crate::ops::console;
use crate::store::db::Db;
use crate::tui::app::{App, Effect, Setup};
use crate::tui::i18n::{Lang, Strings};
use crate::tui::keymap::Keymap;
use crate::tui::model::{Reply, Request};
use crate::tui::views;

/// The frame every figure is drawn at.
pub const SIZE: (u16, u16) = (160, 48);

pub struct Console<W: Engine> {
    pub desk: W,
    me: Actor,
    pub app: App,
    term: Terminal<TestBackend>,
    /// The live filter's index in memory, as the console's worker holds it once built (SQLite's
    /// only: on a server the console filters by SQL).
    index: Option<crate::store::live_filter::OpenIndex>,
}

impl<W: Engine> Console<W> {
    /// Open the desk as `login`'s console, load what it shows and draw the first frame.
    pub fn open(at: &At, config: &Config, login: &str, now: DateTime<Utc>) -> Result<Console<W>> {
        let mut desk = W::open(at, config)?;
        let me = desk.actor_of(login).unwrap_or_else(|_| Actor {
            login: login.into(),
            name: login.into(),
            role: Role::Supervisor,
        });
        let setup = Setup {
            bell: false,
            ..Setup::new(me.clone(), config, true)
        };
        let mut app = App::new(setup, Strings::new(Lang::ZhCn), Keymap::defaults(), now, SIZE);
        let start = app.start();
        let mut c = Console {
            desk,
            me,
            app,
            term: Terminal::new(TestBackend::new(SIZE.0, SIZE.1))?,
            index: None,
        };
        c.serve(start, now)?;
        c.draw()?;
        Ok(c)
    }

    /// Carry out what an update asked for as the worker would, right away. Returns how long the
    /// database work took.
    pub fn serve(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) -> Result<Duration> {
        let mut spent = Duration::ZERO;
        let mut queue = effects;
        while let Some(e) = queue.pop() {
            let Effect::Request(r) = e else { continue };
            let t = Instant::now();
            let reply = match r {
                Request::Query(q) => Reply::Snapshot(Box::new(console::snapshot_with(
                    &mut self.desk,
                    &q,
                    now,
                    None,
                    &mut self.index,
                )?)),
                Request::Detail(Some(id)) => {
                    Reply::Detail(Box::new(console::detail(&mut self.desk, id, &self.me, now)?))
                }
                _ => continue,
            };
            spent += t.elapsed();
            queue.extend(self.app.on_reply(reply, now));
        }
        Ok(spent)
    }

    pub fn draw(&mut self) -> Result<()> {
        self.term.draw(|f| views::render(&self.app, f))?;
        Ok(())
    }
}

impl<W: Engine> super::bench_filter::Console for Console<W> {
    fn app(&mut self) -> &mut App {
        &mut self.app
    }
    fn read<T>(&mut self, f: impl FnOnce(&dyn Db) -> Result<T>) -> Result<T> {
        crate::ops::Writes::read_db(&mut self.desk, f)
    }
    fn index(&mut self) -> &mut Option<crate::store::live_filter::OpenIndex> {
        &mut self.index
    }
    fn serve(&mut self, effects: Vec<Effect>, now: DateTime<Utc>) -> Result<Duration> {
        Console::serve(self, effects, now)
    }
    fn draw(&mut self) -> Result<()> {
        Console::draw(self)
    }
}
