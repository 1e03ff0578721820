use super::*;
use chrono::TimeZone;
use ratatui_textarea::{Input, Key};

fn key(c: char) -> Input {
    Input { key: Key::Char(c), ..Input::default() }
}
fn type_str(w: &mut Wizard, s: &str) {
    for c in s.chars() {
        w.type_key(key(c));
    }
}
fn wizard() -> Wizard {
    let date = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    Wizard::new(date, &["low mood".to_string(), "worry".to_string()], None)
}
fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(0).expect("offset").with_ymd_and_hms(2026, 11, 27, 9, 0, 0).single().expect("t")
}

#[test]
fn mood_first_then_numbers_skips_and_summary() {
    let mut w = wizard();
    assert_eq!(w.step(), Step::Mood);
    type_str(&mut w, "6");
    w.enter();
    assert_eq!(w.answers.mood, Some(6));
    w.enter(); // skip anxiety
    assert_eq!(w.step(), Step::Energy);
    assert_eq!(w.answers.anxiety, None);
    type_str(&mut w, "11");
    w.enter();
    assert_eq!(w.step(), Step::Energy, "out of range stays");
    assert!(w.error.as_deref().is_some_and(|e| e.contains("above 10")));
    w.back();
    w.back();
    type_str(&mut w, "4");
    w.enter();
    type_str(&mut w, "7.5");
    w.enter();
    w.adjust(1); // empty quality → middle
    w.adjust(1);
    w.enter();
    assert_eq!(w.answers.sleep_quality, Some(6));
    type_str(&mut w, "m");
    w.enter();
    w.adjust(1);
    w.adjust(1);
    w.enter();
    assert_eq!(w.answers.symptoms, vec![Some(Severity::Mild), Some(Severity::Mild)]);
    type_str(&mut w, "Work, walk");
    w.enter();
    type_str(&mut w, "line one");
    w.enter();
    type_str(&mut w, "line two");
    assert_eq!(w.step(), Step::Note);
    w.enter();
    w.enter();
    assert_eq!(w.step(), Step::Summary);
    let ci = w.finish(now()).expect("valid");
    assert_eq!(ci.mood, Some(6));
    assert_eq!(ci.energy, Some(4));
    assert_eq!(ci.sleep_hours, Some(7.5));
    assert_eq!(ci.tags.iter().map(|t| &**t).collect::<Vec<_>>(), ["work", "walk"]);
    assert_eq!(ci.note, "line one\nline two".into());
    assert_eq!(ci.symptoms.len(), 2);
    assert_eq!(w.enter(), Outcome::Save);
}

#[test]
fn backspace_on_empty_goes_back_keeping_answers() {
    let mut w = wizard();
    type_str(&mut w, "3");
    w.enter();
    assert_eq!(w.step(), Step::Anxiety);
    w.back();
    assert_eq!(w.step(), Step::Mood);
    assert_eq!(w.input_text(), "3");
    assert!(w.has_changes());
}

#[test]
fn finish_from_any_step_keeps_the_typed_answer_or_reports_it() {
    let mut w = wizard();
    type_str(&mut w, "8");
    assert_eq!(w.finish(now()).map(|c| c.mood), Ok(Some(8)));
    let mut w = wizard();
    type_str(&mut w, "x");
    assert!(w.finish(now()).is_err());
    assert!(w.error.is_some());
}

#[test]
fn editing_prefills_and_keeps_unknown_symptoms() {
    let mut ci = CheckIn::empty(now());
    ci.mood = Some(2);
    ci.symptoms = vec![SymptomRating { name: "nausea".into(), severity: Severity::Severe }];
    let date = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let w = Wizard::new(date, &["worry".to_string()], Some(&ci));
    assert!(w.editing);
    assert_eq!(w.input_text(), "2");
    assert_eq!(w.symptom_names, vec!["worry", "nausea"]);
    assert_eq!(w.answers.symptoms, vec![None, Some(Severity::Severe)]);
    assert!(!w.has_changes());
}

#[test]
fn a_digit_typed_after_the_arrows_replaces_the_value() {
    let mut w = wizard();
    type_str(&mut w, "8");
    w.adjust(1);
    assert_eq!(w.input_text(), "9");
    type_str(&mut w, "3");
    assert_eq!(w.input_text(), "3", "not 93");
    w.adjust(-1);
    w.adjust(-1);
    assert_eq!(w.input_text(), "1", "the arrows still step from the value");
}
