//! The tracking ledger in and out of Excel through the real binary (I13, issue 15): the export
//! read back by a real workbook reader (calamine) and a zip reader, the CSV with its BOM; an
//! import of a workbook written here with rust_xlsxwriter, refused whole for one bad row and
//! named by sheet, row and reason, then imported whole once fixed, `opsdesk check` clean.

mod common;

use std::io::Read;
use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};
use common::Desk;
use common::ledger::{MAP, ledger};

const ALL: [&str; 4] = ["--from", "2020-01-01", "--to", "2030-12-31"];

/// How many incidents `incident list` counts as received over the same range as [`ALL`].
fn listed(d: &Desk) -> usize {
    let v = d.json(&[
        "incident",
        "list",
        "--since",
        "2020-01-01 00:00",
        "--until",
        "2031-01-01 00:00",
        "--limit",
        "10000",
    ]);
    v.as_array().expect("a list").len()
}

fn titles(d: &Desk) -> Vec<String> {
    let v = d.json(&["incident", "list", "--limit", "10000"]);
    v.as_array()
        .expect("a list")
        .iter()
        .map(|i| i["title"].as_str().expect("title").to_string())
        .collect()
}

/// The first sheet of a workbook: its name and rows.
fn sheet(path: &Path) -> (String, Vec<Vec<Data>>) {
    let mut book = open_workbook_auto(path).expect("a workbook calamine reads");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("its sheet");
    (name, range.rows().map(|r| r.to_vec()).collect())
}

fn zipped(path: &Path, member: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).expect("open")).expect("a zip");
    let mut s = String::new();
    z.by_name(member).expect(member).read_to_string(&mut s).expect("utf-8");
    s
}

