//! Progress snapshots from one sample history (420 days to Fri 27 Nov 2026, seed 11): every
//! part at 80×24 and 160×48, each range, without colour, the questionnaire's steps, and the
//! empty tab of a new user.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use crate::app::tests::press;
use crate::app::{Action, App, Loaded, update};
use crate::domain::YearMonth;
use crate::domain::session::{Question, Session, With};

fn empty() -> App {
    let today = crate::app::tests::now().date_naive();
    let mut app = crate::fixtures::app(today);
    app.now = crate::app::tests::now();
    let now = app.now;
    update(&mut app, Action::Loaded(Loaded::Assessments(Ok(Default::default()))), now);
    app
}

pub(crate) fn fixture() -> App {
    let mut app = empty();
    let opts = crate::sample::SampleOptions {
        end: app.today,
        days: 420,
        seed: 11,
        utc_offset_secs: 3600,
        note_words: 0,
        practices: true,
    };
    let h = crate::sample::generate_history(&opts);
    let now = app.now;
    update(&mut app, Action::Loaded(Loaded::Medications(Ok(h.medications))), now);
    update(&mut app, Action::Loaded(Loaded::SideEffects(Ok(h.side_effects))), now);
    let data = crate::domain::assessment::AssessmentsData { list: h.assessments, note_dismissed: None };
    update(&mut app, Action::Loaded(Loaded::Assessments(Ok(data))), now);
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("date");
    let sessions = crate::domain::session::SessionsData {
        sessions: vec![
            session(day(10), With::Prescriber, "Sertraline stays at 150 mg; review in four weeks.", "", None),
            session(
                day(24),
                With::Therapist,
                "Worry before meetings.\nWe tried a thought record.",
                "Box breathing before the Monday meeting",
                Some("box-breathing"),
            ),
            session(
                day(3),
                With::Therapist,
                "First session after the break.",
                "Notice what happens before the worry starts",
                None,
            ),
        ],
        questions: vec![
            Question { text: "Could the nausea be the dose change?".into(), added: day(12), asked: None },
            Question {
                text: "Is it all right to drink coffee in the morning?".into(),
                added: day(1),
                asked: Some(day(10)),
            },
            Question { text: "How long until the sleep gets better?".into(), added: day(20), asked: None },
        ],
    };
    update(&mut app, Action::Loaded(Loaded::Sessions(Ok(sessions))), now);
    for month in h.days.chunk_by(|a, b| YearMonth::of(a.date) == YearMonth::of(b.date)) {
        crate::fixtures::load_month(&mut app, YearMonth::of(month[0].date), Ok(month.to_vec()));
    }
    app
}

fn session(date: chrono::NaiveDate, with: With, notes: &str, homework: &str, card: Option<&str>) -> Session {
    Session { date, with, notes: notes.into(), homework: homework.into(), card: card.map(Into::into) }
}

fn draw(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| {
        crate::ui::render(f, app);
    })
    .expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn trends_at_each_range() {
    let mut app = fixture();
    press(&mut app, "6");
    for range in ["30", "90", "365", "all"] {
        insta::assert_snapshot!(format!("progress_trends_{range}_80x24"), draw(&app, 80, 24).backend());
        press(&mut app, "r");
    }
    insta::assert_snapshot!("progress_trends_30_160x48", draw(&app, 160, 48).backend());
}

