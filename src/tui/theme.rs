//! Colours and emphasis, in one place. Text carries meaning too (level names, MISSED), so the
//! console reads the same without colour.

use ratatui::style::{Color, Modifier, Style};

use std::cell::Cell;

use crate::domain::duty::DutyState;
use crate::domain::escalation::Level;

thread_local! {
    /// The light theme, for the thread that draws (the console's, or a test's).
    static LIGHT: Cell<bool> = const { Cell::new(false) };
}

/// Draw in the light theme (`[desk] theme = "light"`) on this thread.
pub fn set_light(on: bool) {
    LIGHT.with(|l| l.set(on));
}

fn light() -> bool {
    LIGHT.with(|l| l.get())
}

pub fn title_bar(flash: bool) -> Style {
    if flash {
        Style::new()
            .bg(Color::Red)
            .fg(Color::White)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().bg(Color::Blue).fg(Color::White)
    }
}

pub fn pane_header(focused: bool) -> Style {
    if light() {
        return if focused {
            Style::new()
                .bg(Color::Indexed(250))
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().bg(Color::Indexed(254)).fg(Color::Indexed(238))
        };
    }
    if focused {
        Style::new()
            .bg(Color::DarkGray)
            .fg(Color::White)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new().bg(Color::Black).fg(Color::Gray)
    }
}

pub fn column_header() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

pub fn selected() -> Style {
    Style::new().add_modifier(Modifier::REVERSED)
}

pub fn tab(active: bool) -> Style {
    if active && light() {
        return Style::new()
            .bg(Color::Black)
            .fg(Color::White)
            .add_modifier(Modifier::BOLD);
    }
    if active {
        Style::new()
            .bg(Color::White)
            .fg(Color::Black)
            .add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    }
}

pub fn level(l: Level) -> Style {
    match l {
        Level::None => Style::new(),
        // Yellow is unreadable on white: a dark amber there.
        Level::Supervisor if light() => Style::new().fg(Color::Indexed(130)),
        Level::Supervisor => Style::new().fg(Color::Yellow),
        Level::Manager => Style::new().fg(Color::LightRed),
        Level::Leader => Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
    }
}

pub fn duty(state: DutyState) -> Style {
    match state {
        DutyState::Missed => missed(),
        DutyState::Pending if light() => Style::new().fg(Color::Blue),
        DutyState::Pending => Style::new().fg(Color::Cyan),
        DutyState::Done | DutyState::Withdrawn => Style::new().fg(Color::DarkGray),
    }
}

pub fn missed() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}

/// What an empty field means, shown in it: dim and italic, never to be read as a value.
pub fn hint() -> Style {
    dim().add_modifier(Modifier::ITALIC)
}

pub fn label() -> Style {
    if light() {
        return Style::new().fg(Color::Indexed(240));
    }
    Style::new().fg(Color::Gray)
}

pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// E2: the major-incident banner, white on red.
pub fn banner() -> Style {
    Style::new()
        .fg(Color::White)
        .bg(Color::Red)
        .add_modifier(Modifier::BOLD)
}

/// Something went wrong that is not a refusal (the sender could not send): apart from red.
pub fn warning() -> Style {
    if light() {
        return Style::new().fg(Color::Indexed(130)).add_modifier(Modifier::BOLD);
    }
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}

pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}

/// Popups sit on a grey of the 256-colour palette, apart from any terminal background.
pub fn popup() -> Style {
    if light() {
        return Style::new().bg(Color::Indexed(254)).fg(Color::Black);
    }
    Style::new().bg(Color::Indexed(236)).fg(Color::White)
}

pub fn key() -> Style {
    if light() {
        return Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD);
    }
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}

/// A P1 row: bold, so it stands out without taking a level's colour.
pub fn p1() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// An owner cell nobody has taken yet.
pub fn unowned() -> Style {
    Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD)
}
