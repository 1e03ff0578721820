//! Skills driven by keys and ticks (an injected clock, never sleeps).

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use ratatui_textarea::{Input, Key, TextArea};

use crate::app::form::FormKind;
use crate::app::{Action, App, Effect, Tab, update};
use crate::domain::YearMonth;

fn now() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(3600).expect("o").with_ymd_and_hms(2026, 11, 27, 9, 30, 0).single().expect("t")
}

fn app() -> App {
    let mut app = crate::fixtures::app(NaiveDate::from_ymd_opt(2026, 11, 27).expect("d"));
    crate::fixtures::load_month(&mut app, YearMonth::new(2026, 11).expect("m"), Ok(Vec::new()));
    app
}

use crate::app::tests::press;

fn type_into_form(app: &mut App, value: &str) {
    let f = app.form.as_mut().expect("form");
    let i = f.focus;
    f.fields[i].input = TextArea::new(value.lines().map(String::from).collect());
}

fn tick(app: &mut App, ms: u64) -> Vec<Effect> {
    update(app, Action::Tick(ms), now())
}

#[test]
fn search_box_start_box_breathing_end_early_and_see_it_helped() {
    let mut app = app();
    press(&mut app, "5");
    assert_eq!(app.tab, Tab::Skills);
    // Worked out once here and kept: the saved practice below must still show.
    assert!(app.helped().is_empty());
    press(&mut app, "/box\n");
    assert_eq!(app.selected_card().map(|c| c.id.as_str()), Some("box-breathing"));
    press(&mut app, "\n");
    assert!(matches!(
        app.form.as_ref().map(|f| &f.kind),
        Some(FormKind::Skills(crate::app::form::SkillForm::SudsBefore(_)))
    ));
    type_into_form(&mut app, "7");
    press(&mut app, "\n");
    let run = app.skills.run.as_ref().expect("running");
    assert_eq!((run.card.as_str(), run.before), ("box-breathing", Some(7)));
    tick(&mut app, 30_000);
    press(&mut app, " "); // pause
    tick(&mut app, 60_000);
    assert_eq!(app.skills.run.as_ref().map(|r| r.elapsed_ms), Some(30_000), "paused time does not count");
    press(&mut app, " \x1b"); // resume, then end early
    assert!(app.skills.run.is_none());
    assert!(matches!(
        app.form.as_ref().map(|f| &f.kind),
        Some(FormKind::Skills(crate::app::form::SkillForm::SudsAfter { seconds: 30, .. }))
    ));
    type_into_form(&mut app, "4");
    let effects = press(&mut app, "\n");
    assert_eq!(effects, vec![Effect::Save(crate::app::FileId::Month(YearMonth::new(2026, 11).expect("m")))]);
    let day = app.journal.days.day(now().date_naive()).expect("today");
    assert_eq!(day.practices.len(), 1);
    assert_eq!((day.practices[0].before, day.practices[0].after, day.practices[0].seconds), (Some(7), Some(4), 30));
    let h = app.helped();
    assert_eq!(h["box-breathing"].average_change, Some(-3.0));
    assert_eq!(app.suggestion().map(|(c, a)| (c.id.as_str(), a)), Some(("box-breathing", Some(-3.0))));
}

#[test]
fn a_breathing_exercise_ends_by_itself_and_ratings_can_be_skipped() {
    let mut app = app();
    press(&mut app, "5/4-7-8\n\n\n"); // search, start, skip the before-rating
    assert_eq!(app.skills.run.as_ref().map(|r| r.before), Some(None));
    tick(&mut app, 75_000);
    assert!(app.skills.run.is_some(), "four rounds take 76 s");
    tick(&mut app, 1_000);
    assert!(app.skills.run.is_none());
    press(&mut app, "\n"); // skip the after-rating
    let p = &app.journal.days.day(now().date_naive()).expect("today").practices[0];
    assert_eq!((&*p.card, p.before, p.after, p.seconds), ("breathing-4-7-8", None, None, 76));
}

