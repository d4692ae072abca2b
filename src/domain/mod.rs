//! The rules of the procedure (SPEC), pure: no SQL, no terminal, no clock. Every function that
//! depends on time takes `now`.

/// A closed set of words stored as text: an enum with `ALL`, `as_str`, `parse` (whose error lists
/// the words) and `Display`, serialized as the word itself.
macro_rules! words {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }, $what:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(s: &str) -> Result<$name, $crate::error::OpsError> {
                $name::ALL.iter().copied().find(|v| v.as_str() == s.trim()).ok_or_else(|| {
                    let names: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    $crate::error::OpsError::Invalid(format!("unknown {} {s:?}: use {}", $what, names.join(", ")))
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[macro_use]
pub mod kind;
pub mod account;
pub mod article;
pub mod audit;
pub mod billing;
pub mod calendar;
pub mod callback;
pub mod change;
pub mod corrective;
pub mod directory;
pub mod duty;
pub mod emergency;
pub mod escalation;
pub mod incident;
pub mod ledger;
pub mod message;
pub mod outage;
pub mod problem;
pub mod report;
pub mod request;
pub mod role;
pub mod sample;
pub mod service;
pub mod support;
pub mod time;
pub mod training;

pub use role::{Actor, Role};
