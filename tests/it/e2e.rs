//! End to end: the real `tend` binary in a pseudo-terminal, driven by keys and read
//! through its screen, on throwaway data folders.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use chrono::Days;
use tempfile::TempDir;
use tend::domain::{Severity, SymptomRating, YearMonth};
use tend::store::{FileStore, Paths, Store};

use crate::pty::{CTRL_S, ENTER, Launch, TIMEOUT, hermetic_env};

/// The month tend files today under, as in `days/2026-11.ron`.
fn this_month() -> String {
    crate::pty::now().format("%Y-%m").to_string()
}

/// Every file under `dir` with its bytes (an absent folder is empty).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(entries) = fs::read_dir(&d) else { continue };
        for entry in entries {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                files.insert(path.clone(), Vec::new());
                todo.push(path);
            } else {
                files.insert(path.clone(), fs::read(&path).expect("read file"));
            }
        }
    }
    files
}

#[test]
fn check_in_end_to_end() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let note = "a calm walk by the river";

    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Not yet today");
    tend.send("c");
    for (question, answer) in [
        ("How is your mood today?", "6"),
        ("How anxious have you felt today?", "3"),
        ("How is your energy?", ""),
        // A slip: 8, erased with Backspace (\x7f), then 7.5.
        ("How many hours did you sleep last night?", "8\x7f7.5"),
        ("How well did you sleep?", "8"),
        ("How much has low mood bothered you today?", "1"),
        ("How much has worry bothered you today?", ""),
        ("How much has irritability bothered you today?", ""),
        ("How much has trouble concentrating bothered you today?", "2"),
        ("Any tags for today?", "work, walk"),
    ] {
        tend.wait_for(question);
        tend.send(answer);
        tend.send(ENTER);
    }
    tend.wait_for("Anything you want to note?");
    tend.send(note);
    tend.wait_for(note);
    // Enter starts a new line; Enter on the empty last line moves on.
    tend.send(ENTER);
    tend.send(ENTER);
    tend.wait_for("Here is today's check-in");
    for row in [
        "Mood 6/10",
        "Anxiety 3/10",
        "Energy skipped",
        "Sleep 7.5 h",
        "Sleep quality 8/10",
        "Low mood mild",
        "Worry skipped",
        "Irritability skipped",
        "Trouble concentrating moderate",
        "Tags work, walk",
        &format!("Note {note}"),
    ] {
        tend.wait_for_wrapped(row);
    }
    tend.send(ENTER);
    tend.wait_for("Check-in saved");
    tend.wait_for("6/10");
    tend.quit();

    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Checked in at");
    for shown in ["6/10", "3/10", "7.5 h", "8/10", "#work #walk", note] {
        tend.wait_for(shown);
    }
    tend.send("2");
    tend.wait_for("mood anx");
    tend.wait_for("Check-in · ");
    tend.wait_for(note);
    tend.wait_for_wrapped("Mood 6/10");
    tend.quit();

    let days = data.join("days");
    let files: Vec<String> = fs::read_dir(&days)
        .expect("days folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    assert_eq!(files, vec![format!("{}.ron", this_month())], "one month file in {}", days.display());
    let text = fs::read_to_string(days.join(&files[0])).expect("month file");
    assert!(text.starts_with("(\n    version: 1,"), "{text}");
    for field in ["mood: 6,", "anxiety: 3,", "sleep_hours: 7.5,", "sleep_quality: 8,", &format!("note: \"{note}\",")] {
        assert!(text.contains(field), "{field:?} missing from\n{text}");
    }
    // The rest, as tend itself reads the file back.
    let month = YearMonth::parse(&this_month()).expect("month");
    let saved = FileStore::new(Paths::in_dir(data)).load_month(month).expect("load the month");
    let [day] = saved.as_slice() else { panic!("one day saved, got {saved:?}") };
    let check_in = day.check_in.as_ref().expect("a check-in");
    assert_eq!(check_in.energy, None, "energy was skipped");
    assert_eq!(
        check_in.symptoms,
        vec![
            SymptomRating { name: "low mood".into(), severity: Severity::Mild },
            SymptomRating { name: "trouble concentrating".into(), severity: Severity::Moderate },
        ]
    );
    assert_eq!(check_in.tags.iter().map(|t| &**t).collect::<Vec<_>>(), ["work", "walk"]);
    assert!(day.notes.is_empty(), "the check-in note is not a separate note");
}

