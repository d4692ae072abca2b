//! Service requests through the real binary: a desk with the departments requests come from,
//! and `request new`.

use super::Desk;

/// A desk with the business departments requests come from, and a supervisor with an address.
pub fn desk() -> Desk {
    let d = Desk::init();
    for (code, name, interface, email) in [
        ("marketing", "市场经营部", "孙丽", "sunli@example.com"),
        ("enterprise", "政企客户部", "周经理", "zhou@example.com"),
    ] {
        d.ok(&[
            "dept",
            "add",
            code,
            "--name",
            name,
            "--interface",
            interface,
            "--interface-email",
            email,
        ]);
    }
    d.add_person("zhangwei", "张伟", "supervisor", "13800000001", "zhangwei@example.com");
    d
}

/// `request new` with `args` after the common ones; the new id.
pub fn new(d: &Desk, kind: &str, title: &str, received: &str, args: &[&str]) -> String {
    let mut a = vec![
        "request",
        "new",
        "--kind",
        kind,
        "--title",
        title,
        "--dept",
        "marketing",
        "--requester",
        "孙丽",
        "--contact",
        "sunli@example.com",
        "--channel",
        "email",
        "--received-at",
        received,
    ];
    a.extend_from_slice(args);
    d.ok(&a).trim().to_string()
}
