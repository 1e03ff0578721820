//! Drafts: what is kept of unsaved input, and how it comes back (only after a yes).

use chrono::{Duration, NaiveDate};

use crate::app::tests::{now, press};
use crate::app::{Action, App, Confirm, Effect, MonthStatus, Overlay, update};
use crate::domain::YearMonth;
use crate::domain::draft::Drafts;

fn new_app() -> App {
    let mut app = crate::fixtures::app(now().date_naive());
    let ym = YearMonth::of(app.today);
    crate::fixtures::load_month(&mut app, ym, Ok(Vec::new()));
    app
}

fn today() -> NaiveDate {
    now().date_naive()
}

#[test]
fn a_note_being_typed_is_a_draft_and_comes_back_only_after_yes() {
    let mut app = new_app();
    assert!(app.drafts().is_empty(), "nothing typed, nothing kept");
    press(&mut app, "nfelt calmer after the walk");
    let drafts = app.drafts();
    assert_eq!(drafts.note.as_ref().map(|n| n.text.as_str()), Some("felt calmer after the walk"));

    let mut next = new_app();
    next.offer_drafts(drafts.clone());
    assert!(next.drafts_on_offer());
    assert!(matches!(next.overlay, Some(Overlay::Confirm(Confirm::RestoreDrafts(ref w))) if w.contains("a note")));
    assert!(next.journal.editor.is_none(), "nothing is opened before the answer");
    press(&mut next, "\x1b");
    assert!(next.drafts_on_offer(), "Esc does not throw a draft away");
    press(&mut next, "y");
    assert!(!next.drafts_on_offer());
    assert_eq!(next.journal.editor.as_ref().map(|e| e.text()), Some("felt calmer after the walk".into()));
    assert!(next.drafts().note.is_some(), "still a draft, kept on disk until it is saved");
    assert!(next.journal.days.day(today()).is_none(), "a restored draft is not saved until the person saves it");
    let effects = press(&mut next, "\x13");
    assert_eq!(effects, vec![Effect::Save(crate::app::FileId::Month(YearMonth::of(today())))]);
    assert_eq!(&*next.journal.days.day(today()).expect("day").notes[0].text, "felt calmer after the walk");

    let mut other = new_app();
    other.offer_drafts(drafts);
    press(&mut other, "n");
    assert!(!other.drafts_on_offer() && other.journal.editor.is_none());
    assert!(other.drafts().is_empty(), "discarded drafts are gone, so the file is removed");
}

#[test]
fn check_in_answers_come_back_at_the_question_they_were_on_with_what_was_typed() {
    let mut app = new_app();
    press(&mut app, "c6\n3\n7");
    let drafts = app.drafts();
    let c = drafts.check_in.as_ref().expect("check-in draft");
    assert_eq!((c.answers.mood, c.answers.anxiety, c.step, c.typing.as_str()), (Some(6), Some(3), 2, "7"));
    let mut next = new_app();
    next.offer_drafts(drafts);
    press(&mut next, "y");
    let w = next.checkin.wizard.as_ref().expect("wizard");
    assert_eq!((w.answers.mood, w.answers.anxiety, w.index, w.input_text()), (Some(6), Some(3), 2, "7".into()));
    press(&mut next, "\x13");
    let ci = next.journal.days.day(today()).and_then(|d| d.check_in.clone()).expect("saved");
    assert_eq!((ci.mood, ci.anxiety, ci.energy), (Some(6), Some(3), Some(7)));
}

#[test]
fn a_running_practice_is_kept_and_restored_into_its_day() {
    let mut app = new_app();
    app.tab = crate::app::Tab::Skills;
    crate::app::skills::start(&mut app, "box-breathing", "6").expect("start");
    update(&mut app, Action::Tick(90_000), now());
    let drafts = app.drafts();
    assert_eq!(drafts.practices.len(), 1);
    assert_eq!((drafts.practices[0].seconds, drafts.practices[0].before), (90, Some(6)));
    let mut next = new_app();
    next.offer_drafts(drafts);
    let effects = press(&mut next, "y");
    assert_eq!(effects, vec![Effect::Save(crate::app::FileId::Month(YearMonth::of(today())))]);
    assert_eq!(next.journal.days.day(today()).expect("day").practices.len(), 1);
}

#[test]
fn a_practice_whose_month_cannot_be_written_is_kept_and_quitting_warns() {
    let mut app = new_app();
    app.journal.months.insert(YearMonth::of(today()), MonthStatus::Failed("newer version".into()));
    let card = "box-breathing".to_string();
    let started = now() - Duration::minutes(5);
    let effects =
        crate::app::skills::save_practice(&mut app, card, Some(7), "4", started, 300, Vec::new()).expect("valid");
    assert!(effects.is_empty(), "nothing is written to a read-only month");
    assert_eq!(app.skills.unsaved_practices.len(), 1, "the practice is kept, not dropped");
    assert_eq!(app.drafts().practices.len(), 1, "and it is in the drafts");
    let effects = press(&mut app, "q");
    assert!(effects.is_empty());
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::QuitKeepingPractices)), "quitting warns first");
    let effects = press(&mut app, "y");
    assert_eq!(effects, vec![Effect::Quit]);
    assert_eq!(app.drafts().practices.len(), 1, "the practice stays in drafts after quitting");
}

#[test]
fn quitting_without_saving_drops_typed_text_from_the_drafts() {
    let mut app = new_app();
    press(&mut app, "nsomething");
    update(&mut app, Action::Quit, now());
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::Quit)));
    press(&mut app, "y");
    assert_eq!(app.drafts(), Drafts::default(), "the person chose to drop it");
}

#[test]
fn a_form_draft_keeps_every_field_and_what_it_was_for() {
    let mut app = new_app();
    press(&mut app, "3a");
    assert!(app.form.is_some(), "the new-medication form");
    press(&mut app, "Sertraline");
    let drafts = app.drafts();
    let f = drafts.form.clone().expect("form draft");
    let mut next = new_app();
    next.offer_drafts(drafts);
    press(&mut next, "y");
    let form = next.form.as_ref().expect("form");
    assert_eq!(form.to_draft(), f, "the form is as it was");
    assert!(form.has_changes(), "still counts as changed, so Esc asks first");
}

#[test]
fn in_a_read_only_folder_quitting_says_plainly_that_a_practice_is_lost() {
    let mut app = new_app();
    app.setup.read_only = Some("/data cannot be written".into());
    let started = now() - Duration::minutes(5);
    let card = "box-breathing".to_string();
    crate::app::skills::save_practice(&mut app, card, Some(7), "3", started, 300, Vec::new()).expect("valid");
    assert!(app.status.as_ref().is_some_and(|s| s.0.contains("kept only until you quit")), "{:?}", app.status);
    press(&mut app, "q");
    let question = match &app.overlay {
        Some(Overlay::Confirm(c)) => c.question(),
        other => panic!("{other:?}"),
    };
    assert!(question.contains("cannot be kept") && question.contains("lose it"), "{question}");
}
