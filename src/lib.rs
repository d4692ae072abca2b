//! opsdesk: a keyboard-first terminal console for an IT operations desk.
//!
//! Layers, top to bottom: `cli` and `tui` (front ends) → `ops` (the core's commands: one
//! transaction each, permissions checked) → `domain` (the rules, pure, time as an argument) and
//! `store` (SQLite; the only place with SQL). `config` reads the desk's TOML.

pub mod boundary;
pub mod cli;
pub mod config;
pub mod demo;
pub mod domain;
pub mod error;
pub mod notify;
pub mod ops;
pub mod store;
pub mod text;
pub mod tui;

pub use cli::run;
