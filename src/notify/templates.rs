//! Notices and reports rendered from Markdown templates by a real template engine (minijinja):
//! loops, conditionals, macros, and strict variables, so a template that names a variable its
//! context does not have is an error with its file and line, never a message with a hole. The
//! built-in templates are in `assets/templates/` (their variables: `assets/templates/README.md`);
//! a file of the same name in `<config dir>/templates/` replaces one.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};
use minijinja::value::{Enumerator, Object, ObjectRepr, Serde, Value, ValueKind};
use minijinja::{AutoEscape, Environment, ErrorKind, UndefinedBehavior, syntax::SyntaxConfig};
use serde::Serialize;

mod built_in;
use built_in::BUILT_IN;

/// The names of the built-in templates, each of which a desk may replace.
pub fn built_in_names() -> impl Iterator<Item = &'static str> {
    BUILT_IN.iter().map(|(n, _)| *n)
}

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

/// The work one rendering may do (instructions, and about 64 bytes of text each): a notice
/// needs a few thousand; a template that loops without end is stopped in well under a second.
const FUEL: u64 = 2_000_000;

/// A list of names for a template to loop over or join; printed as it is (`{{ to }}`), it reads
/// as the names joined by `sep`, as the placeholders of older desk templates did.
#[derive(Debug)]
pub struct Listing {
    items: Vec<String>,
    sep: &'static str,
}

impl Listing {
    pub fn value(items: Vec<String>, sep: &'static str) -> Value {
        Value::from_object(Listing { items, sep })
    }
}

impl Object for Listing {
    fn repr(self: &Arc<Self>) -> ObjectRepr {
        ObjectRepr::Seq
    }

    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.items.get(key.as_usize()?).map(|s| Value::from(s.as_str()))
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Seq(self.items.len())
    }

    fn render(self: &Arc<Self>, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.items.join(self.sep))
    }
}

/// The output of a rendering, which refuses more once past [`MAX_MESSAGE_BYTES`].
#[derive(Default)]
struct Bounded {
    text: String,
    full: bool,
}

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.text.len() > MAX_MESSAGE_BYTES {
            self.full = true;
            return Err(std::io::Error::other("the message is too long"));
        }
        // The engine writes whole strings, so a chunk never splits a character.
        self.text.push_str(&String::from_utf8_lossy(buf));
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Print a value, refusing what would put a hole in the text: nothing (`none`), or a whole list
/// or record printed as data rather than looped over.
fn formatter(out: &mut minijinja::Output, state: &mut minijinja::State, value: &Value) -> Result<(), minijinja::Error> {
    let hole = match value.kind() {
        ValueKind::None | ValueKind::Undefined => Some("nothing (none)"),
        ValueKind::Map | ValueKind::Iterable | ValueKind::Plain => Some("a record"),
        ValueKind::Seq if value.downcast_object_ref::<Listing>().is_none() => Some("a list"),
        _ => None,
    };
    if let Some(what) = hole {
        return Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            format!("prints {what}: test it with if, or loop over it"),
        ));
    }
    minijinja::escape_formatter(out, state, value)
}

/// The engine as every template is rendered: Markdown and plain text, so no auto-escaping;
/// block tags take their line with them; strict about variables; `{% include %}` and
/// `{% import %}` find other templates by file name, the desk's first.
fn environment(dir: Option<&Path>) -> Result<Environment<'static>> {
    let mut env = Environment::new();
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .context("the template syntax")?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_formatter(formatter);
    env.set_fuel(Some(FUEL));
    // Errors name the variable that is not defined.
    env.set_debug(true);
    let dir = dir.map(Path::to_path_buf);
    env.set_loader(move |name| {
        // A file name of the templates, never a path out of them.
        if name.contains(['/', '\\']) || name.starts_with('.') {
            return Ok(None);
        }
        match dir.as_deref().map(|d| d.join(name)).filter(|p| p.exists()) {
            Some(p) => read_bounded(&p)
                .map(Some)
                .map_err(|e| minijinja::Error::new(ErrorKind::InvalidOperation, format!("{e:#}"))),
            None => Ok(BUILT_IN.iter().find(|(n, _)| *n == name).map(|(_, t)| t.to_string())),
        }
    });
    Ok(env)
}

/// A template error as the desk reads it: which file, which line, what.
fn template_error(e: &minijinja::Error, name: &str, dir: Option<&Path>) -> anyhow::Error {
    let file = e.name().unwrap_or(name);
    let file = match dir.map(|d| d.join(file)).filter(|p| p.exists()) {
        Some(p) => format!("template {}", p.display()),
        None => format!("the built-in template {file}"),
    };
    let what = match (e.kind(), e.detail()) {
        (ErrorKind::OutOfFuel, _) => "the template does too much work (a loop without end?)".to_string(),
        (ErrorKind::UndefinedError, None) => "unknown variable".to_string(),
        (ErrorKind::UndefinedError, Some(d)) => format!("unknown variable: {d}"),
        (kind, Some(d)) => format!("{kind}: {d}"),
        (kind, None) => kind.to_string(),
    };
    let at = e.line().map(|l| format!(", line {l}")).unwrap_or_default();
    crate::error::rule(format!("{file}{at}: {what}"))
}

