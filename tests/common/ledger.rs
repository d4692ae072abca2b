//! The ledger kept in Excel that `ledger import` reads (I13), as an operator keeps it: its map,
//! and a workbook of it written by rust_xlsxwriter.

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

pub const MAP: &str = r#"
sheet = "台账"
[columns]
title = "故障现象"
received_at = "报告时间"
service = "系统名称"
category = "故障类别"
restored_at = "恢复时间"
closed_at = "关闭时间"
handling = "处理过程"
satisfaction = "满意度"
[defaults]
channel = "phone"
[values.category]
"网络" = "network"
"#;

const ROWS: u32 = 60;

/// A ledger of `ROWS` incidents (spreadsheet rows 2 to ROWS + 1), dates as date cells; `bad`
/// puts a text date no calendar has in spreadsheet row 37.
pub fn ledger(dir: &Path, name: &str, bad: bool) -> PathBuf {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("台账").expect("name");
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (c, h) in [
        "故障现象",
        "报告时间",
        "系统名称",
        "故障类别",
        "恢复时间",
        "关闭时间",
        "处理过程",
        "满意度",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).expect("header");
    }
    for i in 0..ROWS {
        let row = i + 1; // 0-based: spreadsheet row i + 2
        let day = (i % 28 + 1) as u8;
        let at = |h: u16| {
            ExcelDateTime::from_ymd(2025, 6, day)
                .and_then(|d| d.and_hms(h, 5, 0))
                .expect("a date")
        };
        ws.write_string(row, 0, format!("导入的故障 {i}")).expect("title");
        if bad && row + 1 == 37 {
            ws.write_string(row, 1, "2025-02-30 09:05").expect("bad");
        } else {
            ws.write_datetime_with_format(row, 1, at(9), &date).expect("received");
        }
        ws.write_string(row, 2, "计费系统").expect("service");
        ws.write_string(row, 3, "网络").expect("category");
        ws.write_datetime_with_format(row, 4, at(10), &date).expect("restored");
        ws.write_datetime_with_format(row, 5, at(17), &date).expect("closed");
        ws.write_string(row, 6, "重启网关，观察正常").expect("handling");
        ws.write_number(row, 7, f64::from(i % 5 + 1)).expect("satisfaction");
    }
    let path = dir.join(name);
    book.save(&path).expect("save");
    path
}
