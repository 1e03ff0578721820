//! `medications.ron` and dose events in month files, against real files.

use std::fs;

use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone, Weekday};
use tempfile::TempDir;
use tend::domain::Day;
use tend::domain::YearMonth;
use tend::domain::dose::{DoseEvent, DoseStatus};
use tend::domain::medication::{DoseChange, Form, Medication, Pattern, Pause, Regimen, Slot, Supply, Unit};
use tend::store::{FileStore, Paths, Store, StoreError};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).expect("date")
}

fn t(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).expect("time")
}

fn med() -> Medication {
    Medication {
        id: "sertraline".into(),
        name: "Sertraline".into(),
        strength: 50.0,
        unit: Unit::Mg,
        form: Form::Tablet,
        purpose: "depression and anxiety".into(),
        prescriber: "Dr Okafor".into(),
        instructions: "with breakfast".into(),
        start: d(10, 1),
        changes: vec![
            DoseChange {
                effective: d(10, 1),
                regimen: Regimen { pattern: Pattern::Daily, doses: vec![Slot { time: t(8), units: 1.0 }] },
                reason: String::new(),
                with_prescriber: true,
            },
            DoseChange {
                effective: d(10, 15),
                regimen: Regimen {
                    pattern: Pattern::Weekdays(vec![Weekday::Mon, Weekday::Fri]),
                    doses: vec![Slot { time: t(8), units: 2.0 }, Slot { time: t(20), units: 0.5 }],
                },
                reason: "planned step".into(),
                with_prescriber: true,
            },
        ],
        pauses: vec![Pause {
            stopped: d(11, 1),
            reason: "felt sick".into(),
            restarted: Some(d(11, 3)),
            restart_reason: String::new(),
        }],
        supply: Some(Supply {
            counted: 28.0,
            counted_on: d(11, 1),
            counted_at: None,
            warn_days: 5,
            refills: Vec::new(),
        }),
    }
}

#[test]
fn medications_round_trip_and_read_plainly() {
    let dir = TempDir::new().expect("temp");
    let store = FileStore::new(Paths::in_dir(dir.path().join("data")));
    assert_eq!(store.load_medications().expect("none yet"), Vec::new());
    let prn = Medication {
        id: "propranolol".into(),
        name: "Propranolol".into(),
        changes: vec![DoseChange {
            effective: d(10, 1),
            regimen: Regimen {
                pattern: Pattern::AsNeeded { max_per_day: Some(3), min_hours: Some(4.0) },
                doses: vec![Slot { time: t(0), units: 1.0 }],
            },
            reason: String::new(),
            with_prescriber: true,
        }],
        pauses: Vec::new(),
        supply: None,
        ..med()
    };
    store.save_medications(&[med(), prn.clone()]).expect("save");
    assert_eq!(store.load_medications().expect("load"), vec![med(), prn]);
    let text = fs::read_to_string(dir.path().join("data/medications.ron")).expect("read");
    assert!(text.starts_with("(\n    version: 1,"), "{text}");
    assert!(text.contains("id: \"sertraline\""));
    assert!(text.contains("effective: \"2026-10-15\""));
    assert!(text.contains("time: \"08:00:00\""));
    assert!(text.contains("AsNeeded("));
}

#[test]
fn dose_events_live_in_the_month_file() {
    let dir = TempDir::new().expect("temp");
    let store = FileStore::new(Paths::in_dir(dir.path().join("data")));
    let at = FixedOffset::east_opt(3600).expect("o").with_ymd_and_hms(2026, 11, 2, 8, 5, 0).single().expect("t");
    let mut day = Day::new(d(11, 2));
    day.doses = vec![
        DoseEvent { med: "sertraline".into(), slot: Some(t(8)), status: DoseStatus::Taken { at, units: 2.0 } },
        DoseEvent {
            med: "sertraline".into(),
            slot: Some(t(20)),
            status: DoseStatus::Skipped { at, reason: "out".into() },
        },
        DoseEvent { med: "propranolol".into(), slot: None, status: DoseStatus::Taken { at, units: 1.0 } },
    ];
    let nov = YearMonth::new(2026, 11).expect("m");
    store.save_month(nov, std::slice::from_ref(&day)).expect("save");
    assert_eq!(store.load_month(nov).expect("load"), vec![day]);
}

