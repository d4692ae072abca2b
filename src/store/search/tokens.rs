//! The words of the search index. SQLite's tokenizers split Chinese badly: `unicode61` takes a
//! whole run of Chinese as one word, `trigram` cannot match the 2-character words (计费, 话单,
//! 短信) that are most of what people type. So the text is put into the index already split:
//! each run of Chinese (or Japanese, Korean) characters as its overlapping pairs followed by its
//! last character alone (计费系统 → 计费 费系 系统 统), everything else as `unicode61` reads it
//! (words of letters and digits, folded). A query is split the same way into a phrase, so
//! 计费系统 matches exactly those four characters in a row, 话单 is one word of the index, and a
//! single character matches as the start of a word (话*). Measured against the trigram
//! tokenizer in docs/ARCHITECTURE.md ("Search").

/// Characters written without spaces between words: the Han ideographs and their extensions,
/// the kana, the Hangul syllables. CJK punctuation (U+3000–U+303F) is not among them.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3040..=0x30FF | 0x3100..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// `text` as the index stores it: Chinese runs as their pairs and last character, the rest as it
/// is (the index's own tokenizer splits and folds it).
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_cjk(c) {
            run.push(c);
            continue;
        }
        flush(&mut out, &mut run, true);
        out.push(c);
    }
    flush(&mut out, &mut run, true);
    out
}

/// Write a run of Chinese as its pairs, and its last character alone when `last` (always in the
/// index; in a query only where something follows the run).
fn flush(out: &mut String, run: &mut Vec<char>, last: bool) {
    if run.is_empty() {
        return;
    }
    out.push(' ');
    for w in run.windows(2) {
        out.push(w[0]);
        out.push(w[1]);
        out.push(' ');
    }
    if last || run.len() == 1 {
        out.push(*run.last().unwrap_or(&' '));
        out.push(' ');
    }
    run.clear();
}

/// One piece of a term: a word of the index, or the start of one.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Piece {
    Word(String),
    Prefix(String),
}

/// The index words of one typed term, in order: a phrase. The last piece matches as a prefix
/// when it is letters or digits (`billi` finds billing) or one Chinese character; a run of
/// Chinese followed by more of the term keeps its last character, as the index does.
fn pieces(term: &str) -> Vec<Piece> {
    // Segments: runs of Chinese, runs of other letters and digits (is_cjk, chars).
    let mut segs: Vec<(bool, String)> = Vec::new();
    let mut cur: Option<(bool, String)> = None;
    for c in term.chars() {
        let class = if is_cjk(c) {
            Some(true)
        } else {
            c.is_alphanumeric().then_some(false)
        };
        match (class, cur.as_mut()) {
            (Some(k), Some((ck, s))) if *ck == k => s.push(c),
            (Some(k), _) => segs.extend(cur.replace((k, c.to_string()))),
            (None, _) => segs.extend(cur.take()),
        }
    }
    segs.extend(cur);
    let n = segs.len();
    let mut out = Vec::new();
    for (i, (cjk, s)) in segs.into_iter().enumerate() {
        let end = i + 1 == n;
        if !cjk {
            let w = s.to_lowercase();
            out.push(if end { Piece::Prefix(w) } else { Piece::Word(w) });
            continue;
        }
        let chars: Vec<char> = s.chars().collect();
        if chars.len() == 1 {
            let w = chars[0].to_string();
            out.push(if end { Piece::Prefix(w) } else { Piece::Word(w) });
            continue;
        }
        for w in chars.windows(2) {
            out.push(Piece::Word(w.iter().collect()));
        }
        if !end {
            out.push(Piece::Word(chars[chars.len() - 1].to_string()));
        }
    }
    out
}

/// The FTS5 expression for one typed term, restricted to the text column: `text : ("计费 费系
/// 系统")`; `None` when the term holds no letter, digit or Chinese character.
pub fn phrase(term: &str) -> Option<String> {
    phrase_as(term, true)
}

/// [`phrase`], its last piece matching only as a whole word unless `prefix`: FTS5 reads a whole
/// word's documents lazily, newest first, but merges every word a prefix matches in full before
/// the first hit, so the whole word is tried first.
pub fn phrase_as(term: &str, prefix: bool) -> Option<String> {
    let (words, last_prefix) = words_as(term, prefix)?;
    // The words hold letters, digits and CJK only: nothing to quote inside the string.
    Some(format!(
        "text : (\"{}\"{})",
        words.join(" "),
        if last_prefix { " *" } else { "" }
    ))
}

/// The index words of one typed term, in order, and whether the last matches as a prefix (only
/// when `prefix`): what [`phrase_as`] writes for FTS5 and `server` for PostgreSQL.
pub fn words_as(term: &str, prefix: bool) -> Option<(Vec<String>, bool)> {
    let ps = pieces(term);
    let last_prefix = prefix && matches!(ps.last(), Some(Piece::Prefix(_)));
    let words: Vec<String> = ps
        .into_iter()
        .map(|p| match p {
            Piece::Word(w) | Piece::Prefix(w) => w,
        })
        .collect();
    (!words.is_empty()).then_some((words, last_prefix))
}

/// The typed query as its terms: split at whitespace, each at most 64 characters (a longer one is
/// cut: nobody types it, and a phrase of hundreds of words costs for nothing).
pub fn terms(query: &str) -> Vec<String> {
    query
        .split_whitespace()
        .map(|t| t.chars().take(64).collect::<String>())
        .filter(|t| phrase(t).is_some())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_runs_are_stored_as_pairs_and_their_last_character() {
        assert_eq!(index_text("计费系统"), " 计费 费系 系统 统 ");
        assert_eq!(index_text("CRM工单"), "CRM 工单 单 ");
        assert_eq!(index_text("话"), " 话 ");
        assert_eq!(index_text("a，话单b"), "a， 话单 单 b");
    }

    #[test]
    fn a_term_becomes_a_phrase_of_the_same_words() {
        assert_eq!(phrase("计费系统").unwrap(), "text : (\"计费 费系 系统\")");
        assert_eq!(phrase("话单").unwrap(), "text : (\"话单\")");
        assert_eq!(phrase("话").unwrap(), "text : (\"话\" *)");
        assert_eq!(phrase("CRM工单").unwrap(), "text : (\"crm 工单\")");
        assert_eq!(phrase("工单CRM").unwrap(), "text : (\"工单 单 crm\" *)");
        assert_eq!(phrase("ORA-00060").unwrap(), "text : (\"ora 00060\" *)");
        assert_eq!(phrase("\"'*()"), None);
        assert_eq!(terms("  话单   billing \"  "), vec!["话单", "billing"]);
    }
}
