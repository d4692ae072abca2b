//! Quality (issue 15 items 5-7): corrective notices (Q6), samples of closed records and their
//! findings (Q5), callbacks to reporters (Q7, I12).

pub mod callbacks;
pub mod cmd;
pub mod correctives;
pub mod samples;
