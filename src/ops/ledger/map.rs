//! The map of a ledger kept elsewhere (`--map map.toml`, examples/ledger-map.toml): which sheet,
//! which row holds the headers, which header holds each field, the ledger's own words for
//! opsdesk's, and the value of a field the ledger does not have.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::domain::ledger::import::{Field, Reading};
use crate::error::invalid;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    sheet: Option<String>,
    #[serde(default = "first_row")]
    header_row: u32,
    zone: Option<String>,
    columns: HashMap<String, String>,
    #[serde(default)]
    defaults: HashMap<String, String>,
    #[serde(default)]
    values: HashMap<String, HashMap<String, String>>,
}

fn first_row() -> u32 {
    1
}

/// A map read and checked.
#[derive(Debug)]
pub struct Map {
    /// The sheet to read [default: the first].
    pub sheet: Option<String>,
    /// The spreadsheet's row number of the headers (1 is the first row); data follows it.
    pub header_row: u32,
    /// Each field and the header of its column.
    pub columns: Vec<(Field, String)>,
    pub reading: Reading,
}

fn field(key: &str, section: &str) -> Result<Field> {
    Field::parse(key).map_err(|e| invalid(format!("[{section}] {key:?}: {e}")))
}

impl Map {
    pub fn read(path: &Path) -> Result<Map> {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading the map {}", path.display()))?;
        Map::parse(&text).map_err(|e| invalid(format!("the map {}: {e:#}", path.display())))
    }

    pub fn parse(text: &str) -> Result<Map> {
        let f: File = toml::from_str(text).map_err(|e| invalid(e.to_string()))?;
        if f.header_row == 0 {
            return Err(invalid("header_row counts from 1, as the spreadsheet does"));
        }
        let mut columns: Vec<(Field, String)> = Vec::new();
        for (k, header) in &f.columns {
            columns.push((field(k, "columns")?, header.trim().to_string()));
        }
        columns.sort_by_key(|(f, _)| *f);
        for needed in [Field::Title, Field::ReceivedAt] {
            if !columns.iter().any(|(f, _)| *f == needed) {
                return Err(invalid(format!("[columns] must name the column of {needed}")));
            }
        }
        let mut reading = Reading::default();
        for (k, v) in f.defaults {
            reading.defaults.insert(field(&k, "defaults")?, v);
        }
        for (k, words) in f.values {
            let words = words
                .into_iter()
                .map(|(theirs, ours)| (theirs.trim().to_string(), ours))
                .collect();
            reading.values.insert(field(&k, "values")?, words);
        }
        reading.zone = f
            .zone
            .map(|z| {
                z.parse::<chrono_tz::Tz>()
                    .map_err(|_| invalid(format!("zone {z:?}: not a time zone")))
            })
            .transpose()?;
        Ok(Map {
            sheet: f.sheet,
            header_row: f.header_row,
            columns,
            reading,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i13_the_example_map_reads_and_a_wrong_one_is_refused_by_name() {
        let example = Map::parse(include_str!("../../../examples/ledger-map.toml")).expect("the example map");
        assert!(
            example
                .columns
                .iter()
                .any(|(f, h)| *f == Field::ReceivedAt && !h.is_empty())
        );
        let cases = [
            (
                "[columns]\ntitel = \"x\"\nreceived_at = \"y\"",
                "unknown ledger field \"titel\"",
            ),
            ("[columns]\ntitle = \"x\"", "must name the column of received_at"),
            (
                "header_row = 0\n[columns]\ntitle = \"x\"\nreceived_at = \"y\"",
                "counts from 1",
            ),
            (
                "zone = \"Mars/Base\"\n[columns]\ntitle = \"x\"\nreceived_at = \"y\"",
                "not a time zone",
            ),
        ];
        for (text, want) in cases {
            let e = Map::parse(text).expect_err(want).to_string();
            assert!(e.contains(want), "{e:?} wanted {want:?}");
        }
    }
}
