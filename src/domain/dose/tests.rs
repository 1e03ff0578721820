use chrono::TimeZone;

use super::*;
use crate::domain::medication::tests::{d, sertraline, t};
use crate::domain::medication::{Pattern, Refill, Regimen, Slot, Supply};

fn at(offset_h: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(offset_h * 3600)
        .expect("offset")
        .with_ymd_and_hms(2026, m, day, h, min, 0)
        .single()
        .expect("time")
}

fn taken(med: &str, slot: Option<NaiveTime>, at: DateTime<FixedOffset>, units: f32) -> DoseEvent {
    DoseEvent { med: med.into(), slot, status: DoseStatus::Taken { at, units } }
}

/// The default on-time window, 2 h either side.
const W: TimeDelta = TimeDelta::hours(2);

#[test]
fn a_dose_taken_well_before_its_time_is_early_not_on_time() {
    let slot = Slot { time: t(20, 0), units: 1.0 };
    let now = at(1, 11, 27, 4, 40);
    let early = taken("sertraline", Some(t(20, 0)), at(1, 11, 27, 4, 38), 1.0);
    let s = slot_status(&slot, Some(&early), d(11, 27), now, W);
    assert!(matches!(s, SlotStatus::Taken { timing: Timing::Early, .. }), "{s:?}");
    assert_eq!(s.label(), "taken 04:38 (early)");
    let near = taken("sertraline", Some(t(20, 0)), at(1, 11, 27, 18, 30), 1.0);
    assert!(matches!(
        slot_status(&slot, Some(&near), d(11, 27), now, W),
        SlotStatus::Taken { timing: Timing::OnTime, .. }
    ));
    // A wider window in config counts it as on time.
    assert!(matches!(
        slot_status(&slot, Some(&near), d(11, 27), now, TimeDelta::minutes(30)),
        SlotStatus::Taken { timing: Timing::Early, .. }
    ));
    assert_eq!(window_of(1.5), TimeDelta::minutes(90));
    assert_eq!(window_of(f32::NAN), W, "a bad value falls back to 2 h");
}

#[test]
fn statuses_for_today_and_past_days() {
    let slot = Slot { time: t(8, 0), units: 1.0 };
    let now = at(1, 11, 27, 9, 30);
    assert_eq!(slot_status(&slot, None, d(11, 27), at(1, 11, 27, 7, 0), W), SlotStatus::Due);
    assert_eq!(slot_status(&slot, None, d(11, 27), now, W), SlotStatus::Late);
    assert_eq!(slot_status(&slot, None, d(11, 26), now, W), SlotStatus::NotLogged, "never assumed missed");
    assert_eq!(slot_status(&slot, None, d(11, 28), now, W), SlotStatus::Due);
    let on_time = taken("sertraline", Some(t(8, 0)), at(1, 11, 27, 9, 55), 1.0);
    assert!(matches!(
        slot_status(&slot, Some(&on_time), d(11, 27), now, W),
        SlotStatus::Taken { timing: Timing::OnTime, .. }
    ));
    let late = taken("sertraline", Some(t(8, 0)), at(1, 11, 27, 10, 5), 0.5);
    let s = slot_status(&slot, Some(&late), d(11, 27), now, W);
    assert!(matches!(s, SlotStatus::Taken { timing: Timing::Late, differs: true, .. }));
    assert_eq!(s.label(), "taken 10:05 (late)");
    let skipped = DoseEvent {
        med: "sertraline".into(),
        slot: Some(t(8, 0)),
        status: DoseStatus::Skipped { at: now, reason: "felt sick".into() },
    };
    assert_eq!(slot_status(&slot, Some(&skipped), d(11, 27), now, W).label(), "skipped: felt sick");
}

