//! The kinds of record the desk keeps. The audit trail and the duties name a record by its kind
//! and id; the word each kind is stored as never changes (the history of every desk uses it).

words!(
    /// Every kind of record. A new kind is a new word here, a table in the store and a line in
    /// the registry (`ops::kinds`).
    Kind {
        Incident = "incident",
        Duty = "duty",
        Change = "change",
        Run = "run",
        Check = "check",
        Anomaly = "anomaly",
        RoundEnd = "round_end",
        Message = "message",
        User = "user",
        Dept = "dept",
        Request = "request",
        Account = "account",
        PersonChange = "person_change",
        Export = "export",
        Support = "support",
        Training = "training",
        Plan = "plan",
        Drill = "drill",
        Response = "response",
        Problem = "problem",
        Article = "article",
        Corrective = "corrective",
        Sample = "sample",
        Finding = "finding",
        Callback = "callback",
        WorkReport = "work_report",
        Service = "service",
    },
    "record kind"
);

impl Kind {
    /// The command that shows a record of this kind to a person (`opsdesk incident show 12`):
    /// where a refusal points for a look at what changed.
    pub fn show_command(self, id: i64) -> String {
        match self {
            Kind::Run | Kind::Check | Kind::Anomaly | Kind::RoundEnd => format!("billing show {id}"),
            Kind::Message => format!("outbox show {id}"),
            Kind::Duty => format!("history duty {id}"),
            Kind::Incident => format!("incident show {id}"),
            Kind::Change => format!("change show {id}"),
            Kind::User => "user list".to_string(),
            Kind::Dept => "dept list".to_string(),
            Kind::Service => "service list".to_string(),
            Kind::Request => format!("request show {id}"),
            Kind::Account | Kind::PersonChange => format!("history {self} {id}"),
            Kind::Export => "request exports".to_string(),
            Kind::Support => format!("support show {id}"),
            Kind::Training => format!("history {self} {id}"),
            Kind::Plan => format!("plan show {id}"),
            Kind::Drill => format!("drill show {id}"),
            Kind::Response => format!("response show {id}"),
            Kind::Problem => format!("problem show {id}"),
            Kind::Article => format!("article show {id}"),
            Kind::Corrective => format!("corrective show {id}"),
            Kind::Sample | Kind::Finding => format!("sample show {id}"),
            Kind::Callback | Kind::WorkReport => format!("history {self} {id}"),
        }
    }
}

/// A record the desk keeps: what kind, which one, at which version (records written once, such as
/// a run's anomalies, carry none).
pub trait Record {
    const KIND: Kind;
    fn id(&self) -> i64;
    fn version(&self) -> Option<i64>;
}

/// `impl Record` for a type with `id` and `version: i64` fields, beside the type.
macro_rules! record {
    ($ty:ty, $kind:expr) => {
        impl $crate::domain::kind::Record for $ty {
            const KIND: $crate::domain::kind::Kind = $kind;
            fn id(&self) -> i64 {
                self.id
            }
            fn version(&self) -> Option<i64> {
                Some(self.version)
            }
        }
    };
    ($ty:ty, $kind:expr, unversioned) => {
        impl $crate::domain::kind::Record for $ty {
            const KIND: $crate::domain::kind::Kind = $kind;
            fn id(&self) -> i64 {
                self.id
            }
            fn version(&self) -> Option<i64> {
                None
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_the_stored_word_of_each_kind_reads_back_as_that_kind() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()).unwrap(), *k);
        }
        assert!(Kind::parse("incidents").is_err());
        assert_eq!(Kind::Run.show_command(3), "billing show 3");
    }
}
