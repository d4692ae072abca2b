//! Text rules: what is stored (NFC, bounded length) and what reaches a terminal (no control
//! characters, measured by display width).
//!
//! Text arrives from phones, mail and monitoring systems. Anything that could drive the terminal
//! (ESC sequences, BEL, carriage returns, C1 controls, bidi overrides) is shown as inert, visible
//! text instead: `ESC` becomes `^[`, U+202E becomes `<U+202E>`.

use unicode_normalization::UnicodeNormalization;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The marker put where text was cut to fit. ASCII on purpose: `…` is ambiguous-width in CJK
/// terminals and would break column alignment.
pub const ELLIPSIS: &str = "~";

/// Normalise text for storage: NFC, and trimmed of surrounding whitespace.
pub fn normalize(s: &str) -> String {
    s.trim().nfc().collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Invisible formatting characters (Unicode Cf, and the line and paragraph separators): a name
/// holding one looks like another name, or breaks a line where none shows.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{2060}'..='\u{2064}'
            | '\u{206A}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// True when `c` must never be written raw to a terminal: controls, bidi controls, and invisible
/// formatting characters (shown as `<U+200B>` instead).
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_invisible_format(c)
}

fn push_inert(out: &mut String, c: char) {
    let code = c as u32;
    if code < 0x20 {
        out.push('^');
        out.push(char::from_u32(code + 0x40).unwrap_or('?'));
    } else if code == 0x7f {
        out.push_str("^?");
    } else {
        out.push_str(&format!("<U+{code:04X}>"));
    }
}

/// One line of text made safe for the terminal: every control character is shown as inert text,
/// except that a tab becomes a space and a line break becomes a space.
pub fn sanitize_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' | '\n' => out.push(' '),
            c if is_unsafe_char(c) => push_inert(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// Multi-line text made safe for the terminal: line breaks are kept, everything else as
/// [`sanitize_line`].
pub fn sanitize_block(s: &str) -> String {
    s.split('\n').map(sanitize_line).collect::<Vec<_>>().join("\n")
}

/// Display width in terminal columns (CJK characters count two).
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cut `s` to at most `max` columns, marking the cut with [`ELLIPSIS`]. Never splits a wide
/// character: the result may be one column short, and callers pad.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let budget = max - ELLIPSIS.len();
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push_str(ELLIPSIS);
    out
}

/// Cut or pad `s` to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut t = truncate(s, cols);
    let w = width(&t);
    if w < cols {
        t.extend(std::iter::repeat_n(' ', cols - w));
    }
    t
}

/// Refuse text longer than `max` characters with a message naming the field.
pub fn check_len(field: &str, s: &str, max: usize) -> Result<(), crate::error::OpsError> {
    let n = s.chars().count();
    if n > max {
        return Err(crate::error::OpsError::Invalid(format!(
            "{field} is {n} characters long; the limit is {max}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_makes_escape_sequences_inert() {
        let cases = [
            ("clear\u{1b}[2Jscreen", "clear^[[2Jscreen"),
            ("osc52 \u{1b}]52;c;ZXZpbA==\u{7}", "osc52 ^[]52;c;ZXZpbA==^G"),
            ("title \u{1b}]0;pwned\u{7}", "title ^[]0;pwned^G"),
            ("bell\u{7}", "bell^G"),
            ("over\rwrite", "over^Mwrite"),
            ("bidi \u{202e}txt", "bidi <U+202E>txt"),
            ("c1 \u{9b}31m", "c1 <U+009B>31m"),
            ("tab\there", "tab here"),
            ("数据库\n故障", "数据库 故障"),
            ("del\u{7f}", "del^?"),
            // Invisible formatting (issue 21): zero-width space, joiner, BOM, isolates, tags.
            ("bil\u{200b}ling", "bil<U+200B>ling"),
            ("a\u{200d}b", "a<U+200D>b"),
            ("\u{feff}crm", "<U+FEFF>crm"),
            ("iso \u{2066}x\u{2069}", "iso <U+2066>x<U+2069>"),
            ("sep\u{2028}line", "sep<U+2028>line"),
            ("tag\u{e0041}", "tag<U+E0041>"),
            ("soft\u{ad}hyphen", "soft<U+00AD>hyphen"),
        ];
        for (input, want) in cases {
            assert_eq!(sanitize_line(input), want, "input {input:?}");
            assert!(!sanitize_line(input).chars().any(is_unsafe_char));
        }
    }

    #[test]
    fn sanitize_block_keeps_line_breaks_only() {
        assert_eq!(sanitize_block("a\u{1b}\nb"), "a^[\nb");
    }

    #[test]
    fn truncate_counts_display_width() {
        assert_eq!(width("计费系统"), 8);
        assert_eq!(truncate("计费系统故障", 7), "计费系~");
        assert_eq!(width(&truncate("计费系统故障", 7)), 7);
        assert_eq!(truncate("billing", 7), "billing");
        assert_eq!(truncate("billing!", 7), "billin~");
        assert_eq!(fit("计费", 5), "计费 ");
        assert_eq!(fit("计费系统", 5), "计费~");
        assert_eq!(width(&fit("计费系统", 5)), 5);
    }

    #[test]
    fn normalize_is_nfc_and_trimmed() {
        assert_eq!(normalize("  e\u{301} "), "\u{e9}");
    }

    #[test]
    fn check_len_names_the_field() {
        let err = check_len("title", &"x".repeat(11), 10).unwrap_err();
        assert!(err.to_string().contains("title is 11 characters long; the limit is 10"));
    }
}