#[test]
fn grounding_prompts_are_answered_then_rated_and_saved_with_the_answers() {
    let mut app = app();
    press(&mut app, "5/5-4-3-2-1\n\n");
    type_into_form(&mut app, "6");
    press(&mut app, "\n");
    let f = app.form.as_ref().expect("answers form");
    assert_eq!(f.fields.len(), 5);
    assert_eq!(f.fields[0].label, "5 see");
    // One thing a row: Enter goes to the next row, and after the fifth to the next sense.
    press(&mut app, "lamp\ncup\nwindow\nbook\n");
    assert_eq!(app.form.as_ref().map(|f| (f.focus, f.fields[0].filled_lines())), Some((0, 4)));
    press(&mut app, "plant\n");
    assert_eq!(app.form.as_ref().map(|f| f.focus), Some(1), "on to the 4 things you can touch");
    press(&mut app, "\x13");
    assert!(
        matches!(
            app.form.as_ref().map(|f| &f.kind),
            Some(FormKind::Skills(crate::app::form::SkillForm::SudsAfter { .. }))
        ),
        "then the after-rating"
    );
    type_into_form(&mut app, "11");
    press(&mut app, "\n");
    assert!(app.form.as_ref().is_some_and(|f| f.fields[0].error.is_some()), "0 to 10 only");
    type_into_form(&mut app, "3");
    press(&mut app, "\n");
    let p = &app.journal.days.day(now().date_naive()).expect("today").practices[0];
    assert_eq!(p.answers, vec![("5 see".to_string(), "lamp\ncup\nwindow\nbook\nplant".to_string())]);
    assert_eq!((p.before, p.after), (Some(6), Some(3)));
}

#[test]
fn the_skills_search_field_edits_like_any_other() {
    let mut app = app();
    press(&mut app, "5/boxq");
    let backspace = Input { key: Key::Backspace, ..Input::default() };
    let action = app.action_for_key(backspace).expect("Backspace reaches the search field");
    update(&mut app, action, now());
    assert_eq!(app.skills.view.query, "box");
    press(&mut app, "\n/");
    press(&mut app, "x");
    assert_eq!(app.skills.view.query, "boxx", "reopened, typing goes on at the end");
    update(&mut app, Action::Paste("ing\nignored".into()), now());
    assert_eq!(app.skills.view.query, "boxxing");
}

#[test]
fn favourites_categories_and_sorting() {
    let mut app = app();
    press(&mut app, "5");
    let first = app.selected_card().map(|c| c.id.clone()).expect("a card");
    assert_eq!(press(&mut app, "f"), vec![Effect::Save(crate::app::FileId::Skills)]);
    assert!(app.skills.mine.favourites.contains(&first));
    press(&mut app, "l");
    assert_eq!(app.skills.view.category, Some(crate::domain::skill::Category::Breathing));
    assert!(app.skills_in_order().iter().all(|c| c.category == crate::domain::skill::Category::Breathing));
    press(&mut app, "h");
    assert_eq!(app.skills.view.category, None);
    press(&mut app, "jf");
    let favs = app.skills.mine.favourites.clone();
    let list: Vec<String> = app.skills_in_order().iter().map(|c| c.id.clone()).collect();
    assert!(favs.iter().all(|f| list[..favs.len()].contains(f)), "favourites come first");
    press(&mut app, "o");
    assert_eq!(app.skills.view.sort, crate::app::skills::SkillSort::MostPractised);
    let list: Vec<String> = app.skills_in_order().iter().map(|c| c.id.clone()).collect();
    assert!(favs.iter().all(|f| list[..favs.len()].contains(f)), "favourites first under every sort");
    press(&mut app, "o");
    let list: Vec<String> = app.skills_in_order().iter().map(|c| c.id.clone()).collect();
    assert!(favs.iter().all(|f| list[..favs.len()].contains(f)), "and under helped most");
    // f on a card further down: it moves up among the favourites, and the selection with it.
    press(&mut app, "jjjjjj");
    let card = app.selected_card().map(|c| c.id.clone()).expect("card");
    press(&mut app, "f");
    assert_eq!(app.selected_card().map(|c| c.id.clone()), Some(card), "the selection follows the card");
}

#[test]
fn a_thought_record_keeps_every_answer() {
    let mut app = app();
    press(&mut app, "5/thought record\n\n\n");
    let f = app.form.as_ref().expect("thought record");
    assert_eq!(f.fields.len(), 7);
    type_into_form(&mut app, "meeting ran late");
    press(&mut app, "\t");
    type_into_form(&mut app, "anxious 80");
    press(&mut app, "\x13\n");
    let p = &app.journal.days.day(now().date_naive()).expect("today").practices[0];
    assert_eq!(p.answers.len(), 2, "empty parts are left out");
    assert_eq!(p.answers[1], ("Emotions".to_string(), "anxious 80".to_string()));
}

