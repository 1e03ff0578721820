//! The generated side effects: deterministic, dated consistently, tied to the dose timeline.

use chrono::{Days, NaiveDate};

use crate::domain::medication::Medication;
use crate::domain::side_effect::{COMMON, SideEffect, describe_onset};
use crate::sample::{History, SampleOptions, generate_history};

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

fn history(days: u32, seed: u64) -> History {
    generate_history(&SampleOptions { end: end(), days, seed, utc_offset_secs: 0, note_words: 0, practices: false })
}

fn sertraline(h: &History) -> &Medication {
    h.medications.iter().find(|m| m.id == "sertraline").expect("sertraline")
}

#[test]
fn same_seed_same_effects_other_seed_differs() {
    assert_eq!(history(400, 1).side_effects, history(400, 1).side_effects);
    assert_ne!(history(400, 1).side_effects, history(400, 2).side_effects);
}

#[test]
fn dates_are_consistent_and_never_after_the_end() {
    for days in [1, 2, 10, 30, 120, 180, 365, 3652] {
        for seed in 0..8 {
            let h = history(days, seed);
            let mut ids: Vec<&str> = h.side_effects.iter().map(|e| e.id.as_str()).collect();
            assert!(h.side_effects.windows(2).all(|w| w[0].onset <= w[1].onset));
            for e in &h.side_effects {
                let at = format!("{days} days, seed {seed}: {e:?}");
                assert!(e.onset <= end(), "{at}");
                assert_eq!(e.ratings.first().map(|r| r.date), Some(e.onset), "{at}");
                assert!(e.ratings.windows(2).all(|w| w[0].date < w[1].date), "{at}");
                assert!(e.ratings.last().is_some_and(|r| r.date <= end()), "{at}");
                assert!(e.ratings.iter().all(|r| e.present_on(r.date)), "not after resolution: {at}");
                for r in &e.ratings {
                    assert!(r.often <= 3 && r.strong <= 3 && r.in_the_way <= 3, "{at}");
                    assert!(!r.note.contains('!') && r.note.len() < 40, "{at}");
                }
                assert!(e.changes.windows(2).all(|w| w[0].date < w[1].date), "{at}");
                assert!(e.changes.iter().all(|c| c.date > e.onset && c.date <= end()), "{at}");
                let alternate = e.changes.iter().enumerate().all(|(i, c)| c.resolved == (i % 2 == 0));
                assert!(alternate, "resolved, reopened, resolved…: {at}");
                assert!(e.meds.iter().all(|m| h.medications.iter().any(|x| x.id == *m)), "{at}");
            }
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), h.side_effects.len(), "ids are unique");
        }
    }
}

#[test]
fn early_effects_follow_the_start_and_the_increase() {
    for seed in 0..20 {
        let h = history(180, seed);
        let m = sertraline(&h);
        let lines: Vec<String> =
            h.side_effects.iter().filter(|e| e.meds.contains(&m.id)).map(|e| describe_onset(e, m)).collect();
        assert!(lines.iter().any(|l| l.starts_with("began") && l.contains("after the increase")), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("after starting Sertraline")), "{lines:?}");
        let nausea = h.side_effects.iter().find(|e| e.name == "nausea").expect("nausea");
        let day = |d: NaiveDate| (d - m.start).num_days();
        assert!((1..=4).contains(&day(nausea.onset)));
        let resolved = nausea.changes.first().filter(|c| c.resolved).map(|c| c.date).expect("resolved");
        assert!((8..=16).contains(&day(resolved)), "{nausea:?}");
        let levels: Vec<u8> = nausea.ratings.iter().filter(|r| r.date < resolved).map(|r| r.level()).collect();
        assert!(levels.windows(2).all(|w| w[1] <= w[0]), "easing: {levels:?}");
        assert!(h.side_effects.iter().any(|e| e.is_baseline(&h.medications)), "seed {seed}");
        assert!(h.side_effects.iter().any(|e| e.meds.is_empty()), "a \"not sure\" one, seed {seed}");
        assert!(h.side_effects.iter().any(SideEffect::is_ongoing), "seed {seed}");
        assert!(h.side_effects.iter().any(|e| e.resolved_on().is_some()), "seed {seed}");
        let lasting = h.side_effects.iter().find(|e| e.name == "sexual problems").expect("persists");
        assert!(lasting.is_ongoing() && lasting.ratings.iter().all(|r| (1..=2).contains(&r.in_the_way)));
        let drowsy = h.side_effects.iter().find(|e| e.meds == ["mirtazapine"]).expect("drowsiness");
        assert_eq!(drowsy.name, "drowsiness");
        assert!(h.side_effects.iter().any(|e| e.ratings.iter().any(|r| !r.note.is_empty())));
    }
}

#[test]
fn ten_years_stay_sparse_with_a_few_after_later_changes() {
    let mut reopened = 0;
    for seed in 0..10 {
        let h = history(3652, seed);
        let n = h.side_effects.len();
        assert!((8..=60).contains(&n), "seed {seed}: {n}");
        let m = sertraline(&h);
        let later = m.changes.get(3).map(|c| c.effective).expect("a reduction");
        assert!(h.side_effects.iter().any(|e| e.onset > later && !e.meds.is_empty()), "seed {seed}");
        let common = h.side_effects.iter().filter(|e| COMMON.contains(&e.name.as_str())).count();
        assert!(common * 10 >= n * 8, "names mostly from COMMON: {common} of {n}");
        reopened += h.side_effects.iter().filter(|e| e.changes.len() > 1).count();
        let first = h.side_effects.first().map(|e| e.onset).expect("some");
        assert!(first >= end() - Days::new(3652 + 5));
    }
    assert!((10..=60).contains(&reopened), "occasionally one reopens: {reopened}");
}