#[test]
fn trends_of_sleep_and_every_part_at_both_sizes() {
    let mut app = fixture();
    press(&mut app, "6rjjj");
    insta::assert_snapshot!("progress_trends_sleep_90_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "l");
    insta::assert_snapshot!("progress_questionnaires_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("progress_questionnaires_160x48", draw(&app, 160, 48).backend());
    press(&mut app, "j");
    insta::assert_snapshot!("progress_questionnaires_gad7_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "l");
    insta::assert_snapshot!("progress_year_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("progress_year_160x48", draw(&app, 160, 48).backend());
    press(&mut app, "[");
    insta::assert_snapshot!("progress_year_before_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "l");
    insta::assert_snapshot!("progress_patterns_90_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "r");
    insta::assert_snapshot!("progress_patterns_365_160x48", draw(&app, 160, 48).backend());
    press(&mut app, "l");
    insta::assert_snapshot!("progress_appointments_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "jjj");
    insta::assert_snapshot!("progress_appointments_160x48", draw(&app, 160, 48).backend());
}

#[test]
fn a_new_user_sees_what_each_part_needs() {
    let mut app = empty();
    press(&mut app, "6");
    let trends = text(&draw(&app, 80, 24));
    assert!(trends.contains("No mood logged in these days yet. Check in with c"), "{trends}");
    press(&mut app, "l");
    insta::assert_snapshot!("progress_questionnaires_empty", draw(&app, 80, 24).backend());
    press(&mut app, "ll");
    let patterns = text(&draw(&app, 80, 24));
    assert!(patterns.contains("Nothing to say yet: a pattern is shown only when there are at least 14"), "{patterns}");
    press(&mut app, "l");
    insta::assert_snapshot!("progress_appointments_empty", draw(&app, 80, 24).backend());
}

#[test]
fn without_colour_every_part_keeps_its_symbols_and_uses_no_colour() {
    let mut app = fixture();
    press(&mut app, "6r");
    for _ in 0..5 {
        let coloured = text(&draw(&app, 100, 30));
        app.setup.color = false;
        let t = draw(&app, 100, 30);
        if app.progress.section != crate::app::progress::Section::Year {
            assert_eq!(text(&t), coloured, "the same text without colour in {:?}", app.progress.section);
        }
        for cell in t.backend().buffer().content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "colour at {:?}", cell.symbol());
        }
        app.setup.color = true;
        press(&mut app, "l");
    }
    // The year, without colour, writes each mood as its digit.
    app.setup.color = false;
    press(&mut app, "ll");
    let year = text(&draw(&app, 100, 30));
    assert!(
        year.lines().any(|l| l.starts_with("│Oct ") && l.chars().filter(char::is_ascii_digit).count() > 20),
        "{year}"
    );
}

#[test]
fn questionnaire_steps_at_both_sizes() {
    let mut app = fixture();
    press(&mut app, "6P");
    insta::assert_snapshot!("phq9_item_1_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "12101210");
    insta::assert_snapshot!("phq9_item_9_160x48", draw(&app, 160, 48).backend());
    press(&mut app, "1");
    insta::assert_snapshot!("phq9_item_9_crisis_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "\x1b");
    insta::assert_snapshot!("phq9_difficulty_80x24", draw(&app, 80, 24).backend());
    press(&mut app, "\x08");
    let back = text(&draw(&app, 80, 24));
    assert!(back.contains("▸ 1  Several days"), "the answer given shows after going back: {back}");
    press(&mut app, "\n2");
    insta::assert_snapshot!("phq9_result_80x24", draw(&app, 80, 24).backend());
    insta::assert_snapshot!("phq9_result_160x48", draw(&app, 160, 48).backend());
    press(&mut app, "\nG");
    insta::assert_snapshot!("gad7_item_1_80x24", draw(&app, 80, 24).backend());
}

#[test]
fn today_mentions_the_next_questionnaire_after_two_weeks_until_put_away() {
    let mut app = fixture();
    let last = app.assessments.data.latest().expect("some").date();
    let later =
        crate::app::tests::now() + chrono::Days::new(u64::try_from(16 - (app.today - last).num_days()).unwrap_or(0));
    let now = later;
    update(&mut app, Action::Clock, now);
    let today = text(&draw(&app, 120, 40));
    assert!(today.contains("was 16 days ago"), "{today}");
    crate::app::tests::press_at(&mut app, "x", now);
    assert_eq!(app.assessments.data.note_dismissed, Some(now.date_naive()));
    assert!(!text(&draw(&app, 120, 40)).contains("days ago. If you would like"));
}

#[test]
fn never_panics_at_any_size() {
    let mut app = fixture();
    press(&mut app, "6");
    for part in 0..5 {
        for (w, h) in [(60, 16), (61, 17), (80, 24), (200, 60), (20, 5), (1, 1)] {
            draw(&app, w, h);
        }
        let _ = part;
        press(&mut app, "l");
    }
    press(&mut app, "P");
    for (w, h) in [(60, 16), (80, 24), (200, 60)] {
        draw(&app, w, h);
    }
}
