//! The config's layers with real files and the real binary: the system's file (here a temporary
//! one: debug builds take `$OPSDESK_TEST_SYSTEM_CONFIG` for `/etc/opsdesk/config.toml`), the
//! user's `<config dir>/config.toml` over it key by key, or the one file `--config` /
//! `$OPSDESK_CONFIG` names; and the database the config names.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A host with a system config directory and a user's home, both temporary.
struct Host {
    dir: tempfile::TempDir,
}

impl Host {
    fn new() -> Host {
        let h = Host {
            dir: tempfile::tempdir().unwrap(),
        };
        std::fs::create_dir_all(h.system().parent().unwrap()).unwrap();
        std::fs::create_dir_all(h.user().parent().unwrap()).unwrap();
        h
    }
    fn system(&self) -> PathBuf {
        self.dir.path().join("etc/opsdesk/config.toml")
    }
    fn user(&self) -> PathBuf {
        self.dir.path().join("home/.config/opsdesk/config.toml")
    }
    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }
    /// opsdesk with no OPSDESK_DB nor OPSDESK_CONFIG: what `ssh host opsdesk` runs.
    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(common::BIN);
        c.args(args)
            .env_remove("OPSDESK_DB")
            .env_remove("OPSDESK_CONFIG")
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            .env_remove("LANG")
            .env("HOME", self.home())
            .env("OPSDESK_TEST_SYSTEM_CONFIG", self.system());
        c
    }
    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "opsdesk {args:?}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "opsdesk {args:?} should fail");
        String::from_utf8(out.stderr).unwrap()
    }
}

fn write(p: &Path, text: &str) {
    std::fs::write(p, text).unwrap();
}

/// The line of `config show` for `key`.
fn shown<'a>(show: &'a str, key: &str) -> &'a str {
    show.lines()
        .find(|l| l.starts_with(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("{key} not shown:\n{show}"))
}

#[test]
fn the_users_file_overlays_the_system_file_key_by_key_and_show_names_the_file_of_each_value() {
    let h = Host::new();
    write(
        &h.system(),
        "[desk]\nname = \"Shared desk\"\nbell = true\n\n[escalation]\nsupervisor_minutes = 4\n",
    );
    write(&h.user(), "# mine\n[desk]\nbell = false\n");
    let show = h.ok(&["config", "show"]);
    let (sys, user) = (h.system().display().to_string(), h.user().display().to_string());
    assert_eq!(
        shown(&show, "desk.name"),
        format!("desk.name = \"Shared desk\"    # {sys}:2")
    );
    assert_eq!(shown(&show, "desk.bell"), format!("desk.bell = false    # {user}:3"));
    assert_eq!(
        shown(&show, "escalation.supervisor_minutes"),
        format!("escalation.supervisor_minutes = 4    # {sys}:6")
    );
    assert!(shown(&show, "escalation.manager_minutes").ends_with("# built-in default"));
    assert!(
        show.starts_with(&format!(
            "# effective configuration: built-in defaults < {sys} < {user}\n"
        )),
        "{show}"
    );
    let check = h.ok(&["config", "check"]);
    assert!(
        check.contains(&format!("{sys}: ok")) && check.contains(&format!("{user}: ok")),
        "{check}"
    );
}

#[test]
fn a_file_named_by_config_or_the_environment_is_read_alone() {
    let h = Host::new();
    write(&h.system(), "[desk]\nname = \"Shared desk\"\n");
    write(&h.user(), "[desk]\nbell = false\n");
    let own = h.dir.path().join("own.toml");
    write(&own, "[desk]\nzone = \"UTC\"\n");
    for show in [
        h.ok(&["--config", own.to_str().unwrap(), "config", "show"]),
        String::from_utf8(
            h.cmd(&["config", "show"])
                .env("OPSDESK_CONFIG", &own)
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap(),
    ] {
        assert!(
            shown(&show, "desk.zone").ends_with(&format!("# {}:2", own.display())),
            "{show}"
        );
        assert!(shown(&show, "desk.name").ends_with("# built-in default"), "{show}");
        assert!(shown(&show, "desk.bell").ends_with("# built-in default"), "{show}");
    }
    // A named file must exist; the system's and the user's may be missing.
    let missing = h.dir.path().join("missing.toml");
    assert!(
        h.fails(&["--config", missing.to_str().unwrap(), "config", "show"])
            .contains("missing.toml")
    );
    std::fs::remove_file(h.system()).unwrap();
    std::fs::remove_file(h.user()).unwrap();
    assert!(h.ok(&["config", "show"]).contains("# not present: "));
}

#[test]
fn a_wrong_value_is_reported_in_the_file_that_set_it_with_line_and_key() {
    let h = Host::new();
    write(
        &h.system(),
        "[desk]\nname = \"Shared\"\n\n[escalation]\nmanager_minutes = \"soon\"\n",
    );
    write(&h.user(), "[desk]\nbell = false\n");
    let e = h.fails(&["config", "check"]);
    let at = |file: PathBuf, line: u32| format!("{}:{line}: key `", file.display());
    assert!(
        e.contains(&at(h.system(), 5)) && e.contains("escalation.manager_minutes"),
        "{e}"
    );

    // The user's file breaks a rule across keys (supervisor before manager): it is named.
    write(&h.system(), "[escalation]\nmanager_minutes = 15\n");
    write(&h.user(), "# mine\n\n[escalation]\nsupervisor_minutes = 20\n");
    let e = h.fails(&["incident", "list"]);
    assert!(
        e.contains(&at(h.user(), 4)) && e.contains("supervisor_minutes (20)"),
        "{e}"
    );

    // An unknown key in the user's file.
    write(&h.user(), "[desk]\nnmae = \"x\"\n");
    let e = h.fails(&["config", "show"]);
    assert!(e.contains(&at(h.user(), 2)) && e.contains("desk.nmae"), "{e}");
}

#[test]
fn the_database_is_the_one_the_config_names_and_db_or_opsdesk_db_override_it() {
    let h = Host::new();
    let shared = h.dir.path().join("srv/desk.db");
    std::fs::create_dir_all(shared.parent().unwrap()).unwrap();
    write(&h.system(), &format!("[desk]\ndatabase = \"{}\"\n", shared.display()));
    h.ok(&["init", "--name", "Admin"]);
    assert!(shared.exists(), "init wrote the database the system's config names");
    let show = h.ok(&["config", "show"]);
    assert!(
        show.contains(&format!(
            "# database: {} (from [desk] database in {})",
            shared.display(),
            h.system().display()
        )),
        "{show}"
    );
    h.ok(&["incident", "list"]);

    // A relative path is taken from the directory of the file that names it.
    write(&h.user(), "[desk]\ndatabase = \"mine.db\"\n");
    h.ok(&["init", "--name", "Admin"]);
    assert!(h.user().parent().unwrap().join("mine.db").exists());

    // --db and $OPSDESK_DB are overrides.
    let other = h.dir.path().join("other.db");
    h.ok(&["--db", other.to_str().unwrap(), "init", "--name", "Admin"]);
    assert!(other.exists());
    let out = h.cmd(&["config", "show"]).env("OPSDESK_DB", &other).output().unwrap();
    let show = String::from_utf8(out.stdout).unwrap();
    assert!(
        show.contains(&format!("# database: {} (from --db / $OPSDESK_DB)", other.display())),
        "{show}"
    );
}
