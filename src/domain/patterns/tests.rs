use super::*;
use crate::domain::checkin::CheckIn;
use crate::domain::{Tag, YearMonth};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

/// Days from 1 Sep on, each with a mood, sleep and tags as `make` says.
fn journal(n: u32, make: impl Fn(u32) -> (u8, f32, bool)) -> Journal {
    let mut j = Journal::new();
    let mut by_month: std::collections::BTreeMap<YearMonth, Vec<Day>> = Default::default();
    for i in 0..n {
        let d = date(9, 1) + Days::new(u64::from(i));
        let (mood, sleep, tagged) = make(i);
        let at = d.and_hms_opt(20, 0, 0).expect("time").and_utc().fixed_offset();
        let mut day = Day::new(d);
        let tags = if tagged { vec![Tag::from("walk")] } else { Vec::new() };
        day.check_in = Some(CheckIn { mood: Some(mood), sleep_hours: Some(sleep), tags, ..CheckIn::empty(at) });
        by_month.entry(YearMonth::of(d)).or_default().push(day);
    }
    for (ym, days) in by_month {
        j.set_month(ym, days);
    }
    j
}

#[test]
fn sleep_and_tags_are_compared_with_counts_once_each_side_has_fourteen_days() {
    // Even days: 8 h sleep, mood 7, tagged; odd days: 5 h, mood 4.
    let j = journal(40, |i| if i % 2 == 0 { (7, 8.0, true) } else { (4, 5.0, false) });
    let p = find(&j, &[], date(9, 1), date(10, 10));
    assert_eq!(p.mood_days, 40);
    assert!(
        p.found.contains(
            &"After nights of 7 hours' sleep or more your mood averaged 7, otherwise 4 (20 vs 20 days).".to_string()
        ),
        "{:?}",
        p.found
    );
    assert!(p.found.iter().any(|f| f == "On days tagged #walk your mood averaged 7, otherwise 4 (20 vs 20 days)."));
    assert!(!p.found.iter().any(|f| f.contains("practised")), "no practice at all: one side is empty");
}

#[test]
fn not_enough_days_on_one_side_says_nothing() {
    // 13 short nights only: not enough to compare.
    let j = journal(40, |i| if i < 13 { (3, 5.0, false) } else { (6, 8.0, false) });
    let p = find(&j, &[], date(9, 1), date(10, 10));
    assert!(p.found.is_empty(), "{:?}", p.found);
    assert_eq!(Split::of(j.days_between(date(9, 1), date(9, 5)), |_| Some(true)), None);
}
