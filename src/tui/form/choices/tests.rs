use chrono::TimeZone;

use super::*;
use crate::domain::service::Service;
use crate::tui::i18n::Lang;

fn service(code: &str, en: &str, zh: &str, aliases: &[&str]) -> Service {
    Service {
        id: 0,
        code: code.into(),
        name_en: en.into(),
        name_zh: zh.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        ord: 100,
        retired: false,
        version: 1,
        updated_at: chrono::Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap(),
        updated_by: "admin".into(),
    }
}

fn directory() -> Directory {
    Directory {
        services: vec![
            service("billing", "Billing", "计费", &["BOSS"]),
            service("crm", "CRM", "", &[]),
            service("oa", "Office", "", &[]),
        ],
        listed: vec!["sms-gateway".into()],
        depts: vec![
            ("CS".into(), "客户服务中心".into()),
            ("NOC".into(), "网络运维中心".into()),
        ],
        people: vec![("lilei".into(), "李雷".into())],
    }
}

fn choices() -> Choices {
    Choices::of(directory(), Lang::En)
}

fn codes(v: Vec<(String, String)>) -> Vec<String> {
    v.into_iter().map(|p| p.0).collect()
}

#[test]
fn values_start_then_contain_and_none_once_exact() {
    let c = choices();
    let svc = FieldId::Named(F::Service);
    assert_eq!(codes(c.matches(&svc, "b")), ["billing"], "by the code and by an alias");
    assert_eq!(
        codes(c.matches(&svc, "g")),
        ["billing", "sms-gateway"],
        "inside of, after none starts with it"
    );
    assert!(c.matches(&svc, "CRM").is_empty(), "exactly one of them");
    let dept = FieldId::Named(F::RequestDept);
    assert_eq!(c.matches(&dept, "客户")[0].0, "CS", "by the label too");
    assert!(c.matches(&FieldId::Named(F::Title), "b").is_empty());
    assert!(
        Choices::default().for_field(&svc).is_none(),
        "nothing listed: nothing offered"
    );
}

#[test]
fn i11_a_service_is_offered_by_either_name_or_an_alias_with_its_name_in_the_console_language() {
    let svc = FieldId::Named(F::Service);
    let zh = Choices::of(directory(), Lang::ZhCn);
    assert_eq!(
        zh.matches(&svc, "计"),
        [("billing".to_string(), "计费".to_string())],
        "the Chinese name finds it, shown with its code"
    );
    assert_eq!(zh.matches(&svc, "bil"), [("billing".to_string(), "计费".to_string())]);
    assert_eq!(codes(zh.matches(&svc, "boss")), ["billing"], "an alias");
    let en = choices();
    assert_eq!(
        en.matches(&svc, "计费"),
        [("billing".to_string(), String::new())],
        "Billing is its code: not said twice"
    );
    assert_eq!(
        en.matches(&svc, "c")[0],
        ("crm".to_string(), String::new()),
        "a name that is the code is not said twice"
    );
    assert_eq!(
        zh.matches(&svc, "off")[0].1,
        "Office",
        "no Chinese name: the English one"
    );
}

#[test]
fn i11_a_service_typed_by_its_chinese_name_passes_the_form_and_an_unknown_one_is_refused_with_the_list() {
    let s = Strings::new(Lang::En);
    let c = choices();
    let mut f = Form::new_incident(&s);
    let set = |f: &mut Form, text: &str| {
        if let FieldKind::Text { input, .. } = &mut f.fields[1].kind {
            *input = crate::tui::input::LineInput::new(text);
        }
    };
    f.focus = 1;
    assert!(f.offered(&c).0.is_empty(), "nothing typed: nothing in the way");
    set(&mut f, "g");
    assert_eq!(f.offered(&c).0.len(), 2);
    assert!(f.move_pick(&c, true));
    assert!(f.take_offered(&c));
    assert_eq!(f.text_of(F::Service), "sms-gateway");
    assert!(f.offered(&c).0.is_empty());
    assert!(f.check_choices(&c, &s), "the config's list still counts");
    for named in ["计费", "BOSS", " Billing "] {
        set(&mut f, named);
        assert!(f.check_choices(&c, &s), "{named:?}: the core records it as billing");
    }
    set(&mut f, "计费2");
    f.focus = 0;
    assert!(!f.check_choices(&c, &s));
    assert_eq!(f.focus, 1);
    let err = f.fields[1].error.clone().unwrap();
    assert!(err.contains("billing, crm, oa (Office), sms-gateway"), "{err}");
}

#[test]
fn i3_a_desk_with_no_services_offers_none_and_refuses_none() {
    let s = Strings::new(Lang::En);
    let c = Choices::of(Directory::default(), Lang::En);
    let mut f = Form::new_incident(&s);
    if let FieldKind::Text { input, .. } = &mut f.fields[1].kind {
        *input = crate::tui::input::LineInput::new("计费");
    }
    assert!(f.check_choices(&c, &s));
    assert!(c.matches(&FieldId::Named(F::Service), "计").is_empty());
}

#[test]
fn i11_a_list_of_services_offers_for_its_last_term_and_checks_each() {
    let s = Strings::new(Lang::En);
    let c = Choices::of(directory(), Lang::ZhCn);
    let systems = FieldId::Named(F::Systems);
    assert_eq!(codes(c.matches(&systems, "crm, 计")), ["billing"]);
    assert_eq!(
        codes(c.matches(&systems, "计费，cr")),
        ["crm"],
        "after a Chinese comma too"
    );
    assert!(c.matches(&systems, "crm, ").is_empty(), "nothing typed after the comma");
    assert!(
        c.matches(&systems, "billing, crm").is_empty(),
        "the last term is one of them"
    );
    assert_eq!(with_last(&systems, "crm,计", "billing"), "crm, billing");
    assert_eq!(with_last(&systems, "计", "billing"), "billing");
    assert_eq!(
        with_last(&FieldId::Named(F::Service), "a, 计", "billing"),
        "billing",
        "one service: the whole field"
    );
    let mut f = Form::new_incident(&s);
    f.fields[1].id = systems;
    let set = |f: &mut Form, text: &str| {
        if let FieldKind::Text { input, .. } = &mut f.fields[1].kind {
            *input = crate::tui::input::LineInput::new(text);
        }
    };
    set(&mut f, "计费, BOSS，crm, sms-gateway,");
    assert!(f.check_choices(&c, &s), "every term names one");
    set(&mut f, "crm, 计费2");
    assert!(!f.check_choices(&c, &s), "one unknown term refuses the list");
}
