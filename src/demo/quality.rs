//! The demo's quality records (issue 15 items 5-7): the callbacks of the month's verified
//! incidents and delivered requests made (a few reporters not reached at first), a corrective
//! notice to the call centre, still to be followed up, and a sample of the closed records of the
//! month before, its first findings recorded by reviewers who did not handle them.

use anyhow::Result;
use chrono::Duration;

use super::story::Gen;
use crate::domain::callback::{CallResult, CallbackStatus};
use crate::domain::corrective::NewCorrective;
use crate::ops::Call;
use crate::ops::quality::{callbacks, correctives, samples};

impl Gen<'_> {
    pub(super) fn quality(&mut self) -> Result<()> {
        let (han, zhang) = (self.actor("hanmeimei")?, self.actor("zhangwei")?);
        let now = self.now;
        let due = callbacks::list(self.desk.store.conn(), &[CallbackStatus::Due], None, 1000)?;
        for (n, v) in due.iter().enumerate() {
            let c = &v.callback;
            if c.due_at > now {
                continue;
            }
            let at = c.due_at + Duration::hours(1);
            if n % 4 == 0 {
                let missed = CallResult::NotReached {
                    remarks: "无人接听".into(),
                };
                callbacks::record(self.desk, &Call::new(&han, at), c.id, &missed)?;
            }
            let reached = CallResult::Reached {
                satisfaction: if n % 3 == 0 { 4 } else { 5 },
                remarks: "对处理结果满意".into(),
            };
            callbacks::record(self.desk, &Call::new(&han, at + Duration::minutes(30)), c.id, &reached)?;
        }
        let issued = now - Duration::hours(2);
        let new = NewCorrective {
            dept: "callcentre".into(),
            findings: "11 月抽检 20 单中 4 单未在 3 日内回访".into(),
            measures: "每日下班前核对回访清单，未接通的次日再拨".into(),
            responsible: "赵敏".into(),
            due_at: Some(now + Duration::days(4)),
            expected_effect: "回访按期率 100%".into(),
            source: String::new(),
        };
        correctives::issue(self.desk, &zhang, &new, issued)?;
        self.sample()
    }

    /// Q5: a sample of six closed records of the month twelve days ago, seed fixed, drawn by a
    /// supervisor; the first two items reviewed by whoever of the desk did not handle them.
    fn sample(&mut self) -> Result<()> {
        let zhang = self.actor("zhangwei")?;
        let zone = self.desk.zone();
        let month = (self.now - Duration::days(12))
            .with_timezone(&zone)
            .format("%Y-%m")
            .to_string();
        let drawn = self.now - Duration::hours(3);
        let d = samples::Draw {
            month,
            kinds: Vec::new(),
            size: 6,
            seed: Some(20_261_130),
        };
        let v = samples::draw(self.desk, &zhang, &d, drawn)?;
        for (n, (item, _)) in v.items.iter().take(2).enumerate() {
            let handlers = crate::store::samples::handlers(self.desk.store.conn(), item.record_kind, item.record_id)?;
            let Some(login) = ["chenjing", "zhangwei", "wangfang"]
                .into_iter()
                .find(|l| !handlers.iter().any(|h| h == l))
            else {
                continue;
            };
            let reviewer = self.actor(login)?;
            let r = samples::Review {
                ok: n == 0,
                text: if n == 0 {
                    "处理记录完整".into()
                } else {
                    "回访记录缺少联系时间".into()
                },
                corrective: None,
            };
            let at = drawn + Duration::minutes(20 * (n as i64 + 1));
            samples::finding(self.desk, &reviewer, v.sample.id, item.pos, &r, at)?;
        }
        Ok(())
    }
}
