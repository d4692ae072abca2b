//! Where files live and what they say: paths (flag > environment > XDG), the TOML settings, and
//! the errors that name file, line and key.

mod layers;
pub mod paths;
mod policies;
pub mod settings;
pub mod toml_error;
pub mod trusted;

pub use layers::Layers;
pub use paths::Paths;
pub use settings::Config;
