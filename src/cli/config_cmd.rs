//! `opsdesk config check|show`.

use anyhow::Result;
use clap::Subcommand;

use super::Ctx;

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Check the config file; exit 1 naming file, line and key when it is wrong
    Check,
    /// Print the effective configuration (defaults with the desk's file laid over)
    Show,
}

/// W2: this year, or from December on next year, missing from the working calendar.
fn calendar_gap(ctx: &Ctx) -> Option<String> {
    use chrono::Datelike;
    let cal = crate::domain::calendar::Calendar::from_config(&ctx.config);
    let today = cal.date_of(ctx.now);
    let mut years = vec![today.year()];
    if today.month() == 12 {
        years.push(today.year() + 1);
    }
    years.retain(|y| !cal.knows(*y));
    crate::domain::calendar::unknown_years_note(&years)
}

/// The config was loaded (and checked) before we got here: a broken file never reaches this.
pub fn run(ctx: &Ctx, cmd: &ConfigCmd) -> Result<()> {
    match cmd {
        ConfigCmd::Check => {
            let p = &ctx.paths.config;
            // Every template of the desk, rendered once with sample records: one opsdesk would
            // refuse (too big, unreadable, a variable no message has, a syntax error) fails
            // every message it writes. Checked before the file is called ok.
            let dir = ctx.paths.config_home().join("templates");
            let problems = crate::notify::samples::check(&ctx.config, Some(&dir), ctx.now);
            if let Some(note) = calendar_gap(ctx) {
                println!("warning: {note}");
            }
            if let Some(first) = problems.first() {
                for p in &problems[1..] {
                    eprintln!("opsdesk: {}", crate::text::sanitize_line(p));
                }
                return Err(crate::error::rule(first.clone()));
            }
            if p.exists() {
                println!("{}: ok", p.display());
            } else {
                println!("{}: not present; the built-in defaults apply", p.display());
            }
        }
        ConfigCmd::Show => {
            println!(
                "# effective configuration: built-in defaults + {}",
                ctx.paths.config.display()
            );
            print!("{}", toml::to_string_pretty(&ctx.config)?);
        }
    }
    Ok(())
}
