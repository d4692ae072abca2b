//! The man pages and completions the package installs, made by the binary itself.

mod common;

use common::Desk;

#[test]
fn manpages_writes_one_page_per_command_and_subcommand() {
    let d = Desk::empty();
    let dir = d.path().join("man");
    d.ok(&["manpages", dir.to_str().unwrap()]);
    let page = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(page("opsdesk.1").contains("operations desk"));
    assert!(page("opsdesk-engine.1").contains("SIGTERM"));
    assert!(page("opsdesk-incident-new.1").contains("received"));
    assert!(
        page("opsdesk-notify-test.1").contains(r"\-\-to"),
        "roff writes - as \\-"
    );
    // Hidden commands have none; every visible one does.
    assert!(!dir.join("opsdesk-manpages.1").exists());
    let n = std::fs::read_dir(&dir).unwrap().count();
    assert!(n > 50, "{n} pages");
}

#[test]
fn completions_are_printed_for_bash_zsh_and_fish() {
    let d = Desk::empty();
    for (shell, mark) in [
        ("bash", "complete -F _opsdesk"),
        ("zsh", "#compdef opsdesk"),
        ("fish", "complete -c opsdesk"),
    ] {
        let out = d.ok(&["completions", shell]);
        assert!(out.contains(mark), "{shell}: {}", &out[..200.min(out.len())]);
        assert!(out.contains("engine"), "{shell}");
    }
    d.fails(2, &["completions", "tcsh"]);
}
