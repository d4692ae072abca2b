//! Broken configuration is refused naming the file, the line and the key (exit 1).

mod common;

use common::Desk;

#[test]
fn broken_config_names_file_line_and_key() {
    let cases = [
        ("[escalation\nmanager_minutes = 15\n", 1, "escalation"),
        (
            "[escalation]\nmanager_minutes = 15\nmanagr_minutes = 20\n",
            3,
            "escalation.managr_minutes",
        ),
        (
            "[desk]\nname = \"x\"\n[escalation]\nmanager_minutes = \"fifteen\"\n",
            4,
            "escalation.manager_minutes",
        ),
        ("[desk]\nzone = \"Asia/Nowhere\"\n", 2, "desk.zone"),
    ];
    for (text, line, key) in cases {
        let d = Desk::init();
        d.write_config(text);
        for args in [&["config", "check"][..], &["incident", "list"][..], &[][..]] {
            let err = d.fails(1, args);
            let file = d.config.display().to_string();
            assert!(err.contains(&format!("{file}:{line}:")), "{text:?} {args:?}: {err}");
            assert!(err.contains(key), "{text:?}: {err}");
        }
    }
}

#[test]
fn config_overrides_and_show() {
    let d = Desk::init();
    d.write_config("[escalation]\nsupervisor_minutes = 10\n");
    assert!(d.ok(&["config", "check"]).contains(": ok"));
    let shown = d.ok(&["config", "show"]);
    assert!(shown.contains("supervisor_minutes = 10"));
    assert!(shown.contains("manager_minutes = 15"));
    let id = d.new_incident("t", "-6m").to_string();
    assert_eq!(
        d.json(&["incident", "show", &id])["escalation_level"],
        "none",
        "the ladder follows the config"
    );
}

#[test]
fn a_named_config_file_must_exist() {
    let d = Desk::init();
    std::fs::remove_file(&d.config).unwrap();
    let err = d.fails(1, &["config", "check"]);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn a_broken_keymap_stops_the_console_with_file_line_and_key() {
    let cases = [
        ("[keys]\ndown = \"j\"\nfly = \"f\"\n", "keymap.toml:3:", "keys.fly"),
        (
            "[keys]\ndown = \"j\"\nup = [\"k\", \"j\"]\n",
            "keymap.toml:3:",
            "bound twice",
        ),
    ];
    for (text, place, what) in cases {
        let d = Desk::demo("operator");
        std::fs::write(d.path().join("keymap.toml"), text).unwrap();
        let err = d.fails(1, &[]);
        assert!(err.contains(place) && err.contains(what), "{err}");
    }
}

#[test]
fn the_console_needs_a_terminal() {
    let d = Desk::demo("operator");
    let err = d.fails(1, &[]);
    assert!(err.contains("needs a terminal"), "{err}");
}
