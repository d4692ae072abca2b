//! Issue 19 item 11: the forms offer the directory as the worker last read it; a service added
//! elsewhere is offered once the worker's refresh brings the directory again, no restart.

use chrono::TimeZone;

use super::*;
use crate::ops::services::Directory;
use crate::tui::form::{F, FieldId};

fn billing() -> crate::domain::service::Service {
    crate::domain::service::Service {
        id: 1,
        code: "billing".into(),
        name_en: "Billing".into(),
        name_zh: "计费".into(),
        aliases: vec![],
        ord: 100,
        retired: false,
        version: 1,
        updated_at: chrono::Utc.with_ymd_and_hms(2026, 12, 2, 8, 0, 0).unwrap(),
        updated_by: "admin".into(),
    }
}

#[test]
fn i11_a_service_added_elsewhere_is_offered_after_the_refresh_in_the_console_language() {
    let mut a = app();
    let svc = FieldId::Named(F::Service);
    assert!(
        a.setup.choices.matches(&svc, "计").is_empty(),
        "not yet in the directory"
    );
    let dir = Directory {
        services: vec![billing()],
        depts: vec![("netops".into(), "网络运维部".into())],
        people: vec![("wangfang".into(), "王芳".into())],
        ..Default::default()
    };
    assert!(a.on_reply(Reply::Directory(Box::new(dir.clone())), t0()).is_empty());
    assert_eq!(
        a.setup.choices.matches(&svc, "计"),
        [("billing".to_string(), String::new())],
        "offered by its Chinese name; its English name is its code, not said twice"
    );
    assert_eq!(
        a.setup.choices.matches(&FieldId::Named(F::RequestDept), "net")[0].0,
        "netops"
    );
    assert_eq!(a.setup.choices.matches(&FieldId::Named(F::To), "王")[0].0, "wangfang");
    let mut zh = app();
    zh.s = crate::tui::i18n::Strings::new(crate::tui::i18n::Lang::ZhCn);
    zh.on_reply(Reply::Directory(Box::new(dir)), t0());
    assert_eq!(zh.setup.choices.matches(&svc, "bil")[0].1, "计费");
}
