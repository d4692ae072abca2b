//! The arguments every kind's `show` and step commands take, declared once so that they read the
//! same for incidents and changes (and the kinds to come).

use clap::Args;

#[derive(Args, Debug)]
pub struct ShowArgs {
    pub id: i64,
    #[arg(long)]
    pub json: bool,
}

/// Options every step takes.
#[derive(Args, Debug)]
pub struct StepArgs {
    pub id: i64,
    /// When it happened [default: now]
    #[arg(long, value_name = "TIME", allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Refuse (exit 4) unless the record is still at this version
    #[arg(long, value_name = "N")]
    pub if_version: Option<i64>,
    /// Print the record as JSON afterwards
    #[arg(long)]
    pub json: bool,
}

/// Accepting a record (an incident, a request): for yourself, or given to someone.
#[derive(Args, Debug)]
pub struct AcceptArgs {
    #[command(flatten)]
    pub step: StepArgs,
    /// Assign to this login instead of yourself (supervisor and above)
    #[arg(long, value_name = "LOGIN")]
    pub to: Option<String>,
}
