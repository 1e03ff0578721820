//! Side effects driven by keys: logged from anywhere, re-rated, resolved, reopened, and
//! re-rated in the check-in with one key each.

use chrono::{NaiveDate, NaiveTime};
use ratatui_textarea::TextArea;

use crate::app::{App, Effect, Tab};
use crate::domain::YearMonth;
use crate::domain::medication::{DoseChange, Pattern, Regimen, Slot};
use crate::domain::side_effect::{EffectToday, describe_onset};

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).expect("date")
}

fn app() -> App {
    let mut app = crate::fixtures::app(d(11, 27));
    crate::fixtures::load_month(&mut app, YearMonth::of(d(11, 1)), Ok(Vec::new()));
    let regimen = |units| Regimen { pattern: Pattern::Daily, doses: vec![Slot { time: NaiveTime::MIN, units }] };
    app.meds.list.edit().push(crate::fixtures::medication(
        "Sertraline",
        50.0,
        d(11, 1),
        vec![
            DoseChange { effective: d(11, 1), regimen: regimen(1.0), reason: String::new(), with_prescriber: true },
            DoseChange { effective: d(11, 15), regimen: regimen(2.0), reason: String::new(), with_prescriber: true },
        ],
    ));
    app
}

use crate::app::tests::press;

/// Replaces the focused field's text, as typing over a selected suggestion does.
fn fill(app: &mut App, values: &[&str]) {
    for v in values {
        let f = app.form.as_mut().expect("form");
        let i = f.focus;
        f.fields[i].input = TextArea::new(vec![(*v).to_string()]);
        press(app, "\t");
    }
}

#[test]
fn log_from_today_with_e_and_read_the_onset_against_the_dose() {
    let mut app = app();
    press(&mut app, "E");
    let f = app.form.as_ref().expect("log form");
    assert_eq!(f.value(1), "sertraline", "the one active medication is suggested");
    fill(&mut app, &["Nausea", "sertraline", "2026-11-18", "2", "2", "1", "worse after breakfast"]);
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::SideEffects)]);
    let e = &app.effects.list[0];
    assert_eq!((e.id.as_str(), e.name.as_str(), e.onset), ("nausea", "nausea", d(11, 18)));
    assert_eq!(e.ratings[0].in_the_way, 1);
    assert_eq!(describe_onset(e, &app.meds.list[0]), "began 3 days after the increase to 100 mg");
}

#[test]
fn bad_input_is_shown_at_each_field_and_nothing_is_saved() {
    let mut app = app();
    press(&mut app, "E");
    fill(&mut app, &["", "aspirin", "2026-12-01", "4", "x", ""]);
    assert!(press(&mut app, "\x13").is_empty());
    let f = app.form.as_ref().expect("still open");
    let errors: Vec<Option<String>> = f.fields.iter().map(|x| x.error.clone()).collect();
    assert!(errors[0].is_some(), "empty name");
    assert!(errors[1].as_deref().is_some_and(|e| e.contains("aspirin")), "{errors:?}");
    assert!(errors[2].as_deref().is_some_and(|e| e.contains("ahead")), "future onset");
    assert!(errors[3].as_deref().is_some_and(|e| e.contains("0 to 3")), "{errors:?}");
    assert!(errors[4].is_some() && errors[5].is_some());
    assert_eq!(f.value(1), "aspirin", "typed text is kept");
    assert!(app.effects.list.is_empty());
}

#[test]
fn the_selection_follows_a_list_that_shrank_under_it() {
    let mut app = app();
    for name in ["headache", "nausea"] {
        press(&mut app, "E");
        fill(&mut app, &[name, "not sure", "-5", "2", "2", "2"]);
        press(&mut app, "\x13");
    }
    press(&mut app, "4");
    app.effects.view.selected = 5; // past the end, as after a filter hides rows
    let shown = app.effects.in_order().last().map(|i| app.effects.list[*i].name.clone());
    assert_eq!(app.effects.selected().map(|e| e.name.clone()), shown);
    press(&mut app, "r");
    assert!(app.form.is_some(), "r re-rates the one the screen shows as selected");
}

