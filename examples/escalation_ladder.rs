//! Where an incident stands on the escalation ladder, minute by minute (SPEC I6–I8), using the
//! pure rules alone: `cargo run --example escalation_ladder`.

use chrono::{Duration, TimeZone, Utc};
use opsdesk::config::Config;
use opsdesk::domain::escalation::{Policy, assess};
use opsdesk::domain::incident::{Category, Channel, Incident, NewIncident};
use opsdesk::domain::role::{Actor, Role};
use opsdesk::domain::time::{clock, rfc3339};

fn main() -> anyhow::Result<()> {
    let config = Config::defaults();
    let policy = Policy::from_config(&config);
    let zone = config.desk.zone;
    let received = Utc
        .with_ymd_and_hms(2026, 11, 20, 1, 0, 0)
        .single()
        .expect("a valid instant");
    let actor = Actor {
        login: "lilei".into(),
        name: "李雷".into(),
        role: Role::Operator,
    };
    let new = NewIncident {
        title: "计费系统批价超时".into(),
        service: "billing".into(),
        category: Some(Category::Application),
        channel: Some(Channel::Phone),
        received_at: Some(received),
        ..Default::default()
    };
    let incident = Incident::open(&new, &actor, received)?;
    println!("received {}", rfc3339(received, zone));
    for minute in [0, 4, 5, 14, 15, 29, 30, 31] {
        let now = received + Duration::minutes(minute);
        let a = assess(&incident, 0, &policy, now);
        let next = a
            .next
            .map(|(l, t)| format!("{} in {}", l.as_str(), clock(t - now)))
            .unwrap_or_else(|| "-".into());
        let duties: Vec<&str> = a.duties.iter().map(|d| d.kind.as_str()).collect();
        println!(
            "+{minute:>2} min  level {:<10} next {:<20} duties {}",
            a.level.as_str(),
            next,
            duties.join(", ")
        );
    }
    Ok(())
}
