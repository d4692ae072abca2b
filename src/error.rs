//! Errors the user sees, each with the exit code the CLI contract gives it.
//!
//! Everything else travels as `anyhow::Error`; the CLI looks for an [`OpsError`] in the chain to
//! pick the exit code (0 ok, 2 usage, 3 not found, 4 conflict, 5 permission denied, 1 otherwise).

use std::fmt;

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
}

impl OpsError {
    pub fn exit_code(&self) -> u8 {
        match self {
            OpsError::Invalid(_) => 2,
            OpsError::NotFound(_) => 3,
            OpsError::Conflict(_) => 4,
            OpsError::Permission(_) => 5,
            OpsError::Rule(_) => 1,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            OpsError::Invalid(m)
            | OpsError::NotFound(m)
            | OpsError::Conflict(m)
            | OpsError::Permission(m)
            | OpsError::Rule(m) => m,
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

pub fn permission(msg: impl Into<String>) -> anyhow::Error {
    OpsError::Permission(msg.into()).into()
}
