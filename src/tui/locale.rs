//! What the terminal and the locale must be for the console: a terminal that can draw it (not
//! `TERM=dumb`), and UTF-8. A GBK locale (common with Xshell and SecureCRT) turns every Chinese
//! word into mojibake; the console says so at start, in ASCII, which any encoding shows.

/// Why the console cannot draw on this terminal, when it cannot.
pub fn unusable_terminal(term: Option<&str>) -> Option<String> {
    match term.map(str::trim) {
        Some("dumb") => Some(
            // main's error printing puts `opsdesk: ` before it.
            "this terminal cannot show the console (TERM=dumb); set TERM=xterm-256color, \
             or use the commands (opsdesk incident list --open, opsdesk --help)"
                .into(),
        ),
        _ => None,
    }
}

/// The locale in force (`LC_ALL`, then `LC_CTYPE`, then `LANG`, the first one set), when it
/// names a character set other than UTF-8 (`zh_CN.GBK`, `zh_CN.GB18030`, `en_US.ISO-8859-1`).
pub fn non_utf8(lc_all: Option<&str>, lc_ctype: Option<&str>, lang: Option<&str>) -> Option<String> {
    let locale = [lc_all, lc_ctype, lang]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|l| !l.is_empty())?;
    let charset = locale.split_once('.')?.1;
    let charset = charset
        .split('@')
        .next()
        .unwrap_or(charset)
        .to_ascii_lowercase()
        .replace('-', "");
    (charset != "utf8").then(|| locale.to_string())
}

/// The UTF-8 locale to use instead of `locale`.
fn fixed(locale: &str) -> String {
    match locale.split_once('.') {
        Some((base, _)) => format!("{base}.UTF-8"),
        None => "zh_CN.UTF-8".into(),
    }
}

/// The console's title bar says it short: what is wrong and the fix.
pub fn short_warning(locale: &str) -> String {
    format!("{locale} is not UTF-8: export LANG={}", fixed(locale))
}

/// The warning for a non-UTF-8 `locale`, with the fix.
pub fn warning(locale: &str) -> String {
    let fixed = fixed(locale);
    format!(
        "Locale {locale} is not UTF-8: Chinese text will be garbled. Fix: export LANG={fixed} (and LC_ALL) \
         and set the terminal's encoding to UTF-8 (Xshell/SecureCRT: session > terminal > encoding)."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gbk_locale_is_named_with_its_fix_and_utf8_is_not() {
        assert_eq!(non_utf8(None, None, Some("zh_CN.GBK")).as_deref(), Some("zh_CN.GBK"));
        assert_eq!(
            non_utf8(None, Some("zh_CN.GB18030"), Some("en_US.UTF-8")).as_deref(),
            Some("zh_CN.GB18030")
        );
        assert_eq!(non_utf8(Some("zh_CN.UTF-8"), None, Some("zh_CN.GBK")), None);
        assert_eq!(non_utf8(None, None, Some("zh_CN.utf8")), None);
        assert_eq!(non_utf8(None, None, Some("C")), None);
        assert_eq!(non_utf8(None, None, None), None);
        assert_eq!(
            non_utf8(Some(""), None, Some("en_US.ISO-8859-1")).as_deref(),
            Some("en_US.ISO-8859-1")
        );
        let w = warning("zh_CN.GBK");
        assert!(w.contains("export LANG=zh_CN.UTF-8") && w.is_ascii(), "{w}");
        assert_eq!(
            short_warning("zh_CN.GBK"),
            "zh_CN.GBK is not UTF-8: export LANG=zh_CN.UTF-8"
        );
    }

    #[test]
    fn a_dumb_terminal_gets_one_line_with_the_way_out() {
        let said = unusable_terminal(Some("dumb")).unwrap();
        assert!(!said.contains('\n') && said.contains("TERM=dumb"));
        assert_eq!(unusable_terminal(Some("xterm-256color")), None);
        assert_eq!(unusable_terminal(None), None);
    }
}
