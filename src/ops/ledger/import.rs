//! `ledger import` (I13): a ledger kept elsewhere brought in as incidents, every row read and
//! checked first; nothing is written unless every row is good (or the bad ones are to be set
//! aside), and what is written is written in one transaction: each incident with its history
//! row ("imported from FILE row N") and its handling as a note, so that `opsdesk check` replays
//! it like any other.

use anyhow::Result;

use super::map::Map;
use super::read::Table;
use crate::domain::audit::diff;
use crate::domain::kind::Kind;
use crate::domain::ledger::import::{Bad, Cell, Field, Imported, read_row};
use crate::domain::role::{Actor, Power, require};
use crate::domain::service::{Service, resolve};
use crate::error::invalid;
use crate::ops::{Call, Writes};
use crate::store::db::Db;
use crate::store::{audit, incidents, services};

/// A row that cannot be imported: where it is and why.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BadRow {
    pub sheet: String,
    pub row: u32,
    pub reason: String,
    /// The row's cells as text, for the rejects file.
    #[serde(skip)]
    pub cells: Vec<String>,
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Default, serde::Serialize)]
pub struct Report {
    pub rows: usize,
    pub good: usize,
    pub bad: Vec<BadRow>,
    /// Incidents written: 0 in a dry run, or when a bad row stopped it.
    pub imported: usize,
    pub first_id: Option<i64>,
    pub last_id: Option<i64>,
}

/// How to import.
pub struct ImportSpec<'a> {
    /// The file's name as history names it.
    pub file: &'a str,
    pub table: &'a Table,
    pub map: &'a Map,
    pub dry_run: bool,
    /// Import the good rows and report the bad ones, rather than nothing.
    pub skip_bad: bool,
}

/// Each field's column in the table; a header the map names that the sheet lacks is refused.
fn columns(spec: &ImportSpec) -> Result<Vec<(Field, usize)>> {
    let mut out = Vec::new();
    for (field, header) in &spec.map.columns {
        let Some(i) = spec.table.headers.iter().position(|h| h == header) else {
            return Err(invalid(format!(
                "{}: sheet {:?} has no column {header:?} (for {field}); its headers are {}",
                spec.file,
                spec.table.sheet,
                spec.table.headers.join(", ")
            )));
        };
        out.push((*field, i));
    }
    Ok(out)
}

fn shown(c: &Cell) -> String {
    match c {
        Cell::Empty => String::new(),
        Cell::Text(s) => s.clone(),
        Cell::Number(n) => n.to_string(),
        Cell::Date(d) => d.format("%Y-%m-%d %H:%M:%S").to_string(),
    }
}

/// The services a row may name (I11, issue 19): the directory and the config's
/// `[incident] services`, as the desk has them in the import's transaction.
struct Known {
    directory: Vec<Service>,
    listed: Vec<String>,
}

/// Every row read as the actor would record it now: the good ones and the bad ones. A service is
/// recorded as its code, `计费` as `billing`; an unknown one makes the row bad (never a new service).
fn check_rows(
    spec: &ImportSpec,
    cols: &[(Field, usize)],
    actor: &Actor,
    call: &Call,
    (zone, known): (chrono_tz::Tz, &Known),
) -> (Vec<(u32, Imported)>, Vec<BadRow>) {
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for (n, cells) in &spec.table.rows {
        let get = |f: Field| {
            cols.iter()
                .find(|(c, _)| *c == f)
                .and_then(|(_, i)| cells.get(*i).cloned())
                .unwrap_or(Cell::Empty)
        };
        let read = read_row(get, &spec.map.reading, zone, actor, call.now).and_then(|mut i| {
            i.incident.service = resolve(&i.incident.service, &known.directory, &known.listed).map_err(|e| Bad {
                field: Some(Field::Service),
                reason: e.to_string(),
            })?;
            Ok(i)
        });
        match read {
            Ok(i) => good.push((*n, i)),
            Err(e) => bad.push(BadRow {
                sheet: spec.table.sheet.clone(),
                row: *n,
                reason: match e.field {
                    Some(f) => {
                        let header = cols
                            .iter()
                            .find(|(c, _)| *c == f)
                            .map(|(_, i)| spec.table.headers[*i].as_str());
                        match header {
                            Some(h) => format!("{f} (column {h:?}): {}", e.reason),
                            None => format!("{f}: {}", e.reason),
                        }
                    }
                    None => e.reason,
                },
                cells: cells.iter().map(shown).collect(),
            }),
        }
    }
    (good, bad)
}

/// A history row of an imported incident.
struct Row {
    action: &'static str,
    version: Option<i64>,
    detail: String,
}

/// Write the good rows: each incident, its history row, its handling as a note.
fn write(
    tx: &dyn Db,
    spec: &ImportSpec,
    actor: &Actor,
    call: &Call,
    good: &[(u32, Imported)],
    r: &mut Report,
) -> Result<()> {
    let file = crate::text::sanitize_line(spec.file);
    let mut appender = audit::Appender::at_tail(tx)?;
    for (n, imp) in good {
        let mut inc = imp.incident.clone();
        inc.id = incidents::insert(tx, &inc, None)?;
        let mut detail = format!("imported from {file} sheet {} row {n}", spec.table.sheet);
        if !imp.handled_by.is_empty() {
            detail.push_str(&format!(", handled by {}", imp.handled_by));
        }
        let changes = serde_json::to_string(&diff(None, &inc))?;
        let id = inc.id;
        let entry = |action: &'static str, version: Option<i64>, detail: String| Row {
            action,
            version,
            detail,
        };
        let mut rows = vec![entry("import", Some(inc.version), detail)];
        if !imp.handling.is_empty() {
            rows.push(entry("note", None, imp.handling.clone()));
        }
        for row in rows {
            let e = audit::Entry {
                record: (Kind::Incident, id),
                subject: (Kind::Incident, id),
                at: call.now,
                actor: &actor.login,
                action: row.action,
                version: row.version,
                changes: &[],
                detail: &row.detail,
            };
            let serialised = if row.version.is_some() { changes.as_str() } else { "[]" };
            appender.append_serialised(&e, serialised)?;
        }
        r.first_id.get_or_insert(inc.id);
        r.last_id = Some(inc.id);
        r.imported += 1;
    }
    Ok(())
}

/// I13: import the table as `spec` says, as `call`'s actor (a supervisor or above, U4), in one
/// write transaction. Bad rows stop it unless `skip_bad`; a dry run writes nothing.
pub fn import(desk: &mut impl Writes, call: &Call, spec: &ImportSpec) -> Result<Report> {
    let zone = desk.zone();
    let cols = columns(spec)?;
    let listed = desk.config().incident.services.clone();
    desk.write_db_as(call.actor, |tx, actor| {
        require(actor, Power::ImportLedger)?;
        let known = Known {
            directory: services::list(tx)?,
            listed,
        };
        let (good, bad) = check_rows(spec, &cols, actor, call, (zone, &known));
        let mut r = Report {
            rows: spec.table.rows.len(),
            good: good.len(),
            bad,
            ..Report::default()
        };
        if spec.dry_run || (!r.bad.is_empty() && !spec.skip_bad) {
            return Ok(r);
        }
        write(tx, spec, actor, call, &good, &mut r)?;
        Ok(r)
    })
}