#[test]
fn second_instance_is_refused() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut first = Launch::new(root.path()).data_dir(&data).spawn();
    first.wait_for("Not yet today");
    let before = snapshot(root.path());

    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tend"));
    cmd.arg("--data-dir").arg(&data).current_dir(root.path()).env_remove("TEND_DATA_DIR").env_remove("NO_COLOR");
    cmd.envs(hermetic_env(root.path()));
    let mut second =
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("start a second tend");
    let deadline = Instant::now() + TIMEOUT;
    let status = loop {
        if let Some(status) = second.try_wait().expect("check on the second tend") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            panic!("the second tend did not exit; it should refuse at once");
        }
        thread::sleep(Duration::from_millis(10));
    };
    let mut stderr = String::new();
    second.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("read stderr");

    assert!(!status.success(), "the second tend must fail, got {status}; stderr: {stderr}");
    assert!(stderr.contains("already open"), "stderr: {stderr}");
    assert!(stderr.contains(&data.display().to_string()), "names the folder; stderr: {stderr}");
    assert_eq!(snapshot(root.path()), before, "the second tend changed files");

    // The first one is unharmed.
    first.send("?");
    first.wait_for("Keys · Esc closes");
    first.esc_until("Not yet today");
    first.quit();
}

#[test]
fn corrupt_month_is_reported_and_untouched() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let month = this_month();
    let days = data.join("days");
    fs::create_dir_all(&days).expect("days folder");
    let broken = format!("(version: 1, days: [ (date: \"{month}-02\", check_in: (at: \"x\", mood: six)) ])");
    let file = days.join(format!("{month}.ron"));
    fs::write(&file, &broken).expect("write broken month");

    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Files that need attention");
    tend.wait_for_wrapped(&format!("{month}.ron, line 1, column"));

    // Checking in or writing a note to that month is refused, with the reason.
    tend.send("c");
    tend.wait_for("is read-only until its file");
    tend.wait_for("Not yet today");
    // Were a check-in open after all, this would try to save it.
    tend.send("7");
    tend.send(CTRL_S);
    // Any command clears the message; then a new note is refused the same way.
    tend.send("?");
    tend.wait_for("Keys · Esc closes");
    tend.esc_until("Not yet today");
    // The check-in panel itself says why, and offers no c or n there.
    tend.wait_gone("⚠ November");
    tend.wait_for("is read-only until its");
    tend.wait_gone("c to check in");
    tend.wait_gone("n to write one");
    tend.send("n");
    tend.wait_for("⚠ November");
    tend.send("2");
    tend.wait_for("this month's file could not be read");
    tend.quit();

    assert_eq!(fs::read(&file).expect("month file"), broken.as_bytes(), "the broken file was changed");
    let left: Vec<PathBuf> = fs::read_dir(&days).expect("days").map(|e| e.expect("entry").path()).collect();
    assert_eq!(left, vec![file], "nothing was added beside the broken file");
}

#[test]
fn demo_runs_on_sample_data() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let tmp = root.path().join("tmp");
    fs::create_dir(&tmp).expect("tmp folder");

    let mut tend = Launch::new(root.path()).data_dir(&data).arg("--demo").env("TMPDIR", &tmp).spawn();
    tend.wait_for("DEMO");
    let demo_dirs = || {
        fs::read_dir(&tmp)
            .expect("tmp")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("tend-demo-"))
            .count()
    };
    assert_eq!(demo_dirs(), 1, "the sample data lives in a temporary folder");
    tend.send("2");
    tend.wait_for("mood anx");
    let today = crate::pty::now().date_naive();
    let past: Vec<String> = (1..60)
        .filter_map(|n| today.checked_sub_days(Days::new(n)))
        .map(|d| d.format("%a %-d %b").to_string())
        .collect();
    tend.wait_until("a past day in the Journal list", |screen| past.iter().any(|d| screen.contains(d.as_str())));
    tend.quit();

    assert!(!data.exists(), "--demo wrote to the given --data-dir");
    assert!(!root.path().join("config.ron").exists(), "--demo wrote a config file");
    assert_eq!(demo_dirs(), 0, "the demo folder is removed on exit");
}

