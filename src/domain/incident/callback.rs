//! I12 through Q7: the reporter, called back after verification, is not satisfied.

use chrono::{DateTime, Utc};

use super::{Incident, Status};
use crate::domain::role::Actor;
use crate::error::OpsError;

impl Incident {
    /// I12: a callback found the reporter not satisfied with a verified (or closed) incident: it
    /// is handled again from `at`, as a low score at verification does. The reporter's verdict,
    /// so whoever made the call records it, owner or not.
    pub fn reopen_after_callback(
        &self,
        actor: &Actor,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Incident, OpsError> {
        self.expect_status(&[Status::Verified, Status::Closed], "reopen", "reopen")?;
        Ok(self.reopen_unchecked(actor, at, now))
    }
}
