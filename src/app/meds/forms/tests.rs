//! Medication flows driven by keys, as a person would: add, take, skip, change, stop.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};

use crate::app::form::FormKind;
use crate::app::meds::doses;
use crate::app::{App, Confirm, Effect, Overlay, Tab};
use crate::domain::YearMonth;
use crate::domain::dose::{DoseStatus, SlotStatus};
use crate::domain::medication::Pattern;

fn at(h: u32, m: u32) -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("o").with_ymd_and_hms(2026, 11, 27, h, m, 0).single().expect("t")
}

fn d(day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, day).expect("date")
}

fn t(h: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, 0, 0).expect("t")
}

fn app() -> App {
    let mut app = crate::fixtures::app(d(27));
    crate::fixtures::load_month(&mut app, YearMonth::of(d(27)), Ok(Vec::new()));
    crate::fixtures::load_month(&mut app, YearMonth::of(d(1)).prev(), Ok(Vec::new()));
    app
}

use crate::app::tests::{press, press_at};

/// Clears the focused field (Ctrl-U deletes to the start of the line) and types a value.
fn set_field(app: &mut App, value: &str) {
    let f = app.form.as_mut().expect("form");
    let field = &mut f.fields[f.focus];
    field.input = ratatui_textarea::TextArea::default();
    field.input.insert_str(value);
}

/// Adds sertraline 50 mg, 1 tablet at 08:00 and 0.5 at 20:00, through the form.
fn add_sertraline(app: &mut App) {
    press(app, "3a");
    for value in ["Sertraline", "50 mg", "tablet", "daily", "08:00 1, 20:00 0.5"] {
        set_field(app, value);
        press(app, "\t");
    }
    focus(app, "With prescriber");
    set_field(app, "yes");
    let effects = press(app, "\x13");
    assert_eq!(
        effects,
        vec![Effect::Save(crate::app::FileId::Medications)],
        "form: {:?}",
        app.form.as_ref().map(|f| f.fields.iter().map(|x| x.error.clone()).collect::<Vec<_>>())
    );
}

#[test]
fn adding_a_medication_puts_its_doses_on_today() {
    let mut app = app();
    add_sertraline(&mut app);
    assert!(app.form.is_none());
    let m = &app.meds.list[0];
    assert_eq!((m.id.as_str(), m.strength, m.start), ("sertraline", 50.0, d(27)));
    let rows = doses::rows(&app, d(27), None);
    assert_eq!(rows.len(), 2);
    assert_eq!(doses::status(&app, d(27), &rows[0]), Some(SlotStatus::Late), "08:00 has passed at 09:30");
    assert_eq!(doses::status(&app, d(27), &rows[1]), Some(SlotStatus::Due));
    assert!(app.meds.list.is_dirty());
}

#[test]
fn bad_input_stays_in_the_form_with_messages_at_the_fields() {
    let mut app = app();
    add_sertraline(&mut app);
    press(&mut app, "a");
    for value in ["sertraline", "0 mg", "tablet", "every 0 days", "25:00 1", "0"] {
        set_field(&mut app, value);
        press(&mut app, "\t");
    }
    assert!(press(&mut app, "\x13").is_empty(), "nothing saved");
    let f = app.form.as_ref().expect("still open");
    let errors: Vec<Option<String>> = f.fields.iter().map(|x| x.error.clone()).collect();
    assert!(errors[0].as_deref().is_some_and(|e| e.contains("already have")), "{errors:?}");
    assert!(errors[1].as_deref().is_some_and(|e| e.contains("more than zero")));
    assert!(errors[3].is_some(), "every 0 days");
    assert!(errors[4].as_deref().is_some_and(|e| e.contains("not a time of day")));
    assert!(errors[5].as_deref().is_some_and(|e| e.contains("at least 1")), "{errors:?}");
    assert_eq!(f.focus, 0, "the first error is focused");
    assert_eq!(f.value(4), "25:00 1", "what was typed is kept");
    assert_eq!(app.meds.list.len(), 1);
    press(&mut app, "\x1b");
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::CancelForm)));
    press(&mut app, "y");
    assert!(app.form.is_none());
}

