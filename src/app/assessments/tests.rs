use super::*;
use crate::app::tests::press;
use crate::domain::assessment::Scale;

fn app() -> App {
    let mut app = crate::fixtures::app(crate::app::tests::now().date_naive());
    let now = app.now;
    crate::app::update(&mut app, Action::Loaded(crate::app::Loaded::Assessments(Ok(Default::default()))), now);
    app
}

#[test]
fn tab_six_starts_a_phq9_with_p_and_digits_answer_it_to_a_saved_result() {
    let mut app = app();
    press(&mut app, "6P");
    assert_eq!(app.tab, Tab::Progress);
    assert_eq!(app.assessments.run.as_ref().map(|q| q.scale), Some(Scale::Phq9));
    assert!(press(&mut app, "12101210").is_empty(), "the digits answer, they do not switch tabs");
    assert_eq!(app.tab, Tab::Progress);
    let effects = press(&mut app, "02");
    assert_eq!(effects, [Effect::Save(FileId::Assessments)]);
    let saved = &app.assessments.data.list;
    assert_eq!(saved.len(), 1);
    assert_eq!((saved[0].total(), saved[0].difficulty), (8, Some(2)));
    assert_eq!(app.assessments.run.as_ref().map(|q| q.step), Some(Step::Done));
    press(&mut app, "\n");
    assert!(app.assessments.run.is_none(), "Enter closes the result");
}

#[test]
fn item_nine_above_zero_opens_the_crisis_lines_before_the_score_and_the_rest_goes_on() {
    let mut app = app();
    press(&mut app, "6P00000000");
    assert!(app.overlay.is_none());
    assert!(press(&mut app, "1").is_empty(), "nothing is saved yet");
    assert!(matches!(app.overlay, Some(Overlay::Crisis { .. })), "the crisis lines, at once");
    assert!(app.assessments.data.list.is_empty(), "no score before the person has seen them");
    press(&mut app, "\x1b");
    assert!(app.overlay.is_none());
    assert_eq!(app.assessments.run.as_ref().map(|q| q.step), Some(Step::Difficulty));
    press(&mut app, "\n");
    assert_eq!(app.assessments.data.list.len(), 1, "the unscored question can be left");
}

#[test]
fn back_keeps_answers_esc_asks_before_losing_them_and_a_draft_keeps_them() {
    let mut app = app();
    press(&mut app, "6G23\x08");
    let q = app.assessments.run.as_ref().expect("open");
    assert_eq!((q.step, q.current_answer()), (Step::Item(1), Some(3)));
    assert!(app.has_unsaved_input());
    assert_eq!(app.drafts().questionnaire.as_ref().map(|q| q.answers[..2].to_vec()), Some(vec![Some(2), Some(3)]));
    press(&mut app, "\x1b");
    assert_eq!(app.overlay, Some(Overlay::Confirm(Confirm::CancelQuestionnaire)));
    press(&mut app, "n");
    assert!(app.assessments.run.is_some(), "no keeps it open");
    press(&mut app, "\x1by");
    assert!(app.assessments.run.is_none());
    // Nothing answered: Esc just leaves.
    press(&mut app, "G\x1b");
    assert!(app.assessments.run.is_none() && app.overlay.is_none());
}

#[test]
fn an_unreadable_assessments_file_is_never_written_and_the_person_is_told() {
    let mut app = crate::fixtures::app(crate::app::tests::now().date_naive());
    let now = app.now;
    let bad = Err("assessments.ron, line 2, column 5: expected `(`".to_string());
    crate::app::update(&mut app, Action::Loaded(crate::app::Loaded::Assessments(bad)), now);
    assert!(app.problems.iter().any(|p| p.contains("Questionnaires are read-only")), "{:?}", app.problems);
    press(&mut app, "6P");
    assert!(app.assessments.run.is_none(), "not started: its answers could not be kept");
    let status = app.status.as_ref().map(|s| s.0.clone()).unwrap_or_default();
    assert!(status.contains("assessments.ron is fixed"), "{status}");
}

#[test]
fn a_questionnaire_restored_over_an_unreadable_file_is_not_saved_over_it() {
    let mut app = crate::fixtures::app(crate::app::tests::now().date_naive());
    let now = app.now;
    let bad = Err("assessments.ron, line 1, column 1: expected `(`".to_string());
    crate::app::update(&mut app, Action::Loaded(crate::app::Loaded::Assessments(bad)), now);
    app.tab = Tab::Progress;
    app.assessments.run = Some(Questionnaire::new(Scale::Gad7, now));
    let effects = press(&mut app, "00000000");
    assert!(effects.is_empty(), "{effects:?}");
    assert!(app.assessments.data.list.is_empty());
    assert!(app.assessments.run.as_ref().is_some_and(Questionnaire::has_answers), "kept open, so kept as a draft");
}
