//! A desk on PostgreSQL (issue 20), against a real server (tests/common/pg.rs): `init` creates
//! the schema at this opsdesk's version with the caller as admin, and refuses a database that
//! holds anything; a newer
//! schema is refused on every command; the history is append-only by trigger and by privilege;
//! every command not carried over is refused with exit 6, naming itself; a malformed URL names
//! where it came from; a password is never shown.

mod common;

use std::collections::BTreeMap;
use std::process::{Command, Output};

use common::pg::{APP_ROLE, PgDesk, SUPERUSER, app_desk};
use common::{BIN, Desk};
use opsdesk::store::SCHEMA_VERSION;

#[test]
fn init_writes_the_schema_at_this_version() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "init_version");
    let out = d.ok(&["init", "--name", "Test Admin"]);
    assert!(out.contains(&format!("(schema {SCHEMA_VERSION})")), "{out}");
    assert!(out.contains(&format!("with {} as admin", common::login())), "{out}");
    let mut c = pg.connect("init_version", APP_ROLE);
    let v: i64 = c.query_one("SELECT version FROM opsdesk_schema", &[]).unwrap().get(0);
    assert_eq!(v, SCHEMA_VERSION);
    let open: i64 = c.query_one("SELECT n FROM open_total", &[]).unwrap().get(0);
    assert_eq!(open, 0);
    // check: the version and real row counts, read from the server.
    let json: serde_json::Value = serde_json::from_str(&d.ok(&["check", "--json"])).unwrap();
    assert_eq!(json["server"]["schema"], SCHEMA_VERSION);
    // Who wrote it, when, and the change count of its one write; the IT department and its admin.
    assert_eq!(json["server"]["tables"]["meta"], 3);
    assert_eq!(json["server"]["tables"]["users"], 1);
    assert_eq!(json["server"]["tables"]["departments"], 1);
    assert_eq!(json["server"]["tables"]["history"], 2);
    assert_eq!(json["server"]["tables"]["incidents"], 0);
    c.batch_execute(
        "INSERT INTO departments (id, code, name, kind, updated_at, updated_by) VALUES (2, 'ops', 'Ops', 'business', 0, 'x')",
    )
    .unwrap();
    // Written behind opsdesk's back: counted, and found by the replay (it has no history).
    let out = d.run(&["check", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["server"]["tables"]["departments"], 2);
    assert_eq!(json["finding_count"], 1, "{json}");
    assert_eq!(json["findings"][0]["kind"], "dept", "{json}");
    let out = d.run(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&format!("schema {SCHEMA_VERSION}")), "{text}");
    assert!(text.contains("not checked: the server's own pages"), "{text}");
}

#[test]
fn init_refuses_a_database_that_holds_anything() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "init_twice");
    d.ok(&["init"]);
    let e = d.fails(1, &["init"]);
    assert!(e.contains("already holds an opsdesk desk"), "{e}");
    let other = app_desk(pg, "init_not_empty");
    pg.connect("init_not_empty", APP_ROLE)
        .batch_execute("CREATE TABLE theirs (x int)")
        .unwrap();
    let e = other.fails(1, &["init"]);
    assert!(e.contains("is not empty") && e.contains("theirs"), "{e}");
    // Left as it was: their table alone.
    let mut c = pg.connect("init_not_empty", APP_ROLE);
    let n: i64 = c
        .query_one("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &[])
        .unwrap()
        .get(0);
    assert_eq!(n, 1);
    // A database that is not there: said, with what to do.
    let missing = PgDesk::new(pg.url_as("no_such_db", APP_ROLE));
    let e = missing.fails(1, &["init"]);
    assert!(e.contains("does not exist") && e.contains("createdb"), "{e}");
}

#[test]
fn a_newer_schema_is_refused_on_every_command() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "newer");
    d.ok(&["init"]);
    pg.connect("newer", APP_ROLE)
        .execute("UPDATE opsdesk_schema SET version = $1", &[&(SCHEMA_VERSION + 1)])
        .unwrap();
    let newer = format!("(schema {})", SCHEMA_VERSION + 1);
    for args in [&["check"][..], &["incident", "list"], &[], &["tick"]] {
        let e = d.fails(1, args);
        assert!(e.contains(&newer) && e.contains("Upgrade opsdesk"), "{args:?}: {e}");
    }
}

