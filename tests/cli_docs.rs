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

/// What `opsdesk manpages` and `opsdesk completions` make now, file by file, against what
/// debian/generated/ holds for a plain `cargo deb` to package. With OPSDESK_UPDATE_GENERATED=1
/// the kept files are rewritten instead.
#[test]
fn the_packages_man_pages_and_completions_are_the_binarys_own() {
    let d = Desk::empty();
    let made = d.path().join("generated");
    d.ok(&["manpages", made.join("man").to_str().unwrap()]);
    std::fs::create_dir_all(made.join("completions")).unwrap();
    for shell in ["bash", "zsh", "fish"] {
        let out = d.ok(&["completions", shell]);
        std::fs::write(made.join("completions").join(format!("opsdesk.{shell}")), out).unwrap();
    }
    let kept = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("debian/generated");
    let files = |root: &std::path::Path| -> std::collections::BTreeMap<String, String> {
        let mut all = std::collections::BTreeMap::new();
        for sub in ["man", "completions"] {
            for e in std::fs::read_dir(root.join(sub))
                .into_iter()
                .flatten()
                .map(Result::unwrap)
            {
                let name = format!("{sub}/{}", e.file_name().to_string_lossy());
                all.insert(name, std::fs::read_to_string(e.path()).unwrap());
            }
        }
        all
    };
    let (now, before) = (files(&made), files(&kept));
    if now == before {
        return;
    }
    if std::env::var("OPSDESK_UPDATE_GENERATED").is_ok_and(|v| v == "1") {
        let _ = std::fs::remove_dir_all(&kept);
        for (name, text) in &now {
            let path = kept.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        return;
    }
    let differ: std::collections::BTreeSet<&String> = now
        .keys()
        .chain(before.keys())
        .filter(|k| now.get(*k) != before.get(*k))
        .collect();
    panic!(
        "debian/generated/ no longer matches the binary ({} files differ, first {:?}): \
         OPSDESK_UPDATE_GENERATED=1 cargo test --test cli_docs rewrites it",
        differ.len(),
        differ.first()
    );
}
