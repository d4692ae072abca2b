//! Refusals (issue 11, item 7): every code has its words in both languages, renders with every
//! argument, and an English console says what the CLI prints.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::config::Config;
use crate::domain::billing::{BillingPolicy, Check, CheckResult, Run, RunKind, RunState, Verdict};
use crate::domain::calendar::Calendar;
use crate::domain::change::{Change, ChangePolicy, ChangeStatus, NewChange};
use crate::domain::duty::{Duty, DutyKind};
use crate::domain::incident::{Category, Channel, Incident, NewIncident, Status};
use crate::domain::kind::Kind;
use crate::domain::message::{Address, Draft, Medium, Message, MessageState};
use crate::domain::role::{Actor, Power, Role, require};
use crate::error::{Arg, Code, OpsError, Refusal};
use crate::tui::action::Action;

mod cases;
mod request_cases;
use cases::cases;
use request_cases::request_cases;

fn cal() -> Calendar {
    Calendar::from_config(&Config::defaults())
}
fn pol() -> ChangePolicy {
    ChangePolicy::from_config(&Config::defaults())
}
/// A Shanghai wall-clock time.
fn sh(s: &str) -> DateTime<Utc> {
    let local = chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    cal().zone.from_local_datetime(&local).unwrap().with_timezone(&Utc)
}
fn now() -> DateTime<Utc> {
    sh("2026-11-20 10:00")
}
fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: "王芳".into(),
        role,
    }
}
fn change(window: Option<(&str, &str)>, status: ChangeStatus) -> Change {
    let new = NewChange {
        title: "计费系统升级".into(),
        systems: vec!["billing".into()],
        planned_month: "2026-11".into(),
        window: window.map(|(s, e)| (sh(s), sh(e))),
        user_affecting: true,
        collaborators: vec!["network".into()],
        steps: "1. 网络部切换 2. IT 部署".into(),
        ..Default::default()
    };
    let mut c = Change::open(&new, &who("wf", Role::Operator), &cal(), sh("2026-11-02 09:00")).unwrap();
    c.id = 9;
    c.status = status;
    c
}
fn incident(status: Status, owner: Option<&str>) -> Incident {
    let new = NewIncident {
        title: "计费系统无法登录".into(),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        received_at: Some(sh("2026-11-20 09:00")),
        ..Default::default()
    };
    let mut i = Incident::open(&new, &who("li", Role::Operator), now()).unwrap();
    i.id = 12;
    i.status = status;
    i.owner = owner.map(String::from);
    i
}
fn run(state: RunState) -> (Run, Vec<Check>) {
    let config = Config::defaults();
    let p = BillingPolicy::from_config(&config);
    let mut r = Run::open(
        RunKind::Billing,
        "2026-10",
        "li",
        &who("li", Role::Operator),
        &p,
        cal().zone,
        now(),
    )
    .unwrap();
    r.id = 3;
    r.state = state;
    let checks = Check::list_for(&r, &config.billing.checklist);
    (r, checks)
}
fn message(state: MessageState, to: Vec<Address>) -> Message {
    let d = Draft {
        medium: Medium::Sms,
        to,
        cc: vec![],
        subject: "故障报告".into(),
        body: "计费系统故障".into(),
        lang: "zh-CN".into(),
    };
    let mut m = Message::new(7, d, state, now(), "li");
    m.id = 30;
    m
}

/// A refusal the core made, and the English the CLI prints for it.
fn said(e: OpsError) -> (Refusal, String) {
    let r = e.refusal().unwrap_or_else(|| panic!("no code: {e}")).clone();
    (r, e.message().to_string())
}

/// Every code in `r`, its parts' too.
fn codes_in(r: &Refusal, out: &mut BTreeSet<&'static str>) {
    out.insert(r.code.key());
    for (_, a) in &r.args {
        if let Arg::Parts(parts) = a {
            for p in parts {
                codes_in(p, out);
            }
        }
    }
}

