//! The generated medications and dose events: schedule, limits, adherence, size, dates.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, TimeZone, Timelike};

use super::*;
use crate::domain::dose::{DoseEvent, DoseStatus, adherence, event_for, on_hand};
use crate::domain::medication::Pattern;

const OFFSET: i32 = 3600;

fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
}

fn opts(days: u32, seed: u64) -> SampleOptions {
    SampleOptions { end: end(), days, seed, utc_offset_secs: OFFSET, note_words: 0, practices: false }
}

fn ten_years(seed: u64) -> History {
    generate_history(&opts(3652, seed))
}

/// `date` at `h`:00 local time.
fn local(date: NaiveDate, h: u32) -> DateTime<FixedOffset> {
    let off = FixedOffset::east_opt(OFFSET).expect("offset");
    off.from_local_datetime(&date.and_hms_opt(h, 0, 0).expect("time")).single().expect("moment")
}

fn by_date(h: &History) -> BTreeMap<NaiveDate, &[DoseEvent]> {
    h.days.iter().map(|d| (d.date, d.doses.as_slice())).collect()
}

fn med<'a>(h: &'a History, id: &str) -> &'a Medication {
    h.medications.iter().find(|m| m.id == id).expect("medication")
}

fn count(h: &History) -> usize {
    h.days.iter().map(|d| d.doses.len()).sum()
}

#[test]
fn same_seed_same_history_other_seed_differs() {
    assert_eq!(generate_history(&opts(400, 1)), generate_history(&opts(400, 1)));
    assert_ne!(generate_history(&opts(400, 1)), generate_history(&opts(400, 2)));
    assert_eq!(generate(&opts(90, 4)), generate_history(&opts(90, 4)).days);
}

#[test]
fn medications_start_in_range_with_calm_prescriber_changes() {
    for days in [1, 2, 10, 30, 120, 180, 365, 3652] {
        let h = generate_history(&opts(days, 3));
        let first = end() - Days::new(u64::from(days) - 1);
        assert_eq!(h.medications.len(), 3, "{days} days");
        let ids: Vec<&str> = h.medications.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["sertraline", "mirtazapine", "propranolol"]);
        for m in &h.medications {
            assert!(m.start >= first && m.start <= first + Days::new(60) && m.start <= end(), "{days}: {}", m.id);
            assert_eq!(m.changes.first().map(|c| c.effective), Some(m.start));
            assert!(m.changes.windows(2).all(|w| w[0].effective < w[1].effective));
            for c in &m.changes {
                assert!(c.effective <= end() && c.with_prescriber && !c.reason.is_empty());
                assert!(!c.reason.contains('!') && !c.reason.contains("should"), "{}", c.reason);
            }
            for p in &m.pauses {
                assert!(p.restarted.is_some_and(|r| r > p.stopped && r < end()) && !p.reason.is_empty());
            }
        }
        assert!(h.medications.iter().any(|m| m.changes.iter().any(|c| c.regimen.pattern.is_prn())));
    }
    let h = ten_years(3);
    let sertraline = med(&h, "sertraline");
    assert!((4..=5).contains(&sertraline.changes.len()));
    let daily_mg: Vec<f32> =
        sertraline.changes.iter().map(|c| c.regimen.doses.iter().map(|s| s.units).sum::<f32>() * 50.0).collect();
    assert_eq!(&daily_mg[..3], [50.0, 100.0, 150.0]);
    assert_eq!(sertraline.changes[2].regimen.doses.len(), 2, "the later increase is twice daily");
    assert_eq!((sertraline.changes[1].effective - sertraline.start).num_days(), 14);
    assert_eq!(med(&h, "mirtazapine").pauses.len(), 1);
}

#[test]
fn every_event_answers_a_slot_that_exists_that_day() {
    for (days, seed) in [(180, 7), (3652, 1), (3652, 2)] {
        let h = generate_history(&opts(days, seed));
        for day in &h.days {
            for e in &day.doses {
                let m = med(&h, &e.med);
                match e.slot {
                    Some(t) => {
                        assert!(m.slots_on(day.date).iter().any(|s| s.time == t), "{} {t} on {}", e.med, day.date);
                        let same = day.doses.iter().filter(|o| o.med == e.med && o.slot == Some(t)).count();
                        assert_eq!(same, 1, "one event per slot");
                    }
                    None => assert!(m.is_prn_on(day.date), "{} as needed on {}", e.med, day.date),
                }
                let (DoseStatus::Taken { at, .. } | DoseStatus::Skipped { at, .. }) = e.status;
                assert_eq!(at.date_naive(), day.date);
                assert_eq!(at.offset().local_minus_utc(), OFFSET);
            }
        }
    }
}

#[test]
fn as_needed_doses_stay_within_the_plan() {
    let h = ten_years(5);
    let prn = med(&h, "propranolol");
    let mut days = 0;
    for day in &h.days {
        let Some(Pattern::AsNeeded { max_per_day, min_hours }) = prn.regimen_on(day.date).map(|r| &r.pattern) else {
            continue;
        };
        let times: Vec<DateTime<FixedOffset>> =
            day.doses.iter().filter(|e| *e.med == *prn.id).filter_map(DoseEvent::taken_at).collect();
        assert!(times.len() as u32 <= max_per_day.unwrap_or(u32::MAX));
        for w in times.windows(2) {
            assert!((w[1] - w[0]).num_minutes() as f32 >= min_hours.unwrap_or(0.0) * 60.0);
        }
        days += usize::from(!times.is_empty());
        assert!(day.doses.iter().filter(|e| *e.med == *prn.id).all(|e| e.taken_units() == 1.0));
    }
    // Some anxious days, not most days.
    assert!((100..=700).contains(&days), "{days} days with an as-needed dose");
    assert!(h.days.iter().any(|d| d.doses.iter().filter(|e| *e.med == *prn.id).count() == 2));
}

