//! The store against real files in throwaway data folders.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use tempfile::TempDir;
use tend::config::Config;
use tend::domain::{CheckIn, Day, Note, Severity, SymptomRating, YearMonth};
use tend::store::{FileStore, MONTH_VERSION, Paths, Store, StoreError, load_config, lock_data_dir, save_config};

fn nov() -> YearMonth {
    YearMonth::new(2026, 11).expect("month")
}

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("date")
}

fn at(d: u32, h: u32, offset_hours: i32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(offset_hours * 3600)
        .expect("offset")
        .with_ymd_and_hms(2026, 11, d, h, 30, 0)
        .single()
        .expect("time")
}

fn store() -> (TempDir, FileStore) {
    let dir = TempDir::new().expect("temp dir");
    let store = FileStore::new(Paths::in_dir(dir.path().join("data")));
    (dir, store)
}

/// A full day: every check-in field, and notes that are hard to quote.
fn full_day(d: u32) -> Day {
    let mut check_in = CheckIn::empty(at(d, 21, -5));
    check_in.mood = Some(6);
    check_in.anxiety = Some(0);
    check_in.energy = None;
    check_in.sleep_hours = Some(7.25);
    check_in.sleep_quality = Some(10);
    check_in.symptoms = vec![SymptomRating { name: "worry".into(), severity: Severity::Moderate }];
    check_in.tags = vec!["work".into(), "café".into()];
    check_in.note = "said \"no\" today".into();
    let mut day = Day::new(date(d));
    day.check_in = Some(check_in);
    day.add_note(Note {
        at: at(d, 8, 1),
        text: "first line\nshe said \"ok\"#, then r#\"raw\"# and a \\ backslash\n\ttabbed #Hope 🌱 ünïcode".into(),
    });
    day.add_note(Note { at: at(d, 9, 1), text: "plain, one line".into() });
    day
}

fn month_text(store: &FileStore) -> String {
    fs::read_to_string(store.paths().month_file(nov())).expect("read month file")
}

fn write_month(store: &FileStore, text: &str) {
    fs::create_dir_all(store.paths().days_dir()).expect("days dir");
    fs::write(store.paths().month_file(nov()), text).expect("write month");
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

#[test]
fn month_round_trips_every_field() {
    let (_dir, store) = store();
    let days = vec![full_day(3), full_day(27)];
    store.save_month(nov(), &days).expect("save");
    assert_eq!(store.load_month(nov()).expect("load"), days);
}

#[test]
fn month_file_is_readable_ron() {
    let (_dir, store) = store();
    store.save_month(nov(), &[full_day(27)]).expect("save");
    let text = month_text(&store);
    assert!(text.starts_with("(\n    version: 1,"), "{text}");
    assert!(text.contains("mood: 6,"), "{text}");
    assert!(!text.contains("Some("), "{text}");
    assert!(!text.contains("energy"), "{text}");
    assert!(text.contains("date: \"2026-11-27\""), "{text}");
    assert!(text.contains("at: \"2026-11-27T21:30:00-05:00\""), "{text}");
    assert!(text.contains("sleep_hours: 7.25"), "{text}");
    // The note holds `"#`, so it is a raw string with two hashes, its lines as typed.
    assert!(text.contains("text: r##\"first line\nshe said \"ok\"#"), "{text}");
    assert!(text.contains("🌱 ünïcode\"##"), "{text}");
    assert!(text.ends_with(")\n"), "{text}");
    assert_eq!(MONTH_VERSION, 1);
}

#[test]
fn days_are_sorted_and_empty_days_dropped() {
    let (_dir, store) = store();
    let days = vec![full_day(20), Day::new(date(5)), full_day(2)];
    store.save_month(nov(), &days).expect("save");
    let dates: Vec<NaiveDate> = store.load_month(nov()).expect("load").iter().map(|d| d.date).collect();
    assert_eq!(dates, vec![date(2), date(20)]);
}

#[test]
fn hand_written_some_and_implicit_values_both_load() {
    let (_dir, store) = store();
    write_month(
        &store,
        r#"(version: 1, days: [
            (date: "2026-11-01", check_in: (at: "2026-11-01T09:00:00+00:00", mood: Some(6))),
            (date: "2026-11-02", check_in: (at: "2026-11-02T09:00:00+00:00", mood: 4)),
        ])"#,
    );
    let days = store.load_month(nov()).expect("load");
    let moods: Vec<Option<u8>> = days.iter().map(Day::mood).collect();
    assert_eq!(moods, vec![Some(6), Some(4)]);
}

