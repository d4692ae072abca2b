//! A ledger file's cells (calamine for a workbook, RFC 4180 for CSV), each row with the number
//! the spreadsheet shows it under, so that a bad row is named as its reader finds it.

use std::path::Path;

use anyhow::{Context, Result};
use calamine::{Data, Reader, open_workbook_auto};
use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::ledger::import::Cell;
use crate::error::invalid;

/// Rows with their spreadsheet row numbers.
type Rows = Vec<(u32, Vec<Cell>)>;

/// One sheet's rows below its header row.
#[derive(Debug)]
pub struct Table {
    /// The sheet's name (a CSV file's own name).
    pub sheet: String,
    pub headers: Vec<String>,
    /// Each row with its spreadsheet row number (1 is the first row).
    pub rows: Rows,
}

fn is_csv(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// The table of `path` (`.csv`, else a workbook: `.xlsx`, `.xls`, `.ods`), its headers on
/// `header_row`.
pub fn read(path: &Path, sheet: Option<&str>, header_row: u32) -> Result<Table> {
    let (name, rows) = if is_csv(path) {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| invalid(format!("{}: not UTF-8; save the CSV file as UTF-8", path.display())))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        (name, csv(&text))
    } else {
        workbook(path, sheet)?
    };
    let mut headers = None;
    let mut data = Vec::new();
    for (n, cells) in rows {
        if n == header_row {
            headers = Some(
                cells
                    .iter()
                    .map(|c| match c {
                        Cell::Text(s) => s.trim().to_string(),
                        Cell::Number(x) => x.to_string(),
                        _ => String::new(),
                    })
                    .collect(),
            );
        } else if n > header_row && cells.iter().any(|c| *c != Cell::Empty) {
            data.push((n, cells));
        }
    }
    let headers = headers.ok_or_else(|| invalid(format!("{name}: row {header_row} (header_row) is empty")))?;
    Ok(Table {
        sheet: name,
        headers,
        rows: data,
    })
}

/// A workbook's sheet as numbered rows.
fn workbook(path: &Path, sheet: Option<&str>) -> Result<(String, Rows)> {
    let mut book = open_workbook_auto(path).map_err(|e| invalid(format!("{}: {e}", path.display())))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => {
            return Err(invalid(format!(
                "{}: no sheet {s:?}; it has {}",
                path.display(),
                names.join(", ")
            )));
        }
        None => names
            .first()
            .cloned()
            .ok_or_else(|| invalid(format!("{}: no sheet", path.display())))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| invalid(format!("{}: sheet {name:?}: {e}", path.display())))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            // Columns count from the sheet's A, whatever column its first cell is in.
            let mut cells = vec![Cell::Empty; left as usize];
            cells.extend(row.iter().map(cell));
            (top + i as u32 + 1, cells)
        })
        .collect();
    Ok((name, rows))
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Text(if *b { "yes" } else { "no" }.into()),
        Data::DateTime(t) if t.is_datetime() => {
            let (y, mo, d, h, mi, s, _) = t.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(i32::from(y), u32::from(mo), u32::from(d))
                .and_then(|day| day.and_hms_opt(u32::from(h), u32::from(mi), u32::from(s)))
                .map_or(Cell::Number(t.as_f64()), Cell::Date)
        }
        Data::DateTime(t) => Cell::Number(t.as_f64()),
        Data::DateTimeIso(s) => {
            NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").map_or_else(|_| Cell::Text(s.clone()), Cell::Date)
        }
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Text(format!("#{e:?}")),
    }
}

/// RFC 4180: fields split by commas, a quoted field may hold commas, line breaks and `""`; a
/// byte-order mark is dropped. Rows numbered from 1 as a spreadsheet would show them.
fn csv(text: &str) -> Rows {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    let cell = |s: &mut String| {
        let v = std::mem::take(s);
        if v.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(v)
        }
    };
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => row.push(cell(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(cell(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(cell(&mut field));
        rows.push(row);
    }
    rows.into_iter().enumerate().map(|(i, r)| (i as u32 + 1, r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i13_a_csv_ledger_reads_as_a_spreadsheet_shows_it() {
        let t = |s: &str| Cell::Text(s.into());
        let text = "\u{feff}标题,时间\r\n\"a, \"\"b\"\"\",2026-03-02\r\n\"two\nlines\",\r\n";
        let rows = csv(text);
        assert_eq!(
            rows,
            vec![
                (1, vec![t("标题"), t("时间")]),
                (2, vec![t("a, \"b\""), t("2026-03-02")]),
                (3, vec![t("two\nlines"), Cell::Empty]),
            ]
        );
    }
}
