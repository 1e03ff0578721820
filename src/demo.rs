//! `--demo`: a temporary data folder filled with generated sample history.

use chrono::{DateTime, FixedOffset};
use tempfile::TempDir;

use crate::domain::{Day, YearMonth};
use crate::sample::{SampleOptions, generate};
use crate::store::{FileStore, Paths, Store, StoreError};

/// Days of history in the demo.
pub const DEMO_DAYS: u32 = 180;

/// Writes sample months into a new temporary folder; the folder goes away when dropped.
pub fn prepare(now: DateTime<FixedOffset>) -> Result<TempDir, StoreError> {
    let dir = tempfile::Builder::new()
        .prefix("tend-demo-")
        .tempdir()
        .map_err(|source| StoreError::Io { path: std::env::temp_dir(), source })?;
    let store = FileStore::new(Paths::in_dir(dir.path().to_path_buf()));
    let days = generate(&SampleOptions {
        end: now.date_naive(),
        days: DEMO_DAYS,
        seed: 7,
        utc_offset_secs: now.offset().local_minus_utc(),
        note_words: 60,
    });
    write_months(&store, days)?;
    Ok(dir)
}

/// Saves days (oldest first) month by month.
pub fn write_months(store: &dyn Store, days: Vec<Day>) -> Result<usize, StoreError> {
    let mut count = 0;
    let mut month: Vec<Day> = Vec::new();
    let mut current: Option<YearMonth> = None;
    for day in days {
        let ym = YearMonth::of(day.date);
        if current.is_some_and(|c| c != ym) {
            if let Some(c) = current {
                store.save_month(c, &month)?;
                count += 1;
            }
            month.clear();
        }
        current = Some(ym);
        month.push(day);
    }
    if let Some(c) = current {
        store.save_month(c, &month)?;
        count += 1;
    }
    Ok(count)
}
