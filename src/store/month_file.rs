//! One month of days on disk: `days/YYYY-MM.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::{Day, YearMonth};

/// The month file layout this tend reads and writes.
pub const MONTH_VERSION: u32 = 1;

#[derive(Deserialize)]
struct MonthFile {
    version: u32,
    #[serde(default)]
    days: Vec<Day>,
}

/// The same layout for writing, borrowing the days.
#[derive(Serialize)]
struct MonthFileOut<'a> {
    version: u32,
    days: Vec<&'a Day>,
}

/// The text of a month file: days of that month in date order, empty days dropped.
pub(crate) fn encode(path: &Path, ym: YearMonth, days: &[Day]) -> Result<String, StoreError> {
    debug_assert!(days.iter().all(|d| YearMonth::of(d.date) == ym), "a day outside {ym} was given to its file");
    let mut kept: Vec<&Day> = days.iter().filter(|d| !d.is_empty() && YearMonth::of(d.date) == ym).collect();
    kept.sort_by_key(|d| d.date);
    format::to_text(path, &MonthFileOut { version: MONTH_VERSION, days: kept })
}

pub(crate) fn decode(path: &Path, text: &str) -> Result<Vec<Day>, StoreError> {
    format::parse_current(path, text, MONTH_VERSION, |f: &MonthFile| f.version).map(|f| f.days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_zero_is_unsupported_not_reset() {
        let path = Path::new("days/2026-11.ron");
        let err = decode(path, "(\n    version: 0,\n    days: [],\n)").expect_err("refused");
        match err {
            StoreError::Parse { line, column, message, .. } => {
                assert_eq!((line, column), (2, 5));
                assert!(message.contains("unsupported version 0"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_file_without_days_is_an_empty_month() {
        let days = decode(Path::new("m.ron"), "(version: 1)").expect("decode");
        assert!(days.is_empty());
    }
}
