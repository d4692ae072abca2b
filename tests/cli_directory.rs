//! Identity, roles and the directory through the real binary (SPEC U1–U4, A1).

mod common;

use common::{Desk, login};

#[test]
fn u2_init_makes_the_caller_admin_and_refuses_twice() {
    let d = Desk::init();
    let users = d.json(&["user", "list"]);
    assert_eq!(users[0]["login"], login());
    assert_eq!(users[0]["role"], "admin");
    let err = d.fails(1, &["init"]);
    assert!(err.contains("already exists"), "{err}");
}

#[test]
fn u4_operator_running_an_admin_command_exits_5_and_nothing_changes() {
    let d = Desk::demo("operator");
    let before_users = d.json(&["user", "list"]);
    let before_bytes = std::fs::read(&d.db).unwrap();
    let err = d.fails(
        5,
        &[
            "user", "add", "newbie", "--name", "新人", "--role", "operator", "--dept", "it",
        ],
    );
    assert!(err.contains("needs the admin role"), "{err}");
    let err = d.fails(5, &["dept", "add", "hr", "--name", "人力资源部"]);
    assert!(err.contains("admin"), "{err}");
    d.fails(5, &["user", "set-role", &login(), "admin"]);
    d.fails(5, &["user", "edit", &login(), "--name", "我自己"]);
    d.fails(5, &["dept", "edit", "it", "--name", "我的部门"]);
    assert_eq!(d.json(&["user", "list"]), before_users);
    assert_eq!(
        std::fs::read(&d.db).unwrap(),
        before_bytes,
        "the database file is unchanged"
    );
}

#[test]
fn u4_operator_may_not_drive_someone_elses_incident() {
    let d = Desk::demo("operator");
    // Incident owned by lilei in the demo: find one.
    let list = d.json(&["incident", "list", "--open", "--owner", "lilei"]);
    let id = list[0]["id"].as_i64().unwrap().to_string();
    let err = d.fails(5, &["incident", "restore", &id]);
    assert!(err.contains("owned by lilei"), "{err}");
    d.fails(5, &["incident", "accept", &id]);
    // A note is anyone's to add.
    d.ok(&["incident", "note", &id, "值班员补充：用户反馈已恢复部分功能"]);
}

#[test]
fn u1_supervisor_may_take_over() {
    let d = Desk::demo("supervisor");
    let list = d.json(&["incident", "list", "--open", "--owner", "lilei"]);
    let id = list[0]["id"].as_i64().unwrap().to_string();
    let v = d.json(&["incident", "accept", &id]);
    assert_eq!(v["owner"], login());
}

#[test]
fn u3_departments_and_users_are_managed_by_admin_with_history() {
    let d = Desk::init();
    d.ok(&[
        "dept",
        "add",
        "callcentre",
        "--name",
        "客户服务中心",
        "--interface",
        "赵敏",
        "--interface-phone",
        "13900000011",
        "--head",
        "孙主任",
        "--manager",
        "郑经理",
        "--manager-email",
        "zheng@example.com",
        "--front-line",
    ]);
    d.ok(&[
        "user",
        "add",
        "lilei",
        "--name",
        "李雷",
        "--role",
        "operator",
        "--dept",
        "it",
        "--phone",
        "13800000005",
    ]);
    d.fails(
        3,
        &[
            "user", "add", "x", "--name", "X", "--role", "operator", "--dept", "nowhere",
        ],
    );
    d.fails(
        2,
        &["user", "add", "x", "--name", "X", "--role", "president", "--dept", "it"],
    );
    d.fails(
        2,
        &[
            "user",
            "add",
            "bad login",
            "--name",
            "X",
            "--role",
            "operator",
            "--dept",
            "it",
        ],
    );
    let depts = d.json(&["dept", "list"]);
    let cc = depts
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "callcentre")
        .unwrap();
    assert_eq!(cc["interface"]["name"], "赵敏");
    assert_eq!(cc["front_line"], true);
    d.ok(&["user", "set-role", "lilei", "supervisor"]);
    let h = d.json(&["history", "user", "lilei"]);
    let last = h.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "set_role");
    assert_eq!(last["actor"], login());
    assert_eq!(last["changes"][0]["field"], "role");
    assert_eq!(last["changes"][0]["before"], "operator");
    assert_eq!(last["changes"][0]["after"], "supervisor");
}