#[test]
fn a_dst_change_keeps_doses_on_their_wall_clock_times_and_day() {
    // 25 Oct 2026: clocks in the UK go back from +01:00 to +00:00 at 02:00.
    let mut m = sertraline();
    m.changes[1].regimen.doses = vec![Slot { time: t(8, 0), units: 1.0 }, Slot { time: t(20, 0), units: 1.0 }];
    let slots = m.slots_on(d(10, 25));
    assert_eq!(slots.iter().map(|s| s.time).collect::<Vec<_>>(), vec![t(8, 0), t(20, 0)]);
    let morning = taken("sertraline", Some(t(8, 0)), at(0, 10, 25, 8, 5), 1.0);
    let evening = taken("sertraline", Some(t(20, 0)), at(0, 10, 25, 21, 30), 1.0);
    let events = vec![morning, evening];
    let now = at(0, 10, 25, 22, 0);
    assert_eq!(day_mark(&m, d(10, 25), &events, now), DayMark::AllTaken);
    let a = adherence(&m, 1, now, W, |_| &events);
    assert_eq!((a.on_time, a.late, a.not_logged), (2, 0, 0));
}

#[test]
fn a_dose_taken_after_a_flight_stays_on_the_local_day() {
    // Taken at 23:30 in New York (-05:00): 04:30 the next day in UTC, but the 10th where it was taken.
    let when = at(-5, 11, 10, 23, 30);
    assert_eq!(when.date_naive(), d(11, 10));
    let slot = Slot { time: t(22, 0), units: 1.0 };
    let e = taken("x", Some(t(22, 0)), when, 1.0);
    assert!(matches!(
        slot_status(&slot, Some(&e), d(11, 10), at(-5, 11, 11, 8, 0), W),
        SlotStatus::Taken { timing: Timing::OnTime, .. }
    ));
}

#[test]
fn adherence_counts_each_kind_and_flags_differing_days() {
    let m = sertraline(); // 2 tablets at 08:00 from 15 Oct
    let now = at(1, 10, 20, 9, 0);
    let mut by_day: std::collections::BTreeMap<NaiveDate, Vec<DoseEvent>> = Default::default();
    by_day.insert(d(10, 16), vec![taken("sertraline", Some(t(8, 0)), at(1, 10, 16, 8, 10), 2.0)]);
    by_day.insert(d(10, 17), vec![taken("sertraline", Some(t(8, 0)), at(1, 10, 17, 13, 0), 2.0)]);
    by_day.insert(d(10, 18), vec![taken("sertraline", Some(t(8, 0)), at(1, 10, 18, 8, 0), 1.0)]);
    by_day.insert(
        d(10, 19),
        vec![DoseEvent {
            med: "sertraline".into(),
            slot: Some(t(8, 0)),
            status: DoseStatus::Skipped { at: at(1, 10, 19, 8, 0), reason: String::new().into() },
        }],
    );
    let empty: Vec<DoseEvent> = Vec::new();
    let events = |date: NaiveDate| by_day.get(&date).map_or(empty.as_slice(), Vec::as_slice);
    let a = adherence(&m, 7, now, W, events);
    // 14..=20 Oct: 14 and 15 not logged, 16 on time, 17 late, 18 on time (half the amount),
    // 19 skipped, 20 past its time (counted as not logged).
    assert_eq!(
        a,
        Adherence { scheduled: 7, on_time: 2, early: 0, late: 1, skipped: 1, not_logged: 3, differing_days: 1 }
    );
    // Of the four logged, three were taken; the three not logged are not counted as missed.
    assert_eq!(a.taken_percent(), Some(75));
    assert_eq!(Adherence { not_logged: 5, ..Adherence::default() }.taken_percent(), None, "nothing logged");
    let before_due = at(1, 10, 20, 7, 0);
    assert_eq!(adherence(&m, 1, before_due, W, events), Adherence::default(), "not yet due is not counted");
    assert_eq!(day_mark(&m, d(10, 19), events(d(10, 19)), now), DayMark::Skipped);
    assert_eq!(day_mark(&m, d(10, 14), events(d(10, 14)), now), DayMark::NotLogged);
    assert_eq!(day_mark(&m, d(9, 14), events(d(9, 14)), now), DayMark::NoneScheduled);
}