#[test]
fn i13_the_ledger_exports_as_a_workbook_a_spreadsheet_reads_with_every_incident() {
    let d = Desk::demo("supervisor");
    let out = d.path().join("台账.xlsx");
    let o = out.to_str().expect("path");
    let printed = d.ok(&[
        &["--lang", "zh-CN", "ledger", "export"][..],
        &ALL,
        &["--format", "xlsx", "--out", o],
    ]
    .concat());
    assert!(printed.contains("row(s) of incidents"), "{printed}");
    let (name, rows) = sheet(&out);
    assert_eq!(name, "问题跟踪台账");
    let n = listed(&d);
    assert!(n > 10, "the demo desk has incidents: {n}");
    assert_eq!(rows.len() - 1, n, "one row per incident, under one header row");
    // Chinese headers and the records' Chinese text, intact.
    assert_eq!(rows[0][0], Data::String("编号".into()));
    assert!(rows[0].contains(&Data::String("处理过程".into())));
    assert!(
        !rows[0].iter().any(|h| h.to_string().contains("联系")),
        "no contact column (A2)"
    );
    let texts: Vec<String> = rows.iter().flatten().map(|c| c.to_string()).collect();
    let chinese: Vec<String> = titles(&d).into_iter().filter(|t| !t.is_ascii()).collect();
    assert!(!chinese.is_empty());
    for t in &chinese {
        assert!(texts.contains(t), "{t} is in the workbook");
    }
    // Dates are dates, not text.
    assert!(matches!(rows[1][1], Data::DateTime(_)), "{:?}", rows[1][1]);
    // The header row frozen and a filter over the table, as the sheet's XML says.
    let xml = zipped(&out, "xl/worksheets/sheet1.xml");
    assert!(xml.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#));
    assert!(
        xml.contains(&format!(r#"<autoFilter ref="A1:W{}"/>"#, n + 1)),
        "{}",
        &xml[..600]
    );
    assert!(xml.contains("customWidth"), "widths by content");
    // Not overwritten, and recorded as an export.
    d.fails(2, &[&["ledger", "export"][..], &ALL, &["--out", o]].concat());
    let history = d.ok(&["history", "export", "1"]);
    assert!(history.contains(&format!("{n} rows, xlsx")), "{history}");
}

#[test]
fn i13_the_ledger_exports_as_csv_with_a_byte_order_mark() {
    let d = Desk::demo("supervisor");
    let out = d.run(&[&["--lang", "en", "ledger", "export"][..], &ALL, &["--format", "csv"]].concat());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("\u{feff}id,received_at,"), "{}", &text[..40]);
    assert_eq!(text.lines().count(), listed(&d) + 1);
    // A2: the reporters' phone numbers and addresses stay on the desk.
    let header = text.lines().next().expect("header");
    assert!(!header.contains("contact"), "{header}");
    let all = d.json(&["incident", "list", "--limit", "10000"]);
    let contacts: Vec<&str> = all
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|i| i["contact"].as_str())
        .filter(|c| c.len() > 3)
        .collect();
    assert!(!contacts.is_empty(), "the demo's reporters have contacts");
    for c in contacts {
        assert!(!text.contains(c), "{c} is not in the ledger (A2)");
    }
    // A CSV file holds one kind of record; a workbook holds several.
    d.fails(
        2,
        &[
            &["ledger", "export"][..],
            &ALL,
            &["--format", "csv", "--kind", "incident,change"],
        ]
        .concat(),
    );
    d.fails(2, &[&["ledger", "export"][..], &ALL, &["--kind", "article"]].concat());
}

/// How many records a list command prints as JSON.
fn counted(d: &Desk, args: &[&str]) -> usize {
    d.json(args).as_array().expect("a list").len()
}

#[test]
fn i13_the_ledger_holds_requests_changes_and_runs_a_sheet_each() {
    let d = Desk::demo("supervisor");
    let out = d.path().join("all.xlsx");
    let o = out.to_str().expect("path");
    let printed = d.ok(&[
        &["--lang", "zh-CN", "ledger", "export"][..],
        &ALL,
        &["--kind", "incident,request,change,run", "--out", o],
    ]
    .concat());
    assert!(printed.contains("incidents, requests, changes, runs"), "{printed}");
    let mut book = open_workbook_auto(&out).expect("a workbook calamine reads");
    assert_eq!(
        book.sheet_names(),
        ["问题跟踪台账", "需求受理台账", "变更台账", "出账台账"]
    );
    let rows = |book: &mut calamine::Sheets<_>, name: &str| -> Vec<Vec<Data>> {
        let range = book.worksheet_range(name).expect(name);
        range.rows().map(|r| r.to_vec()).collect()
    };
    let requests = rows(&mut book, "需求受理台账");
    let changes = rows(&mut book, "变更台账");
    let runs = rows(&mut book, "出账台账");
    let want = (
        counted(&d, &["request", "list", "--limit", "1000"]),
        counted(&d, &["change", "list", "--all", "--limit", "1000"]),
        counted(&d, &["billing", "list", "--limit", "1000"]),
    );
    assert!(
        want.0 > 3 && want.1 > 3 && want.2 > 0,
        "the demo has each kind: {want:?}"
    );
    assert_eq!(
        (requests.len() - 1, changes.len() - 1, runs.len() - 1),
        want,
        "one row per record under one header row"
    );
    assert_eq!(requests[0][0], Data::String("编号".into()));
    assert!(
        requests[0].contains(&Data::String("密级".into())),
        "R4's marking: {:?}",
        requests[0]
    );
    assert!(changes[0].contains(&Data::String("涉及系统".into())));
    assert!(runs[0].contains(&Data::String("确认人".into())));
    // Words in the ledger's language, dates as dates.
    let texts: Vec<String> = changes.iter().flatten().map(|c| c.to_string()).collect();
    assert!(
        texts.iter().any(|t| t == "已关闭" || t == "已计划" || t == "已排期"),
        "{texts:?}"
    );
    assert!(matches!(requests[1][9], Data::DateTime(_)), "{:?}", requests[1][9]);
    assert!(matches!(runs[1][6], Data::DateTime(_)), "{:?}", runs[1][6]);
    // One kind to CSV, in English: the R8 archive's columns, as `request export` writes them.
    let csv = d.run(
        &[
            &["--lang", "en", "ledger", "export"][..],
            &ALL,
            &["--format", "csv", "--kind", "request"],
        ]
        .concat(),
    );
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    let text = String::from_utf8(csv.stdout).expect("utf-8");
    let archive = d.ok(&[&["--lang", "en", "request", "export"][..], &ALL].concat());
    assert_eq!(
        text.lines().next(),
        archive.lines().next(),
        "the ledger's request sheet and the archive have one header"
    );
    assert_eq!(text.lines().count(), want.0 + 1);
    d.ok(&["check"]);
}

fn map(d: &Desk) -> String {
    let p = d.path().join("map.toml");
    std::fs::write(&p, MAP).expect("map");
    p.to_str().expect("path").to_string()
}

#[test]
fn i13_a_ledger_with_one_bad_row_imports_nothing_and_fixed_imports_everything() {
    let d = Desk::demo("supervisor");
    let m = map(&d);
    let before = titles(&d).len();
    let bad = ledger(d.path(), "bad.xlsx", true);
    let err = d.fails(2, &["ledger", "import", bad.to_str().expect("p"), "--map", &m]);
    assert!(
        err.contains(
            r#"sheet "台账" row 37: received_at (column "报告时间"): cannot read "2025-02-30 09:05" as a date"#
        ),
        "{err}"
    );
    assert!(err.contains("1 bad row(s) of 60: nothing imported"), "{err}");
    assert_eq!(err.matches(" row ").count(), 1, "only row 37 is bad: {err}");
    assert_eq!(titles(&d).len(), before, "nothing imported");

    // A dry run of the good file changes nothing.
    let good = ledger(d.path(), "good.xlsx", false);
    let g = good.to_str().expect("p");
    let dry = d.ok(&["ledger", "import", g, "--map", &m, "--dry-run"]);
    assert!(dry.contains("60 good, 0 bad; nothing imported"), "{dry}");
    assert_eq!(titles(&d).len(), before);

    let done = d.ok(&["ledger", "import", g, "--map", &m]);
    assert!(done.contains("imported 60 incident(s) from good.xlsx"), "{done}");
    let all = d.json(&["incident", "list", "--limit", "10000"]);
    let imported: Vec<&serde_json::Value> = all
        .as_array()
        .expect("list")
        .iter()
        .filter(|i| i["title"].as_str().is_some_and(|t| t.starts_with("导入的故障")))
        .collect();
    assert_eq!(imported.len(), 60);
    let i = imported
        .iter()
        .find(|i| i["title"] == "导入的故障 35")
        .expect("spreadsheet row 37");
    assert_eq!(i["status"], "closed");
    assert_eq!(i["category"], "network");
    assert_eq!(i["received_at"], "2025-06-08T09:05:00+08:00");
    let id = i["id"].to_string();
    let history = d.ok(&["history", "incident", &id]);
    assert!(
        history.contains("imported from good.xlsx sheet 台账 row 37"),
        "{history}"
    );
    assert!(
        history.contains("重启网关，观察正常"),
        "the handling as a note: {history}"
    );
    let check = d.ok(&["check"]);
    assert!(check.contains("check: ok"), "{check}");
    // The export says it back.
    let csv = d.ok(&[
        "--lang",
        "en",
        "ledger",
        "export",
        "--from",
        "2025-06-01",
        "--to",
        "2025-06-30",
        "--format",
        "csv",
    ]);
    assert_eq!(csv.lines().count(), 61, "{csv}");
    assert!(csv.contains("imported from good.xlsx sheet 台账 row 37"));
}

#[test]
fn i13_skip_bad_imports_the_good_rows_and_writes_the_rejects() {
    let d = Desk::demo("supervisor");
    let m = map(&d);
    let bad = ledger(d.path(), "bad.xlsx", true);
    let rejects = d.path().join("rejects.csv");
    let r = rejects.to_str().expect("p");
    let out = d.ok(&[
        "ledger",
        "import",
        bad.to_str().expect("p"),
        "--map",
        &m,
        "--skip-bad",
        r,
    ]);
    assert!(
        out.contains("imported 59 incident(s)") && out.contains("1 bad row(s) set aside"),
        "{out}"
    );
    let text = std::fs::read_to_string(&rejects).expect("rejects");
    assert!(text.starts_with("\u{feff}sheet,row,reason,故障现象"), "{text}");
    assert!(text.contains("台账,37,") && text.contains("导入的故障 35"), "{text}");
    assert!(d.ok(&["check"]).contains("check: ok"));
}

#[test]
fn i13_an_operator_may_not_import_a_ledger() {
    let d = Desk::demo("operator");
    let m = map(&d);
    let before = titles(&d).len();
    let good = ledger(d.path(), "good.xlsx", false);
    let err = d.fails(5, &["ledger", "import", good.to_str().expect("p"), "--map", &m]);
    assert!(
        err.contains("importing a ledger of incidents (I13)") && err.contains("supervisor"),
        "{err}"
    );
    assert_eq!(titles(&d).len(), before);
}

#[test]
fn i13_a_csv_ledger_imports_as_a_workbook_does() {
    let d = Desk::demo("supervisor");
    let m = map(&d);
    let csv = d.path().join("ledger.csv");
    std::fs::write(
        &csv,
        "\u{feff}故障现象,报告时间,系统名称,故障类别,恢复时间,关闭时间,处理过程,满意度\r\n\
         \"网关, 丢包\",2025-07-01 08:00,计费系统,网络,2025-07-01 08:30,2025/7/1 12:00,\"换线\n复测\",5\r\n",
    )
    .expect("csv");
    let out = d.ok(&["ledger", "import", csv.to_str().expect("p"), "--map", &m]);
    assert!(out.contains("imported 1 incident(s)"), "{out}");
    assert!(titles(&d).contains(&"网关, 丢包".to_string()));
    assert!(d.ok(&["check"]).contains("check: ok"));
}

#[test]
fn i13_an_exported_ledger_imports_into_another_desk() {
    let from = Desk::demo("supervisor");
    let out = from.path().join("ledger.xlsx");
    let o = out.to_str().expect("path");
    from.ok(&[&["--lang", "en", "ledger", "export"][..], &ALL, &["--out", o]].concat());
    let (_, rows) = sheet(&out);
    let restored = rows[0]
        .iter()
        .position(|h| *h == Data::String("restored_at".into()))
        .expect("restored_at");
    let handled = rows[1..].iter().filter(|r| r[restored] != Data::Empty).count();
    assert!(
        handled > 10 && handled < rows.len() - 1,
        "handled and open ones: {handled}"
    );

    let to = Desk::demo("supervisor");
    let map = to.path().join("map.toml");
    let columns = [
        "title",
        "received_at",
        "started_at",
        "service",
        "category",
        "severity",
        "channel",
        "dept",
        "reporter",
        "description",
        "handling",
        "cause",
        "restored_at",
        "resolved_at",
        "closed_at",
        "satisfaction",
        "outage",
    ];
    let mut text = String::from("sheet = \"incidents\"\n[columns]\n");
    for c in columns {
        text.push_str(&format!("{c} = \"{c}\"\n"));
    }
    std::fs::write(&map, text).expect("map");
    let before = titles(&to).len();
    let rejects = to.path().join("open.csv");
    let args = [
        "ledger",
        "import",
        o,
        "--map",
        map.to_str().expect("p"),
        "--skip-bad",
        rejects.to_str().expect("p"),
    ];
    let done = to.ok(&args);
    assert!(done.contains(&format!("imported {handled} incident(s)")), "{done}");
    assert_eq!(titles(&to).len(), before + handled);
    let set_aside = std::fs::read_to_string(&rejects).expect("rejects");
    assert_eq!(set_aside.lines().count(), rows.len() - 1 - handled + 1);
    assert!(
        set_aside.lines().skip(1).all(|l| l.contains("handled incidents")),
        "{set_aside}"
    );
    assert!(to.ok(&["check"]).contains("check: ok"));
}

/// The cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.trim_start_matches('\u{feff}').chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// LibreOffice's `soffice`, or None (the test says it did not run, unless CI requires it).
fn soffice() -> Option<&'static str> {
    let found = std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("OPSDESK_REQUIRE_SOFFICE").is_some() {
        panic!("LibreOffice (soffice) is required (OPSDESK_REQUIRE_SOFFICE is set) but was not found");
    }
    found.then_some("soffice")
}

