//! Man pages (clap_mangen) and shell completions (clap_complete), made from the command line's
//! own definition: `opsdesk completions SHELL` prints one; the hidden `opsdesk manpages DIR`
//! writes a page per command and subcommand. The package's are made by the release binary at
//! package time (`.ci/run`, the README's "Installing it"), so they always match it.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, CommandFactory};

use super::Cli;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct ManpagesArgs {
    /// The directory to write `opsdesk.1`, `opsdesk-incident.1`, `opsdesk-incident-new.1` … to
    pub dir: PathBuf,
}

/// Every man page: its file name and its roff, the whole command first, then by name.
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut roff = Vec::new();
        man.render(&mut roff)?;
        out.push((man.get_filename(), roff));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out)?;
        }
        Ok(())
    }
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    walk(&cmd, &mut out)?;
    out[1..].sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// The completion script of `shell`.
pub fn completion(shell: clap_complete::Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "opsdesk", &mut out);
    out
}

pub fn completions(a: &CompletionsArgs) -> Result<()> {
    use std::io::Write;
    std::io::stdout().write_all(&completion(a.shell))?;
    Ok(())
}

pub fn manpages(a: &ManpagesArgs) -> Result<()> {
    std::fs::create_dir_all(&a.dir).with_context(|| format!("cannot create {}", a.dir.display()))?;
    let pages = man_pages()?;
    for (name, roff) in &pages {
        let path = a.dir.join(name);
        std::fs::write(&path, roff).with_context(|| format!("cannot write {}", path.display()))?;
    }
    println!("wrote {} man pages to {}", pages.len(), a.dir.display());
    Ok(())
}
