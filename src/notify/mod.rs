//! Telling people: who a duty's message is for (from the directory), and the notices rendered
//! from templates.

pub mod channels;
mod command;
pub mod context;
pub mod email;
pub mod emergency;
pub mod guard;
pub mod quality;
pub mod recipients;
pub mod samples;
mod smtp;
mod spool;
pub mod templates;
pub mod work_report;
