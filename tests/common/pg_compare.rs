//! Comparing what a SQLite desk and a server desk (issue 20) say: outputs without the instants of
//! their writing, scripts run on both, searches on both.

use std::path::Path;

use chrono::DateTime;
use serde_json::Value;

use super::pg::{PgDesk, PgServer, app_desk};

/// JSON output without the instants of its writing, at any depth: `at`, `updated_at`,
/// `created_at`, `recorded_at`, and a history row's change of `created_at` (a callback is stamped when it is
/// scheduled). What two desks written a second apart still agree on.
pub fn untimed(out: &str) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(o) => {
                o.remove("at");
                o.remove("updated_at");
                o.remove("created_at");
                o.remove("recorded_at");
                if o.get("field").is_some_and(|f| f == "created_at") {
                    o.remove("after");
                }
                o.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            // The moment of writing under any other name (a duty withdrawn when the step came):
            // the two desks ran a second or so apart. The instants a test names are long past.
            serde_json::Value::String(t)
                if DateTime::parse_from_rfc3339(t)
                    .is_ok_and(|at| (chrono::Utc::now() - at.to_utc()).num_minutes().abs() < 60) =>
            {
                *t = "<now>".into()
            }
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"));
    strip(&mut v);
    v
}

/// A spool in the desk's directory (a desk on a server has no file to keep one beside).
pub fn spooling(d: &PgDesk) -> std::path::PathBuf {
    let spool = d.dir.path().join("spool");
    std::fs::write(
        d.dir.path().join("config.toml"),
        format!(
            "[notify]\nspool_dir = \"{}\"\nsend_every_seconds = 1\n",
            spool.display()
        ),
    )
    .unwrap();
    spool
}

/// What both engines must agree on: everything but instants (and text written from them), a
/// sender's name (host and pid) and where a spool file went.
pub fn timeless(mut v: Value) -> Value {
    fn instant_or_host(k: &str) -> bool {
        k == "at"
            || k.ends_with("_at")
            || k.ends_with("_until")
            || k.ends_with("_due")
            || k.starts_with("due")
            // A working-day clock that runs while the test does (R7: paused, left).
            || (k.contains("working") && k.ends_with("seconds"))
            || matches!(
                k,
                "body" | "receipt" | "lease_owner" | "review_by" | "detail" | "clock_start"
            )
    }
    fn strip(v: &mut Value) {
        match v {
            Value::Object(o) => {
                o.retain(|k, _| !instant_or_host(k));
                // A send attempt's sender (host and pid).
                if o.contains_key("attempt") {
                    o.remove("owner");
                }
                o.values_mut().for_each(strip);
            }
            Value::Array(a) => {
                // A history row's change of such a field: whether there is one at all depends on
                // the second things happened in (a message approved in the second it was written
                // keeps its next_attempt_at).
                a.retain(|c| !c.get("field").and_then(Value::as_str).is_some_and(instant_or_host));
                a.iter_mut().for_each(strip);
            }
            // An instant under any other name.
            Value::String(t) if DateTime::parse_from_rfc3339(t).is_ok() => *t = "<instant>".into(),
            // A local minute in a sentence ("email, sent 2026-12-04 05:56").
            Value::String(t) => *t = minutes_out(t),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

/// `text` with each instant written in it as `<minute>`: a local minute (`2026-12-04 05:56`, its
/// seconds too) or an RFC 3339 instant (`2026-12-04T10:09:25+08:00`) in a sentence. Text two
/// desks write a few seconds apart may fall either side of a minute.
fn minutes_out(text: &str) -> String {
    let minute = |w: &[char], t: char| {
        w.len() >= 16
            && w[..16].iter().enumerate().all(|(i, c)| match i {
                4 | 7 => *c == '-',
                10 => *c == t,
                13 => *c == ':',
                _ => c.is_ascii_digit(),
            })
    };
    // The seconds (`:25`) and an offset (`+08:00`, `Z`) after a minute belong to it.
    let tail = |w: &[char]| {
        let mut n = 0;
        if w.len() >= 3 && w[0] == ':' && w[1].is_ascii_digit() && w[2].is_ascii_digit() {
            n = 3;
        }
        match w.get(n) {
            Some('Z') => n + 1,
            Some('+' | '-')
                if w.len() >= n + 6 && w[n + 1..n + 3].iter().all(char::is_ascii_digit) && w[n + 3] == ':' =>
            {
                n + 6
            }
            _ => n,
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if minute(&chars[i..], ' ') || minute(&chars[i..], 'T') {
            out.push_str("<minute>");
            i += 16;
            i += tail(&chars[i..]);
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Where `a` and `b` first differ: the path and both values.
pub fn difference(a: &Value, b: &Value, at: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                let (p, q) = (x.get(k).unwrap_or(&Value::Null), y.get(k).unwrap_or(&Value::Null));
                if let Some(d) = difference(p, q, &format!("{at}.{k}")) {
                    return Some(d);
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (p, q))| difference(p, q, &format!("{at}[{i}]"))),
        _ if a == b => None,
        _ => Some(format!("{at}: SQLite {a} | PostgreSQL {b}")),
    }
}

/// Runs a command on one desk, requiring exit 0; its stdout.
pub type Run<'a> = &'a dyn Fn(&[&str]) -> String;

/// Run `script` on a fresh SQLite desk and on a fresh PostgreSQL database `name` (each `init`ed
/// by the test's login, with a spool of its own), and require every output it kept to agree but
/// for instants ([`timeless`]). Returns both desks for what the test looks at after.
pub fn same_on_both(pg: &PgServer, name: &str, script: &dyn Fn(Run) -> Vec<(String, Value)>) -> (super::Desk, PgDesk) {
    let lite = super::Desk::empty();
    let spool = lite.path().join("spool");
    lite.write_config(&format!("[notify]\nspool_dir = \"{}\"\n", spool.display()));
    lite.ok(&["init", "--name", "Admin"]);
    let server = app_desk(pg, name);
    spooling(&server);
    server.ok(&["init", "--name", "Admin"]);
    let on_lite = script(&|a| lite.ok(a));
    let on_pg = script(&|a| server.ok(a));
    for ((step, a), (_, b)) in on_lite.iter().zip(&on_pg) {
        if let Some(d) = difference(a, b, "") {
            panic!("{step}: SQLite and PostgreSQL differ at {d}");
        }
    }
    assert_eq!(on_lite.len(), on_pg.len());
    (lite, server)
}

/// `args`' output read as JSON, without instants: what [`same_on_both`] compares.
pub fn kept(run: Run, args: &[&str]) -> (String, Value) {
    let text = run(args);
    let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}: {text}"));
    (args.join(" "), timeless(v))
}

/// Each of `queries` finds something on the SQLite desk `lite`, and the same on a `backup` of the
/// server desk `server`: the server's search documents (copied as they are) are what SQLite's
/// index reads.
pub fn same_search(lite: &super::Desk, server: &PgDesk, queries: &[&str]) {
    let copy = server.dir.path().join("copy.db");
    server.ok(&["backup", copy.to_str().unwrap()]);
    let search = |db: &Path, q: &str| -> Value {
        let out = lite
            .cmd(&["search", q, "--json"])
            .env("OPSDESK_DB", db)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        timeless(serde_json::from_slice(&out.stdout).unwrap())
    };
    for q in queries {
        let want = search(&lite.db, q);
        assert!(want.as_array().is_some_and(|a| !a.is_empty()), "{q}: {want:#}");
        assert_eq!(search(&copy, q), want, "{q}");
    }
}