#[test]
fn re_rate_resolve_and_reopen_from_the_side_effects_tab() {
    let mut app = app();
    press(&mut app, "E");
    fill(&mut app, &["headache", "not sure", "-5", "2", "2", "2"]);
    press(&mut app, "\x13");
    assert!(app.effects.list[0].meds.is_empty(), "not sure");
    press(&mut app, "4");
    assert_eq!(app.tab, Tab::Effects);
    press(&mut app, "r");
    fill(&mut app, &["1", "1", "0"]);
    press(&mut app, "\x13");
    assert_eq!(app.effects.list[0].ratings.len(), 2);
    assert_eq!(app.effects.list[0].latest().map(|r| r.level()), Some(1));
    // Gone before it began is refused; then gone today.
    press(&mut app, "x");
    fill(&mut app, &["2026-11-01"]);
    press(&mut app, "\x13");
    assert!(
        app.form.as_ref().is_some_and(|f| f.fields[0].error.as_deref().is_some_and(|e| e.contains("before it began")))
    );
    fill(&mut app, &["today"]);
    press(&mut app, "\x13");
    assert_eq!(app.effects.list[0].resolved_on(), Some(d(11, 27)));
    press(&mut app, "x\x13");
    assert!(app.effects.list[0].is_ongoing(), "back again");
}

#[test]
fn the_check_in_re_rates_ongoing_side_effects_with_one_key_each() {
    let mut app = app();
    for name in ["nausea", "headache"] {
        press(&mut app, "E");
        fill(&mut app, &[name, "sertraline", "-3", "2", "2", "2"]);
        press(&mut app, "\x13");
    }
    press(&mut app, "1c");
    // Mood, anxiety, energy, sleep, quality, four symptoms: skipped with Enter.
    press(&mut app, "\n\n\n\n\n\n\n\n\n");
    let w = app.checkin.wizard.as_ref().expect("wizard");
    assert_eq!(w.question(), "How are your side effects today?");
    assert_eq!(w.effects.len(), 2);
    // The same key again takes an answer back: g, g on headache leaves it unanswered.
    press(&mut app, "j");
    press(&mut app, "gg");
    assert_eq!(app.checkin.wizard.as_ref().map(|w| w.effects[1].answer), Some(None));
    press(&mut app, "k");
    press(&mut app, "bg");
    let effects = press(&mut app, "\x13");
    assert!(effects.contains(&Effect::Save(crate::app::FileId::SideEffects)), "{effects:?}");
    let nausea = app.effects.list.iter().find(|e| e.name == "nausea").expect("nausea");
    assert_eq!(nausea.latest().map(|r| (r.date, r.level())), Some((d(11, 27), 1)), "a step milder today");
    let headache = app.effects.list.iter().find(|e| e.name == "headache").expect("headache");
    assert_eq!(headache.resolved_on(), Some(d(11, 27)));
    // Editing the check-in: an answer recorded before cannot be taken back here, and it says so.
    press(&mut app, "c\n\n\n\n\n\n\n\n\n");
    press(&mut app, "j");
    press(&mut app, "g");
    assert_eq!(app.checkin.wizard.as_ref().map(|w| w.effects[1].answer), Some(Some(EffectToday::Gone)));
    let status = app.status.clone().expect("a message").0;
    assert!(status.contains("Already recorded") && status.contains("(4)"), "{status}");
    // A new answer over a recorded one: the same key again goes back to the recorded one.
    press(&mut app, "k");
    press(&mut app, "w");
    press(&mut app, "k");
    press(&mut app, "w");
    let w = app.checkin.wizard.as_ref().expect("wizard");
    assert_eq!(w.effects[0].answer, w.effects[0].was, "back to what was recorded");
    assert!(w.effects[0].was.is_some());
}

#[test]
fn a_new_side_effect_can_be_logged_from_the_check_in() {
    let mut app = app();
    press(&mut app, "c\n\n\n\n\n\n\n\n\n");
    press(&mut app, "a");
    assert!(app.form.is_some() && app.checkin.wizard.is_some(), "the form opens over the check-in");
    fill(&mut app, &["dry mouth", "sertraline", "today", "1", "1", "0"]);
    press(&mut app, "\x13");
    assert!(app.form.is_none() && app.checkin.wizard.is_some());
    assert_eq!(app.effects.list.len(), 1);
}

