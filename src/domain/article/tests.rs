use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::domain::incident::{Category, Channel, NewIncident};
use crate::domain::role::Role;
use crate::error::Code;

fn who(login: &str, role: Role) -> Actor {
    Actor {
        login: login.into(),
        name: login.into(),
        role,
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
}

fn draft(by: &str) -> Article {
    let new = NewArticle {
        kind: ArticleKind::Faq,
        title: "话单积压怎么办".into(),
        body: "1. 查看采集进程\n2. 重启\n".into(),
        services: vec!["billing".into(), "billing".into(), " ".into()],
        categories: vec!["application".into()],
        incidents: vec![],
    };
    let mut a = Article::write(&new, &who(by, Role::Operator), t0()).unwrap();
    a.id = 3;
    a
}

#[test]
fn k1_an_article_keeps_its_lines_and_its_services_once_each() {
    let a = draft("lilei");
    assert_eq!(a.body, "1. 查看采集进程\n2. 重启");
    assert_eq!(a.services, vec!["billing"]);
    assert_eq!(
        (a.status, a.revision, a.author.as_str()),
        (ArticleStatus::Draft, 1, "lilei")
    );
}

#[test]
fn k1_the_reviewer_is_never_the_author_of_the_text() {
    let a = draft("lilei");
    let refused = a.review(&who("lilei", Role::Manager), t0()).unwrap_err();
    assert_eq!(refused.exit_code(), 5);
    assert_eq!(refused.refusal().map(|r| r.code), Some(Code::ArticleK1OwnText));
    let reviewed = a.review(&who("hanmeimei", Role::Operator), t0()).unwrap();
    assert_eq!(reviewed.reviewed_by.as_deref(), Some("hanmeimei"));
    // An update by the reviewer makes them the author of the new text: someone else reviews it.
    let published = reviewed.publish(&who("lilei", Role::Operator), t0()).unwrap();
    let rev = Revision {
        body: Some("1. 查看采集进程\n2. 重启\n3. 通知计费组".into()),
        ..Revision::default()
    };
    let updated = published.update(&who("hanmeimei", Role::Operator), &rev, t0()).unwrap();
    assert!(updated.review(&who("hanmeimei", Role::Operator), t0()).is_err());
    assert!(updated.review(&who("lilei", Role::Operator), t0()).is_ok());
}

#[test]
fn k1_the_life_is_draft_reviewed_published_updated_retired() {
    let (a, b) = (who("lilei", Role::Operator), who("hanmeimei", Role::Operator));
    let d = draft("lilei");
    // (step, from, allowed)
    assert!(
        d.publish(&a, t0()).is_err(),
        "a draft is reviewed before it is published"
    );
    let r = d.review(&b, t0()).unwrap();
    assert_eq!(r.status, ArticleStatus::Reviewed);
    assert!(r.review(&b, t0()).is_err());
    let p = r.publish(&a, t0() + Duration::hours(1)).unwrap();
    assert!(p.in_use());
    let u = p
        .update(
            &a,
            &Revision {
                title: Some("话单积压处理".into()),
                ..Revision::default()
            },
            t0(),
        )
        .unwrap();
    assert_eq!((u.status, u.revision), (ArticleStatus::Updated, 2));
    assert!(
        u.in_use(),
        "the published text stays in use while the update is reviewed"
    );
    assert!(p.update(&a, &Revision::default(), t0()).is_err(), "nothing to change");
    let again = u.review(&b, t0()).unwrap().publish(&a, t0()).unwrap();
    assert_eq!(again.status, ArticleStatus::Published);
    let gone = again.retire(&a, t0()).unwrap();
    assert!(!gone.in_use());
    assert!(gone.retire(&a, t0()).is_err());
    assert!(
        gone.update(
            &a,
            &Revision {
                title: Some("x".into()),
                ..Revision::default()
            },
            t0()
        )
        .is_err()
    );
}

#[test]
fn k1_an_article_fits_an_incident_of_its_service_and_category_once_published() {
    let (a, b) = (who("lilei", Role::Operator), who("hanmeimei", Role::Operator));
    let p = draft("lilei").review(&b, t0()).unwrap().publish(&a, t0()).unwrap();
    for (service, category, fits) in [
        ("billing", "application", true),
        ("BILLING", "application", true),
        ("billing", "network", false),
        ("crm", "application", false),
    ] {
        assert_eq!(p.fits(service, category), fits, "{service} {category}");
    }
    assert!(!draft("lilei").fits("billing", "application"));
}

#[test]
fn i10_a_resolved_incident_becomes_a_case_with_its_cause_and_handling() {
    let new = NewIncident {
        title: "话单采集延迟两小时".into(),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        reporter: "王工".into(),
        description: "采集程序从交换机取话单延迟".into(),
        ..Default::default()
    };
    let op = who("lilei", Role::Operator);
    let mut inc = Incident::open(&new, &op, t0()).unwrap();
    inc.id = 41;
    assert!(Article::case_from(&inc, &[]).is_err(), "not resolved yet");
    let inc = inc.accept(&op, "lilei", t0()).unwrap();
    let inc = inc.resolve(&op, t0(), "交换机 FTP 限速", false, t0()).unwrap();
    let case = Article::case_from(&inc, &["02:10 lilei accept".into()]).unwrap();
    assert_eq!(case.kind, ArticleKind::Case);
    assert_eq!(case.incidents, vec![41]);
    assert_eq!(
        (case.services.clone(), case.categories.clone()),
        (vec!["billing".into()], vec!["application".into()])
    );
    for part in ["采集程序从交换机取话单延迟", "交换机 FTP 限速", "- 02:10 lilei accept"] {
        assert!(case.body.contains(part), "{part}");
    }
    let a = Article::write(&case, &op, t0()).unwrap();
    assert_eq!(a.title, "案例 / Case: 话单采集延迟两小时");
}

#[test]
fn k1_can_says_before_a_confirmation_who_may_review_and_what_the_state_allows() {
    use ArticleStatus::*;
    let author = who("li", Role::Operator);
    let second = who("wang", Role::Operator);
    // (status, actor, step, allowed)
    let cases: &[(ArticleStatus, &Actor, Step, bool)] = &[
        (Draft, &author, Step::Review, false), // K1: a second person reviews
        (Draft, &second, Step::Review, true),
        (Published, &second, Step::Review, false),
        (Updated, &second, Step::Review, true),
        (Draft, &second, Step::Publish, false),
        (Reviewed, &author, Step::Publish, true),
        (Published, &author, Step::Update, true),
        (Retired, &author, Step::Update, false),
        (Published, &author, Step::Retire, true),
        (Retired, &author, Step::Retire, false),
    ];
    for (status, actor, step, allowed) in cases {
        let mut a = draft("li");
        a.status = *status;
        assert_eq!(
            a.can(*step, actor).is_ok(),
            *allowed,
            "{status:?} {step:?} by {}",
            actor.login
        );
    }
    let a = draft("li");
    assert_eq!(
        a.can(Step::Review, &author).unwrap_err().message(),
        a.review(&author, t0()).unwrap_err().message()
    );
}