#[test]
fn adherence_of_the_last_90_days_is_realistic() {
    for seed in 0..6 {
        let h = ten_years(seed);
        let map = by_date(&h);
        let now = local(end(), 9);
        for id in ["sertraline", "mirtazapine"] {
            let a =
                adherence(med(&h, id), 90, now, chrono::TimeDelta::hours(2), |d| map.get(&d).copied().unwrap_or(&[]));
            let of_logged = a.taken_percent().expect("doses were logged");
            let of_scheduled = a.taken() * 100 / a.scheduled.max(1);
            assert!((80..=100).contains(&of_logged), "seed {seed} {id}: {of_logged}% of logged {a:?}");
            assert!((75..=97).contains(&of_scheduled), "seed {seed} {id}: {of_scheduled}% of scheduled {a:?}");
        }
    }
}

#[test]
fn statuses_over_ten_years_look_like_a_person() {
    let h = ten_years(1);
    let map = by_date(&h);
    let mut total = crate::domain::dose::Adherence::default();
    for m in h.medications.iter().filter(|m| m.id != "propranolol") {
        total.add(&adherence(m, 3652, local(end(), 9), chrono::TimeDelta::hours(2), |d| {
            map.get(&d).copied().unwrap_or(&[])
        }));
    }
    let share = |n: u32| f64::from(n) / f64::from(total.scheduled);
    assert!((0.84..0.93).contains(&share(total.on_time)), "{total:?}");
    assert!((0.01..0.06).contains(&share(total.late)), "{total:?}");
    assert!((0.01..0.04).contains(&share(total.skipped)), "{total:?}");
    assert!((0.03..0.12).contains(&share(total.not_logged)), "{total:?}");
    assert!((5..=80).contains(&total.differing_days), "{total:?}");
    let reasons: Vec<&str> = h
        .days
        .iter()
        .flat_map(|d| &d.doses)
        .filter_map(|e| match &e.status {
            DoseStatus::Skipped { reason, .. } => Some(&**reason),
            DoseStatus::Taken { .. } => None,
        })
        .collect();
    assert!(reasons.iter().any(|r| r.is_empty()) && reasons.contains(&"forgot to pack it"));
    // Days without doses logged are mostly days without a check-in too.
    let scheduled = |d: NaiveDate| h.medications.iter().any(|m| !m.slots_on(d).is_empty());
    let logged: BTreeMap<NaiveDate, (bool, bool)> =
        h.days.iter().map(|d| (d.date, (d.check_in.is_some(), !d.doses.is_empty()))).collect();
    let (mut with, mut without) = ((0, 0), (0, 0));
    for date in (end() - Days::new(3651)).iter_days().take_while(|d| *d < end()).filter(|d| scheduled(*d)) {
        let (checked_in, doses) = logged.get(&date).copied().unwrap_or((false, false));
        let bucket = if checked_in { &mut with } else { &mut without };
        bucket.0 += 1;
        bucket.1 += usize::from(!doses);
    }
    let rate = |(n, none): (usize, usize)| none as f64 / n as f64;
    assert!(rate(with) < 0.03 && rate(without) > 0.35, "{with:?} {without:?}");
}

#[test]
fn ten_years_hold_about_eight_thousand_dose_events() {
    for seed in [1, 2, 3] {
        let n = count(&ten_years(seed));
        assert!((6_000..=10_000).contains(&n), "seed {seed}: {n}");
    }
}

#[test]
fn nothing_after_the_end_and_only_the_morning_on_the_last_day() {
    let cutoff = NaiveTime::from_hms_opt(9, 0, 0).expect("time");
    for (days, seed) in [(1, 1), (30, 2), (180, 7), (3652, 4)] {
        let h = generate_history(&opts(days, seed));
        assert!(h.days.iter().all(|d| d.date <= end()));
        let last = h.days.last().expect("the end date is logged");
        assert_eq!(last.date, end());
        for e in &last.doses {
            assert!(e.slot.is_some_and(|t| t < cutoff), "{e:?}");
            assert!(e.taken_at().is_some_and(|at| at.time() <= cutoff), "{e:?}");
        }
        let s = med(&h, "sertraline");
        let slots = s.slots_on(end());
        let morning = slots.iter().find(|s| s.time.hour() == 8).expect("08:00 dose");
        assert!(event_for(&last.doses, &s.id, morning.time).is_some(), "{days} days: the morning dose is taken");
        assert!(
            slots.iter().filter(|s| s.time >= cutoff).all(|s| event_for(&last.doses, "sertraline", s.time).is_none())
        );
    }
}

#[test]
fn supply_is_refilled_about_monthly_and_never_runs_dry() {
    for (days, seed) in [(180, 7), (3652, 1)] {
        let h = generate_history(&opts(days, seed));
        let map = by_date(&h);
        let s = med(&h, "sertraline");
        let supply = s.supply.as_ref().expect("supply");
        assert!(supply.refills.len() >= 4, "{days}: {:?}", supply.refills);
        assert!(supply.refills.windows(2).all(|w| (14..=45).contains(&(w[1].date - w[0].date).num_days())));
        for date in supply.counted_on.iter_days().take_while(|d| *d <= end()).step_by(5) {
            let left = on_hand(s, date, |d| map.get(&d).copied().unwrap_or(&[])).expect("count");
            assert!(left > 0.0, "{date}: {left}");
        }
    }
}
