//! The run and its checks: every acknowledged change is there, every refused one left no trace,
//! the history replays to the final state, and no SQLITE_BUSY reached a user.

use super::*;

/// An instant, a null or any other JSON value, comparable whatever zone it was written in.
fn norm(v: &Value) -> Value {
    match v.as_str().and_then(|s| DateTime::parse_from_rfc3339(s).ok()) {
        Some(t) => Value::from(t.timestamp()),
        None => v.clone(),
    }
}

/// Fields the history must replay to, as `incident show --json` prints them.
const REPLAYED: &[&str] = &[
    "title",
    "status",
    "owner",
    "episode",
    "cause",
    "satisfaction",
    "outage",
    "human_cause",
    "severity",
    "service",
    "clock_start",
    "accepted_at",
    "contacted_at",
    "restored_at",
    "resolved_at",
    "verified_at",
    "closed_at",
];

/// Every text the database holds in history rows and incidents, for "left no trace" checks.
fn all_text(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut all = String::new();
    let mut st = conn.prepare("SELECT detail || ' ' || changes FROM history").unwrap();
    for row in st.query_map([], |r| r.get::<_, String>(0)).unwrap() {
        all.push_str(&row.unwrap());
        all.push('\n');
    }
    let mut st = conn
        .prepare("SELECT title || ' ' || cause || ' ' || description FROM incidents")
        .unwrap();
    for row in st.query_map([], |r| r.get::<_, String>(0)).unwrap() {
        all.push_str(&row.unwrap());
        all.push('\n');
    }
    all
}

