//! `opsdesk config check|show`.

use anyhow::Result;
use clap::Subcommand;

use super::Ctx;

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Check the config files and the desk's templates; exit 1 naming file, line and key when
    /// something is wrong
    Check,
    /// Print the effective configuration, each key with the file and line that set it (built-in
    /// defaults < /etc/opsdesk/config.toml < your own, or the file --config names)
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
            // Every template of the desk, rendered once with sample records: one opsdesk would
            // refuse (too big, unreadable, a variable no message has, a syntax error) fails
            // every message it writes. Checked before the file is called ok.
            let problems = crate::notify::samples::check(&ctx.config, Some(&ctx.paths.templates), ctx.now);
            if let Some(note) = calendar_gap(ctx) {
                println!("warning: {note}");
            }
            if let Some(first) = problems.first() {
                for p in &problems[1..] {
                    eprintln!("opsdesk: {}", crate::text::sanitize_line(p));
                }
                return Err(crate::error::rule(first.clone()));
            }
            for p in &ctx.paths.looked_up {
                if ctx.paths.config_files.contains(p) {
                    println!("{}: ok", p.display());
                } else {
                    println!("{}: not present", p.display());
                }
            }
            if ctx.paths.config_files.is_empty() {
                println!("no config file: the built-in defaults apply");
            }
        }
        ConfigCmd::Show => {
            let files: Vec<String> = ctx.paths.config_files.iter().map(|p| p.display().to_string()).collect();
            println!(
                "# effective configuration: built-in defaults{}",
                files.iter().map(|f| format!(" < {f}")).collect::<String>()
            );
            for p in ctx
                .paths
                .looked_up
                .iter()
                .filter(|p| !ctx.paths.config_files.contains(p))
            {
                println!("# not present: {}", p.display());
            }
            println!(
                "# database: {} (from {})",
                ctx.paths.db.display(),
                crate::store::engine::scrub(&ctx.paths.db_origin(), &ctx.config.desk.database)
            );
            println!("# templates: {}", ctx.paths.templates.display());
            println!("# each key with the file and line that set it:");
            // A PostgreSQL URL in [desk] database may hold a password: never shown.
            let shown = crate::store::engine::scrub(&ctx.layers.show(&ctx.config)?, &ctx.config.desk.database);
            print!("{shown}");
        }
    }
    Ok(())
}
