//! Notices rendered from Markdown templates with `{{name}}` placeholders. The built-in ones are
//! in `assets/templates/`; a file of the same name in `<config dir>/templates/` replaces one.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};

const BUILT_IN: &[(&str, &str)] = &[
    ("c7.en.md", include_str!("../../assets/templates/c7.en.md")),
    ("c7.zh-CN.md", include_str!("../../assets/templates/c7.zh-CN.md")),
    ("c8.en.md", include_str!("../../assets/templates/c8.en.md")),
    ("c8.zh-CN.md", include_str!("../../assets/templates/c8.zh-CN.md")),
    ("c9.en.md", include_str!("../../assets/templates/c9.en.md")),
    ("c9.zh-CN.md", include_str!("../../assets/templates/c9.zh-CN.md")),
];

/// The template `name` (`c7.zh-CN.md`): the desk's own when `dir` holds one, else the built-in.
pub fn load(name: &str, dir: Option<&Path>) -> Result<String> {
    if let Some(dir) = dir {
        let p = dir.join(name);
        if p.exists() {
            return std::fs::read_to_string(&p).with_context(|| format!("reading template {}", p.display()));
        }
    }
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.to_string())
        .with_context(|| format!("no template {name}"))
}

/// Fill `{{name}}` placeholders. A placeholder with no value is left visible, so a template
/// asking for something that does not exist shows it rather than hiding it.
pub fn render(template: &str, values: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        match after.find("}}") {
            Some(close) => {
                let key = after[..close].trim();
                match values.get(key) {
                    Some(v) => out.push_str(v),
                    None => out.push_str(&rest[open..open + 4 + close]),
                }
                rest = &after[close + 2..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_fill_and_unknown_ones_stay_visible() {
        let mut v = BTreeMap::new();
        v.insert("title", "计费升级".to_string());
        assert_eq!(
            render("变更：{{title}}，{{ nope }}。", &v),
            "变更：计费升级，{{ nope }}。"
        );
        assert_eq!(render("open {{ brace", &v), "open {{ brace");
    }

    #[test]
    fn every_built_in_template_loads() {
        for (name, _) in BUILT_IN {
            assert!(!load(name, None).unwrap().is_empty());
        }
    }
}
