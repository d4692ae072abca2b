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

/// The config was loaded (and checked) before we got here: a broken file never reaches this.
pub fn run(ctx: &Ctx, cmd: &ConfigCmd) -> Result<()> {
    match cmd {
        ConfigCmd::Check => {
            let p = &ctx.paths.config;
            if p.exists() {
                println!("{}: ok", p.display());
            } else {
                println!("{}: not present; the built-in defaults apply", p.display());
            }
            // The desk's own templates: one opsdesk would refuse fails every message it writes.
            let problems = crate::notify::templates::check_dir(&ctx.paths.config_home().join("templates"));
            if let Some(first) = problems.first() {
                for p in &problems[1..] {
                    eprintln!("opsdesk: {}", crate::text::sanitize_line(p));
                }
                return Err(crate::error::rule(first.clone()));
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