#[test]
fn history_is_append_only_by_trigger_and_by_privilege() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "append_only");
    d.ok(&["init"]);
    let mut app = pg.connect("append_only", APP_ROLE);
    // Appending is what the application does (init appended the directory's first two rows).
    app.batch_execute("INSERT INTO history_texts (hash, text) VALUES (0, '\"a cause held once\"');")
        .unwrap();
    // The application's role holds no UPDATE nor DELETE: refused by privilege.
    for sql in [
        "UPDATE history SET detail = 'rewritten'",
        "DELETE FROM history",
        "UPDATE history_words SET word = 'other'",
        "UPDATE history_texts SET text = 'other'",
        "DELETE FROM history_texts",
        "TRUNCATE history",
    ] {
        let e = app.batch_execute(sql).unwrap_err();
        let db = e.as_db_error().unwrap_or_else(|| panic!("{sql}: {e}"));
        assert_eq!(db.code().code(), "42501", "{sql}: {}", db.message());
    }
    // A superuser passes every privilege check: the trigger refuses it all the same.
    let mut root = pg.connect("append_only", SUPERUSER);
    for sql in [
        "UPDATE history SET detail = 'rewritten'",
        "DELETE FROM history",
        "DELETE FROM history_words",
        "UPDATE history_texts SET text = 'other'",
        "TRUNCATE history_texts",
        "TRUNCATE history",
    ] {
        let e = root.batch_execute(sql).unwrap_err();
        let db = e.as_db_error().unwrap_or_else(|| panic!("{sql}: {e}"));
        assert_eq!(db.message(), "history is append-only", "{sql}");
    }
    let rows: i64 = app
        .query_one("SELECT count(*) FROM history WHERE detail = ''", &[])
        .unwrap()
        .get(0);
    assert_eq!(rows, 2);
}

#[test]
fn a_command_not_carried_over_is_refused_naming_itself() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "refused");
    d.ok(&["init"]);
    let rows = || -> i64 {
        let json: serde_json::Value = serde_json::from_str(&d.ok(&["check", "--json"])).unwrap();
        json["server"]["tables"]
            .as_object()
            .unwrap()
            .values()
            .map(|n| n.as_i64().unwrap())
            .sum()
    };
    let before = rows();
    let e = d.fails(6, &["restore", "/tmp/never-read.db"]);
    assert!(
        e.contains("`restore`") && e.contains("not carried over to PostgreSQL yet"),
        "{e}"
    );
    assert!(
        e.contains("this desk is on PostgreSQL (postgresql://desk_app@/refused"),
        "{e}"
    );
    // The console runs on the server, and without a terminal says it needs one, sending
    // nothing to stdout.
    let out = d.run(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "{:?}", String::from_utf8_lossy(&out.stdout));
    let e = String::from_utf8_lossy(&out.stderr);
    assert!(e.contains("the console needs a terminal"), "{e}");
    // Nothing was written by any of them.
    assert_eq!(rows(), before);
}

#[test]
fn a_malformed_url_names_where_it_came_from() {
    let d = PgDesk::new("postgresql://desk_app@localhost:notaport/desk".into());
    let e = d.fails(2, &["incident", "list"]);
    assert!(
        e.contains("--db / $OPSDESK_DB: postgresql://desk_app@localhost:notaport/desk"),
        "{e}"
    );
    let e = d.fails(2, &["--db", "postgres:/desk", "init"]);
    assert!(
        e.contains("--db / $OPSDESK_DB: postgres:/desk is not a PostgreSQL URL"),
        "{e}"
    );
    // From the config.
    let config = d.dir.path().join("config.toml");
    std::fs::write(&config, "[desk]\ndatabase = \"postgresql://h\"\n").unwrap();
    let out = Command::new(BIN)
        .args(["incident", "list"])
        .env_remove("OPSDESK_DB")
        .env("OPSDESK_CONFIG", &config)
        .env("HOME", d.dir.path())
        .output()
        .unwrap();
    let e = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{e}");
    assert!(
        e.contains(&format!("[desk] database in {}: postgresql://h", config.display()))
            && e.contains("names no database"),
        "{e}"
    );
}

#[test]
fn a_password_is_never_shown() {
    const SECRET: &str = "Sup3rS3cretPw";
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let db = pg.fresh_db("secret");
    // Trusted on the socket: the password is sent for nothing, but it is in the URL.
    let url = pg.url_as(&db, &format!("{APP_ROLE}:{SECRET}"));
    let d = PgDesk::new(url.clone());
    let mut outputs: Vec<(String, Output)> = Vec::new();
    let run = |outputs: &mut Vec<(String, Output)>, d: &PgDesk, args: &[&str]| {
        outputs.push((args.join(" "), d.run(args)));
    };
    for args in [
        &["init"][..],
        &["init"],
        &["check"],
        &["check", "--json"],
        &["incident", "list"],
        &[],
        &["config", "show"],
    ] {
        run(&mut outputs, &d, args);
    }
    // Through the config as well, and a bad URL with a password in it.
    let config = d.dir.path().join("config.toml");
    std::fs::write(&config, format!("[desk]\ndatabase = \"{url}\"\n")).unwrap();
    let from_config = |args: &[&str]| {
        Command::new(BIN)
            .args(args)
            .env_remove("OPSDESK_DB")
            .env("OPSDESK_CONFIG", &config)
            .env("HOME", d.dir.path())
            .output()
            .unwrap()
    };
    outputs.push(("config show (config)".into(), from_config(&["config", "show"])));
    outputs.push(("incident list (config)".into(), from_config(&["incident", "list"])));
    let bad = PgDesk::new(format!("postgresql://u:{SECRET}@h:notaport/d"));
    run(&mut outputs, &bad, &["init"]);
    let missing = PgDesk::new(format!(
        "postgresql://u:{SECRET}@/nodb?host=/nonexistent-dir&password={SECRET}"
    ));
    run(&mut outputs, &missing, &["check"]);
    let mut masked = 0;
    for (what, o) in &outputs {
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!text.contains(SECRET), "{what}: {text}");
        masked += text.matches(":***@").count();
    }
    assert!(masked >= 8, "the URL is shown, masked, in the messages: {outputs:?}");
}