#[test]
fn as_needed_limits_warn_without_blocking() {
    let mut m = sertraline();
    m.changes = vec![crate::domain::medication::DoseChange {
        effective: d(10, 1),
        regimen: Regimen {
            pattern: Pattern::AsNeeded { max_per_day: Some(2), min_hours: Some(4.0) },
            doses: vec![Slot { time: t(0, 0), units: 1.0 }],
        },
        reason: String::new(),
        with_prescriber: true,
    }];
    let now = at(1, 11, 2, 12, 0);
    let today = d(11, 2);
    assert!(prn_warnings(&m, &[], now, today).is_empty());
    let one = vec![taken("sertraline", None, at(1, 11, 2, 10, 30), 1.0)];
    let w = prn_warnings(&m, &one, now, today);
    assert_eq!(w, vec!["The last one was 1 h 30 min before; your plan says at least 4 h between doses."]);
    let two = vec![one[0].clone(), taken("sertraline", None, at(1, 11, 2, 6, 0), 1.0)];
    let w = prn_warnings(&m, &two, now, today);
    assert_eq!(w[0], "This would be dose 3 today; your plan says at most 2 a day.");
    // Filled in later for that day, between the two: the nearest dose counts, and "that day".
    let w = prn_warnings(&m, &two, at(1, 11, 2, 9, 0), d(11, 5));
    assert_eq!(w[0], "This would be dose 3 that day; your plan says at most 2 a day.");
    assert_eq!(w[1], "Another was logged 1 h 30 min after; your plan says at least 4 h between doses.");
}

#[test]
fn supply_counts_down_with_doses_and_up_with_refills() {
    let mut m = sertraline(); // 2 a day from 15 Oct
    m.supply = Some(Supply {
        counted: 30.0,
        counted_on: d(11, 1),
        counted_at: None,
        warn_days: 7,
        refills: vec![Refill { date: d(11, 3), units: 28.0, at: None }],
    });
    let ev: Vec<DoseEvent> = vec![taken("sertraline", Some(t(8, 0)), at(1, 11, 2, 8, 0), 2.0)];
    let other: Vec<DoseEvent> = Vec::new();
    let events = |date: NaiveDate| if date == d(11, 2) { ev.as_slice() } else { other.as_slice() };
    let left = on_hand(&m, d(11, 5), events).expect("tracked");
    assert_eq!(left, 56.0);
    assert_eq!(run_out(&m, d(11, 5), left), Some(d(12, 3)));
    assert!(!refill_soon(&m, d(11, 5), left));
    assert!(refill_soon(&m, d(11, 5), 12.0), "6 days left is under the 7-day threshold");
    m.supply = None;
    assert_eq!(on_hand(&m, d(11, 5), events), None);
}

#[test]
fn a_count_is_what_is_on_hand_then_so_that_days_earlier_doses_are_not_taken_off_again() {
    let mut m = sertraline();
    let ev: Vec<DoseEvent> = vec![
        taken("sertraline", Some(t(8, 0)), at(1, 11, 2, 8, 0), 1.5),
        taken("sertraline", Some(t(20, 0)), at(1, 11, 2, 20, 0), 1.0),
    ];
    let events = |_: NaiveDate| ev.as_slice();
    m.supply = Some(Supply::counted_now(20.0, at(1, 11, 2, 10, 0), 7));
    assert_eq!(on_hand(&m, d(11, 2), events), Some(19.0), "only the 20:00 dose came after the count");
}

#[test]
fn today_reads_due_not_some_while_the_evening_dose_is_still_to_come() {
    let mut m = sertraline();
    m.changes[1].regimen.doses = vec![Slot { time: t(8, 0), units: 1.0 }, Slot { time: t(20, 0), units: 1.0 }];
    let events = vec![taken("sertraline", Some(t(8, 0)), at(1, 11, 27, 8, 5), 1.0)];
    assert_eq!(day_mark(&m, d(11, 27), &events, at(1, 11, 27, 12, 0)), DayMark::Upcoming);
    // Once the evening dose is past its time and not taken, the day is only partly taken.
    assert_eq!(day_mark(&m, d(11, 27), &events, at(1, 11, 27, 23, 0)), DayMark::Partly);
    assert_eq!(day_mark(&m, d(11, 27), &[], at(1, 11, 27, 7, 0)), DayMark::Upcoming);
}
