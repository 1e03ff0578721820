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
    let out = crate::pty::check_command(root.path(), &data).output().expect("tend check");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("unsaved work set aside"), "tend check names it: {text}");
}

/// The window closes (the terminal's master side goes away): tend must not spin on the dead
/// terminal holding its lock; it keeps what was typed and ends.
#[test]
fn closing_the_terminal_keeps_what_was_typed_and_ends_tend() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Write;
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let pair =
        native_pty_system().openpty(PtySize { rows: 24, cols: 80, pixel_width: 0, pixel_height: 0 }).expect("pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_tend"));
    cmd.arg("--data-dir");
    cmd.arg(&data);
    for (key, value) in crate::pty::hermetic_env(root.path()) {
        cmd.env(key, value);
    }
    let mut child = pair.slave.spawn_command(cmd).expect("start tend");
    drop(pair.slave);
    let mut writer = pair.master.take_writer().expect("writer");
    // Nobody reads the screen here; a small terminal's frames fit in the pty's buffer. The
    // note is typed once tend has shown it has the editor open (its first draft is on disk).
    let note = "typed before the window closed";
    let path = data.join("drafts.ron");
    writer.write_all(b"ntyped").and_then(|()| writer.flush()).expect("keys");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !fs::read_to_string(&path).is_ok_and(|d| d.contains("typed")) {
        assert!(std::time::Instant::now() < deadline, "tend never kept a draft");
        thread::sleep(Duration::from_millis(50));
    }
    writer.write_all(&note.as_bytes()["typed".len()..]).expect("the rest");
    writer.flush().expect("flush");
    thread::sleep(Duration::from_millis(300));
    drop(writer);
    drop(pair.master);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        assert!(std::time::Instant::now() < deadline, "tend is still running after its terminal closed");
        thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.exit_code(), 129, "ended as by SIGHUP: {status:?}");
    let drafts = fs::read_to_string(&path).expect("drafts.ron");
    assert!(drafts.contains("typed"), "what was typed was kept:\n{drafts}");
    // The lock went with the process: tend starts again at once and offers the draft.
    let mut tend = crate::pty::Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for_wrapped("unsaved work: a note for");
    tend.send("n");
    tend.quit();
}
