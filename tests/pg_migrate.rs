//! Moving a desk between the engines (issue 20), against a real server (tests/common/pg.rs):
//! `migrate --to URL` copies a SQLite desk, history and all, into an empty PostgreSQL database,
//! where what is carried over (the incident list, histories, the directory) reads as it did;
//! `backup FILE` of that desk writes an ordinary SQLite desk again, which `check` passes and which
//! lists, shows and finds exactly what the first one did. Refused: anyone but an admin, a
//! database that holds anything, a file for a URL; a copy that cannot be made whole leaves the
//! database empty.

mod common;

use common::Desk;
use common::pg::{APP_ROLE, PgServer, SUPERUSER, app_desk};

/// How many tables, views and sequences the database's schema holds.
fn relations(pg: &PgServer, db: &str) -> i64 {
    pg.connect(db, APP_ROLE)
        .query_one(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public'",
            &[],
        )
        .unwrap()
        .get(0)
}

/// The history's head as `check --print-head` prints it, without the time it was read.
fn head(d: &Desk) -> String {
    let out = d.ok(&["check", "--print-head"]);
    out.split(" at ").next().unwrap().to_string()
}

#[test]
fn a_desk_moved_to_postgresql_and_backed_up_again_is_the_same_desk() {
    let Some(guard) = common::pg::server() else { return };
    let pg = guard.as_ref().unwrap();
    let sqlite = Desk::demo("admin");
    let moved = app_desk(pg, "moved");
    let out = sqlite.ok(&["migrate", "--to", &moved.url]);
    assert!(out.contains("rows equal row by row on both"), "{out}");
    // The server holds what the file holds, table by table (the counts kept by triggers aside).
    let theirs: serde_json::Value = serde_json::from_str(&moved.ok(&["check", "--json"])).unwrap();
    let file = rusqlite::Connection::open(&sqlite.db).unwrap();
    for (table, n) in theirs["server"]["tables"].as_object().unwrap() {
        if ["opsdesk_schema", "search_text", "open_restored"].contains(&table.as_str()) {
            continue;
        }
        let ours: i64 = file
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| r.get(0))
            .unwrap();
        assert_eq!(n.as_i64(), Some(ours), "rows of {table}");
    }
    let incidents: i64 = file
        .query_row("SELECT count(*) FROM incidents", [], |r| r.get(0))
        .unwrap();
    assert!(incidents > 1000, "a demo desk's month and year: {incidents}");
    let docs: i64 = file
        .query_row("SELECT count(*) FROM search_docs", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        theirs["server"]["tables"]["search_text"].as_i64(),
        Some(docs),
        "a search text per document"
    );
    // New rows on the server get ids past the copied ones.
    let mut c = pg.connect("moved", APP_ROLE);
    let next: i64 = c
        .query_one("SELECT nextval(pg_get_serial_sequence('incidents', 'id'))", &[])
        .unwrap()
        .get(0);
    assert_eq!(next, incidents + 1);

    // What is carried over reads the same on the server as on the file it came from.
    for args in [
        &["incident", "list", "--limit", "5000", "--json"][..],
        &["incident", "list", "--open", "--json"],
        &[
            "incident",
            "list",
            "--status",
            "closed",
            "--service",
            "billing",
            "--limit",
            "7",
        ],
        &["incident", "list", "--level", "manager", "--json"],
        &["incident", "list", "--before", "500", "--limit", "3"],
        &["incident", "show", "7"],
        &["incident", "show", "51", "--json"],
        &["history", "incident", "7"],
        &["history", "incident", "51", "--json"],
        &["history", "request", "3", "--json"],
        &["history", "user", "lilei"],
        &["user", "list"],
        &["dept", "list", "--json"],
    ] {
        let a = sqlite.ok(args);
        assert!(
            a.lines().count() > 1 || args[0] == "history",
            "{args:?} shows something: {a}"
        );
        assert_eq!(moved.ok(args), a, "{args:?} on PostgreSQL");
    }

    // And back to a file: an ordinary desk, the same desk.
    let back = Desk::empty();
    let db = back.db.display().to_string();
    let out = moved.ok(&["backup", &db]);
    assert!(out.contains("rows equal row by row") && out.contains(&db), "{out}");
    let checked = back.ok(&["check"]);
    assert!(checked.contains("check: ok"), "{checked}");
    assert_eq!(head(&back), head(&sqlite));
    for args in [
        &["incident", "list", "--limit", "5000", "--json"][..],
        &["history", "incident", "7"],
        &["search", "短信"],
        &["search", "--closed", "gateway"],
        &["change", "list"],
        &["request", "list"],
        &["user", "list"],
    ] {
        let a = sqlite.ok(args);
        assert!(a.lines().count() > 1, "{args:?} shows something: {a}");
        assert_eq!(back.ok(args), a, "{args:?}");
    }
    // The copy is a desk like any other: it takes new work.
    back.new_incident("after the move", "2026-11-20 09:00");
}