#[test]
fn an_unreadable_side_effects_file_stays_read_only_from_the_check_in_too() {
    let mut app = app();
    app.effects.list.set_problem(Some("side_effects.ron, line 1: expected a list".into()));
    press(&mut app, "c\n\n\n\n\n\n\n\n\n");
    press(&mut app, "a");
    assert!(app.form.is_none(), "no form that could replace the unreadable file");
    let status = app.status.as_ref().map(|(s, _)| s.as_str()).unwrap_or("");
    assert!(status.contains("read-only until side_effects.ron is fixed"), "{status}");
    press(&mut app, "E");
    assert!(app.form.is_none());
}

#[test]
fn a_number_picks_from_the_common_list() {
    let mut app = app();
    press(&mut app, "E");
    assert!(
        app.form.as_ref().and_then(|f| f.note.clone()).is_some_and(|n| n.contains("1 nausea") && n.contains("NHS"))
    );
    fill(&mut app, &["3", "not sure", "today", "1", "1", "1"]);
    press(&mut app, "\x13");
    assert_eq!(app.effects.list[0].name, "dizziness");
    press(&mut app, "E");
    fill(&mut app, &["99", "not sure", "today", "1", "1", "1"]);
    assert!(press(&mut app, "\x13").is_empty());
    assert!(app.form.as_ref().is_some_and(|f| f.fields[0].error.as_deref().is_some_and(|e| e.contains("1 to 14"))));
}

#[test]
fn the_safety_plan_is_written_from_the_crisis_screen_and_shown_there() {
    let mut app = app();
    press(&mut app, "!p");
    let f = app.form.as_ref().expect("plan form");
    assert_eq!(f.fields.len(), 7);
    fill(&mut app, &["not sleeping, skipping meals", "a cold shower\nbox breathing", "", "Sam 07700 900123"]);
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::SafetyPlan)]);
    assert_eq!(app.plan.on_my_own, "a cold shower\nbox breathing");
    assert_eq!(app.plan.people_to_ask, "Sam 07700 900123");
    assert!(app.plan.is_dirty());
    app.plan.set_problem(Some("safety_plan.ron, line 2: expected a string".into()));
    press(&mut app, "!p");
    assert!(app.form.is_none(), "read-only while the file cannot be read");
}

#[test]
fn a_check_in_answer_keeps_the_note_of_a_rating_made_that_day_and_an_edit_shows_it() {
    let mut app = app();
    press(&mut app, "E");
    fill(&mut app, &["nausea", "sertraline", "-3", "2", "2", "2"]);
    press(&mut app, "\x13");
    press(&mut app, "4r");
    fill(&mut app, &["2", "2", "1", "worse after lunch"]);
    press(&mut app, "\x13");
    assert_eq!(app.effects.list[0].latest().map(|r| r.note.as_str()), Some("worse after lunch"));
    // The check-in, "same" for nausea, twice: the note stays and nothing compounds.
    for _ in 0..2 {
        press(&mut app, "1c\n\n\n\n\n\n\n\n\n");
        press(&mut app, "s\x13");
    }
    let r = app.effects.list[0].latest().cloned().expect("rating");
    assert_eq!((r.note.as_str(), r.often, r.strong, r.in_the_way), ("worse after lunch", 2, 2, 2));
    // Worse, then the same check-in edited: it shows "worse" and stays one step up.
    press(&mut app, "c\n\n\n\n\n\n\n\n\nw\x13");
    press(&mut app, "c\n\n\n\n\n\n\n\n\n");
    assert_eq!(app.checkin.wizard.as_ref().map(|w| w.effects[0].answer), Some(Some(EffectToday::Worse)));
    press(&mut app, "w");
    assert_eq!(
        app.checkin.wizard.as_ref().map(|w| w.effects[0].answer),
        Some(Some(EffectToday::Worse)),
        "the same key does not clear an answer recorded before"
    );
    press(&mut app, "\x13");
    let r = app.effects.list[0].latest().cloned().expect("rating");
    assert_eq!((r.often, r.strong, r.in_the_way), (3, 3, 3));
    assert_eq!(app.effects.list[0].ratings.len(), 2, "one rating a day");
}
