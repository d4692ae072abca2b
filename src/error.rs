//! Errors the user sees, each with the exit code the CLI contract gives it.
//!
//! Everything else travels as `anyhow::Error`; the CLI looks for an [`OpsError`] in the chain to
//! pick the exit code (0 ok, 2 usage, 3 not found, 4 conflict, 5 permission denied, 6 not carried over to
//! this desk's engine yet, 1 otherwise).
//! A refusal may carry its rule code and arguments ([`Refusal`]) beside its English, so that the
//! console says it in its own language; the CLI prints the English.

use std::fmt;

pub mod refusal;

pub use refusal::{Arg, Code, Refusal};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpsError {
    /// Bad input: a malformed value, a missing option, a value out of range. Exit 2.
    Invalid(String),
    /// The record asked for does not exist. Exit 3.
    NotFound(String),
    /// The record moved on since the caller read it; says who changed it. Exit 4.
    Conflict(String),
    /// The caller's role may not do this (U4). Exit 5.
    Permission(String),
    /// A rule of the procedure refuses the step (wrong state, a gate). Exit 1.
    Rule(String),
    /// The command is not carried over to the desk's engine yet (PostgreSQL, issue 20): nothing
    /// was written. Exit 6.
    Unsupported(String),
    /// One of the above, with its rule code and arguments (see [`OpsError::coded`]).
    Coded(Box<Coded>),
}

/// An error with what it says as a code and arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coded {
    /// The error as the CLI knows it: its exit code and its English.
    pub error: OpsError,
    pub refusal: Refusal,
}

impl OpsError {
    pub fn exit_code(&self) -> u8 {
        match self {
            OpsError::Invalid(_) => 2,
            OpsError::NotFound(_) => 3,
            OpsError::Conflict(_) => 4,
            OpsError::Permission(_) => 5,
            OpsError::Rule(_) => 1,
            OpsError::Unsupported(_) => 6,
            OpsError::Coded(c) => c.error.exit_code(),
        }
    }

    /// The same error, saying what it says also as `refusal` (a code and its arguments).
    pub fn coded(self, refusal: Refusal) -> OpsError {
        let error = match self {
            OpsError::Coded(c) => c.error,
            plain => plain,
        };
        OpsError::Coded(Box::new(Coded { error, refusal }))
    }

    /// The error without its code: `Conflict(message)` and the rest, to match on.
    pub fn plain(&self) -> &OpsError {
        match self {
            OpsError::Coded(c) => c.error.plain(),
            plain => plain,
        }
    }

    /// Its code and arguments, if it has them.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            OpsError::Coded(c) => Some(&c.refusal),
            _ => None,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            OpsError::Invalid(m)
            | OpsError::NotFound(m)
            | OpsError::Conflict(m)
            | OpsError::Permission(m)
            | OpsError::Rule(m)
            | OpsError::Unsupported(m) => m,
            OpsError::Coded(c) => c.error.message(),
        }
    }
}

impl fmt::Display for OpsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for OpsError {}

/// The exit code for any error: the first [`OpsError`] in the chain decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain()
        .find_map(|e| e.downcast_ref::<OpsError>())
        .map_or(1, OpsError::exit_code)
}

pub fn invalid(msg: impl Into<String>) -> anyhow::Error {
    OpsError::Invalid(msg.into()).into()
}

pub fn not_found(msg: impl Into<String>) -> anyhow::Error {
    OpsError::NotFound(msg.into()).into()
}

pub fn rule(msg: impl Into<String>) -> anyhow::Error {
    OpsError::Rule(msg.into()).into()
}

pub fn unsupported(msg: impl Into<String>) -> anyhow::Error {
    OpsError::Unsupported(msg.into()).into()
}

pub fn permission(msg: impl Into<String>) -> anyhow::Error {
    OpsError::Permission(msg.into()).into()
}