#[test]
fn own_cards_are_added_copied_and_edited_while_built_ins_stay() {
    let mut app = app();
    press(&mut app, "5a");
    assert!(matches!(
        app.form.as_ref().map(|f| &f.kind),
        Some(FormKind::Skills(crate::app::form::SkillForm::OwnCard(None)))
    ));
    assert!(press(&mut app, "\x13").is_empty(), "an empty card is refused");
    assert!(app.form.as_ref().is_some_and(|f| f.fields[0].error.is_some() && f.fields[5].error.is_some()));
    for (i, v) in [
        "3-3-3 check",
        "grounding",
        "name three things",
        "when I spiral",
        "2",
        "three things I see\nthree I hear",
        "it brings me back",
        "",
        "my therapist",
    ]
    .iter()
    .enumerate()
    {
        let f = app.form.as_mut().expect("form");
        f.fields[i].input = TextArea::new(v.lines().map(String::from).collect());
    }
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::Skills)]);
    assert_eq!(app.skills.mine.custom.len(), 1);
    let own = &app.skills.mine.custom[0];
    assert_eq!((own.id.as_str(), own.steps.len()), ("my-3-3-3-check", 2));
    assert!(own.problems().is_empty(), "{:?}", own.problems());
    // A built-in card is copied, not changed.
    press(&mut app, "/box\n");
    press(&mut app, "e");
    assert!(app.form.is_none(), "built-ins are not edited");
    press(&mut app, "C");
    assert_eq!(app.form.as_ref().map(|f| f.value(0)), Some("Box breathing".to_string()));
    let f = app.form.as_mut().expect("copy");
    f.fields[0].input = TextArea::new(vec!["My box breathing".into()]);
    press(&mut app, "\x13");
    assert_eq!(app.skills.mine.custom.len(), 2);
    assert_eq!(app.card("box-breathing").map(|c| c.title.as_str()), Some("Box breathing"), "the built-in is unchanged");
    // Editing one's own card keeps what the form does not show: an exercise and step timings
    // written by hand in skills.ron.
    let breathing = app.card("box-breathing").map(|c| c.exercise.clone()).expect("exercise");
    app.skills.mine.edit().custom[0].exercise = breathing.clone();
    app.skills.mine.edit().custom[0].steps[0].seconds = Some(30);
    app.skills.view.query.clear();
    let at = app.skills_in_order().iter().position(|c| c.id == "my-3-3-3-check").expect("listed");
    app.skills.view.selected = at;
    press(&mut app, "e");
    assert!(matches!(
        app.form.as_ref().map(|f| &f.kind),
        Some(FormKind::Skills(crate::app::form::SkillForm::OwnCard(Some(_))))
    ));
    app.form.as_mut().expect("edit").fields[0].input = TextArea::new(vec!["3-3-3, my way".into()]);
    assert_eq!(press(&mut app, "\x13"), vec![Effect::Save(crate::app::FileId::Skills)]);
    let own = app.skills.mine.custom.iter().find(|c| c.id == "my-3-3-3-check").expect("own card");
    assert_eq!(own.title, "3-3-3, my way");
    assert_eq!(own.exercise, breathing, "the exercise stays");
    assert_eq!(own.steps[0].seconds, Some(30), "the timing of an unchanged step stays");
}

#[test]
fn breathing_length_and_pattern_can_be_changed_during_the_exercise() {
    let mut app = app();
    press(&mut app, "5/box\n\n\n");
    assert_eq!(app.run_breathing().map(|b| b.2), Some(240.0));
    press(&mut app, "++");
    assert_eq!(app.run_breathing().map(|b| b.2), Some(360.0), "two minutes longer");
    press(&mut app, "-");
    assert_eq!(app.run_breathing().map(|b| b.2), Some(300.0));
    press(&mut app, "]");
    let (pattern, phases, total) = app.run_breathing().expect("breathing");
    assert_ne!(pattern, "Box breathing");
    assert!(!phases.is_empty());
    assert_eq!(total, 300.0, "the chosen length stays");
    press(&mut app, "[");
    assert_eq!(app.run_breathing().map(|b| b.0), Some("Box breathing".to_string()));
    tick(&mut app, 300_000);
    assert!(app.skills.run.is_none(), "it ends at the new length");
}
