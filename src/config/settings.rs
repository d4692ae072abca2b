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
pub use console::{ConsoleSettings, SavedFilter};

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
    pub request: RequestSettings,
    pub support: SupportSettings,
    pub training: TrainingSettings,
    pub quality: quality::QualitySettings,
    pub emergency: EmergencySettings,
    pub work: Work,
    pub calendar: CalendarSettings,
    pub console: ConsoleSettings,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Desk {
    pub name: String,
    #[serde(serialize_with = "ser_tz", deserialize_with = "de_tz")]
    pub zone: Tz,
    pub language: Language,
    pub bell: bool,
    /// While a duty is missed, the console rings (and flashes) again this often until it is
    /// done; 0 rings once.
    pub missed_ring_minutes: u32,
    /// The console's colours: for a dark terminal background or a light one.
    pub theme: Theme,
    /// The database, when the desk names it ("" = `<data dir>/opsdesk.db`); `--db` and
    /// `$OPSDESK_DB` override it.
    pub database: String,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub enum Theme {
    #[serde(rename = "dark")]
    Dark,
    #[serde(rename = "light")]
    Light,
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
    /// CA certificates (PEM) trusted besides the system's store.
    pub ca_file: String,
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
    /// I3, I11: codes of services taken beside the services directory's (the directory is where
    /// services live now, with names; this list keeps an older desk's config working).
    #[serde(default)]
    pub services: Vec<String>,
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

/// R1–R5, R7: service requests.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RequestSettings {
    pub requirement_evaluation_working_days: u32,
    pub product_working_days: u32,
    pub account_working_days: u32,
    pub extraction_working_days: u32,
    pub processing_opinion_working_days: u32,
    pub warn_before_minutes: u32,
    pub receipt_within_minutes: u32,
    pub account_removal_working_days: u32,
    pub approvals: RequestApprovals,
}

/// E1, E2, I14: emergencies.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EmergencySettings {
    pub report_every_minutes: u32,
    pub review_working_days: u32,
    pub notice_within_minutes: u32,
    pub critical_services: Vec<String>,
    pub declare_on_p1: bool,
    pub declare_at_leader: bool,
}

/// The approvals each sub-kind of request needs before its clock starts (role words).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RequestApprovals {
    pub requirement: Vec<String>,
    pub product: Vec<String>,
    pub account: Vec<String>,
    pub extraction: Vec<String>,
    pub processing: Vec<String>,
}

/// R9: the support centre's contact forms.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SupportSettings {
    pub reply_within_minutes: u32,
    pub approvals: Vec<String>,
}

/// R6: training hours.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TrainingSettings {
    pub monthly_target_hours: u32,
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

    /// Load the effective config from one file over the defaults. When `required` is false a
    /// missing file means "use the defaults".
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
}

/// Lay `over` onto `base`: tables merge key by key, anything else replaces.
pub(crate) fn merge(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, value) => {
                base.insert(key, value);
            }
        }
    }
}

mod console;
pub mod quality;
#[cfg(test)]
mod tests;
mod validate;