#[test]
fn take_skip_correct_and_unmark_from_today() {
    let mut app = app();
    add_sertraline(&mut app);
    press(&mut app, "1");
    let effects = press(&mut app, " ");
    assert_eq!(effects, vec![Effect::Save(crate::app::FileId::Month(YearMonth::of(d(27))))]);
    let rows = doses::rows(&app, d(27), None);
    assert!(matches!(
        doses::status(&app, d(27), &rows[0]),
        Some(SlotStatus::Taken { timing: crate::domain::dose::Timing::OnTime, .. })
    ));
    // A time later than now is refused at the field; then corrected to 08:10.
    press(&mut app, "t");
    assert!(matches!(
        app.form.as_ref().map(|f| &f.kind),
        Some(FormKind::Dose(crate::app::form::DoseForm::TakenTime { .. }))
    ));
    set_field(&mut app, "23:30");
    press(&mut app, "\n");
    let error = app.form.as_ref().and_then(|f| f.fields[0].error.clone());
    assert_eq!(error.as_deref(), Some("23:30 is later than now (09:30); a dose can be logged up to now"));
    set_field(&mut app, "08:10");
    press(&mut app, "\n");
    let ev = &app.journal.events_on(d(27))[0];
    assert_eq!(ev.taken_at().map(|a| a.format("%H:%M").to_string()), Some("08:10".into()));
    // Space again on the taken dose keeps its time and says how to change it.
    assert_eq!(press(&mut app, " "), vec![], "nothing written");
    assert_eq!(app.journal.events_on(d(27))[0].taken_at().map(|a| a.format("%H:%M").to_string()), Some("08:10".into()));
    let status = app.status.clone().expect("a message").0;
    assert!(status.contains("already taken at 08:10") && status.contains("t corrects"), "{status}");
    // Half the amount.
    press(&mut app, "a");
    set_field(&mut app, "25mg");
    press(&mut app, "\n");
    assert_eq!(app.journal.events_on(d(27))[0].taken_units(), 0.5);
    // Skip the evening dose with a reason.
    press(&mut app, "js");
    set_field(&mut app, "felt sick");
    press(&mut app, "\n");
    let skipped = app.journal.events_on(d(27)).iter().find(|e| e.slot == Some(t(20))).expect("event");
    assert_eq!(skipped.status, DoseStatus::Skipped { at: at(9, 30), reason: "felt sick".into() });
    press(&mut app, "u");
    assert_eq!(app.journal.events_on(d(27)).len(), 1);
}

#[test]
fn past_days_are_filled_in_from_meds() {
    let mut app = app();
    add_sertraline(&mut app);
    app.meds.list.edit()[0].start = d(20);
    app.meds.list.edit()[0].changes[0].effective = d(20);
    press(&mut app, "l"); // log opens on yesterday
    assert_eq!(app.meds.view.log_date, Some(d(26)));
    press(&mut app, "h ");
    let ev = &app.journal.events_on(d(25))[0];
    assert_eq!(ev.taken_at().map(|a| a.format("%d %H:%M").to_string()), Some("25 08:00".into()));
    press(&mut app, "js");
    press(&mut app, "\n");
    assert_eq!(app.journal.events_on(d(25)).len(), 2);
    press(&mut app, "\x1b");
    assert_eq!(app.meds.view.log_date, None);
}

