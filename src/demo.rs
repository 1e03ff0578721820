//! `--demo`: a temporary data folder filled with generated sample history: medications
//! with their changes, side effects with their ratings, and months of check-ins, notes
//! and doses.

use chrono::{DateTime, FixedOffset};
use tempfile::TempDir;

use crate::domain::{Day, YearMonth};
use crate::sample::{History, SampleOptions, generate_history};
use crate::store::{FileStore, Paths, Store, StoreError};

/// Days of history in the demo.
const DEMO_DAYS: u32 = 180;

/// Writes sample months into a new temporary folder; the folder goes away when dropped.
pub fn prepare(now: DateTime<FixedOffset>) -> Result<TempDir, StoreError> {
    remove_stale_demos(&std::env::temp_dir());
    // Sample data, but the folder is made like any data folder: private (0700).
    let private = std::os::unix::fs::PermissionsExt::from_mode(0o700);
    let dir = tempfile::Builder::new()
        .prefix("tend-demo-")
        .permissions(private)
        .tempdir()
        .map_err(|source| StoreError::Io { path: std::env::temp_dir(), source })?;
    let store = FileStore::new(Paths::in_dir(dir.path().to_path_buf()));
    // Today's doses are logged only up to 09:00 (see `sample::LAST_DAY_CUTOFF`), so the demo
    // opens with the morning dose taken and the evening ones still due.
    let mut history = generate_history(&SampleOptions {
        end: now.date_naive(),
        days: DEMO_DAYS,
        seed: 7,
        utc_offset_secs: now.offset().local_minus_utc(),
        note_words: 60,
        practices: true,
    });
    nothing_after(&mut history.days, now);
    history.assessments.retain(|a| a.at <= now);
    write_history(&store, &history)?;
    Ok(dir)
}

/// Leaves out of today whatever the sample put later than this moment (a demo opened at
/// 04:30 shows no check-in at 08:00 and no dose taken at 09:00).
fn nothing_after(days: &mut Vec<Day>, now: DateTime<FixedOffset>) {
    for day in days.iter_mut().filter(|d| d.date >= now.date_naive()) {
        if day.check_in.as_ref().is_some_and(|c| c.at > now) {
            day.check_in = None;
        }
        day.notes.retain(|n| n.at <= now);
        day.doses.retain(|e| e.taken_at().is_none_or(|t| t <= now));
        day.practices.retain(|p| p.at <= now);
    }
    days.retain(|d| !d.is_empty());
}

/// Saves a whole generated history: medications, side effects, then the months. Returns
/// how many month files were written.
pub fn write_history(store: &dyn Store, history: &History) -> Result<usize, StoreError> {
    store.save_medications(&history.medications)?;
    store.save_side_effects(&history.side_effects)?;
    let assessments =
        crate::domain::assessment::AssessmentsData { list: history.assessments.clone(), note_dismissed: None };
    store.save_assessments(&assessments)?;
    write_months(store, &history.days)
}

/// Saves days (oldest first) month by month.
fn write_months(store: &dyn Store, days: &[Day]) -> Result<usize, StoreError> {
    let mut count = 0;
    for month in days.chunk_by(|a, b| YearMonth::of(a.date) == YearMonth::of(b.date)) {
        store.save_month(YearMonth::of(month[0].date), month)?;
        count += 1;
    }
    Ok(count)
}

/// Removes demo folders left behind when a terminal was closed instead of quitting: those
/// whose lock nobody holds and that are more than a minute old (so a demo being set up
/// right now is never touched).
fn remove_stale_demos(temp: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(temp) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_demo = entry.file_name().to_string_lossy().starts_with("tend-demo-");
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 60);
        if is_demo && old && path.is_dir() && crate::store::lock_data_dir(&path).is_ok() {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_folder_is_private_and_goes_when_dropped() {
        use std::os::unix::fs::PermissionsExt;
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-27T09:30:00+01:00").expect("time");
        let dir = prepare(now).expect("demo");
        let path = dir.path().to_path_buf();
        assert_eq!(std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o700);
        assert!(path.join("medications.ron").exists());
        drop(dir);
        assert!(!path.exists());
    }

    #[test]
    fn stale_demo_folders_go_and_others_stay() {
        let temp = tempfile::tempdir().expect("temp");
        let stale = temp.path().join("tend-demo-old");
        let busy = temp.path().join("tend-demo-busy");
        let fresh = temp.path().join("tend-demo-new");
        let other = temp.path().join("not-a-demo");
        for d in [&stale, &busy, &fresh, &other] {
            std::fs::create_dir(d).expect("dir");
        }
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for d in [&stale, &busy, &other] {
            std::fs::File::open(d).and_then(|f| f.set_modified(hour_ago)).expect("mtime");
        }
        let _held = crate::store::lock_data_dir(&busy).expect("lock");
        // Taking the lock touched the folder; age it again.
        std::fs::File::open(&busy).and_then(|f| f.set_modified(hour_ago)).expect("mtime");
        remove_stale_demos(temp.path());
        assert!(!stale.exists());
        assert!(busy.exists(), "a running demo keeps its folder");
        assert!(fresh.exists(), "a demo being set up is left alone");
        assert!(other.exists());
    }
}
