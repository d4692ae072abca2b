//! Quality sampling (SPEC Q5, seed 003 质量抽检): a random sample of the month's closed records is
//! drawn for review, and each sampled record gets one finding (ok or a problem, in words) from a
//! reviewer who did not handle it. The draw is reproducible: the same seed over the same
//! candidates (closed records in id order) gives the same sample, so anyone can check it was not
//! picked by hand. The generator is written here (SplitMix64) so that no library upgrade changes
//! an old sample.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::kind::Kind;
use super::role::{Actor, Power, require};
use crate::error::{Code, OpsError, Refusal};
use crate::text::{check_len, normalize};

/// The most items one sample holds.
pub const MAX_SIZE: usize = 1000;

/// A sample as drawn; written once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    pub id: i64,
    /// `2026-11`: the month the records were closed in.
    pub month: String,
    /// The kinds drawn from, comma-separated (`incident,request`).
    pub kinds: String,
    pub size: i64,
    pub seed: i64,
    /// How many closed records there were to draw from.
    pub candidates: i64,
    pub drawn_by: String,
    pub drawn_at: DateTime<Utc>,
}
record!(Sample, crate::domain::kind::Kind::Sample, unversioned);

/// One record in a sample, at its place in the draw (1-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub pos: i64,
    pub record_kind: Kind,
    pub record_id: i64,
}

/// A reviewer's finding on one sampled record; written once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub id: i64,
    pub sample_id: i64,
    pub pos: i64,
    pub record_kind: Kind,
    pub record_id: i64,
    pub ok: bool,
    pub text: String,
    pub reviewer: String,
    pub at: DateTime<Utc>,
    /// Q6: the corrective notice the problem raised, if any.
    pub corrective_id: Option<i64>,
}
record!(Finding, crate::domain::kind::Kind::Finding, unversioned);

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and fixed forever.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0), without modulo bias.
    fn below(&mut self, n: u64) -> u64 {
        let zone = u64::MAX - u64::MAX % n;
        loop {
            let v = self.next();
            if v < zone {
                return v % n;
            }
        }
    }
}

/// Q5: which of `candidates` (the closed records, in id order) a sample of `size` with `seed`
/// holds, as indexes in draw order: a partial Fisher–Yates shuffle. Fewer candidates than `size`
/// take them all.
pub fn draw(candidates: usize, size: usize, seed: i64) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..candidates).collect();
    let mut rng = SplitMix64(seed as u64);
    let take = size.min(candidates);
    for i in 0..take {
        let j = i + rng.below((candidates - i) as u64) as usize;
        idx.swap(i, j);
    }
    idx.truncate(take);
    idx
}

/// Q5: a sample is drawn by a supervisor or above, of a sensible size.
pub fn may_draw(actor: &Actor, size: usize) -> Result<(), OpsError> {
    require(actor, Power::IssueCorrective)?;
    if size == 0 || size > MAX_SIZE {
        return Err(OpsError::Invalid(format!(
            "sample size must be 1 to {MAX_SIZE}, not {size}"
        )));
    }
    Ok(())
}

/// Q5: the finding on `item` of `sample` by `reviewer`, who must not be among `handlers` (the
/// people who acted on the record: its owner and everyone in its history) and finds it once.
#[allow(clippy::too_many_arguments)]
pub fn review(
    sample: &Sample,
    item: &Item,
    reviewer: &Actor,
    handlers: &[String],
    already: bool,
    ok: bool,
    text: &str,
    now: DateTime<Utc>,
) -> Result<Finding, OpsError> {
    if handlers.iter().any(|h| h == &reviewer.login) {
        return Err(OpsError::Permission(format!(
            "permission denied: Q5: {} handled {} {} and may not review it in sample {}",
            reviewer.label(),
            item.record_kind,
            item.record_id,
            sample.id
        ))
        .coded(
            Refusal::new(Code::SampleQ5OwnRecord)
                .text("actor", reviewer.label())
                .word("kind", "kind", item.record_kind.as_str())
                .text("id", item.record_id)
                .text("sample", sample.id),
        ));
    }
    if already {
        return Err(OpsError::Rule(format!(
            "item {} of sample {} has its finding already",
            item.pos, sample.id
        ))
        .coded(
            Refusal::new(Code::SampleReviewedAlready)
                .text("pos", item.pos)
                .text("sample", sample.id),
        ));
    }
    let text = normalize(text);
    if !ok && text.is_empty() {
        return Err(
            OpsError::Invalid("a problem finding says what the problem is, in its text".into())
                .coded(Refusal::new(Code::SampleProblemNeedsText)),
        );
    }
    check_len("text", &text, 10_000)?;
    Ok(Finding {
        id: 0,
        sample_id: sample.id,
        pos: item.pos,
        record_kind: item.record_kind,
        record_id: item.record_id,
        ok,
        text,
        reviewer: reviewer.login.clone(),
        at: now,
        corrective_id: None,
    })
}

/// The month `2026-11` as given, checked.
pub fn month(s: &str) -> Result<String, OpsError> {
    let s = s.trim();
    let ok = s.len() == 7
        && s.as_bytes()[4] == b'-'
        && s[..4].parse::<u32>().is_ok_and(|y| (2000..2100).contains(&y))
        && s[5..].parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    if !ok {
        return Err(OpsError::Invalid(format!("month {s:?}: use YYYY-MM, e.g. 2026-11")));
    }
    Ok(s.to_string())
}

/// One refusal of each quality code (Q5, Q6, Q7), for the console's words (`tui::i18n`).
#[cfg(test)]
pub(crate) fn refusal_samples(now: DateTime<Utc>) -> Vec<OpsError> {
    use super::callback::{CallResult, Callback};
    use super::corrective::{Corrective, FollowUp, NewCorrective};
    use super::role::Role;
    let li = Actor {
        login: "lilei".into(),
        name: "李雷".into(),
        role: Role::Supervisor,
    };
    let new = NewCorrective {
        dept: "CS".into(),
        findings: "未回访".into(),
        measures: "核对清单".into(),
        responsible: "韩梅梅".into(),
        due_at: Some(now + chrono::Duration::days(3)),
        expected_effect: "回访率 100%".into(),
        source: String::new(),
    };
    let done = Corrective::issue(&new, &li, now)
        .and_then(|c| c.follow_up(&li, &FollowUp::Done { text: "好".into() }, now))
        .expect("a notice followed up");
    let s = Sample {
        id: 4,
        month: "2026-11".into(),
        kinds: "incident".into(),
        size: 1,
        seed: 1,
        candidates: 1,
        drawn_by: "wang".into(),
        drawn_at: now,
    };
    let item = Item {
        pos: 1,
        record_kind: Kind::Incident,
        record_id: 12,
    };
    let reached = CallResult::Reached {
        satisfaction: 5,
        remarks: String::new(),
    };
    let made = Callback::schedule((Kind::Incident, 12, 0), "张三", "", now, 3, &li, now)
        .record(&li, &reached, 3, true, now)
        .expect("a callback made");
    let mut out = vec![
        done.follow_up(&li, &FollowUp::Done { text: "x".into() }, now)
            .unwrap_err(),
    ];
    out.push(review(&s, &item, &li, &["lilei".into()], false, true, "", now).unwrap_err());
    out.push(review(&s, &item, &li, &[], true, true, "", now).unwrap_err());
    out.push(review(&s, &item, &li, &[], false, false, " ", now).unwrap_err());
    out.push(made.record(&li, &reached, 3, true, now).unwrap_err());
    out
}

#[cfg(test)]
mod tests;