#[test]
fn tiny_terminal_does_not_panic() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut tend = Launch::new(root.path()).data_dir(&data).size(20, 5).spawn();
    tend.wait_for_wrapped("Too small for tend");
    tend.resize(80, 24);
    tend.wait_for("Not yet today");
    tend.wait_for("q quit");
    tend.resize(20, 5);
    tend.wait_for_wrapped("Too small for tend");
    tend.resize(80, 24);
    tend.wait_for("Not yet today");
    tend.quit();
}

#[test]
fn help_and_crisis_overlays() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Not yet today");

    tend.send("?");
    tend.wait_for("Keys · Esc closes");
    tend.wait_for("Keys · Esc closes");
    tend.esc_until("Not yet today");
    tend.wait_gone("Keys · Esc closes");

    // No crisis_region is set, so every region is listed.
    tend.send("!");
    tend.wait_for("call your emergency number");
    tend.wait_for("988");
    tend.wait_for("Samaritans");
    tend.esc_until("Not yet today");
    tend.wait_gone("Samaritans");
    tend.quit();
}

#[test]
fn medication_end_to_end() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("No medication yet");
    tend.send("3");
    tend.wait_for("a adds one");
    tend.send("a");
    tend.wait_for("New medication");
    // Name, strength, form (kept), schedule (kept), times; then the start date.
    for (field, value) in
        [("Name", "Sertraline"), ("Strength", "50 mg"), ("Form", ""), ("Schedule", ""), ("Times", "08:00 1")]
    {
        tend.wait_for(field);
        tend.send(value);
        tend.send("\t");
    }
    tend.send("\t\t");
    tend.wait_for("▸ Start date");
    tend.send("yesterday");
    tend.send("\t\t\t\t\t\t");
    tend.wait_for("▸ With prescriber");
    tend.send("yes");
    tend.send(CTRL_S);
    tend.wait_for("Medication added");
    tend.wait_for("08:00 50 mg every day");

    tend.send("1");
    tend.wait_for("Doses today");
    tend.wait_for("08:00 Sertraline 50 mg");
    tend.send(" ");
    tend.wait_for("Sertraline: taken at");

    tend.send("3");
    tend.send("+");
    tend.wait_for("Dose change · Sertraline");
    tend.send("today 08:00 2");
    tend.send("\t\t");
    tend.wait_for("▸ Reason");
    tend.send("planned increase\t");
    tend.send("yes");
    tend.send(CTRL_S);
    tend.wait_for("Dose change recorded");
    tend.quit();

    let mut tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Doses today");
    tend.wait_until("today's dose is ticked", |s| s.contains("✓ 08:00 Sertraline"));
    tend.send("3");
    tend.wait_for("08:00 100 mg every day");
    tend.wait_for_wrapped("↑ 08:00 100 mg every day · planned increase");
    tend.wait_for("started");
    tend.quit();

    let meds = fs::read_to_string(data.join("medications.ron")).expect("medications.ron");
    assert!(meds.starts_with("(\n    version: 1,"), "{meds}");
    assert!(meds.contains("id: \"sertraline\"") && meds.contains("reason: \"planned increase\""), "{meds}");
    assert!(meds.contains("units: 2.0") && meds.contains("with_prescriber: true"), "{meds}");
    let month = fs::read_to_string(data.join("days").join(format!("{}.ron", this_month()))).expect("month file");
    assert!(month.contains("med: \"sertraline\"") && month.contains("Taken("), "{month}");
}

