//! Instants as the desk writes and reads them. Stored in UTC, shown in the configured zone
//! (SPEC W1). Nothing here reads the clock: `now` is always an argument.

use chrono::{DateTime, Duration, NaiveTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::OpsError;

/// The years an instant the desk records may fall in: a received time in 1970 or the year 0 is a
/// typing mistake (or an empty field read as zero), and arithmetic on it could leave the calendar.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// Refuse an instant outside [`YEARS`] in every zone on Earth (UTC-12 to UTC+14), naming what it
/// is: the records carry no zone, so midnight of 1 January 2000 in Beijing must pass here.
/// [`parse_time`] holds typed times to the years in the desk's own zone.
pub fn plausible(what: &str, t: DateTime<Utc>) -> Result<DateTime<Utc>, OpsError> {
    let at = |y: i32, hour: u32| Utc.with_ymd_and_hms(y, 1, 1, hour, 0, 0).single();
    // 1 January of the first year begins at 10:00 UTC the day before in UTC+14; the year after
    // the last begins at 12:00 UTC in UTC-12.
    let lo = at(*YEARS.start(), 0).map(|t| t - Duration::hours(14));
    let hi = at(YEARS.end() + 1, 12);
    if lo.is_some_and(|lo| t >= lo) && hi.is_some_and(|hi| t < hi) {
        return Ok(t);
    }
    Err(outside(what, t.format("%Y-%m-%d %H:%M UTC")))
}

fn outside(what: &str, shown: impl std::fmt::Display) -> OpsError {
    OpsError::Invalid(format!(
        "{what} {shown} is outside the years {}-{} that opsdesk records",
        YEARS.start(),
        YEARS.end()
    ))
}

/// Parse a TIME argument: RFC 3339 (`2026-11-20T10:05:00+08:00`), a date and time in the
/// configured zone (`2026-11-20 10:05`), `HH:MM` or `HH:MM:SS` (today in the configured zone),
/// `now`, or relative to now: `-16m`, `-2h`, `+30s`, `-1d`. Only years 2000-2099 (see
/// [`plausible`]).
pub fn parse_time(s: &str, now: DateTime<Utc>, zone: Tz) -> Result<DateTime<Utc>, OpsError> {
    use chrono::Datelike;
    let t = read_time(s, now, zone)?;
    let local = t.with_timezone(&zone);
    if !YEARS.contains(&local.year()) {
        return Err(outside("time", local.format("%Y-%m-%d %H:%M")));
    }
    plausible("time", t)
}

fn read_time(s: &str, now: DateTime<Utc>, zone: Tz) -> Result<DateTime<Utc>, OpsError> {
    let s = s.trim();
    let bad = || {
        OpsError::Invalid(format!(
            "cannot read time {s:?}: use 2026-11-20 10:05, HH:MM (today), RFC 3339, or relative like -16m, -2h"
        ))
    };
    if s.eq_ignore_ascii_case("now") {
        return Ok(now);
    }
    if let Some(rest) = s.strip_prefix('-').or_else(|| s.strip_prefix('+')) {
        let sign = if s.starts_with('-') { -1 } else { 1 };
        let d = parse_duration(rest).ok_or_else(bad)?;
        return now.checked_add_signed(d * sign).ok_or_else(bad);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    for fmt in ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, fmt) {
            let local = zone.from_local_datetime(&t).earliest().ok_or_else(bad)?;
            return Ok(local.with_timezone(&Utc));
        }
    }
    for fmt in ["%H:%M", "%H:%M:%S"] {
        if let Ok(t) = NaiveTime::parse_from_str(s, fmt) {
            let today = now.with_timezone(&zone).date_naive();
            let local = zone
                .from_local_datetime(&today.and_time(t))
                .earliest()
                .ok_or_else(bad)?;
            return Ok(local.with_timezone(&Utc));
        }
    }
    Err(bad())
}

/// `16m`, `2h`, `30s`, `1d`, `1h30m`.
pub fn parse_duration(s: &str) -> Option<Duration> {
    if s.is_empty() {
        return None;
    }
    let mut total = Duration::zero();
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: i64 = num.parse().ok()?;
        num.clear();
        let part = match c {
            's' => Duration::try_seconds(n)?,
            'm' => Duration::try_minutes(n)?,
            'h' => Duration::try_hours(n)?,
            'd' => Duration::try_days(n)?,
            _ => return None,
        };
        total = total.checked_add(&part)?;
    }
    if !num.is_empty() {
        return None;
    }
    Some(total)
}