#[test]
fn a_broken_medications_file_is_reported_and_never_replaced() {
    let dir = TempDir::new().expect("temp");
    let data = dir.path().join("data");
    fs::create_dir_all(&data).expect("dir");
    let path = data.join("medications.ron");
    let broken = "(\n    version: 1,\n    medications: [ (id: \"x\", name: 5) ],\n)\n";
    fs::write(&path, broken).expect("write");
    let store = FileStore::new(Paths::in_dir(data.clone()));
    match store.load_medications() {
        Err(StoreError::Parse { line, .. }) => assert_eq!(line, 3),
        other => panic!("expected a parse error, got {other:?}"),
    }
    fs::write(&path, "(version: 2, medications: [])").expect("write");
    assert!(matches!(store.load_medications(), Err(StoreError::NewerVersion { found: 2, .. })));
    assert!(store.save_medications(&[med()]).is_err(), "a newer file is not overwritten");
    assert_eq!(fs::read_to_string(&path).expect("read"), "(version: 2, medications: [])");
}

#[test]
fn no_top_level_file_that_fails_to_parse_is_ever_saved_over() {
    let dir = TempDir::new().expect("temp");
    let data = dir.path().join("data");
    fs::create_dir_all(&data).expect("dir");
    let store = FileStore::new(Paths::in_dir(data.clone()));
    let broken = "(version: 1, oops";
    for name in ["medications.ron", "side_effects.ron", "safety_plan.ron", "skills.ron"] {
        fs::write(data.join(name), broken).expect("write");
    }
    assert!(matches!(store.save_medications(&[med()]), Err(StoreError::Parse { .. })));
    assert!(store.save_side_effects(&[]).is_err());
    assert!(store.save_safety_plan(&tend::domain::safety_plan::SafetyPlan::default()).is_err());
    assert!(store.save_skills(&tend::store::SkillsData::default()).is_err());
    for name in ["medications.ron", "side_effects.ron", "safety_plan.ron", "skills.ron"] {
        assert_eq!(fs::read_to_string(data.join(name)).expect("read"), broken, "{name} was replaced");
    }
    // Once fixed by hand, saving works again.
    fs::write(data.join("medications.ron"), "(version: 1, medications: [])").expect("write");
    store.save_medications(&[med()]).expect("saves over a readable file");
}

#[test]
fn the_safety_plan_round_trips_and_an_empty_one_needs_no_file() {
    use tend::domain::safety_plan::SafetyPlan;
    let dir = TempDir::new().expect("temp");
    let store = FileStore::new(Paths::in_dir(dir.path().join("data")));
    assert_eq!(store.load_safety_plan().expect("none yet"), SafetyPlan::default());
    let mut plan = SafetyPlan::default();
    plan.set(3, "Sam: 07700 900123\nMy sister".into());
    plan.set(6, "my niece's wedding".into());
    store.save_safety_plan(&plan).expect("save");
    assert_eq!(store.load_safety_plan().expect("load"), plan);
    let text = fs::read_to_string(dir.path().join("data/safety_plan.ron")).expect("read");
    assert!(
        text.starts_with("(\n    version: 1,") && text.contains("people_to_ask: \"Sam: 07700 900123\nMy sister\""),
        "{text}"
    );
}

#[test]
fn favourites_and_own_cards_round_trip() {
    use tend::store::SkillsData;
    let dir = TempDir::new().expect("temp");
    let store = FileStore::new(Paths::in_dir(dir.path().join("data")));
    assert_eq!(store.load_skills().expect("none yet"), SkillsData::default());
    let mut own = tend::assets::builtin_cards()[0].clone();
    own.id = "my-walk".into();
    own.title = "My evening walk".into();
    let data = SkillsData { favourites: vec!["box-breathing".into()], custom: vec![own] };
    store.save_skills(&data).expect("save");
    assert_eq!(store.load_skills().expect("load"), data);
}

#[test]
fn the_readme_example_of_an_own_card_loads_and_is_sound() {
    let readme = include_str!("../../README.md");
    let start = readme.find("**Your own cards.**").expect("section");
    let block = &readme[start..];
    let from = block.find("```ron\n").expect("ron block") + "```ron\n".len();
    let to = from + block[from..].find("```").expect("end of block");
    let dir = TempDir::new().expect("temp");
    let data = dir.path().join("data");
    fs::create_dir_all(&data).expect("dir");
    fs::write(data.join("skills.ron"), &block[from..to]).expect("write");
    let loaded = FileStore::new(Paths::in_dir(data)).load_skills().expect("the README example parses");
    assert_eq!(loaded.favourites, vec!["box-breathing"]);
    assert_eq!(loaded.custom.len(), 1);
    assert!(loaded.custom[0].problems().is_empty(), "{:?}", loaded.custom[0].problems());
}