#[test]
fn dose_changes_with_future_steps_follow_the_plan() {
    let mut app = app();
    add_sertraline(&mut app);
    press(&mut app, "+");
    set_field(&mut app, "today 08:00 1\n+7 08:00 2\n+7 08:00 2, 20:00 1");
    press(&mut app, "\t\t");
    set_field(&mut app, "planned titration");
    assert_eq!(press(&mut app, "\x13"), vec![], "the prescriber question has no answer filled in");
    let f = app.form.as_ref().expect("form");
    assert_eq!((f.focus, f.fields[3].error.as_deref()), (3, Some("yes or no: was it decided with your prescriber?")));
    set_field(&mut app, "yes");
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::Medications)]);
    let m = &app.meds.list[0];
    assert_eq!(m.changes.len(), 4, "the start stays in the history beside today's step");
    assert_eq!(m.change_on(d(27)).map(|c| c.reason.as_str()), Some("planned titration"), "today's step applies");
    assert_eq!(m.slots_on(d(27)).len(), 1);
    assert_eq!(m.slots_on(NaiveDate::from_ymd_opt(2026, 12, 4).expect("d"))[0].units, 2.0);
    assert_eq!(m.slots_on(NaiveDate::from_ymd_opt(2026, 12, 11).expect("d")).len(), 2);
    assert!(m.changes.iter().all(|c| c.with_prescriber && c.reason == "planned titration" || c.effective == d(27)));
}

#[test]
fn as_needed_doses_warn_past_the_limits_but_can_be_logged() {
    let mut app = app();
    press(&mut app, "3a");
    for value in ["Propranolol", "10 mg", "tablet", "as needed", "1", "1", "4"] {
        set_field(&mut app, value);
        press(&mut app, "\t");
    }
    focus(&mut app, "With prescriber");
    set_field(&mut app, "no");
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::Medications)]);
    assert!(!app.meds.list[0].changes[0].with_prescriber, "recorded as the person answered");
    assert!(matches!(
        app.meds.list[0].changes[0].regimen.pattern,
        Pattern::AsNeeded { max_per_day: Some(1), min_hours: Some(4.0) }
    ));
    assert_eq!(press(&mut app, " ").len(), 1, "first dose logs at once from Meds");
    assert!(press_at(&mut app, " ", at(10, 0)).is_empty());
    assert!(matches!(app.overlay, Some(Overlay::Confirm(Confirm::TakeAnyway { .. }))));
    let question = match &app.overlay {
        Some(Overlay::Confirm(c)) => c.question(),
        _ => String::new(),
    };
    assert!(question.contains("at most 1 a day") && question.contains("anyway"), "{question}");
    assert_eq!(press_at(&mut app, "y", at(10, 0)).len(), 1, "a warning, not a block");
    assert_eq!(doses::prn_taken(&app, d(27), "propranolol").len(), 2);
    // A dose change of an as-needed plan asks for the usual amount, not a time.
    press(&mut app, "+");
    let f = app.form.as_ref().expect("dose change");
    assert_eq!(f.value(0), "today 1", "no internal 00:00 shown");
    set_field(&mut app, "today 2");
    focus(&mut app, "With prescriber");
    set_field(&mut app, "yes");
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::Medications)]);
    let now = app.meds.list[0].regimen_on(d(27)).expect("plan").clone();
    assert_eq!((now.doses[0].time, now.doses[0].units), (NaiveTime::MIN, 2.0));
    assert!(now.pattern.is_prn(), "the limits stay");
}

#[test]
fn stopping_and_restarting_keep_history() {
    let mut app = app();
    add_sertraline(&mut app);
    app.meds.list.edit()[0].start = d(1);
    app.meds.list.edit()[0].changes[0].effective = d(1);
    press(&mut app, "x");
    assert!(app.form.as_ref().and_then(|f| f.note.clone()).is_some_and(|n| n.contains("withdrawal")));
    set_field(&mut app, "+0");
    press(&mut app, "\t");
    set_field(&mut app, "side effects");
    press(&mut app, "\x13");
    assert!(app.meds.list[0].is_stopped(d(27)));
    assert!(doses::rows(&app, d(27), None).is_empty());
    assert_eq!(app.tab, Tab::Meds);
    press(&mut app, "x");
    assert!(matches!(app.form.as_ref().map(|f| &f.kind), Some(FormKind::Meds(crate::app::form::MedForm::Restart(_)))));
    press(&mut app, "\x13");
    assert!(!app.meds.list[0].is_stopped(d(27)));
    assert_eq!(app.meds.list[0].pauses.len(), 1);
}

