//! The effective configuration: `assets/default-config.toml` with the desk's own file laid over
//! it. Every key is known: an unknown key, a wrong type or a value out of range is an error that
//! names the file, the line and the key.

use std::path::Path;

use chrono::NaiveTime;
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::toml_error::{ConfigError, locate_key};
pub use crate::domain::billing::ChecklistItem;
pub use crate::domain::calendar::CalendarYear;

pub const DEFAULT_CONFIG: &str = include_str!("../../assets/default-config.toml");

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub desk: Desk,
    pub escalation: Escalation,
    pub recurrence: Recurrence,
    pub notify: Notify,
    pub outage: Outage,
    pub incident: IncidentSettings,
    pub change: ChangeSettings,
    pub billing: BillingSettings,
    pub work: Work,
    pub calendar: CalendarSettings,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    pub name: String,
    #[serde(serialize_with = "ser_tz", deserialize_with = "de_tz")]
    pub zone: Tz,
    pub language: Language,
    pub bell: bool,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub enum Language {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub supervisor_minutes: u32,
    pub manager_minutes: u32,
    pub leader_minutes: u32,
    pub report_within_minutes: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Recurrence {
    pub quick_fix_minutes: u32,
    pub count: u32,
    pub window_days: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Notify {
    pub broadcast_after_minutes: u32,
    pub broadcast_within_minutes: u32,
    pub recovery_within_minutes: u32,
    pub explanation_within_hours: u32,
    pub language: MessageLanguage,
    pub from: String,
    pub email: ChannelName,
    pub sms: ChannelName,
    pub spool_dir: String,
    pub automatic: Vec<String>,
    pub review_warning_minutes: u32,
    pub retry_attempts: u32,
    pub retry_backoff_seconds: u32,
    pub lease_seconds: u32,
    pub sms_max_chars: u32,
    pub send_every_seconds: u32,
    pub smtp: Smtp,
    pub command: CommandChannel,
}

/// The language messages are written in.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub enum MessageLanguage {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl MessageLanguage {
    pub fn code(self) -> &'static str {
        match self {
            MessageLanguage::En => "en",
            MessageLanguage::ZhCn => "zh-CN",
        }
    }
}

