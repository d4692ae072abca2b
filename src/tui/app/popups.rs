//! Keys while a popup is open: help, the palette, forms, confirmations, conflicts.

use crossterm::event::{KeyCode, KeyEvent};

use super::{App, Effect, Popup};
use crate::tui::action::Action;
use crate::tui::form::Outcome;
use crate::tui::keymap::{KeyPress, Lookup};
use crate::tui::model::{Command, NoticeDoc, Report, Request};

impl App {
    pub(super) fn popup_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        let Some(popup) = self.popup.take() else {
            return Vec::new();
        };
        match popup {
            Popup::Record(z) => self.zoom_key(z, key),
            Popup::MonthPlan { month, plan, scroll } => {
                let (y, m) = month;
                let step = |d: i32| {
                    let idx = y * 12 + m as i32 - 1 + d;
                    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
                };
                match key.code {
                    KeyCode::Esc | KeyCode::Char('q') => Vec::new(),
                    KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('[') => self.show_month(step(-1)),
                    KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(']') => self.show_month(step(1)),
                    KeyCode::Char('j') | KeyCode::Down => {
                        self.popup = Some(Popup::MonthPlan {
                            month,
                            plan,
                            scroll: scroll.saturating_add(1),
                        });
                        Vec::new()
                    }
                    KeyCode::Char('k') | KeyCode::Up => {
                        self.popup = Some(Popup::MonthPlan {
                            month,
                            plan,
                            scroll: scroll.saturating_sub(1),
                        });
                        Vec::new()
                    }
                    _ => {
                        self.popup = Some(Popup::MonthPlan { month, plan, scroll });
                        Vec::new()
                    }
                }
            }
            Popup::Report {
                id,
                which,
                text,
                scroll,
            } => match key.code {
                KeyCode::Esc | KeyCode::Char('q') => Vec::new(),
                KeyCode::Char('4') => self.show_report(id, Report::Check),
                KeyCode::Char('5') => self.show_report(id, Report::Deadline),
                KeyCode::Char('j') | KeyCode::Down | KeyCode::PageDown => {
                    let by = if key.code == KeyCode::PageDown { 10 } else { 1 };
                    self.popup = Some(Popup::Report {
                        id,
                        which,
                        text,
                        scroll: scroll.saturating_add(by),
                    });
                    Vec::new()
                }
                KeyCode::Char('k') | KeyCode::Up | KeyCode::PageUp => {
                    let by = if key.code == KeyCode::PageUp { 10 } else { 1 };
                    self.popup = Some(Popup::Report {
                        id,
                        which,
                        text,
                        scroll: scroll.saturating_sub(by),
                    });
                    Vec::new()
                }
                _ => {
                    self.popup = Some(Popup::Report {
                        id,
                        which,
                        text,
                        scroll,
                    });
                    Vec::new()
                }
            },
            Popup::Notice { id, doc, text, scroll } => match key.code {
                KeyCode::Esc | KeyCode::Char('q') => Vec::new(),
                KeyCode::Char('5') => self.show_notice(id, NoticeDoc::C5),
                KeyCode::Char('6') => self.show_notice(id, NoticeDoc::C6),
                KeyCode::Char('7') => self.show_notice(id, NoticeDoc::C7),
                KeyCode::Char('8') => self.show_notice(id, NoticeDoc::C8),
                KeyCode::Char('9') => self.show_notice(id, NoticeDoc::C9),
                KeyCode::Char('j') | KeyCode::Down | KeyCode::PageDown => {
                    let by = if key.code == KeyCode::PageDown { 10 } else { 1 };
                    self.popup = Some(Popup::Notice {
                        id,
                        doc,
                        text,
                        scroll: scroll.saturating_add(by),
                    });
                    Vec::new()
                }
                KeyCode::Char('k') | KeyCode::Up | KeyCode::PageUp => {
                    let by = if key.code == KeyCode::PageUp { 10 } else { 1 };
                    self.popup = Some(Popup::Notice {
                        id,
                        doc,
                        text,
                        scroll: scroll.saturating_sub(by),
                    });
                    Vec::new()
                }
                _ => {
                    self.popup = Some(Popup::Notice { id, doc, text, scroll });
                    Vec::new()
                }
            },
            Popup::Message { id, scroll } => match key.code {
                KeyCode::Esc | KeyCode::Char('q') => Vec::new(),
                KeyCode::Char('j') | KeyCode::Down | KeyCode::PageDown => {
                    let by = if key.code == KeyCode::PageDown { 10 } else { 1 };
                    self.popup = Some(Popup::Message {
                        id,
                        scroll: scroll.saturating_add(by),
                    });
                    Vec::new()
                }
                KeyCode::Char('k') | KeyCode::Up | KeyCode::PageUp => {
                    let by = if key.code == KeyCode::PageUp { 10 } else { 1 };
                    self.popup = Some(Popup::Message {
                        id,
                        scroll: scroll.saturating_sub(by),
                    });
                    Vec::new()
                }
                // The view's own keys (approve, resend, edit) act on the message shown.
                _ => match self.keys.lookup(&[KeyPress::from_event(&key)]) {
                    Lookup::Action(a @ (Action::ConfirmRun | Action::Retry | Action::EditMessage)) => {
                        self.outbox_action(a)
                    }
                    _ => {
                        self.popup = Some(Popup::Message { id, scroll });
                        Vec::new()
                    }
                },
            },
            Popup::Help {
                scroll,
                search: Some((mut input, true)),
            } => {
                // Typing the search: Enter keeps it, Esc drops it.
                let search = match key.code {
                    KeyCode::Enter => Some((input, false)),
                    KeyCode::Esc => None,
                    _ => {
                        input.handle(&key);
                        Some((input, true))
                    }
                };
                self.popup = Some(Popup::Help { scroll, search });
                Vec::new()
            }
            Popup::Help { scroll, search } => {
                if key.code == KeyCode::Char('/') {
                    let input = search.map(|(i, _)| i).unwrap_or_default();
                    self.popup = Some(Popup::Help {
                        scroll: 0,
                        search: Some((input, true)),
                    });
                    return Vec::new();
                }
                if key.code == KeyCode::Esc && search.is_some() {
                    self.popup = Some(Popup::Help {
                        scroll: 0,
                        search: None,
                    });
                    return Vec::new();
                }
                let scroll = match key.code {
                    KeyCode::Char('j') | KeyCode::Down => scroll.saturating_add(1),
                    KeyCode::Char('k') | KeyCode::Up => scroll.saturating_sub(1),
                    KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(10),
                    KeyCode::PageUp => scroll.saturating_sub(10),
                    _ => return Vec::new(),
                };
                self.popup = Some(Popup::Help { scroll, search });
                Vec::new()
            }
            Popup::Search(b) => self.search_key(b, key),
            Popup::Palette(mut p) => match key.code {
                KeyCode::Esc => Vec::new(),
                KeyCode::Down | KeyCode::Tab => {
                    p.sel = (p.sel + 1).min(self.palette_matches(&p.input.text()).len().saturating_sub(1));
                    self.popup = Some(Popup::Palette(p));
                    Vec::new()
                }
                KeyCode::Up | KeyCode::BackTab => {
                    p.sel = p.sel.saturating_sub(1);
                    self.popup = Some(Popup::Palette(p));
                    Vec::new()
                }
                KeyCode::Enter => {
                    let typed = p.input.text();
                    // `:38`, `:#38`, `:chg#4`, `:run#2`: that record full screen.
                    if let Some((kind, id)) = crate::tui::widgets::parse_reference(&typed) {
                        return self.update(Action::OpenDetail { kind, id }, self.now);
                    }
                    match self.palette_matches(&typed).get(p.sel) {
                        Some(a) => self.update(*a, self.now),
                        None => Vec::new(),
                    }
                }
                _ => {
                    if p.input.handle(&key) {
                        p.sel = 0;
                    }
                    self.popup = Some(Popup::Palette(p));
                    Vec::new()
                }
            },
            Popup::Confirm(c) => match key.code {
                KeyCode::Enter => self.send(c.cmd),
                KeyCode::Char('y') | KeyCode::Char('Y') if !super::outbox::approves(&c.cmd) => self.send(c.cmd),
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc | KeyCode::Char('q') => Vec::new(),
                _ => {
                    self.popup = Some(Popup::Confirm(c));
                    Vec::new()
                }
            },
            Popup::Conflict(c) => match key.code {
                KeyCode::Char('r') | KeyCode::Enter => self.send(c.cmd.rebased(c.version)),
                KeyCode::Esc | KeyCode::Char('q') => {
                    self.say(self.s.t("msg.discarded").to_string(), false);
                    Vec::new()
                }
                _ => {
                    self.popup = Some(Popup::Conflict(c));
                    Vec::new()
                }
            },
            Popup::DropForm(f) => match key.code {
                KeyCode::Enter | KeyCode::Char('y') => {
                    self.say(self.s.t("msg.discarded").to_string(), false);
                    Vec::new()
                }
                KeyCode::Esc | KeyCode::Char('n') => {
                    self.popup = Some(Popup::Form(f));
                    Vec::new()
                }
                _ => {
                    self.popup = Some(Popup::DropForm(f));
                    Vec::new()
                }
            },
            Popup::Form(mut f) => match f.handle_key(&key, self.now, self.setup.zone, &self.s, &self.setup.choices) {
                // What was typed is not thrown away on one key: ask first.
                Outcome::Cancel if f.touched && f.saving.is_none() => {
                    self.popup = Some(Popup::DropForm(f));
                    Vec::new()
                }
                Outcome::Cancel => Vec::new(),
                Outcome::Stay => {
                    // A new request's sub-kind chosen: its fields follow.
                    f.rekind(&self.s, &self.setup.request_policy);
                    // A work report's span or date changed: its figures follow.
                    let effects = self.report_preview(&mut f);
                    self.popup = Some(Popup::Form(f));
                    effects
                }
                // A service, department or person that must be known and is not: refused at
                // its field with the known ones, before anything is sent.
                Outcome::Submit if !f.check_choices(&self.setup.choices, &self.s) => {
                    self.popup = Some(Popup::Form(f));
                    Vec::new()
                }
                Outcome::Submit => match f.build(self.now, self.setup.zone, &self.s) {
                    // A merge is confirmed first, naming how many records move.
                    Some(cmd @ Command::MergeService { .. }) => self.merge_preview(cmd),
                    Some(cmd) => {
                        let effects = self.send(cmd);
                        if let Some(Effect::Request(Request::Mutate { req, .. })) = effects.first() {
                            f.saving = Some(*req);
                        }
                        f.error = None;
                        self.popup = Some(Popup::Form(f));
                        effects
                    }
                    None => {
                        self.popup = Some(Popup::Form(f));
                        Vec::new()
                    }
                },
            },
        }
    }

    /// Actions whose name or description contains what was typed.
    pub fn palette_matches(&self, typed: &str) -> Vec<Action> {
        let t = typed.trim().to_lowercase();
        Action::ALL
            .iter()
            .copied()
            .filter(|a| !(a.mutates() && self.setup.read_only))
            .filter(|a| t.is_empty() || a.name().contains(&t) || self.s.t(&a.doc_key()).to_lowercase().contains(&t))
            .collect()
    }
}
