use crate::domain::billing::{CheckResult, Effect, RunState, Verdict};
use crate::notify::templates;

/// How the built-in templates name `word` (a state, result, verdict or effect).
fn report_word(word: &str, zh: bool) -> String {
    let x = std::collections::BTreeMap::from([("x", word)]);
    templates::words(if zh { "zh-CN" } else { "en" }, "w.word(x)", &x)
}

#[test]
fn b4_every_word_of_a_report_has_its_chinese() {
    let words = RunState::ALL
        .iter()
        .map(|w| w.as_str())
        .chain(CheckResult::ALL.iter().map(|w| w.as_str()))
        .chain(Verdict::ALL.iter().map(|w| w.as_str()))
        .chain(Effect::ALL.iter().map(|w| w.as_str()));
    for w in words {
        let zh = report_word(w, true);
        assert!(!zh.is_ascii(), "{w} has no Chinese word: {zh}");
        assert!(!report_word(w, false).contains('_'), "{w} reads as a word in English");
    }
}
