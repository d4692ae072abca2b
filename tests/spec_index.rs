//! The rule index (issue 11): every rule of the SPEC is named by a test, or is on the list of what
//! is not built yet with the issue that brings it. The list shrinks as kinds arrive; a rule that
//! gets a test must leave it, and a rule on it must not have one.

use std::path::{Path, PathBuf};

/// Rules with no test yet, and why.
const NOT_YET: &[(&str, &str)] = &[
    // I13 is named by its tests (the ledger's export and import, i13_…); its trends over time,
    // the Reports view's charts, are still to come with issue 15.
    (
        "A2",
        "the requests' export and R4 classifications came with issue 12 (r4_…, r8_… tests), the ledger's export without contacts with issue 15 (i13_…); the quality notices: issue 15",
    ),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The SPEC the desk is built to: the shared one where this checkout has it, else the copy in
/// `docs/`.
fn spec() -> String {
    let shared = root().join("../shared/SPEC.md");
    let path = if shared.exists() {
        shared
    } else {
        root().join("docs/SPEC.md")
    };
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `I6`, `C10`, … in the order the SPEC gives them: each rule is a list item `- I6 …`.
fn rule_ids(spec: &str) -> Vec<String> {
    spec.lines()
        .filter_map(|l| l.strip_prefix("- "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| {
            let mut c = w.chars();
            c.next().is_some_and(|x| x.is_ascii_uppercase()) && c.as_str().parse::<u32>().is_ok()
        })
        .map(String::from)
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The name of every function in the sources and tests (test names among them).
fn function_names() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("tests"), &mut files);
    let mut names = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for part in text.split("fn ").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.push(name);
            }
        }
    }
    names
}

/// A test names rule `id` when its name starts with it (`i6_…`) or holds it between underscores.
fn named(id: &str, names: &[String]) -> bool {
    let id = id.to_ascii_lowercase();
    let (start, inside) = (format!("{id}_"), format!("_{id}_"));
    names.iter().any(|n| n.starts_with(&start) || n.contains(&inside))
}

#[test]
fn every_rule_of_the_spec_is_named_by_a_test_or_said_to_be_not_yet_built() {
    let ids = rule_ids(&spec());
    assert!(ids.len() > 50, "the SPEC's rules were read: {ids:?}");
    let names = function_names();
    let waiting = |id: &str| NOT_YET.iter().any(|(r, _)| *r == id);
    let missing: Vec<&String> = ids.iter().filter(|id| !named(id, &names) && !waiting(id)).collect();
    assert!(
        missing.is_empty(),
        "rules no test names and not on NOT_YET: {missing:?}"
    );
    let stale: Vec<&(&str, &str)> = NOT_YET.iter().filter(|(id, _)| named(id, &names)).collect();
    assert!(stale.is_empty(), "rules now tested, take them off NOT_YET: {stale:?}");
    let unknown: Vec<&(&str, &str)> = NOT_YET.iter().filter(|(id, _)| !ids.iter().any(|i| i == id)).collect();
    assert!(
        unknown.is_empty(),
        "NOT_YET names rules the SPEC does not have: {unknown:?}"
    );
}

#[test]
fn a_rule_is_named_only_by_its_own_id() {
    let names = vec![
        "i6_supervisor_after_5_minutes".to_string(),
        "c10_life".into(),
        "i21_9_x".into(),
    ];
    assert!(named("I6", &names));
    assert!(named("C10", &names));
    assert!(!named("C1", &names), "c10 is not c1");
    assert!(!named("I2", &names), "i21 is not i2");
    assert_eq!(rule_ids("- I6 Escalation\n- not a rule\n- C10 Life"), ["I6", "C10"]);
}
