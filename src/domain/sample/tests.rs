use chrono::{TimeZone, Utc};

use super::*;
use crate::domain::role::Role;

fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 2, 0, 0).unwrap()
}

fn sample() -> Sample {
    Sample {
        id: 4,
        month: "2026-11".into(),
        kinds: "incident".into(),
        size: 3,
        seed: 42,
        candidates: 10,
        drawn_by: "wang".into(),
        drawn_at: t0(),
    }
}

#[test]
fn q5_the_same_seed_draws_the_same_sample_and_another_seed_another() {
    let a = draw(500, 20, 7);
    assert_eq!(a, draw(500, 20, 7), "reproducible by its seed");
    assert_ne!(a, draw(500, 20, 8), "another seed, another sample");
    let mut distinct = a.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!((a.len(), distinct.len()), (20, 20), "no record twice");
    assert!(a.iter().all(|&i| i < 500));
    // Fixed forever: a library upgrade must not change an old sample.
    assert_eq!(draw(10, 3, 42), draw(10, 3, 42));
    assert_eq!(draw(10, 3, 42).len(), 3);
}

#[test]
fn q5_fewer_candidates_than_the_size_take_them_all() {
    let cases = [(0, 20, 0), (5, 20, 5), (20, 20, 20), (21, 20, 20)];
    for (candidates, size, want) in cases {
        let d = draw(candidates, size, 1);
        assert_eq!(d.len(), want, "{candidates} candidates");
        let mut s = d.clone();
        s.sort_unstable();
        s.dedup();
        assert_eq!(s.len(), want);
    }
}

#[test]
fn q5_every_candidate_can_be_drawn() {
    let mut seen = [false; 10];
    for seed in 0..200 {
        for i in draw(10, 2, seed) {
            seen[i] = true;
        }
    }
    assert!(seen.iter().all(|s| *s), "{seen:?}");
}

#[test]
fn q5_a_sample_is_drawn_by_a_supervisor_of_a_sensible_size() {
    let cases = [
        (Role::Operator, 20, false),
        (Role::Supervisor, 20, true),
        (Role::Manager, 1, true),
        (Role::Supervisor, 0, false),
        (Role::Supervisor, MAX_SIZE + 1, false),
    ];
    for (role, size, ok) in cases {
        assert_eq!(may_draw(&who("x", role), size).is_ok(), ok, "{role:?} {size}");
    }
}

#[test]
fn q5_a_reviewer_who_handled_the_record_is_refused() {
    let item = Item {
        pos: 2,
        record_kind: Kind::Incident,
        record_id: 12,
    };
    let handlers = vec!["lilei".to_string(), "hanmei".to_string()];
    let s = sample();
    let e = review(
        &s,
        &item,
        &who("lilei", Role::Supervisor),
        &handlers,
        false,
        true,
        "",
        t0(),
    )
    .unwrap_err();
    assert_eq!(e.exit_code(), 5);
    assert_eq!(e.refusal().map(|r| r.code), Some(Code::SampleQ5OwnRecord));
    let f = review(
        &s,
        &item,
        &who("wang", Role::Operator),
        &handlers,
        false,
        true,
        "",
        t0(),
    )
    .unwrap();
    assert_eq!((f.ok, f.record_id, f.pos, f.reviewer.as_str()), (true, 12, 2, "wang"));
    let again = review(&s, &item, &who("wang", Role::Operator), &handlers, true, true, "", t0()).unwrap_err();
    assert_eq!(again.refusal().map(|r| r.code), Some(Code::SampleReviewedAlready));
    let bare = review(
        &s,
        &item,
        &who("wang", Role::Operator),
        &handlers,
        false,
        false,
        " ",
        t0(),
    )
    .unwrap_err();
    // Coded, so that a Chinese console says it in Chinese.
    assert_eq!(
        bare.refusal().map(|r| r.code),
        Some(Code::SampleProblemNeedsText),
        "a problem says what it is"
    );
    assert_eq!(bare.exit_code(), 2);
}

#[test]
fn q5_the_month_is_yyyy_mm() {
    for (s, ok) in [
        ("2026-11", true),
        ("2026-13", false),
        ("26-11", false),
        ("2026/11", false),
    ] {
        assert_eq!(month(s).is_ok(), ok, "{s}");
    }
}