/// Render the template `name` (`c7.zh-CN.md`: the desk's own when `dir` holds one, else the
/// built-in) with the values of `ctx`. A template error (a variable its context does not have,
/// a syntax error, a loop without end) names the file and line. Rendering stops, saying so,
/// once the text passes [`MAX_MESSAGE_BYTES`]: a message that long is refused by its caller
/// (see [`too_long`]), and a preview shows where it was cut.
pub fn render<C: Serialize>(name: &str, dir: Option<&Path>, ctx: &C) -> Result<String> {
    let text = load(name, dir)?;
    let env = environment(dir)?;
    let template = env
        .template_from_named_str(name, &text)
        .map_err(|e| template_error(&e, name, dir))?;
    let mut out = Bounded::default();
    match template.render_captured_to(Value::from(Serde(ctx)), &mut out) {
        Ok(_) => Ok(out.text),
        Err(_) if out.full => {
            out.text.push_str(CUT);
            Ok(out.text)
        }
        Err(e) => Err(template_error(&e, name, dir)),
    }
}

/// For tests: `call` (`w.span(m)`) rendered with the built-in words of `lang` and `ctx`.
#[cfg(test)]
pub(crate) fn words<C: Serialize>(lang: &str, call: &str, ctx: &C) -> String {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let text = format!("{{% import \"words.{lang}.md\" as w %}}{{{{ {call} }}}}");
    std::fs::write(dir.path().join("call.md"), text).expect("writing the test template");
    render("call.md", Some(dir.path()), ctx).expect("rendering the test template")
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

    /// A desk's templates directory holding `files`.
    fn desk(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    #[derive(Serialize)]
    struct Ctx {
        title: String,
        to: Value,
        missing: Option<String>,
    }

    fn ctx() -> Ctx {
        Ctx {
            title: "计费升级".into(),
            to: Listing::value(vec!["赵敏".into(), "Sun Li".into()], "; "),
            missing: None,
        }
    }

    #[test]
    fn values_fill_loops_and_conditionals_and_a_list_prints_as_its_names() {
        let d = desk(&[(
            "x.md",
            "变更：{{ title }}\n{% for p in to %}\n- {{ p }}\n{% endfor %}\n{% if missing %}\nnever\n{% endif %}\n{{ to }}\n",
        )]);
        assert_eq!(
            render("x.md", Some(d.path()), &ctx()).unwrap(),
            "变更：计费升级\n- 赵敏\n- Sun Li\n赵敏; Sun Li\n"
        );
    }

    #[test]
    fn an_unknown_variable_is_an_error_naming_the_file_and_line() {
        let d = desk(&[("x.md", "变更：{{ title }}\n\n{{ nope }}。\n")]);
        let e = render("x.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        let file = d.path().join("x.md").display().to_string();
        assert!(e.contains(&file) && e.contains("line 3") && e.contains("nope"), "{e}");
        // In a template it imports too, and a syntax error.
        let d = desk(&[
            ("x.md", "{% import \"w.md\" as w %}\n{{ w.none() }}\n"),
            ("w.md", "{% macro none() %}\n{{ nothing }}\n{% endmacro %}\n"),
            ("y.md", "a\n{% if %}\n"),
        ]);
        let e = render("x.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        assert!(e.contains("w.md") && e.contains("line 2"), "{e}");
        let e = render("y.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        assert!(e.contains("y.md, line 2") && e.contains("syntax error"), "{e}");
    }

    #[test]
    fn nothing_or_a_record_printed_as_it_is_is_an_error_not_a_hole() {
        let d = desk(&[("x.md", "{{ title }}\n{{ missing }}\n"), ("y.md", "{{ [1, 2] }}\n")]);
        let e = render("x.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        assert!(e.contains("line 2") && e.contains("none"), "{e}");
        let e = render("y.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        assert!(e.contains("a list"), "{e}");
    }

    #[test]
    fn a_template_that_never_ends_is_stopped() {
        let d = desk(&[(
            "x.md",
            "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}",
        )]);
        let e = render("x.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        assert!(e.contains("x.md, line 1") && e.contains("too much work"), "{e}");
    }

    #[test]
    fn an_include_stays_among_the_templates() {
        let d = desk(&[("x.md", "{% include \"../x.md\" %}\n")]);
        let e = render("x.md", Some(d.path()), &ctx()).unwrap_err().to_string();
        assert!(e.contains("template not found"), "{e}");
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
        #[derive(Serialize)]
        struct Big {
            d: String,
        }
        let v = Big {
            d: "说明".repeat(5_000),
        };
        let d = desk(&[("big.md", &"{{d}}".repeat(10_000)), ("small.md", "{{d}}")]);
        let out = render("big.md", Some(d.path()), &v).unwrap();
        assert!(out.len() < MAX_MESSAGE_BYTES + 64 * 1024, "{}", out.len());
        assert!(out.ends_with(CUT));
        let e = too_long(&out, "templates/report.en.md").unwrap_err().to_string();
        assert!(e.contains("templates/report.en.md") && e.contains("256 KiB"), "{e}");
        assert!(too_long(&render("small.md", Some(d.path()), &v).unwrap(), "x").is_ok());
    }

    #[test]
    fn every_built_in_template_loads() {
        for (name, _) in BUILT_IN {
            assert!(!load(name, None).unwrap().is_empty());
        }
    }
}
