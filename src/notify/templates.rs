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
    ("b4.en.md", include_str!("../../assets/templates/b4.en.md")),
    ("b4.zh-CN.md", include_str!("../../assets/templates/b4.zh-CN.md")),
    ("b5.en.md", include_str!("../../assets/templates/b5.en.md")),
    ("b5.zh-CN.md", include_str!("../../assets/templates/b5.zh-CN.md")),
    ("b6.en.md", include_str!("../../assets/templates/b6.en.md")),
    ("b6.zh-CN.md", include_str!("../../assets/templates/b6.zh-CN.md")),
    ("c5.en.md", include_str!("../../assets/templates/c5.en.md")),
    ("c5.zh-CN.md", include_str!("../../assets/templates/c5.zh-CN.md")),
    ("c6.en.md", include_str!("../../assets/templates/c6.en.md")),
    ("c6.zh-CN.md", include_str!("../../assets/templates/c6.zh-CN.md")),
    ("report.en.md", include_str!("../../assets/templates/report.en.md")),
    (
        "report.zh-CN.md",
        include_str!("../../assets/templates/report.zh-CN.md"),
    ),
    (
        "broadcast.en.md",
        include_str!("../../assets/templates/broadcast.en.md"),
    ),
    (
        "broadcast.zh-CN.md",
        include_str!("../../assets/templates/broadcast.zh-CN.md"),
    ),
    ("recovery.en.md", include_str!("../../assets/templates/recovery.en.md")),
    (
        "recovery.zh-CN.md",
        include_str!("../../assets/templates/recovery.zh-CN.md"),
    ),
    (
        "explanation.en.md",
        include_str!("../../assets/templates/explanation.en.md"),
    ),
    (
        "explanation.zh-CN.md",
        include_str!("../../assets/templates/explanation.zh-CN.md"),
    ),
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

/// Markdown as plain text: headings underlined, tables aligned by display width (CJK counts
/// two), emphasis marks dropped.
pub fn to_plain(markdown: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let lines: Vec<&str> = markdown.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim_start().starts_with('|') {
            let mut rows: Vec<Vec<String>> = Vec::new();
            while i < lines.len() && lines[i].trim_start().starts_with('|') {
                let cells: Vec<String> = lines[i]
                    .trim()
                    .trim_matches('|')
                    .split('|')
                    .map(|c| c.trim().replace("**", ""))
                    .collect();
                let separator = cells
                    .iter()
                    .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')));
                if !separator {
                    rows.push(cells);
                }
                i += 1;
            }
            let n = rows.iter().map(Vec::len).max().unwrap_or(0);
            let widths: Vec<usize> = (0..n)
                .map(|c| {
                    rows.iter()
                        .filter_map(|r| r.get(c))
                        .map(|s| crate::text::width(s))
                        .max()
                        .unwrap_or(0)
                })
                .collect();
            for r in rows {
                let cells: Vec<String> = (0..n)
                    .map(|c| crate::text::fit(r.get(c).map_or("", String::as_str), widths[c]))
                    .collect();
                out.push(cells.join("  ").trim_end().to_string());
            }
            continue;
        }
        let level = line.chars().take_while(|c| *c == '#').count();
        if level > 0 && line[level..].starts_with(' ') {
            let title = line[level..].trim().replace("**", "");
            let rule = if level == 1 { "=" } else { "-" }.repeat(crate::text::width(&title));
            out.push(title);
            out.push(rule);
        } else {
            out.push(line.replace("**", ""));
        }
        i += 1;
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
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
    fn plain_text_aligns_tables_by_display_width() {
        let md =
            "# 检查报告\n\n| # | 项目 | 结果 |\n|---|---|---|\n| 1 | 话单采集 | ok |\n| 10 | reports | **anomaly** |\n";
        let t = to_plain(md);
        assert!(t.starts_with("检查报告\n========\n"), "{t}");
        let rows: Vec<&str> = t
            .lines()
            .filter(|l| l.contains("ok") || l.contains("anomaly") || l.contains("结果"))
            .collect();
        let col = |l: &str, s: &str| crate::text::width(&l[..l.find(s).unwrap()]);
        assert_eq!(col(rows[0], "结果"), col(rows[1], "ok"));
        assert_eq!(col(rows[1], "ok"), col(rows[2], "anomaly"));
        assert!(!t.contains('|') && !t.contains("**"));
    }

    #[test]
    fn every_built_in_template_loads() {
        for (name, _) in BUILT_IN {
            assert!(!load(name, None).unwrap().is_empty());
        }
    }
}
