//! U4 inside the write transaction: a role is what the directory says at the moment of the write,
//! not what a long-open console read when it started (issue 21).

mod common;

use chrono::Utc;
use common::{Desk, login};
use opsdesk::config::Config;
use opsdesk::domain::role::{Actor, Role};
use opsdesk::domain::time::whole_seconds;
use opsdesk::ops::{self, Call, directory, incidents};
use opsdesk::store::Store;

fn open(path: &std::path::Path) -> ops::Desk {
    ops::Desk::new(Store::open(path).unwrap(), Config::defaults())
}

fn person(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

#[test]
fn u4_a_demoted_supervisors_open_console_can_no_longer_take_over() {
    let d = Desk::init();
    d.add_person("zhang", "张伟", "supervisor", "", "");
    d.add_person("lilei", "李雷", "operator", "", "");
    let id = d.new_incident("CRM 登录失败", "-2m");
    let now = whole_seconds(Utc::now());
    // Li owns it; Zhang's console was opened while Zhang was a supervisor.
    let mut console = open(&d.db);
    let zhang_then = console.actor("zhang").unwrap();
    assert_eq!(zhang_then.role, Role::Supervisor);
    incidents::accept(
        &mut console,
        &Call::new(&person("lilei", Role::Operator), now),
        id,
        None,
    )
    .unwrap();
    // The admin demotes Zhang from another process.
    let mut admin_desk = open(&d.db);
    let admin = admin_desk.actor(&login()).unwrap();
    directory::set_role(&mut admin_desk, &admin, "zhang", Role::Operator, None, now).unwrap();
    // The old console still holds "supervisor": the core reads the role again and refuses.
    let err = incidents::accept(&mut console, &Call::new(&zhang_then, now), id, Some("zhang")).unwrap_err();
    assert_eq!(opsdesk::error::exit_code(&err), 5, "{err:#}");
    let err = incidents::restore(&mut console, &Call::new(&zhang_then, now), id, now, None, &[], "").unwrap_err();
    assert_eq!(opsdesk::error::exit_code(&err), 5, "{err:#}");
    // Promoted again, the same stale value works as what the directory now says.
    directory::set_role(&mut admin_desk, &admin, "zhang", Role::Supervisor, None, now).unwrap();
    incidents::accept(
        &mut console,
        &Call::new(&person("zhang", Role::Operator), now),
        id,
        Some("zhang"),
    )
    .unwrap();
}

#[test]
fn u4_a_user_removed_from_the_directory_changes_nothing() {
    let d = Desk::init();
    let id = d.new_incident("短信网关延迟", "-1m");
    let mut desk = open(&d.db);
    let ghost = person("ghost", Role::Admin);
    let err = incidents::note(&mut desk, &Call::new(&ghost, whole_seconds(Utc::now())), id, "hello").unwrap_err();
    assert_eq!(opsdesk::error::exit_code(&err), 5);
    assert!(format!("{err:#}").contains("no longer a user"), "{err:#}");
}

#[test]
fn i12_reopen_needs_the_owner_or_a_supervisor_on_every_path() {
    let d = Desk::init();
    d.add_person("lilei", "李雷", "operator", "", "");
    d.add_person("hanmeimei", "韩梅梅", "operator", "", "");
    let id = d.new_incident("账务库慢查询", "-20m");
    let mut desk = open(&d.db);
    let now = whole_seconds(Utc::now());
    let li = person("lilei", Role::Operator);
    let call = Call::new(&li, now);
    incidents::accept(&mut desk, &call, id, None).unwrap();
    incidents::resolve(&mut desk, &call, id, now, "加索引", false).unwrap();
    incidents::verify(&mut desk, &call, id, now, Some(5), "").unwrap();
    incidents::close(&mut desk, &call, id, now).unwrap();
    let han = person("hanmeimei", Role::Operator);
    let err = incidents::reopen(&mut desk, &Call::new(&han, now), id, now, "又出现了").unwrap_err();
    assert_eq!(opsdesk::error::exit_code(&err), 5, "{err:#}");
    let out = incidents::reopen(&mut desk, &call, id, now, "又出现了").unwrap();
    assert_eq!(out.incident.episode, 1);
}