/// The PostgreSQL schema has every table and column of a fresh SQLite desk, each of the same
/// storage class and nullability, so that rows copy 1:1; a SQLite migration that adds a column
/// without adding it to src/store/pg/schema fails here.
#[test]
fn the_schema_matches_sqlites_column_for_column() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "columns");
    d.ok(&["init"]);
    let sqlite = Desk::init();
    let conn = rusqlite::Connection::open(&sqlite.db).unwrap();
    let mut want: BTreeMap<String, Vec<(String, String, bool)>> = BTreeMap::new();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_text%'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in tables {
        let mut s = conn.prepare(&format!("PRAGMA table_info(\"{t}\")")).unwrap();
        let cols = s
            .query_map([], |r| {
                let ty: String = r.get(2)?;
                let notnull: bool = r.get(3)?;
                let pk: i64 = r.get(5)?;
                let pg_ty = match ty.as_str() {
                    "INTEGER" => "bigint",
                    "TEXT" => "text",
                    "BLOB" => "bytea",
                    "REAL" => "double precision",
                    other => panic!("{t}: a column of type {other}"),
                };
                Ok((r.get::<_, String>(1)?, pg_ty.to_string(), notnull || pk > 0))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        want.insert(t, cols);
    }
    let mut c = pg.connect("columns", APP_ROLE);
    let mut got: BTreeMap<String, Vec<(String, String, bool)>> = BTreeMap::new();
    for r in c
        .query(
            "SELECT table_name::text, column_name::text, data_type::text, is_nullable = 'NO'
             FROM information_schema.columns c
             WHERE table_schema = 'public' AND table_name NOT IN ('opsdesk_schema', 'search_text')
               AND EXISTS (SELECT 1 FROM information_schema.tables t WHERE t.table_schema = 'public'
                           AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE')
             ORDER BY table_name, ordinal_position",
            &[],
        )
        .unwrap()
    {
        got.entry(r.get(0)).or_default().push((r.get(1), r.get(2), r.get(3)));
    }
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "the tables"
    );
    for (t, cols) in &want {
        assert_eq!(&got[t], cols, "the columns of {t}");
    }
}

#[test]
fn check_reads_the_servers_triggers_privileges_and_kept_counts() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "tampered");
    d.ok(&["init", "--name", "Admin"]);
    d.ok(&[
        "incident",
        "new",
        "--title",
        "gateway down",
        "--service",
        "billing",
        "--category",
        "network",
        "--channel",
        "phone",
    ]);
    assert!(d.ok(&["check"]).contains("check: ok"));
    // Someone who can (the server's superuser) switches a guard off, grants the history back,
    // alters a function and moves a kept count.
    let mut root = pg.connect("tampered", common::pg::SUPERUSER);
    root.batch_execute(&format!(
        "ALTER TABLE history DISABLE TRIGGER history_no_delete;
         DROP TRIGGER incidents_count_delete ON incidents;
         GRANT UPDATE ON history TO {APP_ROLE};
         CREATE OR REPLACE FUNCTION opsdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END; $$;
         UPDATE open_total SET n = n + 5;"
    ))
    .unwrap();
    let out = d.run(&["check"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for said in [
        "trigger history_no_delete on history is disabled",
        "trigger incidents_count_delete on incidents is missing (dropped)",
        "may UPDATE history, which is append-only",
        "function opsdesk_append_only was altered",
        "open incidents: the kept count (open_total) says 6, counting them says 1",
    ] {
        assert!(
            text.contains(said),
            "{said}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_calendar_and_a_test_message_need_no_desk_and_work_beside_a_server_desk() {
    let guard = pg_server!();
    let pg = guard.as_ref().unwrap();
    let d = app_desk(pg, "beside");
    let spool = common::pg::spooling(&d);
    d.ok(&["init", "--name", "Admin"]);
    let month = d.ok(&["calendar", "--month", "2026-10"]);
    assert!(month.contains("2026-10"), "{month}");
    let sent = d.ok(&["notify", "test", "--to", "desk@example.com"]);
    assert!(sent.contains("desk@example.com"), "{sent}");
    let files = std::fs::read_dir(&spool).unwrap().count();
    assert_eq!(files, 1, "one test message in the spool");
}
