//! The shape of the house (issue 11), checked on the source itself: modules import each other one
//! way only, no file outgrows what one person reads at a sitting, and no kind of record is told
//! apart by matching its name as a string outside the registry and the store's encoding.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Module = Vec<String>;

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `src/ops/outbox/mod.rs` → `ops::outbox`; `src/lib.rs` → the crate root.
fn module_of(file: &Path) -> Module {
    let rel = file.strip_prefix(src()).unwrap().with_extension("");
    let mut m: Module = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
    if matches!(m.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        m.pop();
    }
    m
}

/// Code only: the `#[cfg(test)] mod tests` part of a file, and comments, are not imports.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every `a::b::c` path in `code`, and the items of `use a::b::{c, d}` groups as `a::b::c`.
fn paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = is_ident(chars[i]) && (i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == ':'));
        if !starts {
            i += 1;
            continue;
        }
        let mut parts = vec![String::new()];
        let mut j = i;
        loop {
            while j < chars.len() && is_ident(chars[j]) {
                parts.last_mut().unwrap().push(chars[j]);
                j += 1;
            }
            if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' {
                if is_ident(chars[j + 2]) {
                    parts.push(String::new());
                    j += 2;
                    continue;
                }
                if chars[j + 2] == '{' {
                    let end = chars[j + 3..]
                        .iter()
                        .position(|c| *c == '}')
                        .map_or(chars.len(), |p| j + 3 + p);
                    let group: String = chars[j + 3..end].iter().collect();
                    for item in group.split(',') {
                        let item = item
                            .trim()
                            .split(" as ")
                            .next()
                            .unwrap_or("")
                            .split("::")
                            .next()
                            .unwrap_or("");
                        if !item.is_empty() && item != "self" {
                            let mut p = parts.clone();
                            p.push(item.to_string());
                            out.push(p);
                        }
                    }
                }
            }
            break;
        }
        if parts.len() > 1 {
            out.push(parts);
        }
        i = j.max(i + 1);
    }
    out
}

/// The module graph: which module's code names which other module. A module naming its own
/// ancestors or descendants is not an edge (a parent declares its children, a child is part of
/// its parent); any other naming is.
fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    // Test modules (`tests.rs` beside a module) may use anything.
    let modules: BTreeMap<Module, PathBuf> = files
        .iter()
        .map(|f| (module_of(f), f.clone()))
        .filter(|(m, _)| m.last().is_none_or(|n| n != "tests"))
        .collect();
    let longest = |full: &[String]| -> Option<Module> {
        (1..=full.len())
            .rev()
            .map(|n| full[..n].to_vec())
            .find(|m| modules.contains_key(m))
    };
    let related = |a: &Module, b: &Module| a.starts_with(b) || b.starts_with(a);
    let mut edges = BTreeMap::new();
    for (m, file) in &modules {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let children: BTreeSet<&String> = modules
            .keys()
            .filter(|k| k.len() == m.len() + 1 && k.starts_with(m))
            .map(|k| &k[m.len()])
            .collect();
        let mut deps = BTreeSet::new();
        for p in paths(&code) {
            let full: Vec<String> = match p[0].as_str() {
                "crate" => p[1..].to_vec(),
                "self" => m.iter().chain(&p[1..]).cloned().collect(),
                "super" => {
                    let ups = p.iter().take_while(|s| *s == "super").count();
                    let base = &m[..m.len().saturating_sub(ups)];
                    base.iter().chain(&p[ups..]).cloned().collect()
                }
                first if children.contains(&first.to_string()) => m.iter().chain(&p).cloned().collect(),
                _ => continue,
            };
            if let Some(target) = longest(&full)
                && !related(&target, m)
            {
                deps.insert(target);
            }
        }
        edges.insert(m.clone(), deps);
    }
    edges
}

/// The graph with every module cut to its first `depth` names (`ops::outbox::compose` is
/// `ops::outbox` at depth 2).
fn grouped(edges: &BTreeMap<Module, BTreeSet<Module>>, depth: usize) -> BTreeMap<Module, BTreeSet<Module>> {
    let cut = |m: &Module| m.iter().take(depth).cloned().collect::<Module>();
    let mut out: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (a, deps) in edges {
        let ga = cut(a);
        let entry = out.entry(ga.clone()).or_default();
        for b in deps {
            let gb = cut(b);
            if !(ga.starts_with(&gb) || gb.starts_with(&ga)) {
                entry.insert(gb);
            }
        }
    }
    out
}