/// The texts `r` must show, its parts' too.
/// The texts of `r` its words in `s` say: all of them, but where the console says a key
/// instead of the CLI's command, the command's arguments go with it.
fn texts_in(s: &Strings, r: &Refusal, out: &mut Vec<String>) {
    let template = s.template(r, true).unwrap_or_default();
    for (name, a) in &r.args {
        if !template.contains(&format!("{{{name}}}")) {
            continue;
        }
        match a {
            Arg::Text(t) => out.push(t.clone()),
            Arg::Parts(parts) => parts.iter().for_each(|p| texts_in(s, p, out)),
            Arg::Word { .. } | Arg::AnyOf(_) => {}
        }
    }
}

#[test]
fn every_refusal_code_has_words_in_both_languages_and_every_word_a_code() {
    let codes: BTreeSet<String> = Code::ALL.iter().map(|c| format!("refusal.{}", c.key())).collect();
    for lang in [Lang::En, Lang::ZhCn] {
        let s = Strings::new(lang);
        for key in &codes {
            assert!(s.get(key).is_some_and(|w| !w.is_empty()), "{lang:?} lacks {key}");
        }
        let stray: Vec<&String> = s
            .keys()
            .filter(|k| k.starts_with("refusal.") && !codes.contains(*k))
            .filter(|k| !["refusal.sep", "refusal.or"].contains(&k.as_str()))
            .collect();
        assert!(stray.is_empty(), "{lang:?}: words for no code: {stray:?}");
        let stray: Vec<&str> = s
            .keys()
            .filter_map(|k| k.strip_prefix("console_").filter(|k| k.starts_with("refusal.")))
            .filter(|k| !codes.contains(*k) && *k != "refusal.unbound")
            .collect();
        assert!(stray.is_empty(), "{lang:?}: console words for no code: {stray:?}");
    }
}

#[test]
fn every_code_renders_in_both_languages_with_its_arguments() {
    let cases = cases();
    let mut seen = BTreeSet::new();
    cases.iter().for_each(|(r, _)| codes_in(r, &mut seen));
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.key())
        .filter(|k| !seen.contains(k))
        .collect();
    assert!(missing.is_empty(), "no case says {missing:?}");
    let (en, zh) = (Strings::new(Lang::En), Strings::new(Lang::ZhCn));
    for (r, cli) in &cases {
        for s in [&en, &zh] {
            let mut texts = Vec::new();
            texts_in(s, r, &mut texts);
            let out = s
                .refusal(r)
                .unwrap_or_else(|| panic!("{:?} has no words for {r:?}", s.lang));
            assert!(
                !out.contains('{') && !out.contains('}'),
                "{:?} left a placeholder: {out}",
                s.lang
            );
            for t in &texts {
                assert!(out.contains(t.as_str()), "{:?} lost {t:?}: {out}", s.lang);
            }
        }
        let out = zh.refusal(r).unwrap();
        assert!(
            out.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "not Chinese: {out}"
        );
        assert_ne!(&out, cli, "the same as the CLI's English");
    }
}

#[test]
fn an_english_console_says_what_the_cli_prints() {
    // Each action's key shown as `<name>`, so that a hint says which key it names.
    let mut en = Strings::new(Lang::En);
    en.keys = Action::ALL
        .iter()
        .map(|a| (a.name().to_string(), format!("<{}>", a.name())))
        .collect();
    // With the words as the CLI says them (`test_confirmed`, where the console says `test-confirmed`).
    let english = |_: &str, english: &str| english.to_string();
    let mut hinted = BTreeSet::new();
    for (r, cli) in cases() {
        // The table holds the CLI's own words ...
        assert_eq!(en.fill(&r, &english, false).as_deref(), Some(cli.as_str()), "{r:?}");
        // ... and the console says them, except the hint: where the CLI names a command or an
        // option, the console names the key that takes the step (or says where it is taken).
        let console = en.fill(&r, &english, true).unwrap();
        if console == cli {
            continue;
        }
        let same = cli
            .char_indices()
            .zip(console.chars())
            .find(|((_, a), b)| a != b)
            .map_or(cli.len().min(console.len()), |((i, _), _)| i);
        let (cli_hint, console_hint) = (&cli[same..], &console[same..]);
        assert!(names_command(cli_hint), "{cli_hint:?} of {cli:?} names no command");
        let key = Action::ALL
            .iter()
            .any(|a| console_hint.contains(&format!("<{}>", a.name())));
        assert!(
            key || console_hint.contains(FROM_CLI[0]),
            "{console_hint:?} of {console:?} names no key"
        );
        codes_in(&r, &mut hinted);
    }
    for code in [
        "incident.accept_first",
        "request.resume_first",
        "change.c7_not_notified",
    ] {
        assert!(hinted.contains(code), "{code} names no key: {hinted:?}");
    }
}