#[test]
fn only_an_admin_moves_a_desk_and_only_into_an_empty_database() {
    let Some(guard) = common::pg::server() else { return };
    let pg = guard.as_ref().unwrap();
    let supervisor = Desk::demo("supervisor");
    let target = app_desk(pg, "refusals");
    let e = supervisor.fails(5, &["migrate", "--to", &target.url]);
    assert!(e.contains("needs the admin role"), "{e}");
    assert_eq!(relations(pg, "refusals"), 0, "nothing written");

    let admin = Desk::init();
    let e = admin.fails(2, &["migrate", "--to", "/tmp/elsewhere.db"]);
    assert!(e.contains("--to") && e.contains("opsdesk backup FILE"), "{e}");
    admin.ok(&["migrate", "--to", &target.url]);
    let e = admin.fails(1, &["migrate", "--to", &target.url]);
    assert!(e.contains("already holds an opsdesk desk"), "{e}");
    let theirs = app_desk(pg, "theirs");
    pg.connect("theirs", APP_ROLE)
        .batch_execute("CREATE TABLE their_table (x int)")
        .unwrap();
    let e = admin.fails(1, &["migrate", "--to", &theirs.url]);
    assert!(e.contains("is not empty") && e.contains("their_table"), "{e}");
    // A desk on PostgreSQL already is moved back by backup, not by migrate.
    let e = target.fails(2, &["migrate", "--to", &theirs.url]);
    assert!(e.contains("opsdesk backup FILE"), "{e}");
}

#[test]
fn a_copy_that_cannot_be_made_whole_leaves_the_database_empty() {
    let Some(guard) = common::pg::server() else { return };
    let pg = guard.as_ref().unwrap();
    let sqlite = Desk::demo("admin");
    // SQLite keeps a NUL inside a text; PostgreSQL's text cannot hold one.
    rusqlite::Connection::open(&sqlite.db)
        .unwrap()
        .execute(
            "UPDATE incidents SET description = 'before' || char(0) || 'after' WHERE id = 42",
            [],
        )
        .unwrap();
    let target = app_desk(pg, "not_whole");
    let e = sqlite.fails(1, &["migrate", "--to", &target.url]);
    assert!(
        e.contains("table incidents") && e.contains("id 42") && e.contains("NUL"),
        "{e}"
    );
    assert_eq!(relations(pg, "not_whole"), 0, "the schema went with the rows");
}

#[test]
fn a_backup_of_a_postgresql_desk_is_for_its_users_and_replaces_only_when_told() {
    let Some(guard) = common::pg::server() else { return };
    let pg = guard.as_ref().unwrap();
    let sqlite = Desk::init();
    let moved = app_desk(pg, "backups");
    sqlite.ok(&["migrate", "--to", &moved.url]);
    let back = Desk::empty();
    let db = back.db.display().to_string();
    std::fs::write(&back.db, "theirs").unwrap();
    let e = moved.fails(4, &["backup", &db]);
    assert!(e.contains("--force"), "{e}");
    assert_eq!(std::fs::read(&back.db).unwrap(), b"theirs");
    moved.ok(&["backup", "--force", &db]);
    assert!(back.ok(&["check"]).contains("check: ok"));
    // Someone the desk does not know gets no copy of it.
    let me = common::login();
    pg.connect("backups", SUPERUSER)
        .execute("UPDATE users SET login = 'someone_else' WHERE login = $1", &[&me])
        .unwrap();
    let elsewhere = back.dir.path().join("never.db");
    let e = moved.fails(5, &["backup", &elsewhere.display().to_string()]);
    assert!(e.contains("is not an opsdesk user"), "{e}");
    assert!(!elsewhere.exists());
    for args in [
        &["incident", "list"][..],
        &["incident", "show", "1"],
        &["history", "incident", "1"],
        &["user", "list"],
    ] {
        let e = moved.fails(5, args);
        assert!(e.contains("is not an opsdesk user of postgresql://"), "{args:?}: {e}");
    }
}
