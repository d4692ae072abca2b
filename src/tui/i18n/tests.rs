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

// Refusals (issue 11, item 7): every code has its words in both languages, renders with every
// argument, and an English console says what the CLI prints.

mod refusals {
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

    mod cases;
}
