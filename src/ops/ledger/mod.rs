//! The tracking ledger (问题跟踪台账, SPEC I13) in and out of a spreadsheet: the export of every
//! incident with its handling (`export`, written through a `sink`), and the import of a ledger
//! kept elsewhere (`import`).

pub mod export;
pub mod import;
pub mod map;
pub mod read;
pub mod sink;
