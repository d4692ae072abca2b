//! Telling people: who a duty's message is for (from the directory), and the notices rendered
//! from templates.

pub mod channels;
pub mod recipients;
pub mod templates;