#[test]
fn u1_the_last_admin_cannot_step_down() {
    let d = Desk::init();
    let err = d.fails(1, &["user", "set-role", &login(), "operator"]);
    assert!(err.contains("last admin"), "{err}");
}

#[test]
fn no_database_says_how_to_create_one() {
    let d = Desk::empty();
    for args in [&["incident", "list"][..], &[][..]] {
        let err = d.fails(1, args);
        assert!(
            err.contains("opsdesk init") && err.contains("opsdesk demo"),
            "{args:?}: {err}"
        );
    }
    assert!(!d.db.exists(), "nothing was created");
}

#[test]
fn new_database_is_readable_by_owner_and_group_only() {
    use std::os::unix::fs::PermissionsExt;
    let d = Desk::init();
    let mode = std::fs::metadata(&d.db).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o660);
}

#[test]
fn demo_never_replaces_a_real_desk() {
    let d = Desk::init();
    let err = d.fails(1, &["demo"]);
    assert!(err.contains("not a demo database"), "{err}");
    // A demo may be rewritten.
    let demo = Desk::demo("operator");
    demo.ok(&["demo", "--role", "admin"]);
    assert_eq!(
        demo.json(&["user", "list"])
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["login"] == login())
            .unwrap()["role"],
        "admin"
    );
}

#[test]
fn demo_holds_every_state_and_level() {
    let d = Desk::demo("supervisor");
    // The story's incidents of the last month, and the year of closed ones before it (item 9).
    let all = d.json(&["incident", "list", "--limit", "10000"]);
    let all = all.as_array().unwrap();
    assert!(all.len() >= 1000, "a year of incidents, got {}", all.len());
    for status in [
        "reported",
        "accepted",
        "diagnosing",
        "restored",
        "resolved",
        "verified",
        "closed",
    ] {
        assert!(all.iter().any(|i| i["status"] == status), "no {status} incident");
    }
    for level in ["none", "supervisor", "manager", "leader"] {
        assert!(
            all.iter()
                .any(|i| i["escalation_level"] == level && i["status"] != "closed"),
            "no open {level} incident"
        );
    }
    assert!(all.iter().any(|i| {
        i["title"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }));
    assert!(all.iter().any(|i| i["title"].as_str().unwrap().is_ascii()));
}

#[test]
fn u3_an_admin_corrects_a_person_and_a_department_with_history_and_check_holds() {
    let d = Desk::init();
    d.ok(&[
        "dept",
        "add",
        "marketing",
        "--name",
        "市场部",
        "--interface",
        "孙丽",
        "--interface-phone",
        "13900000013",
    ]);
    d.ok(&[
        "user", "add", "lilei", "--name", "李雷", "--role", "operator", "--dept", "it",
    ]);
    d.ok(&[
        "user",
        "edit",
        "lilei",
        "--name",
        "李磊",
        "--phone",
        "+86 138-0000-0004",
        "--email",
        "lilei@example.com",
    ]);
    let users = d.json(&["user", "list"]);
    let li = users
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["login"] == "lilei")
        .unwrap();
    assert_eq!(
        (li["name"].as_str(), li["phone"].as_str()),
        (Some("李磊"), Some("+8613800000004"))
    );
    // Every check of input holds on an edit too.
    let err = d.fails(2, &["user", "edit", "lilei", "--name", "李\n磊"]);
    assert!(err.contains("control character"), "{err}");
    d.fails(2, &["user", "edit", "lilei", "--email", "--config=/tmp/x"]);
    d.fails(3, &["user", "edit", "nobody", "--name", "x"]);
    d.fails(2, &["user", "edit", "lilei"]);
    d.ok(&[
        "dept",
        "edit",
        "marketing",
        "--interface",
        "钱芳",
        "--interface-phone",
        "",
        "--interface-email",
        "qianfang@example.com",
        "--front-line",
        "true",
    ]);
    let depts = d.json(&["dept", "list"]);
    let m = depts
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "marketing")
        .unwrap();
    assert_eq!(m["interface"]["name"], "钱芳");
    assert_eq!(m["interface"]["phone"], "");
    assert_eq!(m["front_line"], true);
    let history = d.json(&["history", "dept", &m["id"].to_string()]);
    assert_eq!(history.as_array().unwrap().last().unwrap()["action"], "edit");
    d.ok(&["check"]);
}