#[test]
fn a_broken_medications_file_makes_medication_read_only() {
    let mut app = app();
    add_sertraline(&mut app);
    app.meds.list.set_problem(Some("medications.ron, line 3, column 1: expected a string".into()));
    press(&mut app, "1 ");
    assert!(app.journal.events_on(d(27)).is_empty());
    assert!(app.status.as_ref().is_some_and(|s| s.0.contains("read-only")));
    press(&mut app, "3a");
    assert!(app.form.is_none());
}

/// Focuses the field with this label in the open form.
fn focus(app: &mut App, label: &str) {
    let f = app.form.as_mut().expect("form");
    f.focus = f.fields.iter().position(|x| x.label == label).expect("field");
}

fn on_hand(app: &App) -> Option<f32> {
    crate::domain::dose::on_hand(&app.meds.list[0], app.today, |d| app.journal.events_on(d))
}

#[test]
fn on_hand_is_what_you_have_now_and_editing_keeps_the_refill_history() {
    let mut app = app();
    add_sertraline(&mut app);
    press(&mut app, "1 "); // the 08:00 tablet, taken at 09:30
    press(&mut app, "3e");
    focus(&mut app, "On hand");
    set_field(&mut app, "20");
    press(&mut app, "\x13");
    assert_eq!(on_hand(&app), Some(20.0), "the dose taken before the count is not taken off again");
    press_at(&mut app, "r", at(10, 0));
    set_field(&mut app, "28");
    press_at(&mut app, "\n", at(10, 0));
    assert_eq!(on_hand(&app), Some(48.0));
    // The edit form shows what the detail shows, and a change elsewhere keeps the refills.
    press(&mut app, "e");
    focus(&mut app, "On hand");
    assert_eq!(app.form.as_ref().map(|f| f.value(f.focus)), Some("48".into()));
    focus(&mut app, "Prescribed by");
    set_field(&mut app, "Dr Okafor");
    press(&mut app, "\x13");
    let supply = app.meds.list[0].supply.clone().expect("supply");
    assert_eq!((supply.refills.len(), on_hand(&app)), (1, Some(48.0)));
    // A new count keeps the refill history too.
    press_at(&mut app, "e", at(11, 0));
    focus(&mut app, "On hand");
    set_field(&mut app, "40");
    press_at(&mut app, "\x13", at(11, 0));
    let supply = app.meds.list[0].supply.clone().expect("supply");
    assert_eq!((supply.refills.len(), supply.counted, on_hand(&app)), (1, 40.0, Some(40.0)));
}

#[test]
fn stopping_before_doses_already_logged_asks_and_lists_them() {
    let mut app = app();
    add_sertraline(&mut app);
    app.meds.list.edit()[0].start = d(1);
    app.meds.list.edit()[0].changes[0].effective = d(1);
    press(&mut app, "1 "); // today's 08:00 dose, taken at 09:30
    press(&mut app, "3x");
    set_field(&mut app, "2026-11-25");
    assert_eq!(press(&mut app, "\x13"), vec![], "nothing changes before the answer");
    let question = match &app.overlay {
        Some(Overlay::Confirm(c)) => c.question(),
        other => panic!("expected a question, got {other:?}"),
    };
    assert!(question.contains("Doses are logged on or after Wed 25 Nov: Fri 27 Nov 09:30"), "{question}");
    assert!(!app.meds.list[0].is_stopped(d(27)));
    // No goes back to the form as typed; Enter on its last field asks again.
    press(&mut app, "n");
    assert_eq!(app.form.as_ref().map(|f| f.value(0)), Some("2026-11-25".into()), "the form stays");
    press(&mut app, "\t\n");
    assert!(matches!(app.overlay, Some(Overlay::Confirm(Confirm::StopAnyway { .. }))));
    assert_eq!(press(&mut app, "y"), vec![Effect::Save(crate::app::FileId::Medications)]);
    assert!(app.form.is_none());
    assert!(app.meds.list[0].is_stopped(d(27)));
    assert_eq!(app.journal.events_on(d(27)).len(), 1, "the logged dose stays in the history");
    // And on screen: the day's rows still show it, taken, though nothing is planned now.
    let rows = doses::rows(&app, d(27), None);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(matches!(doses::status(&app, d(27), &rows[0]), Some(SlotStatus::Taken { .. })));
    let mark = crate::domain::dose::day_mark(&app.meds.list[0], d(27), app.journal.events_on(d(27)), app.now);
    assert_eq!(mark, crate::domain::dose::DayMark::AllTaken, "the calendar marks it too");
}

