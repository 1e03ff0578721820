use super::*;
use crate::app::tests::press;

fn app() -> App {
    let mut app = crate::fixtures::app(crate::app::tests::now().date_naive());
    let now = app.now;
    crate::app::update(&mut app, Action::Loaded(crate::app::Loaded::Sessions(Ok(Default::default()))), now);
    app
}

#[test]
fn q_from_any_screen_keeps_a_question_and_space_ticks_it_off() {
    let mut app = app();
    press(&mut app, "3Q");
    assert!(app.form.is_some(), "Q opens the question from the Meds tab");
    let effects = press(&mut app, "Can I take it at night?\n");
    assert_eq!(effects, [Effect::Save(FileId::Sessions)]);
    assert_eq!(app.tab, Tab::Meds, "the person stays where they were");
    assert_eq!(app.sessions.data.questions[0].text, "Can I take it at night?");
    press(&mut app, "6h");
    assert_eq!(app.progress.section, crate::app::progress::Section::Appointments);
    press(&mut app, " ");
    assert_eq!(app.sessions.data.questions[0].asked, Some(app.today));
    press(&mut app, " ");
    assert_eq!(app.sessions.data.questions[0].asked, None, "space again puts it back");
    // An empty question is refused at its field.
    press(&mut app, "Q\n");
    assert!(app.form.as_ref().is_some_and(|f| f.fields[0].error.is_some()));
}

#[test]
fn an_appointment_is_logged_with_homework_linked_to_a_card_and_enter_opens_it() {
    let mut app = app();
    press(&mut app, "6hs");
    let form = app.form.as_mut().expect("form");
    form.fields[0].set_value("yesterday");
    form.fields[1].set_value("2");
    form.fields[2].set_value("Dose stays at 100 mg for now.");
    form.fields[3].set_value("Breathe before meetings");
    form.fields[4].set_value("box breath");
    assert_eq!(press(&mut app, "\x13"), [Effect::Save(FileId::Sessions)]);
    let s = &app.sessions.data.sessions[0];
    assert_eq!((s.with, s.card.as_deref()), (With::Prescriber, Some("box-breathing")));
    assert_eq!(s.date, app.today.pred_opt().expect("yesterday"));
    press(&mut app, "\n");
    assert_eq!(app.tab, Tab::Skills);
    assert_eq!(app.selected_card().map(|c| c.id.as_str()), Some("box-breathing"));
}

#[test]
fn bad_answers_are_shown_at_their_fields_and_delete_asks_first() {
    let mut app = app();
    press(&mut app, "6hs");
    let form = app.form.as_mut().expect("form");
    form.fields[1].set_value("plumber");
    form.fields[4].set_value("zzzz");
    press(&mut app, "\x13");
    let form = app.form.as_ref().expect("still open");
    assert!(form.fields[1].error.as_deref().is_some_and(|e| e.contains("1 therapist")));
    assert!(form.fields[4].error.as_deref().is_some_and(|e| e.contains("no card")));
    app.form.as_mut().expect("form").fields[1].set_value("therapist");
    app.form.as_mut().expect("form").fields[4].set_value("");
    press(&mut app, "\x13");
    assert_eq!(app.sessions.data.sessions.len(), 1);
    press(&mut app, "d");
    assert!(matches!(app.overlay, Some(Overlay::Confirm(Confirm::Delete { .. }))));
    press(&mut app, "y");
    assert!(app.sessions.data.sessions.is_empty());
}