#[test]
fn stress_conflicting_writers_lose_nothing_and_history_replays() {
    let desk = Desk::demo("supervisor");
    let me = login();
    let open = desk.json(&["incident", "list", "--open", "--limit", "1000"]);
    let mut initial: HashMap<i64, i64> = HashMap::new();
    let mut pool: Vec<i64> = Vec::new();
    for i in open.as_array().unwrap() {
        let id = i["id"].as_i64().unwrap();
        initial.insert(id, i["version"].as_i64().unwrap());
        pool.push(id);
    }
    pool.sort();
    assert!(pool.len() >= HOT, "the demo has open incidents");
    let shared = Arc::new(Shared {
        db: desk.db.clone(),
        config: desk.config.clone(),
        home: desk.path().to_path_buf(),
        pool: Mutex::new(pool),
        users: ["lilei", "hanmeimei", "zhangwei", me.as_str()].map(String::from).into(),
    });
    // Keep the logs for a failure: the temp dir goes away with `desk` otherwise.
    let keep = Keep(&desk);
    let logs = keep.kept().display().to_string();
    let budget = budget();
    let started = Instant::now();
    let deadline = started + budget;
    let handles: Vec<_> = (0..WORKERS)
        .map(|w| {
            let s = shared.clone();
            let log = desk.path().join(format!("stress-w{w}.log"));
            std::thread::spawn(move || worker(s, w, deadline, log))
        })
        .collect();
    let mut ops = Vec::new();
    let mut reads = 0;
    for h in handles {
        let (o, r) = h.join().expect("worker");
        ops.extend(o);
        reads += r;
    }
    let elapsed = started.elapsed();

    // No user ever saw the database's locking, and every exit code is a documented one.
    for op in &ops {
        assert!(
            !mentions_busy(&op.stderr) && !mentions_busy(&op.stdout),
            "busy reached a user (logs in {logs}): {}",
            op.label()
        );
        assert!(
            matches!(op.code, Some(0..=5)),
            "undocumented exit (logs in {logs}): {}",
            op.label()
        );
        assert!(!op.stderr.contains("panicked"), "panic: {}", op.label());
        match op.code {
            Some(0) => {}
            // A conflict names the version it is now at and who moved it.
            Some(4) => assert!(
                op.stderr.contains("changed since version") && op.if_version.is_some(),
                "conflict without a stale version: {}",
                op.label()
            ),
            // Rule refusals: the step does not fit the incident's state, or nothing to change.
            Some(1) => assert!(
                op.stderr.starts_with("opsdesk: cannot ") && op.stderr.contains(" incident ")
                    || op.stderr.contains("is already owned by"),
                "exit 1 that is not a rule refusal (logs in {logs}): {}",
                op.label()
            ),
            _ => panic!("unexpected refusal (logs in {logs}): {}", op.label()),
        }
    }

    let conn = rusqlite::Connection::open(&desk.db).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");

    // Every refused change left no trace: its unique text is nowhere in the database.
    let text = all_text(&desk.db);
    for op in ops.iter().filter(|o| o.code != Some(0)) {
        if let Some(t) = &op.text {
            assert!(
                !text.contains(t.as_str()),
                "a refused change left a trace: {}",
                op.label()
            );
        }
    }

    // Which acknowledged command wrote each incident version: none claimed twice (a lost update).
    let mut claims: BTreeMap<(i64, i64), &Op> = BTreeMap::new();
    for op in &ops {
        if op.code != Some(0) {
            continue;
        }
        if op.kind == Kind::Note {
            continue;
        }
        let (id, first, last) = op
            .versions()
            .unwrap_or_else(|| panic!("an acknowledged step without its version: {}", op.label()));
        let rows = if op.kind == Kind::Verify { 1..=2 } else { 1..=1 };
        assert!(
            rows.contains(&(last - first + 1)),
            "wrote an unexpected number of versions: {}",
            op.label()
        );
        for v in first..=last {
            if let Some(other) = claims.insert((id, v), op) {
                panic!(
                    "two acknowledged changes wrote incident {id} version {v}:\n  {}\n  {}",
                    other.label(),
                    op.label()
                );
            }
        }
    }

    let mut touched: BTreeSet<i64> = ops.iter().filter_map(|o| o.incident).collect();
    touched.extend(claims.keys().map(|(id, _)| *id));
    let mut notes_checked = 0;
    for &id in &touched {
        let shown = desk.json(&["incident", "show", &id.to_string()]);
        let history = shown["history"].as_array().unwrap();
        let rows: Vec<&Value> = history
            .iter()
            .filter(|h| h["record_kind"] == "incident" && !h["version"].is_null())
            .collect();
        // Replay from nothing: each row's `before` is what the previous rows left.
        let mut state: serde_json::Map<String, Value> = serde_json::Map::new();
        for (n, h) in rows.iter().enumerate() {
            let version = h["version"].as_i64().unwrap();
            assert_eq!(version, n as i64 + 1, "incident {id}: versions not contiguous: {h}");
            for c in h["changes"].as_array().unwrap() {
                let field = c["field"].as_str().unwrap();
                if n > 0 {
                    let before = state.get(field).cloned().unwrap_or(Value::Null);
                    assert_eq!(
                        norm(&before),
                        norm(&c["before"]),
                        "incident {id} version {version}: {field} was not what the history left"
                    );
                }
                state.insert(field.to_string(), c["after"].clone());
            }
            // Which command wrote this version: every one after the start is acknowledged.
            let start = initial.get(&id).copied().unwrap_or(0);
            if version > start {
                let op = claims.remove(&(id, version)).unwrap_or_else(|| {
                    panic!("incident {id} version {version} was written by no acknowledged command: {h}")
                });
                let first = op.versions().unwrap().1;
                let action = if version == first { op.kind.action() } else { "reopen" };
                assert_eq!(h["action"], action, "{}: row {h}", op.label());
                assert_eq!(h["actor"], me.as_str());
                match (op.kind, &op.text) {
                    (Kind::New, Some(t)) => assert_eq!(state["title"], t.as_str()),
                    (Kind::Resolve, Some(t)) => assert_eq!(state["cause"], t.as_str()),
                    (_, Some(t)) => assert_eq!(h["detail"], t.as_str(), "{}", op.label()),
                    _ => {}
                }
            }
        }
        let last = rows.last().map(|h| h["version"].as_i64().unwrap());
        assert_eq!(
            last,
            shown["version"].as_i64(),
            "incident {id}: latest history row's version"
        );
        for f in REPLAYED {
            assert_eq!(
                norm(state.get(*f).unwrap_or(&Value::Null)),
                norm(&shown[*f]),
                "incident {id}: {f} does not replay to the current value"
            );
        }
        // Every acknowledged note is on its incident's timeline, with the row id it printed.
        for op in ops
            .iter()
            .filter(|o| o.kind == Kind::Note && o.code == Some(0) && o.incident == Some(id))
        {
            let row: i64 = op
                .stdout
                .split_whitespace()
                .nth(1)
                .and_then(|n| n.parse().ok())
                .unwrap();
            let t = op.text.as_deref().unwrap();
            assert!(
                history
                    .iter()
                    .any(|h| h["id"] == row && h["action"] == "note" && h["detail"] == t),
                "an acknowledged note is missing: {}",
                op.label()
            );
            notes_checked += 1;
        }
    }
    assert!(
        claims.is_empty(),
        "acknowledged changes missing from the history: {:?}",
        claims.values().map(|o| o.label()).collect::<Vec<_>>()
    );

    let count = |f: &dyn Fn(&Op) -> bool| ops.iter().filter(|o| f(o)).count();
    let acknowledged = count(&|o| o.code == Some(0));
    let conflicts = count(&|o| o.code == Some(4));
    let refused = count(&|o| matches!(o.code, Some(1 | 2 | 5)));
    let created = count(&|o| o.kind == Kind::New && o.code == Some(0));
    let mut summary = String::new();
    write!(
        summary,
        "stress: {WORKERS} workers, {:.1} s: {} writes ({acknowledged} acknowledged, {conflicts} conflicts, \
         {refused} rule refusals), {reads} reads; {created} incidents created, {notes_checked} notes and \
         {} incidents replayed and checked",
        elapsed.as_secs_f64(),
        ops.len(),
        touched.len()
    )
    .unwrap();
    println!("{summary}");
    assert!(
        acknowledged > 0 && conflicts > 0,
        "the run did too little to prove anything: {summary}"
    );
    drop(keep);
}

/// Keeps the desk's directory (and the workers' logs) if the test panics after this point.
struct Keep<'a>(&'a Desk);

impl Keep<'_> {
    fn kept(&self) -> PathBuf {
        let mut p = self.0.path().as_os_str().to_owned();
        p.push(".kept");
        PathBuf::from(p)
    }
}

impl Drop for Keep<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let kept = self.kept();
            let _ = std::fs::rename(self.0.path(), &kept);
            eprintln!("stress: desk and worker logs kept in {}", kept.display());
        }
    }
}