#[test]
fn i13_libreoffice_reads_the_exported_workbook_back() {
    let Some(soffice) = soffice() else {
        eprintln!("soffice not found: LibreOffice's read-back of the workbook did not run");
        return;
    };
    let d = Desk::demo("supervisor");
    let out = d.path().join("台账.xlsx");
    d.ok(&[
        &["--lang", "zh-CN", "ledger", "export"][..],
        &ALL,
        &["--out", out.to_str().expect("path")],
    ]
    .concat());
    let dir = d.path().join("lo");
    // UTF-8 (76), comma-separated (44), quoted by double quotes (34); its own profile directory,
    // so that no other LibreOffice running here is disturbed.
    let converted = std::process::Command::new(soffice)
        .args(["--headless", "--norestore"])
        .arg(format!(
            "-env:UserInstallation=file://{}",
            d.path().join("profile").display()
        ))
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir"])
        .arg(&dir)
        .arg(&out)
        .env("HOME", d.path())
        .output()
        .expect("run soffice");
    assert!(
        converted.status.success(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let text = std::fs::read_to_string(dir.join("台账.csv")).expect("LibreOffice wrote the CSV");
    let rows = csv_rows(&text);
    let n = listed(&d);
    assert_eq!(
        rows.len(),
        n + 1,
        "every incident under the header, as LibreOffice reads it"
    );
    assert_eq!(rows[0][0], "编号");
    assert_eq!(rows[0][11], "处理过程");
    for t in titles(&d).iter().filter(|t| !t.is_ascii()) {
        assert!(rows.iter().any(|r| r[9] == *t), "{t} as LibreOffice reads it");
    }
    // A date cell shows as a date (the number format LibreOffice applies), not a serial number.
    let received = &rows[1][1];
    assert!(
        received.len() >= 16 && received.as_bytes()[4] == b'-' && received.as_bytes()[13] == b':',
        "{received}"
    );
    // The handling's lines survive as lines inside their cell.
    assert!(
        rows.iter().skip(1).any(|r| r[11].lines().count() > 2),
        "multi-line handling"
    );
}