#[test]
fn a_remapped_key_is_the_key_a_refusal_names() {
    let keymap = crate::tui::keymap::Keymap::defaults();
    let r = Refusal::new(Code::IncidentWrongState)
        .text("id", 1)
        .word("step", "incident_step", "restore")
        .word("status", "status", "new")
        .parts("hint", vec![Refusal::new(Code::IncidentAcceptFirst).text("id", 1)]);
    let en = Strings::new(Lang::En).with_keys(&keymap);
    assert!(
        en.refusal(&r).unwrap().ends_with("; accept it first (a)"),
        "{:?}",
        en.refusal(&r)
    );
    let zh = Strings::new(Lang::ZhCn).with_keys(&keymap);
    assert!(
        zh.refusal(&r).unwrap().ends_with("；请先受理（按 a）"),
        "{:?}",
        zh.refusal(&r)
    );
    let dir = std::env::temp_dir().join(format!("opsdesk-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("keymap.toml");
    std::fs::write(&file, "[keys]\naccept = [\"A\"]\n").unwrap();
    let remapped = crate::tui::keymap::Keymap::load(&file);
    std::fs::remove_dir_all(&dir).unwrap();
    let en = Strings::new(Lang::En).with_keys(&remapped.unwrap());
    assert!(
        en.refusal(&r).unwrap().ends_with("; accept it first (A)"),
        "{:?}",
        en.refusal(&r)
    );
}

/// The words that say a step is taken from the CLI, the console having no key for it.
const FROM_CLI: [&str; 2] = ["from the CLI: opsdesk ", "命令行：opsdesk "];

/// Whether `text` names a CLI command (`opsdesk incident accept`) or option (`--reason`).
fn names_command(text: &str) -> bool {
    use clap::CommandFactory;
    let commands: Vec<String> = crate::cli::Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    let command = text
        .match_indices("opsdesk ")
        .any(|(i, m)| commands.iter().any(|c| text[i + m.len()..].starts_with(c.as_str())));
    let option = text
        .match_indices("--")
        .any(|(i, _)| text[i + 2..].starts_with(|c: char| c.is_ascii_alphabetic()));
    command || option
}

#[test]
fn i19_no_console_words_name_a_cli_command() {
    // Steps the console does not take, said with where they are taken instead.
    const FROM_THE_CLI: &[&str] = &[
        "console_refusal.support.not_author",
        "console_refusal.support.no_material",
        "msg.no_plan_in_force",
        "msg.no_full_view",
        "support.empty",
        "emergency.no_plans",
        "hint.dept_code",
        "help.reports",
        "help.plans",
    ];
    assert!(names_command("accept it first: opsdesk incident accept 1"));
    assert!(names_command("with --month 2026-12"));
    assert!(!names_command("accept it first (a); opsdesk needs 80x24"));
    for lang in [Lang::En, Lang::ZhCn] {
        let s = Strings::new(lang);
        // Every refusal as the console says it ...
        let mut texts: Vec<(String, &str)> = Code::ALL
            .iter()
            .map(|c| {
                let t = s.template(&Refusal::new(*c), true).unwrap_or_else(|| panic!("{c:?}"));
                let own = format!("console_refusal.{}", c.key());
                (
                    if s.get(&own).is_some() {
                        own
                    } else {
                        format!("refusal.{}", c.key())
                    },
                    t,
                )
            })
            .collect();
        // ... and every other line of the console (an empty list's, a word a refusal uses).
        texts.extend(
            s.map
                .iter()
                .filter(|(k, _)| !k.starts_with("refusal.") && !k.starts_with("console_refusal."))
                .map(|(k, v)| (k.clone(), v.as_str())),
        );
        assert!(texts.iter().any(|(k, _)| k == "support.empty"));
        for (key, text) in texts {
            let mut t = text.to_string();
            if FROM_THE_CLI.contains(&key.as_str()) {
                assert!(FROM_CLI.iter().any(|m| t.contains(m)), "{lang:?} {key}: {t}");
                for m in FROM_CLI {
                    t = t.replace(m, "");
                }
            }
            assert!(!names_command(&t), "{lang:?} {key} names a CLI command: {text}");
        }
    }
}

#[test]
fn every_key_the_words_name_is_an_action() {
    for lang in [Lang::En, Lang::ZhCn] {
        let s = Strings::new(lang);
        for (k, v) in &s.map {
            for part in v.split("{key:").skip(1) {
                let name = part.split('}').next().unwrap();
                assert!(Action::from_name(name).is_some(), "{lang:?} {k}: no action {name}");
            }
        }
    }
}

#[test]
fn c4_c5_c6_a_chinese_console_says_the_gates_with_the_earliest_start() {
    let late = change(Some(("2026-11-23 14:00", "2026-11-23 16:00")), ChangeStatus::Planned);
    let err = late
        .schedule(&who("wf", Role::Operator), &cal(), &pol(), None, now())
        .unwrap_err();
    let zh = Strings::new(Lang::ZhCn).refusal(err.refusal().unwrap()).unwrap();
    assert!(zh.starts_with("变更 9 不能排期：C3：功能未经测试环境确认"), "{zh}");
    for part in [
        "C4：影响用户的变更须在零点以后的凌晨窗口 00:00-06:00 内进行；2026-11-23 14:00 - 2026-11-23 16:00 不在窗口内。最早可用窗口：2026-11-24 00:00",
        "C5：须提前 3 个工作日（2026-11-18 18:00 前）通知维护部门，已经错过。现在通知，最早开始时间为 2026-11-26 00:00（变更日 2026-11-25）",
        "C6：须提前 5 个工作日（2026-11-16 18:00 前）向协作部门提交配合申请和方案",
        "通过所有有日期关卡的最早开始时间：2026-11-28 00:00",
        "经理可作为紧急变更越过关卡：按 S 并填写紧急理由",
    ] {
        assert!(zh.contains(part), "{part}: {zh}");
    }
    assert!(zh.contains("；"), "parts joined the Chinese way: {zh}");
    assert!(!zh.contains("; "), "{zh}");
}

#[test]
fn c10_u4_a_chinese_console_says_states_and_roles_in_its_words() {
    let zh = Strings::new(Lang::ZhCn);
    let c = change(Some(("2026-11-26 01:00", "2026-11-26 03:00")), ChangeStatus::Planned);
    let e = c.notified(&who("wf", Role::Operator), now()).unwrap_err();
    assert_eq!(
        zh.refusal(e.refusal().unwrap()).unwrap(),
        "变更 9 现在不能登记变更通知：它处于“已计划”状态，这一步须在“已排期”之后（C10）"
    );
    let e = incident(Status::Accepted, Some("wang"))
        .contact(&who("li", Role::Operator), now(), now())
        .unwrap_err();
    assert_eq!(
        zh.refusal(e.refusal().unwrap()).unwrap(),
        "无权操作：故障 12 由 wang 负责；只有负责人或主管可以处理（王芳 (li) 是值班员）"
    );
    // A word the table has no entry for falls back to the CLI's.
    let r = Refusal::new(Code::RecordLastChanged)
        .text("who", "li")
        .text("at", "2026-11-20 10:00:00")
        .word("action", "history", "raise");
    assert_eq!(
        zh.refusal(&r).unwrap(),
        "；最后由 li 于 2026-11-20 10:00:00 修改（raise）"
    );
}

#[test]
fn a_message_without_a_code_is_said_in_the_cores_english() {
    let zh = Strings::new(Lang::ZhCn);
    let said = Said::from(&OpsError::Invalid("title is required".into()));
    assert_eq!(zh.said(&said), "title is required");
    let coded = OpsError::Rule("C9: change 9 …".into()).coded(Refusal::new(Code::ChangeC9NotComplex).text("id", 9));
    assert_eq!(coded.exit_code(), 1);
    assert_eq!(coded.message(), "C9: change 9 …");
    assert!(zh.said(&Said::from(&coded)).starts_with("C9：变更 9"));
}
