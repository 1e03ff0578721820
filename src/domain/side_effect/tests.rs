use super::*;
use crate::domain::medication::Pause;
use crate::domain::medication::tests::{d, sertraline};

fn nausea(onset: NaiveDate) -> SideEffect {
    SideEffect {
        id: "nausea".into(),
        name: "nausea".into(),
        meds: vec!["sertraline".into()],
        onset,
        ratings: vec![Rating { date: onset, often: 2, strong: 2, in_the_way: 2, note: String::new() }],
        changes: Vec::new(),
    }
}

#[test]
fn onset_is_read_against_the_dose_timeline() {
    let m = sertraline(); // 50 mg from 1 Oct, 100 mg from 15 Oct
    assert_eq!(describe_onset(&nausea(d(10, 18)), &m), "began 3 days after the increase to 100 mg");
    assert_eq!(describe_onset(&nausea(d(10, 1)), &m), "began the day of starting Sertraline (50 mg)");
    assert_eq!(describe_onset(&nausea(d(10, 2)), &m), "began 1 day after starting Sertraline (50 mg)");
    assert_eq!(describe_onset(&nausea(d(9, 27)), &m), "noted 4 days before Sertraline started (a baseline)");
    let o = onset_for(&nausea(d(10, 18)), &m);
    assert_eq!((o.event, o.days, o.dose.as_deref()), (Event::Increase, 3, Some("100 mg")));
    let mut m2 = m.clone();
    m2.changes[1].regimen.doses[0].units = 0.5;
    assert_eq!(describe_onset(&nausea(d(10, 16)), &m2), "began 1 day after the decrease to 25 mg");
    m2.pauses.push(Pause {
        stopped: d(10, 20),
        reason: String::new(),
        restarted: Some(d(10, 25)),
        restart_reason: String::new(),
    });
    assert_eq!(describe_onset(&nausea(d(10, 26)), &m2), "began 1 day after restarting Sertraline (25 mg)");
}

#[test]
fn ratings_resolution_and_reopening_over_time() {
    let mut e = nausea(d(10, 18));
    e.ratings.push(Rating { date: d(10, 25), often: 1, strong: 1, in_the_way: 0, note: "milder".into() });
    e.changes.push(StatusChange { date: d(10, 30), resolved: true });
    assert!(!e.is_ongoing());
    assert_eq!(e.resolved_on(), Some(d(10, 30)));
    assert_eq!(e.duration_days(d(11, 27)), 12);
    assert_eq!(e.rating_on(d(10, 20)).map(Rating::level), Some(2));
    assert_eq!(e.rating_on(d(10, 26)).map(Rating::level), Some(1));
    assert!(e.rating_on(d(11, 2)).is_none(), "resolved");
    assert!(e.rating_on(d(10, 17)).is_none(), "before onset");
    e.changes.push(StatusChange { date: d(11, 5), resolved: false });
    assert!(e.is_ongoing() && e.present_on(d(11, 6)) && !e.present_on(d(11, 1)));
    assert!(!worth_raising(&e), "the latest rating does not get in the way");
}

#[test]
fn baseline_summary_and_median() {
    let m = sertraline();
    assert!(nausea(d(9, 20)).is_baseline(std::slice::from_ref(&m)));
    assert!(!nausea(d(10, 20)).is_baseline(std::slice::from_ref(&m)));
    let mut unsure = nausea(d(9, 20));
    unsure.meds.clear();
    assert!(!unsure.is_baseline(std::slice::from_ref(&m)), "not sure is never a baseline");
    let mut a = nausea(d(10, 1));
    a.changes.push(StatusChange { date: d(10, 11), resolved: true });
    let mut b = nausea(d(10, 1));
    b.name = "headache".into();
    b.changes.push(StatusChange { date: d(10, 15), resolved: true });
    let mut c = nausea(d(11, 1));
    c.name = "dry mouth".into();
    c.ratings[0].in_the_way = 3;
    let s = summary(&[a, b, c.clone(), nausea(d(11, 20))]);
    assert_eq!(s.ongoing, 2);
    assert_eq!(s.most_in_the_way, Some(("dry mouth".into(), 3)));
    assert_eq!(s.median_resolved_days, Some(12.0));
    assert!(worth_raising(&c));
    assert_eq!(summary(&[]).median_resolved_days, None);
}

#[test]
fn facts_cite_only_sources_that_still_exist() {
    for (fact, source) in super::FACTS {
        assert!(!source.is_empty(), "{fact} has no source");
        assert!(
            !source.contains("NPS") && !source.contains("MedicineWise"),
            "NPS MedicineWise closed in 2022: {source}"
        );
    }
    assert_eq!(super::FACTS[0].1, "NHS and Mind leaflets");
}
