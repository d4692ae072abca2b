//! Issue 19: a console line that names a key names it through `{key:ACTION}`, so a remapped key
//! shows remapped; none names a default key bare ("n records one").

use super::*;
use crate::tui::action::Action;
use crate::tui::keymap::Keymap;

/// Lines whose keys are not the keymap's: a dialog's own keys (a confirm's `y`/`n`, a popup's
/// `j`/`k`, a conflict's `r`), a sort marker (`v`), a choice's values (`1`-`5`). CLI refusals
/// name no console key.
fn fixed(key: &str) -> bool {
    const FIXED: &[&str] = &[
        "confirm.keys",
        "confirm.drop_keys",
        "confirm.drop_form",
        "conflict.keys",
        "conflict.reapply",
        "notice.keys",
        "plan.keys",
        "report.keys",
        "message.keys",
        "zoom.keys",
        "hint.help",
        "palette.keys",
        "sort.falls",
        "action.sort_column",
    ];
    FIXED.contains(&key) || key.starts_with("refusal.") || key.starts_with("satisfaction.")
}

/// The one-character keys of the default keymap (`n`, `H`, `5`, `>`), each with its action.
fn default_keys() -> Vec<(char, Action)> {
    let keys = Keymap::defaults();
    Action::ALL
        .iter()
        .filter_map(|a| {
            let k = keys.first_key(*a)?;
            let mut chars = k.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Some((c, *a)),
                _ => None,
            }
        })
        .collect()
}

/// The default keys `text` names bare: after "press"/"按", alone in brackets (`(5)`, `（E）`),
/// or leading a clause and followed by what it does (`: n records`, `，H 记录`). A line's
/// first `!`/`?` is its marker, and an English `a`/`A` an article, not a key.
fn bare_keys(text: &str, keys: &[(char, Action)]) -> Vec<(char, Action)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let Some(&(_, action)) = keys.iter().find(|(k, _)| k == c) else {
            continue;
        };
        let at =
            |j: isize| -> Option<char> { usize::try_from(i as isize + j).ok().and_then(|j| chars.get(j).copied()) };
        let before: String = chars[i.saturating_sub(6)..i].iter().collect();
        let pressed = (before.ends_with("press ") || before.ends_with("按 ") || before.ends_with('按'))
            && !at(1).is_some_and(char::is_alphanumeric);
        let bracketed = matches!(at(-1), Some('(' | '（'))
            && matches!(at(1), Some(')' | '）'))
            && !at(-2).is_some_and(|b| b.is_ascii_alphanumeric());
        let leads = (i == 0
            || (at(-1) == Some(' ') && matches!(at(-2), Some('.' | ',' | ';' | ':')))
            || matches!(at(-1), Some('，' | '；' | '：' | '。')))
            && at(1) == Some(' ')
            && at(2).is_some_and(|n| !n.is_ascii() || n.is_ascii_lowercase())
            && !(i == 0 && matches!(c, '!' | '?'))
            && !(matches!(c, 'a' | 'A') && at(2).is_some_and(|n| n.is_ascii()));
        if pressed || bracketed || leads {
            out.push((*c, action));
        }
    }
    out
}

#[test]
fn the_finder_sees_a_bare_key_and_not_a_word() {
    let keys = default_keys();
    let named = |t: &str| bare_keys(t, &keys).into_iter().map(|(c, _)| c).collect::<String>();
    assert_eq!(named("No open requests. n records one."), "n");
    assert_eq!(named("That step is for changes: press 3."), "3");
    assert_eq!(named("evaluate (E) or deliver (H)"), "EH");
    assert_eq!(named("没有未关闭的变更。按 n 登记。"), "n");
    assert_eq!(named("业务申请视图（6）：n 登记，a 受理，x 关闭"), "6nax");
    assert_eq!(named("Sorted by id: > next column, < previous"), "><");
    assert_eq!(
        named("! 7 draft(s) due for review (Q2); a supervisor sends it (I11)"),
        ""
    );
    assert_eq!(named("A date: 2026-12-01, 1-5; {key:new} records one"), "");
}

#[test]
fn i19_no_console_line_names_a_default_key_bare() {
    let keys = default_keys();
    for lang in [Lang::En, Lang::ZhCn] {
        let s = Strings::new(lang);
        let mut found: Vec<String> = s
            .map
            .iter()
            .filter(|(k, _)| !fixed(k))
            .filter_map(|(k, v)| {
                let bare = bare_keys(v, &keys);
                (!bare.is_empty()).then(|| {
                    let named: Vec<String> = bare
                        .iter()
                        .map(|(c, a)| format!("{c} ({{key:{}}})", a.name()))
                        .collect();
                    format!("{k}: {}: {v}", named.join(", "))
                })
            })
            .collect();
        found.sort();
        assert!(found.is_empty(), "{lang:?} names keys bare:\n{}", found.join("\n"));
    }
}

#[test]
fn a_remapped_key_is_the_key_an_empty_list_and_the_help_name() {
    let dir = std::env::temp_dir().join(format!("opsdesk-bare-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("keymap.toml");
    std::fs::write(
        &file,
        "[keys]\nnew = [\"+\"]\ndeliver = [\"ctrl-h\"]\nview_changes = [\"f3\"]\n",
    )
    .unwrap();
    let remapped = Keymap::load(&file);
    std::fs::remove_dir_all(&dir).unwrap();
    let remapped = remapped.unwrap();
    let en = Strings::new(Lang::En).with_keys(&Keymap::defaults());
    assert_eq!(en.k("msg.queue_empty"), "No open incidents. n records one.");
    let en = Strings::new(Lang::En).with_keys(&remapped);
    assert_eq!(en.k("msg.queue_empty"), "No open incidents. + records one.");
    assert_eq!(en.k("msg.only_in_changes"), "That step is for changes: press f3.");
    assert!(
        en.k("help.plans").contains("+ schedules a drill"),
        "{}",
        en.k("help.plans")
    );
    assert!(
        en.k("help.plans").contains("ctrl-h records it held"),
        "{}",
        en.k("help.plans")
    );
    let zh = Strings::new(Lang::ZhCn).with_keys(&remapped);
    assert_eq!(zh.k("msg.no_changes"), "没有未关闭的变更。按 + 登记。");
    assert_eq!(
        zh.k("msg.no_drill_to_evaluate"),
        "该预案没有已演练待评估的演练：按 ctrl-h 记录演练。"
    );
}