#[test]
fn a_field_tend_does_not_know_is_reported_at_its_line_and_the_file_kept() {
    // Saving would drop it (a typo, or a note added by hand), so the month is refused instead.
    let (_dir, store) = store();
    let text = r#"(version: 1, days: [
            (date: "2026-11-01", check_in: (at: "2026-11-01T09:00:00+00:00", mood: 6)),
            (date: "2026-11-02", check_in: (at: "2026-11-02T09:00:00+00:00", mood: 4, moood: 5)),
        ])"#;
    write_month(&store, text);
    match store.load_month(nov()).expect_err("refused") {
        StoreError::Parse { line, message, .. } => {
            assert_eq!(line, 3);
            assert!(message.contains("`moood`"), "{message}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn missing_month_and_missing_folder_are_empty() {
    let (_dir, store) = store();
    assert_eq!(store.list_months().expect("list"), Vec::<YearMonth>::new());
    assert_eq!(store.load_month(nov()).expect("load"), Vec::<Day>::new());
    assert!(!store.paths().data_dir.exists(), "loading must not create folders");
}

#[test]
fn list_months_ignores_other_names() {
    let (_dir, store) = store();
    store.save_month(nov(), &[full_day(1)]).expect("save");
    let oct = YearMonth::new(2025, 10).expect("month");
    store.save_month(oct, &[]).expect("save empty month");
    let days_dir = store.paths().days_dir();
    for junk in ["2026-11.ron.bad", ".2026-12.ron.x1y2.tmp", "2026-13.ron", "26-11.ron", "notes.txt", "2026-12.RON"] {
        fs::write(days_dir.join(junk), "junk").expect("write junk");
    }
    fs::create_dir(days_dir.join("2027-01.ron")).expect("folder named like a month");
    assert_eq!(store.list_months().expect("list"), vec![oct, nov()]);
}

#[test]
fn unpersisted_temp_file_leaves_month_intact() {
    let (_dir, store) = store();
    store.save_month(nov(), &[full_day(1)]).expect("save");
    let before = month_text(&store);
    {
        // What a crash mid-write leaves: a temp file beside the month, never renamed.
        use std::io::Write;
        let mut temp = tempfile::Builder::new()
            .prefix(".2026-11.ron.")
            .suffix(".tmp")
            .tempfile_in(store.paths().days_dir())
            .expect("temp");
        temp.write_all(b"(version: 1, days: [ (da").expect("half write");
        temp.keep().expect("leave it behind");
    }
    assert_eq!(month_text(&store), before);
    assert_eq!(store.list_months().expect("list"), vec![nov()]);
    assert_eq!(store.load_month(nov()).expect("load"), vec![full_day(1)]);
}

#[test]
fn failed_save_reports_the_file_and_leaves_no_temp() {
    let (_dir, store) = store();
    let target = store.paths().month_file(nov());
    // Works as root too: a folder where the month file should be cannot be renamed over.
    fs::create_dir_all(target.join("inside")).expect("folder in the way");
    let err = store.save_month(nov(), &[full_day(1)]).expect_err("save fails");
    assert!(matches!(&err, StoreError::Io { path, .. } if *path == target), "{err:?}");
    let names: Vec<_> =
        fs::read_dir(store.paths().days_dir()).expect("read days").map(|e| e.expect("entry").file_name()).collect();
    assert_eq!(names, vec!["2026-11.ron"]);
    assert!(target.join("inside").is_dir());
}

#[test]
fn save_into_a_file_named_days_fails_cleanly() {
    let (_dir, store) = store();
    fs::create_dir_all(&store.paths().data_dir).expect("data dir");
    fs::write(store.paths().days_dir(), "not a folder").expect("write");
    let err = store.save_month(nov(), &[full_day(1)]).expect_err("save fails");
    assert!(err.to_string().starts_with("could not read/write "), "{err}");
    assert_eq!(fs::read_to_string(store.paths().days_dir()).expect("read"), "not a folder");
}

#[test]
fn corrupt_month_reports_line_and_column_and_stays_untouched() {
    let (_dir, store) = store();
    let text = "(\n    version: 1,\n    days: [\n        (date: \"2026-11-01\", check_in: (at: \"2026-11-01T09:00:00+00:00\", mood: six)),\n    ],\n)\n";
    write_month(&store, text);
    let err = store.load_month(nov()).expect_err("corrupt");
    match &err {
        StoreError::Parse { path, line, column, message } => {
            assert_eq!(path, &store.paths().month_file(nov()));
            assert_eq!((*line, *column), (4, 80), "{message}");
            assert!(!message.is_empty());
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("2026-11.ron, line 4, column 80: "), "{err}");
    assert_eq!(month_text(&store), text);
}

#[test]
fn invalid_utf8_is_a_parse_error_with_position() {
    let (_dir, store) = store();
    fs::create_dir_all(store.paths().days_dir()).expect("days dir");
    fs::write(store.paths().month_file(nov()), b"(\n  version: 1, \xff").expect("write");
    let err = store.load_month(nov()).expect_err("not text");
    assert!(matches!(err, StoreError::Parse { line: 2, column: 15, .. }), "{err:?}");
}

#[test]
fn newer_month_is_refused_on_load_and_save_and_left_untouched() {
    // One that still fits today's shape, and one whose shape changed.
    for text in [
        "(\n    version: 2,\n    days: [],\n)\n",
        "(\n    version: 7,\n    days: {\"2026-11-01\": (mood: 5)},\n    pills: [],\n)\n",
    ] {
        let (_dir, store) = store();
        write_month(&store, text);
        let err = store.load_month(nov()).expect_err("newer");
        assert!(matches!(err, StoreError::NewerVersion { supported: 1, found, .. } if found >= 2), "{err:?}");
        assert!(err.to_string().contains("it is left untouched"), "{err}");
        let err = store.save_month(nov(), &[full_day(1)]).expect_err("refused");
        assert!(matches!(err, StoreError::NewerVersion { .. }), "{err:?}");
        assert_eq!(month_text(&store), text);
    }
}

#[test]
fn version_zero_month_is_unsupported() {
    let (_dir, store) = store();
    write_month(&store, "(version: 0, days: [])");
    let err = store.load_month(nov()).expect_err("unsupported");
    assert!(err.to_string().contains("unsupported version 0"), "{err}");
}

#[test]
fn missing_config_is_the_default() {
    let dir = TempDir::new().expect("temp dir");
    let config = load_config(&dir.path().join("nope/config.ron")).expect("load");
    assert_eq!(config, Config::default());
}

#[test]
fn config_round_trips_and_reads_plainly() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("conf/config.ron");
    let config = Config {
        crisis_region: Some("UK".into()),
        symptoms: vec!["racing thoughts".into(), "\"numb\"".into()],
        ..Config::default()
    };
    save_config(&path, &config).expect("save");
    assert_eq!(load_config(&path).expect("load"), config);
    let text = fs::read_to_string(&path).expect("read");
    assert!(text.starts_with("(\n    version: 1,"), "{text}");
    assert!(text.contains("crisis_region: \"UK\""), "{text}");
}

#[test]
fn broken_or_newer_config_is_reported_and_kept() {
    let dir = TempDir::new().expect("temp dir");
    let path = dir.path().join("config.ron");
    let broken = "(\n    version: 1,\n    symptoms: [\"worry\",\n";
    fs::write(&path, broken).expect("write");
    let err = load_config(&path).expect_err("broken");
    assert!(matches!(err, StoreError::Parse { line: 3, column: 24, .. }), "{err:?}");

    let newer = "(\n    version: 2,\n    theme: \"dusk\",\n    symptoms: {},\n)\n";
    fs::write(&path, newer).expect("write");
    let err = load_config(&path).expect_err("newer");
    assert!(matches!(err, StoreError::NewerVersion { found: 2, supported: 1, .. }), "{err:?}");
    let err = save_config(&path, &Config::default()).expect_err("refused");
    assert!(matches!(err, StoreError::NewerVersion { .. }), "{err:?}");
    assert_eq!(fs::read_to_string(&path).expect("read"), newer);
}

#[test]
fn second_lock_is_refused_until_the_first_is_dropped() {
    let dir = TempDir::new().expect("temp dir");
    let data_dir = dir.path().join("data");
    let first = lock_data_dir(&data_dir).expect("first lock");
    assert_eq!(first.path(), data_dir.join("tend.lock"));
    let err = lock_data_dir(&data_dir).expect_err("second lock");
    assert!(matches!(&err, StoreError::Locked { data_dir: d } if *d == data_dir), "{err:?}");
    assert_eq!(err.path(), Some(data_dir.as_path()));
    drop(first);
    let again = lock_data_dir(&data_dir).expect("lock after release");
    drop(again);
}

#[test]
fn files_are_private_and_folders_too() {
    let dir = TempDir::new().expect("temp dir");
    let paths = Paths::in_dir(dir.path().join("new/data"));
    let store = FileStore::new(paths.clone());
    store.save_month(nov(), &[full_day(1)]).expect("save");
    save_config(&paths.config_file, &Config::default()).expect("save config");
    let lock = lock_data_dir(&paths.data_dir).expect("lock");
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&paths.data_dir), 0o700);
    assert_eq!(mode(&paths.days_dir()), 0o700);
    assert_eq!(mode(&paths.month_file(nov())), 0o600);
    assert_eq!(mode(&paths.config_file), 0o600);
    assert_eq!(mode(lock.path()), 0o600);
    // A rewrite keeps the file private.
    store.save_month(nov(), &[full_day(2)]).expect("save again");
    assert_eq!(mode(&paths.month_file(nov())), 0o600);
}

#[test]
fn a_file_made_read_only_is_not_replaced_and_says_so() {
    let (_dir, store) = store();
    store.save_month(nov(), &[full_day(2)]).expect("first save");
    let path = store.paths().month_file(nov());
    let before = fs::read_to_string(&path).expect("read");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).expect("chmod");
    let err = store.save_month(nov(), &[full_day(2), full_day(3)]).expect_err("refused");
    assert!(err.is_not_writable(), "{err}");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(fs::read_to_string(&path).expect("read"), before, "untouched");
    assert_eq!(fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o444, "its mode kept");
    // Writable again: the next save goes through.
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    store.save_month(nov(), &[full_day(2), full_day(3)]).expect("saved");
}