/// RFC 3339 with the zone's offset, to the second: the form of every instant in `--json`.
pub fn rfc3339(t: DateTime<Utc>, zone: Tz) -> String {
    t.with_timezone(&zone).to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// `2026-11-20 10:05` in the zone: the form of instants in tables.
pub fn local_minute(t: DateTime<Utc>, zone: Tz) -> String {
    t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string()
}

/// `2026-11-20 10:05:09` in the zone.
pub fn local_second(t: DateTime<Utc>, zone: Tz) -> String {
    t.with_timezone(&zone).format("%Y-%m-%d %H:%M:%S").to_string()
}

/// A span as a clock reads it: `03:12`, `1:05:00`, `2d 03h`. Negative spans get a leading `-`.
pub fn clock(d: Duration) -> String {
    let neg = d < Duration::zero();
    let secs = d.num_seconds().abs();
    let (days, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let body = if days > 0 {
        format!("{days}d {h:02}h")
    } else if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    };
    if neg { format!("-{body}") } else { body }
}

/// Whole seconds: instants are stored to the second, so every instant that enters the core is cut
/// to the second first and what is read back equals what was written.
pub fn whole_seconds(t: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_opt(t.timestamp(), 0).single().unwrap_or(t)
}

pub fn from_unix(secs: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(secs, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        // 2026-11-20 10:00:00 in Shanghai.
        Utc.with_ymd_and_hms(2026, 11, 20, 2, 0, 0).unwrap()
    }

    #[test]
    fn time_arguments() {
        let tz: Tz = "Asia/Shanghai".parse().unwrap();
        let cases: &[(&str, Option<&str>)] = &[
            ("now", Some("2026-11-20T10:00:00+08:00")),
            ("-16m", Some("2026-11-20T09:44:00+08:00")),
            ("-2h", Some("2026-11-20T08:00:00+08:00")),
            ("+30s", Some("2026-11-20T10:00:30+08:00")),
            ("-1d", Some("2026-11-19T10:00:00+08:00")),
            ("-1h30m", Some("2026-11-20T08:30:00+08:00")),
            ("09:15", Some("2026-11-20T09:15:00+08:00")),
            ("23:59:59", Some("2026-11-20T23:59:59+08:00")),
            ("2026-11-19T22:00:00Z", Some("2026-11-20T06:00:00+08:00")),
            ("2026-11-20T08:00:00+08:00", Some("2026-11-20T08:00:00+08:00")),
            ("2026-12-02 01:30", Some("2026-12-02T01:30:00+08:00")),
            ("2026-12-02T01:30", Some("2026-12-02T01:30:00+08:00")),
            ("2026-13-02 01:30", None),
            ("", None),
            ("-", None),
            ("-16", None),
            ("-16x", None),
            ("25:00", None),
            ("yesterday", None),
            ("-99999999999999d", None),
            // Plausibility (issue 21): no year 1970 or 0, nothing past 2099.
            ("1970-01-01 00:00", None),
            ("0000-01-01T00:00:00Z", None),
            ("1999-12-31T23:59:59+08:00", None),
            ("2100-01-02 00:00", None),
            ("-10000d", None),
            ("2000-01-01 08:00", Some("2000-01-01T08:00:00+08:00")),
            // The years are the desk's zone's: its first midnight of 2000 is in 1999 in UTC.
            ("2000-01-01 00:00", Some("2000-01-01T00:00:00+08:00")),
            ("2000-01-01T00:00:00+08:00", Some("2000-01-01T00:00:00+08:00")),
            ("2099-12-31 23:59", Some("2099-12-31T23:59:00+08:00")),
        ];
        for (input, want) in cases {
            let got = parse_time(input, now(), tz).ok().map(|t| rfc3339(t, tz));
            assert_eq!(got.as_deref(), *want, "input {input:?}");
        }
    }

    #[test]
    fn plausible_years_hold_in_every_zone() {
        let cases = [
            ("2000-01-01T00:00:00+08:00", true),
            ("2000-01-01T00:00:00+14:00", true),
            ("1999-12-31T23:59:59+14:00", false),
            ("1999-12-31T09:59:59Z", false),
            ("2099-12-31T23:59:59-12:00", true),
            ("2100-01-01T00:00:00-12:00", false),
            ("1970-01-01T00:00:00Z", false),
        ];
        for (t, ok) in cases {
            let t = DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc);
            assert_eq!(plausible("t", t).is_ok(), ok, "{t}");
        }
    }

    #[test]
    fn clock_reads_like_a_countdown() {
        assert_eq!(clock(Duration::seconds(192)), "03:12");
        assert_eq!(clock(Duration::seconds(3900)), "1:05:00");
        assert_eq!(clock(Duration::seconds(-61)), "-01:01");
        assert_eq!(clock(Duration::hours(51)), "2d 03h");
    }
}
