//! Where the ledger's rows go (I13): CSV in UTF-8 with a byte-order mark, or a real workbook
//! written row by row in rust_xlsxwriter's constant-memory mode (each row goes to a temporary
//! file as it is written, so a million rows take no more memory than one), with its header
//! frozen, a filter on every column, each column as wide as its widest text and dates as dates.

use std::fs::File;
use std::io::Write;

use anyhow::{Context, Result};
use chrono_tz::Tz;
use rust_xlsxwriter::{Format, Workbook};

use crate::domain::ledger::{Column, Value, excel_serial};
use crate::ops::requests::csv_cell;

/// One table of the ledger after another: a sheet each in a workbook.
pub trait Sink {
    /// A new table called `name`, with these columns and headers.
    fn table(&mut self, name: &str, columns: &'static [Column], headers: &[&str]) -> Result<()>;
    fn row(&mut self, values: &[Value]) -> Result<()>;
    /// Every row written: the file is whole.
    fn finish(&mut self) -> Result<()>;
}

/// CSV: one table only, the desk's wall time to the minute.
pub struct Csv<W: Write> {
    out: W,
    zone: Tz,
    tables: usize,
}

impl<W: Write> Csv<W> {
    pub fn new(out: W, zone: Tz) -> Csv<W> {
        Csv { out, zone, tables: 0 }
    }

    fn line(&mut self, cells: impl Iterator<Item = String>) -> Result<()> {
        let row: Vec<String> = cells.map(|c| csv_cell(&c)).collect();
        self.out.write_all(row.join(",").as_bytes())?;
        self.out.write_all(b"\r\n")?;
        Ok(())
    }
}

impl<W: Write> Sink for Csv<W> {
    fn table(&mut self, _name: &str, _columns: &'static [Column], headers: &[&str]) -> Result<()> {
        self.tables += 1;
        if self.tables > 1 {
            return Err(crate::error::invalid(
                "a CSV file holds one kind of record: give one --kind, or --format xlsx for several",
            ));
        }
        self.out.write_all("\u{feff}".as_bytes())?;
        self.line(headers.iter().map(|h| h.to_string()))
    }

    fn row(&mut self, values: &[Value]) -> Result<()> {
        let zone = self.zone;
        // One line a record: the steps of the handling are told apart by a bar.
        self.line(values.iter().map(|v| v.plain(zone)))
    }

    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

/// Widest a column grows, in characters: a long description wraps in the reader's hands, not
/// across the screen.
const MAX_WIDTH: usize = 60;

/// Excel's rows per sheet, the header's among them.
const ROWS_MAX: u32 = 1_048_576;

/// A workbook in constant-memory mode, saved to `file` by [`Sink::finish`].
pub struct Xlsx {
    book: Workbook,
    file: Option<File>,
    zone: Tz,
    sheet: Option<Sheet>,
    sheets: usize,
    header: Format,
    date: Format,
}

/// The sheet being written: its columns, the next row, each column's widest text so far.
struct Sheet {
    index: usize,
    columns: &'static [Column],
    next: u32,
    widths: Vec<usize>,
}

impl Xlsx {
    pub fn new(file: File, zone: Tz) -> Xlsx {
        Xlsx {
            book: Workbook::new(),
            file: Some(file),
            zone,
            sheet: None,
            sheets: 0,
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
        }
    }

    /// The sheet done: widths by display width, the header frozen, a filter over every row.
    fn close_sheet(&mut self) -> Result<()> {
        let Some(s) = self.sheet.take() else {
            return Ok(());
        };
        let ws = self.book.worksheet_from_index(s.index)?;
        for (i, w) in s.widths.iter().enumerate() {
            ws.set_column_width(i as u16, (*w).clamp(6, MAX_WIDTH) as f64 + 2.0)?;
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, s.next.saturating_sub(1).max(1), (s.columns.len() - 1) as u16)?;
        Ok(())
    }
}

/// Display width of the widest line (CJK characters count two, as in the spreadsheet).
fn shown_width(s: &str) -> usize {
    s.lines().map(crate::text::width).max().unwrap_or(0)
}

impl Sink for Xlsx {
    fn table(&mut self, name: &str, columns: &'static [Column], headers: &[&str]) -> Result<()> {
        self.close_sheet()?;
        let ws = self.book.add_worksheet_with_constant_memory()?;
        ws.set_name(name)?;
        for (i, h) in headers.iter().enumerate() {
            ws.write_string_with_format(0, i as u16, *h, &self.header)?;
        }
        let index = self.sheets;
        self.sheets += 1;
        let widths = headers.iter().map(|h| shown_width(h)).collect();
        self.sheet = Some(Sheet {
            index,
            columns,
            next: 1,
            widths,
        });
        Ok(())
    }

    fn row(&mut self, values: &[Value]) -> Result<()> {
        let zone = self.zone;
        let s = self.sheet.as_mut().context("a row before its sheet")?;
        if s.next >= ROWS_MAX {
            return Err(crate::error::invalid(format!(
                "a sheet holds {} rows under its header: export a shorter range, or as CSV",
                ROWS_MAX - 1
            )));
        }
        let ws = self.book.worksheet_from_index(s.index)?;
        for (i, v) in values.iter().enumerate() {
            let c = i as u16;
            let shown = match v {
                Value::Empty => 0,
                Value::Text(t) => {
                    let t = crate::text::sanitize_block(t);
                    ws.write_string(s.next, c, &t)?;
                    shown_width(&t)
                }
                Value::Number(n) => {
                    ws.write_number(s.next, c, *n as f64)?;
                    n.to_string().len()
                }
                Value::Date(t) => {
                    ws.write_number_with_format(s.next, c, excel_serial(*t, zone), &self.date)?;
                    16
                }
            };
            if let Some(w) = s.widths.get_mut(i) {
                *w = (*w).max(shown);
            }
        }
        s.next += 1;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.close_sheet()?;
        let file = self.file.take().context("the workbook is saved once")?;
        self.book.save_to_writer(file).context("writing the workbook")?;
        Ok(())
    }
}
