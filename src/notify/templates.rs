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

/// The largest template file opsdesk reads: a notice is a page or two; a bigger file is a
/// mistake (or a trap) that would make every message it writes as big.
pub const MAX_TEMPLATE_BYTES: u64 = 64 * 1024;

/// The largest message a template may render to (its placeholders filled): far beyond any notice,
/// well below what makes a mail server, a gateway or a send take minutes.
pub const MAX_MESSAGE_BYTES: usize = 256 * 1024;

/// `1.5 MiB`, `300 KiB`, `812 bytes`.
pub fn size_words(n: u64) -> String {
    match n {
        n if n >= 1024 * 1024 => format!("{:.1} MiB", n as f64 / (1024.0 * 1024.0)),
        n if n >= 1024 => format!("{} KiB", n.div_ceil(1024)),
        n => format!("{n} bytes"),
    }
}

/// Where the template `name` comes from: the desk's file when `dir` holds one, else the built-in.
pub fn source(name: &str, dir: Option<&Path>) -> String {
    match dir.map(|d| d.join(name)).filter(|p| p.exists()) {
        Some(p) => p.display().to_string(),
        None => format!("the built-in template {name}"),
    }
}

/// Read the desk's template at `p`: a regular file (a FIFO would block the sender) of at most
/// [`MAX_TEMPLATE_BYTES`].
fn read_bounded(p: &Path) -> Result<String> {
    use std::io::Read;
    let meta = std::fs::metadata(p).with_context(|| format!("reading template {}", p.display()))?;
    if !meta.is_file() {
        anyhow::bail!("template {} is not a regular file", p.display());
    }
    let too_big = |n: u64| {
        anyhow::anyhow!(
            "template {} is {}; a template may be at most {}",
            p.display(),
            size_words(n),
            size_words(MAX_TEMPLATE_BYTES)
        )
    };
    if meta.len() > MAX_TEMPLATE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut text = String::new();
    std::fs::File::open(p)
        .and_then(|f| f.take(MAX_TEMPLATE_BYTES + 1).read_to_string(&mut text))
        .with_context(|| format!("reading template {}", p.display()))?;
    // It grew between the look and the read.
    if text.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(too_big(text.len() as u64));
    }
    Ok(text)
}

/// The template `name` (`c7.zh-CN.md`): the desk's own when `dir` holds one, else the built-in.
pub fn load(name: &str, dir: Option<&Path>) -> Result<String> {
    if let Some(dir) = dir {
        let p = dir.join(name);
        if p.exists() {
            return read_bounded(&p);
        }
    }
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| t.to_string())
        .with_context(|| format!("no template {name}"))
}

/// The desk's templates in `dir` that opsdesk would refuse (`opsdesk config check`): too big, or
/// not a file it can read.
pub fn check_dir(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut problems: Vec<String> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .filter_map(|p| read_bounded(&p).err().map(|e| format!("{e:#}")))
        .collect();
    problems.sort();
    problems
}

/// What [`render`] adds where it stopped: past [`MAX_MESSAGE_BYTES`], visibly.
const CUT: &str = "\n\n[cut: the text is longer than opsdesk renders]\n";

/// Fill `{{name}}` placeholders. A placeholder with no value is left visible, so a template
/// asking for something that does not exist shows it rather than hiding it. Rendering stops,
/// saying so, once the text passes [`MAX_MESSAGE_BYTES`]: a message that long is refused by its
/// caller (see [`too_long`]), and a preview shows where it was cut.
pub fn render(template: &str, values: &BTreeMap<&str, String>) -> String {
    let mut out = String::with_capacity(template.len().min(MAX_MESSAGE_BYTES));
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
        if out.len() > MAX_MESSAGE_BYTES {
            out.push_str(CUT);
            return out;
        }
    }
    out.push_str(rest);
    out
}

/// Refuse a rendered text over [`MAX_MESSAGE_BYTES`], naming the template it came from.
pub fn too_long(rendered: &str, template: &str) -> Result<()> {
    if rendered.len() <= MAX_MESSAGE_BYTES {
        return Ok(());
    }
    Err(crate::error::invalid(format!(
        "the message rendered from {template} is longer than {}: shorten the template",
        size_words(MAX_MESSAGE_BYTES as u64)
    )))
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
    fn i21_20_a_template_past_the_limit_is_refused_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("report.en.md");
        std::fs::write(&big, "x".repeat(MAX_TEMPLATE_BYTES as usize + 1)).unwrap();
        let e = format!("{:#}", load("report.en.md", Some(dir.path())).unwrap_err());
        assert!(
            e.contains(&big.display().to_string()) && e.contains("at most 64 KiB"),
            "{e}"
        );
        assert_eq!(check_dir(dir.path()).len(), 1, "config check names it too");
        std::fs::write(&big, "x".repeat(MAX_TEMPLATE_BYTES as usize)).unwrap();
        assert!(
            load("report.en.md", Some(dir.path())).is_ok(),
            "the limit itself is fine"
        );
        assert!(check_dir(dir.path()).is_empty());
    }

    #[test]
    fn i21_20_rendering_stops_past_the_message_limit() {
        let mut v = BTreeMap::new();
        v.insert("d", "说明".repeat(5_000));
        let template = "{{d}}".repeat(10_000);
        let out = render(&template, &v);
        assert!(out.len() < MAX_MESSAGE_BYTES + 64 * 1024, "{}", out.len());
        assert!(out.ends_with(CUT));
        let e = too_long(&out, "templates/report.en.md").unwrap_err().to_string();
        assert!(e.contains("templates/report.en.md") && e.contains("256 KiB"), "{e}");
        assert!(too_long(&render("{{d}}", &v), "x").is_ok());
    }

    #[test]
    fn every_built_in_template_loads() {
        for (name, _) in BUILT_IN {
            assert!(!load(name, None).unwrap().is_empty());
        }
    }
}
