//! Deleting, always after a question that names what goes.

use crate::app::tests::{now, press};
use crate::app::{App, Confirm, Effect, Overlay};
use crate::domain::YearMonth;
use crate::domain::practice::Practice;

fn app() -> App {
    let mut app = crate::fixtures::app(now().date_naive());
    let ym = YearMonth::of(app.today);
    crate::fixtures::load_month(&mut app, ym, Ok(Vec::new()));
    app
}

fn question(app: &App) -> String {
    match &app.overlay {
        Some(Overlay::Confirm(c)) => c.question(),
        other => panic!("expected a question, got {other:?}"),
    }
}

#[test]
fn a_check_in_a_note_and_a_practice_are_deleted_from_the_journal_after_a_question() {
    let mut app = app();
    press(&mut app, "c6\x13nfirst line of a note\x13");
    let day = now().date_naive();
    app.journal.days.day_mut(day).practices.push(Practice {
        card: "box-breathing".into(),
        at: now(),
        seconds: 240,
        before: Some(6),
        after: Some(3),
        answers: Default::default(),
    });
    press(&mut app, "2\n");
    // Entries: the check-in, the note, the practice.
    press(&mut app, "jjd");
    assert!(question(&app).starts_with("Delete the practice Box breathing at 09:30?"), "{}", question(&app));
    press(&mut app, "n");
    assert_eq!(app.journal.days.day(day).map(|d| d.practices.len()), Some(1), "no keeps it");
    press(&mut app, "d");
    assert_eq!(press(&mut app, "y"), vec![Effect::Save(crate::app::FileId::Month(YearMonth::of(day)))]);
    assert_eq!(app.journal.days.day(day).map(|d| d.practices.len()), Some(0));
    press(&mut app, "d");
    assert!(question(&app).contains("\u{201c}first line of a note\u{201d}"), "{}", question(&app));
    press(&mut app, "y");
    press(&mut app, "d");
    assert!(question(&app).starts_with("Delete the check-in of Fri 27 Nov?"), "{}", question(&app));
    press(&mut app, "y");
    assert!(app.journal.days.day(day).is_none(), "nothing left that day");
}

#[test]
fn a_side_effect_and_a_medication_are_deleted_after_a_question_that_names_them() {
    let mut app = app();
    press(&mut app, "E");
    {
        let f = app.form.as_mut().expect("log form");
        for (i, v) in ["nausea", "not sure", "today", "1", "1", "1"].iter().enumerate() {
            f.fields[i].input = ratatui_textarea::TextArea::new(vec![(*v).to_string()]);
        }
    }
    press(&mut app, "\x13");
    assert_eq!(app.effects.list.len(), 1);
    press(&mut app, "4D");
    assert!(question(&app).starts_with("Delete the side effect nausea with its 1 rating"), "{}", question(&app));
    assert!(matches!(app.overlay, Some(Overlay::Confirm(Confirm::Delete { .. }))));
    assert_eq!(press(&mut app, "y"), vec![Effect::Save(crate::app::FileId::SideEffects)]);
    assert!(app.effects.list.is_empty());

    app.meds.list.edit().push(crate::domain::medication::tests::sertraline());
    press(&mut app, "3D");
    assert!(question(&app).starts_with("Delete Sertraline with its plan"), "{}", question(&app));
    assert_eq!(press(&mut app, "y"), vec![Effect::Save(crate::app::FileId::Medications)]);
    assert!(app.meds.list.is_empty());
}