#[test]
fn side_effect_end_to_end() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut tend = Launch::new(root.path()).size(120, 40).data_dir(&data).spawn();
    tend.wait_for("Doses today");
    // Start sertraline 20 days ago, 50 mg; increase to 100 mg 10 days ago.
    tend.send("3a");
    tend.wait_for("New medication");
    for value in ["Sertraline", "50 mg", "", "", "08:00 1", "", ""] {
        tend.send(value);
        tend.send("\t");
    }
    tend.wait_for("▸ Start date");
    tend.send("-20\t\t\t\t\t\t");
    tend.wait_for("▸ With prescriber");
    tend.send("yes");
    tend.send(CTRL_S);
    tend.wait_for("Medication added");
    tend.send("+");
    tend.wait_for("Dose change · Sertraline");
    tend.send("-10 08:00 2\t\t\t");
    tend.wait_for("▸ With prescriber");
    tend.send("yes");
    tend.send(CTRL_S);
    tend.wait_for("Dose change recorded");
    // Nausea, three days after the increase.
    tend.send("E");
    tend.wait_for("Log a side effect");
    for value in ["nausea", "sertraline", "-7", "2", "2", "2"] {
        tend.send(value);
        tend.send("\t");
    }
    tend.send(CTRL_S);
    tend.wait_for("Logged: nausea");
    // A week later (today): milder, then gone.
    tend.send("4");
    tend.wait_for_wrapped("began 3 days after the increase to 100 mg");
    tend.send("r");
    tend.wait_for("How is the nausea now?");
    for value in ["1", "1", "0"] {
        tend.send(value);
        tend.send("\t");
    }
    tend.send(CTRL_S);
    tend.wait_for("Rating saved");
    tend.send("x");
    tend.wait_for("nausea has gone");
    tend.send(CTRL_S);
    tend.wait_for("marked gone");
    tend.quit();

    let mut tend = Launch::new(root.path()).size(120, 40).data_dir(&data).spawn();
    tend.wait_for("Doses today");
    tend.send("4");
    tend.wait_for_wrapped("began 3 days after the increase to 100 mg");
    tend.wait_for("lasted 7 days");
    tend.quit();

    let text = fs::read_to_string(data.join("side_effects.ron")).expect("side_effects.ron");
    assert!(text.starts_with("(\n    version: 1,"), "{text}");
    assert!(text.contains("name: \"nausea\"") && text.contains("meds: [\n                \"sertraline\""), "{text}");
    assert!(text.contains("resolved: true"), "{text}");
}

#[test]
fn skills_end_to_end() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let mut tend = Launch::new(root.path()).size(120, 40).data_dir(&data).spawn();
    tend.wait_for("Not yet today");
    tend.send("5");
    tend.wait_for("Box breathing");
    tend.send("/box");
    tend.send(ENTER);
    tend.send(ENTER);
    tend.wait_for("before you start");
    tend.send("7");
    tend.send(ENTER);
    // The pacer runs; end it early.
    tend.wait_until("the breathing pacer", |s| {
        s.contains("Breathe in") || s.contains("Hold") || s.contains("Breathe out")
    });
    tend.send(ENTER);
    tend.wait_for("how is it now?");
    tend.send("4");
    tend.send(ENTER);
    tend.wait_for("Practice saved");
    tend.wait_until("the card's helped figure", |s| s.contains("Practised once") && s.contains("−3.0"));
    tend.send("2");
    tend.wait_for("Practice ·");
    tend.wait_for_wrapped("Box breathing");
    tend.wait_for("distress 7 → 4");
    tend.quit();
    let month = fs::read_to_string(data.join("days").join(format!("{}.ron", this_month()))).expect("month file");
    assert!(
        month.contains("card: \"box-breathing\"") && month.contains("before: 7") && month.contains("after: 4"),
        "{month}"
    );
}

#[test]
fn check_reports_every_unreadable_file() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    fs::create_dir_all(data.join("days")).expect("dirs");
    fs::write(data.join("side_effects.ron"), "(version: 3, side_effects: [])").expect("write");
    fs::write(data.join("days/2026-10.ron"), "(version: 1, days: [ (date: 5) ])").expect("write");
    let out = crate::pty::check_command(root.path(), &data).output().expect("run tend check");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("side_effects.ron was written by a newer tend"), "{text}");
    assert!(text.contains("2026-10.ron, line 1"), "{text}");
    assert!(text.contains("2 problem(s)"), "{text}");
}

#[test]
fn help_prints_and_a_mistyped_option_is_refused_without_touching_data() {
    let root = tempfile::tempdir().expect("temp dir");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tend"))
            .args(args)
            .envs(hermetic_env(root.path()))
            .stdin(Stdio::null())
            .output()
            .expect("run tend")
    };
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--demo"));
    let data = root.path().join("data");
    let wrong = run(&["--data-dir", data.to_str().expect("utf-8 path"), "--dmeo"]);
    assert_eq!(wrong.status.code(), Some(2));
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(err.contains("unexpected argument '--dmeo'") && err.contains("tend --help"), "{err}");
    assert!(!data.exists(), "a refused command line must not create the data folder");
}
