//! Unsaved input survives a signal and a hard kill: the real binary in a pty, then the next
//! start offers it back, and only a yes restores it.

use std::fs;
use std::thread;
use std::time::Duration;

use tempfile::TempDir;

use crate::pty::{CTRL_S, Launch};

#[test]
fn sigterm_sighup_and_sigint_restore_the_terminal_and_keep_the_note() {
    for (sig, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let root = TempDir::new().expect("temp dir");
        let data = root.path().join("data");
        let note = format!("written before SIG{sig}");
        let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
        tend.wait_for("Not yet today");
        tend.send("n");
        tend.wait_for("^S save");
        tend.send(&note);
        tend.wait_for(&note);
        tend.signal(sig);
        let status = tend.wait_exit();
        assert_eq!(status.exit_code(), code, "SIG{sig}: exit status 128 + the signal");
        assert!(tend.terminal_restored(), "SIG{sig}: the terminal is given back as it was");
        let drafts = fs::read_to_string(data.join("drafts.ron")).expect("drafts.ron written");
        assert!(drafts.contains(&note), "SIG{sig}: the note is in drafts.ron:\n{drafts}");

        // The next start asks; yes opens the note again, unsaved until Ctrl-S.
        let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
        tend.wait_for_wrapped("unsaved work: a note for");
        assert!(fs::read_dir(data.join("days")).map_or(true, |mut d| d.next().is_none()), "nothing saved unasked");
        tend.send("y");
        tend.wait_for(&note);
        tend.send(CTRL_S);
        tend.wait_for("Note added to today");
        tend.quit();
        assert!(!data.join("drafts.ron").exists(), "once saved, the draft is removed");
        let month = fs::read_dir(data.join("days")).expect("days").next().expect("a month").expect("entry").path();
        assert!(fs::read_to_string(month).expect("month").contains(&note));
    }
}

#[test]
fn sigkill_loses_at_most_the_last_seconds_of_typing() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Not yet today");
    tend.send("c7");
    tend.wait_for("How is your mood today?");
    // Drafts are written within about a second of the last key; allow the loop its wake-up.
    let path = data.join("drafts.ron");
    let mut kept = String::new();
    for _ in 0..60 {
        thread::sleep(Duration::from_millis(100));
        kept = fs::read_to_string(&path).unwrap_or_default();
        if kept.contains("typing: \"7\"") {
            break;
        }
    }
    tend.signal("KILL");
    tend.wait_exit();
    assert!(kept.contains("typing: \"7\""), "the typed mood was kept before the kill:\n{kept}");
    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for_wrapped("check-in answers for");
    tend.send("n");
    tend.wait_for("discarded");
    tend.quit();
    assert!(!path.exists(), "a discarded draft leaves no file");
}

#[test]
fn an_unreadable_drafts_file_is_moved_aside_and_reported() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    fs::create_dir_all(&data).expect("data dir");
    fs::write(data.join("drafts.ron"), "(version: 1, drafts: (note: Some((date: \"2026-1").expect("write");
    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("drafts.unreadable-");
    tend.quit();
    let aside: Vec<_> = fs::read_dir(&data)
        .expect("data")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with("drafts.unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "kept beside, for the person: {aside:?}");
}