#[test]
fn an_as_needed_dose_on_a_past_day_asks_its_time_and_warns_as_today_does() {
    let mut app = app();
    press(&mut app, "3a");
    for value in ["Propranolol", "10 mg", "tablet", "as needed", "1", "1", "4", "2026-11-20"] {
        set_field(&mut app, value);
        press(&mut app, "\t");
    }
    focus(&mut app, "With prescriber");
    set_field(&mut app, "yes");
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::Medications)]);
    press(&mut app, "l ");
    assert!(
        matches!(app.form.as_ref().map(|f| &f.kind), Some(FormKind::Dose(crate::app::form::DoseForm::PrnTime { .. }))),
        "the time is asked"
    );
    set_field(&mut app, "14:00");
    assert_eq!(press(&mut app, "\n"), vec![Effect::Save(crate::app::FileId::Month(YearMonth::of(d(26))))]);
    let taken = doses::prn_taken(&app, d(26), "propranolol");
    assert_eq!(taken.iter().map(|t| t.format("%H:%M").to_string()).collect::<Vec<_>>(), ["14:00"]);
    press(&mut app, " ");
    set_field(&mut app, "15:00");
    assert!(press(&mut app, "\n").is_empty());
    let question = match &app.overlay {
        Some(Overlay::Confirm(c)) => c.question(),
        other => panic!("expected a warning, got {other:?}"),
    };
    assert!(question.contains("dose 2 that day") && question.contains("1 h 00 min before"), "{question}");
    press(&mut app, "y");
    let taken = doses::prn_taken(&app, d(26), "propranolol");
    assert_eq!(taken.iter().map(|t| t.format("%H:%M").to_string()).collect::<Vec<_>>(), ["14:00", "15:00"]);
}

#[test]
fn the_selection_stays_on_a_medication_that_is_stopped() {
    let mut app = app();
    add_sertraline(&mut app);
    app.meds.list.edit()[0].start = d(1);
    app.meds.list.edit()[0].changes[0].effective = d(1);
    let mut other = app.meds.list[0].clone();
    (other.id, other.name) = ("zopiclone".into(), "Zopiclone".into());
    app.meds.list.edit().push(other);
    press(&mut app, "3");
    assert_eq!(app.meds.selected(app.today).map(|m| m.id.clone()), Some("sertraline".into()));
    press(&mut app, "x\x13");
    assert!(app.meds.list[0].is_stopped(d(27)));
    assert_eq!(
        app.meds.selected(app.today).map(|m| m.id.clone()),
        Some("sertraline".into()),
        "it moved down; so did the selection"
    );
}

#[test]
fn space_on_today_with_an_unreadable_medications_file_says_so() {
    let mut app = app();
    app.meds.list.set_problem(Some("medications.ron, line 7, column 13: unexpected field".into()));
    press(&mut app, "1 ");
    let status = app.status.clone().expect("a message").0;
    assert!(status.contains("medications.ron") && !status.contains("No medication yet"), "{status}");
}
