//! Where files live and what they say: paths (flag > environment > XDG), the TOML settings, and
//! the errors that name file, line and key.

pub mod paths;
mod policies;
pub mod settings;
pub mod toml_error;

pub use paths::Paths;
pub use settings::Config;
