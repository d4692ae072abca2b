use super::*;
use crate::tui::action::Action;

#[test]
fn both_tables_hold_the_same_keys() {
    let en = table(EN);
    let zh = table(ZH_CN);
    let mut missing_zh: Vec<&String> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
    let mut missing_en: Vec<&String> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
    missing_zh.sort();
    missing_en.sort();
    assert!(missing_zh.is_empty(), "missing in zh-CN: {missing_zh:?}");
    assert!(missing_en.is_empty(), "missing in en: {missing_en:?}");
}

#[test]
fn every_action_is_described_in_both_languages() {
    for lang in [Lang::En, Lang::ZhCn] {
        let s = Strings::new(lang);
        for a in Action::ALL {
            for key in [a.doc_key(), format!("short.{}", a.name())] {
                assert!(s.get(&key).is_some(), "{lang:?} lacks {key}");
            }
        }
    }
}

#[test]
fn every_word_the_screens_look_up_by_value_is_there() {
    use crate::domain::change::{ChangeStatus, Outcome};
    use crate::domain::duty::DutyKind;
    use crate::domain::incident::{Category, Channel, Status};
    use crate::domain::role::Role;
    let mut keys: Vec<String> = Vec::new();
    keys.extend(DutyKind::ALL.iter().map(|k| format!("duty.{}", k.as_str())));
    keys.extend(Status::ALL.iter().map(|k| format!("status.{}", k.as_str())));
    keys.extend(Category::ALL.iter().map(|k| format!("category.{}", k.as_str())));
    keys.extend(Channel::ALL.iter().map(|k| format!("channel.{}", k.as_str())));
    keys.extend(
        ChangeStatus::ALL
            .iter()
            .map(|k| format!("change_status.{}", k.as_str())),
    );
    keys.extend(Outcome::ALL.iter().map(|k| format!("outcome.{}", k.as_str())));
    keys.extend(Role::ALL.iter().map(|k| format!("role.{}", k.as_str())));
    keys.extend(
        ["none", "supervisor", "manager", "leader"]
            .iter()
            .map(|l| format!("level.{l}")),
    );
    keys.extend(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            .iter()
            .map(|d| format!("weekday.{d}")),
    );
    keys.extend(["c5", "c5-front", "c6", "c7"].iter().map(|n| format!("notice.{n}")));
    keys.extend(
        ["email", "sms", "phone", "in-person"]
            .iter()
            .map(|c| format!("channel_out.{c}")),
    );
    keys.extend((1..=5).map(|n| format!("satisfaction.{n}")));
    use crate::domain::billing::{CheckResult, Effect, RunKind, RunState, Verdict};
    keys.extend(RunKind::ALL.iter().map(|k| format!("run_kind.{}", k.as_str())));
    keys.extend(RunState::ALL.iter().map(|k| format!("run_state.{}", k.as_str())));
    keys.extend(CheckResult::ALL.iter().map(|k| format!("check_result.{}", k.as_str())));
    keys.extend(Verdict::ALL.iter().map(|k| format!("verdict.{}", k.as_str())));
    keys.extend(Effect::ALL.iter().map(|k| format!("effect.{}", k.as_str())));
    keys.extend(["check", "preprocess"].iter().map(|k| format!("step.{k}")));
    use crate::domain::message::{Medium, MessageState};
    use crate::ops::outbox::OutboxFilter;
    keys.extend(
        MessageState::ALL
            .iter()
            .map(|k| format!("message_state.{}", k.as_str())),
    );
    keys.extend(Medium::ALL.iter().map(|k| format!("medium.{}", k.as_str())));
    keys.extend(OutboxFilter::ALL.iter().map(|k| format!("outbox_filter.{}", k.word())));
    keys.extend(["incident", "change", "run"].iter().map(|k| format!("record.{k}")));
    let actions = [
        "create",
        "accept",
        "contact",
        "restore",
        "resolve",
        "verify",
        "close",
        "reopen",
        "note",
        "done",
        "plan",
        "confirm_test",
        "schedule",
        "phoned",
        "notify",
        "start",
        "finish",
        "result",
        "summary",
        "check",
        "review",
        "anomaly",
        "submit",
        "confirm",
        "dispute",
        "rollback",
        "retry",
        "reopen",
        "message_queued",
        "message_sending",
        "message_review",
        "message_unsendable",
        "message_uncertain",
        "message_sent",
        "message_retry",
        "message_failed",
        "message_cancelled",
        "approve",
        "edit",
        "resend",
    ];
    keys.extend(actions.iter().map(|a| format!("history.{a}")));
    for lang in [Lang::En, Lang::ZhCn] {
        let s = Strings::new(lang);
        let missing: Vec<&String> = keys.iter().filter(|k| s.get(k).is_none()).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
    }
}

#[test]
fn placeholders_in_both_languages_match() {
    let en = table(EN);
    let zh = table(ZH_CN);
    let names = |s: &str| {
        let mut v: Vec<String> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next())
            .map(String::from)
            .collect();
        v.sort();
        v
    };
    for (k, v) in &en {
        assert_eq!(names(v), names(&zh[k]), "placeholders differ for {k}");
    }
}

#[test]
fn language_choice_order() {
    assert_eq!(
        Lang::choose(Some("zh-CN"), Language::En, Some("en_US.UTF-8")),
        Ok(Lang::ZhCn)
    );
    assert_eq!(Lang::choose(None, Language::ZhCn, Some("en_US.UTF-8")), Ok(Lang::ZhCn));
    assert_eq!(Lang::choose(None, Language::Auto, Some("zh_CN.UTF-8")), Ok(Lang::ZhCn));
    assert_eq!(Lang::choose(None, Language::Auto, None), Ok(Lang::En));
    assert!(Lang::choose(Some("fr"), Language::Auto, None).is_err());
}