/// A cycle, as the modules along it, if there is one.
fn a_cycle(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Option<Vec<Module>> {
    fn visit(
        m: &Module,
        edges: &BTreeMap<Module, BTreeSet<Module>>,
        state: &mut BTreeMap<Module, u8>,
        stack: &mut Vec<Module>,
    ) -> Option<Vec<Module>> {
        state.insert(m.clone(), 1);
        stack.push(m.clone());
        for d in edges.get(m).into_iter().flatten() {
            match state.get(d) {
                Some(1) => {
                    let from = stack.iter().position(|x| x == d).unwrap_or(0);
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(d.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(d, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(m.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in edges.keys() {
        if !state.contains_key(m)
            && let Some(c) = visit(m, edges, &mut state, &mut Vec::new())
        {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_modules_of_src_import_each_other_one_way_only() {
    let edges = graph();
    assert!(
        edges.contains_key(&vec!["ops".to_string(), "incidents".to_string()]),
        "the graph was read"
    );
    for (what, g) in [
        ("files", edges.clone()),
        ("modules such as ops::outbox", grouped(&edges, 2)),
        ("top-level modules", grouped(&edges, 1)),
    ] {
        if let Some(cycle) = a_cycle(&g) {
            let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            panic!("a cycle among the {what} of src/: {}", names.join(" -> "));
        }
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let m = |s: &str| s.split("::").map(String::from).collect::<Module>();
    let mut g: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    g.entry(m("ops::a")).or_default().insert(m("ops::b"));
    g.entry(m("ops::b")).or_default().insert(m("ops::c::x"));
    g.entry(m("ops::c::x")).or_default().insert(m("ops::a"));
    assert!(a_cycle(&g).is_some());
    g.get_mut(&m("ops::c::x")).unwrap().clear();
    assert!(a_cycle(&g).is_none());
    assert_eq!(
        paths("use super::{Call, Desk};\nlet x = crate::store::audit::append(conn);"),
        vec![
            vec!["super".to_string(), "Call".into()],
            vec!["super".to_string(), "Desk".into()],
            vec!["crate".to_string(), "store".into(), "audit".into(), "append".into()],
        ]
    );
}

#[test]
fn no_source_file_is_over_600_lines() {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter(|f| f.file_name().is_some_and(|n| n != "tests.rs"))
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > 600).then(|| format!("{} ({n} lines)", f.strip_prefix(src()).unwrap().display()))
        })
        .collect();
    assert!(long.is_empty(), "split these by what they hold: {long:?}");
}

/// The same words naming something else: (file, pattern).
const ALLOWED: &[(&str, &str)] = &[
    // `billing report --kind check|deadline`: which report, not which record.
    ("ops/billing/reports.rs", "\"check\" =>"),
];

#[test]
fn no_kind_of_record_is_told_apart_by_its_name_outside_the_registry_and_the_store() {
    const WORDS: &[&str] = &[
        "incident",
        "duty",
        "change",
        "run",
        "check",
        "anomaly",
        "round_end",
        "message",
        "user",
        "dept",
        "request",
        "account",
        "person_change",
        "export",
    ];
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let mut found = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(src()).unwrap().to_string_lossy().into_owned();
        // The store encodes kinds as their words; the kind's own module defines them.
        if rel.starts_with("store/") || rel == "domain/kind.rs" || rel == "ops/kinds.rs" {
            continue;
        }
        let code = code_of(&std::fs::read_to_string(f).unwrap());
        for w in WORDS {
            for pattern in [
                format!("\"{w}\" =>"),
                format!("\"{w}\" |"),
                format!("== \"{w}\""),
                format!("kind: \"{w}\""),
            ] {
                if code.contains(&pattern) && !ALLOWED.contains(&(rel.as_str(), pattern.as_str())) {
                    found.push(format!("{rel}: {pattern}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "kinds matched by name: {found:#?}");
}
