use super::*;

pub(crate) fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).expect("date")
}

pub(crate) fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

/// Sertraline 50 mg tablets: 1 at 08:00 from 1 Oct, 2 from 15 Oct (a titration step).
pub(crate) fn sertraline() -> Medication {
    Medication {
        id: "sertraline".into(),
        name: "Sertraline".into(),
        strength: 50.0,
        unit: Unit::Mg,
        form: Form::Tablet,
        purpose: "depression".into(),
        prescriber: "Dr Okafor".into(),
        instructions: "with breakfast".into(),
        start: d(10, 1),
        changes: vec![
            DoseChange {
                effective: d(10, 1),
                regimen: Regimen { pattern: Pattern::Daily, doses: vec![Slot { time: t(8, 0), units: 1.0 }] },
                reason: "starting".into(),
                with_prescriber: true,
            },
            DoseChange {
                effective: d(10, 15),
                regimen: Regimen { pattern: Pattern::Daily, doses: vec![Slot { time: t(8, 0), units: 2.0 }] },
                reason: "planned increase".into(),
                with_prescriber: true,
            },
        ],
        pauses: Vec::new(),
        supply: None,
    }
}

#[test]
fn the_change_in_force_follows_the_calendar() {
    let m = sertraline();
    assert!(m.slots_on(d(9, 30)).is_empty(), "before the start");
    assert_eq!(m.slots_on(d(10, 14)), vec![Slot { time: t(8, 0), units: 1.0 }]);
    assert_eq!(m.slots_on(d(10, 15))[0].units, 2.0, "a change effective mid-schedule");
    assert_eq!(m.dose_label(2.0), "100 mg (2 tablets)");
    assert_eq!(m.regimen_label(m.regimen_on(d(11, 1)).expect("regimen")), "08:00 100 mg every day");
}

#[test]
fn weekdays_every_n_days_and_as_needed() {
    let mut m = sertraline();
    m.changes.truncate(1);
    m.changes[0].regimen.pattern = Pattern::Weekdays(vec![Weekday::Mon, Weekday::Thu]);
    // 2026-10-05 is a Monday.
    assert_eq!(m.slots_on(d(10, 5)).len(), 1);
    assert!(m.slots_on(d(10, 6)).is_empty());
    assert_eq!(m.slots_on(d(10, 8)).len(), 1);
    m.changes[0].regimen.pattern = Pattern::EveryNDays(3);
    let on: Vec<u32> = (1..=10).filter(|day| !m.slots_on(d(10, *day)).is_empty()).collect();
    assert_eq!(on, vec![1, 4, 7, 10]);
    m.changes[0].regimen.pattern = Pattern::AsNeeded { max_per_day: Some(3), min_hours: Some(4.0) };
    assert!(m.slots_on(d(10, 5)).is_empty());
    assert!(m.is_prn_on(d(10, 5)));
    assert_eq!(m.daily_units_on(d(10, 5)), None);
    assert_eq!(m.regimen_label(&m.changes[0].regimen), "50 mg as needed, at most 3 a day, 4 h apart");
}

#[test]
fn stops_and_restarts_keep_history() {
    let mut m = sertraline();
    m.pauses.push(Pause {
        stopped: d(11, 1),
        reason: "nausea".into(),
        restarted: Some(d(11, 10)),
        restart_reason: String::new(),
    });
    assert!(m.slots_on(d(11, 5)).is_empty());
    assert_eq!(m.slots_on(d(11, 10)).len(), 1);
    assert!(!m.is_stopped(d(11, 20)));
    m.pauses.push(Pause { stopped: d(11, 20), reason: String::new(), restarted: None, restart_reason: String::new() });
    assert!(m.is_stopped(d(11, 21)));
    assert!(!m.is_active_on(d(11, 25)));
    assert_eq!(m.changes.len(), 2, "history is kept");
}

#[test]
fn daily_units_and_slugs() {
    let mut m = sertraline();
    assert_eq!(m.daily_units_on(d(11, 1)), Some(2.0));
    m.changes[1].regimen.pattern = Pattern::Weekdays(vec![Weekday::Mon]);
    assert!((m.daily_units_on(d(11, 1)).expect("units") - 2.0 / 7.0).abs() < 1e-6);
    assert_eq!(slug("Sertraline HCl (Zoloft)", &[]), "sertraline-hcl-zoloft");
    assert_eq!(slug("Sertraline", &["sertraline"]), "sertraline-2");
    assert_eq!(slug("  !!  ", &[]), "medication");
    assert_eq!(fmt_num(0.5), "0.5");
    assert_eq!(fmt_num(12.0), "12");
    assert_eq!(Form::Liquid.count_label(5.0), "5 ml");
    assert_eq!(Form::Capsule.count_label(1.0), "1 capsule");
    assert_eq!(Unit::parse("µg"), Some(Unit::Mcg));
    assert_eq!(Form::parse("Tablets"), Some(Form::Tablet));
}

#[test]
fn a_stop_or_restart_date_keeps_the_history_in_order() {
    let mut m = sertraline();
    let today = d(11, 27);
    assert!(m.check_stop_date(d(11, 20), today, false).is_ok());
    assert!(
        m.check_stop_date(m.start.pred_opt().expect("d"), today, false)
            .expect_err("refused")
            .contains("before it started")
    );
    assert_eq!(m.check_stop_date(d(11, 28), today, false), Err("that date is still ahead".into()));
    m.pauses.push(Pause { stopped: d(11, 10), reason: String::new(), restarted: None, restart_reason: String::new() });
    assert!(m.check_stop_date(d(11, 9), today, true).expect_err("refused").contains("before it was stopped"));
    assert!(m.check_stop_date(d(11, 12), today, true).is_ok());
    m.pauses[0].restarted = Some(d(11, 15));
    assert_eq!(m.check_stop_date(d(11, 14), today, false), Err("that is before the last restart".into()));
}
