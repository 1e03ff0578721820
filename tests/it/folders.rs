//! Broken folders and files, as a person meets them: a data folder tend cannot write opens
//! read-only (everything shown, nothing changed, crisis lines there); an unreadable
//! medications file is named on Today.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use tempfile::TempDir;
use tend::domain::{CheckIn, Day, YearMonth};
use tend::store::{FileStore, Paths, Store};

use crate::pty::Launch;

fn chmod(path: &std::path::Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn a_data_folder_that_cannot_be_written_opens_read_only() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let today = crate::pty::now();
    let store = FileStore::new(Paths::in_dir(data.clone()));
    let mut day = Day::new(today.date_naive());
    day.check_in = Some(CheckIn { mood: Some(6), note: "kept as it was".into(), ..CheckIn::empty(today) });
    store.save_month(YearMonth::of(today.date_naive()), &[day]).expect("save");
    let month = store.paths().month_file(YearMonth::of(today.date_naive()));
    let before = fs::read(&month).expect("month");
    // Readable by anyone (the test may run as root, tend then as nobody), writable by no one.
    chmod(root.path(), 0o755);
    chmod(&month, 0o444);
    chmod(&data.join("days"), 0o555);
    chmod(&data, 0o555);

    let mut tend = Launch::new(root.path()).data_dir(&data).unprivileged().spawn();
    tend.wait_for_wrapped("Read-only");
    tend.wait_for("6/10");
    tend.send("c");
    tend.wait_for_wrapped("tend opened read-only");
    tend.send("!");
    tend.wait_for("Crisis lines");
    tend.esc_until("Doses today");
    tend.quit();
    assert_eq!(fs::read(&month).expect("month"), before, "nothing was written");
    chmod(&data, 0o700);
    chmod(&data.join("days"), 0o700);
}

#[test]
fn odd_settings_and_an_unreadable_medications_file_are_named() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    fs::create_dir_all(&data).expect("data");
    let config = root.path().join("config.ron");
    fs::write(&config, "(version: 1, crisis_region: \"XX\", symptoms: [\"worry\", \"\", \"Worry\"])").expect("config");
    fs::write(data.join("medications.ron"), "(version: 1, medications: [ (id: 3) ])").expect("meds");
    let out = crate::pty::check_command(root.path(), &data).output().expect("tend check");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("crisis_region \"XX\" is not one tend knows"), "{text}");
    assert!(text.contains("a symptom name is empty") && text.contains("\"worry\" is listed twice"), "{text}");
    assert!(text.contains("medications.ron, line 1"), "{text}");

    let mut tend = Launch::new(root.path()).data_dir(&data).size(120, 40).spawn();
    tend.wait_for_wrapped("crisis_region \"XX\" is not one tend knows");
    tend.wait_for_wrapped("medications.ron cannot be read");
    tend.wait_for_wrapped("medications.ron, line 1");
    tend.quit();
    assert_eq!(
        fs::read_to_string(data.join("medications.ron")).expect("meds"),
        "(version: 1, medications: [ (id: 3) ])"
    );
}

#[test]
fn tend_check_into_a_reader_that_has_gone_ends_with_its_finding_not_a_panic() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    fs::create_dir_all(data.join("days")).expect("data");
    fs::write(data.join("medications.ron"), "(version: 1, medications: [ (id: 3) ])").expect("meds");
    for month in 1..=12 {
        fs::write(data.join(format!("days/2025-{month:02}.ron")), "(version: 1, days: [").expect("month");
    }
    let mut child = crate::pty::check_command(root.path(), &data)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("tend check");
    // Like `| head -0`: the reader is gone before tend writes, so every line meets a closed pipe.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "problems found: {stderr}");
}
