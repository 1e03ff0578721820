//! One month of days on disk: `days/YYYY-MM.ron`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{StoreError, format};
use crate::domain::{Day, YearMonth};

/// The month file layout this tend reads and writes.
pub const MONTH_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
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

/// The days of month `ym` from its file. A day dated outside the month, or a date given twice,
/// is refused like a syntax error: tend writes each day once, in its own month, so saving such
/// a file would drop what the person wrote there by hand.
pub(crate) fn decode(path: &Path, ym: YearMonth, text: &str) -> Result<Vec<Day>, StoreError> {
    let days = format::parse_current(path, text, MONTH_VERSION, |f: &MonthFile| f.version)?.days;
    let mut seen = std::collections::HashSet::new();
    for day in &days {
        let message = if YearMonth::of(day.date) != ym {
            format!(
                "a day dated {} is in the file for {ym}: correct its date, or move it to days/{}.ron",
                day.date,
                YearMonth::of(day.date)
            )
        } else if !seen.insert(day.date) {
            format!("{} is here twice: join the two into one day", day.date)
        } else {
            continue;
        };
        let quoted = format!("\"{}\"", day.date);
        // The line of the date in question (for a day given twice, its second mention).
        let mentions: Vec<usize> = text.match_indices(&quoted).map(|(i, _)| i).collect();
        let at = if seen.contains(&day.date) { mentions.get(1) } else { mentions.first() };
        let (line, column) = at.map_or((1, 1), |i| format::line_column(text, *i));
        return Err(StoreError::Parse { path: path.to_path_buf(), line, column, message });
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym() -> YearMonth {
        YearMonth::new(2026, 11).expect("month")
    }

    fn day(date: &str) -> String {
        format!("(date: \"{date}\", notes: [(at: \"{date}T09:00:00Z\", text: \"hello\")])")
    }

    fn refused(text: &str) -> (usize, usize, String) {
        match decode(Path::new("days/2026-11.ron"), ym(), text).expect_err("refused") {
            StoreError::Parse { line, column, message, .. } => (line, column, message),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_day_outside_its_month_or_given_twice_is_refused_at_its_line() {
        let text = format!(
            "(\n    version: 1,\n    days: [\n        {},\n        {},\n    ],\n)",
            day("2026-11-01"),
            day("2026-12-05")
        );
        let (line, column, message) = refused(&text);
        assert_eq!((line, column), (5, 16));
        assert!(
            message.contains("2026-12-05 is in the file for 2026-11") && message.contains("days/2026-12.ron"),
            "{message}"
        );

        let text = format!("(version: 1, days: [\n{},\n{},\n])", day("2026-11-03"), day("2026-11-03"));
        let (line, _, message) = refused(&text);
        assert_eq!(line, 3, "the second mention");
        assert!(message.contains("2026-11-03 is here twice"), "{message}");

        let text = format!("(version: 1, days: [{}, {}])", day("2026-11-03"), day("2026-11-04"));
        assert_eq!(decode(Path::new("m.ron"), ym(), &text).expect("fine").len(), 2);
    }

    #[test]
    fn version_zero_is_unsupported_not_reset() {
        let path = Path::new("days/2026-11.ron");
        let err = decode(path, ym(), "(\n    version: 0,\n    days: [],\n)").expect_err("refused");
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
        let days = decode(Path::new("m.ron"), ym(), "(version: 1)").expect("decode");
        assert!(days.is_empty());
    }
}
