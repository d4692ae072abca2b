//! The rules of the procedure (SPEC), pure: no SQL, no terminal, no clock. Every function that
//! depends on time takes `now`.

pub mod audit;
pub mod calendar;
pub mod change;
pub mod directory;
pub mod duty;
pub mod escalation;
pub mod incident;
pub mod outage;
pub mod role;
pub mod time;

pub use role::{Actor, Role};
