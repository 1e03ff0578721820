use super::*;
use crate::domain::checkin::CheckIn;
use crate::domain::medication::{DoseChange, Pattern, Pause, Regimen, Slot};
use crate::domain::{Day, YearMonth};

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("date")
}

fn day_with_mood(d: NaiveDate, mood: u8) -> Day {
    let at = d.and_hms_opt(20, 0, 0).expect("time").and_utc().fixed_offset();
    let mut day = Day::new(d);
    day.check_in = Some(CheckIn { mood: Some(mood), sleep_hours: Some(7.5), ..CheckIn::empty(at) });
    day
}

fn journal(days: Vec<Day>) -> Journal {
    let mut j = Journal::new();
    let ym = YearMonth::of(days[0].date);
    j.set_month(ym, days);
    j
}

#[test]
fn daily_values_leave_unlogged_days_empty_and_sleep_reads_hours() {
    let j = journal(vec![day_with_mood(date(11, 2), 6), day_with_mood(date(11, 4), 3)]);
    let mood = daily(&j, Measure::Mood, date(11, 1), date(11, 4));
    assert_eq!(mood.iter().map(|(_, v)| *v).collect::<Vec<_>>(), [None, Some(6.0), None, Some(3.0)]);
    assert_eq!(daily(&j, Measure::Sleep, date(11, 2), date(11, 2))[0].1, Some(7.5));
    assert_eq!(daily(&j, Measure::Anxiety, date(11, 2), date(11, 2))[0].1, None);
}

#[test]
fn the_rolling_mean_needs_four_of_seven_days_and_gaps_stay_gaps() {
    let d = |i: u32| date(11, i);
    let values = [Some(4.0), Some(6.0), None, Some(8.0), Some(2.0), None, None, None, None, None, None];
    let series: Vec<_> = values.iter().enumerate().map(|(i, v)| (d(i as u32 + 1), *v)).collect();
    let mean = rolling_mean(&series);
    assert_eq!(mean[2].1, None, "three logged of three is not enough");
    assert_eq!(mean[4].1, Some(5.0), "4, 6, 8, 2");
    assert_eq!(mean[6].1, Some(5.0), "the window of seven still holds the four");
    assert_eq!(mean[7].1, None, "one dropped out: three left");
    assert_eq!(mean[10].1, None);
    // Each run of logged days is its own line; nothing is drawn across the gap, or as zero.
    let runs = runs(&series);
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0].len(), 2);
    assert_eq!(runs[1], vec![(d(4), 8.0), (d(5), 2.0)]);
    assert!(runs.iter().flatten().all(|(_, v)| *v > 0.0));
}

fn daily_mg(effective: NaiveDate, tablets: f32) -> DoseChange {
    let slot = Slot { time: chrono::NaiveTime::from_hms_opt(8, 0, 0).expect("time"), units: tablets };
    DoseChange {
        effective,
        regimen: Regimen { pattern: Pattern::Daily, doses: vec![slot] },
        reason: String::new(),
        with_prescriber: true,
    }
}

#[test]
fn medication_markers_name_the_new_dose_with_its_direction() {
    let changes = vec![daily_mg(date(9, 1), 1.0), daily_mg(date(10, 1), 2.0), daily_mg(date(11, 10), 1.5)];
    let mut m = crate::fixtures::medication("Sertraline", 50.0, date(9, 1), changes);
    m.pauses.push(Pause {
        stopped: date(11, 20),
        reason: String::new(),
        restarted: Some(date(11, 25)),
        restart_reason: String::new(),
    });
    let all = med_markers(std::slice::from_ref(&m), date(1, 1), date(12, 31));
    let labels: Vec<&str> = all.iter().map(|x| x.label.as_str()).collect();
    assert_eq!(labels, ["▶ 50 mg", "↑100 mg", "↓75 mg", "■ stopped", "▶ restarted"]);
    let november = med_markers(&[m], date(11, 1), date(11, 30));
    assert_eq!(november.len(), 3, "only what happened in the range");
    assert_eq!(november[0].label, "↓75 mg", "the direction still compares with the dose before the range");
}

#[test]
fn practices_and_ranges_count_days_within_the_range() {
    let mut d = day_with_mood(date(11, 3), 5);
    d.practices.push(crate::domain::practice::Practice {
        card: "box".into(),
        at: d.check_in.as_ref().expect("ci").at,
        seconds: 60,
        before: None,
        after: None,
        answers: Default::default(),
    });
    let j = journal(vec![day_with_mood(date(11, 1), 5), d]);
    assert_eq!(practices_per_day(&j, date(11, 1), date(11, 4)), [0, 0, 1, 0]);
    assert_eq!(range_start(&j, date(11, 30), Some(30)), date(11, 1));
    assert_eq!(range_start(&j, date(11, 30), None), date(11, 1), "all: from the first day logged");
    assert_eq!(value_words(Measure::Sleep, 7.46), "7.5 h");
    assert_eq!(value_words(Measure::Mood, 6.0), "6");
}
