//! Quality reports (SPEC Q1-Q4): the periods they cover, the half-year KPIs against their
//! targets, and the monthly scoring and ranking of departments. Pure: the store counts, these
//! rules decide what the counts mean.

pub mod charts;
pub mod kpi;
pub mod period;
pub mod ranking;
pub mod sent;

#[cfg(test)]
mod tests;

/// `part` of `whole` as a percentage; `None` when there is nothing to measure.
pub fn percent(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}
