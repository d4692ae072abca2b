use chrono::TimeZone;

use super::*;

fn svc(id: i64, code: &str, en: &str, zh: &str, aliases: &[&str], retired: bool) -> Service {
    Service {
        id,
        code: code.into(),
        name_en: en.into(),
        name_zh: zh.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        ord: 100,
        retired,
        version: 1,
        updated_at: Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap(),
        updated_by: "admin".into(),
    }
}

fn directory() -> Vec<Service> {
    vec![
        svc(1, "billing", "Billing", "计费", &["计费系统", "BOSS"], false),
        svc(2, "crm", "CRM", "客户关系管理", &[], false),
        svc(3, "fax", "Fax", "传真", &[], true),
    ]
}

#[test]
fn i11_a_service_typed_by_its_chinese_name_is_recorded_as_its_code() {
    let dir = directory();
    let none: &[String] = &[];
    let cases: &[(&str, Result<&str, &str>)] = &[
        ("billing", Ok("billing")),
        (" BILLING ", Ok("billing")),
        ("计费", Ok("billing")),
        ("Billing", Ok("billing")),
        ("计费系统", Ok("billing")),
        ("boss", Ok("billing")),
        ("客户关系管理", Ok("crm")),
        ("", Ok("")),
        (
            "bill",
            Err("unknown service \"bill\": the known services are billing (Billing, 计费), crm (CRM, 客户关系管理)"),
        ),
        ("传真", Err("service fax (Fax, 传真) is retired")),
        ("fax", Err("opsdesk service retire fax --undo")),
    ];
    for (typed, want) in cases {
        match (resolve(typed, &dir, none), want) {
            (Ok(got), Ok(w)) => assert_eq!(&got, w, "{typed:?}"),
            (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{typed:?}: {e}"),
            (got, w) => panic!("{typed:?}: {got:?}, wanted {w:?}"),
        }
    }
}

#[test]
fn i11_an_unknown_service_is_refused_with_the_list_and_what_to_do() {
    let e = resolve("计费2", &directory(), &[]).unwrap_err();
    assert_eq!(e.exit_code(), 2, "a refusal of what was typed");
    let e = e.to_string();
    assert!(e.contains("opsdesk service add"), "{e}");
    assert!(!e.contains("fax"), "a retired service is not offered: {e}");
}

#[test]
fn i3_a_desk_with_no_services_takes_any_and_the_config_list_still_counts() {
    let listed = vec!["sms-gateway".to_string()];
    type Case<'a> = (&'a [Service], &'a [String], &'a str, Result<&'a str, &'a str>);
    let cases: &[Case] = &[
        (&[], &[], "计费", Ok("计费")),
        (&[], &[], " 新服务 ", Ok("新服务")),
        (&[], &listed, "SMS-Gateway", Ok("sms-gateway")),
        (&[], &listed, "计费", Err("the known services are sms-gateway;")),
    ];
    for (dir, listed, typed, want) in cases {
        match (resolve(typed, dir, listed), want) {
            (Ok(got), Ok(w)) => assert_eq!(&got, w, "{typed:?}"),
            (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{typed:?}: {e}"),
            (got, w) => panic!("{typed:?}: {got:?}, wanted {w:?}"),
        }
    }
    let dir = directory();
    assert_eq!(
        resolve("sms-gateway", &dir, &listed).unwrap(),
        "sms-gateway",
        "beside the directory"
    );
    assert_eq!(
        known_list(&dir, &listed),
        "billing (Billing, 计费), crm (CRM, 客户关系管理), sms-gateway"
    );
    let retired = vec![svc(3, "fax", "Fax", "传真", &[], true)];
    let e = resolve("billing", &retired, &[]).unwrap_err().to_string();
    assert!(e.contains("none (every one is retired)"), "{e}");
}

#[test]
fn i11_codes_names_and_aliases_are_checked() {
    for (input, want) in [
        ("billing", Some("billing")),
        (" sms-gateway ", Some("sms-gateway")),
        ("短信网关", Some("短信网关")),
        ("a.b_c", Some("a.b_c")),
        ("", None),
        ("-x", None),
        ("bill ing", None),
        ("a,b", None),
        ("a\u{1b}b", None),
    ] {
        assert_eq!(check_code(input).ok().as_deref(), want, "{input:?}");
    }
    assert_eq!(check_word("name", " 计费 ").unwrap(), "计费");
    assert!(check_word("alias", "a,b").is_err());
    assert!(check_word("name", "a\nb").is_err());
    assert!(check_word("name", &"x".repeat(101)).is_err());
}

#[test]
fn i11_a_word_naming_two_services_is_found() {
    let dir = directory();
    let new = svc(0, "billing2", "Billing 2", "", &["计费"], false);
    assert_eq!(clash(&new, &dir), Some(("计费".to_string(), "billing")));
    let new = svc(0, "CRM", "", "", &[], false);
    assert_eq!(clash(&new, &dir), Some(("CRM".to_string(), "crm")), "any case");
    let edited = svc(1, "billing", "Billing", "计费", &["jf"], false);
    assert_eq!(clash(&edited, &dir), None, "a service does not clash with itself");
}

#[test]
fn i11_names_show_in_the_desk_language_else_the_other() {
    let s = svc(1, "billing", "Billing", "计费", &[], false);
    assert_eq!((s.name_in(true), s.name_in(false)), ("计费", "Billing"));
    let s = svc(1, "oa", "", "办公自动化", &[], false);
    assert_eq!(s.name_in(false), "办公自动化");
    assert_eq!(s.listed(), "oa (办公自动化)");
    let s = svc(1, "oa", "oa", "", &[], false);
    assert_eq!(s.listed(), "oa", "a name that is the code is not said twice");
}

#[test]
fn i11_a_merged_service_becomes_an_alias_of_the_one_it_joined() {
    let dir = directory();
    // Typed before the directory existed: `计费` is a service of its own.
    let dup = svc(4, "计费", "", "", &["jf"], false);
    let billing = svc(1, "billing", "Billing", "计费", &["计费系统", "BOSS"], false);
    let (from, into) = merged(&dup, &billing).unwrap();
    assert!(from.retired && from.aliases.is_empty() && from.name_en.is_empty());
    assert_eq!(from.code, "计费", "the code a row carries never changes");
    assert_eq!(into.aliases, ["计费系统", "BOSS", "jf"], "only the words it lacked");
    assert!(
        merged(&billing, &billing)
            .unwrap_err()
            .to_string()
            .contains("same service")
    );

    // After the merge, what was typed for the one merged names the other.
    let after = vec![into, dir[1].clone(), dir[2].clone(), from];
    let none: &[String] = &[];
    let cases: &[(&str, Result<&str, &str>)] = &[
        ("计费", Ok("billing")),
        ("jf", Ok("billing")),
        ("billing", Ok("billing")),
        ("传真", Err("is retired")),
    ];
    for (typed, want) in cases {
        match (resolve(typed, &after, none), want) {
            (Ok(got), Ok(w)) => assert_eq!(got, *w, "{typed}"),
            (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{typed}: {e}"),
            (got, _) => panic!("{typed}: {got:?}"),
        }
    }
    // A retired service's words are free for a service in use.
    let taken = svc(0, "fax2", "Fax", "", &[], false);
    assert_eq!(clash(&taken, &after), None);
    assert!(same_code("Billing", "billing") && !same_code("计费", "billing"));
}