/// How a medium leaves the desk.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ChannelName {
    Spool,
    Smtp,
    Command,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    None,
    Starttls,
    Tls,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: String,
    pub password_file: String,
    pub password_env: String,
    pub timeout_seconds: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CommandChannel {
    pub program: String,
    pub args: Vec<String>,
    pub timeout_seconds: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Outage {
    pub single_limit_minutes: u32,
    pub monthly_limit_minutes: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct IncidentSettings {
    pub satisfied_at_least: u8,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChangeSettings {
    #[serde(serialize_with = "ser_hhmm", deserialize_with = "de_hhmm")]
    pub early_window_start: NaiveTime,
    #[serde(serialize_with = "ser_hhmm", deserialize_with = "de_hhmm")]
    pub early_window_end: NaiveTime,
    pub maintenance_notice_working_days: u32,
    pub collaborator_request_working_days: u32,
    pub notice_hours_before_end_of_day: u32,
    pub result_notice_hours: u32,
    pub summary_working_days: u32,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BillingSettings {
    pub billing_due_day: u32,
    pub settlement_due_day: u32,
    pub anomaly_report_within_minutes: u32,
    pub checklist: Vec<ChecklistItem>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Work {
    #[serde(serialize_with = "ser_hhmm", deserialize_with = "de_hhmm")]
    pub day_start: NaiveTime,
    #[serde(serialize_with = "ser_hhmm", deserialize_with = "de_hhmm")]
    pub day_end: NaiveTime,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct CalendarSettings {
    pub years: Vec<CalendarYear>,
}

fn ser_tz<S: Serializer>(tz: &Tz, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(tz.name())
}

fn de_tz<'de, D: Deserializer<'de>>(d: D) -> Result<Tz, D::Error> {
    let name = String::deserialize(d)?;
    name.parse::<Tz>().map_err(|_| {
        serde::de::Error::custom(format!(
            "unknown time zone {name:?} (use an IANA name such as \"Asia/Shanghai\")"
        ))
    })
}

fn ser_hhmm<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.format("%H:%M").to_string())
}

fn de_hhmm<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
    let text = String::deserialize(d)?;
    NaiveTime::parse_from_str(&text, "%H:%M")
        .map_err(|_| serde::de::Error::custom(format!("expected a time of day as \"HH:MM\", found {text:?}")))
}

impl Config {
    /// The defaults alone. The embedded file is checked by a test, so this cannot fail in a
    /// released binary.
    pub fn defaults() -> Config {
        Config::from_text(DEFAULT_CONFIG, Path::new("<built-in defaults>"), false)
            .unwrap_or_else(|e| panic!("the built-in default config is invalid: {e}"))
    }

    /// Load the effective config. `path` is the desk's file; when `required` is false a missing
    /// file means "use the defaults".
    pub fn load(path: &Path, required: bool) -> Result<Config, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::from_text(&text, path, true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Ok(Config::defaults()),
            Err(e) => Err(ConfigError::io(path, &e)),
        }
    }

    /// Lay `text` (the file at `path`) over the defaults and check the result.
    pub fn from_text(text: &str, path: &Path, overlay: bool) -> Result<Config, ConfigError> {
        let user: toml::Table = toml::from_str(text).map_err(|e| ConfigError::syntax(path, text, &e))?;
        let merged = if overlay {
            let mut base: toml::Table = toml::from_str(DEFAULT_CONFIG)
                .unwrap_or_else(|e| panic!("the built-in default config is not TOML: {e}"));
            merge(&mut base, user);
            base
        } else {
            user
        };
        let config: Config = serde_path_to_error::deserialize(toml::Value::Table(merged))
            .map_err(|e| ConfigError::from_path_error(path, text, &e))?;
        config.validate().map_err(|(key, message)| ConfigError {
            file: path.display().to_string(),
            line: locate_key(text, &key),
            key: Some(key),
            message,
        })?;
        Ok(config)
    }

    /// Checks across keys: returns the key at fault and why.
    fn validate(&self) -> Result<(), (String, String)> {
        let e = &self.escalation;
        let positive = [
            ("escalation.supervisor_minutes", e.supervisor_minutes),
            ("escalation.report_within_minutes", e.report_within_minutes),
            ("recurrence.quick_fix_minutes", self.recurrence.quick_fix_minutes),
            ("recurrence.count", self.recurrence.count),
            ("recurrence.window_days", self.recurrence.window_days),
            ("notify.broadcast_after_minutes", self.notify.broadcast_after_minutes),
            ("notify.broadcast_within_minutes", self.notify.broadcast_within_minutes),
            ("notify.recovery_within_minutes", self.notify.recovery_within_minutes),
            ("notify.explanation_within_hours", self.notify.explanation_within_hours),
            ("outage.single_limit_minutes", self.outage.single_limit_minutes),
            ("outage.monthly_limit_minutes", self.outage.monthly_limit_minutes),
        ];
        for (key, value) in positive {
            if value == 0 {
                return Err((key.into(), "must be greater than 0".into()));
            }
        }
        self.validate_bounds()?;
        self.validate_messages()?;
        if e.manager_minutes <= e.supervisor_minutes {
            return Err((
                "escalation.manager_minutes".into(),
                format!("must be more than supervisor_minutes ({})", e.supervisor_minutes),
            ));
        }
        if e.leader_minutes <= e.manager_minutes {
            return Err((
                "escalation.leader_minutes".into(),
                format!("must be more than manager_minutes ({})", e.manager_minutes),
            ));
        }
        if !(1..=5).contains(&self.incident.satisfied_at_least) {
            return Err(("incident.satisfied_at_least".into(), "must be between 1 and 5".into()));
        }
        if self.change.early_window_end <= self.change.early_window_start {
            return Err((
                "change.early_window_end".into(),
                "must be later than change.early_window_start".into(),
            ));
        }
        if self.change.result_notice_hours == 0 {
            return Err(("change.result_notice_hours".into(), "must be greater than 0".into()));
        }
        let b = &self.billing;
        for (key, day) in [
            ("billing.billing_due_day", b.billing_due_day),
            ("billing.settlement_due_day", b.settlement_due_day),
        ] {
            if !(1..=28).contains(&day) {
                return Err((key.into(), "must be a day between 1 and 28".into()));
            }
        }
        let kinds = ["billing", "settlement-agents", "settlement-cp", "settlement-channels"];
        let mut seen = std::collections::HashSet::new();
        for (i, item) in b.checklist.iter().enumerate() {
            let at = format!("billing.checklist[{i}]");
            if let Some(k) = item.kinds.iter().find(|k| !kinds.contains(&k.as_str())) {
                return Err((
                    format!("{at}.kinds"),
                    format!("unknown kind {k:?}: use {}", kinds.join(", ")),
                ));
            }
            if item.step != "check" && item.step != "preprocess" {
                return Err((format!("{at}.step"), "must be \"check\" or \"preprocess\"".into()));
            }
            if item.key.trim().is_empty() || item.title.trim().is_empty() {
                return Err((at, "needs a key and a title".into()));
            }
            for k in &item.kinds {
                if !seen.insert((k.clone(), item.key.clone())) {
                    return Err((format!("{at}.key"), format!("{:?} is on the {k} list twice", item.key)));
                }
            }
        }
        if self.work.day_end <= self.work.day_start {
            return Err(("work.day_end".into(), "must be later than work.day_start".into()));
        }
        for y in &self.calendar.years {
            for [from, to] in &y.off {
                if to < from {
                    return Err((
                        "calendar.years".into(),
                        format!("year {}: the range {from} .. {to} ends before it starts", y.year),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// A week, a month, a year: upper bounds for durations, so that no deadline computed from a
/// setting can leave the calendar (an overflow would stop every command that counts one).
const WEEK_MINUTES: u32 = 7 * 24 * 60;
const MONTH_MINUTES: u32 = 31 * 24 * 60;
const DAY_SECONDS: u32 = 24 * 3600;

impl Config {
    /// Every number has an upper bound an operator would never need to pass.
    fn validate_bounds(&self) -> Result<(), (String, String)> {
        let (e, r, n, ch) = (&self.escalation, &self.recurrence, &self.notify, &self.change);
        let bounded: [(&str, u32, u32, &str); 28] = [
            (
                "escalation.supervisor_minutes",
                e.supervisor_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "escalation.manager_minutes",
                e.manager_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "escalation.leader_minutes",
                e.leader_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "escalation.report_within_minutes",
                e.report_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "recurrence.quick_fix_minutes",
                r.quick_fix_minutes,
                24 * 60,
                "minutes (a day)",
            ),
            ("recurrence.count", r.count, 1000, ""),
            ("recurrence.window_days", r.window_days, 366, "days (a year)"),
            (
                "notify.broadcast_after_minutes",
                n.broadcast_after_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "notify.broadcast_within_minutes",
                n.broadcast_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "notify.recovery_within_minutes",
                n.recovery_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "notify.explanation_within_hours",
                n.explanation_within_hours,
                31 * 24,
                "hours (a month)",
            ),
            (
                "notify.review_warning_minutes",
                n.review_warning_minutes,
                24 * 60,
                "minutes (a day)",
            ),
            ("notify.retry_attempts", n.retry_attempts, 100, ""),
            (
                "notify.retry_backoff_seconds",
                n.retry_backoff_seconds,
                DAY_SECONDS,
                "seconds (a day)",
            ),
            ("notify.lease_seconds", n.lease_seconds, DAY_SECONDS, "seconds (a day)"),
            ("notify.sms_max_chars", n.sms_max_chars, 10_000, "characters"),
            (
                "notify.send_every_seconds",
                n.send_every_seconds,
                3600,
                "seconds (an hour)",
            ),
            (
                "notify.smtp.timeout_seconds",
                n.smtp.timeout_seconds,
                3600,
                "seconds (an hour)",
            ),
            (
                "notify.command.timeout_seconds",
                n.command.timeout_seconds,
                3600,
                "seconds (an hour)",
            ),
            (
                "outage.single_limit_minutes",
                self.outage.single_limit_minutes,
                MONTH_MINUTES,
                "minutes (a month)",
            ),
            (
                "outage.monthly_limit_minutes",
                self.outage.monthly_limit_minutes,
                MONTH_MINUTES,
                "minutes (a month)",
            ),
            (
                "change.maintenance_notice_working_days",
                ch.maintenance_notice_working_days,
                60,
                "working days",
            ),
            (
                "change.collaborator_request_working_days",
                ch.collaborator_request_working_days,
                60,
                "working days",
            ),
            (
                "change.notice_hours_before_end_of_day",
                ch.notice_hours_before_end_of_day,
                24,
                "hours",
            ),
            (
                "change.result_notice_hours",
                ch.result_notice_hours,
                31 * 24,
                "hours (a month)",
            ),
            (
                "change.summary_working_days",
                ch.summary_working_days,
                60,
                "working days",
            ),
            (
                "billing.anomaly_report_within_minutes",
                self.billing.anomaly_report_within_minutes,
                WEEK_MINUTES,
                "minutes (a week)",
            ),
            (
                "incident.satisfied_at_least",
                u32::from(self.incident.satisfied_at_least),
                5,
                "",
            ),
        ];
        for (key, value, max, unit) in bounded {
            if value > max {
                let unit = if unit.is_empty() {
                    String::new()
                } else {
                    format!(" {unit}")
                };
                return Err((
                    key.into(),
                    format!("must be at most {max}{unit}; {value} is not a working value"),
                ));
            }
        }
        for y in &self.calendar.years {
            if !(2000..=2099).contains(&y.year) {
                return Err(("calendar.years".into(), format!("year {} is outside 2000-2099", y.year)));
            }
        }
        Ok(())
    }

    /// The sending settings: known duty kinds, a lease longer than any timeout, a channel that
    /// can carry its medium.
    fn validate_messages(&self) -> Result<(), (String, String)> {
        let n = &self.notify;
        for (key, value) in [
            ("notify.retry_attempts", n.retry_attempts),
            ("notify.retry_backoff_seconds", n.retry_backoff_seconds),
            ("notify.lease_seconds", n.lease_seconds),
            ("notify.sms_max_chars", n.sms_max_chars),
            ("notify.send_every_seconds", n.send_every_seconds),
            ("notify.smtp.timeout_seconds", n.smtp.timeout_seconds),
            ("notify.command.timeout_seconds", n.command.timeout_seconds),
        ] {
            if value == 0 {
                return Err((key.into(), "must be greater than 0".into()));
            }
        }
        for k in &n.automatic {
            if crate::domain::duty::DutyKind::parse(k).is_err() {
                let known: Vec<&str> = crate::domain::duty::DutyKind::ALL.iter().map(|k| k.as_str()).collect();
                return Err((
                    "notify.automatic".into(),
                    format!("unknown duty kind {k:?}: use {}", known.join(", ")),
                ));
            }
        }
        let longest = n.smtp.timeout_seconds.max(n.command.timeout_seconds);
        if n.lease_seconds <= longest {
            return Err((
                "notify.lease_seconds".into(),
                format!("must be longer than the longest channel timeout ({longest} s)"),
            ));
        }
        if n.sms == ChannelName::Smtp {
            return Err((
                "notify.sms".into(),
                "SMS goes by \"spool\" or \"command\", not smtp".into(),
            ));
        }
        let uses = |c: ChannelName| n.email == c || n.sms == c;
        if uses(ChannelName::Command) && n.command.program.trim().is_empty() {
            return Err((
                "notify.command.program".into(),
                "a command channel is chosen but no program is set".into(),
            ));
        }
        if uses(ChannelName::Smtp) && n.smtp.host.trim().is_empty() {
            return Err((
                "notify.smtp.host".into(),
                "the smtp channel is chosen but no host is set".into(),
            ));
        }
        if n.from.trim().is_empty() {
            return Err(("notify.from".into(), "e-mail needs a sender".into()));
        }
        Ok(())
    }
}

/// Lay `over` onto `base`: tables merge key by key, anything else replaces.
fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Config, ConfigError> {
        Config::from_text(text, Path::new("/etc/opsdesk/config.toml"), true)
    }

    #[test]
    fn defaults_hold_every_number_of_the_spec() {
        let c = Config::defaults();
        assert_eq!(
            (
                c.escalation.supervisor_minutes,
                c.escalation.manager_minutes,
                c.escalation.leader_minutes
            ),
            (5, 15, 30),
            "I6"
        );
        assert_eq!(
            (
                c.recurrence.quick_fix_minutes,
                c.recurrence.count,
                c.recurrence.window_days
            ),
            (5, 3, 7),
            "I7"
        );
        assert_eq!(
            (c.notify.broadcast_after_minutes, c.notify.recovery_within_minutes),
            (30, 5),
            "I8"
        );
        assert_eq!(
            (c.outage.single_limit_minutes, c.outage.monthly_limit_minutes),
            (30, 60),
            "I11"
        );
        assert_eq!(c.desk.zone.name(), "Asia/Shanghai", "W1");
        assert_eq!(c.work.day_start.format("%H:%M").to_string(), "09:00", "W1");
        assert_eq!(c.work.day_end.format("%H:%M").to_string(), "18:00", "W1");
        assert_eq!((c.billing.billing_due_day, c.billing.settlement_due_day), (2, 10), "B2");
        let ch = &c.change;
        assert_eq!(ch.early_window_start.format("%H:%M").to_string(), "00:00", "C4");
        assert_eq!(ch.early_window_end.format("%H:%M").to_string(), "06:00", "C4");
        assert_eq!(
            (
                ch.maintenance_notice_working_days,
                ch.collaborator_request_working_days,
                ch.notice_hours_before_end_of_day,
                ch.result_notice_hours,
                ch.summary_working_days
            ),
            (3, 5, 2, 12, 3),
            "C5-C9"
        );
    }

    #[test]
    fn a_desk_file_overrides_single_keys() {
        let c = load("[escalation]\nmanager_minutes = 20\n").unwrap();
        assert_eq!(c.escalation.manager_minutes, 20);
        assert_eq!(c.escalation.supervisor_minutes, 5);
        assert_eq!(c.desk.zone.name(), "Asia/Shanghai");
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let cases: &[(&str, u32, &str, &str)] = &[
            (
                "[escalation]\nmanager_minutes = \"ten\"\n",
                2,
                "escalation.manager_minutes",
                "invalid type",
            ),
            (
                "[desk]\nname = \"x\"\n\n[escalation]\nmanagr_minutes = 10\n",
                5,
                "escalation.managr_minutes",
                "unknown",
            ),
            ("[deks]\nname = 1\n", 1, "deks", "unknown"),
            (
                "[escalation]\nmanager_minutes = 10\nleader_minutes = 9\n",
                3,
                "escalation.leader_minutes",
                "more than",
            ),
            ("[desk]\nzone = \"Mars/Olympus\"\n", 2, "desk.zone", "unknown time zone"),
            ("[work]\nday_start = \"9am\"\n", 2, "work.day_start", "HH:MM"),
            (
                "[escalation]\nmanager_minutes = -3\n",
                2,
                "escalation.manager_minutes",
                "invalid value",
            ),
            ("[escalation\nmanager_minutes = 3\n", 1, "escalation", ""),
            ("[escalation]\nmanager_minutes = \n", 2, "manager_minutes", ""),
            (
                "[billing]\nbilling_due_day = 31\n",
                2,
                "billing.billing_due_day",
                "between 1 and 28",
            ),
            (
                "[[billing.checklist]]\nkinds = [\"billing\"]\nkey = \"a\"\nstep = \"look\"\ntitle = \"A\"\nverify = \"\"\n",
                4,
                "billing.checklist[0].step",
                "check",
            ),
            // Plausibility (issue 21): values config check used to accept made commands panic.
            (
                "[notify]\nexplanation_within_hours = 4294967295\n",
                2,
                "notify.explanation_within_hours",
                "at most 744 hours",
            ),
            (
                "[recurrence]\nwindow_days = 4294967295\n",
                2,
                "recurrence.window_days",
                "at most 366 days",
            ),
            (
                "# a desk\n[change]\nsummary_working_days = 100000\n",
                3,
                "change.summary_working_days",
                "at most 60",
            ),
        ];
        for (text, line, key, fragment) in cases {
            let err = load(text).unwrap_err();
            let shown = err.to_string();
            assert_eq!(err.line, Some(*line), "{text:?}: {shown}");
            assert_eq!(err.key.as_deref(), Some(*key), "{text:?}: {shown}");
            assert!(
                shown.starts_with(&format!("/etc/opsdesk/config.toml:{line}:")),
                "{shown}"
            );
            assert!(shown.contains(fragment), "{text:?}: {shown}");
        }
    }
}
